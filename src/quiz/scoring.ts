/**
 * A finished quiz's result: which way the answers leaned, how each one pushed, and the smallest change of
 * answers that would have given another outcome.
 */
import type { Lean, OutcomeId, QuizDefinition, QuizOption, QuizQuestion } from './definition.js';

/** How one answer pushed the result. */
export interface Push {
  step: number;
  question: QuizQuestion;
  option: QuizOption;
}

/** Answers that, changed as listed, would give `outcome` instead. */
export interface WhatIf {
  outcome: OutcomeId;
  changes: { step: number; question: QuizQuestion; from: QuizOption; to: QuizOption }[];
}

/** A finished quiz's outcome, counts, pushes and what-ifs. */
export interface QuizResult {
  outcome: OutcomeId;
  counts: Record<Lean, number>;
  pushes: Push[];
  /** For each other outcome that some answers could reach, the fewest changes that would reach it. */
  whatIfs: WhatIf[];
}

const pull: Record<Lean, number> = { mle: 1, both: 0, de: -1 };

/** More answers toward ML → ML Engineer; toward pipelines → Data Engineer; as many each way → the hybrid. */
export function outcomeOf(leans: Lean[]): OutcomeId {
  const margin = leans.reduce((sum, lean) => sum + pull[lean], 0);
  return margin > 0 ? 'mle' : margin < 0 ? 'de' : 'hybrid';
}

/** The options chosen; throws if an answer does not belong to the quiz (storage is checked on read). */
export function chosenOptions(quiz: QuizDefinition, answers: string[]): QuizOption[] {
  return answers.map((id, step) => {
    const option = quiz.questions[step]?.options.find((o) => o.id === id);
    if (!option) throw new Error(`quiz: "${id}" is not an option of question ${step + 1}`);
    return option;
  });
}

export function scoreQuiz(quiz: QuizDefinition, answers: string[]): QuizResult {
  if (answers.length !== quiz.questions.length) throw new Error(`quiz: ${answers.length} answers for ${quiz.questions.length} questions`);
  const options = chosenOptions(quiz, answers);
  const counts: Record<Lean, number> = { mle: 0, de: 0, both: 0 };
  for (const option of options) counts[option.lean] += 1;
  const outcome = outcomeOf(options.map((o) => o.lean));
  const pushes = options.map((option, step) => ({ step, question: quiz.questions[step]!, option }));
  return { outcome, counts, pushes, whatIfs: whatIfs(quiz, options, outcome) };
}

/**
 * Weighs every other set of answers (a quiz has at most 8 questions, so this is at most 4^8) and keeps,
 * per outcome, the one with the fewest changed answers; then the smallest moves; then changes to "not
 * sure" answers, since those are the likeliest to be given differently; then earlier questions.
 */
function whatIfs(quiz: QuizDefinition, chosen: QuizOption[], outcome: OutcomeId): WhatIf[] {
  const best = new Map<OutcomeId, { cost: number[]; picks: QuizOption[] }>();
  const picks: QuizOption[] = [];
  const visit = (step: number) => {
    if (step === chosen.length) {
      const reached = outcomeOf(picks.map((o) => o.lean));
      if (reached === outcome) return;
      const changed = picks.map((o, i) => (o === chosen[i] ? undefined : i)).filter((i) => i !== undefined);
      const cost = [
        changed.length,
        changed.reduce((sum, i) => sum + Math.abs(pull[picks[i]!.lean] - pull[chosen[i]!.lean]), 0),
        changed.filter((i) => chosen[i]!.lean !== 'both').length,
        // Then earlier questions, so the suggestion reads in the quiz's order rather than by search order.
        changed.reduce((sum, i) => sum + i, 0),
      ];
      const current = best.get(reached);
      if (!current || lexLess(cost, current.cost)) best.set(reached, { cost, picks: [...picks] });
      return;
    }
    for (const option of quiz.questions[step]!.options) {
      picks.push(option);
      visit(step + 1);
      picks.pop();
    }
  };
  visit(0);
  return [...best.entries()]
    .sort(([, a], [, b]) => (lexLess(a.cost, b.cost) ? -1 : lexLess(b.cost, a.cost) ? 1 : 0))
    .map(([reached, { picks: alternative }]) => ({
      outcome: reached,
      changes: alternative.flatMap((to, step) =>
        to === chosen[step] ? [] : [{ step, question: quiz.questions[step]!, from: chosen[step]!, to }],
      ),
    }));
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
