/**
 * A turn as the follow-up rules read it: the turn's own slots and text, and, when there is a previous turn, what
 * it carried (its slots, with the role the conversation was about) and how much of a topic the turn has of its own.
 * Each rule takes this and returns a resolution, or undefined to leave the turn to the next rule.
 */
import type { AnswerOptions } from '../../answer/answer.js';
import { breakingInto, breakingIntoEither } from '../../answer/breakingIn.js';
import { normalizeText, type QueryTerm } from '../../search/analyzer.js';
import { acknowledges, placeholderIt, splitQuestion } from '../../question/chat.js';
import { mayTellAboutThemselves, whereTheyLive } from '../profile.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { currencyWords } from '../../search/currencies.js';
import type { ReadQuestion } from '../../search/questionReader.js';
import { readSlots } from '../slots.js';
import type { Profile, Role, Turn, TurnSlots } from '../types.js';
import {
  choiceForMe,
  comparesTwo,
  continuation,
  fitForMe,
  narrowing,
  pointsBack,
  reason,
  reverse,
  setting,
  shortQuestion,
  vagueAsk,
  verdictAsk,
  equivalent,
} from './patterns.js';
import { distinctTopicWords, maxResolvedWords, pointsWithinTheTurn, restatesTheTopic, topicWords } from './topicWords.js';
import { understoodOf } from './understood.js';

/** One reading of a turn: the question to answer, what was understood, in words, and how the answer is steered. */
export interface Reading extends AnswerOptions {
  resolved: string;
  understood: string;
  slots: TurnSlots;
  /** The passages the answer comes from ("which of those…": the previous answer's). */
  within?: string[];
  /** What to offer beside the answer (the quiz, for a fit asked with nothing told). */
  invite?: 'quiz';
  /** For an item of a list: the list's passage, kept with the turn (Turn.list). */
  list?: string;
  /** For a fit judged to point to one role: that role, kept with the turn (Turn.fitPointedTo). */
  fitPointedTo?: Role;
  /**
   * A check of the answer before ("where's that from"), answered from elsewhere: the question before stays the one
   * the next follow-up follows ("oof ok. what about at staff?" is still of pay).
   */
  keepsQuestionBefore?: boolean;
  /**
   * "which role fits me?" judged by what the person likes and minds (as the profile keeps them): the service, which
   * holds the diagnostic, says which role that points to, when it points to one.
   */
  fit?: { likes: string[]; dislikes: string[]; job?: string };
}

export type Resolution =
  /** Complete on its own: answered as typed. */
  | { kind: 'complete'; slots: TurnSlots }
  | ({ kind: 'follow-up' } & Reading)
  /** Could mean two things: the choices to ask back. */
  | { kind: 'clarify'; prompt: string; choices: Reading[] };

/** A turn read for the rules that need no previous turn (what the person said about themselves). */
export interface TurnContext {
  kb: KnowledgeBase;
  /** As typed. */
  turn: string;
  /** What is read: the plain text, or only the bare ask after a remark ("thats less than i thought. why"). */
  text: string;
  /** The turn as the engine reads it (cached by the knowledge base). */
  read: ReadQuestion;
  /** The turn's own roles, topic, level, place and move. */
  own: TurnSlots;
  previous: Turn | undefined;
  profile: Profile | undefined;
  patterns: Record<Role, RegExp>;
  /** What the person said about themselves earlier in this conversation, oldest first. */
  told: readonly string[];
  /** The roles this conversation has been about, in the order they came up. */
  mentioned: readonly Role[];
  /** "which role is the more natural move for me?": a choice between the roles for oneself, naming neither. */
  choosing: boolean;
  /** A unit or scope of the figures just shown, asked alone ("per year?", "base or total?"). */
  checksFigures: boolean;
  /** "good idea or nah?", "worth it?". */
  verdict: boolean;
  /** "thoughts?", "any advice?", or a verdict asked. */
  vague: boolean;
  /** A reading of the turn (the resolved question kept to its first words; understood said from it unless given). */
  reading(resolved: string, slots: TurnSlots, understood?: string, within?: string[], narrowAsk?: string): Reading;
}

/** A turn read against the previous one, for the rules that follow up on it. */
export interface PreviousContext extends TurnContext {
  previous: Turn;
  /** The previous turn's slots, with the one role the conversation was about when it named none. */
  before: TurnSlots;
  /** The turn without the words that carry it on ("and", "what about") and its marks. */
  rest: string;
  /** The turn's own topic: its words once its roles, level, place and the words that carry a turn on are gone. */
  bare: string;
  /** How many words of `bare` name a topic. */
  ownTopic: number;
  /** The turn's terms. */
  textTerms: QueryTerm[];
  /** How many words `rest` has. */
  words: number;
  /** "at a startup?", "and for juniors?": words that carry the previous question on by themselves. */
  carriesOn: boolean;
  /** "is it growing?", "what if i already know python?": a short question about what was just discussed. */
  onThePrevious: boolean;
  /** "do they pay more than …?": a question whose subject points back. */
  subjectPointsBack: boolean;
  /** "which of those…" said with "of". */
  ofThose: boolean;
  /** "which one would suit me?": a choice between the roles, not among what was just listed. */
  choosesRole: boolean;
}

/** A rule: a resolution of the turn, or undefined to leave it to the rules after it. */
export type Rule<C extends TurnContext> = (c: C) => Resolution | undefined;

/**
 * Whether the passages a turn's answer showed speak of `phrase` ("base", "business value", "12-18 months"), its
 * inflections aside; false when the answer showed none.
 */
export function answerSpeaksOf(kb: KnowledgeBase, turn: Turn, phrase: string): boolean {
  return turn.passages.some((id) => {
    const passage = kb.passage(id);
    return passage !== undefined && kb.mentions(passage, phrase);
  });
}

/** A follow-up resolution of a reading. */
export const follow = (r: Reading): Resolution => ({ kind: 'follow-up', ...r });

/**
 * What the sources say of getting into the role of `slots` (into either, for both roles), as a follow-up read by
 * `reading`; asked by someone coming `from` a job whose move they never describe, the answer says so (moveUnsaid).
 */
export function gettingIn(reading: TurnContext['reading'], slots: TurnSlots, understood: string, from?: string): Resolution {
  const [only] = slots.roles.length === 1 ? slots.roles : [];
  const into = reading(only ? breakingInto(only) : breakingIntoEither, slots, understood);
  return follow(from === undefined ? into : { ...into, moveUnsaid: only ? { from, to: only } : { from } });
}

/**
 * The question a turn was about, without the check it made of the answer: "is that per year?? whats the remote pay
 * for mle" asked "whats the remote pay for mle". Asked again of another role, level or place, the check stays behind
 * ("and for the other role?" wants the other role's remote pay, not its pay per year).
 */
export function questionChecked(turn: Turn): string {
  const typed = turn.question.trim().replace(/[?!.\s]+$/, '');
  const checks = /^(?:so\s+|wait\s+|but\s+|and\s+)?(?:is|was|are|were)\s+(?:that|this|it|those|these)\b/i.test(typed);
  // ("in euros?" checked as "is that in euros <the question before>": the check, put as a question, is no part of it.)
  const check = checks ? typed : `is that ${typed}`;
  if (!turn.resolved.toLowerCase().startsWith(check.toLowerCase())) return turn.resolved;
  const asked = turn.resolved.slice(check.length).replace(/^[?!.\s]+/, '');
  return asked.split(/\s+/).length >= 3 ? asked : turn.resolved;
}

/**
 * The question a turn asked first, without the second one joined to it: "what tools do data engineers use? airflow or
 * dagster?" asked again of ML engineers asks what tools they use, not about Airflow. Who was asking stays with it.
 */
export function mainQuestionOf(question: string): string {
  const parts = splitQuestion(question);
  if (parts.mainAsk === parts.ask || parts.mainAsk.trim().split(/\s+/).length < 3) return question;
  return [parts.context, parts.mainAsk].filter((part) => part.trim() !== '').join(' ');
}

/** "is it too late for me", "are certs worth it": an "it" of the idiom, standing for nothing said before. */
const idiomaticIt =
  /\b(?:is|was|am\s+i)\s+(?:it\s+)?too\s+late\b|\b(?!(?:it|that|this|they|those|these)\b)[a-z]+s?\s+(?:really\s+|even\s+)?worth\s+it\b/i;

/** A unit or scope of a figure asked alone: "per year?", "monthly?", "base or total?", "before tax?", "just base". */
const bareCheck = new RegExp(
  String.raw`^(?:(?:so|and|but|wait|hm+|ok(?:ay)?)[,\s]+)?(?:(?:what|how)\s+about\s+(?:the\s+)?|(?:is|was)\s+(?:that|it|this)\s+|are\s+(?:those|these|they)\s+|(?:that'?s|thats)\s+|(?:that|it|this)\s+(?:is|was)\s+|(?:how\s+much\s+(?:is|are)|what\s+(?:is|are)|what'?s|whats)\s+(?:that|it|this|those|these|they)\s+|how\s+much\s+of\s+(?:that|it|this|those|these|them)\s+(?:is|are)\s+|how\s+much\s+(?=in\s))?(?:(?:just|only)\s+(?:the\s+)?)?((?:(?:per|a|an|each|every)\s+(?:year|yr|month|hour|week)|yearly|annually|annual|monthly|hourly|weekly|base|base\s+pay|base\s+salary|total(?:\s+comp(?:ensation)?)?|tc|gross|net|(?:before|after)\s+tax(?:es)?|pre-?tax|(?:the\s+)?(?:median|average|avg|mean)|(?:in\s+)?${currencyWords})(?:\s+or\s+[\w\s-]{2,20}?)?\s*\?*)(?:[\s,]+(?:only|pls|please|tho|though|then|instead|right|yeah|yea|correct|or\s+not))*\s*\?*\s*$`,
  'i',
);

/** The turn read for the rules; undefined when it has nothing to read (emoji, code, marks alone). */
export function readTurn(
  kb: KnowledgeBase,
  turn: string,
  previous: Turn | undefined,
  profile: Profile | undefined,
  patterns: Record<Role, RegExp>,
  told: readonly string[],
  mentioned: readonly Role[],
): TurnContext | { own: TurnSlots; text: undefined } {
  const own = readSlots(kb, turn, patterns);
  // Invisible and control characters are no part of a question (and never echoed back in what was understood).
  const read = kb.read(turn);
  // "thats less than i thought. why": a remark, then the follow-up itself; the follow-up is what is read.
  // ("cool, how long tho": an acknowledgement before a comma is a remark of its own.)
  const acknowledged = /^([^,.!?]{1,30}),\s+(\S.*)$/.exec(read.plain);
  const pieces =
    acknowledged && acknowledges(acknowledged[1]!) ? [`${acknowledged[1]}.`, acknowledged[2]!] : read.plain.split(/(?<=[.!?])\s+/);
  const last = pieces.at(-1) ?? '';
  const bareAsk =
    pieces.length > 1 &&
    (/^(?:why|how\s+come|how\s+so|and\b|what\s+about|worth\s+it)/i.test(last) ||
      // ("sounds fun. how long tho", but not "im a data analyst, wanna go mle. how long": only after a remark alone.)
      (/^how\s+long\b/i.test(last) &&
        pieces.slice(0, -1).every((p) => acknowledges(p) || (p.split(/\s+/).length <= 3 && kb.read(p).roles.length === 0)))) &&
    last.split(/\s+/).length <= 6 &&
    !pieces.slice(0, -1).some((p) => /\?\s*$|^(?:what|which|how|why|who|when|where|is|are|do|does|can|should)\b/i.test(p));
  const typed = (bareAsk ? last : read.plain)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "per year?", "base?", "monthly??": a check of the figures just shown, in its fewest words ("is that per year?").
  const checked = previous !== undefined ? bareCheck.exec(typed)?.[1] : undefined;
  const checksFigures = checked !== undefined;
  const text = checked !== undefined ? `is that ${checked}` : typed;
  // Nothing to read (emoji, code, marks alone) is never a follow-up: it gets what it would get alone.
  if (!/[\p{L}\p{N}]/u.test(text)) return { own, text: undefined };
  const verdict = verdictAsk.test(text);
  return {
    kb,
    turn,
    text,
    read,
    own,
    previous,
    profile,
    patterns,
    told,
    mentioned,
    choosing: choiceForMe.test(text) && own.roles.length === 0,
    verdict,
    checksFigures,
    vague: vagueAsk.test(text) || verdict,
    reading: (resolved, slots, understood, within, narrowAsk) => ({
      // A follow-up of a follow-up builds on it: kept to its first words, so a long run of them never grows a question.
      // (The question before asked again, "source?" or "tldr?" after a long post, is asked whole: its first words may be
      // all story, and its ask at the end.)
      resolved: resolved === previous?.resolved ? resolved : withinMaxWords(storyFirst(resolved, previous)),
      slots,
      understood: understood ?? understoodOf(kb, resolved, slots),
      ...(within ? { within } : {}),
      ...(narrowAsk ? { narrowAsk } : {}),
    }),
  };
}

/**
 * A resolved question kept to `maxResolvedWords` words: the ask whole, after as much of the story before it as fits
 * ("and de?" after a long story ending "how long would it take me to become an mle?" keeps its ask, not only story).
 */
function withinMaxWords(resolved: string): string {
  const words = resolved.split(/\s+/);
  if (words.length <= maxResolvedWords) return resolved;
  const { ask, context } = splitQuestion(resolved);
  const askWords = ask.split(/\s+/);
  if (context === '' || askWords.length >= maxResolvedWords) return words.slice(0, maxResolvedWords).join(' ');
  const story = context
    .split(/\s+/)
    .slice(0, maxResolvedWords - askWords.length)
    .join(' ');
  // (A story cut short still ends before the ask, which the reader then reads as the ask.)
  return `${/[.!?]$/.test(story) ? story : `${story.replace(/[,;:\s]+$/, '')}.`} ${ask}`;
}

/**
 * A question built on the turn before keeps that turn's story ("data analyst here (3 yoe) at a hospital.") ahead of
 * every ask, where the reader takes it for who is asking: after the new ask, it would be read as asked.
 */
function storyFirst(resolved: string, previous: Turn | undefined): string {
  const story = previous ? splitQuestion(previous.resolved).context : '';
  // (Only who the person is, told first: not a remark after the ask, nor a condition of it, "if i like both…".)
  const toldFirst =
    story !== '' && previous!.resolved.trimStart().startsWith(story) && !/^(?:if|when|since|because|as\s+long)\b/i.test(story);
  if (!toldFirst || !mayTellAboutThemselves(story) || !resolved.includes(story) || resolved.trimStart().startsWith(story)) return resolved;
  const moved = `${story} ${resolved.replace(story, ' ')}`.replace(/\s+/g, ' ').trim();
  return moved.split(/\s+/).length <= maxResolvedWords ? moved : resolved;
}

/** The turn read against the previous one. */
export function readAgainstPrevious(c: TurnContext, previous: Turn, textTerms: QueryTerm[]): PreviousContext {
  const { kb, text, own, mentioned } = c;
  // A turn that named no role ("ok i know sql already") continues the one role the conversation has been about.
  const before: TurnSlots =
    previous.slots.roles.length === 0 && mentioned.length === 1 ? { ...previous.slots, roles: [...mentioned] } : previous.slots;
  const rest = text
    .replace(continuation, ' ')
    .replace(/[?.!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const bare = own.topic
    .replace(continuation, ' ')
    .replace(reason, ' ')
    .replace(reverse, ' ')
    .replace(narrowing, ' ')
    .replace(equivalent, ' ');
  // ("and mle pay?" after "how much does a data engineer make in nigeria": another role, the topic said again; what
  // the turn adds is the role, and the place carries on.)
  const topicSaidAgain =
    continuation.test(text) && own.roles.length > 0 && !own.level && !own.region && restatesTheTopic(kb, bare, previous.resolved);
  const ownTopic = topicSaidAgain ? 0 : topicWords(kb, bare);
  const ofThose = /\bof\s+(?:those|these|them|the\s+above)\b/i.test(text);
  const words = rest.split(/\s+/).filter(Boolean).length;
  const levelThenSetting = /^(?:entry|junior|jr|mid|senior|sr|staff|principal|lead|l\d)(?:[\s-]+level)?\s+(?:at|in)\s+\S/i;
  const carriesOn =
    continuation.test(text) ||
    // ("i live in berlin" right after a question: the question, asked where they live.)
    whereTheyLive.test(text) ||
    /\b(?:there|too|as well|instead)\s*\??$/i.test(text) ||
    // ("staff at meta?" after DE pay: a level, then where.)
    ((setting.test(rest) || (own.level !== undefined && levelThenSetting.test(rest))) && words <= 5 && own.roles.length === 0) ||
    // ("ok whats the us number then" after UK pay was declined: a place, and nothing else asked of it.)
    (own.region !== undefined && ownTopic === 0 && own.roles.length === 0 && !own.level && words <= 7) ||
    // ("india?" after "whats mle pay in germany": a name typed alone is the question before, asked of it.)
    namedAlone(kb, rest, c.read);
  // "is it growing?", "which industries tho?": a short question about what was just discussed, naming no role.
  // "do they pay more than …?": a question whose subject points back is about what was just discussed, however
  // many words of its own it has.
  // ("is it easier to go de first then mle?": an "it" that stands for what follows points back at nothing.)
  const subjectPointsBack =
    /^(?:so\s+|and\s+|but\s+)?(?:do|does|did|are|is|was|were|can|could|will|would)\s+(?:they|it|those|these|them|that)\b/i.test(rest) &&
    !(
      placeholderIt.test(rest) &&
      !/^\W*(?:\w+\s+){0,2}it\s+(?:\w+\s+)?(?:closer|close|similar|related|equivalent|comparable|nearer|more\s+like)\s+to\b/i.test(rest)
    );
  // "how do i prepare?", "how long to get to senior?": a short question in words the articles use that names no
  // topic of these careers (alone it would be declined as off-topic) is about what was just discussed. A word the
  // articles never use ("any good pizza places?") keeps it a question of its own.
  // ("which one would u pick" after what a masters is worth: the choice between the roles, asked afresh.)
  const choosesRole = !ofThose && (fitForMe.test(text) || choiceForMe.test(text));
  const lacksTopic =
    !choosesRole &&
    words <= 6 &&
    ownTopic === 0 &&
    shortQuestion.test(rest) &&
    c.read.unknown.length === 0 &&
    !textTerms.some((t) => t.kind === 'role' || (t.kind === 'synonym' && !t.qualifier && (!t.inferred || t.from.includes(' '))));
  // "what if i already know python?": the question before, with something changed.
  const whatIf = /^(?:so\s+|but\s+|and\s+)?(?:what|how\s+about)\s+if\b/i.test(rest);
  // "what is airflow?", "i keep hearing about mlops, what is it?" ask what a thing is (the reading names it, never
  // "it" or "that"): a question of its own, however short, after whatever came before.
  // ("what is rag": a term the articles never use is asked alone as well, and its decline names it.)
  const defined = c.read.intent.defines;
  const asksWhatAThingIs =
    defined !== undefined &&
    (textTerms.some((t) => t.kind === 'word' && kb.specificity(t.from) >= 0.75) ||
      c.read.unknown.some((u) => defined.split(' ').includes(u.word)));
  // "like what job titles do u go through" after the career ladder: the question before, said more exactly.
  const saidMoreExactly =
    /^(?:like|as\s+in|i\s+mean|meaning)\s+(?:what|which|how|who)\b/i.test(rest) && own.roles.length === 0 && ownTopic <= 2;
  // ("do they both need sql" after how future-proof each is: the roles, asked a topic the question before did not ask;
  // "which rounds do both of them have" after their interviews is still on the interviews.)
  const asking = c.read.context && c.read.ask ? c.read.ask : text;
  const askedBefore = new Set(kb.analyze(previous.resolved).map((t) => t.term));
  const theRolesBothAsked =
    bothRoles.test(asking) && textTerms.some((t) => t.kind === 'synonym' && !t.qualifier && !askedBefore.has(t.term));
  const onThePrevious =
    whatIf ||
    saidMoreExactly ||
    (own.roles.length === 0 &&
      !asksWhatAThingIs &&
      (ownTopic <= 2 || distinctTopicWords(kb, bare) <= 2 || (subjectPointsBack && ownTopic <= 4)) &&
      // ("ngl im scared ai will make this whole field pointless, which one is safer": "this" is in what they tell,
      // not in what they ask.)
      ((pointsBack.test(theRolesBothAsked ? asking.replace(bothRoles, ' ') : asking) &&
        !pointsWithinTheTurn(kb, text) &&
        !idiomaticIt.test(text)) ||
        // ("am i cooked?" is about the question before only where that question carried the person's own case.)
        // ("is python enough?" after certifications names a topic of its own: asked alone.)
        (words <= 3 &&
          shortQuestion.test(rest) &&
          !textTerms.some((t) => t.kind === 'synonym' && !t.qualifier && !t.inferred) &&
          (!/^am\b/i.test(rest) || /\b(?:i|i'?m|im|my|me)\b/i.test(previous.resolved))) ||
        lacksTopic));
  return {
    ...c,
    previous,
    before,
    rest,
    bare,
    ownTopic,
    textTerms,
    words,
    carriesOn,
    onThePrevious,
    subjectPointsBack,
    ofThose,
    // "which one would suit me?" chooses between the roles, not among what was just listed ("which of those suits me?" does).
    choosesRole,
  };
}

/**
 * "do they both need sql", "is python used by both of them": "they both" are the two roles, whatever was asked before;
 * a topic of its own asked of them is a question of its own, not one on the topic just discussed.
 */
const bothRoles = /\b(?:they|them)\s+both\b|\bboth\s+of\s+(?:them|em|those|these)\b|\beach\s+of\s+them\b/i;

/** Whether the turn compares two things ("which one pays more?"), read as meant ("which one pays beter"). */
export function comparesTwoAsMeant(c: TurnContext): boolean {
  return comparesTwo.test(c.read.spelled);
}

/** "india?", "south africa", "google?": a turn that is one name the sources lack and nothing else, no topic and no role. */
function namedAlone(kb: KnowledgeBase, rest: string, read: ReadQuestion): boolean {
  const typed = rest
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !kb.analyzer.isChatWord(normalizeText(w).replace(/[^\p{L}\p{N}]/gu, '')));
  if (typed.length === 0 || typed.length > 3 || read.roles.length > 0) return false;
  const names = read.unknown.filter((u) => u.kind === 'name' && u.inMainAsk && !u.prominent);
  return names.length > 0 && names.reduce((count, u) => count + u.word.split(' ').length, 0) >= typed.length;
}
