/** How every front end lays out an answer: the passage it opens with, the line it leads with, the quote beneath. */
import { splitSentences } from '../knowledge/units.js';
import { inAnotherLanguage } from '../question/language.js';
import { statesBeforeItsList } from '../search/sentenceScore.js';
import type { Answer, AnswerPassage } from './types.js';

/** How many of the closest passages a decline offers when the sources lack what was asked. */
export const closestOffered = 3;

/** The passages a person is shown, in reading order: the one the answer opens with first, then the others by rank. */
export function shownInOrder(answer: Answer): AnswerPassage[] {
  const shown = answer.passages.slice(0, Math.max(answer.shown, 1));
  const first = [answer.lead?.passageId, answer.counterpart?.passageId]
    .map((id) => shown.find((p) => p.id === id))
    .filter((p) => p !== undefined);
  return [...first, ...shown.filter((p) => !first.includes(p))];
}

/** Whether a shown passage opens the answer beside the lead (the other role, in a comparison). */
export function isCounterpart(answer: Answer, passage: AnswerPassage): boolean {
  return answer.counterpart?.passageId === passage.id;
}

/** The closest passages a decline offers ("The closest they have: …"), when the sources lack what was asked. */
export function closestOf(answer: Answer): AnswerPassage[] {
  // (A question in another language is told so, with nothing "close" to the words it was read as.)
  return answer.declineReason === 'missing' && !inAnotherLanguage(answer.question)
    ? answer.passages.slice(0, Math.min(answer.shown, closestOffered))
    : [];
}

/**
 * The key sentence; a list that answers as a whole is introduced by its heading instead of one of its items.
 * Given the answer, a lead or counterpart carries its label ("ML Engineer Demand: Remote availability…").
 */
export function leadOf(passage: AnswerPassage, answer?: Answer): string {
  const heading = passage.section.split(' › ').at(-1) ?? '';
  // One item under the heading that says whose it is ("ML Engineer Salary (2026): Junior (0-2 years): …") is that item.
  const item =
    heading && passage.keySentence.startsWith(`${heading}: `) ? passage.keySentence.slice(heading.length + 2) : passage.keySentence;
  // (A lead-in that states something comes with what its items are called, "…three distinct disciplines: Software
  // Engineering; Mathematical Foundations; MLOps.": it answers on its own.)
  if (namesItsItems(passage)) return passage.keySentence;
  const whole = passage.kind === 'list' && !passage.text.includes(item);
  // The list quoted whole under its heading, with the label its items go by ("Data Engineer: Common tools").
  const labelled = whole ? /^([^:;]{2,60}): /.exec(item)?.[1] : undefined;
  const listLabel =
    labelled && passage.text.split('\n').some((line) => line.replace(/^\s*-\s*/, '').trim() === `${labelled}:`) ? labelled : undefined;
  // ("Day-to-day tasks include", "A Data Engineer usually": a label that only leads into its items says nothing alone,
  // so the items come with it.)
  const leadsIn = listLabel !== undefined && /\b(?:include|includes|including|usually|are|is|such\s+as|like)$/i.test(listLabel);
  // (Two roles' lists side by side: each comes with its items, as only one could be quoted beneath; else the other
  // would show only "ML Engineer Salary (2026)".)
  // ("explain simpler": a brief answer quotes nothing beneath its lead, so a list's lead carries its items.)
  if (whole && (leadsIn || sideBySide(passage, answer) || answer?.brief)) return `${heading || passage.title}: ${item}`;
  if (whole) return listLabel && listLabel !== heading ? `${heading || passage.title}: ${listLabel}` : heading || passage.title;
  const label = [answer?.lead, answer?.counterpart].find((lead) => lead?.passageId === passage.id)?.label;
  // (A question for a label is followed by its answer: "Is ML engineer harder to break into…? Yes, on average.")
  return label ? `${label}${label.endsWith('?') ? '' : ':'} ${passage.keySentence}` : bulletOf(passage);
}

/**
 * A passage's key sentence as a line of its own ("Also in my sources", "The closest they have"): a yes or no comes
 * with the question the article asked ("Is ML engineer harder to break into than data engineer? Yes, on average. …"),
 * never alone beside a question it does not answer ("is it too late at 38").
 */
export function bulletOf(passage: Pick<AnswerPassage, 'keySentence' | 'section'>): string {
  const heading = passage.section.split(' › ').at(-1) ?? '';
  return /^(?:yes|no)\b(?:[,.!;:]|\s*->)/i.test(passage.keySentence) && heading.endsWith('?')
    ? `${heading} ${passage.keySentence}`
    : passage.keySentence;
}

/** A role as a section heading names it ("Data Engineer Demand", "ML Engineer Salary (2026)", "Data Engineering"). */
const roleInHeading = /\b(?:(data)\s+engineer(?:ing|s)?|(?:ml|machine\s+learning)\s+engineer(?:ing|s)?)\b/gi;
/** A role named in a sentence, however the articles name it. */
const roleInSentence = /\b(?:data\s+engineer\w*|ml\s+engineer\w*|machine\s+learning|DEs?|MLEs?)\b/i;

/**
 * A bullet of its own among others ("Also in my sources", "The closest they have"): bulletOf, with the role its
 * heading names when the sentence names none ("Data Engineer: Remote availability is higher at 48% of postings."),
 * so two roles' figures side by side say whose each is.
 */
export function roleBulletOf(passage: Pick<AnswerPassage, 'keySentence' | 'section'>): string {
  const bullet = bulletOf(passage);
  const heading = passage.section.split(' › ').at(-1) ?? '';
  const roles = new Set([...heading.matchAll(roleInHeading)].map((m) => (m[1] ? 'Data Engineer' : 'ML Engineer')));
  if (roles.size !== 1 || roleInSentence.test(bullet)) return bullet;
  return `${[...roles][0]}: ${bullet}`;
}

/** Whether the key sentence is the list's lead-in followed by what its items are called (passageKeySentence). */
function namesItsItems(passage: Pick<AnswerPassage, 'kind' | 'text' | 'keySentence'>): boolean {
  if (passage.kind !== 'list') return false;
  const [leadIn] = passage.text.split('\n');
  // (Most passages are no list with a lead-in: the sentences are split only for one that is.)
  const statement = leadIn?.trimEnd().endsWith(':') ? splitSentences(leadIn).at(-1) : undefined;
  if (statement === undefined || !statement.trimEnd().endsWith(':')) return false;
  return statesBeforeItsList(statement, passage) && passage.keySentence.startsWith(`${statement.trimEnd()} `);
}

/** Whether a passage opens an answer beside another role's (the lead or its counterpart). */
function sideBySide(passage: AnswerPassage, answer: Answer | undefined): boolean {
  return answer?.counterpart !== undefined && (answer.counterpart.passageId === passage.id || answer.lead?.passageId === passage.id);
}

/**
 * Whether quoting the passage adds anything to its key sentence. Given the answer: a list shown side by side with the
 * other role's already gives its items in the lead line (leadOf).
 */
export function quoteAddsToLead(passage: AnswerPassage, answer?: Answer): boolean {
  // (One item of a list under a lead-in that names them all would read as the only one.)
  if (namesItsItems(passage)) return false;
  if (passage.kind === 'list' && sideBySide(passage, answer) && !passage.text.includes(passage.keySentence)) return false;
  return passage.text.replace(/\s+/g, ' ').trim() !== passage.keySentence.trim();
}

/** Text as a markdown block quote, cut to `max` characters with "…". */
export function blockQuote(text: string, max: number): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return clipped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
