/**
 * Turns that ask the turn before again, rewritten: a correction ("sorry i meant ml not de", "no i meant senior"),
 * the other extreme of a choice among what was shown ("and the slowest?"), a message that changes its role mid-way
 * ("what do des make, actually no, mles"), and the turn before asked of the person ("what about me?").
 */
import { asksAnything } from '../../question/chat.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { namesRole, roleNames, withRoles } from '../slots.js';
import type { Profile, Role, Turn } from '../types.js';
import { asksWhichFits, narrowing, ofThemselves } from './patterns.js';
import { asksAbout } from './topicWords.js';

/**
 * "no i meant senior", "sorry i meant ml not de", "oops, meant for mle": a correction of the turn before, to be
 * asked as "what about …" of it. The first group is what was meant, without what it replaces ("not de").
 */
const correction =
  /^(?:(?:(?:no+|nah|nope|sorry|soz|oops|whoops|wait|my\s+bad|actually|nvm|never\s*mind|hmm+|oh|ugh|not\s+(?:an?\s+|the\s+)?[a-z-]+(?:\s+(?:level|one|role))?)[\s,.!-]+)+(?:i\s+)?(?:meant|mean)|i\s+(?:meant|mean)(?=\s+(?:the\s+|for\s+)?(?:\S+\s+){0,3}?(?:one|ones|role|job|side|engineers?|engineering|des?|mles?)[\s?.!]*$))\s+(?:to\s+(?:say|ask)\s+)?(?:for\s+|the\s+)?(.+?)[\s?.!]*$/i;

/**
 * "hmm actually nvm, de", "nvm mle then", "make it de", "nvm senior", "make that staff": the turn before taken back for
 * the other role or another level, named alone. The first group is the role or level meant.
 */
const roleInstead =
  /^(?:(?:hmm+|ok(?:ay)?|oh|actually|wait|oops|sorry|no|nah)[\s,.!-]+)*(?:nvm|never\s*mind|scratch\s+that|make\s+(?:it|that))[\s,.!-]+(?:i\s+meant?\s+|for\s+|the\s+|at\s+)?((?:des?|mles?|ml|data|data\s+eng\w*|ml\s+eng\w*|machine\s+learning(?:\s+eng\w*)?)(?:\s+(?:one|side|role))?|(?:senior|junior|staff|principal|mid|mid[- ]level|entry|entry[- ]level|jr|sr|l[3-8]|new\s+grads?)(?:\s+(?:level|one))?)(?:\s+(?:instead|then|pls|please|tho|lol))*[\s?.!]*$/i;

/** "… not de", "…, not staff": what a correction says it did not mean. */
const notThis = /[,\s]+(?:and\s+|but\s+)?not\s+(?:an?\s+|the\s+)?[\p{L}-]+(?:\s+(?:engineers?|engineering|level))?/giu;

/** "and the slowest?", "what about lowest": another extreme of the same choice. */
const anotherExtreme =
  /^(?:(?:ok(?:ay)?\s+)?and|what\s+about|how\s+about)\s+(?:the\s+)?((?:fast|slow|high|low|short|long|quick|big|small)est|best[- ]paid|worst[- ]paid)(?:\s+one)?\s*\?*$/i;

/** "what do des make, actually no, mles", "how much do des make... wait no i mean mles": a role changed mid-message. */
const changedMind =
  /^(.{6,}?)\s*[,.…!-]+\s*(?:actually|wait|nvm|scratch\s+that|hmm+|oops|sorry|soz|my\s+bad)[\s,.!-]+(?:no[\s,.!-]+)?(?:wait[\s,.!-]+)?(?:i\s+meant?\s+|make\s+(?:it|that)\s+)?(?:for\s+|the\s+)?((?:[\p{L}-]+\s*){1,4}?)[\s?.!]*$/iu;

/** A role as people name it, in a short turn. */
const roleSaid = /\b(des?|mles?|data\s+eng\w*|ml\s+eng\w*|machine\s+learning(?:\s+eng\w*)?|ml|data)\b/gi;

/**
 * "actually nvm, i think mle. same q", "ok and mle same", "same for de", "same question but for mle": the question
 * before, asked of the role named; the role, or undefined. ("is mle the same as de" compares; it asks nothing again.)
 */
export function sameOfARole(turn: string): string | undefined {
  const text = turn.trim();
  if (text.split(/\s+/).length > 10 || /\bsame\s+as\b|\bthe\s+same\s+(?:job|role|thing)\b/i.test(text)) return undefined;
  const asksSame =
    /\bsame\s+(?:q|qs|qn|question|questions|thing|deal)\b|\bsame\s+(?:for|but|w|with|about)\b|\b(?:des?|mles?|ml|eng\w*|data)\s+same\b[\s?.!]*$/i.test(
      text,
    );
  if (!asksSame) return undefined;
  const roles = [...text.matchAll(roleSaid)].map((m) => m[1]!);
  return roles.length === 1 ? roles[0] : undefined;
}

/** Set against a role, "ml" (or "data") is the role: "i meant ml not de", "actually no, ml". */
function asRole(meant: string): string {
  // ("the machine learning one", "the data one": the field's role.)
  return meant.replace(/^(ml|machine learning|data)\b(?:\s+(?:one|ones|side|role|job))?(?!\s+eng)/i, '$1 engineers');
}

/**
 * The question before asked of the person who says "what about me?" (with what they told about themselves, in this
 * turn or before): its pay as what they would make, its move's duration as their own move's, or the question of the
 * role they work in, or the role their quiz gave. Undefined when the turn asks no such thing, or nothing is known
 * of them to ask it with.
 */
export function askedOfThemselves(kb: KnowledgeBase, turn: string, previous: Turn, profile: Profile | undefined): string | undefined {
  const asked = ofThemselves.exec(turn.trim());
  // ("what about me, im 31 is that too old": a question of its own follows, and is what is asked.)
  const after = asked ? turn.trim().slice(asked[0].length) : '';
  if (!asked || !profile || /\?/.test(after) || asksAnything(after)) return undefined;
  if (asksAbout(kb, previous.resolved, ['salary'])) {
    if (profile.role || profile.goal) return 'how much would i make';
    // (A backend developer: what they would make in the role the question before was about.)
    if (profile.job && previous.slots.roles.length === 1)
      return `how much would i make as one of the ${roleNames[previous.slots.roles[0]!]}`;
  }
  if (previous.slots.direction && /\bhow\s+long\b/i.test(previous.resolved)) return 'how long would the switch take me';
  const roles = previous.slots.roles;
  if (profile.role && roles.length === 1 && roles[0] !== profile.role && !previous.slots.direction) {
    return `what about ${roleNames[profile.role]}`;
  }
  // ("and for me?" after "…which one should i go for??" told with their story: which fits them, by what they told.)
  const toldSomething = profile.role || profile.job || profile.likes.length > 0 || (profile.dislikes?.length ?? 0) > 0;
  if (toldSomething && !previous.question.startsWith('/quiz:') && asksWhichFits(previous.question)) return 'which role fits me better';
  // ("and for me?" after "how long would the switch take me?" from a nurse: the answer was already theirs; asked
  // again, never "tell me about yourself" to someone who did.)
  if (toldSomething && previous.answered && previous.passages.length > 0 && /\b(?:i|me|my)\b/i.test(previous.question))
    return previous.question;
  // ("which is easier" → "for me?" from a frontend developer: the question before, asked of them.)
  if (toldSomething && previous.answered && !previous.question.startsWith('/') && shortQuestionOfItsOwn(previous.question))
    return `${previous.question.trim().replace(/[?.!\s]+$/, '')} for me?`;
  // Nothing told, but a quiz taken: right after its result, why it fits them; after a question of one role, the
  // question of the role it gave ("what do des make" → "and for me?" after an ML Engineer result).
  if (profile.role || profile.job || !profile.quizOutcome) return undefined;
  if (previous.question.startsWith('/quiz:')) return 'why?';
  const fit = profile.quizOutcome === 'hybrid' ? undefined : profile.quizOutcome;
  if (fit && asksAbout(kb, previous.resolved, ['salary'])) return `how much would i make as one of the ${roleNames[fit]}`;
  if (fit && roles.length === 1 && roles[0] !== fit && !previous.slots.direction) return `what about ${roleNames[fit]}`;
  return undefined;
}

/** A question short enough, and of its own words, to be asked again of the person with "for me" after it. */
function shortQuestionOfItsOwn(question: string): boolean {
  return question.trim().split(/\s+/).length <= 12 && asksAnything(question);
}

/** Whether a message corrects the turn before ("sorry i meant de not mle"): a question again, never something told. */
export function corrects(turn: string): boolean {
  // ("sorry i meant im a data engineer": a correction of what they told, which is told.)
  if (roleInstead.test(turn.trim())) return true;
  const meant = correction.exec(turn)?.[1];
  return meant !== undefined && !/^(?:i'?m|im|i\s+am|i\s+work|i\s+live|i\s+have)\b/i.test(meant);
}

/** The turn before asked again as the turn rewrites it, or undefined when the turn does not. */
export function askedAgain(turn: string, previous: Turn): string | undefined {
  const same = sameOfARole(turn);
  if (same) return `what about ${asRole(same)}`;
  const extreme = narrowing.test(previous.question) ? anotherExtreme.exec(turn.trim()) : null;
  if (extreme) return `which of those is ${extreme[1]}`;
  const instead = roleInstead.exec(turn.trim());
  if (instead) return `what about ${asRole(instead[1]!)}`;
  const corrected = correction.exec(turn);
  if (corrected) return `what about ${asRole(corrected[1]!.replace(notThis, ' ').trim())}`;
  return undefined;
}

/** The message asked of the role it settles on ("what do des make, actually no, mles"), or undefined. */
export function settledRole(turn: string, patterns: Record<Role, RegExp>): string | undefined {
  const changed = changedMind.exec(turn.trim());
  if (!changed) return undefined;
  const [asked, meant] = [changed[1]!, asRole(changed[2]!)];
  const roleIn = (text: string) => (['de', 'mle'] as const).filter((role) => namesRole(patterns[role], text));
  const [first, second] = [roleIn(asked), roleIn(meant)];
  // (Only a role named alone, "mles", "ml eng pls": "is de harder, actually, than mle?" changes nothing.)
  const rest = meant
    .replace(new RegExp(`${patterns.de.source}|${patterns.mle.source}|\\b(?:ml|pls|please|then|instead|one|tho|lol)\\b`, 'giu'), ' ')
    .trim();
  // ("whats de pay, sorry i meant mle pay": words said again beside the role change nothing either.)
  const askedWords = new Set(asked.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const saidAgain =
    rest === '' ||
    rest
      .toLowerCase()
      .split(/\s+/)
      .every((w) => askedWords.has(w));
  return first.length === 1 && second.length === 1 && first[0] !== second[0] && saidAgain ? withRoles(asked, second, patterns) : undefined;
}
