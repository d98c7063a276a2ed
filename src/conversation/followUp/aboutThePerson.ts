/**
 * Follow-ups about the person asking, read with what they said about themselves (their role, years, job, what they
 * like, their story): their own pay, their own move, which role suits them. These need no previous question.
 */
import { toolNames } from '../../search/vocabulary.js';
import { chooseTerm, synonymPrefix } from '../../search/analyzer.js';
import type { Direction } from '../../search/direction.js';
import { questionDestination } from '../../search/direction.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { currencyAsked } from '../../search/currencies.js';
import { moveSetAside } from '../../search/questionReader.js';
import { levelLabel, levelWord, moveEnds, namesRole, readSlots, regionLabel, roleField, roleLabel, roleName, roleNames } from '../slots.js';
import type { Profile, Role, TurnSlots } from '../types.js';
import {
  changesTheirMind,
  comesFromAnotherJob,
  dislikeStatement,
  jobItself,
  levelTheyWouldEarnAt,
  notForThem,
  placeTold,
  placeWithThe,
  roleSettledOn,
  sharesAStem,
  sourcesLackJob,
  stillLearning,
  whereTheyLive,
  yearsSaid,
} from '../profile.js';
import { follow, gettingIn, type Reading, type Resolution, type Rule, type TurnContext } from './context.js';
import {
  aboutMe,
  asksAfterStory,
  asksWhichFits,
  choiceForMe,
  doubts,
  fitForMe,
  forSomeoneElse,
  forThat,
  isThatEnough,
  other,
  ownMove,
  pointsBack,
  reverse,
  sourcesDiffer,
  takesMe,
  vagueAsk,
  whichAlone,
  reachesALevel,
} from './patterns.js';
import {
  asksAnything,
  judgesTheSumIn,
  opensAsQuestion,
  reportsAClaim,
  someoneElsesJob,
  splitQuestion,
  whereTheAskerIs,
} from '../../question/chat.js';
import { maxResolvedWords, topicWords } from './topicWords.js';
import { understoodOf } from './understood.js';
import { escapeRegExp } from '../../question/regexp.js';
import { withArticle } from '../../question/article.js';
import { breakingInto, breakingIntoEither, noMoveDescribedFrom } from '../../answer/breakingIn.js';

/** "thinking of switching to de or mle, …", "planning to move into de. …": a move told before what is asked. */
const moveToldFirst =
  /^\W*(?:(?:i'?m|im|i\s+am|been|ive\s+been)\s+)?(?:thinking|considering|planning|looking|hoping|wanting)\s+(?:of|about|to|at)?\s*(?:switching|switch|moving|move|going|pivoting|pivot|transitioning)\s+(?:over\s+)?(?:in)?to\s+[^,.;!?]+[,.;!?]\s*/i;

/**
 * "got an offer for a de role, 140k base, 3 yoe" … "fair?": a verdict asked, in no words of its own, of the sum they
 * just told is asked of what they told, as if said in one message.
 */
const aVerdictOnTheirSum: Rule<TurnContext> = ({ kb, turn, previous, patterns }) => {
  // (The offer answered with the figures, "my offer is 140k base for de", is judged again, of the same sum.)
  if (!previous?.answered || !judgesTheSumIn(previous.resolved, turn)) return undefined;
  const resolved = `${previous.resolved.replace(/[\s.!,;:]+$/, '')}. ${turn.trim()}`;
  const slots = readSlots(kb, resolved, patterns);
  return { kind: 'follow-up', resolved, slots, understood: understoodOf(kb, resolved, slots) };
};

/** "would i take a pay cut", "would my pay go up", "would i make more": a change of pay, not a figure. */
const changeOfPay =
  /\b(?:pay\s*cut|paycut|take\s+a\s+(?:hit|cut)|pay\s+(?:go|goes)\s+(?:up|down)|(?:make|earn|get)\s+(?:more|less)|lose\s+money)\b/i;

/**
 * "what would i earn as an mle here" after "im based in lagos nigeria": pay where they said they live, asked there
 * (Nigeria's figures; or, for a place the sources lack, a decline that names it), never the US figures in silence.
 */
const payWhereTheyLive: Rule<TurnContext> = ({ kb, read, text, own, told, profile, previous, patterns, reading }) => {
  const asksPay = read.terms.some((t) => t.term === `${synonymPrefix}salary`);
  if (!asksPay || own.region || read.unknown.some((u) => u.kind === 'name' && u.inMainAsk)) return undefined;
  // ("should i move to the us for pay" → "what would i make there": "there" is the place just asked of, not home.)
  // ("im a data analyst based in nigeria" → "what would a mle make there": after where they told they live, it is there.)
  const toldJustBefore = previous?.answered === true && previous.passages.length === 0;
  if (/\bthere\b/i.test(text) && previous?.slots.region !== undefined && !toldJustBefore) return undefined;
  // ("whats de pay" after "data analyst, 1 yoe, manchester uk": pay asked of no one and nowhere, by someone who said
  // where they are, is pay there; the US figures in silence would answer someone else.)
  // ("is that base or tc?": what points back at the figures shown asks of them, wherever they are for.)
  const whereKept =
    profile?.place !== undefined && !forSomeoneElse.test(text) && !/\b(?:us|usa|america|states|that|this|those|these|it)\b/i.test(text);
  if (!(aboutMe.test(text) || whereTheAskerIs.test(text) || whereKept)) return undefined;
  // ("which pays more at my level" from someone in Toronto: which role pays more is the sources' to say anywhere; no
  // figure for the place is asked.)
  if (read.intent.form === 'comparison' && !whereTheAskerIs.test(text)) return undefined;
  // ("would i take a pay cut", "would my pay go up": a change of pay, which the sources say of the roles anywhere.)
  if (changeOfPay.test(text) && !whereTheAskerIs.test(text)) return undefined;
  // ("im a data analyst in lagos, 2 years in": a place the sources know, told beside the job, is where they are.)
  // Where they last said they are ("i moved to berlin actually" after "based in lagos"), kept in their profile; else
  // told in this conversation before places were kept.
  const statement = profile?.place
    ? undefined
    : [...told].reverse().find((t) => whereTheyLive.test(t) || readSlots(kb, t, patterns).region !== undefined);
  const place = profile?.place ?? (statement ? placeTold.exec(statement)?.[1]?.trim() : undefined);
  // ("how much can i make here" from someone who never said where: the pay the sources give by place, saying so.)
  // (A level asked, "what would i earn here as a junior de", is given by level, in the US figures the places lack.)
  if (
    !place &&
    !own.level &&
    /\b(?:make|earn|get|paid|pay|salary|salaries|comp)\b[^.?!]*\b(?:here|locally|in\s+my\s+(?:city|country|area|region))\b/i.test(text) &&
    !read.unknown.some((u) => u.kind === 'name')
  ) {
    const roles: Role[] = own.roles.length > 0 ? [...own.roles] : profile?.role ? [profile.role] : ['de', 'mle'];
    return follow(
      reading(
        `how much do ${roles.map((r) => roleNames[r]).join(' and ')} make in each region`,
        { ...own, roles },
        "pay by place (you haven't told me where you are)",
      ),
    );
  }
  // ("i work in healthcare": the field they work in, kept as where they come from, is no place.)
  if (!place || place.toLowerCase() === profile?.job) return undefined;
  // (Toronto, kept, which the sources give no figures for: asked of nowhere, the figures they give in general answer,
  // said so: placeTheirPayLacks.)
  if (placeTheirPayLacks(kb, text, profile, patterns)) return undefined;
  // ("thinking of switching to de or mle, what would i earn here": the ask alone, its roles the move told; the move's
  // words would find how a move changes pay.)
  const base = text.replace(moveToldFirst, '');
  const asked = `${base.replace(new RegExp(`\\s*${whereTheAskerIs.source}`, 'gi'), '').replace(/[?.!\s]+$/, '')} in ${place}`;
  // ("how much would i make here" from a backend developer: the role they work in or head for, else both.)
  // ("and how much would i make here after" from a data engineer heading for ML engineering: after the move, in the
  // role they head for.)
  const afterTheMove =
    profile?.goal !== undefined &&
    profile.goal !== profile.role &&
    /\b(?:after(?:wards)?|once\s+i(?:'?ve|\s+have)?\s+(?:switch|move|made|make|switched|moved)|if\s+i\s+(?:switch|move|go|made))\b/i.test(
      text,
    );
  const roles: Role[] =
    own.roles.length > 0
      ? [...own.roles]
      : afterTheMove
        ? [profile.goal!]
        : profile?.role
          ? [profile.role]
          : profile?.goal
            ? [profile.goal]
            : ['de', 'mle'];
  // ("im a 3rd year cs student in brazil" → "how much would i earn": a student would start at entry level.)
  // ("im 1.5 yoe de in lagos" → "how much will i make as mle here": a junior in one of the roles, at the entry level,
  // which the figures by place, given for mid-senior engineers, then say they lack.)
  const starting =
    !own.level &&
    (studentWithNoRole(profile) ||
      (profile?.role !== undefined && profile.years !== undefined && levelTheyWouldEarnAt(profile) === 'entry'));
  const as = `as a${starting ? 'n entry level' : ''} ${roles.map((r) => roleName[r]).join(' or ')}`;
  const named = kb.read(base).roles.length > 0 ? `${asked}${starting ? ' at entry level' : ''}` : `${asked} ${as}`;
  const { region } = readSlots(kb, named, patterns);
  // ("im a mid level de in the us" … "how much would i make after switching?", "data analyst 2 yoe in the us" … "whats
  // mle pay at my level": the articles' figures are US figures; their own pay, at their level or where their job would
  // start them, says more.)
  if (region === 'us' && (profile?.role || profile?.goal || profile?.job || profile?.years !== undefined)) return undefined;
  return follow(reading(named, { ...own, roles, ...(region ? { region } : {}), ...(starting ? { level: 'entry' } : {}) }));
};

/**
 * "how much do de make", "whats the tc for me as a de" from someone who said they live in Toronto: the place kept
 * (as kept, "toronto") when the sources give no pay figures there and the question asks pay of no place, neither
 * "here" nor of the figures just shown ("is that base?"); undefined otherwise. The answer is then the figures the
 * sources give in general, with the place they lack said beside them.
 */
export function placeTheirPayLacks(
  kb: KnowledgeBase,
  text: string,
  profile: Profile | undefined,
  patterns: Record<Role, RegExp>,
): string | undefined {
  const place = profile?.place;
  if (!place || place.toLowerCase() === profile.job || forSomeoneElse.test(text)) return undefined;
  const read = kb.read(text);
  if (!read.terms.some((t) => t.term === `${synonymPrefix}salary`) || read.intent.form === 'comparison') return undefined;
  // ("what would i make there", "in rupees how much would i get": a place, or its currency, asked all the same.)
  // (Only the ask: "de in toronto 1.5 yoe here. whats a junior de make" tells who asks with "here".)
  const ask = read.ask || text;
  if (whereTheAskerIs.test(ask) || /\b(?:us|usa|america|states|there|that|this|those|these|it)\b/i.test(ask) || currencyAsked(ask))
    return undefined;
  if (readSlots(kb, ask, patterns).region !== undefined || read.unknown.some((u) => u.kind === 'name' && u.inMainAsk)) return undefined;
  // ("…ml engineer 2 yrs in toronto, … would i take a pay cut moving to de": the place named in the ask itself is asked;
  // a change of pay is what the sources say of the roles anywhere, no figure set against a place.)
  if (new RegExp(`\\b${escapeRegExp(place)}\\b`, 'i').test(ask) || changeOfPay.test(ask)) return undefined;
  return readSlots(kb, `in ${placeWithThe(place)}`, patterns).region === undefined ? place : undefined;
}

/** The one role the person's latest quiz result named (none for the hybrid result, or no result). */
function quizRole(profile: Profile | undefined): Role | undefined {
  // (A role chosen since the result, "actually ill go mle anyway", outranks it.)
  if (profile?.goalAfterQuiz && profile.goal !== undefined && profile.goal !== profile.quizOutcome) return undefined;
  return profile?.quizOutcome === 'de' || profile?.quizOutcome === 'mle' ? profile.quizOutcome : undefined;
}

/** Someone still learning (a student, a bootcamper) who named no role of theirs nor one they head for. */
function studentWithNoRole(profile: Profile | undefined): boolean {
  return profile?.job !== undefined && stillLearning.test(profile.job) && !profile.role && !profile.goal;
}

/** "how long does the switch take", "how long does a transition take": the switch, named of no one. */
const theSwitchAlone =
  /^\W*(?:(?:so|ok(?:ay)?|and|hmm+)[\s,]+)*how\s+long\s+(?:does|do|will|would|did|can)\s+(?:the|a|that)\s+(?:switch|move|transition|pivot)\s+(?:usually\s+|typically\s+|normally\s+)?(?:take|last)\b[\s?!.]*$/i;

/**
 * "how much would i earn" from a student who named no role, or someone from another job heading nowhere yet: what
 * either role pays at entry level, where they would start (not the whole ladder, nor the senior row a table opens with);
 * the one role just talked of, where there was one.
 */
const aStudentsPay: Rule<TurnContext> = ({ read, text, own, profile, previous, reading }) => {
  const asksPay = read.terms.some((t) => t.term === `${synonymPrefix}salary`);
  // (Someone from another job, heading nowhere yet, starts at entry level too: "what would i earn at first".)
  const changer = profile !== undefined && comesFromAnotherJob(profile);
  const starting = studentWithNoRole(profile) || (changer && !profile.goal);
  // ("im an accountant, 6 yrs" → "with my 6 yoe what would a de make": their years are in accounting, no level of the role.)
  const theirOwnYears = changer && /\bmy\s+(?:\d{1,2}\s*\+?\s*(?:years?|yrs?|yoe)\b|experience\b|years\b)/i.test(text);
  const levelAsked = own.level !== undefined && (own.level !== 'entry' || own.roles.length > 0) && !theirOwnYears;
  if (!(asksPay && aboutMe.test(text) && !levelAsked && !own.region && (starting || theirOwnYears))) return undefined;
  if (read.unknown.some((u) => u.kind === 'name' && u.inMainAsk) || whereTheAskerIs.test(text)) return undefined;
  // ("how long would de take me" → "what would i earn at first": the role the conversation is about.)
  const talkedOf = previous?.answered && previous.slots.roles.length === 1 ? previous.slots.roles : [];
  const roles: Role[] = own.roles.length > 0 ? [...own.roles] : talkedOf.length === 1 ? [...talkedOf] : ['de', 'mle'];
  const asked = `how much do entry level ${roles.map((r) => roleNames[r]).join(' and ')} make`;
  const who = roles.length === 1 ? roleLabel[roles[0]!] : 'Both roles';
  // (Their years, asked with, are said not to count, so the entry level is no surprise.)
  const job = profile?.job;
  const yearsElsewhere =
    theirOwnYears && job && profile.years !== undefined
      ? ` (your ${profile.years} ${profile.years === 1 ? 'year was' : 'years were'} as ${withArticle(job)}, not in ${roles.length === 1 ? 'the role' : 'either role'})`
      : '';
  const { level: _told, ...unlevelled } = own;
  return follow(reading(asked, { ...unlevelled, roles, level: 'entry' }, `${who} pay, entry level${yearsElsewhere}`));
};

/** "data analyst here (2 yoe)…", "hey, backend dev here": who is asking, introduced; "here" says who, not where. */
const introducedHere = /^\W*(?:(?:hi|hey|yo|so|ok)[\s,!.]+)*\p{L}[\p{L}\s-]{1,40}?\s+here\b/iu;

/** "what would i earn", "what could i make", "what'd i get": pay not yet theirs. */
const hypothetical = /\b(?:would|could)\s+i\b|\bwhat'?d\s+i\b/i;
/**
 * "would i make more as an mle", "could i earn less as a staff de": pay in another role, were they in it, set against
 * theirs ("how much would i lose" asks the gap itself, not this).
 */
const asIfInTheOther =
  /^(?!.*\bhow\s+much\b).*\b(?:would|could)\s+i\s+(?:make|earn|get(?:\s+paid)?|be\s+paid)\s+(?:more|less)\s+as\s+(?:an?\s+)?\p{L}/iu;

/**
 * "i'm a data engineer in chicago. does mle pay more?", "im a senior mle" → "would de pay more or less": the other role's
 * pay set against their own, answered as the comparison (at their level, where they said it), not one role's table.
 */
const theOtherRolesPayAgainstTheirs: Rule<TurnContext> = ({ read, text, own, profile, reading }) => {
  const current = profile?.role;
  const other = own.roles.length === 1 ? own.roles[0]! : undefined;
  if (current === undefined || other === undefined || other === current || own.level || own.region) return undefined;
  const { mainAsk } = splitQuestion(text);
  if (
    !read.terms.some((t) => t.term === `${synonymPrefix}salary`) ||
    !/\b(?:pays?|paid|makes?|earns?)\s+(?:(?:a\s+lot|way|much|any)\s+)?(?:more|less|better)\b|\bmore\s+or\s+less\b/i.test(mainAsk) ||
    // ("would i make more as an mle": their own pay in the other role, which theirPay answers.)
    /\b(?:i|me|my|i'?d|id)\b/i.test(mainAsk)
  )
    return undefined;
  const level = profile?.level ? `${levelWord(profile.level)} ` : '';
  return follow(
    reading(
      `do ${level}${roleNames[other]} make more or less than ${level}${roleNames[current]}`,
      { roles: [other, current], topic: 'pay', ...(profile?.level ? { level: profile.level } : {}) },
      `${roleLabel[other]} pay against ${roleLabel[current]} pay${level ? `, ${levelLabel(profile!.level!)}` : ''}`,
    ),
  );
};

/**
 * "how much would i make after switching?", "how much should i be making?": pay for the person's role (or the one
 * they are moving to, when they ask what they would make), at the level they would earn at: their years' in software
 * or data, the entry level coming from another job.
 */
const theirPay: Rule<TurnContext> = ({ read, text, own, profile, previous, reading }) => {
  const asksPay = read.terms.some((t) => t.term === `${synonymPrefix}salary`);
  const current = profile?.role;
  // (A quiz result names where they head, when they said nothing of it themselves: "what would i make" after it.)
  const headedFor = profile?.goal ?? quizRole(profile);
  // ("whats the pay range locally for someone like me?" after "im in lagos": where they are decides, which the
  // profile does not keep; the story told does.)
  // ("6 yoe de" → "pay?", "tc?", "whats the range": pay asked in a few words, naming no one, right after they told who
  // they are, is their own.)
  // (Told since the question before, "i mean staff" after "pay?", as well: their profile changed after it.)
  const justTold =
    (previous?.answered === true && previous.passages.length === 0) ||
    (previous !== undefined && profile !== undefined && profile.updatedAt > previous.at);
  // ("im a senior de" → "which pays more": a comparison of the roles is no question of their own pay.)
  const askedBare =
    justTold &&
    own.roles.length === 0 &&
    !own.level &&
    !own.region &&
    read.intent.form !== 'comparison' &&
    text.trim().split(/\s+/).length <= 4;
  if (
    !(
      asksPay &&
      (aboutMe.test(text) || askedBare) &&
      // ("im a de. someone on reddit said ml data eng pays 50% more": the claim is what is asked, not their own pay.)
      !reportsAClaim(text) &&
      own.roles.length <= 1 &&
      // ("how much do junior des make" asks as typed; "what would i earn at first" names a level, not a role.)
      // ("would i make more as an mle at L5", from a data engineer: their own role set against the other, at the level.)
      (!own.level || own.roles.length === 0 || (current !== undefined && own.roles[0] !== current && asIfInTheOther.test(text))) &&
      !whereTheAskerIs.test(text.replace(introducedHere, ' ')) &&
      // ("what would i earn in london": a place the sources lack is asked as named, and declined for it.)
      // ("…data engineer 9 yrs in toronto, would mle pay more than my job": told where they are, likewise.)
      !read.unknown.some((u) => u.kind === 'name' && (u.inMainAsk || u.told)) &&
      profile &&
      // ("data analyst here (2 yoe). how much would i make if i switched to de": the role named is where they would be.)
      (current || profile.goal || (own.roles.length === 1 && profile.job !== undefined && hypothetical.test(text)))
    )
  )
    return undefined;
  // ("should i move to the us for pay", from an ML engineer in Berlin: a move of place, their own role's pay there.)
  const movesPlace =
    /\b(?:move|moving|relocat\w*)\b/i.test(text) && (own.region !== undefined || read.unknown.some((u) => u.kind === 'name'));
  const moving = (ownMove.test(text) && !movesPlace) || /\bafter\b|\bif\s+i\b/i.test(text);
  // "what would i earn there" right after their move: in the role the move goes to.
  const movedTo = previous?.slots.direction?.split('-to-')[1] as Role | undefined;
  // ("what if i moved to de" → "ok what would i make": would, right after their move, is pay where it goes.)
  const there =
    movedTo !== undefined &&
    (/\b(?:there|in\s+that\s+role|over\s+there)\b/i.test(text) || (hypothetical.test(text) && movedTo !== current));
  // ("what would i earn" from a data engineer heading for ML: what they would, in the role they head for.)
  const wouldBe = headedFor !== undefined && headedFor !== current && hypothetical.test(text);
  // ("if i switch to mle what would i make" → "and my pay then at senior": then, in the role just asked of.)
  const thenIn =
    current !== undefined &&
    /\b(?:then|afterwards?|after\s+that)\b/i.test(text) &&
    previous?.slots.roles.length === 1 &&
    previous.slots.roles[0] !== current
      ? previous.slots.roles[0]
      : undefined;
  const target =
    own.roles[0] ?? thenIn ?? (there ? movedTo : moving ? (headedFor ?? other[current!]) : wouldBe ? headedFor : (current ?? headedFor))!;
  const level = own.level ?? levelTheyWouldEarnAt(profile);
  // ("what would i lose pay-wise", an ML engineer heading for data engineering: the pay of both, at their level.)
  // ("would i take a pay cut moving to de", from an ML engineer: the move named in the turn itself.)
  // ("would mle pay more than my job", from a data engineer: the other role's pay set against their own.)
  const againstTheirs = thanTheirOwn.test(text);
  // ("would i make more as an mle", from a data engineer: the other role's pay, were they in it, set against theirs.)
  const movingTo =
    own.roles.length === 1 && own.roles[0] !== current && (moving || againstTheirs || asIfInTheOther.test(text)) ? own.roles[0] : undefined;
  // ("would i take a paycut" right after "how long to switch to de": the move just asked.)
  const changes = payChange.test(text);
  const goal = movingTo ?? (own.roles.length === 0 ? (headedFor ?? (changes ? movedTo : undefined)) : undefined);
  const headed = current && goal && goal !== current && (movesUpsides.test(text) || changes) ? goal : undefined;
  if (headed) {
    const both: Role[] = [current!, headed];
    const levelled = level ? `${levelWord(level)} ` : '';
    // (A change asked is the one role's pay against the other's, side by side.)
    const asked = changes
      ? `do ${levelled}${roleNames[current!]} earn more than ${roleNames[headed]}`
      : `how much do ${levelled}${both.map((r) => roleNames[r]).join(' and ')} make`;
    return follow(
      reading(
        asked,
        { ...own, roles: both, ...(level ? { level } : {}) },
        [`${roleLabel[current!]} and ${roleLabel[headed]} pay`, level ? levelLabel(level) : ''].filter(Boolean).join(', '),
      ),
    );
  }
  // ("been an analyst 4 years, heading for de" → "what would i make as a de": years in another job, counted or not.)
  const yearsLevel = own.level ? undefined : levelTheyWouldEarnAt(profile);
  if (!current && yearsLevel && profile.job && profile.years && !comesFromAnotherJob(profile) && !stillLearning.test(profile.job))
    return countedOrStarting(profile, yearsLevel, (at, note) =>
      reading(
        `how much do ${levelWord(at)} ${roleNames[target]} make`,
        { ...own, roles: [target], level: at },
        `${roleLabel[target]} pay, ${levelLabel(at)} (${note})`,
      ),
    );
  const slots: TurnSlots = { ...own, roles: [target], ...(level ? { level } : {}) };
  // ("what would i make remote": the place asked stays.)
  const place = own.region ? ` ${regionLabel(own.region)}` : '';
  const asked = `how much do ${level ? `${levelWord(level)} ` : ''}${roleNames[target]} make${place}`;
  return follow(
    reading(asked, slots, [`${roleLabel[target]} pay`, level ? levelLabel(level) : '', place.trim()].filter(Boolean).join(', ')),
  );
};

/**
 * "what would i earn at that level" from someone who told their years ("1 yoe") and no role of their own: pay at the
 * level their years make them, for the role the conversation has been about (both, if none).
 */
const payAtTheirLevel: Rule<TurnContext> = ({ kb, read, text, own, profile, previous, mentioned, reading }) => {
  // ("how much exactly at my level" right after "would i take a pay cut": how much, of the pay just asked.)
  const asksPay =
    read.terms.some((t) => t.term === `${synonymPrefix}salary`) ||
    (/\bhow\s+much\b/i.test(text) && previous !== undefined && kb.read(previous.resolved).intent.wanted === 'money');
  // ("which role pays more for someone like me?": at their level too.)
  const atTheirs =
    /\b(?:that|my|this|the\s+same)\s+level\b|\b(?:someone|a\s+person|people|ppl)\s+like\s+me\b|\bwith\s+my\s+(?:experience|years|yoe)\b/i;
  const level = profile ? levelTheyWouldEarnAt(profile) : undefined;
  if (!(asksPay && level && !own.level && atTheirs.test(text))) return undefined;
  // ("which pays more at my level" after one role's answer: the two roles compared, at their level.)
  const roles: Role[] =
    own.roles.length > 0
      ? [...own.roles]
      : read.intent.form === 'comparison' ||
          // (After "would i take a pay cut", answered with both roles' pay: both again.)
          previous?.slots.roles.length === 2
        ? ['de', 'mle']
        : previous?.slots.roles.length === 1
          ? [...previous.slots.roles]
          : mentioned.length === 1
            ? [...mentioned]
            : profile?.role
              ? [profile.role]
              : ['de', 'mle'];
  // ("pay at my level in india", "…in lagos": the place asked stays, whether the sources give figures for it or not.)
  const place = /\bin\s+((?:the\s+)?[\p{L}]+(?:\s+[\p{L}]+)?)\s*[?!.]*$/iu.exec(read.ask)?.[1];
  const where =
    place && (own.region || read.unknown.some((u) => u.kind === 'name' && place.toLowerCase().includes(u.word))) ? ` in ${place}` : '';
  const asked = `how much do ${levelWord(level)} ${roles.map((r) => roleNames[r]).join(' and ')} make${where}`;
  const who = roles.length === 1 ? roleLabel[roles[0]!] : 'Both roles';
  return follow(reading(asked, { ...own, roles, level }, `${who} pay, ${levelLabel(level)}`));
};

/** "become a de or mle", "switch to mle or de": a move into either role, as a pattern built once per role patterns. */
const headsForEitherOf = new WeakMap<Record<Role, RegExp>, RegExp>();
function headsForEither(patterns: Record<Role, RegExp>): RegExp {
  let pattern = headsForEitherOf.get(patterns);
  if (!pattern) {
    const role = `(?:${patterns.de.source}|${patterns.mle.source})`;
    pattern = new RegExp(
      `\\b(?:become|becoming|be|switch(?:ing)?\\s+to|mov(?:e|ing)\\s+(?:in)?to|get(?:ting)?\\s+into|break(?:ing)?\\s+into)\\s+(?:an?\\s+)?${role}\\s+or\\s+(?:an?\\s+)?${role}`,
      'iu',
    );
    headsForEitherOf.set(patterns, pattern);
  }
  return pattern;
}

/** "from backend", "from zero", "from being a teacher": where a move starts, named in the turn itself. */
const namedStart = /\bfrom\s+(?:an?\s+|being\s+an?\s+)?(?!(?:me|my|here|there|now|that|this|it|them|then)\b)\p{L}/iu;

/**
 * "how long would that take" right after "what should i learn first", "what skills do i need" or a pay answer, from someone
 * in neither role (a student, a career changer, or who told nothing): how long getting into the role takes, the one
 * the learning or pay was about, or either.
 */
const timeToLearnIt: Rule<TurnContext> = ({ kb, text, own, profile, previous, reading }) => {
  if (
    !(
      previous !== undefined &&
      own.roles.length === 0 &&
      !profile?.role &&
      !profile?.quizOutcome &&
      // (A job told, "backend engineer heading for ML", makes it their move; a student's is getting in.)
      (!profile?.job || stillLearning.test(profile.job)) &&
      // ("how long", "how long tho": the bare question, of the learning just shown.)
      (/\bhow\s+long\s+(?:would|will|does|should|could)\s+(?:it|that|this|all\s+that)\s+take\b/i.test(text) ||
        /^\W*(?:(?:so|ok(?:ay)?|and|but|hm+)[\s,]+)*how\s+long(?:\s+(?:tho|though|roughly|realistically|for\s+that|for\s+all\s+that))?[\s?!.]*$/i.test(
          text,
        )) &&
      (/\b(?:learn|learning|study|studying|prioriti[sz]e|focus\s+on|pick\s+up|skills?\s+(?:do\s+)?i\s+need|need\s+to\s+know|roadmap|learning\s+path|path\s+to\s+(?:become|becoming))\b/i.test(
        previous.resolved,
      ) ||
        // ("which pays more de or mle" → "how long would it take": to get into them, not the pay again.)
        (kb.read(previous.resolved).intent.wanted === 'money' && !previous.slots.direction))
    )
  )
    return undefined;
  const [role] = previous.slots.roles.length === 1 ? previous.slots.roles : [];
  return role
    ? follow(reading(breakingInto(role), { ...own, roles: [role] }, `getting into ${roleLabel[role]}`))
    : follow(reading(breakingIntoEither, { ...own, roles: ['de', 'mle'] }, 'getting into either role'));
};

/**
 * "can an accountant switch into data engineering?", "how hard is it to go from teacher to mle": a move into one role
 * from a job the sources never describe a move from, asked of anyone. What they say of getting into the role is the
 * answer, said so; a move they do describe ("backend engineering … 2-3 months") would be someone else's.
 */
const aMoveFromAJobTheyLack: Rule<TurnContext> = ({ kb, read, own, patterns, reading }) => {
  if (own.roles.length !== 1 || own.direction) return undefined;
  const named = jobMovedFrom.exec(read.ask)?.groups;
  const job = (named?.job1 ?? named?.job2 ?? '').toLowerCase().trim();
  // ("what cert should a data engineer get", "…go from junior to mid": a role or a level is no job moved from.)
  const isRole = (['de', 'mle'] as const).some((role) => namesRole(patterns[role], job));
  const [to] = own.roles as [Role];
  if (job === '' || isRole || noJob.test(job) || !noMoveDescribedFrom(kb, job, to)) return undefined;
  const from = jobItself(job.replace(/^(?:an?|being\s+an?)\s+/, ''));
  return gettingIn(reading, { ...own, roles: [to] }, `the move from ${from} to ${roleLabel[to]}`, from);
};

/**
 * "data analyst 3 yoe … how does my experience count if i wanna go de?", "accountant … does my background count for
 * de?": what their own job counts for in the role they head for. Where no passage starts a move from that job, what
 * the sources say of getting into the role is the answer, said so (never the gaps of a move between the two roles).
 */
const whatTheirBackgroundCounts: Rule<TurnContext> = ({ kb, text, own, profile, previous, mentioned, reading }) => {
  if (!profile?.job || profile.role || !backgroundCounts.test(text) || /\binterview/i.test(text)) return undefined;
  // ("does my kafka exp count": a tool the articles name is what is asked about, not the job it was used in.)
  const what = /\bmy\s+((?:[\p{L}-]+\s+){1,3}?)(?:experience|exp|background|skills?|work)\b/iu.exec(text)?.[1]?.trim();
  const to =
    own.roles.length === 1
      ? own.roles[0]!
      : (profile.goal ??
        (previous?.slots.roles.length === 1 ? previous.slots.roles[0] : mentioned.length === 1 ? mentioned[0] : undefined));
  if (what && !profile.job.toLowerCase().includes(what.toLowerCase()) && namesATool(kb, what)) {
    const roles: Role[] = to ? [to] : ['de', 'mle'];
    return follow(
      reading(
        `does ${what} experience count for ${roles.map((r) => roleName[r]).join(' and ')}`,
        { ...own, roles },
        `what your ${what} experience counts for in ${roles.map((r) => roleLabel[r]).join(' and ')}`,
      ),
    );
  }
  const job = jobItself(profile.job);
  if (!to) return undefined;
  const understood = `what your ${job} background counts for in ${roleLabel[to]}`;
  // ("backend dev 4 yoe, does my experience count for de?": a move the sources describe, asked as that move.)
  if (!noMoveDescribedFrom(kb, job, to))
    return follow(reading(`moving from ${job} to ${roleName[to]}`, { ...own, roles: [to] }, understood));
  return gettingIn(reading, { ...own, roles: [to] }, understood, job);
};
/** Whether `words` name a tool or language the vocabulary lists ("kafka", "spark", "sql"), as spelled out in questions. */
function namesATool(kb: KnowledgeBase, words: string): boolean {
  const tools = toolNames(kb.vocabulary);
  return kb
    .read(words)
    .terms.some((t) => tools.has(t.from.toLowerCase()) || t.term === `${synonymPrefix}sql` || t.term === `${synonymPrefix}python`);
}

/** "does my experience count", "how does my background transfer", "is my experience relevant", "is 6 yoe backend gonna count". */
const backgroundCounts =
  /\b(?:(?:does|do|will|would|could|can)|how\s+(?:does|do|will|would|much\s+(?:does|do|will|would)))\s+(?:my|this|that|all\s+(?:my|that|this))\s+(?:[\p{L}-]+\s+){0,3}?(?:experience|exp|background|yoe|years|skills?|work)\s+(?:even\s+|really\s+|actually\s+)?(?:count|transfer|help|matter|carry\s+over|translate|apply)|\b(?:is|are)\s+my\s+(?:[\p{L}-]+\s+){0,3}?(?:experience|exp|background|skills?)\s+(?:even\s+|really\s+|actually\s+)?(?:relevant|useful|worth\s+anything|transferable|any\s+good)|\b(?:is|are|will|would|does|do)\s+(?:\d{1,2}(?:\.\d)?\s*\+?\s*(?:yoe|yrs?|years?)(?:\s+(?:of\s+|in\s+|as\s+(?:an?\s+)?)?[\p{L}-]+){0,2}|my\s+\d{1,2}(?:\.\d)?\s*\+?\s*(?:yoe|yrs?|years?)(?:\s+[\p{L}-]+){0,2})\s+(?:gonna\s+|going\s+to\s+|even\s+|really\s+|actually\s+|still\s+)*(?:count|transfer|help|matter|carry\s+over|translate)\b/iu;

/** "can an accountant switch into…", "…go from teacher to mle", "from nursing into de": the job a move starts from. */
const jobMovedFrom =
  /\b(?:(?:can|could|should|would|do|does|will)\s+(?<job1>an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:realistically\s+|really\s+|still\s+|even\s+|ever\s+)?(?:switch|move|transition|pivot|get\s+(?:into|in)|go\s+into|break\s+into|become|make\s+the\s+(?:switch|move|jump))|from\s+(?<job2>(?:an?\s+|being\s+an?\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:in)?to\b)/iu;
/** "from scratch", "from zero", "from college": where a move starts that is no job. */
const noJob =
  /\b(?:scratch|zero|nothing|school|college|uni|university|bootcamp|home|abroad|here|there|junior|senior|mid|entry|staff|principal|lead|intern|level)\b/i;

/**
 * A move the person would make ("how long would the switch take me?"), with no roles named: from what they said
 * they do to where they said they are heading (or the role the conversation was about). "which role is the more
 * natural move for me?" chooses between the roles: it is not a move between them.
 */
/** "how long for that", "how long would it take", "so how long": the time, asked of what was just said. */
const howLongForIt =
  /(?:^|[,.;!?]\s*)(?:(?:so|ok(?:ay)?|and|but|then)[\s,]+)*how\s+long(?:\s+(?:for|is)\s+(?:that|it|this|that\s+one))?(?:\s+(?:would|will|does|should)\s+(?:it|that|this)\s+take(?:\s+me)?)?(?:\s+(?:tho|though|then|now))?[\s?!.]*$/i;

/** "what skills am i missing for mle", "what should i learn for de": what one needs to learn for a role. */
const learningAsked = /\b(?:skills?|learn|study|missing|lacking|need\s+to\s+know|prerequisites?|prereqs?|roadmap|learning\s+path)\b/i;

/** "how long to get there", "how long till im there": the time to reach where they said they head. */
const howLongToGetThere =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|then)[\s,]+)*how\s+long\s+(?:(?:would|will|does)\s+(?:it|that)\s+take\s+(?:me\s+)?)?(?:to\s+get\s+there|till\s+i'?m\s+there|until\s+i'?m\s+there|to\s+be\s+job\s+ready|till\s+job\s+ready)\b[\s?!.]*$/i;

/**
 * "nah actually de sounds chill, how long for that", "ok de then. how long": a role settled on in the message itself,
 * then the time asked of it; "i think ill go mle" → "how long will it take me", and "how long for that?" right after a
 * quiz result: the role settled on before. Getting into that role, the one place this is decided for someone who told
 * no job (a move from their job, when they told one, is theirMove's).
 */
const timeForTheRoleSettled: Rule<TurnContext> = ({ text, own, profile, previous, patterns, reading }) => {
  if (own.roles.length > 1 || own.direction || profile?.job !== undefined || profile?.role !== undefined) return undefined;
  // ("i think ill go mle" → "how long will it take me": the time of their own way in, in any of its wordings.)
  if (!howLongForIt.test(text) && !howLongToGetThere.test(text) && !(takesMe.test(text) && !ownMove.test(text))) return undefined;
  // ("i think ill go mle" → "how long for that": the role settled on just before, told as where they head, with
  // nothing asked of another role since.)
  // (Right after a quiz result, its role: "how long for that?".)
  const headed = quizRole(profile) ?? profile?.goal;
  const settledBefore =
    own.roles.length === 0 && headed !== undefined && (previous === undefined || previous.slots.roles.every((r) => r === headed))
      ? headed
      : undefined;
  // ("what skills am i missing for mle" → "how long": what to learn for one role, then how long, is getting into it.)
  // (Someone heading somewhere, or with a quiz result, is another rule's: the move into it.)
  const learningFor =
    own.roles.length === 0 &&
    headed === undefined &&
    howLongForIt.test(text) &&
    previous?.answered &&
    previous.slots.roles.length === 1 &&
    learningAsked.test(previous.question)
      ? previous.slots.roles[0]
      : undefined;
  const role = own.roles.length === 1 ? roleSettledOn(text, patterns) : (settledBefore ?? learningFor);
  if (role === undefined || (own.roles.length === 1 && role !== own.roles[0])) return undefined;
  // (Said as the move into the role a quiz result gave, as its other follow-ups say it.)
  const understood =
    own.roles.length === 0 && quizRole(profile) === role ? `the move into ${roleLabel[role]}` : `getting into ${roleLabel[role]}`;
  return follow(reading(breakingInto(role), { ...own, roles: [role], topic: 'how long' }, understood));
};

/** "what if i moved to de", "if i switched to mle": their move, supposed. */
// ("if i moved to nigeria": a move to a place, no move between jobs.)
const movedSupposed =
  /\bif\s+i\s+(?:moved|switched|pivoted|transitioned|went)\s+(?:over\s+)?(?:in)?to\s+(?:an?\s+|being\s+an?\s+)?(?:des?|mles?|ml|ai|data|machine\s+learning)\b/i;

const theirMove: Rule<TurnContext> = ({ kb, text, read, own, profile, previous, mentioned, patterns, choosing, reading }) => {
  // ("…thinking about going de or mle. how long wud it take me to switch to de": both roles told, one moved into.)
  // ("how long would it take me to become a de or mle": both are where they might head, neither moved into.)
  const askedInto = read.roles.length === 2 && !headsForEither(patterns).test(text) ? questionDestination(read.ask) : undefined;
  // ("what actually changes day to day if i move to mle?": the move is the condition of an ask of its own, which the
  // question reader set aside; the day's work there is asked.)
  if (moveSetAside(read)) return undefined;
  // ("im 35 is that too old to switch": their age is what is asked, which the sources never speak of; no move to choose.)
  // (A role named, "is it too late to switch into data engineering", is the move into it, from where they are.)
  if (/\btoo\s+(?:old|late|young)\b|\bat\s+my\s+age\b/i.test(text) && !own.direction && own.roles.length === 0) return undefined;
  // ("how long would it take me to get to senior": a level reached in their role, no move between the roles.)
  // ("how long till im a senior de", "until im staff": a level they will be at, in the role named or their own.)
  if (
    own.level &&
    ((/\b(?:get|make\s+it|move\s+up|climb|be\s+promoted|promotion)\s+to\s+(?:the\s+)?\S+/i.test(text) && own.roles.length === 0) ||
      reachesALevel.test(text))
  )
    return undefined;
  // ("what would i make" → "and if i switched to mle at the same level?": after pay, the move is where the pay is asked.)
  if (
    /^\W*(?:(?:and|but|so|ok(?:ay)?)[,\s]+)*(?:what\s+)?if\s+i\b/i.test(text) &&
    previous?.answered === true &&
    previous.passages.length > 0 &&
    kb.read(previous.resolved).intent.wanted === 'money'
  )
    return undefined;
  // ("im a data analyst, want to move into tech. how much do junior des make?": the move is told, not asked; the
  // ask has a topic of its own, which is what is answered.)
  const moveOnlyTold =
    read.context !== '' &&
    !ownMove.test(read.ask) &&
    !takesMe.test(read.ask) &&
    read.intent.form !== 'duration' &&
    read.intent.form !== 'how-to' &&
    read.terms.some((t) => t.kind !== 'role' && !t.inferred && !t.aside && !t.qualifier);
  if (moveOnlyTold) return undefined;
  // "how long would it take to switch to de" from an ML engineer, "how long to become an mle" from a data
  // scientist: their own move, whether or not they say "i".
  const movesAway =
    own.roles.length === 1 &&
    ((profile?.role !== undefined && own.roles[0] !== profile.role) || (profile?.job !== undefined && !profile.role));
  // ("can i realistically become a data engineer" asks how hard, not how long: that is no move's duration.)
  // ("is it possible to become a de without a cs degree" asks about the degree: only how long or how is the move.)
  const becoming =
    /\bbecom(?:e|ing)\b/i.test(text) &&
    movesAway &&
    !/\bcan\s+i\b/i.test(text) &&
    (read.intent.form === 'duration' || read.intent.form === 'how-to');
  // "and to mle?" right after the move from their job into DE: their move into the other role.
  const theirOtherMove =
    profile?.job !== undefined &&
    !profile.role &&
    own.roles.length === 1 &&
    // (Or after what the sources say of breaking into a role, asked for a job whose move they never describe.)
    (previous?.resolved.startsWith(`${howLong} from ${profile.job} to `) === true ||
      previous?.resolved === breakingInto('de') ||
      previous?.resolved === breakingInto('mle')) &&
    /^(?:(?:ok(?:ay)?|so|hm+)[\s,]+)?(?:and|what\s+about|how\s+about)\b/i.test(text) &&
    text.split(/\s+/).length <= 5;
  // "and the other way?" right after the move from their job into DE: their move into the other role (a job is
  // no end a move between the two roles could be turned round to).
  const theirMoveTurned =
    profile?.job !== undefined &&
    !profile.role &&
    own.roles.length === 0 &&
    reverse.test(text) &&
    previous?.slots.roles.length === 1 &&
    previous.resolved.includes(` from ${profile.job} to `) &&
    text.split(/\s+/).length <= 6;
  // "what are the gaps i'd need to fill" from a data engineer: what their move asks of them.
  const gapsOfTheirMove = /\bgaps?\b/i.test(text) && aboutMe.test(text) && profile?.role !== undefined && own.roles.length === 0;
  // "how long would that take" right after "which role is the more natural move for me" from a DBA: their move.
  const afterTheirChoice =
    profile?.job !== undefined &&
    /\bhow\s+long\s+(?:would|will|does|should)\s+(?:it|that|this)\s+take\b/i.test(text) &&
    previous?.resolved.endsWith(` as a ${profile.job}`) === true;
  // ("im a maths teacher" then "how long will it take?", "kitna time lagega?", "how long for that": right after they told their job, and
  // nothing else asked, how long their own move takes.)
  // ("im a de 3 yoe" then "how long would it take": a data engineer's move is to the other role.)
  // (Or after which of the two to pick, "dba 4 yoe in lagos, which should i pick": how long their move takes, into
  // either role, never asked back.)
  const afterTheirPick =
    previous !== undefined &&
    previous.answered &&
    previous.passages.length > 0 &&
    // ("hi im a data analyst 2 yoe" → "which fits me" → "how long for that?": which fits them, asked in its own words.)
    // (A job the sources describe a move from, "backend dev", asks back which move instead.)
    (kb.read(previous.question).terms.some((t) => t.term === chooseTerm) ||
      (asksWhichFits(previous.question) && profile?.job !== undefined && noMoveDescribedFrom(kb, jobItself(profile.job)))) &&
    kb.read(previous.resolved).intent.wanted !== 'money';
  const afterTheirStory =
    (profile?.job !== undefined || profile?.role !== undefined) &&
    previous !== undefined &&
    // (Or after a question of theirs the sources could not answer: "…would i take a pay cut moving to de", declined for
    // the city they live in.)
    // (Or after pay, "how much would i make" answered: how long their move takes, not the pay again.)
    // (Or after what to learn first for either role, "i work as a junior data analyst" → "what do i learn first" → "how
    // long": the time from their job into either.)
    (previous.passages.length === 0 ||
      !previous.answered ||
      kb.read(previous.resolved).intent.wanted === 'money' ||
      afterTheirPick ||
      (previous.slots.roles.length !== 1 && /\b(?:learn|learning|study|studying|skills?|roadmap)\b/i.test(previous.resolved))) &&
    /^\W*(?:(?:so|ok|okay|and|but)[\s,]+)?how\s+(?:long|much\s+time)(?:\s+(?:would|will|does|should|could)\s+(?:it|that|this|all\s+that|the\s+(?:move|switch|transition|pivot|change))\s+take|\s+for\s+(?:that|this|it|me)|\s+(?:to|would\s+it\s+take\s+to)\s+(?:switch|move|transition|pivot|make\s+the\s+(?:switch|move)))?(?:\s+(?:over|tho|though|roughly|realistically))?[\s?!.]*$/i.test(
      text,
    );
  // ("im a de … thinking of moving to mle because the pay is higher" → "how much more would i make" → "and how long
  // would it take": the move they are heading for, when the answer before gave no time of anything else.)
  const opening = previous?.passages[0] !== undefined ? kb.passage(previous.passages[0]) : undefined;
  // ("i'm a backend engineer 6 years, want to go mle. what should i learn" → "how long": from the job they hold.)
  // ("im a backend dev 3 yoe, what should i learn first for de" → "how long": the role the learning was for is where
  // they head.)
  const learntFor =
    previous?.slots.roles.length === 1 && /\b(?:learn|learning|study|skills?|roadmap|path)\b/i.test(previous.resolved)
      ? previous.slots.roles[0]
      : undefined;
  const afterTheirGoal =
    (profile?.role !== undefined || profile?.job !== undefined) &&
    ((profile.goal !== undefined && profile.goal !== profile.role) ||
      (learntFor !== undefined && profile.job !== undefined && profile.role === undefined)) &&
    // (A pay table's years, "Mid-level (3-5 years)", are its levels, no time of anything.)
    (opening === undefined || !kb.holds(opening, 'duration') || kb.holds(opening, 'money')) &&
    bareHowLong.test(text);
  // ("im a de, want to move to mle" → "so now how long": right after telling their job, the time of their move.)
  const afterTheirTelling =
    (profile?.job !== undefined || profile?.role !== undefined) &&
    (previous === undefined || (previous.answered && previous.passages.length === 0)) &&
    bareHowLong.test(text);
  // ("which fits me" pointed to a role → "how long to get there": the move into it.)
  const afterTheirFit = previous?.fitPointedTo !== undefined && bareHowLong.test(text);
  // "how long will that take" right after their quiz result or its next steps: the move into that role.
  const quizFit = quizRole(profile);
  const afterTheirSteps =
    quizFit !== undefined &&
    // ("how long", "so how long tho": the bare question as well.)
    (/\bhow\s+long\s+(?:would|will|does|should|could)\s+(?:it|that|this|all\s+that)\s+take\b/i.test(text) || bareHowLong.test(text)) &&
    // (Or right after the result itself, whose next steps it showed; or after more of that role, "why": a bare "how
    // long" from someone who told no job of their own.)
    (previous?.resolved.endsWith(` as a ${roleName[quizFit]}`) === true ||
      // ("why" after the result: why to choose it, asked of the same choice.)
      previous?.resolved.endsWith(quizChoice[quizFit]) === true ||
      (bareHowLong.test(text) &&
        !profile?.role &&
        !profile?.job &&
        previous?.slots.roles.length === 1 &&
        previous.slots.roles[0] === quizFit &&
        !previous.slots.direction));
  // ("im a nurse, learning python" → "how long would de take": a time asked of one role and nothing else, by someone who
  // told a job of their own, is the time of their move, said as theirs or not.)
  const timeOfTheRole =
    profile?.job !== undefined &&
    profile.role === undefined &&
    read.intent.form === 'duration' &&
    own.roles.length === 1 &&
    !own.direction &&
    topicWords(kb, text.replace(/\bhow\s+long\b/i, ' ')) === 0;
  if (
    !(
      (ownMove.test(text) ||
        movedSupposed.test(text) ||
        takesMe.test(text) ||
        becoming ||
        timeOfTheRole ||
        afterTheirChoice ||
        afterTheirSteps ||
        afterTheirFit ||
        afterTheirTelling ||
        afterTheirStory ||
        afterTheirGoal ||
        gapsOfTheirMove ||
        theirOtherMove ||
        theirMoveTurned) &&
      (aboutMe.test(text) ||
        timeOfTheRole ||
        theirOtherMove ||
        theirMoveTurned ||
        afterTheirChoice ||
        afterTheirSteps ||
        afterTheirFit ||
        afterTheirTelling ||
        afterTheirStory ||
        afterTheirGoal ||
        (movesAway && (ownMove.test(text) || becoming)) ||
        // "how long would the switch take" after "i want to switch from backend to data engineering": their switch.
        // ("how long would the switch take" from a data engineer: the switch to the other role.)
        // ("how long would the switch take" from a backend developer who named no goal: which move, asked back.)
        (/\bthe\s+(?:switch|move|transition|pivot)\b/i.test(text) && (profile?.job !== undefined || profile?.role !== undefined)) ||
        // ("how long to switch" from an accountant who told their job: their switch, though said of no one.)
        (bareHowLongToSwitch.test(text) && (profile?.job !== undefined || profile?.role !== undefined)) ||
        // ("how long does the switch take", of no one and neither role: the switch between the two, which way asked back.)
        (theSwitchAlone.test(text) && own.roles.length === 0 && !previous?.slots.direction)) &&
      (own.roles.length <= 1 || askedInto !== undefined) &&
      !own.direction &&
      !choosing
    )
  )
    return undefined;
  // "how long would it take me from de": the role named after "from" is where the move starts.
  const startsFrom = (['de', 'mle'] as const).find((role) =>
    new RegExp(`\\bfrom\\s+(?:an?\\s+|being\\s+an?\\s+)?(?:${patterns[role].source})`, 'iu').test(text),
  );
  // "…move into de from backend?", "…mle from zero?": a start named that is no role is asked as named, not as their job.
  // ("…become a de from analyst" from a data analyst names their own job: their move.)
  const startNamed = /\bfrom\s+(?:an?\s+|being\s+an?\s+)?([\p{L}-]+)/iu.exec(text)?.[1]?.toLowerCase();
  const theirJobNamed = startNamed !== undefined && profile?.job?.toLowerCase().split(/\s+/).includes(startNamed) === true;
  if (!startsFrom && namedStart.test(text) && !theirJobNamed) return undefined;
  const target = startsFrom
    ? other[startsFrom]
    : theirMoveTurned
      ? other[previous!.slots.roles[0]!]
      : (askedInto ??
        own.roles[0] ??
        profile?.goal ??
        quizFit ??
        previous?.fitPointedTo ??
        (previous?.slots.roles.length === 1 ? previous.slots.roles[0] : mentioned.length === 1 ? mentioned[0] : undefined));
  const from = startsFrom ?? profile?.role;
  // ("my direction would be de probably, how long would that take": the role it names is where the move goes.)
  // ("does the move make sense for someone like me", "is it a good idea": a verdict on their move, asked as one.)
  const ask =
    takesMe.test(text) ||
    afterTheirSteps ||
    afterTheirFit ||
    afterTheirStory ||
    theirOtherMove ||
    theirMoveTurned ||
    afterTheirGoal ||
    (movesAway && read.intent.form === 'duration') ||
    bareHowLongToSwitch.test(text)
      ? howLong
      : judgesTheMove.test(text)
        ? 'is it worth switching'
        : // ("i am a dba for 5 yrs, oracle mostly. easy switch to de?": the ask, the story being theirs already.)
          (read.context ? read.ask : text).replace(/[?.!\s]+$/, '');
  // From the role they work in, to the other one (the role they head for is the other one, if they named it).
  if (from) {
    // ("how long for someone like me, im de 5 yoe": the sources give a move's time by no level.)
    const { level: _level, ...unlevelled } = own;
    const slots: TurnSlots = {
      ...(ask === howLong ? unlevelled : own),
      roles: [from, other[from]],
      direction: from === 'de' ? 'de-to-mle' : 'mle-to-de',
    };
    return follow(reading(`${ask} from ${roleName[from]} to ${roleName[other[from]]}`, slots));
  }
  // ("ex nurse": the job they come from is nursing, whatever word says they left it.)
  const jobLeft = jobItself(profile?.job ?? '');
  if (profile?.job && target) {
    const slots: TurnSlots = { ...own, roles: [target] };
    // ("backend swe here (node + postgres), how quick can i pivot into de": the job told in the same message is read
    // there as who asks; said again after the ask, it would be read as a title asked about.)
    // (Asked whole, as typed, its mark kept: the reader tells the story from the ask by it.)
    const toldHere =
      ask === read.ask.replace(/[?.!\s]+$/, '') && read.context !== '' && kb.read(read.context).plain.toLowerCase().includes(profile.job);
    const asked = toldHere ? text : `${ask} from ${jobLeft} to ${roleName[target]}`;
    const understood = `the move from ${jobLeft} to ${roleLabel[target]}`;
    // ("how long to become a de" from a data analyst: no source describes that move; a move between the two roles,
    // "3-4 months", is none of theirs. What they say of breaking into the role, said so.)
    // ("how long would it take me" from a sysadmin: no passage close to that move gives a time, so what the sources
    // say of breaking into the role is what they have, said so.)
    // ("switching from accounting to de", "bootcamp grad here": a time the sources give for a move from another job,
    // "from backend engineering … 2-3 months", is none of theirs; only a passage that names their job times their move.)
    const ownWords = profile.job
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2 && !genericJobWords.has(w));
    const noTimeForIt =
      ask === howLong &&
      !kb
        .search(asked, { limit: 3 })
        .hits.some((hit) => kb.holds(hit.passage, 'duration') && ownWords.some((w) => kb.mentions(hit.passage, w)));
    // ("im a teacher thinking of switching to mle. how hard is the switch": how hard, how late or whether at all, a move
    // the sources never describe is answered as they speak of getting in, never with a pivot between the two roles.)
    if (noMoveDescribedFrom(kb, jobLeft, target) || (ask === howLong && noTimeForIt)) return gettingIn(reading, slots, understood, jobLeft);
    // ("backend swe … how long to switch into de": a move the sources time, from a job they name in other words, asked in
    // their words, so that the job's own name, which they never use, is no word to decline.)
    if (ask === howLong && sourcesLackJob(kb, profile.job)) return gettingIn(reading, slots, understood);
    // ("how long would it take me to become an mle" from a backend developer: the sources speak of moves from
    // backend engineering into DE only; what they say of getting into ML engineering, said so.)
    const best = ask === howLong ? kb.search(asked, { limit: 1 }).hits[0] : undefined;
    if (best && kb.sideOf(best.passage) === other[target]) {
      // (Asked as learning on one's own, the sources' "self-study"; the job stays, so "and de?" next asks its move.)
      return follow({ ...reading(`${asked} with self-study`, slots, understood), moveUnsaid: { from: jobLeft, to: target } });
    }
    return follow(reading(asked, slots, understood));
  }
  // A job the sources name no move from ("data analyst"): asking back which move would only lead to two declines,
  // so both moves are asked at once, and the answer says what the sources lack with the closest they have.
  if (profile?.job && !target && noMoveDescribedFrom(kb, jobItself(profile.job))) {
    // "how long would it take me", "how long would the switch take", "how hard is the switch" from a nurse: no move of
    // theirs is described, and a move between the two roles ("3-4 months") is none of theirs either; what the sources
    // say of getting into each role is, said so.
    return gettingIn(reading, { ...own, roles: ['de', 'mle'] }, `getting into either role, from ${jobLeft}`, jobLeft);
  }
  // A backend developer who named no role to head for: into which of the two is asked back (after asking which to
  // pick, what the sources say of getting into either is the answer).
  // ("backend dev … de or mle for me?" → "how long would the switch take": getting into either, from their job.)
  if (profile?.job && !target && afterTheirPick)
    return ask === howLong
      ? follow(reading(breakingIntoEither, { ...own, roles: ['de', 'mle'] }, `getting into either role, from ${jobLeft}`))
      : undefined;
  if (profile?.job && !target) {
    const moves = (['de', 'mle'] as const).map((to) =>
      reading(`${ask} from ${jobLeft} to ${roleName[to]}`, { ...own, roles: [to] }, `the move from ${jobLeft} to ${roleLabel[to]}`),
    );
    return { kind: 'clarify', prompt: 'Which move do you mean?', choices: moves };
  }
  // "how long would the switch to de take me?" from someone who said nothing of where they start, "how long would
  // that take me?" after their quiz said ML Engineer: the move into it.
  // ("how long would it take to become a de" after an ML Engineer result: the role named is where they head, not the
  // result's.)
  const named = own.roles.length === 1 ? own.roles[0] : undefined;
  const afterResult = quizFit !== undefined && (takesMe.test(text) || afterTheirSteps);
  // ("how long would it take me" right after "which fits me" pointed to one role: the move into that role, as after a
  // quiz result.)
  const fitPointedTo =
    previous?.fitPointedTo ??
    (previous?.slots.topic === 'which role to choose' && previous.slots.roles.length === 1 ? previous.slots.roles[0] : undefined);
  const into =
    named && ownMove.test(text)
      ? named
      : fitPointedTo !== undefined && (takesMe.test(text) || afterTheirFit) && (named === undefined || named === fitPointedTo)
        ? fitPointedTo
        : !afterResult || (named !== undefined && named !== quizFit)
          ? undefined
          : afterTheirSteps || named !== undefined
            ? quizFit
            : // (After a question of one role, "what should i learn first to be a de", the move into that one.)
              previous?.slots.roles.length === 1
              ? previous.slots.roles[0]
              : quizFit;
  if (into) {
    // ("how long would it take me" after a quiz result, from someone who said nothing of where they start: breaking
    // into that role, not a move from the other one, "6-9 months" of a data engineer's study.)
    const fromNowhere = !ownMove.test(text) && !profile?.job && !profile?.role;
    const asked = fromNowhere ? breakingInto(into) : `${ask} into ${roleName[into]}`;
    return follow(reading(asked, { ...own, roles: [into] }, `the move into ${roleLabel[into]}`));
  }
  // "how long would that take me" from someone who said nothing of themselves, about neither role in particular
  // ("what should i learn first?" before it): what the sources say of breaking into each.
  if (
    takesMe.test(text) &&
    own.roles.length === 0 &&
    !ownMove.test(text) &&
    !previous?.slots.direction &&
    !profile?.job &&
    !profile?.role
  ) {
    return follow(reading(breakingIntoEither, { ...own, roles: ['de', 'mle'] }, 'getting into either role'));
  }
  if (!previous?.slots.direction && ownMove.test(text)) {
    const moves = (['de', 'mle'] as const).map((start) => {
      const slots: TurnSlots = { ...own, roles: [start, other[start]], direction: start === 'de' ? 'de-to-mle' : 'mle-to-de' };
      return reading(`${ask} from ${roleName[start]} to ${roleName[other[start]]}`, slots);
    });
    return { kind: 'clarify', prompt: 'Which move do you mean?', choices: moves };
  }
  return undefined;
};

/**
 * "which one should i aim for first?" from someone who said what they do: asked as that person ("…as a backend
 * developer"), so what the sources say about coming from that job counts.
 */
const choiceFromTheirJob: Rule<TurnContext> = ({ kb, text, read, own, profile, told, reading }) => {
  // ("backend dev 3 yoe here, which would suit me better de or mle?": the job told in the same message, before the ask.)
  // ("im a backend dev, 4 yoe, java and postgres. de or mle for me?": the choice in a closing sentence of its own.)
  // ("im a data analyst w 3 yoe, thinking de or mle": the bare choice in a closing clause.)
  const lastSentence = text.split(/(?<=[.!?])\s+/).at(-1) ?? text;
  const lastClause = text.split(/(?<=[,;])\s+/).at(-1) ?? text;
  // ("so which suits me, de or mle" asks in its first clause, which the roles after it only name.)
  const toldBefore = text.slice(0, text.length - lastClause.length);
  const closing =
    lastClause !== text &&
    bareChoice.test(lastClause.trim()) &&
    /\b(?:de|mle|data|ml)\b/i.test(lastClause) &&
    !/\b(?:which|what|how|should|would|is|are|do|does)\b/i.test(toldBefore)
      ? lastClause
      : lastSentence;
  const closesWithIt = closing !== text && (fitForMe.test(closing) || choiceForMe.test(closing) || bareChoice.test(closing.trim()));
  const splitByTheReader = read.context !== '' && read.ask !== text;
  const toldHere = splitByTheReader || closesWithIt;
  const ask = splitByTheReader ? read.ask : closesWithIt ? closing : text;
  if (
    !(
      // ("is de or mle better for me?": the two roles named, fitting them is choosing between them.)
      (choiceForMe.test(ask) || ((toldHere || own.roles.length === 2) && fitForMe.test(ask))) &&
      // More told than the job ("…never really did stats and kinda hated it"): the whole story is what to judge by.
      // (Where they live, told on its own, "based in the uk btw", says nothing of which role fits.)
      // (Nor how long they have done it, "been doing it like 6 yrs", told after the job.)
      told.filter((message) => !onlyWhereTheyLive(message, profile?.place) && !onlyHowLong(message)).length <= 1 &&
      (own.roles.length === 0 || own.roles.length === 2) &&
      profile?.job &&
      // (A student's course says little of which role fits: "which one would fit me?" is answered as from anyone.)
      !stillLearning.test(profile.job) &&
      !profile.likes.length &&
      // (What they mind, "math is not my thing", is what the choice turns on: fitByWhatTheyLike.)
      !profile.dislikes?.length &&
      !new RegExp(`\\b${escapeRegExp(profile.job)}\\b`, 'i').test(ask) &&
      topicWords(kb, ask.replace(choiceForMe, ' ').replace(fitForMe, ' ')) <= 1 &&
      // ("which role pays more for someone like me?": a choice by pay asks the figures.)
      kb.read(ask).intent.wanted === undefined
    )
  )
    return undefined;
  const asked = ask.replace(/[?.!\s]+$/, '');
  // ("oracle database administrator": the job asked about as the sources can speak of it, without a name they never
  // use, which would read as what the question is about.)
  const names = new Set(
    kb
      .read(`as a ${profile.job}`)
      .unknown.filter((u) => u.kind === 'name')
      .map((u) => u.word),
  );
  const job = profile.job
    .split(/\s+/)
    .filter((w) => !names.has(w.toLowerCase()))
    .join(' ');
  // ("im a chef … which one would suit me better": a job the sources never speak of makes a career changer, which they
  // do speak of.)
  // (What they said they are good or weak at, like or mind, "good at sql but weak on math", still weighs: asked with the job.)
  const saysMore = told.some((t) => /\b(?:good|great|strong|weak|bad|love|like|enjoy|hate|into|prefer|rusty)\b/i.test(t));
  const changer = sourcesLackJob(kb, profile.job) && !profile.dislikes?.length && !saysMore;
  // ("im a BA …" → /quiz → "which role fits me?": of a job the sources never speak of, they say only what a career
  // changer meets; the quiz taken since judges the fit itself.)
  if (changer && profile.quizOutcome) return undefined;
  return follow(
    reading(
      changer ? 'which role fits me better as a career changer' : `${asked} as a ${job || profile.job}`,
      { ...own, roles: ['de', 'mle'] },
      `which role suits you, coming from ${jobItself(profile.job)}`,
    ),
  );
};

/** "de or mle?", "mle or de for me?", "which one shud i pick": a choice between the roles, asked in its own closing sentence. */
const bareChoice =
  /^(?:(?:so|ok(?:ay)?|and|but|anyway|basically)[,\s]+)*(?:(?:thinking(?:\s+(?:about|of|bout))?|considering|deciding\s+between|torn\s+between)\s+)?(?:(?:de|data\s+eng\w*)\s+(?:or|vs\.?)\s+(?:mle|ml\s+eng\w*)|(?:mle|ml\s+eng\w*)\s+(?:or|vs\.?)\s+(?:de|data\s+eng\w*)|which\s+(?:one|role|path)\s+(?:should|shud|shuld|would|do)\s+i\s+(?:pick|choose|go\s+for|aim\s+for))(?:\s+for\s+(?:me|someone\s+like\s+me))?(?:\s+(?:then|tho|though|lol|tbh))?[\s?!.]*$/i;

/**
 * "im a nurse tbh, want to get into tech. de or mle?", "…high school teacher, 10 yrs… which one shud i pick": a choice
 * asked in the same message that tells a job the sources never speak of, with nothing liked or disliked: a career
 * changer's choice, which the sources do speak of (the words of the story would find passages on the barrier to entry).
 */
const aChangersChoice: Rule<TurnContext> = ({ kb, text, own, profile, reading }) => {
  // ("nurse, thinking about de or mle": the choice they weigh, in the closing clause; "which role has more ai exposure,
  // de or mle" asks its own question of the two.)
  const lastSentence = text.split(/(?<=[.!?])\s+/).at(-1) ?? '';
  const lastClause = text.split(/,\s*/).at(-1) ?? '';
  // ("i'm a nurse wanting into tech, de or mle for me?": the choice closing a story that asks nothing before it.)
  const before = text.slice(0, text.length - lastClause.length);
  const closesAStory =
    bareChoice.test(lastClause.trim()) && !/[?]|\b(?:which|what|how|why|when|where|who|is|are|does|do|should)\b/i.test(before);
  const closing = /^(?:thinking|considering|deciding|torn)\b/i.test(lastClause.trim()) || closesAStory ? lastClause : lastSentence;
  if (closing === text || !bareChoice.test(closing.trim()) || !profile?.job) return undefined;
  if (stillLearning.test(profile.job) || profile.likes.length > 0 || (profile.dislikes?.length ?? 0) > 0) return undefined;
  if (!sourcesLackJob(kb, profile.job)) return undefined;
  return follow(
    reading(
      'which role fits me better as a career changer',
      { ...own, roles: ['de', 'mle'] },
      `which role suits you, coming from ${jobItself(profile.job)}`,
    ),
  );
};

/** A reading of the fit, with what it is judged by. */
const fitFollow = (r: Reading, fit: NonNullable<Reading['fit']>) => follow({ ...r, fit });

/** "which role fits me?" from someone who said what they like (or dislike): judged by that. */
const fitByWhatTheyLike: Rule<TurnContext> = ({ kb, text, read, own, profile, told, previous, reading }) => {
  const likes = profile?.likes ?? [];
  const dislikes = profile?.dislikes ?? [];
  // ("i hate math but love building stuff. what should i do": the ask after what they told, which alone asks the fit.)
  const { mainAsk } = splitQuestion(text);
  // ("so de or mle? just tell me": the two roles alone, asked by someone who told what they like, ask which fits them.)
  // ("so which one" after the fit, or after a story of likes: the same choice, in no words of its own.)
  const choiceAlone =
    bareChoice.test(mainAsk.trim()) ||
    (whichAlone.test(mainAsk.trim()) && (previous?.slots.topic === 'which role to choose' || told.length > 0));
  const ask = fitForMe.test(mainAsk) || forThat.test(mainAsk) || choiceAlone ? mainAsk : read.ask;
  // ("data analyst here, love sql, math is not my thing" → "so which is better for that": the choice for what they told,
  // where a thing said not to be for them would pull the story's words to it.)
  // ("ambiguity stresses me out. which path suits that?": the same, told in the message that asks.)
  const forWhatTheyMind = forThat.test(text) && [...told, read.context].some((t) => notForThem.test(t));
  if (
    !(
      (fitForMe.test(text) || fitForMe.test(mainAsk) || forWhatTheyMind || choiceAlone) &&
      // ("so de or mle for me": both roles named as the choice.)
      (own.roles.length <= 1 || /\b(?:or|vs\.?|versus|between)\b/i.test(text)) &&
      profile &&
      likes.length + dislikes.length > 0 &&
      // (The ask's own words: "which one suits me, i love sql and hate math" tells its likes after the ask.)
      // ("math is not my thing tbh, which one should i go for": what they mind, said in the ask, is no topic of it.)
      topicWords(kb, ask.replace(fitForMe, ' ').replace(forThat, ' ').replace(notForThem, ' ').replace(dislikeStatement, ' ')) <= 1 &&
      // A story told just now ("i have a stats masters and i love experimentation … only notebooks") says more than the
      // one like read from it: it is asked with the story (afterTheirStory). (Not a story that says a thing is not for
      // them, "math is NOT my thing": its words would find that thing, as if liked.)
      !(
        likes.length + dislikes.length < 2 &&
        !told.some((t) => notForThem.test(t)) &&
        told.length > 0 &&
        previous?.answered === true &&
        previous.passages.length === 0 &&
        told.join(' ').split(/\s+/).length > 12
      )
    )
  )
    return undefined;
  // (The choice alone: a level or a place their story said, "4 years at a bank in lagos", is no slot of it.)
  const slots: TurnSlots = { roles: ['de', 'mle'], topic: 'which role to choose' };
  // Two things liked, told apart ("i love stats" … "but i also like building reliable systems"): liking both is
  // what the sources answer for.
  const both = likes.length === 2 ? 'both ' : '';
  // (Someone still learning, "a computer science student", is no job the choice turns on either: asked with it,
  // the degree a role wants would answer.)
  const jobTheyLack = profile.job !== undefined && (sourcesLackJob(kb, profile.job) || stillLearning.test(profile.job));
  // ("i hate math" told turns ago: what they mind weighs the choice as much as what they like.)
  const minding = dislikes.length > 0 ? ` i hate ${dislikes.join(' and ')}` : '';
  const liking = likes.length > 0 ? `i love ${likes.join(' and ')}` : '';
  const toldOf = [liking && `likes ${likes.join(' and ')}`, dislikes.length > 0 && `minds ${dislikes.join(' and ')}`]
    .filter(Boolean)
    .join(' and ');
  return fitFollow(
    reading(
      // What they like told in the first person, as one message would: context that weighs the passages, so a long
      // list of likes does not drown the ask.
      // A job the sources name no move from ("data analyst") is told as context too: asked about, they would lack it.
      jobTheyLack
        ? `which role fits me${both ? ' if i like both' : ''}? i am a ${profile.job}${liking ? ` and ${liking}` : ''}.${minding}`
        : both
          ? `which role fits ${profile.job ? `a ${profile.job} like me` : 'me'} if i like both? ${liking}.${minding}`
          : liking && !minding
            ? // One thing liked ("spark and sql") is what the choice turns on: asked, not only told.
              `which role fits ${profile.job ? `a ${profile.job} like me` : 'me'}, if i love ${likes.join(' and ')}?`
            : // (What they mind weighs as much as the job: "a sysadmin like me" asked, the answer would turn on IT.)
              `which role fits me? ${profile.job ? `i am a ${profile.job}. ` : ''}${liking ? `${liking}.` : ''}${minding}`,
      slots,
      `which role fits you, who ${toldOf}`,
    ),
    { likes: [...likes], dislikes: [...dislikes], ...(profile.job ? { job: profile.job } : {}) },
  );
};

/** "not convinced", "so?", "idk man", "u sure?": a push back on a verdict, in no words of its own. */
const pushBack =
  /^(?:(?:hm+|ugh|ok(?:ay)?|but|so|idk|and|well)[\s,.]+)*(?:(?:i'?m|im|i\s+am)\s+)?(?:not|still\s+not)\s+(?:so\s+|really\s+|that\s+|fully\s+)?(?:convinced|sold|sure)(?:\s+(?:tbh|tho|though|ngl|lol|man|bro))*[\s?!.]*$|^(?:(?:ok(?:ay)?|and|hm+)[\s,]+)?so+[\s?!.]*$|^(?:(?:ugh|hm+|man|bruh)[\s,.]+)*idk(?:\s+(?:man|bro|tbh|lol))*[\s?!.]*$/i;

/**
 * "which fits me" → "hmm not convinced", "u sure?": the verdict pushed back on is answered with why that role, in the
 * sources' words (the verdict again would say nothing new); pushed back on after its why, the verdict is given again,
 * from what they told.
 */
const doubtOfTheFit: Rule<TurnContext> = (c) => {
  const { text, previous, reading } = c;
  // (The verdict, or its why: "why should i choose data engineering", asked of that role alone.)
  const role =
    previous?.fitPointedTo ??
    (previous?.slots.topic === 'which role to choose' && previous.slots.roles.length === 1 ? previous.slots.roles[0]! : undefined);
  if (role === undefined || previous?.answered !== true) return undefined;
  // ("ugh idk. what would u do": the last sentence is what is asked.)
  const last = (
    text
      .trim()
      .split(/(?<=[.!?])\s+/)
      .at(-1) ?? ''
  ).trim();
  if (!(pushBack.test(last) || doubts.test(last) || vagueAsk.test(last))) return undefined;
  if (previous.resolved !== `why ${quizChoice[role]}`)
    return follow(reading(`why ${quizChoice[role]}`, { roles: [role], topic: 'which role to choose' }, `why ${roleLabel[role]}`));
  return fitByWhatTheyLike({ ...c, text: 'which role fits me?' });
};

/** A clause that says what someone wants or minds ("i want job security", "i care about comp", "i'd rather not…"). */
const wants =
  /\b(?:i\s+(?:really\s+|mostly\s+|just\s+)?(?:want|need|care|prefer|value|like|love|hate|enjoy)|i'?d\s+(?:like|rather|prefer)|(?:is|are)\s+(?:what\s+)?(?:most\s+)?important\s+to\s+me|matters?\s+(?:most\s+)?to\s+me)\b/i;

/** A clause that says what someone knows or has done ("i know sql and linux", "ive used airflow"). */
const knows = /\b(?:i\s+(?:already\s+)?(?:know|have\s+used|used|use|did|studied)|i'?ve\s+(?:used|done|studied|worked))\b/i;

/**
 * "want out of healthcare", "leaving finance": a field or job the person is leaving, with its words. (What wore them
 * out, "burnt out on model tuning", is something they mind, and stays.)
 */
const leavingAField =
  /,?\s*\b(?:(?:i\s+)?(?:want|wanna|trying|looking|need|dying)\s+(?:to\s+)?(?:get\s+)?out\s+of|(?:i'?m\s+|im\s+)?(?:leaving|quitting))\s+(?:the\s+|my\s+)?[\p{L}-]+(?:\s+(?:industry|field|sector|work|job))?/giu;

/** "i want models", "love ml stuff", "i prefer pipelines": a liking told. */
const liking = /\b(?:want|wanna|love|like|prefer|enjoy|into)\b/i;

/** "actually nvm", "changed my mind", "not anymore": words that take back something told before, anywhere in a message. */
const takesBack = /\b(?:nvm|never\s*mind|changed\s+my\s+mind|scratch\s+that|not\s+anymore|no\s+longer|actually)\b/i;

/** "what should i do instead", "whats the alternative then", "what else could i go for": the choice other than the one held. */
const asksInstead =
  /^\W*(?:(?:so|ok(?:ay)?|then|hm+|well|and|but)[,\s]+)*(?:what(?:'?s|\s+is)?\s+(?:should|could|would|can)\s+i\s+(?:do|pick|choose|go\s+for|study|learn|be)\s+instead|what(?:'?s|\s+is)\s+(?:the|my)\s+(?:alternative|other\s+option|plan\s+b)|what\s+else\s+(?:should|could|can)\s+i\s+(?:do|pick|choose|go\s+for))\b/i;

/**
 * "i was thinking mle but honestly the math scares me" → "what should i do instead": the other role than the one they
 * head for, asked as the choice of it (a role named in the turn is asked as named).
 */
const theOtherRoleInstead: Rule<TurnContext> = ({ text, own, profile, previous, reading }) => {
  const held = profile?.goal ?? (previous?.slots.roles.length === 1 ? previous.slots.roles[0] : undefined);
  if (!held || own.roles.length > 0 || !asksInstead.test(text)) return undefined;
  const other: Role = held === 'de' ? 'mle' : 'de';
  return follow(
    reading(
      `why choose ${roleField[other]} instead of ${roleField[held]}`,
      { roles: [other], topic: 'why choose instead of' },
      `Instead of ${roleLabel[held]}: ${roleLabel[other]}`,
    ),
  );
};

/** "been doing it like 6 yrs", "6 yoe", "for about 10 years now": a message telling how long they have worked, and nothing else. */
function onlyHowLong(message: string): boolean {
  const years = /\b\d{1,2}(?:\.\d)?\s*\+?\s*(?:years?|yrs?|yoe)\b/i;
  const filler =
    /\b(?:i'?ve|ive|i\s+have|i|been|doing|done|it|this|that|for|like|about|around|almost|nearly|over|roughly|now|so|yeah|ya|yep|and|oh|in|total|already|lol|tbh|ngl|btw|ish|experience|of|the|job|work(?:ed|ing)?|there)\b/gi;
  return (
    years.test(message) &&
    message
      .replace(years, ' ')
      .replace(filler, ' ')
      .replace(/[\s,.!?~-]+/g, '') === ''
  );
}

/**
 * "based in the uk btw", "oh and i live in lagos, nigeria", and "us based", "germany btw" when that is the place kept
 * (`place`): a short message telling only where they live.
 */
function onlyWhereTheyLive(message: string, place?: string): boolean {
  const length = message.split(/\s+/).length;
  return (
    (whereTheyLive.test(message) && length <= 8) ||
    (place !== undefined && length <= 4 && new RegExp(`\\b${escapeRegExp(place)}\\b`, 'i').test(message))
  );
}

/**
 * Someone who told their story and now asks about themselves ("so whats the move for someone like me"): the
 * question is asked with the story, as one message would have told it.
 */
const afterTheirStory: Rule<TurnContext> = ({ kb, text, own, previous, told, profile, verdict, vague, patterns, reading }) => {
  const afterStory = previous?.answered === true && previous.passages.length === 0;
  // ("data engineer … making 140k, wanna move to mle" → "do i need a masters": a topic of its own, asked of the role they
  // head for (asTheirRole), not with the story, whose pay would answer.)
  if (
    own.roles.length === 0 &&
    profile?.role &&
    profile.goal &&
    profile.goal !== profile.role &&
    preparesFor.test(text) &&
    topicWords(kb, text) > 0 &&
    !fitForMe.test(text) &&
    !choiceForMe.test(text)
  )
    return undefined;
  // ("so de or mle" after "money matters most": the two roles set against each other and nothing else, the choice
  // what they want was told for. After a job told, "ML or DE?" is the choice itself: the job's words, "mostly SQL and
  // Excel", would only pull the answer to the tools.)
  // ("i only care about money" → "so mle?": one role alone, put forward as the choice, is checked against it too.)
  const rolesAlone =
    own.roles.length >= 1 &&
    !profile?.job &&
    !profile?.role &&
    /^(?:(?:so|ok|okay|then|well|hm+|and|or|vs\.?|versus|tho|lol|[,?!.\s])\s*)*$/i.test(
      text.replace(patterns.de, ' ').replace(patterns.mle, ' '),
    );
  if (
    !(
      afterStory &&
      told.length > 0 &&
      (asksAfterStory(text) || rolesAlone) &&
      // ("im a 3rd year cs student in brazil" → "which role fits me?": nothing told says which; aFitWithNothingTold.)
      !((fitForMe.test(text) || choiceForMe.test(text)) && onlyWhereTheyStudy(told, profile)) &&
      // "so which is better for that, de or mle": naming both roles, it still chooses between them for the story.
      (own.roles.length === 0 ||
        (own.roles.length === 2 && (forThat.test(text) || fitForMe.test(text) || rolesAlone)) ||
        // "can i still get an mle job" after "i only have a bachelors in cs": one role, asked of themselves with the story.
        (own.roles.length === 1 && (aboutMe.test(text) || isThatEnough.test(text) || rolesAlone)))
    )
  )
    return undefined;
  // "thoughts?" after a story asks which of the roles the story points to.
  const ask = vague && !verdict ? 'which role fits me better' : text;
  // A long story keeps its latest messages, as many as fit beside the ask: the ask is never cut.
  // ("oh and i live in lagos, nigeria" says nothing of which role fits: asked with it, the choice would be Nigeria's pay.)
  const kept: string[] = [];
  let room = maxResolvedWords - ask.split(/\s+/).length;
  // ("im a support engineer … i know sql and linux … i want job security and to get hired fast" → "so which is better
  // for that": "that" is what they want, not the tools they know, which would pull the answer to skills.)
  const withoutWhatTheyKnow = (message: string) => {
    const clauses = message.split(/(?<=[.!?])\s+|,\s*|\s+but\s+/);
    return forThat.test(text) && clauses.some((c) => wants.test(c)) && clauses.some((c) => knows.test(c))
      ? clauses.filter((c) => wants.test(c)).join(', ')
      : message;
  };
  // ("i love math n stats" → "actually nvm i hate stats now": what a later message takes back is no longer told.)
  const standing = told.filter(
    (message, i) =>
      !told.slice(i + 1).some(
        (later) =>
          (takesBack.test(later) && sharesAStem(later.replace(new RegExp(takesBack.source, 'gi'), ' '), message)) ||
          // (And a liking taken back for another, "actually nah i think i prefer building pipelines", those before it.)
          (changesTheirMind.test(later) && liking.test(later) && liking.test(message)),
      ),
  );
  // ("i have 10 yoe" → "sorry i meant 0 yoe, 10 yrs was teaching": years other than those kept were corrected or are
  // of another job; told again, they would ask of another level.)
  const withTheirYears = (message: string) =>
    profile?.years === undefined
      ? message
      : message.replace(new RegExp(`${yearsSaid.source}(?:\\s+of\\s+experience)?`, 'gi'), (said, figure: string) =>
          Number(figure) === profile.years ? said : ' ',
        );
  const aboutThem = standing
    .map(withTheirYears)
    .map(withoutWhatTheyKnow)
    // ("…want out of healthcare": a field they are leaving is no field they ask about.)
    .map((message) =>
      message
        .replace(leavingAField, ' ')
        .replace(/\s+([,.!?])/g, '$1')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    )
    .filter((message) => message !== '')
    .filter((message) => !onlyWhereTheyLive(message, profile?.place))
    // ("im leaning mle" → "nvm i think de" → "whats better for me": which way they lean says nothing of what fits them.)
    .filter((message) => !leanAlone.test(message));
  // ("data analyst, 2 yoe" → "i want the higher pay" → "so which for that": "that" is what they want; their years would
  // pull the answer to pay at their level.)
  const yearsAlone = (message: string) => !wants.test(message) && /\b\d{1,2}\s*\+?\s*(?:yoe|years?|yrs?)\b/i.test(message);
  const forTheirWant = forThat.test(text) && aboutThem.some((message) => wants.test(message));
  for (const message of [...aboutThem.filter((message) => !(forTheirWant && yearsAlone(message)))].reverse()) {
    const length = message.split(/\s+/).length;
    if (length > room) break;
    kept.unshift(message.replace(/[.!?\s]+$/, ''));
    room -= length;
  }
  const story = kept.join('. ');
  // ("based in lagos" → "whats better for me": nothing told but where they are, the ask is asked as from anyone.)
  if (story === '' && ask === text) return undefined;
  // ("backend dev, 3 yoe" → "how long till im senior": a question of its own that the story leads to no other passages
  // is answered as asked, not headed as if what they told had shaped it.)
  if (ask === text && !fitForMe.test(text) && !choiceForMe.test(text) && topicWords(kb, text) > 0 && sameHits(kb, ask, `${story}. ${ask}`))
    return { kind: 'complete', slots: own };
  const slots: TurnSlots = { ...own, roles: own.roles.length === 1 ? own.roles : previous.slots.roles };
  return follow(reading(story ? `${story}. ${ask}` : ask, slots, 'your question, with what you told me'));
};

/** Whether two questions find the same first three passages, in the same order. */
function sameHits(kb: KnowledgeBase, a: string, b: string): boolean {
  const ids = (q: string) =>
    kb
      .search(q, { limit: 3 })
      .hits.map((hit) => hit.passage.id)
      .join(' ');
  return ids(a) === ids(b);
}

/** "can i still…", "do i still have a shot": asked in spite of something just said. */
const inSpite = /\b(?:still|anyway|regardless|even\s+so)\b/i;
/** A message that opens as a question or asks one. */
const questionShaped = (text: string) => text.includes('?') || opensAsQuestion.test(text);

/**
 * "no phd or masters tho" (answered from the passages on degrees), then "can i still become an mle": the ask is
 * made in spite of what they just said, so it is asked with it, ask first ("can i still become an mle, no phd or
 * masters tho"). A story told and only noted is afterTheirStory's.
 */
const inSpiteOfWhatTheySaid: Rule<TurnContext> = ({ text, own, previous, reading }) => {
  if (!previous || previous.passages.length === 0 || !inSpite.test(text) || !aboutMe.test(text)) return undefined;
  const said = previous.question.trim().replace(/[.!\s]+$/, '');
  if (questionShaped(said) || asksAnything(said) || said.split(/\s+/).length > 12 || !questionShaped(text)) return undefined;
  // ("do i need a masters for mle" → "i only have a bs" → "so can i still get hired": hired as what the talk was of.)
  const [role] = own.roles.length === 0 && previous.slots.roles.length === 1 ? previous.slots.roles : [];
  // ("…, i only have a bs": said in the first person after a comma, it would read as a remark closing the question.)
  const joined = /^(?:i|i'?m|im|i'?ve|ive)\b/i.test(said) ? ' given' : ',';
  const asked = `${text.trim().replace(/[?.!\s]+$/, '')}${role ? ` as a ${roleName[role]}` : ''}${joined} ${said}`;
  return follow(reading(asked, role ? { ...own, roles: [role] } : own, 'your question, with what you just said'));
};

/** What a move gains or costs someone ("what would i gain", "would i lose anything", "the downsides"). */
// ("would my pay drop?", "would i take a pay cut": what the move does to their pay.)
/** "does the move make sense", "is it a good idea", "smart move?", "would i regret it": a verdict asked of a move. */
const judgesTheMove =
  /\b(?:makes?\s+(?:any\s+)?sense|good\s+idea|bad\s+idea|smart|dumb|stupid|mistake|regret|worth\s+it|worthwhile|wise|crazy)\b/i;
const movesUpsides = /\b(?:gain|gains|lose|losing|upsides?|downsides?|benefits?|pros|cons|get\s+out\s+of\s+it)\b/i;
/** "would my pay drop?", "would i take a pay cut", "would i make more": what the move does to their pay. */
const payChange =
  /\b(?:drops?|dropping|go(?:es)?\s+(?:down|up)|cut|paycut|hit|decrease|increase|lower|higher|less|more|bump|raise|jump|gain|lose)\b/i;

/** The vocabulary's group of stepping stones ("a middle step", "a bridge role"). */
const steppingStoneTerm = `${synonymPrefix}steppingstone`;

/**
 * "do i need a masters?" from someone who said they are a data engineer with 5 years: asked as that data engineer
 * ("should i do it?" is about what was just discussed, not about their role).
 */
/** "do i need a masters", "what should i learn", "how do i prep": what it takes to get into a role. */
// ("what would i be missing skill wise", "what does the interview look like for someone like me": what getting in asks.)
const preparesFor =
  /\b(?:need|needed|require[sd]?|learn|study|masters?|phd|degree|certs?|certifications?|prep|prepare|courses?|interviews?|missing|lacking|gaps?)\b/i;

const asTheirRole: Rule<TurnContext> = ({ text, read, own, profile, previous, choosing, reading }) => {
  // ("what would i gain?" right after how long their move to ML takes: what the move gains them, not their role's.)
  // (Or the move they said they are making: an ML engineer heading for data engineering.)
  const headingFor: Direction | undefined =
    profile?.role === 'de' && profile.goal === 'mle'
      ? 'de-to-mle'
      : profile?.role === 'mle' && profile.goal === 'de'
        ? 'mle-to-de'
        : undefined;
  // ("how much would i lose" from an ML engineer after "and the other way?" turned their move round: their own move,
  // which starts in the role they work in.)
  const fromTheirRole: Direction | undefined = profile?.role === 'de' ? 'de-to-mle' : profile?.role === 'mle' ? 'mle-to-de' : undefined;
  const before = previous?.slots.direction;
  const move = before && fromTheirRole && moveEnds(before)[0] !== profile?.role ? fromTheirRole : (before ?? headingFor);
  if (move && movesUpsides.test(text) && own.roles.length === 0) {
    const [from, to] = moveEnds(move);
    const asked = `${text.replace(/[?.!\s]+$/, '')} by moving from ${roleName[from]} to ${roleName[to]}`;
    return follow(reading(asked, { ...own, roles: [from, to], direction: move }));
  }
  // ("is there a middle ground role i could do first" from a data engineer heading for ML: a step on their way.)
  if (headingFor && own.roles.length === 0 && read.terms.some((t) => t.term === steppingStoneTerm && !t.aside)) {
    const [from, to] = moveEnds(headingFor);
    const asked = `${text.replace(/[?.!\s]+$/, '')} on the way from ${roleName[from]} to ${roleName[to]}`;
    return follow(reading(asked, { ...own, roles: [from, to], direction: headingFor }));
  }
  if (
    !(
      profile?.role &&
      own.roles.length === 0 &&
      aboutMe.test(text) &&
      !pointsBack.test(text) &&
      !choosing &&
      !fitForMe.test(text) &&
      !ownMove.test(text) &&
      // ("and if i went the other way round?": the move before, turned round, not their role's interview "round".)
      !(previous?.slots.direction && reverse.test(text))
    )
  )
    return undefined;
  // Their years make a level only for what differs by level ("what should i be earning"): "what stats do i need"
  // asked as a mid-level data engineer would find the mid-level pay.
  const byLevel = read.terms.some((t) => t.term === `${synonymPrefix}salary` || t.term === `${synonymPrefix}careerpath`);
  const level = own.level ?? (byLevel ? levelTheyWouldEarnAt(profile) : undefined);
  // ("do i need a masters" from a data engineer heading for ML: what it takes is asked of where they head.)
  const role = headingFor && !byLevel && preparesFor.test(text) ? profile.goal! : profile.role;
  const asked = `${text.replace(/[?.!\s]+$/, '')} as a ${level && !own.level ? `${levelWord(level)} ` : ''}${roleName[role]}`;
  return follow(reading(asked, { ...own, roles: [role], ...(level ? { level } : {}) }));
};

/**
 * "give me a quick quiz", "quiz me", "is there a questionnaire", "some quiz-style questions would help", "a test to see
 * which fits me", "take the quiz", "can i do the quiz": the quiz asked for in words.
 */
export const asksForAQuiz =
  /(?:^\W*|\b(?:i|lets|let's|can\s+i|could\s+i|wanna|want\s+to|like\s+to|to|pls|please)\s+)(?:take|start|do|begin|try|run)\s+(?:the\s+|a\s+|ur\s+|your\s+|that\s+)?(?:quiz|diagnostic)\b(?!\s+(?:results?|says?|said|mean)\b)|\b(?:give|send|show|gimme)\s+(?:me\s+|us\s+)?(?:a|an|the|some|ur|your)\s+(?:(?:quick|short|little|small|fun)\s+)?(?:quiz|questionnaire|diagnostic|self[-\s]assessment)\b|\bquiz\s+me\b|\b(?:is\s+there|do\s+(?:you|u)\s+have|have\s+(?:you|u)\s+got|got)\s+(?:a|an|any)\s+(?:(?:quick|short|little)\s+)?(?:quiz|questionnaire|diagnostic|self[-\s]assessment)\b|\bquiz[-\s]?(?:style|like|type)\s+questions?\b|\b(?:a|some)\s+(?:quick\s+)?(?:quiz|test|questions)\s+(?:to|that)\s+(?:see|figure|find|know|tell|decide|check|work\s+out|help)\b|\bask\s+me\s+(?:some\s+|a\s+few\s+)?questions\b/i;

/**
 * The quiz asked for in words ("give me a quick quiz to figure out de vs mle"): the diagnostic it asks, from the
 * article it comes from, and the invitation to take it with /quiz.
 */
const theQuizAskedFor: Rule<TurnContext> = ({ text, own, reading }) => {
  if (!asksForAQuiz.test(text)) return undefined;
  return follow({ ...reading('diagnostic questions', { ...own, roles: ['de', 'mle'] }, 'the quiz: its five questions'), invite: 'quiz' });
};

/**
 * "which role would fit me?" as a conversation's first question, from someone who has told nothing about
 * themselves: what the articles say to choose each for, and the quiz, whose five questions decide it.
 */
const aFitWithNothingTold: Rule<TurnContext> = ({ kb, text, read, own, profile, previous, told, reading }) => {
  const asksFit = fitForMe.test(text) || choiceForMe.test(text);
  // ("im a 3rd year cs student in brazil" → "which role fits me?": a student, and where they are, say nothing of which
  // role suits them; what they like would.)
  const learning = profile?.job !== undefined && stillLearning.test(profile.job);
  // (Whatever was asked before: "which role fits me?" after "what does a de do" is the same choice, asked fresh;
  // "so which should i pick for that" is about what came before.)
  if (
    !asksFit ||
    (previous && pointsBack.test(text)) ||
    // ("which one should i believe" after two sources' figures: which source, not which role.)
    (previous && sourcesDiffer.test(text)) ||
    // ("based in lagos": where they are says nothing of which role suits them.)
    // ("im leaning mle" → "nvm i think de": which way they lean neither.)
    (told.some((t) => !(whereTheyLive.test(t) && t.split(/\s+/).length <= 8) && !leanAlone.test(t)) && !learning) ||
    own.roles.length === 1 ||
    // ("should i start with de then move to mle?": a path from one to the other, asked as it is.)
    own.direction !== undefined ||
    (profile?.job && !learning) ||
    profile?.role ||
    profile?.likes.length ||
    profile?.dislikes?.length
  )
    return undefined;
  // (Its own words only: "…, i keep flip flopping every week" closing it is a remark about the person.)
  // ("my son is 17, which role is better for him?": who it is asked for, and their age, are no topic.)
  const rest = read.ask.replace(fitForMe, ' ').replace(choiceForMe, ' ').replace(whoItIsFor, ' ');
  if (topicWords(kb, rest) > 0 || choosesByACriterion(kb, read.ask.replace(whoItIsFor, ' '))) return undefined;
  return follow({
    ...reading(
      'which role should you choose: data engineering or ML engineering?',
      { ...own, roles: ['de', 'mle'] },
      'which role to choose',
    ),
    invite: 'quiz',
  });
};

/**
 * Whether all a person told is that they study somewhere: a student (no job, role, liking or dislike besides), in
 * short messages, which say nothing of which role would suit them.
 */
function onlyWhereTheyStudy(told: readonly string[], profile: Profile | undefined): boolean {
  return (
    profile?.job !== undefined &&
    stillLearning.test(profile.job) &&
    !profile.role &&
    !profile.goal &&
    profile.likes.length === 0 &&
    !profile.dislikes?.length &&
    told.every((message) => message.split(/\s+/).length <= 12)
  );
}

/** "my son is 17", "my daughter is in high school": who a question is asked for, said before it. */
const whoItIsFor = new RegExp(
  `(?:${forSomeoneElse.source})\\s+(?:is|was|'s)\\s+(?:(?:an?|only|just|in|turning)\\s+)?(?:\\d{1,2}|[\\p{L}-]+)(?:\\s+(?:years?\\s+old|yo|school|high\\s+school))?`,
  'giu',
);

/**
 * "which role would be easier for someone like me", "which is safer for me": a choice by a criterion the sources
 * compare the roles on (how hard, the pay, the outlook), which is that comparison's question, not which role fits.
 */
function choosesByACriterion(kb: KnowledgeBase, ask: string): boolean {
  const choosing = new Set(['diagnostic', 'choose', 'fit', 'priority'].map((g) => `${synonymPrefix}${g}`));
  return kb.read(ask).terms.some((t) => t.kind === 'synonym' && !t.qualifier && !choosing.has(t.term));
}

/** Words of a job's name that say what kind of work it is not ("engineer", "grad"). */
const genericJobWords = new Set(['engineer', 'engineers', 'developer', 'dev', 'grad', 'graduate', 'student', 'here', 'senior', 'junior']);

/** A move's duration, asked in the sources' words. */
const howLong = 'how long does it take to move';

/**
 * "how long", "so how long tho", "how long would it take me": how long, asked bare, of what came before ("how long to
 * learn it" after "im a de rn, thinking bout mle": learning where they head is the move).
 */
const bareHowLong =
  /^\W*(?:(?:so|ok|okay|and|but|hmm+|now|then|alright|well|right)[\s,]+)*how\s+(?:long|much\s+time)(?:\s+(?:would|will|does|should|could)\s+(?:it|that|this|all\s+that)\s+take(?:\s+me)?)?(?:\s+to\s+learn\s+(?:it|that|this|all\s+that)|\s+to\s+get\s+(?:there|in|into\s+(?:it|that))|\s+(?:would|will)\s+it\s+take\s+to\s+get\s+there)?(?:\s+(?:tho|though|roughly|realistically|now|then))?[\s?!.]*$/i;

/** "how long to switch", "so how long would it take to move": the time of a move, said of no one and nowhere. */
const bareHowLongToSwitch =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|now|then|alright)[,\s]+)*how\s+long\s+(?:does\s+it\s+take\s+|would\s+it\s+take\s+)?to\s+(?:switch|move|transition|pivot)\s*[?!.]*$/i;

/** The roles a quiz outcome is about. */
export const outcomeRoles: Record<'mle' | 'de' | 'hybrid', Role[]> = { mle: ['mle'], de: ['de'], hybrid: ['de', 'mle'] };
/** A quiz outcome asked as the choice it settles: answered from the passages that say why to choose that role. */
export const quizChoice: Record<'mle' | 'de' | 'hybrid', string> = {
  mle: 'should i choose ML engineering',
  de: 'should i choose data engineering',
  hybrid: 'should i choose the hybrid ML data engineer role if i like both',
};
export const outcomeLabel: Record<'mle' | 'de' | 'hybrid', string> = {
  mle: 'ML Engineer',
  de: 'Data Engineer',
  hybrid: 'the hybrid (ML data engineer)',
};

/**
 * "which role fits me?" from someone whose quiz said which, and who has told nothing else: the quiz's answer, with
 * why the sources say to choose that role.
 */
const theirQuizResult: Rule<TurnContext> = ({ kb, text, own, profile, told, previous, reading }) => {
  const outcome = profile?.quizOutcome;
  // ("data analyst 3 yoe, i love sql…", then /quiz, then "which role fits me then": right after the result, the quiz,
  // taken last, is what answers, whatever they told before it.)
  const rightAfterIt = previous?.quizAnswers !== undefined;
  if (!outcome || !(fitForMe.test(text) || choiceForMe.test(text)) || own.roles.length === 1 || (told.length > 0 && !rightAfterIt))
    return undefined;
  if (!rightAfterIt && (profile.job || profile.role || profile.likes.length > 0)) return undefined;
  return theQuizResultsChoice(kb, text, own, outcome, reading);
};

/** The choice their quiz result made, when a fit is asked in no words of a topic's own ("which role fits me?"). */
function theQuizResultsChoice(
  kb: KnowledgeBase,
  text: string,
  own: TurnSlots,
  outcome: NonNullable<Profile['quizOutcome']>,
  reading: TurnContext['reading'],
): Resolution | undefined {
  if (topicWords(kb, text.replace(fitForMe, ' ').replace(choiceForMe, ' ')) > 0) return undefined;
  return follow(reading(quizChoice[outcome], { ...own, roles: outcomeRoles[outcome] }, `your quiz result: ${outcomeLabel[outcome]}`));
}

/**
 * "which role fits me?" later on from someone with a quiz result who told about themselves too, when nothing they told
 * decides it (no job the sources describe a move from, no liking): the quiz, whose five questions judge the fit, answers.
 */
const theirQuizResultAfterAll: Rule<TurnContext> = ({ kb, text, own, profile, reading }) => {
  const outcome = profile?.quizOutcome;
  if (!outcome || !(fitForMe.test(text) || choiceForMe.test(text)) || own.roles.length === 1) return undefined;
  return theQuizResultsChoice(kb, text, own, outcome, reading);
};

/** "what would she earn", "how much would he make": the pay of someone else the conversation told of. */
const theirOwnPayAsked =
  /\b(?:what|how\s+much)\s+(?:would|will|could|can|might)\s+(?:she|he|they|my\s+\w+)\s+(?:earn|make|get(?:\s+paid)?)\b/i;

/**
 * "my wife is a nurse … which role would fit her" → "what would she earn": someone coming from another job would start
 * at the entry level, in either role (or the one named), not at the level the figures happen to lead with.
 */
const payOfSomeoneElse: Rule<TurnContext> = ({ text, own, told, previous, reading }) => {
  if (!theirOwnPayAsked.test(text) || own.level || own.region) return undefined;
  const spoken = [...told, previous?.question ?? ''];
  if (!spoken.some((message) => someoneElsesJob.test(message))) return undefined;
  const roles: Role[] = own.roles.length > 0 ? own.roles : ['de', 'mle'];
  const named = roles.map((role) => roleNames[role]).join(' and ');
  return follow(reading(`how much do entry level ${named} make`, { ...own, roles, level: 'entry', topic: text }));
};

/**
 * "what would i earn", "how much could i make" from someone who told nothing (no years, level, place or role, and no job
 * that says a level): each role's pay at every level, which their level would pick from, not the senior row a table
 * happens to open with.
 */
const payWithNothingTold: Rule<TurnContext> = ({ read, text, own, profile, previous, reading }) => {
  // ("i'm a data analyst … which one should i go for" → "what would i make": a job in data, its years untold, says no
  // level either.)
  const levelUntold = !profile?.job || (!stillLearning.test(profile.job) && levelTheyWouldEarnAt(profile) === undefined);
  if (!levelUntold || profile?.role || profile?.years !== undefined || profile?.place || previous?.slots.level || previous?.slots.region)
    return undefined;
  if (own.roles.length > 0 || own.level || own.region || read.context !== '') return undefined;
  if (
    !/^\W*(?:(?:so|ok(?:ay)?|and|hm+)[\s,]+)*(?:what|how\s+much)\s+(?:would|could|will|can|might)\s+(?:i|he|she|they)\s+(?:earn|make|get(?:\s+paid)?)(?:\s+(?:tho|though|then|roughly|realistically))?[\s?!.]*$/i.test(
      text,
    )
  )
    return undefined;
  // ("what would he make", no one told of: someone else's pay, level by level too.)
  const theirs = /\b(?:he|she|they)\s+(?:earn|make|get)\b/i.test(text);
  if (theirs && profile?.quizOutcome) return undefined;
  // (After a quiz result, in the role it names.)
  const fit = quizRole(profile);
  if (fit)
    return follow(
      reading(
        `how much do ${roleNames[fit]} make`,
        { roles: [fit], topic: text },
        `${roleLabel[fit]} pay, your quiz result, level by level (tell me your years for yours)`,
      ),
    );
  return follow(
    reading(
      'how much do data engineers and ML engineers make',
      { roles: ['de', 'mle'], topic: text },
      `Both roles pay, level by level (tell me ${theirs ? 'their years for theirs' : 'your years for yours'})`,
    ),
  );
};

/**
 * "im a backend dev, 5 yrs" → "what would i make as a de": pay at the level their years in software make them, with
 * the years named in the header, so that counting them (the sources' levels are years of experience) shows.
 */
const payWithYearsElsewhere: Rule<TurnContext> = ({ read, text, own, profile, reading }) => {
  const asksPay = read.terms.some((t) => t.term === `${synonymPrefix}salary`);
  // ("How much do ML engineers make? I'm a backend dev…": asked of the role, not of themselves; the story is context.)
  if (!(asksPay && aboutMe.test(read.ask) && own.roles.length <= 1 && !own.level && !own.region)) return undefined;
  if (!profile?.job || profile.role || profile.years === undefined || profile.years === 0) return undefined;
  // ("im a data scientist 3 yrs …" → "what would i earn", no role named: in either role, or the one their quiz named.)
  // ("would i take a pay cut": a change of pay, which the roles' gap answers, is no figure of theirs.)
  if (own.roles.length === 0 && (profile.goal || payChange.test(text) || read.intent.form === 'comparison')) return undefined;
  if (comesFromAnotherJob(profile) || stillLearning.test(profile.job) || whereTheAskerIs.test(text.replace(introducedHere, ' ')))
    return undefined;
  if (read.unknown.some((u) => u.kind === 'name' && u.inMainAsk)) return undefined;
  const level = levelTheyWouldEarnAt(profile);
  if (!level) return undefined;
  const fit = quizRole(profile);
  const roles: Role[] = own.roles.length === 1 ? [own.roles[0]!] : fit ? [fit] : ['de', 'mle'];
  const who = roles.length === 1 ? roleLabel[roles[0]!] : 'Both roles';
  return countedOrStarting(profile, level, (at, note) =>
    reading(
      `how much do ${levelWord(at)} ${roles.map((r) => roleNames[r]).join(' and ')} make`,
      { ...own, roles, level: at },
      `${who} pay, ${levelLabel(at)} (${note})`,
    ),
  );
};

type PayLevel = NonNullable<ReturnType<typeof levelTheyWouldEarnAt>>;

/**
 * Pay at the level years in another software or data job would make: the sources' levels are years in the role, and
 * whether those years count is for the person to say ("sysadmin for 8 years" → "what would i make": staff pay is never
 * promised on a guess). Asked back, counted or starting in the role, unless the years make the entry level anyway.
 */
function countedOrStarting(profile: Profile, level: PayLevel, at: (level: PayLevel, note: string) => Reading): Resolution {
  const years = `${profile.years} ${profile.years === 1 ? 'year' : 'years'}`;
  const counted = at(level, `counting your ${years} as ${withArticle(profile.job!)}`);
  if (level === 'entry') return follow(counted);
  return {
    kind: 'clarify',
    prompt: `Your ${years} as ${withArticle(profile.job!)}: counted as years in the role, or starting in it?`,
    choices: [counted, at('entry', 'starting in the role')],
  };
}

/** "than what i make now", "than my current job": pay set against their own. */
const thanTheirOwn =
  /\bthan\s+(?:my\s+(?:current\s+)?(?:job|role|pay|salary|position)|what\s+i\s+(?:make|earn|get)|i\s+(?:make|earn)\s+now)\b/i;

/**
 * "i make 95k as a data analyst" → "would de pay more than what i make now": the role's pay, at the level they would
 * start at or their years make them (every level when neither is known), for them to set against their own.
 */
const payAgainstTheirOwn: Rule<TurnContext> = ({ text, own, profile, reading }) => {
  if (!(thanTheirOwn.test(text) && own.roles.length === 1 && profile?.job && !profile.role && !own.region)) return undefined;
  const role = own.roles[0]!;
  const level = own.level ?? levelTheyWouldEarnAt(profile);
  const levelled = level ? `${levelWord(level)} ` : '';
  return follow(
    reading(
      `how much do ${levelled}${roleNames[role]} make`,
      { ...own, roles: [role], ...(level ? { level } : {}) },
      [`${roleLabel[role]} pay`, level ? levelLabel(level) : '', 'to set against what you make now'].filter(Boolean).join(', '),
    ),
  );
};

/** "which one is closer to what i already know", "which fits my skills better", "which matches my stack". */
const closerToWhatTheyKnowAsked =
  /\b(?:closer|closest|nearer|nearest|(?:more|most)\s+similar|(?:better|best)\s+match|match(?:es)?|overlaps?(?:\s+(?:more|most))?|uses?|fits?|suits?|aligns?(?:\s+(?:more|most|better))?)\b[^?.!]*\b(?:what\s+i\s+(?:already\s+|currently\s+)?(?:know|do|use|have|work\s+with)|my\s+(?:current\s+|existing\s+)?(?:skills?|stack|skill\s*set|tools|tech|work|job|background))\b/i;

/**
 * "which one is closer to what i already know" from someone who said what they know ("i know python sklearn and a
 * bit of pytorch"): which role's tools those are, as the sources list them (scikit-learn and PyTorch are ML
 * engineers'), not the beginner's barrier to entry a choice from their job would find.
 */
const closerToWhatTheyKnow: Rule<TurnContext> = ({ kb, text, own, profile, reading }) => {
  const knows = profile?.knows ?? [];
  if (knows.length === 0 || own.roles.length === 1 || !closerToWhatTheyKnowAsked.test(text)) return undefined;
  const said = knows.join(' and ');
  // ("sql and tableau and excel": what the sources never name is left out, or it would decline what SQL answers.)
  const unnamed = new Set(kb.read(said).unknown.map((u) => u.word.toLowerCase()));
  const what = said
    .replace(/\b(?:a\s+(?:bit|little)\s+of|a\s+bit|some|basic|little|kinda|a\s+lot\s+of|lots\s+of)\b/gi, ' ')
    .split(/[\s,]+/)
    .filter((word) => word !== '' && !unnamed.has(word.toLowerCase()))
    .join(' ')
    .replace(/^(?:and\s+)+|(?:\s+and)+$/g, '')
    .replace(/\band(?:\s+and)+\b/g, 'and');
  if (topicWords(kb, what) === 0) return undefined;
  return follow(reading(`which role uses ${what}`, { ...own, roles: ['de', 'mle'] }, `which role uses what you know (${what})`));
};

/** The rules about the person, in the order they are tried. */
export const aboutThePerson: Rule<TurnContext>[] = [
  aVerdictOnTheirSum,
  closerToWhatTheyKnow,
  payWhereTheyLive,
  payOfSomeoneElse,
  aStudentsPay,
  payWithNothingTold,
  payAtTheirLevel,
  theOtherRolesPayAgainstTheirs,
  theirPay,
  payWithYearsElsewhere,
  payAgainstTheirOwn,
  timeToLearnIt,
  aMoveFromAJobTheyLack,
  whatTheirBackgroundCounts,
  timeForTheRoleSettled,
  theirMove,
  theirQuizResult,
  choiceFromTheirJob,
  aChangersChoice,
  doubtOfTheFit,
  fitByWhatTheyLike,
  theOtherRoleInstead,
  afterTheirStory,
  inSpiteOfWhatTheySaid,
  asTheirRole,
  theQuizAskedFor,
  theirQuizResultAfterAll,
  aFitWithNothingTold,
];

/** "im leaning mle", "nvm i think de", "heading for data engineering tbh": which role they lean to, and nothing else. */
const leanAlone =
  /^\W*(?:(?:nvm|never\s*mind|actually|ok|okay|so|hmm+|nah|no|i\s+think|i\s+guess|prob(?:ably)?|maybe|tbh|ngl)[\s,]+)*(?:(?:i'?m|im|i\s+am)\s+)?(?:(?:leaning|heading|aiming|going)\s+(?:towards?\s+|for\s+|to\s+|into\s+)?)?(?:de|mle|ml|data\s+eng\w*|ml\s+eng\w*|machine\s+learning(?:\s+eng\w*)?)(?:\s+(?:now|tbh|ngl|i\s+think|rn|instead))*\W*$/i;
