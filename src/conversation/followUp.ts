/**
 * Follow-up questions, resolved deterministically: a turn that lacks something inherits it from the previous
 * question as parsed (its roles, topic, level, region, the direction of a move), "why?" asks for the reasons
 * behind the previous answer, "the other way round?" reverses its move, "which of those…" stays within its
 * passages. A question complete on its own is never bent. The result says what was understood, so a wrong
 * guess shows; where a turn could mean two things, the choices are asked back instead of guessed.
 *
 * The rules live in followUp/, by kind (about the person, about the answer itself, roles and moves, topics and
 * settings); the order they are tried in is here, and it matters: the first rule that resolves the turn wins.
 */
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { aboutThePerson } from './followUp/aboutThePerson.js';
import { type PreviousContext, type Resolution, type Rule, readAgainstPrevious, readTurn } from './followUp/context.js';
import {
  asksSource,
  continuation,
  correction,
  elaborate,
  equivalent,
  narrowing,
  ordinalReference,
  otherRole,
  pointsBack,
  reason,
  reverse,
  vagueAsk,
  verdictAsk,
} from './followUp/patterns.js';
import {
  anotherRoleLevelOrPlace,
  besideTheRoles,
  otherSideOfAComparison,
  theOtherRole,
  theOtherWayRound,
  theSameMove,
  theSameOfARole,
  theyAreTheRole,
  whichOfTheRoles,
} from './followUp/rolesAndMoves.js';
import {
  aCheckOfTheFigures,
  aChoiceByWhatWasShown,
  aFigureShown,
  afterADecline,
  eitherOfWhatWasShown,
  more,
  verdictOnIt,
  theSourceOfIt,
  whichOfThose,
  why,
} from './followUp/theAnswerItself.js';
import {
  aNewTopicForTheSameRoles,
  aPlaceTheSourcesLack,
  aQuestionOfItsOwn,
  aTopicOfTheSameRoles,
  aboutWhatWasJustDiscussed,
  inAnotherSetting,
} from './followUp/topicsAndSettings.js';
import { understoodOf } from './followUp/understood.js';
import { namesRole, readSlots, roleName, rolePatterns, withRoles } from './slots.js';
import type { Profile, Role, Turn } from './types.js';

export type { Reading, Resolution } from './followUp/context.js';
export { asksAfterStory, asksWhichFits } from './followUp/patterns.js';
export { referredTurn, withoutReturn } from './followUp/returns.js';
export { understoodOf } from './followUp/understood.js';

/** The rules that follow up on the previous turn, in the order they are tried. */
const onThePreviousTurn: Rule<PreviousContext>[] = [
  afterADecline,
  theSourceOfIt,
  aCheckOfTheFigures,
  more,
  verdictOnIt,
  otherSideOfAComparison,
  whichOfTheRoles,
  why,
  theOtherWayRound,
  whichOfThose,
  theOtherRole,
  theSameOfARole,
  besideTheRoles,
  aTopicOfTheSameRoles,
  eitherOfWhatWasShown,
  aFigureShown,
  aChoiceByWhatWasShown,
  theSameMove,
  aQuestionOfItsOwn,
  anotherRoleLevelOrPlace,
  aPlaceTheSourcesLack,
  inAnotherSetting,
  aNewTopicForTheSameRoles,
  theyAreTheRole,
  aboutWhatWasJustDiscussed,
];

/** "what do des make, actually no, mles", "how much do des make... wait no i mean mles": a role changed mid-message. */
const changedMind =
  /^(.{6,}?)\s*[,.…!-]+\s*(?:actually|wait|nvm|scratch\s+that|hmm+|oops)[\s,.!-]+(?:no[\s,.!-]+)?(?:wait[\s,.!-]+)?(?:i\s+meant?\s+|make\s+(?:it|that)\s+)?(?:for\s+|the\s+)?((?:[\p{L}-]+\s*){1,4}?)[\s?.!]*$/iu;

/** "and the slowest?", "what about lowest": another extreme of the same choice. */
const anotherExtreme =
  /^(?:(?:ok(?:ay)?\s+)?and|what\s+about|how\s+about)\s+(?:the\s+)?((?:fast|slow|high|low|short|long|quick|big|small)est|best[- ]paid|worst[- ]paid)(?:\s+one)?\s*\?*$/i;

/** "… not de", "…, not staff": what a correction says it did not mean. */
const notThis = /[,\s]+(?:and\s+|but\s+)?not\s+(?:an?\s+|the\s+)?[\p{L}-]+(?:\s+(?:engineers?|engineering|level))?/giu;

/**
 * Resolves a turn against the conversation's previous turn and what the person said about themselves. `turn` is
 * the question as typed; `previous` the last turn answered in this conversation, if any.
 */
export function resolveTurn(
  kb: KnowledgeBase,
  turn: string,
  previous: Turn | undefined,
  profile: Profile | undefined,
  patterns = rolePatterns(kb),
  /** What the person said about themselves earlier in this conversation, oldest first ("currently a data analyst"). */
  told: readonly string[] = [],
  /** The roles this conversation has been about, in the order they came up. */
  mentioned: readonly Role[] = [],
): Resolution {
  // "what does it take to get promoted in the first one?" after questions on MLE, then DE: the first is MLE.
  const ordinal = ordinalReference.exec(turn);
  if (ordinal && mentioned.length === 2 && readSlots(kb, turn, patterns).roles.length === 0) {
    const role = mentioned[ordinal[1] || ordinal[2]?.toLowerCase() === 'former' ? 0 : 1]!;
    const named = turn.replace(ordinalReference, ` as a ${roleName[role]}`);
    const resolution = resolveTurn(kb, named, previous, profile, patterns, told);
    if (resolution.kind !== 'complete') return resolution;
    // Complete once the role is named: answered so, and saying which role "the first one" was taken for.
    return { kind: 'follow-up', resolved: named, slots: resolution.slots, understood: understoodOf(kb, named, resolution.slots) };
  }
  // "what do des make, actually no, mles": the question asked of the role the message settled on.
  const changed = changedMind.exec(turn.trim());
  if (changed) {
    const [asked, meant] = [changed[1]!, changed[2]!];
    const roleIn = (text: string) => (['de', 'mle'] as const).filter((role) => namesRole(patterns[role], text));
    const [first, second] = [roleIn(asked), roleIn(meant.replace(/^(ml|machine learning)\b(?!\s+eng)/i, '$1 engineers'))];
    // (Only a role named alone, "mles", "ml eng pls": "is de harder, actually, than mle?" changes nothing.)
    const rest = meant
      .replace(new RegExp(`${patterns.de.source}|${patterns.mle.source}|\\b(?:ml|pls|please|then|instead|one|tho|lol)\\b`, 'giu'), ' ')
      .trim();
    if (first.length === 1 && second.length === 1 && first[0] !== second[0] && rest === '') {
      const resolved = withRoles(asked, second, patterns);
      const slots = readSlots(kb, resolved, patterns);
      return { kind: 'follow-up', resolved, slots, understood: understoodOf(kb, resolved, slots) };
    }
  }
  // "and the slowest?" after "which of those is fastest": the same choice among the same passages, the other extreme.
  const extreme = previous && narrowing.test(previous.question) ? anotherExtreme.exec(turn.trim()) : null;
  if (extreme) return resolveTurn(kb, `which of those is ${extreme[1]}`, previous, profile, patterns, told, mentioned);
  // "sorry i meant ml not de": the turn before, asked again with what was meant in place of what was not.
  const corrected = previous ? correction.exec(turn) : null;
  if (corrected) {
    // ("i meant ml not de": set against a role, "ml" is the role.)
    const meant = corrected[1]!
      .replace(notThis, ' ')
      .trim()
      .replace(/^(ml|machine learning|data)\b(?!\s+eng)/i, '$1 engineers');
    return resolveTurn(kb, `what about ${meant}`, previous, profile, patterns, told, mentioned);
  }
  const c = readTurn(kb, turn, previous, profile, patterns, told, mentioned);
  if (c.text === undefined) return { kind: 'complete', slots: c.own };
  for (const rule of aboutThePerson) {
    const resolution = rule(c);
    if (resolution) return resolution;
  }
  if (!previous) return { kind: 'complete', slots: c.own };
  const textTerms = kb.analyze(c.text);
  // "what is the?": no word that means anything and nothing that carries a turn on: no follow-up either.
  const carriesNothing =
    textTerms.length === 0 &&
    !pointsBack.test(c.text) &&
    ![continuation, reason, reverse, narrowing, otherRole, equivalent, verdictAsk, vagueAsk, elaborate, asksSource].some((pattern) =>
      pattern.test(c.text),
    );
  if (carriesNothing) return { kind: 'complete', slots: c.own };
  const pc = readAgainstPrevious(c, previous, textTerms);
  for (const rule of onThePreviousTurn) {
    const resolution = rule(pc);
    if (resolution) return resolution;
  }
  return { kind: 'complete', slots: c.own };
}
