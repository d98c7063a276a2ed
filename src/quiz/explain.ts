/**
 * A result made ready to show: the outcome, how each answer pushed it, the quotes behind it with their
 * citations, what would change it and the next steps. Adapters lay it out; they add no facts.
 */
import { citationOf } from '../answer/answer.js';
import type { Citation } from '../answer/types.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { CitedQuote, Lean, OutcomeId, QuizDefinition, WhyQuote } from './definition.js';
import type { QuizResult } from './scoring.js';

/** Words from the articles, with where they come from. */
export interface CitedText {
  text: string;
  citation: Citation;
}

/** Everything a result shows, with citations, for any front end. */
export interface ResultExplanation {
  outcome: OutcomeId;
  label: string;
  counts: Record<Lean, number>;
  total: number;
  pushes: { step: number; topic: string; answer: string; lean: Lean; quote?: CitedText; citation: Citation }[];
  why: CitedText[];
  whatIfs: { outcome: OutcomeId; label: string; changes: { step: number; topic: string; from: string; to: string }[] }[];
  nextSteps: { label: string; quotes: CitedText[] }[];
}

/**
 * Where a person comes from, as far as the next steps care: one of the two roles, some other job, or unknown.
 * A "Coming from ML engineering" step is for who comes from there, or for someone who has not said.
 */
export type Background = 'de' | 'mle' | 'other' | undefined;

/**
 * The next steps that apply to someone of `background`: every step not addressed to another background. For someone
 * who has not said, a step addressed to one ("Coming from ML engineering") is kept as a condition ("If you come from
 * ML engineering"), so it does not read as said of them.
 */
export function stepsFor<T extends { label: string }>(steps: readonly T[], background: Background): T[] {
  const addressedTo = (label: string) =>
    /^coming from data engineering/i.test(label) ? 'de' : /^coming from ml engineering/i.test(label) ? 'mle' : undefined;
  return steps
    .filter((step) => {
      const to = addressedTo(step.label);
      return to === undefined || background === undefined || background === to;
    })
    .map((step) =>
      background === undefined && addressedTo(step.label)
        ? { ...step, label: step.label.replace(/^coming from\b/i, 'If you come from') }
        : step,
    );
}

/**
 * The quotes behind an outcome that this person's answers do not deny: a quote presuming an answer that leaned to the
 * other role is replaced by the first alternative that stands; when none stands, the quotes as written.
 */
function quotesThatStand(quotes: readonly WhyQuote[], result: QuizResult): WhyQuote[] {
  const denied = (quote: WhyQuote) =>
    (quote.presumes ?? []).some((id) => {
      const lean = result.pushes.find((push) => push.question.id === id)?.option.lean;
      return lean !== undefined && lean !== 'both' && lean !== result.outcome && result.outcome !== 'hybrid';
    });
  const primary = quotes.filter((q) => !q.alternative);
  const standing = primary.filter((q) => !denied(q));
  if (standing.length === primary.length) return primary;
  const alternative = quotes.find((q) => q.alternative && !denied(q));
  const shown = alternative ? [...standing, alternative] : standing;
  return shown.length > 0 ? shown : primary;
}

export function explainResult(kb: KnowledgeBase, quiz: QuizDefinition, result: QuizResult): ResultExplanation {
  const cite = ({ passage, quote }: CitedQuote): CitedText => {
    const found = kb.passage(passage);
    // loadQuiz checked every reference against these passages; a miss here is a programming error.
    if (!found) throw new Error(`quiz: no passage "${passage}"`);
    return { text: quote, citation: citationOf(found) };
  };
  // The questions are the diagnostic's: one citation for the diagnostic rather than one per heading.
  const diagnostic = (passageId: string): Citation => {
    const found = kb.passage(passageId);
    if (!found) throw new Error(`quiz: no passage "${passageId}"`);
    return { ...citationOf(found), section: quiz.source.section };
  };
  const outcome = quiz.outcomes[result.outcome];
  return {
    outcome: result.outcome,
    label: outcome.label,
    counts: result.counts,
    total: quiz.questions.length,
    pushes: result.pushes.map(({ step, question, option }) => {
      const citation = diagnostic(question.passage);
      return {
        step,
        topic: question.topic,
        answer: option.label,
        lean: option.lean,
        ...(option.quote ? { quote: { text: option.quote, citation } } : {}),
        citation,
      };
    }),
    why: quotesThatStand(outcome.why, result).map(cite),
    whatIfs: result.whatIfs.map((whatIf) => ({
      outcome: whatIf.outcome,
      label: quiz.outcomes[whatIf.outcome].label,
      changes: whatIf.changes.map((c) => ({ step: c.step, topic: c.question.topic, from: c.from.label, to: c.to.label })),
    })),
    nextSteps: outcome.nextSteps.map((step) => ({ label: step.label, quotes: step.quotes.map(cite) })),
  };
}
