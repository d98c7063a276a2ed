/**
 * Document expansion (knowledge/passage-questions.json): the questions people type that a passage answers, in
 * their words, make the passage findable by those words. They are indexed, never quoted, and checked against the
 * articles like every other knowledge file.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passageQuestionsFile } from '../src/search/passageQuestions.js';
import {
  type FixtureArticle,
  knowledgeCheck,
  loadFixtureCorpus,
  realKnowledgeDir,
  useFixtureCorpus,
  writeFixtureCorpus,
} from './support/fixtureCorpus.js';

const articles: FixtureArticle[] = [
  {
    id: 'day-guide',
    title: 'A Day in Each Role',
    body: `
      ## Day in the Life: Data Engineer

      Data engineers spend most of their time building and debugging pipelines. Incident response for data pipeline failures can be urgent and disruptive, similar to software engineering on-call.

      ## Day in the Life: ML Engineer

      ML engineers spend their days training models, running experiments and reviewing evaluation results.
    `,
  },
];
const onCall = 'day-guide#day-in-the-life-data-engineer-1';
const question = 'is de work stressful tbh? like is there a lot of firefighting';

describe('a passage found by the questions it answers', () => {
  const plain = useFixtureCorpus({ articles });
  const expanded = useFixtureCorpus({
    articles,
    passageQuestions: { [onCall]: ['how stressful is being a de', 'is there a lot of firefighting for data engineers'] },
  });

  it('is missed by people’s words when the article uses others', () => {
    const answer = plain.ask(question);
    expect(answer.answered && answer.passages[0]?.id === onCall).toBe(false);
  });

  it('is found by them once the passage lists questions in those words, and the answer quotes the article', () => {
    const answer = expanded.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.id).toBe(onCall);
    expect(answer.passages[0]?.text).toContain(answer.lead?.sentence);
    expect(JSON.stringify({ ...answer, question: '' })).not.toMatch(/stressful is being|firefighting for/);
  });

  it('leaves questions about another passage to that passage', () => {
    expect(expanded.ask('what do ml engineers do all day?').passages[0]?.id).toBe('day-guide#day-in-the-life-ml-engineer-1');
  });
});

describe('npm run knowledge:check on passage-questions.json', () => {
  it('accepts the questions of knowledge/, one list for every passage', () => {
    expect(knowledgeCheck(realKnowledgeDir).problems).toEqual([]);
  });

  it('names a key that is no passage of the articles (they were re-cut since)', () => {
    const dir = writeFixtureCorpus({ articles, passageQuestions: { [onCall]: ['ok?'], 'day-guide#gone-1': ['where did it go'] } });
    try {
      expect(knowledgeCheck(dir).problems).toEqual([
        expect.stringMatching(/passage-questions\.json:0: "day-guide#gone-1" is not a passage of the articles/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the field of a malformed entry, and the bot refuses to start on it', () => {
    const dir = writeFixtureCorpus({ articles });
    try {
      writeFileSync(join(dir, passageQuestionsFile), JSON.stringify({ passages: { [onCall]: 'not a list' } }));
      expect(knowledgeCheck(dir).problems).toEqual([
        expect.stringMatching(/passage-questions\.json:\d+: passages\.day-guide#day-in-the-life-data-engineer-1: /),
      ]);
      expect(() => loadFixtureCorpus({ articles, passageQuestions: { 'day-guide#gone-1': [] } })).toThrow(/not a passage of the articles/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
