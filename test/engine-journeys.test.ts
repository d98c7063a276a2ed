import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { findAspect, loadAspects } from '../src/compare/aspects.js';
import { compareRoles } from '../src/compare/compare.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';

const aspects = loadAspects('knowledge');

let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
});

describe('answering a question a user types', () => {
  it('leads with the Data Engineer salary for a casual, misspelt question', () => {
    const answer = answerQuestion(kb, 'salery of a data enginer', aspects);
    expect(answer.answered).toBe(true);
    const top3 = answer.passages.slice(0, 3).map((p) => `${p.section} ${p.text}`);
    expect(top3.some((t) => t.includes('$85,000') || t.includes('Junior (0-2 years): $100K-$135K'))).toBe(true);
  });

  it('reads MLE and "make" as ML engineer and pay', () => {
    const answer = answerQuestion(kb, 'how much do MLEs make', aspects);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.text).toMatch(/\$\d/);
  });

  it('cites the article, its publisher and the section of every passage', () => {
    const answer = answerQuestion(kb, 'What is on-call like for data engineers?', aspects);
    expect(answer.passages[0]!.text).toContain('Incident response for data pipeline failures');
    for (const passage of answer.passages) {
      expect(passage.citation.title).toBe(passage.title);
      expect(passage.citation.section).toBe(passage.section);
    }
    const aiPulse = answerQuestion(kb, 'data engineer salary by level', aspects).passages.find((p) => p.source === 'ai-pulse-roles-compared-2026');
    expect(aiPulse?.citation.publisher).toBe('AI Pulse');
  });

  it('ranks the asked role first when a question names one role', () => {
    const ids = answerQuestion(kb, 'data engineer salary by level', aspects).passages.map((p) => p.section);
    const de = ids.indexOf('Compensation Gap › Data Engineer Salary (2026)');
    const mle = ids.indexOf('Compensation Gap › ML Engineer Salary (2026)');
    expect(de).toBeGreaterThanOrEqual(0);
    if (mle >= 0) expect(de).toBeLessThan(mle);
  });

  it('prefers the move the question asks about over the reverse move', () => {
    const answer = answerQuestion(kb, 'How long does it take to move from data engineer to ML engineer?', aspects);
    const first = answer.passages.findIndex((p) => /6-9 months|12-18 months/.test(p.text));
    const reverse = answer.passages.findIndex((p) => /3-4 months/.test(p.text));
    expect(first).toBeGreaterThanOrEqual(0);
    if (reverse >= 0) expect(first).toBeLessThan(reverse);
  });

  it.each(['how do I bake sourdough?', "What's a good pasta recipe?", 'What does a DevOps engineer do day to day?'])(
    'declines "%s" with two or three topics to try',
    (question) => {
      const answer = answerQuestion(kb, question, aspects);
      expect(answer.answered).toBe(false);
      expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(answer.suggestions.length).toBeLessThanOrEqual(3);
      expect(answer.passages.length).toBeLessThanOrEqual(5);
    },
  );

  it('declines empty and stop-word-only input as having nothing to search', () => {
    for (const question of ['', '   ', 'the of and']) expect(answerQuestion(kb, question, aspects).declineReason).toBe('empty');
  });
});

describe('questions as people type them in a Discord server', () => {
  const plain = (question: string) => {
    const answer = answerQuestion(kb, question, aspects);
    return { answered: answer.answered, lead: answer.lead, passages: answer.passages.map((p) => p.id) };
  };

  it.each([
    ['one typo', 'best certifcation for data engineering?', /Google Professional Data Engineer/],
    ['a word the articles do not use ("toolkit")', 'whats the usual toolkit for an ML engineer', /PyTorch|TensorFlow/],
    ['a goal in the question ("if im going for ML eng roles")', 'which cert is worth getting if im going for ML eng roles', /AWS Certified Machine Learning/],
    ['a story before the ask', "I'm a backend dev with 4 yoe, mostly java + postgres. my team keeps dumping etl work on me. how hard is it to move into DE full time?", /backend engineering/],
  ])('answers a question with %s', (_kind, question, expected) => {
    const answer = answerQuestion(kb, question, aspects);
    expect(answer.answered, question).toBe(true);
    expect(answer.passages.slice(0, 3).map((p) => p.text).join('\n')).toMatch(expected);
  });

  it('opens "which role pays more?" with the sentence that compares pay', () => {
    expect(answerQuestion(kb, 'which role pays more?', aspects).lead?.sentence).toMatch(/higher than|earn more than|comp gap/);
  });

  it('opens "how much do ML engineers earn?" with ML engineer figures', () => {
    const answer = answerQuestion(kb, 'how much do ML engineers earn?', aspects);
    expect(answer.lead?.sentence).toMatch(/^ML Engineer Salary \(2026\): Junior \(0-2 years\): \$115K-\$150K base/);
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
    const answer = answerQuestion(kb, 'data engineer salary in germany?', aspects);
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing', uncovered: ['germany'], topic: 'pay' });
    expect(answer.passages.slice(0, answer.shown).some((p) => /\$\d/.test(p.text))).toBe(true);
  });

  it.each([
    'good beginner marathon training plan?',
    "what's the average data scientist salary",
    'analytics engineer vs DE, which one pays more',
    'how much does the google professional data engineer exam cost',
    'whats the meta data engineer interview like, what sql questions do they ask',
    'how do i tune spark shuffle partitions for a skewed join',
  ])('declines "%s"', (question) => {
    expect(answerQuestion(kb, question, aspects).answered).toBe(false);
  });
});

describe('/compare', () => {
  it('fills both sides for every aspect', () => {
    for (const aspect of aspects) {
      const comparison = compareRoles(kb, aspect, aspects);
      expect(comparison.dataEngineer.length, aspect.id).toBeGreaterThan(0);
      expect(comparison.mlEngineer.length, aspect.id).toBeGreaterThan(0);
    }
  });

  it('shows each source figure where sources disagree on entry pay', () => {
    const comparison = compareRoles(kb, findAspect(aspects, 'pay')!, aspects);
    const entry = comparison.disagreements.find((d) => d.topic === 'Data Engineer pay, entry level');
    expect(entry?.figures.map((f) => f.value)).toEqual(['$85,000', '$100K-$135K base, total comp $110K-$160K']);
    expect(new Set(entry?.figures.map((f) => f.citation.source)).size).toBe(2);
  });

  it('shows both switching estimates for Data Engineer to ML Engineer', () => {
    const comparison = compareRoles(kb, findAspect(aspects, 'switching')!, aspects);
    const move = comparison.disagreements.find((d) => d.topic === 'Switching Data Engineer → ML Engineer');
    expect(move?.figures.map((f) => f.value).sort()).toEqual(['12-18 months', '6-9 months']);
  });
});
