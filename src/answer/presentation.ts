/** How every front end lays out an answer: the passage it opens with, the line it leads with, the quote beneath. */
import type { Answer, AnswerPassage } from './types.js';

/** How many of the closest passages a decline offers when the sources lack what was asked. */
export const closestOffered = 3;

/** The passages a person is shown, in reading order: the one the answer opens with first, then the others by rank. */
export function shownInOrder(answer: Answer): AnswerPassage[] {
  const shown = answer.passages.slice(0, Math.max(answer.shown, 1));
  const lead = shown.find((p) => p.id === answer.lead?.passageId);
  return lead ? [lead, ...shown.filter((p) => p !== lead)] : shown;
}

/** The closest passages a decline offers ("The closest they have: …"), when the sources lack what was asked. */
export function closestOf(answer: Answer): AnswerPassage[] {
  return answer.declineReason === 'missing' ? answer.passages.slice(0, Math.min(answer.shown, closestOffered)) : [];
}

/** The key sentence; a list that answers as a whole is introduced by its heading instead of one of its items. */
export function leadOf(passage: AnswerPassage): string {
  const whole = passage.kind === 'list' && !passage.text.includes(passage.keySentence);
  return whole ? passage.section.split(' › ').at(-1) || passage.title : passage.keySentence;
}

/** Whether quoting the passage adds anything to its key sentence. */
export function quoteAddsToLead(passage: AnswerPassage): boolean {
  return passage.text.replace(/\s+/g, ' ').trim() !== passage.keySentence.trim();
}

/** Text as a markdown block quote, cut to `max` characters with "…". */
export function blockQuote(text: string, max: number): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return clipped.split('\n').map((line) => `> ${line}`).join('\n');
}
