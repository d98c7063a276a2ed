/**
 * One thing kept about a person, asked to be forgotten in words ("forget where i live", "pls forget my city", "dont
 * remember my job please"): read as the profile's fields it names, and the profile without them. Everything at once
 * ("forget me", "delete my data") is /forget-me's, which asks for a confirmation first.
 */
import { asksAnything } from '../question/chat.js';
import type { Profile } from './types.js';

/**
 * The parts of a profile a person may ask to be forgotten one by one; 'degree', 'age' and 'story' are kept only in
 * the conversation (what they told in it), which forgetting anything starts afresh.
 */
export type ForgettableField =
  | 'place'
  | 'pay'
  | 'job'
  | 'years'
  | 'level'
  | 'goal'
  | 'likes'
  | 'dislikes'
  | 'knows'
  | 'degree'
  | 'age'
  | 'story';

/** A thing to forget: a field whole, or one thing liked or minded ("forget that i hate math": dislikes, "math"). */
export interface Forgetting {
  fields: ForgettableField[];
  /** The one thing liked or minded to drop, as typed; absent for the whole field. */
  item?: string;
  /** What they said in its place ("forget that, i'm a student": "i'm a student"), to be kept instead. */
  instead?: string;
}

/** "forget …", "pls delete …", "can u not remember …", "stop storing …": the thing asked to be forgotten (group 1). */
const asksToForget =
  /^\W*(?:(?:ok(?:ay)?|so|also|and|actually|wait|hey|pls|please|plz|oh|btw)[\s,!.]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+)?|i\s+(?:want|wanna|would\s+like|'?d\s+like)\s+(?:you|u)\s+to\s+|(?:pls|please|plz)\s+)?(?:forget(?:\s+about)?|scratch|delete|remove|erase|drop|clear|ignore|(?:don'?t|dont|do\s+not|not|stop)\s+(?:remember(?:ing)?|keep(?:ing)?|stor(?:e|ing)|sav(?:e|ing)))\s+(.{2,60}?)(?:[\s,]+(?:pls|plz|please|now|thanks|thx|too|as\s+well|lol|ty))*\W*$/i;

/** What each way of naming a kept thing names. */
const named: readonly (readonly [readonly ForgettableField[], RegExp])[] = [
  [
    ['place'],
    /^(?:(?:that\s+)?(?:where|wher)\s+(?:i\s+(?:live|am|work)|i'?m\s+(?:from|based|at)|im\s+(?:from|based|at)|i\s+am\s+(?:from|based|at))|(?:the\s+|my\s+)?(?:city|location|country|town|place|address|whereabouts)|(?:that\s+)?i\s+live\s+in\s+.+)$/i,
  ],
  [
    // (A job forgotten takes its level; the years stay, which tell experience on their own.)
    ['job', 'level'],
    /^(?:my\s+(?:job|work|career|background|occupation|profession)|what\s+i\s+do(?:\s+for\s+(?:a\s+living|work))?|(?:that\s+)?(?:i'?m|im|i\s+am)\s+an?\s+.+)$/i,
  ],
  [
    ['years', 'level'],
    /^(?:my\s+(?:years|yoe|yrs|experience|years\s+of\s+experience|level|seniority)|how\s+long\s+i'?ve\s+(?:worked|been\s+working))$/i,
  ],
  [
    ['goal'],
    /^(?:my\s+(?:goal|plan|target(?:\s+role)?)|where\s+i'?m\s+heading|what\s+i\s+(?:want\s+to|wanna)\s+(?:become|be|do)|which\s+role\s+i\s+(?:want|picked|chose))$/i,
  ],
  [
    ['pay'],
    /^(?:my\s+(?:current\s+)?(?:salary|pay|income|comp|compensation|tc|wage|earnings)|what\s+i\s+(?:make|earn|get\s+paid)(?:\s+now)?|how\s+much\s+i\s+(?:make|earn))$/i,
  ],
  [['likes'], /^(?:what\s+i\s+(?:like|love|enjoy)|my\s+likes)$/i],
  [['dislikes'], /^(?:what\s+i\s+(?:hate|dislike|mind|don'?t\s+like|dont\s+like)|my\s+dislikes)$/i],
  [['knows'], /^(?:my\s+skills|what\s+i\s+know)$/i],
  [['degree'], /^(?:my\s+(?:degree|major|education|school|uni|college|masters?|phd)|(?:that\s+)?i\s+(?:have|did|studied)\s+.+)$/i],
  [['age'], /^(?:my\s+age|how\s+old\s+i\s+am|(?:that\s+)?(?:i'?m|im|i\s+am)\s+[1-9]\d)$/i],
  [
    ['story'],
    /^(?:(?:all\s+)?(?:what|everything)\s+i\s+(?:said|told\s+(?:you|u)|wrote|just\s+said)(?:\s+(?:before|earlier|about\s+me))?|that|this)$/i,
  ],
];

/** "that i hate math", "that i like sql": one thing minded or liked (group 2), by its verb (group 1). */
const oneThing =
  /^(?:that\s+)?i\s+(?:really\s+|kinda\s+)?(hate|dislike|mind|don'?t\s+like|dont\s+like|can'?t\s+stand|like|love|enjoy|am\s+into|'?m\s+into)\s+(.{2,40})$/i;

/**
 * What `text` asks to be forgotten ("forget where i live": place; "forget that i hate math": the dislike "math"), or
 * undefined when it asks no such thing (or asks everything to be forgotten, which is /forget-me's).
 */
export function toForget(text: string): Forgetting | undefined {
  const thing = asksToForget.exec(text.trim())?.[1]?.trim();
  if (!thing) return undefined;
  // ("forget that, i'm a student", "scratch that. im 24": what was just told goes, and what follows is told instead.)
  const replaced = /^(?:that|this|what\s+i\s+(?:just\s+)?said)\s*[,;:.!-]+\s*(\S.{1,})$/i.exec(thing);
  // ("forget that, what about remote": a question of its own, asked afresh elsewhere.)
  if (
    replaced &&
    !asksAnything(replaced[1]!) &&
    !named.some(([, pattern]) => pattern.test(replaced[1]!.trim()) && !/^(?:i'?m|im|i\s+am)\b/i.test(replaced[1]!.trim()))
  )
    return { fields: ['story'], instead: replaced[1]!.trim() };
  const one = oneThing.exec(thing);
  if (one)
    return { fields: [/^(?:like|love|enjoy|am\s+into|'?m\s+into)$/i.test(one[1]!) ? 'likes' : 'dislikes'], item: one[2]!.toLowerCase() };
  const parts = thing.split(/\s*(?:,|\band\b|&)\s*/i).map((part) => named.find(([, pattern]) => pattern.test(part))?.[0]);
  // (One part naming nothing kept, "forget what i said about crypto", leaves the whole to be read as usual.)
  if (parts.length === 0 || parts.some((fields) => fields === undefined)) return undefined;
  return { fields: [...new Set(parts.flatMap((fields) => fields ?? []))] };
}

/**
 * `profile` without what `forgetting` names (a job forgotten takes the role they work in with it; one thing liked or
 * minded only that thing), kept as of `now` (ms).
 */
export function withoutFields(profile: Profile, forgetting: Forgetting, now: number): Profile {
  const kept: Profile = { ...profile, updatedAt: now };
  const { item } = forgetting;
  const other = (thing: string) => item === undefined || !(thing.toLowerCase().includes(item) || item.includes(thing.toLowerCase()));
  for (const field of forgetting.fields) {
    if (field === 'likes') kept.likes = kept.likes.filter(other);
    else if (field === 'dislikes' && item !== undefined) kept.dislikes = (kept.dislikes ?? []).filter(other);
    else if (field !== 'degree' && field !== 'age' && field !== 'story') delete kept[field];
    if (field === 'job') delete kept.role;
  }
  return kept;
}

/**
 * "not in london anymore", "i dont live in austin anymore", "no longer a teacher", "not a teacher anymore, quit last
 * week": a place or job kept, said to be theirs no more (group 1 a place, group 2 a job).
 */
const noLonger =
  /^\W*(?:(?:ok(?:ay)?|so|also|and|actually|wait|oh|btw|update|fyi)[\s,!.:]+)*(?:(?:i'?m|im|i\s+am)\s+)?(?:(?:not|no\s+longer)\s+(?:(?:in|living\s+in|based\s+in)\s+(.{2,30}?)|(?:an?\s+)?(.{2,30}?))(?:\s+(?:anymore|any\s+more))?|i\s+(?:don'?t|dont|do\s+not)\s+live\s+in\s+(.{2,30}?)\s+(?:anymore|any\s+more))(?=\s*(?:[,.!;]|$))/i;

/**
 * What a message says is no longer so of the person, read against what is kept ("not in london anymore" when London is
 * where they are: the place), or undefined when it names nothing kept.
 */
export function noLongerSo(text: string, profile: Profile | undefined): Forgetting | undefined {
  const m = noLonger.exec(text.trim());
  if (!m || !profile) return undefined;
  // ("not in london anymore" says it; "im not a teacher" without "anymore" or "no longer" may deny, not change.)
  if (!/\b(?:anymore|any\s+more|no\s+longer)\b/i.test(text)) return undefined;
  const place = (m[1] ?? m[3])?.trim().toLowerCase();
  if (place !== undefined) return profile.place === place.replace(/^the\s+/, '') ? { fields: ['place'] } : undefined;
  const job = m[2]?.trim().toLowerCase();
  const kept = profile.job?.toLowerCase();
  return job !== undefined && kept !== undefined && (kept === job || kept.startsWith(`${job} `) || kept.endsWith(` ${job}`))
    ? { fields: ['job', 'level', 'years'] }
    : undefined;
}
