/**
 * Button custom ids. A quiz button carries the quiz, the version it was drawn at and the step, so a click on
 * a message from before a restart still finds its quiz in SQLite, and a stale click is recognised.
 * A choice of a question asked back carries the asker and the channel (their conversation, src/discord/conversations.ts)
 * and the reading's index; the pending question itself is stored by the core, so the click works after a restart.
 * Every id stays within Discord's 100 characters (option ids are at most 40, passage refs 8 each, snowflakes 20).
 */
import { limits } from './limits.js';

/** A question asked back offers at most one button per place on a message: 5 rows of 5. */
export const maxChoices = limits.actionRows * limits.buttonsPerRow;

/** What a button does, decoded from its custom id. */
export type ButtonAction =
  | { kind: 'quiz-answer'; quizId: number; version: number; step: number; option: string }
  | { kind: 'quiz-back'; quizId: number; version: number; step: number }
  | { kind: 'quiz-quit'; quizId: number; version: number }
  | { kind: 'quiz-retake'; quizId: number }
  | { kind: 'quiz-share'; quizId: number }
  /** More passages of an answer (short passage refs), or a page (from 2… and back to 1) of a comparison. */
  | { kind: 'more-answer'; passages: string[] }
  | { kind: 'more-compare'; aspect: string; page: number }
  | { kind: 'rate'; target: 'answer' | 'compare'; vote: 1 | -1; subject: string }
  | { kind: 'forget'; confirmed: boolean }
  /** A reading (0-based) of the question asked back to `user` in `channel`: their conversation there. */
  /** `asked`: when the question was asked back (ms since the epoch), so a button of an older question changes nothing. */
  | { kind: 'clarify'; user: string; channel: string; choice: number; asked?: number };

export function encodeButton(action: ButtonAction): string {
  const id = ((): string => {
    switch (action.kind) {
      case 'quiz-answer':
        return `q:a:${action.quizId}:${action.version}:${action.step}:${action.option}`;
      case 'quiz-back':
        return `q:b:${action.quizId}:${action.version}:${action.step}`;
      case 'quiz-quit':
        return `q:x:${action.quizId}:${action.version}`;
      case 'quiz-retake':
        return `q:r:${action.quizId}`;
      case 'quiz-share':
        return `q:s:${action.quizId}`;
      case 'more-answer':
        return `m:a:${action.passages.join('.')}`;
      case 'more-compare':
        // Page 2 keeps the id "More sources" had before there were pages, so old messages still work.
        return action.page === 2 ? `m:c:${action.aspect}` : `m:c:${action.aspect}:${action.page}`;
      case 'rate':
        return `r:${action.target === 'answer' ? 'a' : 'c'}:${action.vote === 1 ? 'u' : 'd'}:${action.subject}`;
      case 'forget':
        return `f:${action.confirmed ? 'y' : 'n'}`;
      case 'clarify':
        return `c:${action.choice}:${action.user}:${action.channel}${action.asked !== undefined ? `:${action.asked}` : ''}`;
    }
  })();
  // A programming error, not user input: every part above is bounded.
  if (id.length > limits.customId) throw new Error(`discord: custom id longer than ${limits.customId}: ${id}`);
  return id;
}

const int = (text: string | undefined): number | undefined => (text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined);
const snowflake = (text: string | undefined): text is string => text !== undefined && /^\d{17,20}$/.test(text);
const slug = (text: string | undefined): string | undefined => (text !== undefined && /^[a-z0-9-]{1,60}$/.test(text) ? text : undefined);

/** Decodes a custom id; undefined for anything this bot did not make (or an old, changed format). */
export function decodeButton(customId: string): ButtonAction | undefined {
  const [scope, verb, a, b, c, d, ...rest] = customId.split(':');
  if (rest.length > 0) return undefined;
  const quizId = int(a);
  if (scope === 'q' && quizId !== undefined) {
    const version = int(b);
    const step = int(c);
    if (verb === 'a' && version !== undefined && step !== undefined && slug(d))
      return { kind: 'quiz-answer', quizId, version, step, option: d! };
    if (verb === 'b' && version !== undefined && step !== undefined && d === undefined) return { kind: 'quiz-back', quizId, version, step };
    if (verb === 'x' && version !== undefined && c === undefined) return { kind: 'quiz-quit', quizId, version };
    if (verb === 'r' && b === undefined) return { kind: 'quiz-retake', quizId };
    if (verb === 's' && b === undefined) return { kind: 'quiz-share', quizId };
    return undefined;
  }
  if (scope === 'm' && verb === 'a' && a && b === undefined) {
    const passages = a.split('.');
    return passages.every((p) => /^[a-z0-9]{1,8}$/.test(p)) ? { kind: 'more-answer', passages } : undefined;
  }
  if (scope === 'm' && verb === 'c' && slug(a) && c === undefined) {
    const page = b === undefined ? 2 : int(b);
    return page !== undefined && page >= 1 && page <= 999 ? { kind: 'more-compare', aspect: a!, page } : undefined;
  }
  if (scope === 'r' && (verb === 'a' || verb === 'c') && (a === 'u' || a === 'd') && b && c === undefined && /^[a-z0-9-]{1,60}$/.test(b)) {
    return { kind: 'rate', target: verb === 'a' ? 'answer' : 'compare', vote: a === 'u' ? 1 : -1, subject: b };
  }
  if (scope === 'f' && (verb === 'y' || verb === 'n') && a === undefined) return { kind: 'forget', confirmed: verb === 'y' };
  const choice = int(verb);
  const asked = int(c);
  if (
    scope === 'c' &&
    choice !== undefined &&
    choice < maxChoices &&
    snowflake(a) &&
    snowflake(b) &&
    (c === undefined || asked !== undefined) &&
    d === undefined
  )
    return { kind: 'clarify', user: a, channel: b, choice, ...(asked !== undefined ? { asked } : {}) };
  return undefined;
}
