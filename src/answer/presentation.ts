/** How every front end opens an answer: the line it leads with, and the passage quoted beneath it. */
import type { AnswerPassage } from './types.js';

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
