/**
 * A message that only lists aspects the roles are compared on, with a role or without: "pay + tools for de", "mle tools
 * n interviews", "de: pay, remote, outlook". Each aspect is an ask of its own, of the role named, as a numbered list's
 * items are.
 */
import { type Aspect, findAspect } from '../compare/aspects.js';
import type { Role } from './types.js';

/** The most topics one listing message is read as; more is a sentence, not a list. */
const maxTopics = 4;

/** How topics are joined in chat: "+", "&", "/", ",", "and", "n". */
const joins = /\s*(?:,|\+|&|\/)\s*|\s+(?:and|n)\s+/i;

/**
 * The asks a list of aspects stands for ("pay for de", "tools for de"), or undefined when the message is anything but
 * a list of two to four aspects named by their names or aliases (a question, a sentence, one aspect, "sql n python").
 */
export function topicsListed(aspects: readonly Aspect[], patterns: Record<Role, RegExp>, message: string): string[] | undefined {
  // (A role said at the start, "de:", "mle", or the end, "for de", as the vocabulary names the roles.)
  const role = `(${patterns.de.source}|${patterns.mle.source})`;
  const roleFirst = new RegExp(`^\\s*${role}\\s*[:\\-–—]?\\s+`, 'iu');
  const roleLast = new RegExp(`\\s+(?:for|of|as)\\s+(?:an?\\s+)?${role}\\s*$`, 'iu');
  const text = message.trim().replace(/[?!.\s]+$/, '');
  if (text.split(/\s+/).length > 9 || /\b(?:what|whats|how|which|why|is|are|do|does|can|should|would|vs|versus|or)\b/i.test(text))
    return undefined;
  const first = roleFirst.exec(text);
  const last = first ? null : roleLast.exec(text);
  const named = first?.[1] ?? last?.[1];
  const listed = first ? text.slice(first[0].length) : last ? text.slice(0, last.index) : text;
  const topics = listed.split(joins).map((part) => part.trim());
  if (topics.length < 2 || topics.length > maxTopics) return undefined;
  // (Each an aspect by its own name, "pay", "remote", "interviews", "day to day": never one found among other words.)
  const isTopic = (part: string) => part.split(/\s+/).length <= 3 && findAspect(aspects, part, { whole: true }) !== undefined;
  if (!topics.every(isTopic)) return undefined;
  // ("math n stats": two names of one aspect are one topic.)
  if (new Set(topics.map((topic) => findAspect(aspects, topic, { whole: true })?.id)).size < topics.length) return undefined;
  return topics.map((topic) => (named ? `${topic} for ${named}` : topic));
}
