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
import { noMoveDescribedFrom } from '../answer/breakingIn.js';
import { breakingInto } from '../answer/breakingIn.js';
import { escapeRegExp } from '../question/regexp.js';
import { namesTheHybrid } from '../search/direction.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { aboutThePerson, placeTheirPayLacks } from './followUp/aboutThePerson.js';
import { askedAgain, askedOfThemselves, settledRole } from './followUp/askedAgain.js';
import { type PreviousContext, type Resolution, type Rule, readAgainstPrevious, readTurn } from './followUp/context.js';
import {
  asksSource,
  asksWhen,
  doubts,
  inShort,
  continuation,
  elaborate,
  equivalent,
  forSomeoneElse,
  narrowing,
  ordinalReference,
  otherRoleReference,
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
  aMoveIntoTheRoleBefore,
  theMoveFromNothing,
  theyAreTheRole,
  theyAreTheHybrid,
  aTopicOfTheHybrid,
  whichOfTheRoles,
  whichRoleThen,
  whichRoleHasIt,
  whichRoleFirst,
  eachOfTheRoles,
} from './followUp/rolesAndMoves.js';
import { aCheckOfTheFigures, aFigureCheckedBack } from './followUp/figureChecks.js';
import {
  comparedReference,
  comparisonAsked,
  itOfTheAnswer,
  roleAgainstEarlierReference,
  roleComparedTo,
  thatOne,
} from './followUp/theOneCompared.js';
import {
  aChoiceByWhatWasShown,
  aFigureShown,
  afterADecline,
  doubtOfIt,
  eitherOfWhatWasShown,
  theLevelShown,
  laterInTheCareer,
  theNextLevelsPay,
  pastThatLevel,
  more,
  verdictOnIt,
  theSameOfAnotherJob,
  theSourceOfARolesPart,
  theSourceOfIt,
  atTheirLevel,
  whereTheFiguresComeFrom,
  inShortOfIt,
  whatTheResultMeans,
  whenItIsFrom,
  whereTheSourcesDiffer,
  whyTheRolesDiffer,
  thePayGapPointedAt,
  whichOfThose,
  why,
  theDifferenceInIt,
  whatTheAnswerMeant,
  theYearOfIt,
} from './followUp/theAnswerItself.js';
import { aPassageByItsTopic, anItemByItsPlace, anItemByItsWords, asksOfAnItemShown, whatComesNext } from './followUp/itemsOfAList.js';
import {
  aNewTopicForTheSameRoles,
  theSameChoiceOnAnotherTopic,
  anotherWantForTheChoice,
  theHybridInstead,
  aPlaceTheSourcesLack,
  outsideARegion,
  aQuestionOfItsOwn,
  whichOfTheTwoThings,
  atTheLevelBefore,
  aTopicOfTheSameRoles,
  howLongToThatPay,
  aboutWhatWasJustDiscussed,
  inAnotherSetting,
  somethingTheyNeverReview,
  thePreviousWithTheirStory,
  theConversationsRole,
  howMuchMoreOfTheTwo,
  howLongToGetIn,
  theLengthOfADegree,
} from './followUp/topicsAndSettings.js';
import { understoodOf } from './followUp/understood.js';
import { inTheFirstPerson, saysOnlyOfSomeoneElse } from '../question/thirdPerson.js';
import { comesFromAnotherJob, jobItself, profileOfSomeoneElse } from './profile.js';
import { readSlots, roleName, rolePatterns, withLevel, withRegion, withRoles } from './slots.js';
import type { Profile, Role, Turn, TurnSlots } from './types.js';

export type { Reading, Resolution } from './followUp/context.js';
export { asksAfterStory, asksOfTheAnswer, asksWhichFits } from './followUp/patterns.js';
export { referredTurn, withoutReturn } from './followUp/returns.js';
export { understoodOf } from './followUp/understood.js';

/** The rules that follow up on the previous turn, in the order they are tried. */
const onThePreviousTurn: Rule<PreviousContext>[] = [
  afterADecline,
  aFigureCheckedBack,
  anItemByItsPlace,
  anItemByItsWords,
  aPassageByItsTopic,
  theDifferenceInIt,
  whatTheAnswerMeant,
  theSameOfAnotherJob,
  somethingTheyNeverReview,
  whereTheFiguresComeFrom,
  theSourceOfARolesPart,
  theSourceOfIt,
  atTheirLevel,
  whenItIsFrom,
  theYearOfIt,
  inShortOfIt,
  whatTheResultMeans,
  whyTheRolesDiffer,
  thePayGapPointedAt,
  whereTheSourcesDiffer,
  doubtOfIt,
  aCheckOfTheFigures,
  more,
  verdictOnIt,
  otherSideOfAComparison,
  whichOfTheRoles,
  whichRoleThen,
  whichRoleHasIt,
  whichRoleFirst,
  why,
  theOtherWayRound,
  theLevelShown,
  laterInTheCareer,
  theNextLevelsPay,
  pastThatLevel,
  whichOfThose,
  theOtherRole,
  aMoveIntoTheRoleBefore,
  theMoveFromNothing,
  theSameOfARole,
  besideTheRoles,
  aTopicOfTheSameRoles,
  eitherOfWhatWasShown,
  aFigureShown,
  aChoiceByWhatWasShown,
  theSameMove,
  thePreviousWithTheirStory,
  eachOfTheRoles,
  atTheLevelBefore,
  howMuchMoreOfTheTwo,
  // (Before the conversation's role: "pay?" after "hybrid?" is the hybrid's, though ML engineers came up before.)
  aTopicOfTheHybrid,
  theConversationsRole,
  whichOfTheTwoThings,
  aQuestionOfItsOwn,
  outsideARegion,
  anotherRoleLevelOrPlace,
  aPlaceTheSourcesLack,
  inAnotherSetting,
  theHybridInstead,
  anotherWantForTheChoice,
  theSameChoiceOnAnotherTopic,
  aNewTopicForTheSameRoles,
  theyAreTheHybrid,
  theyAreTheRole,
  howLongToThatPay,
  howLongToGetIn,
  theLengthOfADegree,
  aboutWhatWasJustDiscussed,
];

/** A resolution for someone else the person asks about: "which role fits you, who likes math" said of them. */
function saidOfThem(resolution: Resolution): Resolution {
  if (resolution.kind !== 'follow-up' || resolution.understood === undefined) return resolution;
  const understood = resolution.understood.replace(/\byou\b/g, 'them').replace(/\byour\b/g, 'their');
  return { ...resolution, understood };
}

/**
 * A turn that refers to a role by its place or as the other one ("the first one", "the other one"), asked of that
 * role: complete once the role is named, it is answered so, saying which role the reference was taken for.
 */
function asTheRoleReferredTo(
  kb: KnowledgeBase,
  turn: string,
  reference: RegExp,
  role: Role,
  previous: Turn | undefined,
  profile: Profile | undefined,
  patterns: Record<Role, RegExp>,
  told: readonly string[],
): Resolution {
  // ("the faster growing one, what does it pay": the role named first, then asked of; its "it" is the role.)
  const first = reference.exec(turn);
  const rest =
    first && /^\W*(?:(?:so|ok(?:ay)?|and|but)[\s,]+)*$/i.test(turn.slice(0, first.index))
      ? /^\s*[,:;-]\s*(\S.*)$/.exec(turn.slice(first.index + first[0].length))
      : null;
  const named = rest
    ? /\bit\b/i.test(rest[1]!)
      ? rest[1]!.replace(/\bit\b/i, `a ${roleName[role]}`)
      : `${rest[1]!.replace(/[?!.\s]+$/, '')} as a ${roleName[role]}?`
    : // ("what makes the other one so hard": a reference with no preposition before it is the role itself.)
      turn.replace(reference, (said) =>
        /^\s*(?:in|on|for|with|at|as|of|to|into)\s/i.test(said) ? ` as a ${roleName[role]}` : ` ${roleName[role]}`,
      );
  const resolution = resolveTurn(kb, named, previous, profile, patterns, told);
  if (resolution.kind !== 'complete') return resolution;
  return { kind: 'follow-up', resolved: named, slots: resolution.slots, understood: understoodOf(kb, named, resolution.slots) };
}

/**
 * A role pointed at right after a comparison: "that one", "the slower one", "the other one" (the role the answer's
 * opening said it of, or the other; asked back where it said neither), "and the easier one" after "the harder one"
 * (set against the role that one was taken for), "how much does it pay" ("it" as that role). Undefined for a turn that
 * points at no role so, or names one itself.
 */
function aRolePointedAtByAComparison(
  kb: KnowledgeBase,
  turn: string,
  previous: Turn,
  profile: Profile | undefined,
  patterns: Record<Role, RegExp>,
  told: readonly string[],
): Resolution | undefined {
  const compared = comparedReference.exec(turn);
  // ("whats the pay for it at senior level" after "which role has more ai exposure": "it" is the role picked too.)
  const ofIt = /\b(?:for|of|in|into|about)\s+it\b(?!\s+(?:all|worth)\b)/i.test(turn) && /\b(?:which|who)\b/i.test(previous.resolved);
  const pronoun =
    !compared && (itOfTheAnswer.test(turn) || ofIt) && !/^\W*(?:(?:so|ok(?:ay)?|and|but|then)[\s,]+)*(?:why|how\s+come)\b/i.test(turn);
  if ((!compared && !pronoun) || readSlots(kb, turn, patterns).roles.length > 0) return undefined;
  const asRole = (reference: RegExp, role: Role) => asTheRoleReferredTo(kb, turn, reference, role, previous, profile, patterns, told);
  if (compared && previous.slots.roles.length === 1) {
    const againstEarlier = roleAgainstEarlierReference(compared, previous.question, previous.slots.roles[0]!);
    return againstEarlier ? asRole(comparedReference, againstEarlier) : undefined;
  }
  if (!previous.lead || previous.slots.roles.length === 1) return undefined;
  if (pronoun) {
    const role = roleComparedTo(thatOne, previous.resolved, previous.lead);
    return role ? asRole(ofIt && !itOfTheAnswer.test(turn) ? /\bit\b/i : /\b(?:it|they)\b/i, role) : undefined;
  }
  // ("which is more future proof" → "why" → "and the other one?": an answer that led with one role's passage, its
  // sentence naming neither ("The BLS projects 30% growth…"), was of that role.)
  const ledPassage = kb.passage(previous.passages[0] ?? '');
  const ledWith = ledPassage ? kb.sideOf(ledPassage) : undefined;
  // (Not where it set both roles side by side: "Data Engineer: This role is foundational… Machine Learning Engineer: …".)
  // ("Both have strong remote options. ML engineer roles at frontier labs…": of both, though its passage is one role's.)
  const sideBySide =
    previous.lead !== undefined &&
    (readSlots(kb, previous.lead, patterns).roles.length === 2 || /\b(?:both|either)\b/i.test(previous.lead));
  const ledRole = (ledWith === 'de' || ledWith === 'mle') && !sideBySide ? ledWith : undefined;
  const pointed = compared!.groups?.other ? (ledRole === 'de' ? 'mle' : 'de') : ledRole;
  const role =
    roleComparedTo(compared!, previous.resolved, previous.lead) ??
    (ledRole && (compared!.groups?.here || compared!.groups?.other) && /\b(?:which|who)\b/i.test(previous.resolved) ? pointed : undefined);
  if (role) return asRole(comparedReference, role);
  if (!comparisonAsked(previous.resolved)) return undefined;
  const readings = (['de', 'mle'] as const).map((r) => asRole(comparedReference, r));
  return readings.every((r) => r.kind === 'follow-up')
    ? { kind: 'clarify', prompt: 'Which one do you mean?', choices: readings.filter((r) => r.kind === 'follow-up') }
    : undefined;
}

/**
 * The resolution of a turn whose field was read as a role ("and ml pay?" as "and ml engineer pay?"): complete once
 * the role is named, it is still answered as rewritten, never as typed (where "ml" is the field).
 */
function asTheRole(kb: KnowledgeBase, asRole: string, resolution: Resolution): Resolution {
  return resolution.kind === 'complete'
    ? { kind: 'follow-up', resolved: asRole, slots: resolution.slots, understood: understoodOf(kb, asRole, resolution.slots) }
    : resolution;
}

/** "which is more", "who wins", "which is better then": one of the two picked on what was just discussed, in stop words alone. */
const pickedOfTwo =
  /^(?:(?:so|ok(?:ay)?|and|but|then)[,\s]+)*(?:which|who|wich|whcih)\b.*\b(?:more|less|better|worse|higher|lower|wins?)\b/i;

/** "compare that", "can u compare them side by side", "compare it with the other one": the answer before, of both roles. */
const compareThat =
  /^\W*(?:(?:ok(?:ay)?|so|and|now|pls|please|can\s+(?:you|u)|could\s+(?:you|u)|lets|let'?s|hmm+)[\s,]+)*(?:compare|contrast)\s+(?:that|this|it|them|these|those|the\s+two|both|em)(?:\s+(?:side\s+by\s+side|(?:to|with)\s+the\s+other(?:\s+one|\s+role)?|for\s+(?:both|me)|pls|please|then|tho))*\W*$/i;

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
  const resolution = resolveTurnItself(kb, turn, previous, profile, patterns, told, mentioned);
  // ("how much do de make" from someone in Toronto: what the sources give in general, at their level, with the place
  // they have no figures for said beside it; a decline naming Toronto would withhold every figure.)
  // ("and mle?" after that: the pay asked on, as resolved, is asked of nowhere too.)
  const lacked = placeTheirPayLacks(kb, resolution.kind === 'follow-up' ? resolution.resolved : turn, profile, patterns);
  if (!lacked) return resolution;
  if (resolution.kind === 'clarify')
    return { ...resolution, choices: resolution.choices.map((choice) => ({ ...choice, placeLacked: lacked })) };
  if (resolution.kind === 'follow-up') return { ...resolution, placeLacked: lacked };
  return {
    kind: 'follow-up',
    resolved: turn,
    slots: resolution.slots,
    understood: understoodOf(kb, turn, resolution.slots),
    placeLacked: lacked,
  };
}

/** `resolveTurn` before the place the sources lack is said beside pay (every argument given). */
function resolveTurnItself(...args: Required<Parameters<typeof resolveTurn>>): Resolution {
  const [kb, turn, previous, profile, patterns, told, mentioned] = args;
  // "and for ml?", "what about data?": set against the role before, the field is the role.
  const field = continuation.exec(turn.trim());
  const named = field ? turn.trim().slice(field[0].length) : '';
  // ("and junior ml?", "what about senior data": a level or setting before the field.)
  const bareField =
    /^\s*((?:(?:to|into|for|in)\s+)?(?:(?:junior|senior|staff|principal|lead|entry|entry-level|mid|mid-level|remote|faang)\s+)?)(ml|machine\s+learning|data)\s*[?!.]*\s*$/i.exec(
      named,
    );
  if (field && previous && bareField) {
    // ("and to ml?" after how long a move takes: the move into ML engineering.)
    const asRole = `${field[0]} ${bareField[1]}${/^data/i.test(bareField[2]!) ? 'data engineers' : 'ml engineers'}?`;
    return asTheRole(kb, asRole, resolveTurn(kb, asRole, previous, profile, patterns, told, mentioned));
  }
  // ("and ml interviews?" after data engineer interviews: the field before a topic is the role too.)
  // ("what about ml data engineers pay": the hybrid role's title, not the field before a topic.)
  const fieldTopic =
    /^\s*(?:ml|machine\s+learning)\s+(?!eng|engineer|engineering|folks|people|guys|person|side|(?:data|platform|infra\w*)\s+eng)(\S)/i.exec(
      named,
    );
  if (field && previous && fieldTopic && !readSlots(kb, turn, patterns).roles.length) {
    const asRole = `${field[0]} ${named.replace(/^\s*(?:ml|machine\s+learning)\s+/i, 'ml engineer ')}`;
    return asTheRole(kb, asRole, resolveTurn(kb, asRole, previous, profile, patterns, told, mentioned));
  }
  // ("how much at senior level", "and how much for staff?" after a role's day: how much they make, at that level.)
  const howMuchAt =
    /^(\W*(?:(?:and|so|ok(?:ay)?|but|then)[\s,]+)*how\s+much)\s+(?=(?:at|for|as)\s+(?:an?\s+|the\s+)?(?:entry|junior|jr|mid|senior|sr|staff|principal|lead|new\s+grad)\b)/i.exec(
      turn,
    );
  if (howMuchAt && previous && readSlots(kb, turn, patterns).roles.length === 0)
    return resolveTurn(kb, turn.replace(howMuchAt[0], `${howMuchAt[1]} do they make `), previous, profile, patterns, told, mentioned);
  // ("and 6?" after "mle salry for 3 yoe": a number alone, after years were asked, is years.)
  const bareNumber = /^\s*((?:(?:and|what\s+about|how\s+about|ok|okay|so)[\s,]+)*)(\d{1,2})\s*\+?\s*[?!.]*\s*$/i.exec(turn);
  if (bareNumber && previous && /\b\d{1,2}\s*\+?\s*(?:years?|yrs?|yoe)\b/i.test(previous.question))
    return resolveTurn(kb, `${bareNumber[1]}${bareNumber[2]} years of experience?`, previous, profile, patterns, told, mentioned);
  // "what does it take to get promoted in the first one?" after questions on MLE, then DE: the first is MLE.
  const ordinal = ordinalReference.exec(turn);
  if (ordinal && mentioned.length === 2 && readSlots(kb, turn, patterns).roles.length === 0 && !asksOfAnItemShown(kb, turn, previous)) {
    const role = mentioned[ordinal[1] || ordinal[2]?.toLowerCase() === 'former' ? 0 : 1]!;
    return asTheRoleReferredTo(kb, turn, ordinalReference, role, previous, profile, patterns, told);
  }
  // ("how long to become one" after what a data engineer does: "one" is the role just asked about, and the question is
  // the move into it, not the day to day of it.)
  const becomeOne = /\b(become|becoming|be|being|get\s+hired\s+as|land\s+a\s+job\s+as)\s+one\b/i.exec(turn);
  if (becomeOne && previous?.slots.roles.length === 1 && readSlots(kb, turn, patterns).roles.length === 0) {
    const named = turn.replace(becomeOne[0], `${becomeOne[1]} a ${roleName[previous.slots.roles[0]!]}`);
    const slots = readSlots(kb, named, patterns);
    return { kind: 'follow-up', resolved: named, slots, understood: understoodOf(kb, named, slots) };
  }
  // ("do de need much math" → "whats the pay diff between them at senior", "how do they compare on pay": "them" set side
  // by side is the two roles, not the one just asked about.)
  const bothOfThem = /\bbetween\s+them\b|\bhow\s+do\s+(?:they|the\s+two)\s+compare\b|\b(?:they|the\s+two)\s+(?:compare|differ)\b/i.exec(
    turn,
  );
  if (bothOfThem && previous?.slots.roles.length === 1 && readSlots(kb, turn, patterns).roles.length === 0) {
    const named = turn.replace(bothOfThem[0], (said) =>
      said.replace(/\b(?:them|they|the\s+two|those\s+two)\b/i, 'data engineers and ML engineers'),
    );
    const own = readSlots(kb, named, patterns);
    // ("senior de tc?" → "and mle?" → "whats the diff in tc between them": at the level, and in the place, of the pay
    // just compared, when it names none and pay was what was asked.)
    const payBefore = kb.read(previous.resolved).intent.wanted === 'money' && kb.read(named).intent.wanted === 'money';
    const level = own.level ?? (payBefore ? previous.slots.level : undefined);
    const region = own.region ?? (payBefore ? previous.slots.region : undefined);
    let resolved = level && !own.level ? withLevel(named, level) : named;
    if (region && !own.region) resolved = withRegion(resolved, region);
    const slots: TurnSlots = { ...own, roles: ['de', 'mle'], ...(level ? { level } : {}), ...(region ? { region } : {}) };
    return { kind: 'follow-up', resolved, slots, understood: understoodOf(kb, resolved, slots) };
  }
  // ("compare that", "can u compare them side by side" after one role's answer: the question before, asked of both.)
  if (compareThat.test(turn) && previous?.answered && previous.passages.length > 0 && previous.slots.roles.length === 1) {
    const named = withRoles(previous.resolved, ['de', 'mle'], patterns);
    const slots: TurnSlots = { ...previous.slots, roles: ['de', 'mle'] };
    return { kind: 'follow-up', resolved: named, slots, understood: understoodOf(kb, named, slots) };
  }
  // ("what skills does that one need", "how long for the slower one", "how much does it pay" right after a comparison.)
  const byComparison = previous ? aRolePointedAtByAComparison(kb, turn, previous, profile, patterns, told) : undefined;
  if (byComparison) return byComparison;
  // ("ok what about interviews for the other one" after data engineers' timeline: of the two roles, the other.)
  const other = otherRoleReference.exec(turn);
  if (other && previous?.slots.roles.length === 1 && readSlots(kb, turn, patterns).roles.length === 0) {
    const role: Role = previous.slots.roles[0] === 'de' ? 'mle' : 'de';
    return asTheRoleReferredTo(kb, turn, otherRoleReference, role, previous, profile, patterns, told);
  }
  // "what do des make, actually no, mles": the question asked of the role the message settled on.
  const settled = settledRole(turn, patterns);
  if (settled !== undefined) {
    const slots = readSlots(kb, settled, patterns);
    return { kind: 'follow-up', resolved: settled, slots, understood: understoodOf(kb, settled, slots) };
  }
  // "and the slowest?" after "which of those is fastest", "sorry i meant ml not de": the turn before, asked again.
  // "really? source?", "u sure? source?": doubts and a request for the source, one after the other, ask for the source.
  const checks = turn.trim().split(/(?<=[?!.])\s+/);
  if (checks.length > 1 && checks.every((part) => doubts.test(part) || asksSource.test(part))) {
    const last = checks.findLast((part) => asksSource.test(part)) ?? checks.at(-1)!;
    return resolveTurn(kb, last, previous, profile, patterns, told, mentioned);
  }
  // "what about me? im a de with 4 yoe": the turn before, asked of the person.
  const rewritten = previous ? (askedAgain(turn, previous) ?? askedOfThemselves(kb, turn, previous, profile)) : undefined;
  if (rewritten !== undefined) {
    const resolution = resolveTurn(kb, rewritten, previous, profile, patterns, told, mentioned);
    if (resolution.kind !== 'complete') return resolution;
    // Complete once rewritten ("how much would i make as one of the data engineers"): answered as rewritten, and
    // saying so where the role came from their quiz.
    const byQuiz = profile?.quizOutcome && !profile.role && !profile.job && !askedAgain(turn, previous!) ? ', from your quiz result' : '';
    return {
      kind: 'follow-up',
      resolved: rewritten,
      slots: resolution.slots,
      understood: `${understoodOf(kb, rewritten, resolution.slots)}${byQuiz}`,
    };
  }
  // ("how long would it take him to become a data engineer?", "which role is better for my son?": asked of someone else,
  // whom nothing the person told of themselves describes.)
  const ofSomeoneElse = saysOnlyOfSomeoneElse(turn);
  // (What they told of that someone else still is: "my son is 17 and loves math", read as that person's own profile.)
  const toldOfThem = ofSomeoneElse ? [...told.filter((message) => forSomeoneElse.test(message)), turn] : [];
  const theirs = ofSomeoneElse ? profileOfSomeoneElse(kb, toldOfThem, patterns) : undefined;
  const c = readTurn(
    kb,
    // ("how long would it take him?": asked of them as "me" would be, with what was told of them as their profile.)
    theirs ? inTheFirstPerson(turn) : turn,
    previous,
    ofSomeoneElse ? theirs : profile,
    patterns,
    ofSomeoneElse ? toldOfThem.slice(0, -1) : told,
    mentioned,
  );
  if (c.text === undefined) return { kind: 'complete', slots: c.own };
  for (const rule of aboutThePerson) {
    const resolution = rule(c);
    // ("which role fits him?": what was understood is said of them, not of the person asking.)
    if (resolution) return ofSomeoneElse ? saidOfThem(resolution) : resolution;
  }
  if (!previous) return { kind: 'complete', slots: c.own };
  const textTerms = kb.analyze(c.text);
  // "what is the?": no word that means anything and nothing that carries a turn on: no follow-up either.
  // ("how long", "how much": what they ask for is a time or a figure, of what was just discussed.)
  const carriesNothing =
    textTerms.length === 0 &&
    c.read.intent.wanted === undefined &&
    !pointsBack.test(c.text) &&
    ![
      continuation,
      reason,
      reverse,
      narrowing,
      otherRole,
      equivalent,
      verdictAsk,
      vagueAsk,
      elaborate,
      asksSource,
      asksWhen,
      inShort,
      doubts,
      pickedOfTwo,
      whatComesNext,
    ].some((pattern) => pattern.test(c.text.trim()));
  if (carriesNothing) return { kind: 'complete', slots: c.own };
  const pc = readAgainstPrevious(c, previous, textTerms);
  // ("what about ml data engineers pay": the hybrid role, named with a topic, is a question of its own; its title holds
  // both roles' words, which would otherwise carry the roles and level before on.)
  if (pc.ownTopic > 0 && namesTheHybrid.test(c.text)) return { kind: 'complete', slots: c.own };
  for (const rule of onThePreviousTurn) {
    const resolution = rule(pc);
    if (resolution) return theirMoveUnsaid(kb, withoutWordsReadAsContext(kb, resolution, previous, c.text), c.profile);
  }
  return { kind: 'complete', slots: c.own };
}

/**
 * "ex nurse" … "how long" → "and the other one?": getting into the other role, asked on from a move the sources never
 * describe, says so again (what they say of getting in is timed from backend work, not from nursing).
 */
function theirMoveUnsaid(kb: KnowledgeBase, resolution: Resolution, profile: Profile | undefined): Resolution {
  if (resolution.kind !== 'follow-up' || resolution.moveUnsaid || !profile?.job || !comesFromAnotherJob(profile)) return resolution;
  const into = (['de', 'mle'] as const).find((role) => resolution.resolved.replace(/[?\s]+$/, '') === breakingInto(role));
  if (!into || !noMoveDescribedFrom(kb, jobItself(profile.job), into)) return resolution;
  return { ...resolution, moveUnsaid: { from: jobItself(profile.job), to: into } };
}

/**
 * "at senior?" after "everyone on twitter says de pays way less than mle. true?", "why" after "new grad here no
 * internships, which role is easier to get interviews for": a word the question before said around its ask (where a
 * claim was heard, what the person lacks) comes into the ask once the follow-up is written onto it, where the sources
 * lacking it would decline what they answered a turn ago. Such words are left out; a word this turn types stays.
 */
function withoutWordsReadAsContext(kb: KnowledgeBase, resolution: Resolution, previous: Turn, text: string): Resolution {
  if (resolution.kind !== 'follow-up' || !previous.answered || resolution.resolved === previous.resolved) return resolution;
  const unknownBefore = new Set(kb.read(previous.resolved).unknown.map((u) => u.word));
  const typedNow = new Set(kb.analyze(text).map((t) => t.from));
  const said = (word: string, in_: string) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(in_);
  const aside = kb
    .read(resolution.resolved)
    .unknown.filter(
      (u) =>
        u.kind === 'name' && !unknownBefore.has(u.word) && !typedNow.has(u.typed ?? u.word) && said(u.typed ?? u.word, previous.resolved),
    )
    .map((u) => u.typed ?? u.word);
  if (aside.length === 0) return resolution;
  const resolved = aside
    .reduce((out, word) => out.replace(new RegExp(`\\s*\\b${escapeRegExp(word)}\\b`, 'gi'), ''), resolution.resolved)
    .trim();
  return { ...resolution, resolved };
}
