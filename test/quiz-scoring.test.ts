import { beforeAll, describe, expect, it } from 'vitest';
import { renderResult } from '../src/console/renderConsole.js';
import { loadQuiz, type QuizDefinition } from '../src/quiz/definition.js';
import { explainResult } from '../src/quiz/explain.js';
import { outcomeOf, scoreQuiz } from '../src/quiz/scoring.js';
import { asksQuizWhatIf, quizWhatIf } from '../src/quiz/whatIf.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';

let kb: KnowledgeBase;
let quiz: QuizDefinition;
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
  quiz = loadQuiz('knowledge', (id) => kb.passage(id));
});

/** Answers by lean, one letter per question: m (toward ML), d (toward pipelines), b (both / not sure). */
const answers = (leans: string) =>
  [...leans].map((letter, step) => {
    const lean = { m: 'mle', d: 'de', b: 'both' }[letter];
    return quiz.questions[step]!.options.find((o) => o.lean === lean)!.id;
  });
const textOf = (leans: string) => renderResult(explainResult(kb, quiz, scoreQuiz(quiz, answers(leans))));

describe('outcomeOf', () => {
  it('follows the side more answers lean toward; a tie is the hybrid', () => {
    expect(outcomeOf(['mle', 'mle', 'de', 'both', 'both'])).toBe('mle');
    expect(outcomeOf(['de', 'de', 'mle', 'both', 'de'])).toBe('de');
    expect(outcomeOf(['mle', 'de', 'both', 'both', 'both'])).toBe('hybrid');
    expect(outcomeOf(['both', 'both', 'both', 'both', 'both'])).toBe('hybrid');
  });
});

describe('scoreQuiz', () => {
  it('counts the answers each way and keeps how each pushed', () => {
    const result = scoreQuiz(quiz, answers('mmbmd'));
    expect(result.outcome).toBe('mle');
    expect(result.counts).toEqual({ mle: 3, de: 1, both: 1 });
    expect(result.pushes.map((p) => `${p.question.id}:${p.option.lean}`)).toEqual([
      'focus:mle',
      'statistics:mle',
      'substrate:both',
      'comp-ceiling:mle',
      'ambiguity:de',
    ]);
  });

  it('refuses answers that do not fit the quiz', () => {
    expect(() => scoreQuiz(quiz, answers('mm'))).toThrow('quiz: 2 answers for 5 questions');
    expect(() => scoreQuiz(quiz, ['models', 'deeply', 'both', 'maximum', 'sideways'])).toThrow('"sideways" is not an option of question 5');
  });
});

describe('what would change a result', () => {
  it('finds the single answer that turns a one-answer lead into a tie, preferring an answer given as "not sure"', () => {
    // ML leads 2 to 1; moving the "not sure" on Q3 toward pipelines ties it.
    const [nearest] = scoreQuiz(quiz, answers('mmbdb')).whatIfs;
    expect(nearest!.outcome).toBe('hybrid');
    expect(nearest!.changes.map((c) => `Q${c.step + 1} ${c.from.lean}→${c.to.lean}`)).toEqual(['Q3 both→de']);
  });

  it('flips one firm answer all the way when that alone reaches the other role', () => {
    const whatIfs = scoreQuiz(quiz, answers('mbbbb')).whatIfs;
    expect(whatIfs.map((w) => [w.outcome, w.changes.length])).toEqual([
      ['hybrid', 1],
      ['de', 1],
    ]);
    expect(whatIfs[1]!.changes.map((c) => `Q${c.step + 1} ${c.from.lean}→${c.to.lean}`)).toEqual(['Q1 mle→de']);
  });

  it('needs more changes the wider the lead', () => {
    const whatIfs = scoreQuiz(quiz, answers('ddddd')).whatIfs;
    expect(whatIfs.find((w) => w.outcome === 'hybrid')!.changes).toHaveLength(3);
    expect(whatIfs.find((w) => w.outcome === 'mle')!.changes).toHaveLength(3);
  });

  it('offers both roles from a tie', () => {
    expect(scoreQuiz(quiz, answers('mdbbb')).whatIfs.map((w) => [w.outcome, w.changes.length])).toEqual([
      ['mle', 1],
      ['de', 1],
    ]);
  });
});

describe('the result as the console shows it', () => {
  it('names the fit with its count, shows every push and cites the diagnostic', () => {
    const text = textOf('mmbmd');
    expect(text).toContain('Your fit: ML Engineer (3 of 5 answers leaned that way; 1 toward Data Engineer, 1 either way)');
    expect(text).toContain(
      '  Q1 model accuracy vs pipeline reliability: Model accuracy ▶ ML Engineer: "Model accuracy -> ML engineer." [1]',
    );
    expect(text).toContain(
      '  Q5 research-y ambiguity: Low: I prefer deterministic work ▶ Data Engineer: "Low -> data engineer is more comfortable." [1]',
    );
    expect(text).toContain('[1] DataDriven — Data Engineer vs ML Engineer › Which Role Fits You: A Diagnostic');
  });

  it('says what would change it, with the answers to change', () => {
    const text = textOf('mmbmd');
    expect(text).toContain(
      'What would change it: Changing one answer would make it ML data engineer / ML platform engineer (the hybrid): ' +
        'Q1 model accuracy vs pipeline reliability, "Pipeline reliability" instead of "Model accuracy".',
    );
    expect(text).toContain(
      '  Changing 2 answers would make it Data Engineer: Q1 model accuracy vs pipeline reliability, "Pipeline reliability" instead of "Model accuracy"; ' +
        'Q3 models vs the substrate they run on, "The substrate models run on" instead of "Both equally / not sure".',
    );
  });

  it('gives next steps for ML Engineer from the sources: pay, skills, and months to switch from both sources', () => {
    const text = textOf('mmmmm');
    expect(text).toContain('Why: "Choose ML engineering if you\'re interested in model building');
    expect(text).toMatch(/• Pay: "Junior \(0-2 years\): \$115K-\$150K base\. Total comp: \$130K-\$185K" \[\d\]/);
    expect(text).toContain('"Deep learning frameworks (PyTorch, TensorFlow)"');
    expect(text).toMatch(/"Plan for 6-9 months of study\." \[\d\] · "Plan 12-18 months of focused learning/);
  });

  it('gives next steps for Data Engineer', () => {
    const text = textOf('ddddd');
    expect(text).toContain('Your fit: Data Engineer (5 of 5 answers leaned that way; 0 toward ML Engineer, 0 either way)');
    expect(text).toContain('"Junior (0-2 years): $100K-$135K base. Total comp: $110K-$160K"');
    expect(text).toContain('"The transition is faster (3-4 months)');
  });

  it('describes the hybrid for a tie, quoting where it lives', () => {
    const text = textOf('mdbbb');
    expect(text).toContain('Your fit: ML data engineer / ML platform engineer (the hybrid), for people who like both equally');
    expect(text).toContain('"The hybrid role: ML data engineer (or ML platform engineer) lives on the boundary.');
    expect(text).toMatch(/\[\d\] DataDriven — Data Engineer vs ML Engineer › Where the Roles Genuinely Overlap/);
  });

  it('numbers every footnote it uses and uses every footnote it lists', () => {
    for (const leans of ['mmmmm', 'ddddd', 'mdbbb', 'bbbbb', 'mmbmd']) {
      const text = textOf(leans);
      const listed = [...text.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1]));
      const used = new Set([...text.matchAll(/ \[(\d+)\]/g)].map((m) => Number(m[1])));
      expect(listed).toEqual(listed.map((_, i) => i + 1));
      expect([...used].sort((a, b) => a - b)).toEqual(listed);
    }
  });
});

describe('a result asked again with one answer changed ("what if i had said yes on q2?")', () => {
  const given = () => answers('bbddb');
  it('finds the question by its number, its place or its topic, and the answer by its words or its number', () => {
    for (const line of [
      'what if i had said yes on q2',
      'what if q2 was yes deeply',
      'what if i change question 2 to option 1',
      'what if i said yes to the stats question',
    ])
      expect(quizWhatIf(quiz, given(), line)).toMatchObject({
        kind: 'changed',
        step: 1,
        to: { label: 'Yes, deeply' },
        outcome: 'de',
        was: 'de',
      });
    expect(quizWhatIf(quiz, given(), 'what if i said the first one on the last question')).toMatchObject({ kind: 'changed', step: 4 });
  });

  it('finds the question by a name people give it ("the math one", "the money one")', () => {
    expect(quizWhatIf(quiz, given(), 'what if i picked 1 on the math one')).toMatchObject({
      kind: 'changed',
      step: 1,
      to: { label: 'Yes, deeply' },
    });
    expect(quizWhatIf(quiz, given(), 'what if i changed the money one to max comp')).toMatchObject({ kind: 'changed', step: 3 });
  });

  it('finds the question by the answer alone when only one question has it, and says when the result would change', () => {
    expect(quizWhatIf(quiz, given(), 'what if i said max comp')).toMatchObject({
      kind: 'changed',
      step: 3,
      outcome: 'hybrid',
      was: 'de',
      counts: { mle: 1, de: 1, both: 3 },
    });
  });

  it('says the answer was already given, and asks back when the answer or the question is not clear', () => {
    expect(quizWhatIf(quiz, given(), 'what if i said 3 on q2')).toMatchObject({ kind: 'same', step: 1, outcome: 'de' });
    expect(quizWhatIf(quiz, given(), 'what if i said something else on q2')).toMatchObject({
      kind: 'unclear',
      step: 1,
      alternatives: [
        { option: { label: 'Yes, deeply' }, outcome: 'de' },
        { option: { label: "No, I'd rather learn distributed systems" }, outcome: 'de' },
      ],
    });
    expect(quizWhatIf(quiz, given(), 'what if i answered differently')).toEqual({ kind: 'unclear' });
  });

  it('reads a what-if without its "what" ("if q2 was yes instead", "if i had picked yes for stats")', () => {
    for (const line of ['if q2 was yes instead', 'if i had picked yes for stats', 'so if i said yes on q2?'])
      expect(quizWhatIf(quiz, given(), line), line).toMatchObject({ kind: 'changed', step: 1, to: { label: 'Yes, deeply' } });
  });

  it('gives one answer to every question on "what if i said 1 on everything"', () => {
    expect(quizWhatIf(quiz, given(), 'what if i said 1 on everything')).toMatchObject({
      kind: 'changed',
      outcome: 'mle',
      counts: { mle: 5, de: 0, both: 0 },
    });
    expect(quizWhatIf(quiz, given(), 'what if i answered 3 for all of them')).toMatchObject({ outcome: 'hybrid', counts: { both: 5 } });
  });

  it('turns a flipped answer to the other role ("what if i flipped q1 and q3"), and asks back for an answer that leaned to neither', () => {
    // (Given: both, both, DE, DE, both.)
    expect(quizWhatIf(quiz, given(), 'what if i flipped q3')).toMatchObject({ kind: 'changed', step: 2, to: { lean: 'mle' } });
    expect(quizWhatIf(quiz, given(), 'what if i flipped q3 and q4')).toMatchObject({
      kind: 'changed',
      outcome: 'mle',
      changes: [
        { step: 2, to: { lean: 'mle' } },
        { step: 3, to: { lean: 'mle' } },
      ],
    });
    expect(quizWhatIf(quiz, given(), 'what if i flipped q1')).toMatchObject({ kind: 'unclear', step: 0 });
  });

  it('changes several answers at once when one line says them ("yes on q2 and models on q3"), scored together', () => {
    expect(quizWhatIf(quiz, given(), 'what if i said yes on q2 and models on q3')).toMatchObject({
      kind: 'changed',
      outcome: 'mle',
      was: 'de',
      counts: { mle: 2, de: 1, both: 2 },
      changes: [
        { step: 1, to: { label: 'Yes, deeply' } },
        { step: 2, to: { label: 'Directly on models' } },
      ],
    });
    expect(quizWhatIf(quiz, given(), 'what if q1 was model accuracy, q2 was yes and q4 was max comp')).toMatchObject({
      kind: 'changed',
      outcome: 'mle',
      counts: { mle: 3, de: 1, both: 1 },
    });
    // A part that names no answer leaves the line to be read as one change.
    expect(quizWhatIf(quiz, given(), 'what if i said yes on q2 and what would that mean')).toMatchObject({ kind: 'changed', step: 1 });
  });

  it('is asked only by a line that says what was answered', () => {
    expect(asksQuizWhatIf('what if i had said yes on q2')).toBe(true);
    expect(asksQuizWhatIf('what if i like both')).toBe(false);
  });
});
