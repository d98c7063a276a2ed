/**
 * What a person asks and gets, on the real articles. Each journey asserts what the person must get (the
 * answering passage among the first three, a lead sentence that names the figure, both sides of a comparison
 * filled, each source's figure shown where sources disagree), not today's exact ordering or counts, so that
 * adding an article breaks nothing unrelated: the journeys run on knowledge/ and on copies of it with a sixth
 * article added, one at a time (test/fixtures/sixth-article/: invented articles in the house format, one with
 * its own entry pay, switching estimate and salary table, one whose pay sentence gives both roles' figures).
 * Exact orderings and lists are checked on small fixture corpora in search.test.ts and compare.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerPassage } from '../src/answer/types.js';
import { findAspect } from '../src/compare/aspects.js';
import type { Comparison } from '../src/compare/types.js';
import { directionOf } from '../src/search/direction.js';
import { copyKnowledge, type FixtureCorpus, knowledgeCheck, openCorpus, realKnowledgeDir } from './support/fixtureCorpus.js';

const sixthArticleDir = 'test/fixtures/sixth-article';
const sixthArticles = readdirSync(sixthArticleDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => join(sixthArticleDir, f));
const articleCount = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md')).length;

describe('a sixth article', () => {
  it('is on hand, as one valid article of its own', () => {
    expect(sixthArticles.length).toBeGreaterThan(0);
  });

  describe.each(sixthArticles)('%s', (file) => {
    let dir: string;
    beforeAll(() => {
      dir = copyKnowledge({ add: [{ file }] });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('passes the checks of npm run knowledge:check beside the articles of knowledge/', () => {
      const check = knowledgeCheck(dir);
      expect(check.problems).toEqual([]);
      expect(check.articles).toBe(articleCount(realKnowledgeDir) + 1);
      expect(check.passages).toBeGreaterThan(knowledgeCheck(realKnowledgeDir).passages);
    });

    it('is accepted by scripts/knowledge-check.ts itself', () => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/knowledge-check.ts'], {
        env: { ...process.env, KNOWLEDGE_DIR: dir },
        encoding: 'utf8',
      });
      expect(out).toMatch(new RegExp(`^knowledge: ${articleCount(realKnowledgeDir) + 1} articles, \\d+ passages, quiz: ok\\n$`));
    });
  });
});

/** knowledge/ itself, then knowledge/ with each sixth article added. */
const corpora: { corpus: string; open: () => FixtureCorpus }[] = [
  { corpus: 'knowledge/', open: () => openCorpus(realKnowledgeDir) },
  ...sixthArticles.map((file) => ({
    corpus: `knowledge/ and ${file.split('/').at(-1)}`,
    open: () => {
      const dir = copyKnowledge({ add: [{ file }] });
      try {
        return openCorpus(dir, () => rmSync(dir, { recursive: true, force: true }));
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    },
  })),
];

describe.each(corpora)('journeys on $corpus', ({ open }) => {
  let corpus: FixtureCorpus;
  beforeAll(() => {
    corpus = open();
  });
  afterAll(() => corpus.remove());

  journeys(() => corpus);
});

/** The journeys, over whichever corpus `current` gives once loaded. */
function journeys(current: () => FixtureCorpus): void {
  const ask = (question: string) => current().ask(question);
  const lead = (answer: { lead?: { sentence: string } | null | undefined }) => answer.lead?.sentence ?? '';
  const sideOf = (p: AnswerPassage) => current().kb.sideOf(current().kb.passage(p.id)!);
  const namesDe = /\b(data engineers?|data engineering|DEs?)\b/i;
  const namesMle = /\b(ML engineers?|ML engineering|machine learning engineers?|MLEs?)\b/i;
  const aboutPay = (p: AnswerPassage) => /salar|pay|comp|earn/i.test(`${p.section}\n${p.text}`);
  /** A figure of pay for a Data Engineer: a passage about pay, on the Data Engineer side or about both roles. */
  const dePay = (p: AnswerPassage) => sideOf(p) !== 'mle' && /\$\d/.test(p.text) && aboutPay(p);

  describe('answering a question a user types', () => {
    it('leads with the Data Engineer salary for a casual, misspelt question', () => {
      const answer = ask('salery of a data enginer');
      expect(answer.answered).toBe(true);
      expect(answer.passages.slice(0, 3).some(dePay), answer.passages.map((p) => p.section).join('\n')).toBe(true);
      expect(answer.lead?.sentence).toMatch(/\$\d/);
    });

    it('answers "whats the difference between de and mle" with what each role owns, not one of their differences', () => {
      for (const question of ['whats the difference between de and mle', 'wats the diffrence between data engineer and ml engineer']) {
        const answer = ask(question);
        expect(answer.answered, question).toBe(true);
        expect(answer.lead?.sentence, question).toMatch(/data engineers? (?:owns?|builds?)\b.*\b(?:pipelines|infrastructure)/i);
        expect(answer.lead?.sentence, question).not.toMatch(/interview|salary|comp\b/i);
      }
    });

    it('answers a question about a job title the articles name in passing from the passage that names it', () => {
      const answer = ask('is ml platform engineer an actual title?');
      expect(answer.answered).toBe(true);
      expect(answer.uncovered).toEqual([]);
      expect(answer.lead?.sentence).toMatch(/ML platform engineer/i);
    });

    it('reads MLE and "make" as ML engineer and pay: the lead names an ML engineer figure', () => {
      const answer = ask('how much do MLEs make');
      expect(answer.answered).toBe(true);
      expect(answer.lead?.sentence).toMatch(/\$\d/);
      expect(current().kb.sideOf(current().kb.passage(answer.lead!.passageId)!)).not.toBe('de');
    });

    it('cites the article, its publisher and the section of every passage', () => {
      const answer = ask('What is on-call like for data engineers?');
      expect(
        answer.passages
          .slice(0, 3)
          .map((p) => p.text)
          .join('\n'),
      ).toContain('Incident response for data pipeline failures');
      const publishers = new Map(current().kb.documents.map((d) => [d.id, d.publisher]));
      for (const passage of answer.passages) {
        expect(passage.citation.title).toBe(passage.title);
        expect(passage.citation.section).toBe(passage.section);
        expect(passage.citation.publisher, passage.id).toBe(publishers.get(passage.source));
      }
      const aiPulse = ask('data engineer salary by level').passages.find((p) => p.source === 'ai-pulse-roles-compared-2026');
      expect(aiPulse?.citation.publisher).toBe('AI Pulse');
    });

    it('ranks the asked role first when a question names one role', () => {
      const passages = ask('data engineer salary by level').passages;
      const sides = passages.map(sideOf);
      const de = sides.indexOf('de');
      const mle = sides.indexOf('mle');
      expect(de, sides.join(' ')).toBeGreaterThanOrEqual(0);
      expect(de).toBeLessThan(3);
      expect(dePay(passages[de]!)).toBe(true);
      if (mle >= 0) expect(de).toBeLessThan(mle);
    });

    it('prefers the move the question asks about over the reverse move', () => {
      const answer = ask('How long does it take to move from data engineer to ML engineer?');
      const move = (p: AnswerPassage) => directionOf(p.text) ?? directionOf(current().kb.passage(p.id)!.sectionPath.at(-1) ?? '');
      const asked = answer.passages.findIndex((p) => move(p) === 'de-to-mle');
      const reverse = answer.passages.findIndex((p) => move(p) === 'mle-to-de');
      expect(asked, answer.passages.map((p) => p.text).join('\n')).toBeGreaterThanOrEqual(0);
      expect(asked).toBeLessThan(3);
      expect(answer.passages[asked]!.text).toMatch(/\d+-\d+ months/);
      if (reverse >= 0) expect(asked).toBeLessThan(reverse);
    });

    it('answers "how long to become mle from scratch" with the time to learn the role from nothing, not a move from another role', () => {
      for (const question of [
        'how long to become mle from scratch',
        'how long would it take me to become an ml engineer with zero experience',
      ]) {
        const answer = ask(question);
        expect(answer.answered, question).toBe(true);
        expect(lead(answer), question).toMatch(/\d+-\d+ months/);
        expect(directionOf(lead(answer)), question).toBeUndefined();
      }
    });

    it('answers "how long to become an mle" or "how long for de", from nowhere said, with the time to break in, not a move from the other role', () => {
      for (const question of ['how long to become an mle', 'how long for mle', 'how long for de', 'how long does de take to learn?']) {
        const answer = ask(question);
        expect(answer.answered, question).toBe(true);
        expect(lead(answer), question).toMatch(/\d+-\d+ months/);
        expect(directionOf(lead(answer)), question).toBeUndefined();
      }
    });

    it('answers "is there a smart order to do them in?" after a story with where to start', () => {
      const answer = ask('im a cs junior, did an internship on a data platform team and liked both. is there a smart order to do them in?');
      expect(answer.answered).toBe(true);
      expect(lead(answer)).toMatch(/\bstart (?:in|with)\b/i);
    });

    it.each(['how do I bake sourdough?', "What's a good pasta recipe?", 'What does a DevOps engineer do day to day?'])(
      'declines "%s" with two or three topics to try',
      (question) => {
        const answer = ask(question);
        expect(answer.answered).toBe(false);
        expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
        expect(answer.suggestions.length).toBeLessThanOrEqual(3);
        expect(answer.passages.length).toBeLessThanOrEqual(5);
      },
    );

    it('declines empty and stop-word-only input as having nothing to search', () => {
      for (const question of ['', '   ', 'the of and']) expect(ask(question).declineReason).toBe('empty');
    });
  });

  describe('questions as people type them in a Discord server', () => {
    const plain = (question: string) => {
      const answer = ask(question);
      return { answered: answer.answered, lead: answer.lead, passages: answer.passages.map((p) => p.id) };
    };

    it.each([
      ['one typo', 'best certifcation for data engineering?', /Google Professional Data Engineer/],
      ['a word the articles do not use ("toolkit")', 'whats the usual toolkit for an ML engineer', /PyTorch|TensorFlow/],
      [
        'a goal in the question ("if im going for ML eng roles")',
        'which cert is worth getting if im going for ML eng roles',
        /AWS Certified Machine Learning/,
      ],
      [
        'a story before the ask',
        "I'm a backend dev with 4 yoe, mostly java + postgres. my team keeps dumping etl work on me. how hard is it to move into DE full time?",
        /backend engineering/,
      ],
    ])('answers a question with %s', (_kind, question, expected) => {
      const answer = ask(question);
      expect(answer.answered, question).toBe(true);
      expect(
        answer.passages
          .slice(0, 3)
          .map((p) => p.text)
          .join('\n'),
      ).toMatch(expected);
    });

    it('opens "which role pays more?" with a sentence that sets the two roles\' pay side by side', () => {
      const sentence = ask('which role pays more?').lead?.sentence ?? '';
      // Compared in words ("10-20% higher than DE", "the comp gap"), or figure against figure, each role named.
      const inWords = /higher than|earn more than|comp gap/.test(sentence);
      const figureAgainstFigure = namesDe.test(sentence) && namesMle.test(sentence) && (sentence.match(/\$\d/g) ?? []).length >= 2;
      expect(inWords || figureAgainstFigure, sentence).toBe(true);
    });

    it('opens "how much do ML engineers earn?" with ML engineer figures', () => {
      const { lead } = ask('how much do ML engineers earn?');
      expect(lead?.sentence).toMatch(/\$\d/);
      // The role is named in the sentence, or by the heading shown before it.
      expect(`${lead?.label ?? ''} ${lead?.sentence ?? ''}`).toMatch(namesMle);
      expect(current().kb.sideOf(current().kb.passage(lead!.passageId)!)).not.toBe('de');
    });

    it.each([
      ['a link', 'how much do data engineers earn? https://example.com/claim'],
      ['a header', '# how much do data engineers earn'],
      ['a spoiler', '||how much do data engineers earn||'],
      ['emoji', 'how much do data engineers earn? 💰 :moneybag:'],
      ['a code span', 'how much do `data engineers` earn?'],
      ['a timestamp', 'how much do data engineers earn <t:1767225600:R>'],
    ])('answers exactly as without markup when the question carries %s', (_kind, question) => {
      expect(plain(question)).toEqual(plain('how much do data engineers earn?'));
    });

    it('declines pay in a country the sources never mention, saying so, with the closest figures', () => {
      const answer = ask('data engineer salary in germany?');
      expect(answer).toMatchObject({ answered: false, declineReason: 'missing', uncovered: ['germany'], topic: 'pay' });
      expect(answer.passages.slice(0, answer.shown).some((p) => /\$\d/.test(p.text))).toBe(true);
    });

    it('declines a choice between a tool the articles name and one they never do ("dagster or polars"), naming it', () => {
      const answer = ask('pandas or polars for my first de pipeline, which one would you pick?');
      expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
      expect(answer.uncovered).toEqual(['polars']);
      // Two tools the articles both name are theirs to speak of.
      expect(ask('spark or airflow, which should a de learn first?').answered).toBe(true);
    });

    it('declines a question that shares one topic word with the articles and says the rest in words they never use', () => {
      const answer = ask('my dog keeps chewing the sofa cushions, should i switch his treats');
      expect(answer).toMatchObject({ answered: false, declineReason: 'off-topic' });
    });

    it('reads a company named as an example of a kind of product ("an uber eats type app") as no company asked about', () => {
      const answer = ask('explain it like im 5 using an uber type app');
      expect(answer.answered).toBe(true);
      expect(answer.uncovered).toEqual([]);
      expect(ask('what do ml engineers at uber make').answered).toBe(false);
    });

    it('answers in the words people use for the articles\' topics: who they work with, babysitting a model, pay that is "the most"', () => {
      expect(lead(ask('who do data engineers work with most?'))).toMatch(/collaborating with analysts and data scientists/);
      expect(lead(ask('after deployment does an mle have to babysit the model?'))).toMatch(/[Mm]onitor/);
      expect(lead(ask('which skills get a data engineer paid the most?'))).toMatch(/highest premiums/);
      expect(lead(ask('who gets paid the most, de or mle?'))).toMatch(/higher|more than/);
    });

    it('answers a claimed multiple ("mles make 2x what des make") with how much more the sources say, and a pay bump from a skill with its premium', () => {
      expect(lead(ask('> saw on reddit: "mles make 2x what des make" legit?'))).toMatch(/\d+-\d+% higher|earn more than data engineers/);
      expect(lead(ask('whats the pay bump from mlops skills'))).toMatch(/25–40% premium/);
    });

    it('hears a remark on the roles around the ask ("they both just write sql lol") less than what the person says of themselves', () => {
      expect(lead(ask('why do mles earn more than des anyway? they both just write sql lol'))).toMatch(
        /premium|[Ss]carcity|broader skill set/,
      );
    });

    it('reads pay "catching up" as pay growth', () => {
      expect(lead(ask('is ml engineer pay catching up or what'))).toMatch(/faster salary growth/);
    });

    it('offers the closest figures when two places the sources never name weigh as much as the pay asked', () => {
      const answer = ask('mle salary in canada, toronto specifically??');
      expect(answer).toMatchObject({ answered: false, declineReason: 'missing', uncovered: ['canada', 'toronto'] });
      expect(answer.passages.slice(0, answer.shown).some((p) => /\$\d/.test(p.text))).toBe(true);
    });

    it.each([
      ['starting my masters in oct, what do junior des make', /Junior \(0-2 years\)/],
      ['is de gonna be oversaturated by 2030', /grow|grew|demand/i],
      ['got an mle interview next week, what do they usually ask', /interview|ML fundamentals|coding/i],
      ['i want to be the highest paid person on a data team, whats the move', /highest-paid/],
      ['which orchestator do data engineers use', /Airflow/],
      ['which 1 is easier to get into for some1 like me', /lower barrier to entry|beginner-friendly/],
      ['waht does an mle actually do all day, is it just training models', /[Dd]aily work|spend|FAANG/],
    ])(
      'answers "%s" (a month, a horizon the articles reach, "they" for what was told, the highest paid to become, a typo of a word of theirs)',
      (question, opening) => {
        const answer = ask(question);
        expect(answer.answered, question).toBe(true);
        expect(lead(answer)).toMatch(opening);
      },
    );

    it('still declines pay in a year the articles never reach', () => {
      expect(ask('mle salary in 2030')).toMatchObject({ answered: false, uncovered: ['2030'] });
    });

    it.each([
      'good beginner marathon training plan?',
      "what's the average data scientist salary",
      'analytics engineer vs DE, which one pays more',
      'how much does the google professional data engineer exam cost',
      'whats the meta data engineer interview like, what sql questions do they ask',
      'how do i tune spark shuffle partitions for a skewed join',
      'what does an optometrist actually do all day, thinking of switching lol',
      'my team is moving off stored procs, is dbt worth learning for de in 2026',
      'my dog keeps chewing the sofa cushions, should i switch his treats',
    ])('declines "%s"', (question) => {
      expect(ask(question).answered).toBe(false);
    });
  });

  describe('/compare', () => {
    const comparisons = new Map<string, Comparison>();
    beforeAll(() => {
      for (const aspect of current().aspects) comparisons.set(aspect.id, current().compare(aspect.id));
    });
    const compare = (name: string) => comparisons.get(findAspect(current().aspects, name)!.id)!;

    it('fills both sides for every aspect', () => {
      expect(comparisons.size).toBe(current().aspects.length);
      for (const [id, comparison] of comparisons) {
        expect(comparison.dataEngineer.length, id).toBeGreaterThan(0);
        expect(comparison.mlEngineer.length, id).toBeGreaterThan(0);
      }
    });

    it('shows each source figure where sources disagree on entry pay, each cited to its own source', () => {
      const entry = compare('pay').disagreements.find((d) => d.topic === 'Data Engineer pay, entry level');
      const figures = (entry?.figures ?? []).map((f) => [f.value, f.citation.source]);
      expect(figures).toEqual(
        expect.arrayContaining([
          ['$85,000', 'salary-skills-career-path'],
          ['$100K-$135K base, total comp $110K-$160K', 'ai-pulse-roles-compared-2026'],
        ]),
      );
    });

    it('shows both switching estimates for Data Engineer to ML Engineer, each cited to its own source', () => {
      const move = compare('switching').disagreements.find((d) => d.topic === 'Switching Data Engineer → ML Engineer');
      const figures = (move?.figures ?? []).map((f) => [f.value, f.citation.source]);
      expect(figures).toEqual(
        expect.arrayContaining([
          ['6-9 months', 'ai-pulse-roles-compared-2026'],
          ['12-18 months', 'datadriven-role-guide'],
        ]),
      );
    });
  });
}
