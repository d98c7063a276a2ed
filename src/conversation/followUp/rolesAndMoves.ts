/**
 * Follow-ups that change who or which move the previous question was about: the other side of a comparison ("than de
 * i mean"), the two roles compared ("so which is quicker?"), the move reversed ("the other way round?"), the other
 * role, the same question of a role named ("what does that look like in de"), another role, level or place ("and at
 * staff level?"), and "they" read as the role just discussed.
 */
import {
  readSlots,
  regionLabel,
  roleLabel,
  roleName,
  roleField,
  roleNames,
  swapRoles,
  withLevel,
  withRegion,
  withRoles,
  withSlotsSpelled,
  withoutRegion,
  howLongTheMoveTakes,
  moveEnds,
} from '../slots.js';
import { placeholderIt } from '../../question/chat.js';
import { currencyAsked, currencyWords } from '../../search/currencies.js';
import { measuredByTheOther, unlevelledTopics } from '../../search/questionReader.js';
import { chooseTerm, synonymPrefix } from '../../search/analyzer.js';
import { type Direction, namesTheHybrid } from '../../search/direction.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import type { Role, TurnSlots } from '../types.js';
import { levelTheyWouldEarnAt } from '../profile.js';
import { comparesTwoAsMeant, follow, mainQuestionOf, type PreviousContext, questionChecked, type Rule } from './context.js';
import { backInto, equivalent, narrowing, other, otherRole, reachesALevel, reverse } from './patterns.js';
import {
  asksAbout,
  distinctTopicWords,
  pointsWithinTheTurn,
  rolesMentioned,
  sharesATopic,
  withoutUnknownPlaces,
  withoutUnknownSeniority,
} from './topicWords.js';
import { echoOf, inAnotherCurrency, understoodOf, understoodWithEcho } from './understood.js';

/**
 * "than de i mean" after "i read mle debugging is way harder": the other side of its comparison, completing it;
 * "is it harder than de's?" after MLE interviews compares the two on it.
 */
export const otherSideOfAComparison: Rule<PreviousContext> = (c) => {
  const { own, previous, before, rest, reading } = c;
  const comparedWith =
    /\bthan\b/i.test(rest) &&
    comparesTwoAsMeant(c) &&
    /^(?:so\s+|and\s+|but\s+)?(?:is|are|was|does|do)\s+(?:it|that|this|they)\b/i.test(rest);
  // ("more than de?" after ML engineer pay: the comparison said with nothing before it.)
  const bareComparison = /^(?:so\s+|and\s+|but\s+)?(?:(?:way|much|a\s+lot)\s+)?(?:more|less|higher|lower|better|worse)\s+than\b/i.test(
    rest,
  );
  if (!((/^than\b/i.test(rest) || comparedWith || bareComparison) && own.roles.length > 0)) return undefined;
  const roles = [...new Set([...before.roles, ...own.roles])];
  const otherSide = rest
    .replace(/\b(?:i\s+mean|tho|though|lol)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return follow(reading(`${previous.resolved.replace(/[?.!\s]+$/, '')} ${otherSide}`, { ...before, roles }));
};

/**
 * Whether each role was answered in turn just before ("whats the day to day like for a de" → "and mle?"), the last
 * about one of them, no move between them, and the turn names neither.
 */
function eachRoleInTurn({ own, previous, before, mentioned }: PreviousContext): boolean {
  return own.roles.length === 0 && !before.direction && previous.slots.roles.length === 1 && rolesMentioned(mentioned, before).length === 2;
}

/** What a list answers (skills, tools, interview rounds, certifications): after one, "which one" is among what was listed. */
const listedTopics = ['skill', 'tool', 'interview', 'certification'].map((g) => `${synonymPrefix}${g}`);

/** Whether a question asked for one of the things a list answers. */
function askedForAList(kb: KnowledgeBase, question: string): boolean {
  return kb.analyze(question).some((t) => listedTopics.includes(t.term));
}

/** "which one tho", "so which one should i pick": which of the two roles, asked bare. */
const bareWhichOne =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|then|hm+|well|alright)[\s,]+)*(?:which|wich|whcih)\s+(?:one|1)(?:\s+(?:tho|though|then|should\s+i\s+(?:pick|choose|go\s+(?:for|with)|do)|do\s+i\s+(?:pick|choose)|is\s+it|wins|for\s+me|overall))*[\s?!.]*$/i;

/**
 * "whats the day to day like for a de" → "and mle?" → "which one tho": each role was answered in turn, and which of the
 * two is asked bare: the sources' word on choosing between them (the answer before, again, would pick neither).
 * (After a list, skills, tools, interview rounds, "which one" is among what was listed.)
 */
export const whichRoleThen: Rule<PreviousContext> = (c) => {
  const { kb, text, previous, reading } = c;
  if (!bareWhichOne.test(text) || !eachRoleInTurn(c) || askedForAList(kb, previous.resolved)) return undefined;
  return follow(
    reading('which role should i choose, data engineer or ML engineer', { roles: ['de', 'mle'], topic: text }, 'which role to choose'),
  );
};

/** "which first", "so which one first": which of two to start with, asked bare. */
const bareWhichFirst =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|then|hm+)[\s,]+)*(?:which|wich|whcih)(?:\s+(?:one|1|role))?\s+(?:first|1st)(?:\s+(?:tho|though|then))?[\s?!.]*$/i;

/**
 * "how long to become a de" → "and mle?" → "which first": each role was answered in turn, on nothing one learns, and
 * which to start with is asked: the sources' word on which role to do first (the answer before would say neither).
 */
export const whichRoleFirst: Rule<PreviousContext> = (c) => {
  const { kb, text, previous, reading } = c;
  if (!bareWhichFirst.test(text) || !eachRoleInTurn(c) || askedForAList(kb, previous.resolved)) return undefined;
  return follow(
    reading(
      'should i do data engineering first or ML engineering first',
      { roles: ['de', 'mle'], topic: text },
      'which role to start with',
    ),
  );
};

/** "which one has a sql round", "which one needs more math": which of the two roles has something, asked bare. */
const whichOneHas =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|then|hm+|wait)[\s,]+)*(?:which|wich|whcih)\s+(?:one|1|role)\s+(?:has|have|needs?|requires?|includes?|uses?|asks?|tests?|gets?|involves?)\b/i;

/**
 * "whats the interview like for de" → "and mle?" → "which one has a sql round": each role was answered in turn, and
 * which of the two has something is asked of both, on what was asked before (the answer just shown covers one).
 */
export const whichRoleHasIt: Rule<PreviousContext> = (c) => {
  const { kb, text, previous, before, rest, patterns, reading } = c;
  // ("which one has more on call": more of something is compared of the roles, as a question of its own.)
  if (!whichOneHas.test(text) || comparesTwoAsMeant(c) || !eachRoleInTurn(c)) return undefined;
  const slots: TurnSlots = { ...before, roles: ['de', 'mle'] };
  const asked = withRoles(previous.resolved, slots.roles, patterns);
  return follow(
    reading(`${rest.replace(/[?.!\s]+$/, '')}: ${asked}`, slots, understoodWithEcho(understoodOf(kb, asked, slots), echoOf(kb, rest))),
  );
};

/** "so which is quicker?", "who wins?" after the two roles' figures: the two roles compared on what was just asked. */
export const whichOfTheRoles: Rule<PreviousContext> = (c) => {
  const { kb, text, own, previous, before, rest, ownTopic, mentioned, patterns, reading } = c;
  const picksARole =
    /^(?:so\s+|ok(?:ay)?\s+|and\s+|but\s+)?(?:which|who)\b/i.test(rest) &&
    (comparesTwoAsMeant(c) || /\bwho\s+wins\b|\bwhich\s+(?:one\s+)?wins\b/i.test(text)) &&
    !/\bof\s+(?:those|these|them|the\s+above)\b/i.test(text);
  // ("and which is growing faster" after "which has more jobs rn": the roles compared before, unnamed.)
  const bothCompared =
    rolesMentioned(mentioned, before).length === 2 ||
    (before.roles.length === 0 && kb.read(previous.resolved).intent.form === 'comparison');
  if (!(picksARole && own.roles.length === 0 && ownTopic <= 1 && !before.direction && bothCompared)) return undefined;
  // ("which is more remote friendly" after remote pay, "which is more remote" after on-call: how remote the roles are is
  // its own question, not the one before asked of remote roles.)
  if (remoteWorkItself.test(text) || /\bmore\s+remote\b/i.test(text)) return undefined;
  // ("which one is better for a data analyst" after pay: a choice asked for a kind of person is a question of its own.)
  if (/^for\s+(?:an?|someone|somebody|a\s+person|people|ppl|folks)\b/i.test(c.read.context || c.read.ask)) return undefined;
  // ("ok which pays more" after the difference between the roles names a topic of its own, pay: it is its own question.)
  // ("which one has better job security" after pay names a topic the question before was not about: its own.)
  const ownLabels = kb
    .analyze(c.bare)
    .filter((t) => t.kind === 'synonym' && !t.qualifier && kb.analyzer.labelOf(t.term) !== undefined)
    .map((t) => t.term);
  const labelsBefore = kb.read(previous.resolved).labels;
  // ("which one is more stable" after "which one would pay more long term": stability alone, not pay again.)
  const narrower =
    ownLabels.length > 0 && [...labelsBefore.keys()].some((term) => !ownLabels.includes(term) && !kb.analyzer.isSetting(term));
  if (ownLabels.length > 0 && (labelsBefore.size === 0 || !ownLabels.some((term) => labelsBefore.has(term)) || narrower)) return undefined;
  // ("which is more creative" after "which is more deterministic": a word of its own the articles never use, which the
  // question before cannot answer either: asked alone, it is declined for it.)
  const unknownOfItsOwn = c.read.unknown.some((u) => u.inMainAsk && u.specificity >= 0.75);
  if (ownTopic === 1 && unknownOfItsOwn && !sharesATopic(kb, c.bare, previous.resolved)) return undefined;
  // ("which has better job growth?" after remote work: a topic of its own, in words the articles use, that the
  // question before was not about.)
  if (ownTopic === 1 && !sharesATopic(kb, c.bare, previous.resolved) && c.bare.trim().split(/\s+/).length >= 2) return undefined;
  // ("which one is faster to get into" after senior pay: a topic people's words name, "get into", that the question
  // before was not about, is a question of its own, however few words of the articles it uses.)
  const termsBefore = new Set(kb.analyze(previous.resolved).map((t) => t.term));
  const topicOfItsOwn = kb
    .analyze(c.bare)
    .some(
      (t) => t.kind === 'synonym' && t.inferred && !t.qualifier && kb.analyzer.labelOf(t.term) === undefined && !termsBefore.has(t.term),
    );
  if (topicOfItsOwn && ownTopic === 0 && !sharesATopic(kb, c.bare, previous.resolved)) return undefined;
  const roles: Role[] = ['de', 'mle'];
  // (Who asked, told before the question, stays before it: "…backend services in Python and some Scala, so which one
  // pays more" then "which one is more stable?" asks of stability, and Scala stays where it was, what they told.)
  const told = kb.read(previous.resolved).context.trim();
  const story = told !== '' && previous.resolved.startsWith(told) ? told : '';
  let earlier = withRoles(story ? previous.resolved.slice(story.length).trim() : previous.resolved, roles, patterns);
  const slots: TurnSlots = { ...before, roles };
  // ("which one pays more at senior level" after staff pay at FAANG: the level it names, not the one before.)
  if (own.level && own.level !== before.level) {
    earlier = withLevel(earlier, own.level);
    slots.level = own.level;
  }
  if (own.region && own.region !== before.region) {
    earlier = withRegion(earlier, own.region);
    slots.region = own.region;
  }
  const asked = `${story ? `${story.replace(/[,;:\s]+$/, '')}. ` : ''}${rest}, data engineer or ML engineer: ${earlier}`;
  return follow(reading(asked, slots, understoodWithEcho(understoodOf(kb, earlier, slots), echoOf(kb, rest))));
};

/**
 * "how long would the switch take", "is the move worth it" after a question about going from MLE to DE: "the"
 * points back at that move, asked again whichever way it went.
 */
export const theSameMove: Rule<PreviousContext> = ({ text, own, before, rest, reading }) => {
  if (!(before.direction && own.roles.length === 0 && !own.direction && /\bthe\s+(?:switch|move|transition|pivot|jump)\b/i.test(text)))
    return undefined;
  const [from, to] = moveEnds(before.direction);
  const resolved = `${rest.replace(/[?.!\s]+$/, '')} from ${roleName[from]} to ${roleName[to]}`;
  return follow(reading(resolved, { ...before, roles: [from, to] }));
};

/**
 * "the other way round?", "and reverse direction?", "go back to mle" after a move out of it, "what about mle -> de?"
 * after the move from DE to MLE: the same move the other way round.
 */
export const theOtherWayRound: Rule<PreviousContext> = ({ kb, text, own, previous, before, bare, ownTopic, patterns, reading }) => {
  const movesBack = backInto.test(text) && own.roles.length === 1 && before.direction?.startsWith(`${own.roles[0]}-`) === true;
  const namesReverse = own.direction !== undefined && before.direction !== undefined && own.direction !== before.direction;
  // ("other way round, how much python do des need" names its role and a topic the question before did not: its own question.)
  const topicWords = distinctTopicWords(kb, bare);
  // ("the other way round? mle to de how long" after pay names a move where the question before had none: its own.)
  const ownQuestion =
    (own.roles.length > 0 && topicWords > 0 && !sharesATopic(kb, bare, previous.resolved)) ||
    (own.direction !== undefined && before.direction === undefined);
  // Asked without the words that turned it round ("round" would read as an interview round).
  if (ownQuestion && reverse.test(text)) {
    const asked = text.replace(new RegExp(`${reverse.source}[\\s,:;.!?-]*`, 'i'), '').trim();
    if (asked !== '') return follow(reading(asked, own));
  }
  // ("and for the other one" after the move from DE to ML engineering: of a move, the other one is the move back.)
  const otherMove = otherRole.test(text) && before.direction !== undefined && own.roles.length === 0 && ownTopic === 0;
  if (
    !(
      (reverse.test(text) && topicWords <= 1 && !ownQuestion) ||
      (movesBack && ownTopic <= 2) ||
      (namesReverse && ownTopic <= 1) ||
      otherMove
    )
  )
    return undefined;
  const direction = before.direction === 'de-to-mle' ? 'mle-to-de' : before.direction === 'mle-to-de' ? 'de-to-mle' : undefined;
  // One role named: the other way round is the other role (the question's role names are swapped alike).
  const roles = before.roles.length === 1 ? [other[before.roles[0]!]] : [...before.roles].reverse();
  const slots: TurnSlots = {
    ...before,
    ...(direction ? { direction } : {}),
    roles,
    ...(before.topic !== undefined && before.roles.length === 1 ? { topic: swapFields(before.topic, before.roles) } : {}),
  };
  // ("and the reverse?" after "im a de with 5 yoe … how long would that take me": the other move's time, asked as
  // such; the story's words turned round would say something else ("move into data pipelines").)
  if (direction && kb.read(previous.resolved).intent.wanted === 'duration') return follow(reading(howLongTheMoveTakes(direction), slots));
  return follow(reading(swapFields(swapRoles(previous.resolved, patterns), before.roles), slots));
};

/**
 * "what do des need to learn about ml stuff" turned round: the other role's field too ("…ML engineers need to
 * learn about data pipelines stuff"), for a question of one role that names the other's field.
 */
function swapFields(text: string, roles: readonly Role[]): string {
  // "do mles need deep sql like des do" turned round asks whether data engineers need the ML engineer's own depth,
  // statistics ("do des need deep sql like mles do" would ask nothing): the role asked about first is the subject.
  const subject = roles.length === 1 || (roles.length === 2 && measuredByTheOther.test(text)) ? roles[0] : undefined;
  if (subject === undefined) return text;
  const signature = subject === 'mle' ? /\bsql\b/i : /\b(?:statistics|stats|math|maths)\b/i;
  if (signature.test(text)) return text.replace(signature, subject === 'mle' ? 'statistics' : 'SQL');
  if (roles.length !== 1) return text;
  return roles[0] === 'de'
    ? text.replace(/\b(?:ml|machine\s+learning)\b(?!\s+eng)/i, 'data pipelines')
    : // ("ML", as the articles write it: "machine learning" alone would find "learning" everywhere.)
      text.replace(/\bdata\s+engineering\b(?!\s*(?:roles?|jobs?)\b)|\b(?:data\s+)?pipelines?\b/i, 'ML');
}

/** "and for the other role?": the previous question, of the role it was not about. */
export const theOtherRole: Rule<PreviousContext> = ({ kb, text, own, previous, before, ownTopic, mentioned, patterns, reading }) => {
  // ("what would i earn starting out" named no role, but its answer opened with ML engineer figures: the other is DE.)
  const lead = previous.passages[0] ? kb.passage(previous.passages[0]) : undefined;
  const shown = lead ? kb.sideOf(lead) : undefined;
  // ("and the other one?" after "how long would it take me", asked of both roles and opened with the data engineer's
  // months: the one its answer did not open with.)
  // ("and the other one?" after "what certs tho", asked of neither and answered for both, in a conversation last about
  // DE: the role named last is the one meant, and the other is ML engineering.)
  const was =
    before.roles.length === 1
      ? before.roles[0]
      : shown === 'de' || shown === 'mle'
        ? shown
        : before.roles.length === 0
          ? mentioned.at(-1)
          : undefined;
  if (!(otherRole.test(text) && own.roles.length === 0 && ownTopic === 0)) return undefined;
  // ("and the other one?" after a degree asked of no role, answered with both roles' education: both again, said so,
  // rather than a reply that knows nothing of what came before.)
  if (!was) {
    if (!previous.answered || previous.passages.length === 0) return undefined;
    const both: TurnSlots = { ...before, roles: ['de', 'mle'] };
    return follow(
      reading(previous.resolved, both, `${understoodOf(kb, previous.resolved, both)} (that answer gives both roles)`, previous.passages),
    );
  }
  const roles: Role[] = [other[was]];
  return follow(reading(withRoles(questionChecked(previous), roles, patterns), { ...before, roles }));
};

/** A move's end that points back: "into it", "to that role", "get there". */
const intoWhatWasSaid =
  /\b(?:switch|switching|move|moving|pivot|pivoting|transition|transitioning|go|going|get|getting|jump|jumping|change|changing|break|breaking)\s+(?:over\s+)?(?:(?:in)?to\s+(?:it|that|this|them|one)(?:\s+role)?|there)\b/i;
/** "become one", "become that": a role pointed back at, become. */
const becomeWhatWasSaid = /\bbecome\s+(?:one|that)\b/i;

/**
 * "how long to switch into it from data engineering" after "what do ml engineers do": the move from the role named
 * into the one the question before was about (not what data engineers do).
 */
export const aMoveIntoTheRoleBefore: Rule<PreviousContext> = ({ text, own, before, reading }) => {
  const into = intoWhatWasSaid.exec(text);
  const [from] = own.roles;
  const [to] = before.roles;
  if (!into || !from || !to || own.roles.length !== 1 || before.roles.length !== 1 || to === from) return undefined;
  // (The role named is where the move starts: "from de", "from data engineering".)
  if (!/\bfrom\b/i.test(text.slice(into.index + into[0].length)) && !/\bfrom\b/i.test(text.slice(0, into.index))) return undefined;
  // ("get into ML engineering" reads as breaking in from nowhere: a move it is.)
  const verb = into[0]
    .replace(/\s+(?:over\s+)?(?:(?:in)?to\s+\w+(?:\s+role)?|there)$/i, '')
    .replace(/^(?:get|go)(?=\s|$)|^(?:getting|going)\b/i, (w) => (w.endsWith('ing') ? 'moving' : 'move'));
  const resolved = `${text.slice(0, into.index)}${verb} into ${roleField[to]}${text.slice(into.index + into[0].length)}`;
  return follow(reading(resolved, { ...own, roles: [from, to], direction: `${from}-to-${to}` as Direction }));
};

/** "and from scratch?", "what about from zero", "starting from nothing": a move started from no experience at all. */
const fromNothing =
  /^(?:(?:and|but|ok|so|what|how)\s+)*(?:about\s+)?(?:(?:starting|coming|going)\s+)?from\s+(?:scratch|zero|nothing|no\s+(?:experience|background|exp)|ground\s+zero|0)\b(?:\s+(?:though|tho|then|instead))?\s*\?*$/i;

/**
 * "and from scratch?" after the move from data engineering into ML engineering: breaking into the role the move went
 * to, from nothing (not the same move, nor the move labelled as it).
 */
export const theMoveFromNothing: Rule<PreviousContext> = ({ kb, text, before, previous, reading }) => {
  const to = before.direction?.split('-to-')[1] as Role | undefined;
  if (!to || !fromNothing.test(text.trim())) return undefined;
  const long = kb.read(previous.resolved).intent.wanted === 'duration';
  const article = to === 'mle' ? 'an' : 'a';
  const asked = `${long ? 'how long does it take' : 'how hard is it'} to become ${article} ${roleName[to]} from scratch`;
  const becoming = `becoming ${article} ${roleLabel[to]} from scratch`;
  return follow(reading(asked, { roles: [to], topic: before.topic }, long ? `how long ${becoming} takes` : becoming));
};

/** An "it" or "that" that stands for nothing said before ("worth it", "how long would it take", "is it hard to …"). */
const itForNothingBefore = new RegExp(
  `\\bworth\\s+it\\b|\\bhow\\s+long\\s+(?:would|will|does|did|should|could|can)\\s+it\\s+take\\b|\\bhow\\s+(?:hard|easy|difficult|tough|realistic|long)\\s+(?:is|would\\s+be|will\\s+be)\\s+it\\s+(?:to|for)\\b|^\\s*(?:check|look\\s+at|see|peep)\\s+(?:this|that)(?:\\s+out)?\\b|${placeholderIt.source}`,
  'gi',
);

/**
 * "what does that look like in de then", "what's the DE equivalent?": the previous question, asked of the role named.
 * ("which of those do de interviews have too?" picks among the previous answer's items for that role: not the same.)
 */
export const theSameOfARole: Rule<PreviousContext> = ({ kb, text, own, previous, before, ownTopic, patterns, reading }) => {
  // ("got an offer 150k base junior de, is that good?" names its own level: a question of its own. In "is a
  // bootcamp worth it for de?", "it" points at nothing before.)
  // ("check this: how much do des make" opens with an aside, not with what was said before. "how long would it take
  // me to become an mle", "is it hard to get into mle": "it" stands for nothing said before.)
  const sameOfRole =
    own.roles.length === 1 &&
    /\b(?:that|it|this|those|the\s+same)\b/i.test(text.replace(itForNothingBefore, ' ')) &&
    !pointsWithinTheTurn(kb, text) &&
    // ("back to de, is it easy to get in": the "it" of its last clause stands for what follows it.)
    !placeholderIt.test(text.replace(/^[^,;]*[,;]\s*/, '')) &&
    ownTopic <= 1 &&
    !narrowing.test(text) &&
    !own.level &&
    !own.region;
  if (!((equivalent.test(text) || sameOfRole) && own.roles.length > 0 && !before.roles.every((r) => own.roles.includes(r))))
    return undefined;
  const slots: TurnSlots = { ...before, roles: own.roles };
  return follow(reading(withRoles(previous.resolved, own.roles, patterns), slots));
};

/**
 * "is it closer to de or mle?" after "what does 'ai infrastructure engineer' mean", "who does it, de or mle?" after
 * "what is feature engineering": "it" is what was just asked about, set beside the two roles. ("do they overlap
 * with mle?" after "tell me about llm platform engineer roles": "they" are those roles, set beside the one named.)
 */
export const besideTheRoles: Rule<PreviousContext> = ({ kb, own, previous, before, rest, ownTopic, subjectPointsBack, reading }) => {
  const asksWhichRole =
    /^(?:so\s+|and\s+|but\s+)?(?:who|which\s+(?:one|role))\s+(?:does|do|owns?|handles?|needs?|uses?)\s+(?:it|that|this|them)\b/i.test(rest);
  // "It" is too often no one ("is it a good idea to go mle…"): only "they", "those", "these" are.
  const pluralPointsBack = /^(?:so\s+|and\s+|but\s+)?(?:do|did|are|were|can|could|will|would)\s+(?:they|those|these)\b/i.test(rest);
  // ("does it overlap w mle?" after "what are ai infrastructure engineer roles": "it", set beside a role by a verb that
  // relates two things, is what was just asked about.)
  // ("is that its own thing or just mle" after "heard about llm platform engineer roles": a role of its own, or one named.)
  const relatesIt =
    /^(?:so\s+|and\s+|but\s+)?(?:does|did|is|can|could|will|would)\s+(?:it|that|this)\s+(?:really\s+|actually\s+|basically\s+|kinda\s+)?(?:overlap|compare|relate|differ|fit|sit|belong|count|fall|compete|map)\b/i.test(
      rest,
    ) ||
    /^(?:so\s+|and\s+|but\s+)?(?:is|are)\s+(?:it|that|this|they|those|these)\s+(?:(?:its|their)\s+(?:own\s+)?(?:thing|role|job|title|field|career)|(?:just|basically|really|actually|kinda)\s+(?:an?\s+)?(?:rebranded\s+|renamed\s+|fancy\s+)?(?:mle|ml|de|data|machine))\b/i.test(
      rest,
    );
  const besideRoles = own.roles.length === 2 || (own.roles.length === 1 && before.roles.length === 0 && (pluralPointsBack || relatesIt));
  if (!((subjectPointsBack || asksWhichRole) && besideRoles && ownTopic <= 2)) return undefined;
  return follow(
    reading(
      `${rest} ${previous.resolved}`,
      { ...before, roles: own.roles },
      understoodWithEcho(understoodOf(kb, previous.resolved, before), echoOf(kb, rest)),
    ),
  );
};

/** "what does an mle do", "so what do data engineers actually do": what a role named is. */
const asksWhatARoleDoes =
  /^(?:so\s+|and\s+|ok(?:ay)?\s+|but\s+|then\s+|hey\s+|yo\s+|hi\s+|hello\s+|also\s+|wait\s+)*what\s+(?:does|do)\s+(?:an?\s+|the\s+)?(?!they\b|them\b|it\b|you\b|u\b)[\p{L}.-]+(?:\s+[\p{L}.-]+){0,3}?\s+(?:actually\s+|even\s+|really\s+|usually\s+|typically\s+)?do\b/iu;

/** "whats mle", "what is a data engineer?": what a role is, the role alone named (ROLE stands for it). */
const whatTheRoleIs =
  /^(?:so\s+|and\s+|ok(?:ay)?\s+|but\s+|then\s+|hey\s+|yo\s+|also\s+|wait\s+)*(?:what(?:'s|s)|what\s+(?:is|are))\s+(?:an?\s+|the\s+)?ROLE\s*[?!.]*$/i;

/** "is mle worth it", "is de even worthwhile", "is ml engineering harder": a role named and judged as a career. */
const judgesARole =
  /^(?:so\s+|and\s+|ok(?:ay)?\s+|but\s+|then\s+)*(?:is|are)\b.*\b(?:worth\s*(?:it|while)|worthwhile)\b|^(?:so\s+|and\s+|ok(?:ay)?\s+|but\s+|then\s+)*(?:is|are)\s+(?!(?:it|that|this|they|those|these|there)\b)\S.*\b(?:harder|easier|tougher|better|worse|safer|riskier|chiller|more\s+\w+|less\s+\w+)\b|^(?:so\s+|and\s+|ok(?:ay)?\s+|but\s+|then\s+)*(?:is|are)\s+(?!(?:it|that|this|they|those|these|there)\b)\S+(?:\s+\S+)?\s+(?:(?:really|that|so|actually|even|too)\s+)?(?:hard|difficult|easy|tough|boring|fun|stressful|chill|dying|dead|saturated|oversaturated|safe|risky|competitive|in\s+demand|a\s+good\s+(?:career|job|choice|path))\b/i;

/** "mid to senior", "senior → staff": a step up the ladder, from one level to the next named. */
const levelStep =
  /\b(?:entry|junior|jr|mid|senior|sr|staff|principal|lead)(?:[- ]level)?\s*(?:to|->|→|into)\s*(?:entry|junior|jr|mid|senior|sr|staff|principal|lead)\b/i;

/** "and ML engineers?", "and at staff level?", "in nigeria?": the previous question, of another role, level or place. */
/** A currency named, by any of its words. */
const currencyNamed = new RegExp(`\\b${currencyWords}\\b`, 'gi');

/** "is it remote tho", "can it be remote", "are those jobs remote?": whether the work is remote, asked of the role. */
const asksWhetherRemote =
  /^\W*(?:(?:so|and|but|ok(?:ay)?|wait|hm+)[\s,]+)*(?:is|are|can|could)\s+(?:it|that|this|they|those|these|the\s+(?:job|jobs|role|roles|work))(?:\s+(?:jobs?|roles?))?\s+(?:be\s+|usually\s+|often\s+|mostly\s+|fully\s+)*remote(?:ly)?(?:\s+(?:tho|though|too|friendly|at\s+all))*[\s?!.]*$/i;

export const anotherRoleLevelOrPlace: Rule<PreviousContext> = ({
  kb,
  text,
  own,
  previous,
  before,
  ownTopic,
  patterns,
  reading,
  rest,
  words,
  profile,
}) => {
  if (!(ownTopic === 0 && (own.roles.length > 0 || own.level || own.region))) return undefined;
  // ("ok what about de, is it hard to get into" after staff MLE pay: a question of its own of the role named, its "it"
  // standing for what follows.)
  const lastClause = text.replace(/^[^,;]*[,;]\s*/, '');
  if (lastClause !== text && placeholderIt.test(lastClause) && kb.analyze(lastClause).some((t) => t.kind === 'synonym' && !t.inferred))
    return undefined;
  // ("no i meant from de to mle" after how long becoming an ML engineer takes: the time of that move.)
  if (own.direction && kb.read(previous.resolved).intent.wanted === 'duration')
    return follow(reading(howLongTheMoveTakes(own.direction), { ...own, roles: ['de', 'mle'] }));
  // ("what about going mle to de" after "sounds hard", of no move: a move named is asked of itself, not of what that said.)
  if (own.direction && !before.direction) return undefined;
  // ("what about ml data engineers pay": the hybrid role, named by a title that holds both roles' words, is neither.)
  if (namesTheHybrid.test(text)) return undefined;
  // ("how long till im senior" after which is harder: the years a level takes, a question of its own, not the one
  // before asked at that level.)
  if (own.level && reachesALevel.test(text)) return undefined;
  // ("more than de?" after ML engineer pay: the answer before set against the role named, not that role's pay alone.)
  if (own.roles.length === 1 && !before.roles.includes(own.roles[0]!) && /\b(?:more|less|higher|lower|better|worse)\s+than\b/i.test(text))
    return undefined;
  // ("which is more remote" after mid-level pay: the roles set against each other on remote work, a question of its own.)
  if (own.region === 'remote' && /\b(?:which|who)\b.*\b(?:more|less|most|least|better)\s+remote\b/i.test(text)) return undefined;
  // ("is it remote tho" after ML engineer pay: whether the work is remote, of the role, not its remote pay.)
  // (Only after pay, which "remote" would otherwise turn to remote pay: after "i really want to work at openai or
  // anthropic", "are those remote too?" is of those employers, and left as asked.)
  if (own.region === 'remote' && asksWhetherRemote.test(text) && kb.read(previous.resolved).intent.wanted === 'money') {
    const roles = own.roles.length > 0 ? own.roles : before.roles;
    const who = roles.length > 0 ? roles.map((r) => roleNames[r]).join(' and ') : `${roleNames.de} and ${roleNames.mle}`;
    const label = roles.length === 1 ? roleLabel[roles[0]!] : 'Both roles';
    return follow(reading(`is remote work common for ${who}`, { roles: [...roles], topic: 'remote work' }, `${label}, remote work`));
  }
  // ("ML or DE?" after "im a data analyst, 3 yoe": what was told before asked nothing to ask again of the roles.)
  if (previous.answered && previous.passages.length === 0) return undefined;
  // "what does an mle do" asks what the role is: a question of its own, whatever came before.
  // ("is mle worth it" after "what would change that" asks of the role itself as well.)
  if (
    own.roles.length === 1 &&
    (asksWhatARoleDoes.test(text) ||
      judgesARole.test(text) ||
      whatTheRoleIs.test(text.replace(new RegExp(patterns[own.roles[0]!].source, 'iu'), 'ROLE').trim()))
  )
    return undefined;
  // ("is mle better than de" after senior pay: which to choose, a question of its own, not the pay of both.)
  // ("which one should i pick as a beginner" after what an MLE does: which role to choose, said at a level, is a question
  // of its own too, no role named.)
  if (own.roles.length !== 1 && kb.read(text).terms.some((t) => t.term === chooseTerm && !t.aside)) return undefined;
  // ("how long to learn de?" after "is remote common?": a turn that names a role alone and asks for another kind of
  // answer, a duration after a yes or no, asks its own question of the role. "how long to get to senior" after the
  // career path asks it of the path.)
  // ("and what's the starting pay" after how long a move takes: pay asked with a level is a question of pay all the same.)
  const wanted = kb.read(text).intent.wanted;
  if (wanted !== undefined && wanted !== kb.read(previous.resolved).intent.wanted && (!(own.level || own.region) || wanted === 'money'))
    return undefined;
  const asked = mainQuestionOf(questionChecked(previous));
  // A place alone after a question that asked for no figures the sources give for it (pay and jobs by place; for
  // Nigeria, pay alone).
  // ("what about in nigeria" after "tbh i just want the most money. de or mle" → "even at junior level?": the pay
  // they want, told before the choice, is what was asked.)
  const placeOfNoFigures =
    own.region !== undefined &&
    !own.level &&
    own.roles.length === 0 &&
    !asksAbout(kb, previous.resolved, own.region === 'nigeria' ? figuresForNigeria : figuresByPlace, true);
  // "what about remote work" after interviews: remote work is a topic of its own, a role named with it or not ("what
  // about remote work for data engineers?" after how hard the move into data engineering is).
  if (own.region === 'remote' && !own.level && !asksAbout(kb, previous.resolved, figuresByPlace)) return undefined;
  // ("is remote common?" after pay: whether remote work is common, asked of remote work itself.)
  // ("and how's remote work for them" after pay: remote work, named as a thing, is asked of itself too.)
  // ("how common is remote?" after ML engineers' pay: of the roles asked about before.)
  if (
    own.region === 'remote' &&
    (/^\W*(?:(?:so|and|but|also)\s+)?(?:is|are)\s+(?:working\s+|fully\s+)?remote\b/i.test(text) || remoteWorkItself.test(text))
  )
    // ("which is more remote friendly": the two roles compared, a question of its own.)
    // ("what about remote jobs, are they common" after pay in Berlin of both roles: remote work, of both.)
    return own.roles.length === 0 && before.roles.length >= 1 && !/^\W*(?:(?:so|and|ok|but)\s+)?(?:which|who)\b/i.test(text)
      ? follow(reading(withRoles(text, before.roles, patterns), { ...own, roles: [...before.roles] }))
      : undefined;
  // "and in nigeria?" after "what degree do des need": the sources give Nigeria pay only; their general answer, said so.
  if (placeOfNoFigures && own.region === 'nigeria') {
    // (Remote work asked before stays what is asked: "and in nigeria?" after /compare remote.)
    const remote = before.region === 'remote' || readSlots(kb, asked).region === 'remote';
    const { region: _none, ...placeless } = before;
    // ("and for nigeria?" after remote work in India was declined: Nigeria instead of India.)
    return follow({
      ...reading(withoutUnknownPlaces(kb, remote ? asked : withoutRegion(asked)), remote ? before : placeless),
      placeUnsaid: regionLabel('nigeria').replace(/^in\s+/, ''),
    });
  }
  let resolved = own.level || own.region ? withSlotsSpelled(kb, asked) : asked;
  // ("what about remote" after "im in lagos, 2 yoe as a de. what wud i make as mle here": the place asked instead of
  // the one their story told, so the ask alone, without "here".)
  if (own.region) {
    const story = kb.read(resolved);
    if (story.context !== '' && readSlots(kb, story.context).region !== undefined)
      resolved = story.ask
        .replace(/\s*\b(?:here|there)\b/gi, '')
        .replace(/\s+([?.!,])/g, '$1')
        .trim();
  }
  // A place the sources have no figures for gives way to the one asked now ("in germany" → "in the US").
  if (own.region) resolved = withoutUnknownPlaces(kb, resolved);
  // ("mle comp at faang" → "what about remote", "and in the us generally": a place asked instead of the big-tech
  // setting; kept, the FAANG figures would come back labelled as that place's.)
  if (own.region && !faangNamed.test(text))
    resolved = resolved
      .replace(faangNamed, ' ')
      .replace(/\s+([?.!,])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  const slots: TurnSlots = { ...before };
  if (own.roles.length > 0) {
    // ("and data enginer?" after "machin lerning enginer wat do daily": the role as the reader spelt it out, which the
    // role's own words then replace.)
    const named = new RegExp(`${patterns.de.source}|${patterns.mle.source}`, 'iu');
    if (!named.test(resolved) && kb.read(resolved).roles.length > 0) resolved = kb.read(resolved).spelled;
    // ("compared to mle?" after DE pay: the role set against the one before, both asked.)
    const against =
      /^\W*(?:(?:so|and|but|ok(?:ay)?)[,\s]+)*(?:(?:as\s+)?compared\s+(?:to|with)|vs\.?|versus)\s/i.test(text) &&
      own.roles.length === 1 &&
      slots.roles.length === 1 &&
      slots.roles[0] !== own.roles[0];
    const roles: Role[] = against ? [slots.roles[0]!, own.roles[0]!] : [...own.roles];
    // ("and as de?" after "im in lagos, 2 yoe as a de. what wud i make as mle here": the role of the ask is replaced,
    // not the one the story told of the person.)
    const story = kb.read(resolved);
    const askNames = story.context !== '' && named.test(story.ask);
    resolved = askNames
      ? `${story.context.replace(/[\s.,;:!?]+$/, '')}. ${withRoles(story.ask, roles, patterns)}`
      : withRoles(resolved, roles, patterns);
    // ("ok just des then, senior" after "what does a data analyst earn vs a de" was declined for the analyst: the pay
    // of the role named alone, the job the sources lack left behind.)
    const before = kb.read(previous.resolved);
    if (
      /\b(?:just|only)\b/i.test(text) &&
      own.roles.length === 1 &&
      !previous.answered &&
      before.intent.wanted === 'money' &&
      before.unknown.some((u) => u.kind === 'title')
    )
      resolved = `how much do ${roleNames[own.roles[0]!]} make`;
    slots.roles = roles;
    // A move's other end follows its role: "and for MLEs?" after "DE to MLE" keeps no move.
    delete slots.direction;
  }
  // "and senior to staff?" after how to get from mid to senior: the step asked instead of the one before.
  const step = levelStep.exec(text);
  const stepBefore = levelStep.exec(resolved);
  if (step && stepBefore) {
    resolved = resolved.replace(stepBefore[0], step[0]);
    slots.level = own.level ?? slots.level;
  } else if (own.level && before.direction && kb.read(previous.resolved).intent.wanted === 'duration') {
    // ("is that true for juniors too" after how long the DE → MLE move takes: the sources time the move for no level;
    // their time for it again, saying so, rather than a time into DE from elsewhere that "entry" would find.)
    return follow(reading(resolved, before, `${understoodOf(kb, resolved, before)}; my sources give its time for no level`));
  } else if (own.level) {
    // ("what about juniors" after "how much do de interns make" was declined for the interns: the level asked
    // instead of the one the sources have no figures for.)
    if (!previous.answered) resolved = withoutUnknownSeniority(kb, resolved);
    resolved = withLevel(resolved, own.level);
    slots.level = own.level;
    // ("for a junior?" after the ML algorithm round, the day's work or the tools: the sources give these by no level;
    // the same answer under "entry level" would read as the juniors' own.)
    const asked = kb.read(previous.resolved);
    if (
      previous.answered &&
      own.roles.length === 0 &&
      asked.intent.wanted !== 'money' &&
      asked.terms.some((t) => unlevelledTopics.has(t.term) && t.term !== `${synonymPrefix}remote` && !t.aside)
    )
      return follow(reading(previous.resolved, before, `${understoodOf(kb, previous.resolved, before)}; my sources give this by no level`));
  }
  // ("ok and in the us for my level" after pay declined for the UK: the place asked, at the level their years make them.)
  const theirLevel = !own.level && profile && /\bmy\s+(?:level|experience|yoe)\b/i.test(text) ? levelTheyWouldEarnAt(profile) : undefined;
  if (theirLevel) {
    resolved = withLevel(resolved, theirLevel);
    slots.level = theirLevel;
  }
  if (own.region) {
    // ("and in nigeria?" after junior pay: the level stays asked, so the place's figures, given for mid-senior
    // engineers only, come with that said, rather than under a header that silently dropped the level.)
    // ("and new york?" after pay in San Francisco: a US city is asked as named, which the sources have no figures
    // for, as they would say of it asked alone; "and in the us?" asks the US.)
    const city =
      own.region === 'us' && !namesTheUS.test(text) && words <= 3 ? rest.replace(/^(?:in|at|for|from)\s+/i, '').trim() : undefined;
    resolved = withRegion(resolved, own.region, city || undefined);
    slots.region = own.region;
    // ("how many naira is that" after US pay: a place named only by its currency is its own pay, which the answer
    // says, or the naira figures read as the dollars converted.)
    const currency = currencyAsked(text);
    if (own.region !== before.region && currency !== undefined && readSlots(kb, text.replace(currencyNamed, ' ')).region === undefined)
      return follow(reading(resolved, slots, inAnotherCurrency(understoodOf(kb, resolved, slots), currency)));
  } else if (
    slots.region &&
    (readSlots(kb, resolved).region !== slots.region ||
      (own.level && slots.region === 'nigeria' && !/\b(?:nigeria|nigerian|naira)\b/i.test(resolved)))
  ) {
    // ("and for mle?" after "is that before tax?" of remote pay: the check's words name no place; the place kept is asked.)
    // ("and staff?" after pay in Lagos: the country named, whose figures the sources give, or the level would find the
    // US table.)
    resolved = withRegion(resolved, slots.region);
  }
  return follow(reading(resolved, slots));
};

/**
 * "how much do they make remotely?" after a question about ML engineers: "they" are ML engineers, and the question
 * has a topic of its own; it is asked of them rather than glued to the question before. "and what do they actually
 * do on the job?": a question of its own about them, though in no topic word. ("what do they ask?" after a question
 * on interviews asks what the interviews ask: "they" is not the role.)
 */
export const theyAreTheRole: Rule<PreviousContext> = ({
  kb,
  text,
  own,
  before,
  previous,
  rest,
  ownTopic,
  onThePrevious,
  carriesOn,
  reading,
}) => {
  const they = /\b(?:they|them|their)\b/i;
  const asksWhatTheyDo = /^(?:what|how|where)\s+(?:do|did)\s+they\s+(?:\w+\s+){0,2}(?:do|work|spend|make|earn|use)\b/i.test(rest);
  // ("what about de, what degree do they want": "they" are the role the turn names itself.)
  if (
    !(
      (onThePrevious || carriesOn) &&
      (ownTopic >= 1 || asksWhatTheyDo || remoteWorkItself.test(text)) &&
      // (Of both roles, only a figure asked of "them": "so what do they have in common" after how the interviews differ
      // is about the interviews.)
      (before.roles.length === 1 || (before.roles.length === 2 && kb.read(text).intent.wanted !== undefined)) &&
      own.roles.length === 0 &&
      they.test(text)
    )
  )
    return undefined;
  const roles = [...before.roles];
  // ("how much do they cost" after the certifications or tools an answer named: their price, not the roles' pay.)
  const priced = pricedThings(kb, text, previous.resolved);
  if (priced) return follow(reading(text.replace(/\b(?:they|them)\b/i, priced), { ...own, roles }));
  // ("do i need spark and kafka for de" … "do they bump ur salary at all": what acts on the person are the two things
  // just named, not the people of the role.)
  const things = actsOnThePerson.test(text) ? thingsNamed(kb, kb.read(previous.resolved).ask) : undefined;
  if (things) return follow(reading(text.replace(/\b(?:they|them)\b/i, things), { ...own, roles }));
  // ("how much do they pay in the us right out of college" after both roles: "they" are both.)
  const named = roles.map((role) => roleNames[role]).join(' and ');
  const resolved = text.replace(/\b(?:they|them)\b/i, named).replace(/\btheir\b/i, `${named}'`);
  return follow(reading(resolved, { ...own, roles, ...(before.region && !own.region ? { region: before.region } : {}) }));
};

/**
 * "what do they actually build" after "what hybrid roles sit between de and mle": "they" are the people of the hybrid
 * role the answer was about, ML data engineers; "how do i get there" is the move into it.
 */
export const theyAreTheHybrid: Rule<PreviousContext> = ({ kb, text, own, previous, onThePrevious, carriesOn, reading }) => {
  const into = intoWhatWasSaid.exec(text) ?? becomeWhatWasSaid.exec(text);
  if (!((onThePrevious || carriesOn || into) && own.roles.length === 0 && (into || /\b(?:they|them|their)\b/i.test(text))))
    return undefined;
  if (!aboutTheHybrid(kb, previous.resolved)) return undefined;
  // ("how do i get there" after what the hybrid role is: the move into it.)
  if (into)
    return follow(
      reading(
        text.replace(into[0], 'move into the ML data engineer hybrid role'),
        { ...own, roles: ['de', 'mle'] },
        'moving into the hybrid role (ML data engineer)',
      ),
    );
  const resolved = text.replace(/\b(?:they|them)\b/i, 'ML data engineers').replace(/\btheir\b/i, "ML data engineers'");
  return follow(reading(resolved, { ...own, roles: ['de', 'mle'] }, `ML data engineers: ${text.replace(/[?!.\s]+$/, '')}`));
};

/** "pay?", "and the skills?" after "hybrid?" or what the hybrid role is: a topic alone, asked of ML data engineers. */
export const aTopicOfTheHybrid: Rule<PreviousContext> = ({ kb, text, own, previous, words, ownTopic, reading }) => {
  if (words > 3 || ownTopic === 0 || own.roles.length > 0 || own.level || own.region || /\b(?:they|them|their|it)\b/i.test(text))
    return undefined;
  if (!aboutTheHybrid(kb, previous.resolved)) return undefined;
  const asked = text.replace(/^\W*(?:(?:and|so|ok(?:ay)?|what\s+about|how\s+about)[\s,]+)*/i, '').replace(/[?!.\s]+$/, '');
  return follow(
    reading(`${asked} of ML data engineers (the hybrid role)`, { ...own, roles: ['de', 'mle'] }, `ML data engineers: ${asked}`),
  );
};

/** "do they bump ur salary", "will they help me": "they" doing something to the person asking. */
const actsOnThePerson = /\b(?:they|them)\s+(?:\w+\s+){0,2}?(?:\w+)\s+(?:ur|your|you|u|me|my)\b/i;

/**
 * "spark and kafka" in "do i need spark and kafka for de": two things the articles name (never a role), joined by
 * "and" or "or", as asked; undefined when the question names no such pair.
 */
function thingsNamed(kb: KnowledgeBase, ask: string): string | undefined {
  const pair = /\b([\p{L}][\p{L}.+#-]*)\s+(?:and|or|&|\+)\s+([\p{L}][\p{L}.+#-]*)\b/iu.exec(ask);
  if (!pair) return undefined;
  const thing = (word: string) => {
    const terms = kb.analyze(word);
    return terms.length > 0 && terms.every((t) => t.kind !== 'role') && kb.specificity(word) >= 0.75;
  };
  return thing(pair[1]!) && thing(pair[2]!) ? `${pair[1]} and ${pair[2]}` : undefined;
}

/** "how much do they cost", "are they expensive", "price?": a price asked. */
const priceAsked = /\b(?:cost|costs|costing|price|prices|priced|pricey|expensive|cheap|fees?)\b/i;

/** The things a price is asked of after an answer about them ("the certifications", "the tools"), if it was about those. */
function pricedThings(kb: KnowledgeBase, text: string, before: string): string | undefined {
  if (!priceAsked.test(text)) return undefined;
  const topics = new Set(kb.analyze(before).map((t) => t.term));
  return topics.has(`${synonymPrefix}certification`) ? 'the certifications' : topics.has(`${synonymPrefix}tool`) ? 'the tools' : undefined;
}

/**
 * "remote work", "remote jobs", "working from home", "how common is remote?": remote work named as a thing, or how
 * common it is, a topic rather than a place.
 */
const remoteWorkItself =
  /\bremote[- ]friendly\b|\bremote\s+(?:work|working|jobs?|roles?|positions?|options?|availability|friendliness|culture|life|share)\b|\bwork(?:ing)?\s+(?:from\s+home|remotely)\b|\bhow\s+(?:common|often|many|widespread|available|likely|rare)\b[^?]*\bremote\b/i;

/** The big-tech setting as questions name it ("at faang", "big tech", "L6"). */
const faangNamed = /\s*\b(?:(?:at|in|for)\s+(?:a\s+|the\s+)?)?(?:faang|maang|big\s+tech|l[3-7])\b/gi;

/** The United States by a name of its own ("the us", "usa", "america"), not by one of its cities or states. */
const namesTheUS = /\b(?:us|usa|u\.s\.a?\.?|united\s+states|america|american|the\s+states|stateside)\b/i;

/** The topics the sources give figures for by place (Nigeria, the US, remote): pay, and the jobs and their growth. */
const figuresByPlace = ['salary', 'demand', 'growth'] as const;
/** For Nigeria the sources give pay alone ("and in nigeria?" after demand has no figures to give). */
const figuresForNigeria = ['salary'] as const;

/** "what does each cost?", "how long for either one": each of the roles just set side by side. */
const eachOfThem = /\b(?:each|either)(?:\s+one|\s+of\s+(?:them|those|the\s+two))?\b/i;

/**
 * "what does each cost?" after "who should we hire first, a data engineer or an ml engineer?": asked of each of the
 * two roles the question before named.
 */
export const eachOfTheRoles: Rule<PreviousContext> = ({ text, own, before, reading }) => {
  // ("does it pay more than either?" after the hybrid sets something against each of them: not asked of them.)
  if (!eachOfThem.test(text) || /\bthan\s+(?:each|either)\b/i.test(text) || own.roles.length > 0 || before.roles.length !== 2)
    return undefined;
  const resolved = text.replace(eachOfThem, `${roleNames.de} and ${roleNames.mle}`);
  return follow(reading(resolved, { ...own, roles: ['de', 'mle'] }));
};

/** Whether a question was about the hybrid role (ML data engineer), not naming it in passing. */
function aboutTheHybrid(kb: KnowledgeBase, question: string): boolean {
  return kb.analyze(question).some((t) => t.term === `${synonymPrefix}hybrid` && !t.aside);
}
