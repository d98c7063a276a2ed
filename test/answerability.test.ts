/**
 * One answerability decision (src/answer/answerability.ts), seen from what a person gets: casual questions
 * answered, and questions whose salient part the sources lack declined with what is missing named and the
 * closest passages offered. A small inline corpus keeps the spec independent of knowledge/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import type { Answer } from '../src/answer/types.js';
import type { KnowledgeBase } from '../src/search/knowledgeBase.js';
import { tinyKnowledgeBase } from './support/tinyCorpus.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = tinyKnowledgeBase([
    {
      id: 'pay-guide',
      title: 'Pay Guide',
      body: `
## Data Engineer Salary

- Junior (0-2 years): $100K-$130K base
- Senior (5-8 years): $180K-$240K base

## ML Engineer Salary

- Junior (0-2 years): $115K-$150K base
- Senior (5-8 years): $200K-$270K base

## The Gap

Data engineer and ML engineer are two of the most-asked-about roles in data teams. ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.

## Data Engineer Demand

Data engineer job postings grew 18% year-over-year. Remote availability is higher at 48% of postings.

## ML Engineer Demand

ML engineer job postings grew 22% year-over-year. Remote availability sits at 44% of postings.

## Regional Pay

| Region | Data Engineer | ML Engineer |
|---|---|---|
| US | $160,000 | $185,000 |
| Remote (global) | $5,000 / month | $6,000 / month |
`,
    },
    {
      id: 'paths-guide',
      title: 'Paths Guide',
      body: `
## Switching Between Roles

Backend engineers move into data engineering with 2-3 months of focused learning. Data engineer to ML engineer takes 6-9 months of study.

## Interviews

Data engineer interviews focus on SQL live coding and pipeline design. ML engineer interviews add an ML system design round.

## Tools

Data engineers use Spark, Airflow and Kafka. ML engineers use PyTorch, TensorFlow and MLflow.

## Certifications

The Google Professional Data Engineer certification is the usual pick for data engineers.

## Remote Work

Both roles have strong remote options at established companies.

## Working with Others

Data engineers work closely with data scientists and analysts on data modeling.
`,
    },
  ]);
});

const ask = (question: string): Answer => answerQuestion(kb, question);
const leadOf = (answer: Answer) => answer.lead?.sentence ?? '';
const sectionOf = (answer: Answer, i = 0) => answer.passages[i]?.section;

describe('answering casual questions', () => {
  it('reads chat words, abbreviations and a typo in a content word ("senoir") as the question they stand for', () => {
    const answer = ask('tbh how much do mles make rn, like senoir level?');
    expect(answer.answered).toBe(true);
    expect(sectionOf(answer)).toBe('ML Engineer Salary');
    expect(leadOf(answer)).toContain('$200K-$270K');
  });

  it('opens "which role pays more?" with a sentence that compares pay, not the introduction beside it', () => {
    const answer = ask('which role pays more?');
    expect(leadOf(answer)).not.toMatch(/most-asked-about/);
    expect(leadOf(answer)).toMatch(/earn more than data engineers|Data Engineer \$160,000 · ML Engineer \$185,000/);
    const gap = answer.passages.find((p) => p.section === 'The Gap');
    expect(gap?.keySentence).toBe(
      'ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.',
    );
  });

  it('opens "how much do ML engineers earn?" with ML engineer figures, not a sentence about data engineers', () => {
    const answer = ask('how much do ML engineers earn?');
    expect(sectionOf(answer)).toBe('ML Engineer Salary');
    expect(leadOf(answer)).toMatch(/\$115K-\$150K|\$200K-\$270K/);
  });

  it('lets what the person says about themselves re-rank without having to be covered', () => {
    const answer = ask("I'm a backend dev with 4 yoe, mostly java + postgres. how long would it take me to move into DE?");
    expect(answer.answered).toBe(true);
    expect(sectionOf(answer)).toBe('Switching Between Roles');
    expect(leadOf(answer)).toContain('2-3 months');
  });

  it("answers the main question and names a side question's word the sources never use", () => {
    const answer = ask('what do DE interviews focus on? is it leetcode heavy');
    expect(answer.answered).toBe(true);
    expect(sectionOf(answer)).toBe('Interviews');
    expect(answer.uncovered).toContain('leetcode');
  });

  it('answers "how much would i make?" with pay, naming nothing else, as a pay question', () => {
    const answer = ask('how much would i make?');
    expect(answer.answered).toBe(true);
    expect(sectionOf(answer)).toMatch(/Salary/);
    expect(ask('how much would i make from selling cookies?').answered).toBe(false);
  });

  it('answers a claim reported from someone else, leaving out who said it and where ("someone on reddit said…")', () => {
    for (const question of [
      'someone on reddit said mles earn more than des at every level, is that true?',
      'my dad says ML engineers earn more than data engineers, should i listen',
      'i read on twitter that mle pays more than de, true?',
    ]) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(true);
      expect(leadOf(answer), question).toMatch(/earn more than data engineers|ML Engineer \$185,000/);
      expect(answer.uncovered, question).toEqual([]);
    }
  });

  it('does not count a word that judges the claim ("overblown") as something the sources lack', () => {
    const answer = ask('is it true MLEs make way more than DEs or is that overblown');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).not.toContain('overblown');
  });
});

describe('answers that set the roles side by side', () => {
  it("opens a comparison answered from one role's passage with the other role's sentence beside it, each labelled", () => {
    const answer = ask('which role has more remote job postings, DE or MLE?');
    expect(answer.lead?.sentence).toBe('Remote availability is higher at 48% of postings.');
    expect(answer.lead?.label).toBe('Data Engineer Demand');
    expect(answer.counterpart).toMatchObject({ sentence: 'Remote availability sits at 44% of postings.', label: 'ML Engineer Demand' });
  });

  it('leaves a question about one role without a counterpart', () => {
    expect(ask('how fast are DE job postings growing?').counterpart).toBeUndefined();
  });

  it('weighs what the person likes less ("more than pipelines") as a side', () => {
    const read = kb.read('I like model accuracy way more than pipeline reliability, which should i pick?');
    expect(read.terms.filter((t) => t.aside).map((t) => t.from)).toEqual(expect.arrayContaining(['pipeline', 'reliability']));
    expect(read.terms.find((t) => t.from === 'accuracy')?.aside).toBeUndefined();
  });

  it('takes a place the person says they are in for context, not for what the sources must cover', () => {
    expect(kb.read("mle salary in the us pls, i'm in toronto").unknown.find((u) => u.word === 'toronto')?.inMainAsk).toBe(false);
    // Lagos is in Nigeria, which the sources have figures for: a place of theirs, not one they lack.
    expect(kb.read("mle salary pls, i'm in lagos").unknown.some((u) => u.word === 'lagos')).toBe(false);
  });
});

describe('declining what the sources lack, saying what is missing', () => {
  it('declines pay in a place the articles never name, names the place and offers the closest figures', () => {
    const answer = ask('data engineer salary in germany?');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing', uncovered: ['germany'], missingKind: 'money', topic: 'pay' });
    expect(answer.shown).toBeGreaterThan(0);
    expect(answer.passages.slice(0, answer.shown).every((p) => /\$\d/.test(p.text))).toBe(true);
  });

  it('declines another job title the articles mention only in passing', () => {
    const answer = ask("what's the average data scientist salary");
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
    expect(answer.uncovered).toContain('data scientist');
  });

  it('declines companies set against each other ("do meta pay mles more than amazon"), but not a kind of employer ("at google or meta")', () => {
    const contest = ask('do meta pay ML engineers more than amazon?');
    expect(contest.answered).toBe(false);
    expect(contest.uncovered).toEqual(['meta', 'amazon']);
    expect(ask('how much do ML engineers make at google or meta?').uncovered).toEqual(['google', 'meta']);
  });

  it('declines a company the articles never speak of', () => {
    const answer = ask('how much does netflix pay senior data engineers?');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
    expect(answer.uncovered).toContain('netflix');
  });

  it('declines a company\'s interview asked as "what\'s the loop at stripe like", not reading "stripe like" as a kind of employer', () => {
    const answer = ask('whats the interview loop at stripe like for data eng');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
    expect(answer.uncovered).toContain('stripe');
    expect(ask('building an uber eats type app, who owns the data pipelines, de or mle?').uncovered).not.toContain('uber');
  });

  it('reads "bootcamp grads" as who asks, a beginner, not a bootcamp asked about ("what bootcamp should i do" is declined)', () => {
    const answer = ask('which is better for bootcamp grads');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).not.toContain('bootcamp');
    expect(ask('what bootcamp should i do for de')).toMatchObject({ answered: false, uncovered: ['bootcamp'] });
  });

  it('declines "which one has less homework": "less" names nothing, so "less common" in a passage matches nothing asked', () => {
    expect(ask('which one has less homework lmao').answered).toBe(false);
  });

  it('declines a visa the articles never speak of, read as one name ("H-1B"), not a letter and a figure', () => {
    const answer = ask('can a junior data engineer get an H-1B?');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
    expect(answer.uncovered).toContain('h1b');
  });

  it('declines instructions for a tool the articles name, naming what was asked', () => {
    const answer = ask('how do I set retries on an Airflow task?');
    expect(answer).toMatchObject({
      answered: false,
      declineReason: 'missing',
      missingKind: 'instructions',
      uncovered: ['set retries on an Airflow task'],
    });
  });

  it('declines pay for another job title by name, even when nothing else in the question is on the articles', () => {
    expect(ask('how much does a data analyst make')).toMatchObject({
      answered: false,
      declineReason: 'missing',
      missingKind: 'money',
      uncovered: ['data analyst'],
    });
  });

  it("declines an exam's price though the certification is in the articles", () => {
    const answer = ask('how much does the google professional data engineer exam cost?');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
    expect(answer.uncovered).toContain('exam');
    expect(answer.passages[0]?.section).toBe('Certifications');
  });

  it('declines a question about something else that shares a word with the articles ("beginner")', () => {
    const answer = ask('good beginner marathon training plan?');
    expect(answer).toMatchObject({ answered: false, declineReason: 'off-topic', shown: 0 });
  });

  it('declines a word the articles use in another sense ("stock options" beside "remote options"), naming the compound', () => {
    const answer = ask('do ml engineers get stock options');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing', uncovered: ['stock options'] });
  });

  it('offers what the sources say of the role when all else a question names is unknown to them ("in canada")', () => {
    const answer = ask('what do ml engineers do in canada?');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing', uncovered: ['canada'] });
    expect(answer.shown).toBeGreaterThan(0);
    expect(answer.passages.slice(0, answer.shown).some((p) => /ML engineer/i.test(p.text))).toBe(true);
  });

  it('declines one tool set above another the articles name ("is polars better than pandas", "duckdb instead of spark")', () => {
    for (const [typed, lacked] of [
      ['is polars better than pandas for de work tbh', 'polars'],
      ['should i learn duckdb instead of spark', 'duckdb'],
    ] as const) {
      const answer = ask(typed);
      expect(answer, typed).toMatchObject({ answered: false, declineReason: 'missing' });
      expect(answer.uncovered, typed).toContain(lacked);
    }
  });

  it('declines a question whose telling words the best passage never holds ("is polars faster than pandas")', () => {
    const answer = ask('is polars actually faster than pandas, should i switch for data engineer work');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
    expect(answer.uncovered).toContain('polars');
  });

  it('answers the ask and names what the alternative it offers adds ("growing or is everyone getting laid off")', () => {
    const answer = ask('is the data engineer job market actually growing or is everyone getting laid off');
    expect(answer.answered).toBe(true);
    expect(leadOf(answer)).toMatch(/grew 18%/);
    expect(answer.uncovered).toEqual(['laid off']);
  });

  it('has nothing to search in chat words alone', () => {
    expect(ask('tbh lol ngl')).toMatchObject({ answered: false, declineReason: 'empty' });
  });
});

describe('naming what the sources lack as people say it', () => {
  it('names "work life balance" whole, however it is typed ("wlb", "work-life balance")', () => {
    for (const question of ['which is chiller wlb wise?', 'whats the work-life balance like for des'])
      expect(ask(question).uncovered).toEqual(['work life balance']);
  });

  it('names "part time" whole ("can i do de part time?", "…part-time while in uni"), though "part" and "time" are words the sources use', () => {
    for (const question of ['can i do de part time?', 'can i study de part-time while in uni']) {
      const asked = ask(question);
      expect(asked.answered, question).toBe(false);
      expect(asked.uncovered, question).toEqual(['part time']);
    }
  });

  it('reads "picking one lane" as choosing a path, not a lane the sources lack', () => {
    expect(ask('does the hybrid pay more than just picking one lane?').uncovered).not.toContain('lane');
  });
});
