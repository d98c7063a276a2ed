import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../src/knowledge/types.js';
import { loadQuiz } from '../src/quiz/definition.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';

let kb: KnowledgeBase;
const dirs: string[] = [];
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
});
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of knowledge/ whose quiz.json has been edited. */
function withQuiz(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-quiz-'));
  dirs.push(dir);
  cpSync('knowledge', dir, { recursive: true });
  const file = join(dir, 'quiz.json');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadQuiz(dir, (id) => kb.passage(id));
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).message.split('\n');
  }
  throw new Error('expected the quiz to be refused');
}

describe('loadQuiz', () => {
  it("loads the DataDriven diagnostic's five questions, each with an honest middle option", () => {
    const quiz = loadQuiz('knowledge', (id) => kb.passage(id));
    expect(quiz.questions.map((q) => q.prompt)).toEqual([
      'Do you enjoy thinking about model accuracy more or pipeline reliability more?',
      'Did you study (or want to study) statistics and probability deeply?',
      'Do you want to work directly on models, or build the substrate models run on?',
      'How important is comp ceiling to you?',
      "What's your comfort level with research-y ambiguity?",
    ]);
    for (const question of quiz.questions) {
      expect(question.options.map((o) => o.lean).sort()).toEqual(['both', 'de', 'mle']);
      expect(kb.passage(question.passage)?.section).toContain('Which Role Fits You: A Diagnostic › ');
    }
  });

  it('refuses a quote that is not word for word in its passage, naming the file and line', () => {
    const dir = withQuiz((text) => text.replace('"Model accuracy -> ML engineer."', '"Model accuracy always wins."'));
    const [problem] = problemsOf(dir);
    const line =
      readFileSync(join(dir, 'quiz.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('Model accuracy always wins.')) + 1;
    expect(problem).toBe(
      `knowledge: ${join(dir, 'quiz.json')}:${line}: questions.0.options.0.quote: the quote "Model accuracy always wins." is not in passage ` +
        '"datadriven-role-guide#which-role-fits-you-a-diagnostic--1-do-you-enjoy-thinking-about-model-accuracy-more-or-pipelin-1"',
    );
  });

  it('refuses a passage id the articles do not have', () => {
    const dir = withQuiz((text) =>
      text.replace('"ai-pulse-roles-compared-2026#which-role-should-you-choose-1"', '"ai-pulse-roles-compared-2026#gone-1"'),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/quiz\.json:\d+: outcomes\.mle\.why\.0: no passage "ai-pulse-roles-compared-2026#gone-1" in the articles$/),
    ]);
  });

  it('refuses a question without a middle option', () => {
    const dir = withQuiz((text) =>
      text.replace(
        '{ "id": "medium", "label": "Somewhere in between / not sure", "lean": "both"',
        '{ "id": "medium", "label": "Medium", "lean": "de"',
      ),
    );
    expect(problemsOf(dir).join('\n')).toContain('questions.4.options: needs an honest middle option (lean "both")');
  });

  it('refuses a softened choice that names no other option of the question', () => {
    const dir = withQuiz((text) => text.replace('"softened": "some"', '"softened": "gone"'));
    expect(problemsOf(dir).join('\n')).toContain('softened must name another option of the question');
  });

  /** The 1-based line of the quiz file in `dir` holding `text`. */
  const lineWith = (dir: string, text: string) =>
    readFileSync(join(dir, 'quiz.json'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;

  it('refuses a button label longer than Discord allows, at the line of the label', () => {
    const long = 'x'.repeat(81);
    const dir = withQuiz((text) => text.replace('"label": "Model accuracy"', `"label": "${long}"`));
    expect(problemsOf(dir)).toEqual([
      `knowledge: ${join(dir, 'quiz.json')}:${lineWith(dir, long)}: questions.0.options.0.label: Too big: expected string to have <=80 characters`,
    ]);
  });

  it('refuses a why quote that presumes a question the quiz does not ask, at its line', () => {
    const dir = withQuiz((text) => text.replace('"presumes": ["statistics"]', '"presumes": ["statistic"]'));
    expect(problemsOf(dir)).toEqual([
      `knowledge: ${join(dir, 'quiz.json')}:${lineWith(dir, '"presumes": ["statistic"]')}: outcomes.mle.why.0.presumes: no question "statistic"`,
    ]);
  });

  it('refuses an outcome whose why quotes are all alternatives, as nothing would stand in the first place', () => {
    const dir = withQuiz((text) => text.replace('"presumes": ["statistics"] }', '"presumes": ["statistics"], "alternative": true }'));
    expect(problemsOf(dir).join('\n')).toContain('outcomes.mle.why: needs at least one quote that is not an alternative');
  });

  it('refuses unknown fields at the line they are written, so a typo is not silently ignored', () => {
    const dir = withQuiz((text) => text.replace('"topic": "comp ceiling",', '"topic": "comp ceiling", "promt": "x",'));
    expect(problemsOf(dir)).toEqual([
      `knowledge: ${join(dir, 'quiz.json')}:${lineWith(dir, '"promt"')}: questions.3: Unrecognized key: "promt"`,
    ]);
  });
});
