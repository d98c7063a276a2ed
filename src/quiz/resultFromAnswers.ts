/**
 * "explain my quiz result", "why DE? i said i kinda wanted money", "how did i get mle", "wait so DE? but i said
 * directly on models for q3": a finished quiz's result asked to be explained from the person's own answers, rather
 * than from what the sources say of the role.
 */
import type { OutcomeId, QuizDefinition } from './definition.js';
import { type QuizResult, scoreQuiz } from './scoring.js';
import { questionSpokenOf } from './whatIf.js';

/** A role or the hybrid as people type it, and the outcome it names. */
const roleNames: { pattern: RegExp; outcome: OutcomeId }[] = [
  { pattern: /^(?:the\s+)?(?:hybrid|ml\s+data\s+eng\w*|ml\s+platform\s+eng\w*|both)$/i, outcome: 'hybrid' },
  { pattern: /^(?:an?\s+)?(?:de|data\s+eng\w*)$/i, outcome: 'de' },
  { pattern: /^(?:an?\s+)?(?:mle|ml\s*e|ml|ml\s+eng\w*|machine\s+learning(?:\s+eng\w*)?)$/i, outcome: 'mle' },
];
const role = String.raw`(?:the\s+)?(?:hybrid|ml\s+data\s+eng\w*|ml\s+platform\s+eng\w*|de|data\s+eng\w*|mle|ml\s*e|ml\s+eng\w*|ml|machine\s+learning(?:\s+eng\w*)?)`;
const opening = String.raw`(?:(?:so|ok(?:ay)?|wait|and|but|hm+|um+|lol|huh|hold\s+on|sorry)[,.!:\s]+)*`;

const explainAsked =
  /\b(?:explain|break\s+down|walk\s+me\s+through|justify|reason\s+for|reasons?\s+behind)\s+(?:my|the|that|this)\s+(?:quiz\s+)?(?:result|outcome|score|verdict)\b/i;
const howGot = new RegExp(
  String.raw`\bhow\s+(?:did|do|come|would)\s+(?:i|it|the\s+quiz|you|u)\s+(?:get|got|end\s+up\s+(?:with|at|as)|say|says|give\s+me|pick|put\s+me\s+(?:at|as|in|down\s+as))\s+(?:an?\s+)?(${role}|that|this|that\s+result|this\s+result)\b`,
  'i',
);
const whyRole = new RegExp(
  String.raw`^\W*${opening}(?:so\s+)?(?:why|y)\s+(?:is\s+it\s+|was\s+it\s+|did\s+i\s+get\s+|do\s+i\s+get\s+|am\s+i\s+|would\s+i\s+be\s+)?(?:an?\s+)?(${role}|that\s+result|this\s+result)(?:\s+(?:and\s+|but\s+)?not\s+(?:an?\s+)?${role})?(?:\s+(?:then|tho|though|again|lol))*\s*(?:[?!]+|[,.;:]\s*\S.*|$)`,
  'i',
);
/** "wait so DE? but i said directly on models for q3": the result said back, then an answer they gave set against it. */
const butISaid = new RegExp(
  String.raw`^\W*${opening}(?:so\s+)?(?:an?\s+)?(${role})\s*\?+\s*(?:but|tho|though|when|even\s+though)?\s*i\s+(?:said|picked|chose|answered|put)\b`,
  'i',
);

/** "i said", "i picked", "q3", "my answers": what they answered, named. */
const citesTheirAnswers = /\bi\s+(?:said|picked|chose|answered|put|told)\b|\b(?:q|question)\s*#?\s*[1-9]\b|\bmy\s+answers\b/i;

function outcomeNamed(words: string): OutcomeId | 'that' | undefined {
  const said = words.trim().toLowerCase();
  if (/^(?:that|this)(?:\s+result)?$/.test(said)) return 'that';
  return roleNames.find((r) => r.pattern.test(said))?.outcome;
}

/**
 * Whether `text` asks why the quiz came out as `outcome` from their answers: "explain my result", "how did i get that",
 * or a why that names the result and what they answered ("why DE, i said i wanted money"). A why of the other role
 * ("why mle" after a Data Engineer result) asks the sources.
 */
export function asksWhyTheResult(text: string, outcome: OutcomeId): boolean {
  if (explainAsked.test(text)) return true;
  // ("why that result", "so why did the quiz say de" alone ask the sources' reason for it, which the result's own why
  // quotes; a why set against what they answered asks about their answers.)
  const why = citesTheirAnswers.test(text) ? (whyRole.exec(text)?.[1] ?? butISaid.exec(text)?.[1]) : undefined;
  const named = howGot.exec(text)?.[1] ?? why;
  if (named === undefined) return false;
  const asked = outcomeNamed(named);
  return asked === 'that' || asked === outcome;
}

/** A finished quiz's result with the answers it came from, and the one question the message spoke of, if any. */
export interface ResultFromAnswers {
  result: QuizResult;
  /** The question the message named ("i said i kinda wanted money": the comp question), zero-based. */
  spokenOf?: number;
}

/** `answers`: the option ids of the result, in step order. Throws if they are not the quiz's (as scoring does). */
export function resultFromAnswers(quiz: QuizDefinition, answers: readonly string[], text: string): ResultFromAnswers {
  const spokenOf = questionSpokenOf(quiz, text);
  return { result: scoreQuiz(quiz, [...answers]), ...(spokenOf !== undefined ? { spokenOf } : {}) };
}
