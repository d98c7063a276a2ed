/**
 * Search: how a question is read and ranked. What must find a given passage (synonyms, abbreviations, typos,
 * ranking by the role named, key sentences, leads, what is indexed) is checked on a small corpus written for it
 * (searchArticles, through test/support/fixtureCorpus.ts), so it does not move when knowledge/ grows; what every
 * answer must be (at most five passages, cited, quoted as written) and what the real articles never mention are
 * checked on knowledge/.
 */
import { loadAspects } from '../src/compare/aspects.js';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, maxAnswerPassages } from '../src/answer/answer.js';
import type { Answer, AnswerPassage } from '../src/answer/types.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';
import { questionDirection } from '../src/search/direction.js';
import { type IndexedPassage, indexOptions, toIndexed } from '../src/search/indexOptions.js';
import { definedTerm, wantedAnswer } from '../src/search/intent.js';
import { type FixtureArticle, useFixtureCorpus } from './support/fixtureCorpus.js';

const aspects = loadAspects('knowledge');

/** The real corpus, knowledge/. */
let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
});

/**
 * Three short articles shaped like the real ones: what each role does, a salary list per role under one
 * heading, a skills list per role, a side-by-side table of entry pay, a table of dimensions and an FAQ whose
 * answers name both roles (so that naming one role has to count for the role's own passages to come first).
 */
const searchArticles: FixtureArticle[] = [
  {
    id: 'roles-and-pay',
    title: 'ML Engineer vs Data Engineer in 2026',
    publisher: 'Fixture Pulse',
    body: `
      ML engineers and data engineers both work with data. One builds the models. The other builds the pipelines that feed those models.

      ## What Each Role Does

      ### ML Engineer

      ML engineers design, train, and deploy machine learning models. Their work starts after the data exists and ends when a model is serving predictions in production.

      ### Data Engineer

      Data engineers build and maintain the infrastructure that moves, transforms, and stores data. Without clean, reliable data pipelines, ML engineers have nothing to train on.

      ## Compensation Gap

      ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.

      ### ML Engineer Salary (2026)

      - Junior (0-2 years): $115K-$150K base. Total comp: $130K-$185K
      - Mid-level (3-5 years): $150K-$200K base. Total comp: $190K-$300K
      - Senior (5-8 years): $200K-$270K base. Total comp: $300K-$480K

      ### Data Engineer Salary (2026)

      - Junior (0-2 years): $100K-$135K base. Total comp: $110K-$160K
      - Mid-level (3-5 years): $135K-$180K base. Total comp: $165K-$270K
      - Senior (5-8 years): $180K-$245K base. Total comp: $260K-$420K

      ## Skill Comparison

      ### Data Engineer Skills

      - SQL mastery
      - Distributed systems
      - Data modeling
      - Cloud data platforms
      - Pipeline orchestration

      ### ML Engineer Skills

      - Statistics & probability
      - Machine learning algorithms
      - Python programming
      - Model deployment
      - Feature engineering
    `,
  },
  {
    id: 'salary-table',
    title: 'Data Engineer vs Machine Learning Engineer: Salary and Skills',
    body: `
      ## Side-by-Side Comparison

      | Factor | Data Engineer | Machine Learning Engineer |
      |---|---|---|
      | Entry Salary | $85,000 | $105,000 |
      | Senior Salary | $270,000 | $350,000 |
      | Key Skills | SQL, Python, Apache Spark | Python, PyTorch, TensorFlow |
      | Top Certification | Google Professional Data Engineer | AWS Certified Machine Learning – Specialty |

      ## Day in the Life: Data Engineer

      Data engineers spend most of their time building and debugging pipelines and reviewing data quality dashboards. Incident response for data pipeline failures can be urgent and disruptive, similar to software engineering on-call.
    `,
  },
  {
    id: 'role-guide',
    title: 'Data Engineer vs ML Engineer',
    body: `
      ## Side-by-Side: Data Engineer vs ML Engineer

      | Dimension | Data Engineer | ML Engineer |
      |---|---|---|
      | Primary work | Pipelines, infrastructure, data quality | Model training, evaluation, deployment |
      | SQL depth | Deep | Moderate (often skipped at L4) |

      ## Data Engineer Interview Prep FAQ

      ### Which role has better remote work?

      Both have strong remote options. ML engineer roles at frontier labs skew toward in-person; ML engineer roles at established tech companies are remote-friendly at most levels.

      ### Is ML engineer harder to break into than data engineer?

      Yes, on average. ML engineer roles are fewer, more competitive, and have higher minimum bars on statistics. Data engineer roles are higher-volume and more accessible to career switchers.

      ### Do I need a Master's or PhD for ML engineer?

      Helpful but not required. Most ML engineer roles accept BS + strong portfolio.
    `,
  },
];
const fixture = useFixtureCorpus({ articles: searchArticles });

const deSalary = 'Compensation Gap › Data Engineer Salary (2026)';
const mleSalary = 'Compensation Gap › ML Engineer Salary (2026)';
const aboutPay = (p: AnswerPassage) => /salary|salaries|comp|pay/i.test(`${p.section}\n${p.text}`);

function answeredFrom(answer: Answer): Answer {
  expect(answer.answered, answer.question).toBe(true);
  expect(answer.declineReason, answer.question).toBeUndefined();
  expect(answer.passages.length, answer.question).toBeGreaterThan(0);
  return answer;
}
/** An answer from knowledge/, which must be one. */
const answered = (question: string): Answer => answeredFrom(answerQuestion(kb, question, aspects));
/** An answer from the small corpus, which must be one. */
const answeredHere = (question: string): Answer => answeredFrom(fixture.ask(question));

describe('synonyms (on a small corpus)', () => {
  it.each(['how much do MLEs make', 'machine learning engineer salary'])('answers "%s" with a pay passage first', (question) => {
    const answer = answeredHere(question);
    expect(aboutPay(answer.passages[0]!)).toBe(true);
    expect(answer.passages.slice(0, 3).some((p) => /\$\d/.test(p.text))).toBe(true);
  });

  it('reads "make" as pay for an ML engineer: the ML Engineer salary list comes first', () => {
    expect(answeredHere('how much do MLEs make').passages[0]!.section).toBe(mleSalary);
  });

  it('treats pay words (comp, earn, compensation) like salary', () => {
    for (const question of ['data engineer comp', 'what do data engineers earn', 'data engineer compensation']) {
      const answer = answeredHere(question);
      expect(aboutPay(answer.passages[0]!), question).toBe(true);
      expect(
        answer.passages.some((p) => p.section === deSalary),
        question,
      ).toBe(true);
    }
  });
});

describe('phrases inside phrases', () => {
  it('indexes an article\'s "salary growth" under salary and growth as well as salary growth', () => {
    const terms = kb.analyzer.analyzeDocument('data engineers have seen faster salary growth');
    expect(terms).toEqual(expect.arrayContaining(['syn:salarygrowth', 'syn:salary', 'syn:growth']));
  });

  it('reads "L5", as the articles do ("the L5 / senior … framework"), as the senior level', () => {
    expect(kb.analyzer.analyzeDocument('Required at L5+: PyTorch DDP')).toContain('syn:senior');
    expect(kb.analyzer.analyzeQuery('senior levels').map((t) => t.term)).toContain('syn:senior');
  });

  it('reads a question by its longest phrase only, so its concepts are not counted twice', () => {
    const terms = kb.analyzer.analyzeQuery('salary growth').map((t) => t.term);
    expect(terms).toContain('syn:salarygrowth');
    expect(terms).not.toContain('syn:growth');
  });

  it('finds the passage on salary growth for "whose salary has been growing faster?"', () => {
    const top = answered('Whose salary has been growing faster lately, DE or MLE?').passages[0]!;
    expect(top.text).toMatch(/salary growth/i);
  });
});

describe('abbreviations (on a small corpus)', () => {
  it('reads DE as data engineer and MLE as ML engineer', () => {
    const termsOf = (q: string) => fixture.kb.analyze(q).map((t) => t.term);
    expect(termsOf('DE salary')).toEqual(termsOf('data engineer salary'));
    expect(termsOf('MLE salary')).toEqual(termsOf('machine learning engineer salary'));
    expect(termsOf('MLE salary')).toEqual(termsOf('ml engineer salary'));
  });

  it('answers "DE salary" exactly as "data engineer salary"', () => {
    const ids = (q: string) => answeredHere(q).passages.map((p) => p.id);
    expect(ids('DE salary')).toEqual(ids('data engineer salary'));
    expect(
      ids('DE salary')
        .slice(0, 3)
        .map((id) => fixture.kb.passage(id)!.section),
    ).toContain(deSalary);
  });

  it('answers "what does a DE do" from the Data Engineer side and "what does an MLE do" from the ML Engineer side', () => {
    const de = answeredHere('what does a DE do').passages[0]!;
    const mle = answeredHere('what does an MLE do').passages[0]!;
    expect(fixture.kb.sideOf(fixture.kb.passage(de.id)!)).toBe('de');
    expect(fixture.kb.sideOf(fixture.kb.passage(mle.id)!)).toBe('mle');
    expect(de.section).toBe('What Each Role Does › Data Engineer');
    expect(mle.section).toBe('What Each Role Does › ML Engineer');
  });
});

describe('typos (on a small corpus)', () => {
  it('still finds the Data Engineer salary for "salery of a data enginer"', () => {
    const answer = answeredHere('salery of a data enginer');
    expect(answer.passages.slice(0, 3).map((p) => p.section)).toContain(deSalary);
    expect(aboutPay(answer.passages[0]!)).toBe(true);
  });

  it('corrects the misspelt word to a close indexed term and says so', () => {
    const salery = fixture.kb.analyze('salery').find((t) => t.typed === 'salery' && t.kind === 'word');
    expect(salery).toMatchObject({ term: 'salari', from: 'salary', corrected: true });
    expect(fixture.kb.analyze('salery of a data enginer').some((t) => t.kind === 'role' && t.term === 'role:de')).toBe(true);
  });
});

describe('declining', () => {
  it('answers "which one has less … debugging?" as the choice between the two roles it is, naming neither', () => {
    const answer = answerQuestion(kb, "which one has less 'wtf is going on' debugging? i want bugs that actualy make sense", aspects);
    expect(answer.answered).toBe(true);
    // (Debugging, or the pipeline failures whose reasons are clear.)
    expect(answer.passages[0]!.text).toMatch(/debug|pipeline fails/i);
  });

  it.each(['', '   ', 'the of and'])('declines %j as having nothing to search', (question) => {
    const answer = answerQuestion(kb, question, aspects);
    expect(answer.answered).toBe(false);
    expect(answer.declineReason).toBe('empty');
    expect(answer.shown).toBe(0);
  });

  it.each(['how do I bake sourdough?', 'who won the 1998 world cup?', "what's the capital of France?"])(
    'declines "%s" with two or three topics to try that exist',
    (question) => {
      const answer = answerQuestion(kb, question, aspects);
      expect(answer.answered).toBe(false);
      expect(answer.declineReason).toBe('off-topic');
      expect(answer.shown).toBe(0);
      expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(answer.suggestions.length).toBeLessThanOrEqual(3);
      const aspectIds = new Set(aspects.map((a) => a.id));
      const compares = answer.suggestions.filter((s) => s.kind === 'compare');
      expect(compares.length).toBeGreaterThan(0);
      for (const suggestion of compares) {
        expect(aspectIds.has(suggestion.aspect), suggestion.aspect).toBe(true);
        expect(suggestion.label).toBe(aspects.find((a) => a.id === suggestion.aspect)!.label);
      }
      for (const suggestion of answer.suggestions.filter((s) => s.kind === 'question')) {
        expect(kb.passages.some((p) => p.sectionPath.at(-1) === suggestion.text)).toBe(true);
      }
    },
  );

  it('keeps at most 5 candidate passages even when it declines', () => {
    const answer = answerQuestion(kb, 'who won the 1998 world cup?', aspects);
    expect(answer.passages.length).toBeLessThanOrEqual(maxAnswerPassages);
  });

  it.each(['how much does a nurse make?', 'nurse salary', 'how much does a teacher make', 'what does a lawyer earn'])(
    'declines a pay question about another job ("%s")',
    (question) => {
      expect(answerQuestion(kb, question, aspects).answered).toBe(false);
    },
  );
});

describe('answer passages', () => {
  const questions = [
    'how much do MLEs make',
    'machine learning engineer salary',
    'data engineer salary by level',
    'What is on-call like for data engineers?',
    'DE vs MLE skills',
    'do I need a PhD for ML engineering?',
    'How long does it take to move from data engineer to ML engineer?',
    'which role is more remote friendly',
  ];

  it.each(questions)('gives at most 5 passages, best first, for "%s"', (question) => {
    const answer = answered(question);
    expect(answer.passages.length).toBeLessThanOrEqual(maxAnswerPassages);
    expect(answer.shown).toBeGreaterThanOrEqual(1);
    expect(answer.shown).toBeLessThanOrEqual(answer.passages.length);
    const scores = answer.passages.map((p) => p.score);
    for (let i = 1; i < scores.length; i += 1) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]!);
  });

  it.each(questions)('cites each passage of "%s" by its own title and section', (question) => {
    for (const p of answered(question).passages) {
      const passage = kb.passage(p.id);
      expect(passage, p.id).toBeDefined();
      expect(p.citation.source).toBe(p.source);
      expect(p.citation.title).toBe(p.title);
      expect(p.citation.section).toBe(p.section);
      expect(p.title).toBe(passage!.title);
      expect(p.section).toBe(passage!.section);
      expect(p.text).toBe(passage!.text);
      expect(p.citation.publisher).toBe(passage!.publisher);
    }
  });

  it.each(questions)('quotes a key sentence from the passage itself for "%s"', (question) => {
    for (const p of answered(question).passages) {
      if (p.kind === 'row') {
        // A row's key sentence is read aloud from its cells, so it holds the row's label rather than its markdown.
        const label = kb.passage(p.id)!.cells![0]!;
        expect(p.keySentence.startsWith(`${label}: `), p.id).toBe(true);
      } else if (p.kind === 'list' && !p.text.includes(p.keySentence)) {
        // One item under its heading, which says whose it is ("Data Engineer: The Data Backbone: Reliability: …"), or,
        // where no item stands out, the list summarised: its label, then its first items, each quoted as is.
        const heading = kb.passage(p.id)!.sectionPath.at(-1) ?? '';
        const rest = p.keySentence.startsWith(`${heading}: `)
          ? p.keySentence.slice(heading.length + 2)
          : p.keySentence.replace(/^[^:]*: /, '');
        const items = rest.replace(/; …$/, '').split('; ');
        for (const item of items) expect(p.text, p.id).toContain(item);
      } else {
        expect(p.text, p.id).toContain(p.keySentence);
      }
      expect(p.keySentence.trim()).not.toBe('');
    }
  });
});

describe('key sentences and leads (on a small corpus)', () => {
  it('summarises a list whose items match the question equally, by its label and first items', () => {
    const skills = answeredHere('mle vs de skills').passages.find((p) => p.section === 'Skill Comparison › Data Engineer Skills');
    expect(skills).toBeDefined();
    expect(skills!.keySentence).toBe('Data Engineer Skills: SQL mastery; Distributed systems; Data modeling; Cloud data platforms; …');
  });

  it('reads a table row aloud as its label followed by each column heading and value', () => {
    const row = answeredHere('what is the entry salary for a data engineer?').passages[0]!;
    expect(row.kind).toBe('row');
    expect(row.keySentence).toBe('Entry Salary: Data Engineer $85,000 · Machine Learning Engineer $105,000');
  });

  it('opens "which role pays more?" with the sentence that compares pay, not with one role\'s figures', () => {
    expect(answeredHere('which role pays more?').lead?.sentence).toBe(
      'ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.',
    );
  });

  it('opens "how much do ML engineers earn?" with the ML engineer figures, labelled with their heading', () => {
    expect(answeredHere('how much do ML engineers earn?').lead?.sentence).toMatch(
      /^ML Engineer Salary \(2026\): Junior \(0-2 years\): \$115K-\$150K base/,
    );
  });
});

describe('ranking by the role a question names (on a small corpus)', () => {
  const indexOf = (answer: Answer, section: string) => answer.passages.findIndex((p) => p.section === section);

  it('ranks the Data Engineer salary list above the ML Engineer one for "data engineer salary by level"', () => {
    const answer = answeredHere('data engineer salary by level');
    expect(indexOf(answer, deSalary)).toBe(0);
    expect(indexOf(answer, mleSalary)).toBeGreaterThan(0);
  });

  it('ranks the ML Engineer salary list above the Data Engineer one for "ml engineer salary by level"', () => {
    const answer = answeredHere('ml engineer salary by level');
    expect(indexOf(answer, mleSalary)).toBe(0);
    expect(indexOf(answer, deSalary)).toBeGreaterThan(0);
  });
});

describe('passages scoped to a setting (knowledge/)', () => {
  it('opens "staff MLE comp at Google?" with the FAANG L6 figures, the ones for the setting asked about', () => {
    const answer = answerQuestion(kb, 'staff MLE comp at Google?', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Comp at L6 \(US, FAANG\)/);
  });

  it('answers "what does an mle at google do all day" with how FAANG ML engineers split their time, naming Google as uncovered', () => {
    const answer = answerQuestion(kb, 'what does an mle at like google actually do all day?', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/At FAANG: 50% experimentation/);
    expect(answer.uncovered).toEqual(['google']);
  });

  it('says the period its figures are given in when a first question asks another ("mle salary in lagos per year?")', () => {
    const answer = answerQuestion(kb, 'mle salary in lagos per year in usd?', aspects);
    expect(answer.lead?.sentence).toMatch(/^Nigeria \(Local\)/);
    expect(answer.periodGiven).toBe('month');
    expect(answerQuestion(kb, 'how much do senior des make', aspects).periodGiven).toBeUndefined();
  });

  it('says the currency its figures are given in when a question asks another ("de salary in rupees"), and converts nothing', () => {
    expect(answerQuestion(kb, 'de salary in rupees', aspects)).toMatchObject({ answered: true, currencyGiven: 'US dollars' });
    expect(answerQuestion(kb, 'mle salary in lagos per year in usd?', aspects).currencyGiven).toBe('naira');
    expect(answerQuestion(kb, 'how much do data engineers make in usd', aspects).currencyGiven).toBeUndefined();
    expect(answerQuestion(kb, 'how much do senior des make', aspects).currencyGiven).toBeUndefined();
  });

  it('opens pay asked in a place at a level its figures do not name with that place\'s figures ("junior MLE in Nigeria")', () => {
    for (const question of ['what do entry level ML engineers make in naira', 'how much does a junior mle make in nigeria']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).toMatch(/^Nigeria \(Local\)/);
    }
  });

  it('opens junior pay in the US with the junior figures, which are the articles\' US figures ("using" is no "us")', () => {
    for (const question of ['how much do junior data engineers make in the us', 'whats a junior de make in the us']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).toMatch(/Junior \(0-2 years\): \$100K-\$135K/);
    }
    expect(answerQuestion(kb, 'us mid-senior mle salary range?', aspects).lead?.sentence).toMatch(/^United States:/);
  });

  it('puts a passage about a setting the question rules out behind ("a normal day for an mle, not faang")', () => {
    for (const question of [
      'whats a normal day for an mle, not faang, just in general',
      'whats a normal day like for an mle, not at a faang',
    ]) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).not.toMatch(/FAANG/);
    }
  });

  it('answers "what were the numbers" about what the person saw, told before it ("saw something about a split-track roadmap…")', () => {
    const answer = answerQuestion(
      kb,
      'saw something about a split-track roadmap improving completion rates, what were the numbers',
      aspects,
    );
    expect(answer.lead?.sentence).toMatch(/^32% Improvement in Course Completion/);
  });

  it('reads ", like not the linkedin version" as how to say it, never a topic the sources lack', () => {
    const answer = answerQuestion(kb, 'so what does an ml enginer actually do all day, like not the linkedin version', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Daily work includes coding training pipelines/);
  });

  it('reads "what does an mle do at big tech" as the day there, as "at faang" is, never the FAANG pay rows', () => {
    expect(answerQuestion(kb, 'what does an mle do at big tech', aspects).lead?.sentence).toMatch(/At FAANG: 50% experimentation/);
    expect(answerQuestion(kb, 'what does a de do at big tech', aspects).lead?.sentence).not.toMatch(/^Comp at/);
  });

  it('answers what is asked in a setting before the setting\'s pay ("what are faang interviews like for de")', () => {
    for (const question of ['what are faang interviews like for de', 'how are big tech interviews for mle']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).toMatch(/interviews?\b/i);
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).not.toMatch(/^Comp at/);
    }
    // Pay in the setting is still the setting's figures.
    expect(answerQuestion(kb, 'de vs mle comp at faang l5?', aspects).lead?.sentence).toMatch(/^Comp at L5 \(US, FAANG\)/);
  });

  it('answers "will mle jobs dry up" with ML engineer demand, never saying the sources speak only of data engineers', () => {
    const answer = answerQuestion(kb, 'will mle jobs dry up', aspects);
    expect(answer.lead?.sentence).toMatch(/^ML engineer(?: job postings grew 22% year-over-year|ing headcount has exploded since 2022)/);
    expect(answer.saidOf).toBeUndefined();
  });

  it('reads "what should i study first for de" as what to learn first, not the degree', () => {
    expect(answerQuestion(kb, 'what should i study first for de', aspects).lead?.sentence).toMatch(
      /prioritize SQL and Distributed Systems/,
    );
  });

  it('reads "what should i study for mle" as what to learn for it, but "…in college…" as the degree', () => {
    expect(answerQuestion(kb, 'what should i study for mle', aspects).passages[0]?.section).toMatch(/ML Engineer Skills|Unique Skills/);
    expect(answerQuestion(kb, 'what should i study in college for mle', aspects).lead?.sentence).toMatch(/^Helpful but not required/);
  });

  it('never opens "what if i want the money" with the advice for those who do not want it', () => {
    for (const question of ['what if i want the money', 'which role if i want the money']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).not.toMatch(/don't want/);
    }
  });

  it('reads "fastest way into mle" as how hard getting in is, never the fastest-growing subspecialties', () => {
    expect(answerQuestion(kb, 'whats the fastest way into mle', aspects).lead?.sentence).not.toMatch(/fastest-growing/);
    expect(answerQuestion(kb, 'fastest way to become a de', aspects).lead?.sentence).toBe('Data engineering has a lower barrier to entry.');
  });

  it('reads "purely for comp", "just for money" as choosing for the pay, which the diagnostic\'s comp question answers', () => {
    for (const question of [
      'honestly im a swe just here for the money. should i pick mle purely for comp?',
      'should i switch to mle just for money?',
    ]) {
      expect(answerQuestion(kb, question, aspects).passages[0]?.section, question).toMatch(/How important is comp ceiling to you\?/);
    }
  });

  it('reads "is ai gonna kill de jobs" as the outlook, as "will ai kill" is', () => {
    const answer = answerQuestion(kb, 'is ai gonna kill de jobs? feels like everyone only wants mles now', aspects);
    expect(
      answer.passages
        .slice(0, 3)
        .map((p) => p.text)
        .join('\n'),
    ).toMatch(/Both roles are highly resilient/);
  });

  it('does not take the FAANG week for interviews because an FAQ above it is headed "Interview Prep" ("how are faang interviews for mle")', () => {
    const lead = answerQuestion(kb, 'how are faang interviews for mle', aspects).lead?.sentence;
    expect(lead).toMatch(/^ML engineer interviews include/);
    expect(lead).not.toMatch(/At FAANG: 50% experimentation/);
  });

  it('reads "here" in the ask as the place told around it ("from lagos 🇳🇬 … what do des make here")', () => {
    const answer = answerQuestion(kb, 'hey from lagos 🇳🇬 what do mid-senior des make here', aspects);
    expect(answer.lead?.sentence).toMatch(/^Nigeria \(Local\)/);
  });

  it('opens a pay question that names no setting with figures for everyone, not the Nigerian or FAANG rows', () => {
    for (const question of ['senior mle salary?? someone on blind said 500k', 'what does a staff data engineer make?']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).not.toMatch(/Nigeria|FAANG/);
    }
  });
});

describe('a sum of pay quoted in a question (knowledge/)', () => {
  it('answers "got an offer 150k base junior de, is that good?" with junior DE pay, not the ML range that ends at $150K', () => {
    for (const question of ['got an offer 150k base junior de, is that good?', 'is $150,000 base good for a junior de']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).toMatch(/^Data Engineer Salary \(2026\): Junior/);
    }
  });
});

describe('"what is X?" (knowledge/)', () => {
  it.each([
    ['what is mlops', /MLOps: The specialized skill set needed to manage the model lifecycle/],
    ['i keep hearing about mlops what is it', /MLOps: The specialized skill set needed to manage the model lifecycle/],
    ['what does etl mean', /ETL\/ELT Development: Extracting data from disparate sources/],
    ['what is airflow', /Orchestration: Using tools like Apache Airflow/],
  ])('opens "%s" with the sentence that defines it', (question, definition) => {
    const answer = answerQuestion(kb, question, aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(definition);
  });

  it.each([
    ['what is mlops?', 'mlops'],
    ['whats an ml data engineer', 'ml data engineer'],
    ['what does ETL even mean', 'etl'],
    ['mlops, what is it?', 'mlops'],
    ['what is the pay', undefined],
    ['what is it?', undefined],
    ["what's the difference between them", undefined],
  ])('reads "%s" as asking to define %s', (question, term) => {
    expect(definedTerm(question)).toBe(term);
  });
});

describe('what to learn first (knowledge/)', () => {
  it('opens "what should i learn first to become an ML engineer" with what to prioritise, not "if comp is the priority"', () => {
    expect(answerQuestion(kb, 'what should i learn first to become an ML engineer', aspects).lead?.sentence).toMatch(
      /prioritize Python and MLOps/,
    );
  });

  it('opens "should i learn sql or python first for de" with what the sources say to prioritise for data engineering, not the shared skills list', () => {
    expect(answerQuestion(kb, 'should i learn sql or python first for de', aspects).lead?.sentence).toMatch(
      /If you choose Data Engineering, prioritize SQL/,
    );
  });

  it('keeps "learn both stacks at once or focus on one first" about narrowing the scope, not which skill comes first', () => {
    expect(answerQuestion(kb, 'should i try to learn both stacks at once or focus on one first?', aspects).lead?.sentence).not.toMatch(
      /If you choose Data Engineering, prioritize SQL/,
    );
  });
});

describe('a yes or no the sources answer in so many words (knowledge/)', () => {
  it('opens "do i need a masters for ml?" with the FAQ\'s own answer, "Helpful but not required", before what follows it', () => {
    expect(answerQuestion(kb, 'do i need a masters for ml?', aspects).lead?.sentence).toMatch(/^Helpful but not required\./);
  });

  it('opens "which one pays the most?" with the roles\' pay compared, not a skill\'s premium; "which skills pay the most" keeps the premiums', () => {
    expect(answerQuestion(kb, 'i just want the max pay. which one pays the most?', aspects).lead?.sentence).toMatch(/ML engineer/);
    expect(answerQuestion(kb, 'i just want the max pay. which one pays the most?', aspects).lead?.sentence).not.toMatch(/MLOps Mastery/);
    expect(answerQuestion(kb, 'which skills pay the most', aspects).lead?.sentence).toMatch(/compensation|premium/i);
  });
});

describe('getting into another job (knowledge/)', () => {
  it('declines "how do i become a data scientist", which a passage naming data scientists in passing does not answer', () => {
    const answer = answerQuestion(kb, 'how do i become a data scientist', aspects);
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
    expect(answer.uncovered).toContain('data scientist');
  });
});

describe('how long getting into a role takes (knowledge/)', () => {
  it('answers "how long to become a data engineer", from nowhere said, with the move from elsewhere, not from ML engineering', () => {
    expect(answerQuestion(kb, 'how long to become a data engineer', aspects).lead?.sentence).toMatch(/backend engineering .* 2-3 months/);
  });

  it('reads "how long does it take to learn data engineering" as getting into it, answered with a duration', () => {
    const answer = answerQuestion(kb, 'how long does it take to learn data engineering?', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/\d-\d months/);
  });

  it('starts the move in the role the person says they are in ("i\'m an ML eng … switch over to DE")', () => {
    const answer = answerQuestion(
      kb,
      "i'm an ML eng with 3 yoe and i like infra more. how hard would it be to switch over to DE?",
      aspects,
    );
    expect(answer.passages[0]?.text).toMatch(/^MLE to DE pivot|ML engineer to data engineer/);
  });
});

describe('a choice between the roles on something the sources lack (knowledge/)', () => {
  it('declines "which role has better wlb" as missing, naming what the sources lack, not as off-topic', () => {
    const answer = answerQuestion(kb, 'which role has better wlb', aspects);
    expect(answer.declineReason).toBe('missing');
    expect(answer.uncovered).toContain('work life balance');
  });
});

describe('a phrase of the articles asked about (knowledge/)', () => {
  it('answers "what is a feature store" from where the articles speak of feature stores, not as off-topic', () => {
    const answer = answerQuestion(kb, 'what is a feature store', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/feature stores/);
  });

  it('still declines two everyday words the articles never write together ("a good pizza place")', () => {
    expect(answerQuestion(kb, 'what is a good pizza place', aspects).declineReason).toBe('off-topic');
  });
});

describe('explanations and comparisons (knowledge/)', () => {
  it('reads "which is growing faster, de or mle?" as the roles\' jobs growing, and "whose salary is growing faster" as pay', () => {
    const jobs = answerQuestion(kb, 'so which is growing faster, de or mle?', aspects);
    expect(jobs.passages.slice(0, 3).map((p) => p.section)).toContain('Job Market in 2026 › Data Engineer Demand');
    expect(jobs.lead?.sentence).not.toMatch(/salary growth/);
    const pay = answerQuestion(kb, 'Whose salary has been growing faster lately, DE or MLE?', aspects);
    expect(pay.lead?.sentence).toMatch(/faster salary growth/);
  });

  it('answers "which is growing faster" with the two roles\' job postings, not the hybrid role\'s hiring', () => {
    const answer = answerQuestion(kb, 'which is growing faster', aspects);
    expect(answer.lead?.sentence).toMatch(/job postings grew/);
    // (Asked of the hybrid, it is the hybrid's.)
    expect(answerQuestion(kb, 'is ml data engineer hiring growing', aspects).lead?.sentence).toMatch(
      /ML data engineer hiring is growing faster/,
    );
  });

  it('reads "will ai replace data engineers?" as a question of the role\'s future, not of AI in general', () => {
    const answer = answerQuestion(kb, 'will ai replace data engineers? kinda scared tbh', aspects);
    expect(answer.lead?.sentence).toMatch(/As long as companies collect data, they will need engineers/);
  });

  it('reads "self taught" as the articles\' "self-study": getting into ML engineering on one\'s own takes 6-12 months', () => {
    expect(answerQuestion(kb, 'self taught, how long to become an mle', aspects).lead?.sentence).toMatch(
      /equivalent self-study \(6-12 months minimum\)/,
    );
  });

  it('reads "sr" and "jr" as the senior and junior levels, never as something the sources lack', () => {
    const senior = answerQuestion(kb, 'whcih pays mroe for sr level', aspects);
    expect(senior.uncovered).toEqual([]);
    expect(senior.lead?.sentence).toMatch(/Senior/);
    expect(answerQuestion(kb, 'jr de salary?', aspects).lead?.sentence).toMatch(/Junior \(0-2 years\)/);
  });

  it('says the sources give pay per year only when asked per hour ("how much do data engineers make per hour?")', () => {
    expect(answerQuestion(kb, 'how much do data engineers make per hour?', aspects).periodGiven).toBe('year');
  });

  it('reads "a good career" as the role\'s future, and "is ai going to replace…" like "will ai replace…"', () => {
    for (const question of ['is data engineering a good career?', 'is ai going to replace data engineers?']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).toMatch(/^Data Engineer: This role is foundational/);
    }
  });

  it('answers the same with or without a link shared first ("check this out <link> is data engineering a good career?")', () => {
    const plain = answerQuestion(kb, 'is data engineering a good career?', aspects).lead?.sentence;
    expect(
      answerQuestion(kb, 'check this out https://example.com/de-vs-mle is data engineering a good career?', aspects).lead?.sentence,
    ).toBe(plain);
    // ("saw this posting <link> — …": what was shared is named, and set off by a dash.)
    expect(
      answerQuestion(kb, 'saw this job posting https://example.com/jobs/123 — is data engineering a good career?', aspects).lead?.sentence,
    ).toBe(plain);
  });

  it('reads "that kind of project" as the project told about before the question (an internal RAG thing)', () => {
    const answer = answerQuestion(
      kb,
      "we're building an internal RAG thing at work. what does the de do vs the mle on that kind of project?",
      aspects,
    );
    expect(answer.passages[0]?.section).toBe('In Modern AI Programs');
  });

  it('answers whether data engineering is thankless ("underappreciated", "get credit") with the pipeline that is invisible', () => {
    for (const question of ['are data engineers underappreciated?', 'do DEs ever get credit for their work']) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).toMatch(/A well-built data pipeline is invisible/);
    }
  });

  it('answers "do des need to know statistics" with what data engineers need, not the ML engineer\'s skill list', () => {
    const answer = answerQuestion(kb, 'do des need to know statistics', aspects);
    expect(answer.lead?.sentence).toMatch(/Data Engineer Light|lighter statistics/);
  });

  it('opens a question that asks for no figure with no pay table ("is de remote friendly", "are MLE listings up this year?")', () => {
    expect(answerQuestion(kb, 'ok but is de remote friendly', aspects).lead?.sentence).toMatch(/^Remote availability is higher at 48%/);
    expect(answerQuestion(kb, 'are MLE listings up this year?', aspects).lead?.sentence).toMatch(/^ML engineer job postings grew 22%/);
  });

  it('reads a question\'s idiom with an intensifier inside it ("who actually hires") as the idiom ("who hires": employers)', () => {
    const answer = answerQuestion(kb, 'who actually hires DEs vs MLEs?', aspects);
    expect(answer.lead?.sentence).toMatch(/^Most-likely employer: Data Engineer Every company with data/);
  });

  it('opens "which one pays more" with a sentence that compares pay, not with the explanation under a "Why …?" heading', () => {
    const answer = answerQuestion(kb, 'de vs mle which one pays more rn', aspects);
    expect(answer.passages[0]?.section).not.toMatch(/›\s*Why\b/);
    expect(answer.lead?.sentence).toMatch(/higher than DE|earn more than data engineers/);
  });

  it('reads a claim after the question ("…, it\'s all python anyway") as the person\'s premise, not part of the ask', () => {
    for (const question of [
      "why do ml enginers get paid more tbh, it's all python anyway",
      'why tf do mles get paid more than des, they both write python all day lol',
    ]) {
      expect(answerQuestion(kb, question, aspects).lead?.sentence, question).toMatch(/two factors|Scarcity/);
    }
  });

  it('reads "how do u get judged" as what happens to someone in the role, not as instructions for a task', () => {
    const answer = answerQuestion(kb, 'how do u get judged in each role, like what metrics does ur boss actually care about', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/Inference Latency & Accuracy|Pipeline Throughput/);
  });

  it('answers pay at a big tech grade ("at L5") with the FAANG row for that grade, not the senior figures of another source', () => {
    expect(answerQuestion(kb, 'how much do ml engineers make at L5?', aspects).lead?.sentence).toMatch(/^Comp at L5 \(US, FAANG\)/);
    // (Not asking pay, the grade is the level it is: "Required at L5+".)
    expect(answerQuestion(kb, 'what do l5 mles need to know', aspects).lead?.sentence).not.toMatch(/^Comp at/);
  });

  it('reads a word with its last letter dropped as that word ("mak" is "make"), and a role with a typo as the role', () => {
    expect(answerQuestion(kb, 'how much do ml engineers mak?', aspects).lead?.sentence).toMatch(/ML Engineer Salary|\$/);
    const skills = answerQuestion(kb, 'machine learnign engineer skills', aspects);
    expect(skills.answered).toBe(true);
    expect(skills.uncovered).toEqual([]);
  });

  it('reads what can be done to a word of the articles ("hireable") as that word, never as jargon they lack', () => {
    const answer = answerQuestion(kb, 'no degree, teaching myself. how long till im hireable as an ml eng', aspects);
    expect(answer.uncovered).toEqual([]);
  });

  it('reads a spoiler after the question ("||asking for my therapist||") as an aside, never a job the sources lack', () => {
    const answer = answerQuestion(
      kb,
      'i get weirdly satisfied when systems just run and never break. which role is that ||asking for my therapist||',
      aspects,
    );
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/Pipeline reliability -> data engineer|reliable systems/);
  });

  it('reads "overall" as a word of speech, not a topic: "ok which pays more overall" opens with the pay comparison', () => {
    expect(answerQuestion(kb, 'ok which pays more overall', aspects).lead?.sentence).toMatch(
      /higher than DE|earn more than data engineers/,
    );
  });

  it('reads "…when they both write python all day" after a why-question as the person\'s premise, not part of the ask', () => {
    const answer = answerQuestion(kb, 'why do ml engs get paid more than de when they both write python all day', aspects);
    expect(answer.lead?.sentence).toMatch(/two factors|Scarcity/);
  });

  it('opens "what actually explains the pay gap" with the reasons, not the gap itself', () => {
    const answer = answerQuestion(kb, 'what actually explains the pay gap between ML engineers and data engineers?', aspects);
    expect(answer.lead?.sentence).toMatch(/two factors|Scarcity/);
  });
});

describe('a saved index', () => {
  /** Exactly what engine.ts indexes for each passage (its own toIndexed). */
  const indexedPassages = (): IndexedPassage[] => kb.passages.map((p) => toIndexed(p));

  it('searches exactly like the original after MiniSearch.loadJSON with indexOptions(analyzer)', () => {
    const original = new MiniSearch<IndexedPassage>(indexOptions(kb.analyzer));
    original.addAll(indexedPassages());
    const reloaded = MiniSearch.loadJSON<IndexedPassage>(JSON.stringify(original), indexOptions(kb.analyzer));
    expect(reloaded.documentCount).toBe(kb.passages.length);
    for (const question of ['data engineer salary by level', 'what is on-call like?', 'salery of a data enginer', 'DE vs MLE skills']) {
      // Questions reach minisearch already analysed: terms joined by spaces.
      const query = kb
        .analyze(question)
        .map((t) => t.term)
        .join(' ');
      const before = original.search(query);
      const after = reloaded.search(query);
      expect(before.length, question).toBeGreaterThan(0);
      expect(after, question).toEqual(before);
    }
  });

  it('indexes a table row under its section and its row label', () => {
    const row = fixture.kb.passages.find((p) => p.kind === 'row' && p.cells?.[0] === 'SQL depth')!;
    expect(toIndexed(row)).toEqual({
      id: row.id,
      text: row.text,
      section: 'Side-by-Side: Data Engineer vs ML Engineer › SQL depth',
      ancestors: '',
      title: 'Data Engineer vs ML Engineer',
      asks: '',
    });
  });

  it('indexes the headings above the nearest one apart, as context', () => {
    const passage = fixture.kb.passages.find((p) => p.section === 'Data Engineer Interview Prep FAQ › Which role has better remote work?')!;
    expect(toIndexed(passage)).toMatchObject({
      section: 'Which role has better remote work?',
      ancestors: 'Data Engineer Interview Prep FAQ',
    });
  });

  it('finds the Data Engineer salary list among the raw results for a Data Engineer salary question', () => {
    const { kb: small } = fixture;
    const index = new MiniSearch<IndexedPassage>(indexOptions(small.analyzer));
    index.addAll(small.passages.map((p) => toIndexed(p)));
    const query = small
      .analyze('data engineer salary')
      .map((t) => t.term)
      .join(' ');
    const top = index
      .search(query)
      .slice(0, 5)
      .map((r) => small.passage(String(r.id))!.section);
    expect(top).toContain(deSalary);
  });
});

describe('questionDirection', () => {
  it.each([
    ['How long does it take to move from data engineer to ML engineer?', 'de-to-mle'],
    ['MLE wanting to switch over to data eng, how long would that take?', 'mle-to-de'],
    ['how do I become an MLE as a DE?', 'de-to-mle'],
    ['DE -> MLE pivot timeline', 'de-to-mle'],
    ['am i crazy for wanting to go from mle back to de?', 'mle-to-de'],
    // One role, then the other: a move in that order.
    ['is it easier to go de first then mle?', 'de-to-mle'],
    ['is it smart to start in de and move to mle after', 'de-to-mle'],
    ['mle first and then de later?', 'mle-to-de'],
  ])('reads "%s" as %s', (question, direction) => {
    expect(questionDirection(question)).toBe(direction);
  });

  it('finds no direction without a move or without both roles', () => {
    expect(questionDirection('DE vs MLE salary')).toBeUndefined();
    expect(questionDirection('how do I switch to ML engineering?')).toBeUndefined();
    // Two roles to choose between, not a move: "become a data engineer or an ML engineer".
    expect(questionDirection('should i become a data engineer or ml engineer?')).toBeUndefined();
    expect(questionDirection('switching from data engineer or ml engineer to the other, how long?')).toBeDefined();
  });

  it('finds no move in a role one meant to go into, then another ("i was gonna go mle … what about de")', () => {
    expect(questionDirection('i was gonna go mle but the math scares me. actually nvm, what about de, is it less math?')).toBeUndefined();
    expect(questionDirection('what are the actual pros of going mle over de')).toBeUndefined();
    expect(questionDirection('i want to be an mle. actually no wait, de. how long to switch')).toBeUndefined();
    expect(questionDirection('de wanting to go mle how long')).toBe('de-to-mle');
    expect(questionDirection('mle going to de how hard')).toBe('mle-to-de');
  });
});

describe('wantedAnswer', () => {
  it.each([
    ['how long does switching take?', 'duration'],
    ['how much do MLEs make', 'money'],
    ['what share of DE postings are remote?', 'percent'],
    ['why does ML engineer pay more?', 'reason'],
    ['what is the reason ML folks out-earn DEs?', 'reason'],
    ['what actually explains the pay gap?', 'reason'],
    ["what's behind the gap in pay", 'reason'],
    ['what is schema evolution?', undefined],
  ])('reads "%s" as wanting %s', (question, wanted) => {
    expect(wantedAnswer(question)).toBe(wanted);
  });
});

describe('staying on topic', () => {
  it.each(["hey how's your day going", 'should I learn dbt?', 'know any good puns?'])(
    'declines chit-chat that shares one word with the articles: "%s"',
    (question) => {
      expect(answerQuestion(kb, question, aspects).answered).toBe(false);
    },
  );

  it.each([
    'What tools does an ML engineer use?',
    "aren't MLE and DE basically the same job?",
    'is data engineering a safe career long term?',
  ])('answers "%s"', (question) => {
    expect(answerQuestion(kb, question, aspects).answered).toBe(true);
  });

  it('does not read "use" as the United States', () => {
    expect(kb.analyze('What tools does an ML engineer use?').map((t) => t.term)).not.toContain('us');
  });
});

describe('names and jobs the articles never mention', () => {
  it.each(['How much do data engineers make in London?', "what's the salary of a pilot", 'Is Databricks worth learning for a DE?'])(
    'declines "%s"',
    (question) => {
      expect(answerQuestion(kb, question, aspects).answered).toBe(false);
    },
  );

  it('reads an English word said capitalised only at the start of a sentence ("According to…") as a word, not a name', () => {
    const answer = answerQuestion(kb, 'what industries is data engineer demand concentrated in according to the bls', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
    expect(answer.lead?.sentence).toMatch(/financial services, healthcare, and technology/);
  });

  it('reads a name English also writes in lowercase, said as an adjective ("i\'m rusty af"), as no name', () => {
    const answer = answerQuestion(kb, "how much math does de need compared to mle, i'm rusty af on calc", aspects);
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
  });

  it('names beside an answer only a name, title or jargon it lacks, not the person\'s own common words ("burnt out", "decade")', () => {
    for (const question of [
      'is it easy to go from ml engineer to data engineer, burnt out on models ngl',
      'is the job outlook better for de or mle over the next decade',
    ]) {
      const answer = answerQuestion(kb, question, aspects);
      expect(answer.answered, question).toBe(true);
      expect(answer.uncovered, question).toEqual([]);
    }
  });

  it('answers a leadership title whose field the articles know ("head of ai") from the roles careers end in, naming it as not in the sources', () => {
    const answer = answerQuestion(kb, 'can an mle end up as like head of ai or a cto eventually', aspects);
    expect(answer.lead?.sentence).toMatch(/^Terminal roles include VP of AI\/ML, Head of ML/);
    expect(answer.uncovered).toEqual(['head of ai']);
    expect(answerQuestion(kb, 'can a de become head of marketing', aspects).answered).toBe(false);
  });

  it('answers a title one of the closest passages names ("ai infra engineer") beside a best passage on the rest', () => {
    const answer = answerQuestion(kb, 'are llmops / ai infra engineer jobs their own thing now or just mle with a new name', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.passages.slice(0, 3).some((p) => /AI infrastructure engineer/.test(p.text))).toBe(true);
  });

  it('still answers about names the articles do mention', () => {
    expect(answerQuestion(kb, 'Which certification from Google should a data engineer get?', aspects).answered).toBe(true);
  });
});

describe('a paragraph whose opening sentence is scoped to a setting (on knowledge/)', () => {
  it('opens "do mles really make way more than des?" with the comparison for everyone, not the one at FAANG', () => {
    expect(answerQuestion(kb, 'do mles really make way more than des?').lead?.sentence).toBe(
      'ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.',
    );
  });

  it('still answers a comparison asked at FAANG from FAANG figures', () => {
    expect(answerQuestion(kb, 'is mle comp higher than de comp at faang?').lead?.sentence).toMatch(/FAANG/);
  });
});

describe('the time to get into either role (on knowledge/)', () => {
  it('answers "how long would it take to get into mle or de" with each role\'s time to break in, never a move between them', () => {
    const answer = answerQuestion(kb, 'how long would it take to get into mle or de');
    const opening = [answer.lead?.sentence, answer.counterpart?.sentence].join(' ');
    expect(opening).toMatch(/2-3 months of focused learning/);
    expect(opening).toMatch(/6-12 months minimum/);
    expect(opening).not.toMatch(/12-18 months|3-4 months|6-9 months/);
  });
});

describe('a choice asked after a liking and a dislike told (on knowledge/)', () => {
  it('reads a liking and a dislike joined by "and" as two things told, so advice for the liking is not taken as against the dislike', () => {
    const answer = answerQuestion(kb, 'i love building reliable systems and hate research. which should i pick?');
    expect(answer.lead?.sentence).toMatch(/Choose data engineering if you enjoy building reliable systems/);
  });
});

describe('which of the two is paid more, asked in slang (on knowledge/)', () => {
  it.each([
    'which 1 makes more 💰',
    'who makes more',
    'who gets paid more de or mle',
    'who earns more de or mle',
    'which role pays more?',
    'which job pays better',
    'does mle pay more',
    'mle pays more?',
    'anyone know if mle pays more',
  ])('answers "%s" with the sentence that says which, not a decline, a reason or a caveat', (question) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toBe(
      'ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.',
    );
  });
});

describe('a pay cut asked of a move (on knowledge/)', () => {
  it('answers "if i switch from de to mle will i take a pay cut?" with the roles\' pay set against each other, not a decline', () => {
    const answer = answerQuestion(kb, 'if i switch from de to mle will i take a pay cut?');
    expect(answer.answered).toBe(true);
    const shown = answer.passages
      .slice(0, 4)
      .map((p) => p.keySentence)
      .join(' ');
    expect(shown).toMatch(/comp differential goes the wrong way|earn more than data engineers at every level/);
    expect(shown).toMatch(/earn more than data engineers at every level|10-20% at the same level/);
  });
});

describe('a level beside a topic the sources give by no level (on knowledge/)', () => {
  it.each([
    ['what certs should a junior mle get', /^Top Certification:/],
    ['what does a junior de actually do all day', /^Data engineers spend most of their time building and debugging pipelines/],
    ['what skills does a junior de need', /^Data Engineer Skills:/],
  ])('answers "%s" about the topic, not junior pay or the path up from junior', (question, lead) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(lead);
  });
});

describe('whether one role is paid more than the other, asked as a yes or no (on knowledge/)', () => {
  it('opens "do mles earn more than des" with the sentence that says which, not a skill\'s premium', () => {
    expect(answerQuestion(kb, 'do mles earn more than des').lead?.sentence).toBe(
      'ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.',
    );
    // Of a skill, whether it pays more is its premium.
    expect(answerQuestion(kb, 'is mlops paid more').lead?.sentence).toMatch(/^MLOps Mastery: Adds a 25–40% premium/);
  });

  it('opens "is mle pay higher than de" with the sentence that says so ("ML engineers earn more…"), not "both roles command premium compensation" or "a higher salary ceiling in specialized niches"', () => {
    expect(answerQuestion(kb, 'is mle pay higher than de').lead?.sentence).toMatch(
      /^ML engineers earn more than data engineers at every level/,
    );
  });
});

describe('what the hybrid role is (on knowledge/)', () => {
  it.each([
    'what does an ml data engineer actually do',
    'whats an ml data engineer / ml platform engineer',
    'whats the hybrid role between de & mle',
  ])('opens "%s" with the sentence that says what it is, not the stepping-stone FAQ\'s answer', (question) => {
    expect(answerQuestion(kb, question).lead?.sentence).toBe(
      'The hybrid role: ML data engineer (or ML platform engineer) lives on the boundary.',
    );
  });
});

describe('a move named destination first (on knowledge/)', () => {
  it('reads "how long to mle from de" as the move from data engineering, answered with its time', () => {
    const answer = answerQuestion(kb, 'how long to mle from de');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/Plan for 6-9 months of study|Plan 12-18 months/);
    expect(kb.read('how long to get into de from ml engineering').direction).toBe('mle-to-de');
  });
});

describe('a roadmap asked for (on knowledge/)', () => {
  it.each(['whats a good roadmap for mle', 'mle roadmap', 'what do i study first for mle'])(
    'answers "%s" with what to prioritise, not the statistics of a course',
    (question) => {
      expect(answerQuestion(kb, question).lead?.sentence).toBe(
        'Commit to a Core Stack: If you choose Machine Learning Engineer, prioritize Python and MLOps.',
      );
    },
  );
});

describe('a question put as whether someone knows (on knowledge/)', () => {
  it('answers "do you know why mles earn more" with the reasons, not as a yes or no', () => {
    expect(answerQuestion(kb, 'do you know why mles earn more').lead?.sentence).toMatch(/^The premium comes from two factors/);
  });
});

describe('whether the person would be happy in a role (on knowledge/)', () => {
  it.each(['would i be happy as a data engineer', 'would i be bored as a de'])(
    'answers "%s" from what the sources say each role is for people who enjoy, not a bare decline',
    (question) => {
      const answer = answerQuestion(kb, question);
      expect(answer.answered).toBe(true);
      expect(
        answer.passages
          .slice(0, 3)
          .map((p) => p.keySentence)
          .join(' '),
      ).toMatch(/enjoy|Persona|Pipeline reliability -> data engineer/);
    },
  );
});

describe('a move named with a misspelt role (on knowledge/)', () => {
  it('reads "how long to switch to data engeneer" as getting into data engineering, not the move out of it', () => {
    expect(answerQuestion(kb, 'how long to switch to data engeneer').lead?.sentence).toMatch(/2-3 months of focused learning/);
  });
});

describe('what to learn for a move (on knowledge/)', () => {
  it('opens "whats the most important thing to learn going from mle to de" with what the sources say to prioritise for data engineering', () => {
    expect(answerQuestion(kb, 'whats the most important thing to learn going from mle to de').lead?.sentence).toBe(
      'If you choose Data Engineering, prioritize SQL and Distributed Systems.',
    );
  });
});

describe('how much more a skill pays (on knowledge/)', () => {
  it.each([
    ['how much more does mlops pay', /MLOps Mastery: Adds a 25–40% premium/],
    ['how much more do u make w genai skills', /Generative AI: Increases base compensation by 40–60%/],
  ])('opens "%s" with the premium of that skill, not the gap between the roles', (question, lead) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(lead);
  });

  it('still reads "how much more do ml engineers make" as the gap between the roles', () => {
    expect(answerQuestion(kb, 'how much more do ml engineers make').lead?.sentence).toMatch(/gap|more than data engineers/);
  });
});

describe('how many jobs there are, with a role named between "more" and "jobs" (on knowledge/)', () => {
  it('reads "are there more de jobs than mle jobs?" as demand, not ML model knowledge', () => {
    const answer = answerQuestion(kb, 'are there more de jobs than mle jobs?');
    expect(answer.lead?.sentence).toMatch(/job postings|higher-volume|demand/);
    expect(answer.lead?.sentence).not.toMatch(/feed whatever model/);
  });
});

describe('the kind of company the work is at (on knowledge/)', () => {
  it('opens "does mle work look different at a big company" with what the sources say of enterprise', () => {
    expect(answerQuestion(kb, 'does mle work look different at a big company', aspects).lead?.sentence).toMatch(/^At enterprise:/);
  });

  it('reads "between them" after two offers told as the two kinds of company, and opens with how the work varies by company', () => {
    const answer = answerQuestion(
      kb,
      'got 2 mle offers, one at a 40-person ai startup and one at a big boring insurance company. does the actual work look different between them?',
      aspects,
    );
    expect(answer.lead?.sentence).toMatch(/AI-native scaleups|At enterprise/);
  });
});

describe('pay at the start of a career (on knowledge/)', () => {
  it('answers "back to mle, what would i make at first" with the junior pay, not as off-topic', () => {
    const answer = answerQuestion(kb, 'back to mle, what would i make at first', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/Junior \(0-2 years\): \$115K-\$150K base/);
  });
});

describe('"how long" after a story that heads for a role (on knowledge/)', () => {
  it('answers "im 28 data analyst in toronto, wanna go mle. how long" with the time to get into ML engineering, the city and job aside', () => {
    expect(answerQuestion(kb, 'im 28 data analyst in toronto, wanna go mle. how long', aspects).lead?.sentence).toMatch(
      /6-12 months minimum/,
    );
  });

  it('answers "im a de, wanna go mle. how long" with the DE to MLE move\'s time', () => {
    expect(answerQuestion(kb, 'im a de, wanna go mle. how long', aspects).lead?.sentence).toMatch(/6-9 months/);
  });
});

describe('what the sources never rank or time: places, employers, industries, raises, job searches', () => {
  it.each([
    ["what's the best country to work as a de", 'best country'],
    ['where should i live to be an mle', 'where to live'],
    ['whats the best company to work for as an mle', 'best company'],
    ['which city has the most de jobs', 'which city'],
    ['which industry pays mles the best', 'which industry'],
    // (The market's salary growth is no raise, the time to learn no job search.)
    ['whats a normal raise for de per year?', 'raises'],
    ['how do i get a raise as a de', 'raises'],
    ['how long does the job search take for de? like applying to offer', 'how long a job search takes'],
  ])('declines "%s", naming what the sources lack', (question, missing) => {
    const answer = answerQuestion(kb, question, aspects);
    expect(answer.answered).toBe(false);
    expect(answer.uncovered).toContain(missing);
  });

  it('still answers which industries hire data engineers most, and what companies hire ML engineers', () => {
    expect(answerQuestion(kb, 'which industries hire the most data engineers', aspects).lead?.sentence).toMatch(
      /financial services, healthcare/,
    );
    expect(answerQuestion(kb, 'what companies hire mles', aspects).lead?.sentence).toMatch(/^Most-likely employer/);
  });

  it('still answers what a move pays ("would i get a raise switching to mle")', () => {
    expect(answerQuestion(kb, 'would i get a raise switching to mle', aspects).answered).toBe(true);
  });
});

describe('rows of one table, all but tied', () => {
  it('opens "how much do mles make at faang", no level asked, with the L5 row, the table\'s first, not L6', () => {
    expect(answerQuestion(kb, 'how much do mles make at faang', aspects).lead?.sentence).toMatch(/^Comp at L5 \(US, FAANG\)/);
    expect(answerQuestion(kb, 'mle pay at faang l6', aspects).lead?.sentence).toMatch(/^Comp at L6 \(US, FAANG\)/);
  });
});
