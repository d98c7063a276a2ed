/**
 * Follow-ups that keep the roles and change the topic or the setting: a reason or a topic asked in a few words of
 * its own ("why is demand so high?", "whats the pay at each rung?"), a place the sources lack ("what about in
 * germany?"), a setting ("at startups?"), a new topic ("and the interviews?"), and a short question about what was
 * just discussed ("is it growing?").
 */
import { answerQuestion } from '../../answer/answer.js';
import { noMoveDescribedFrom } from '../../answer/breakingIn.js';
import { escapeRegExp } from '../../question/regexp.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { levelTerms, type ReadQuestion } from '../../search/questionReader.js';
import type { WantedAnswer } from '../../search/intent.js';
import {
  levelWord,
  readSlots,
  regionLabel,
  regionLeftOut,
  roleField,
  roleLabel,
  roleName,
  roleNames,
  withLevel,
  withoutRegion,
  withRegion,
  withRoles,
} from '../slots.js';
import type { Role, TurnSlots } from '../types.js';
import { asksAnything, opensInTheFirstPerson, placeholderIt, splitQuestion } from '../../question/chat.js';
import { chooseTerm, synonymPrefix } from '../../search/analyzer.js';
import { comesFromAnotherJob, jobItself, mayTellAboutThemselves } from '../profile.js';
import { degreeNamed } from '../../answer/answerability.js';
import { comparesTwoAsMeant, follow, gettingIn, mainQuestionOf, questionChecked, type PreviousContext, type Rule } from './context.js';
import { choiceForMe, fitForMe, pointsBack, reachesALevel, reason, setting, shortQuestion } from './patterns.js';
import { echoOf, understoodOf, understoodWithEcho } from './understood.js';
import { topicWords, withoutUnknownPlaces } from './topicWords.js';
import { breakingInto, breakingIntoEither } from '../../answer/breakingIn.js';
import { hybridTitle } from '../../search/direction.js';

/** Pay asked of whichever role is chosen. */
const payInEither = `how much do ${roleNames.de} and ${roleNames.mle} make`;

/**
 * "why is demand so high?" after the outlook for ML engineers: a reason asked in words of its own, naming no role, on
 * a topic of the question before or of the answer it got, is about the same role(s). "whats the pay at each rung?"
 * after the data engineer's career ladder: a topic of the articles' own (pay, interviews, tools…) asked in a few
 * words naming no role, after a question about one role, is about that role.
 */
export const aTopicOfTheSameRoles: Rule<PreviousContext> = (c) => {
  const { kb, text, own, previous, before, rest, bare, words, carriesOn, onThePrevious, patterns, reading } = c;
  if (carriesOn || onThePrevious || own.roles.length > 0 || before.roles.length === 0 || words > 8 || own.direction) return undefined;
  const sharesTopic = () => {
    const shown = previous.passages[0] ? kb.passage(previous.passages[0]) : undefined;
    const earlier = new Set([
      ...kb.analyze(previous.resolved).map((t) => t.term),
      ...(shown ? kb.analyzer.analyzeDocument(shown.text) : []),
    ]);
    return kb
      .analyze(bare)
      .some((t) => t.kind !== 'role' && !t.qualifier && !t.inferred && kb.specificity(t.from) > 0.3 && earlier.has(t.term));
  };
  const labelledTopic = () =>
    before.roles.length === 1 &&
    // "how much does an analyst make?" is about another job, not the role before; "at netflix?" is a place.
    !kb.namesJobTitle(bare) &&
    !c.read.unknown.some((u) => u.kind === 'title' || u.kind === 'name') &&
    shortQuestion.test(rest) &&
    !comparesTwoAsMeant(c) &&
    !choiceForMe.test(text) &&
    kb.analyze(bare).some((t) => t.kind === 'synonym' && !t.qualifier && kb.analyzer.labelOf(t.term) !== undefined);
  // "so theres no sql round?": a conclusion drawn from the answer, checked.
  const concludes = /^so\s+(?:there(?:'s|s|\s+is|\s+are)|it'?s|its|they|you)\b/i.test(rest);
  if (!(((reason.test(text) || concludes) && sharesTopic()) || labelledTopic())) return undefined;
  const slots: TurnSlots = { ...own, roles: before.roles };
  return follow(reading(withRoles(text, before.roles, patterns), slots));
};

/**
 * "do you need a masters for mle" … "i only have a bs in cs + a few side projects": what the person tells of
 * themselves right after a question, on its topic, is what it should be answered with: the question asked again, with
 * what they told. (Off its topic, "i hate on-call" after "is de stressful?" is kept for later, or asked on its own.)
 */
export const thePreviousWithTheirStory: Rule<PreviousContext> = ({ kb, text, own, previous, before, textTerms, reading }) => {
  if (!(previous.answered && previous.passages.length > 0) || /\?/.test(text) || asksAnything(text)) return undefined;
  // ("makes sense, im not in big tech" never comes here: the service notes it as told.)
  if (!opensInTheFirstPerson.test(text) || !mayTellAboutThemselves(text)) return undefined;
  if (own.roles.some((role) => !before.roles.includes(role)) || own.direction) return undefined;
  const asked = new Set(kb.analyze(previous.resolved).map((t) => t.term));
  const onItsTopic = textTerms.some((t) => t.kind !== 'role' && !t.qualifier && !t.inferred && asked.has(t.term));
  if (!onItsTopic) return undefined;
  const question = questionChecked(previous).replace(/[?.!\s]+$/, '');
  return follow(
    reading(
      `${question}? ${text.trim()}`,
      { ...before, ...(own.level ? { level: own.level } : {}) },
      'your question, with what you told me',
    ),
  );
};

/** "at that level", "at the same level", "for this level": the level the question before asked about. */
const thatLevel = /\b(?:at|for|on|in)\s+(?:that|this|the\s+same|the\s+above)\s+level\b/i;

/**
 * "so which pays more at that level, de or mle" after L6 pay at FAANG: a question of its own, asked at the level the
 * one before named.
 */
export const atTheLevelBefore: Rule<PreviousContext> = ({ text, own, before, reading }) => {
  if (!thatLevel.test(text) || own.level || !before.level) return undefined;
  const resolved = text.replace(thatLevel, `at ${levelWord(before.level)} level`);
  return follow(reading(resolved, { ...own, level: before.level }));
};

/** "how much more at staff", "by how much in the us": how far apart the two roles' pay is, asked with nothing else. */
const howFarApart =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|then)[,\s]+)*(?:how\s+much\s+(?:more|less|higher|lower)|by\s+how\s+much|how\s+big(?:\s+(?:is\s+(?:it|the\s+(?:gap|cut|difference))|of\s+a\s+(?:gap|cut|drop|difference)))?\s*[?!.]*$|what'?s\s+the\s+(?:gap|difference|diff))\b/i;

/** "in %?", "whats that in percent", "percentage wise?": pay just shown, asked again in percent. */
const askedInPercent =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|then)[,\s]+)*(?:(?:(?:what(?:'?s|\s+is)|how\s+much(?:\s+more)?\s+is)\s+(?:that|it|the\s+(?:gap|difference|diff))\s+)?(?:in|as\s+an?)\s+(?:%|percent(?:age)?s?\b|pct\b)(?:\s+(?:more|higher|terms|diff(?:erence)?|gap))?|(?:percentage|percent|%)[\s-]*wise)\s*[?!.]*$/i;

/**
 * "how much more at staff" after both roles' pay: how much more ML engineers make than data engineers, at the level
 * (or in the place) now named or the one before, rather than a question of its own that names neither role.
 */
export const howMuchMoreOfTheTwo: Rule<PreviousContext> = ({ kb, text, read, own, before, previous, profile, mentioned, reading }) => {
  const inPercent = askedInPercent.test(text);
  if (!(howFarApart.test(text) || inPercent) || own.roles.length > 0 || before.roles.length === 0) return undefined;
  // ("how much more is that than now" from a data engineer after ML engineers' pay; "how much more" after "and de?"
  // of the pay asked of ML engineers: the two roles set against each other all the same.)
  if (before.roles.length === 1) {
    const other = before.roles[0] === 'de' ? 'mle' : 'de';
    const againstTheOther =
      mentioned.includes(other) ||
      profile?.role === other ||
      // ("mle pay" → "in %?": a role's pay in percent is its pay against the other's.)
      inPercent ||
      // ("how much do mles make" → "by how much": more than the other role, the one gap the sources give of one role's pay.)
      /^\W*(?:(?:so|ok(?:ay)?|and|but|then)[,\s]+)*by\s+how\s+much\b/i.test(text) ||
      // ("mle pays more right?" → "by how much": more than the other role, though it went unnamed.)
      /\b(?:pays?|paid|earns?|makes?|comp|salary|salaries)\s+(?:(?:way|much|a\s+lot|slightly|a\s+bit)\s+)?(?:more|less|better|higher|lower)\b|\b(?:get|gets)\s+paid\s+(?:(?:way|much|a\s+lot)\s+)?(?:more|less|better)\b/i.test(
        previous.question,
      ) ||
      /\bthan\s+(?:now|i\s+(?:make|earn|get)|what\s+i|my\s+(?:current|pay|salary))\b/i.test(text);
    if (!againstTheOther) return undefined;
  }
  const wantedBefore = kb.read(previous.resolved).intent.wanted;
  // ("by how much" → "in %?": the gap asked again in percent.)
  if (wantedBefore !== 'money' && !(inPercent && wantedBefore === 'percent')) return undefined;
  // (Nothing asked beside the gap but a level or a place: "how much more does mlops pay" asks a skill's premium.)
  const levelOrPlace = (t: ReadQuestion['terms'][number]) => levelTerms.has(t.term) || t.qualifier || t.aside;
  if (
    !read.terms.every(
      (t) =>
        /^(?:syn:gap|syn:premium|syn:salary)$/.test(t.term) ||
        levelOrPlace(t) ||
        (t.kind === 'word' && read.terms.some((o) => o !== t && o.from === t.from && levelOrPlace(o))),
    )
  )
    return undefined;
  const slots: TurnSlots = { ...before, roles: ['de', 'mle'] };
  let asked = inPercent
    ? 'how much more in percent do ML engineers make than data engineers'
    : 'how much more do ML engineers make than data engineers';
  const level = own.level ?? before.level;
  if (level) {
    // (The sources give the gap in percent only "at the same level", whichever level that is.)
    asked = inPercent ? `${asked} at the same level` : withLevel(asked, level);
    slots.level = level;
  }
  const region = own.region ?? before.region;
  if (region) {
    asked = withRegion(asked, region);
    slots.region = region;
  }
  return follow(reading(asked, slots));
};

/**
 * "whats the day to day like" after "how much do des make": a short question of its own that names no role, whose
 * best passage is about the other role than the one the conversation is about, is asked of the conversation's role
 * (its answer would otherwise pick a role the person never asked about). Questions whose best passage speaks of both
 * roles, or of neither, are left as they are.
 */
export const theConversationsRole: Rule<PreviousContext> = ({
  kb,
  text,
  read,
  own,
  before,
  words,
  ownTopic,
  carriesOn,
  onThePrevious,
  patterns,
  reading,
}) => {
  if (carriesOn || onThePrevious || own.roles.length > 0 || before.roles.length !== 1 || ownTopic === 0 || words > 8) return undefined;
  // ("what skills get u paid more": more of something, no two things set against each other.)
  // ("whts better 4 job secrity" after ML engineer pay: what is better sets the two against each other too.)
  const setsTwoAgainst =
    read.intent.form === 'comparison' &&
    /\b(?:which|who|or|vs\.?|versus|than|either)\b|\bwh?a?t?(?:'?s|\s+is)\s+(?:better|best)\b/i.test(text);
  // ("which is easier", "should i pick one": the two roles set against each other; "any ml projects": the field named.)
  // ("what is model drift": what a term means is the same whoever asks.)
  if (
    read.intent.defines !== undefined ||
    setsTwoAgainst ||
    read.terms.some((t) => (t.term === chooseTerm && !t.aside) || /^syn:ml$/.test(t.term))
  )
    return undefined;
  if (opensInTheFirstPerson.test(text)) return undefined;
  // ("can u review my resume" after what ML engineers do: what the sources lack alone, they lack of the role too.)
  const alone = answerQuestion(kb, text);
  if (!alone.answered && alone.uncovered.length > 0) return undefined;
  const role = before.roles[0]!;
  // ("what does the actual job look like" after data engineers' interviews: "the job" is the one being discussed.)
  if (theJob.test(text)) return follow(reading(withRoles(text, [role], patterns), { ...own, roles: [role] }));
  const best = kb.search(text, { limit: 1 }).hits[0];
  if (!best || (best.side !== 'de' && best.side !== 'mle') || best.side === role) return undefined;
  return follow(reading(withRoles(text, [role], patterns), { ...own, roles: [role] }));
};

/** "the job", "the actual role", "the day to day work": the job being discussed, not the job market or a title. */
const theJob =
  /\bthe\s+(?:actual\s+|real\s+|daily\s+|day[- ]to[- ]day\s+)?(?:job|role|work|gig|position)\b(?!\s*(?:market|search|hunt|postings?|titles?|offers?|openings?|security|ads?)\b)/i;

/** "…to get in", "…to break into it", "…to get hired": getting into the role itself, asked with no object of its own. */
const intoTheRoleItself =
  /\bto\s+(?:get\s+in(?:to)?|break\s+in(?:to)?|get\s+started|start\s+out|get\s+hired|land\s+(?:a\s+job|one|a\s+role))(?:\s+(?:it|there|that|tho|though|rn|now))*\s*[?!.]*$/i;

/** "and for pay", "ok what about on remote work": a topic alone, carried on from the question before. */
const anotherTopicAlone =
  /^\W*(?:(?:ok(?:ay)?|so|hm+)[,\s]+)*(?:and|what\s+about|how\s+about|wbu)\s+(?:for\s+|on\s+|in\s+terms\s+of\s+)?(\p{L}[\p{L}\s-]{1,30}?)\s*[?!.]*$/iu;

/**
 * "whts better 4 job secrity" → "ok and for pay": the same choice between the roles, made on the new topic (not that
 * topic of one role, nor the choice's answer again).
 */
export const theSameChoiceOnAnotherTopic: Rule<PreviousContext> = ({ kb, text, own, previous, before, ownTopic, reading }) => {
  const topic = anotherTopicAlone.exec(text)?.[1];
  if (!topic || own.roles.length > 0 || ownTopic === 0 || before.roles.length === 1) return undefined;
  const asked = kb.read(previous.resolved);
  if (
    asked.intent.form !== 'comparison' ||
    !/\b(?:which|who|what(?:'?s|\s+is))\b/i.test(asked.ask) ||
    !/\b(?:better|best)\b/i.test(asked.ask)
  )
    return undefined;
  return follow(
    reading(`which is better for ${topic}, data engineer or ML engineer?`, { roles: ['de', 'mle'], topic }, `which is better for ${topic}`),
  );
};

/** "which pays more", "which one is harder?", "which is better tho": one of two picked, in a few words naming neither. */
const whichOfTwo =
  /^\W*(?:(?:so|ok(?:ay)?|k|and|but|then|fine|alright|right|well|hm+|lol)[,\s]+)*(?:which|wich|whcih)(?:\s+(?:one|1))?\s+(?:is|pays|gets|has|needs|would)\b[^?]{0,30}\?*\s*$/i;
/** "llmops vs mlops", "spark or flink": two things set against each other, the words either side. */
const twoSetAgainst = /([\p{L}\p{N}+#.-]+)\s+(?:vs\.?|versus|or)\s+([\p{L}\p{N}+#.-]+)/iu;

/**
 * "which is more remote", "which has more jobs": what only a job has, asked after two tools or skills ("spark or
 * pytorch first"), is asked of the two roles, not of the tools. (Pay is not among them: "llmops vs mlops" → "which
 * pays more" asks which skill the sources say pays more.)
 */
const ofAJob =
  /\b(?:remote|wfh|jobs?|openings?|postings?|demand|hiring|hired|hire|secure|security|stressful|on[\s-]?call|wlb|work[\s-]?life)\b/i;

/**
 * "llmops vs mlops whats the diff" → "which pays more": which of the two things set against each other before, neither
 * a role, not which of the roles.
 */
export const whichOfTheTwoThings: Rule<PreviousContext> = ({ kb, text, own, previous, patterns, reading }) => {
  if (own.roles.length > 0 || !whichOfTwo.test(text) || ofAJob.test(text)) return undefined;
  const two = twoSetAgainst.exec(previous.resolved);
  if (!two || previous.slots.roles.length > 0) return undefined;
  const [, first, second] = two;
  const things = [first!, second!];
  if (things.some((w) => readSlots(kb, w, patterns).roles.length > 0 || !kb.knows(kb.analyze(w)[0]?.term ?? ''))) return undefined;
  const asked = text.replace(/[?!.\s]+$/, '');
  return follow(reading(`${asked}, ${first} or ${second}?`, { ...own, roles: [] }, `${asked}: ${first} or ${second}`));
};

/** A turn that does not carry the previous one on and has words or a topic of its own is a question of its own. */
// ("ok now what would mid be" after junior DE pay: a level alone, however many words ask it, is the question before there.)
export const aQuestionOfItsOwn: Rule<PreviousContext> = ({ own, words, ownTopic, carriesOn, onThePrevious }) =>
  !carriesOn && !onThePrevious && (words > 5 || ownTopic > 0) && !(ownTopic === 0 && own.roles.length === 0 && (own.level || own.region))
    ? { kind: 'complete', slots: own }
    : undefined;

/**
 * "what about me, im 31 is that too old", "any bootcamp you'd recommend?": a kind of thing the sources never review
 * (an age, a bootcamp, an exam), not in the question before, makes a question of its own, declined naming it.
 */
export const somethingTheyNeverReview: Rule<PreviousContext> = ({ kb, read, own, previous }) => {
  const named = read.unknown.filter((u) => u.kind === 'name' && u.prominent && u.inMainAsk);
  // (The question before is read for what it lacked only when this turn names such a thing: most turns name none.)
  if (named.length === 0) return undefined;
  const before = new Set(kb.read(previous.resolved).unknown.map((u) => u.word));
  return named.some((u) => !before.has(u.word)) ? { kind: 'complete', slots: own } : undefined;
};

/**
 * "what about in germany?": a place (or a company) the articles never name, asked of the previous question; the
 * answer then says what the sources lack for it, with the closest they have.
 */
export const aPlaceTheSourcesLack: Rule<PreviousContext> = ({ kb, read, own, previous, before, ownTopic, carriesOn, reading, profile }) => {
  // (A kind of thing the sources never review, "age", "a bootcamp", is no place.)
  const names = read.unknown.filter((u) => u.kind === 'name' && u.inMainAsk && !u.prominent);
  // ("what about south africa": one name of two words, each a word of the turn's own topic.)
  const namedWords = names.reduce((count, u) => count + u.word.split(' ').length, 0);
  if (!(carriesOn && names.length > 0 && ownTopic <= namedWords && own.roles.length === 0 && !own.region)) return undefined;
  const place = names.map((u) => (u.typed ?? u.word).replace(/^\p{L}/u, (ch) => ch.toUpperCase())).join(' and ');
  // ("actually im in vancouver" after their pay was given as the sources give it in general, Toronto lacking: where they
  // live, told again, asks that pay again, with the new place said beside it; nothing is asked of Vancouver itself.)
  const wanted = kb.read(previous.resolved).intent.wanted;
  if (profile?.place?.toLowerCase() === place.toLowerCase() && wanted === 'money' && !before.region) {
    const again = questionChecked(previous);
    return follow(reading(again, before, understoodOf(kb, again, before)));
  }
  // "what about germany" after Nigeria's figures: Germany instead of Nigeria, not as well.
  // ("what about in india" after "is remote more common for de or mle": remote work is what was asked, not a place of
  // pay; it stays, asked in India.)
  const remoteAsked = before.region === 'remote' && kb.read(previous.resolved).intent.wanted !== 'money';
  const { region: _replaced, ...placeless } = before;
  // ("staff at meta?" after DE pay: at that level too.)
  const slots = { ...(remoteAsked ? before : placeless), ...(own.level ? { level: own.level } : {}) };
  // ("what about india" after Germany's pay was declined: India instead of Germany too.)
  // ("what about in india" after "is that base": the question that was checked, in India.)
  const asked = own.level ? withLevel(questionChecked(previous), own.level) : questionChecked(previous);
  const base = withoutUnknownPlaces(kb, before.region && !remoteAsked ? withoutRegion(asked) : asked);
  const resolved = withPlace(kb, base, place);
  return follow(reading(resolved, slots, `${understoodOf(kb, base, slots)}, in ${place}`));
};

/** The places the articles give pay for, each as a question names it. */
const placesOfPay: readonly (readonly [string, string])[] = [
  ['us', 'in the US'],
  ['nigeria', 'in Nigeria'],
  ['remote', 'for remote roles'],
];

/**
 * "what about outside the us" after a pay question: the pay the sources give in the places besides the one left out
 * (Nigeria's and remote roles' figures for the US), never the left-out one's.
 */
export const outsideARegion: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading, patterns }) => {
  const leftOut = regionLeftOut(text);
  const wanted = kb.read(previous.resolved).intent.wanted;
  if (!leftOut || own.region || (wanted !== 'money' && wanted !== 'percent')) return undefined;
  const { region: _leftOut, ...placeless } = before;
  const slots: TurnSlots = own.roles.length > 0 ? { ...placeless, roles: own.roles } : placeless;
  const base = withoutRegion(questionChecked(previous));
  const elsewhere = placesOfPay.filter(([region]) => region !== leftOut).map(([, said]) => said);
  const asked = withRoles(`${base.replace(/[?.!\s]+$/, '')} ${elsewhere.join(' or ')}`, slots.roles, patterns);
  return follow(reading(asked, slots, `${understoodOf(kb, base, slots)}, outside ${regionLabel(leftOut).replace(/^in /, '')}`));
};

/**
 * A question asked again in a place: the place goes into the first thing it asked ("what do des make at each level
 * in India? … and mles?"), not into a greeting before it ("hey. how much do junior des make" in Germany, not "hey in
 * Germany. …", which reads as no place at all).
 */
function withPlace(kb: KnowledgeBase, question: string, place: string): string {
  const ends = [...question.matchAll(/[?.!]+(?=\s+\S)/g)].map((m) => m.index);
  const at = (end: number) => `${question.slice(0, end)} in ${place}${question.slice(end)}`;
  const parts = ends.map((end, i) => ({ end, text: question.slice(i === 0 ? 0 : ends[i - 1], end) }));
  // ("teacher here … trying to figure out next career. how much do junior des make": the part that asks.)
  const asking = parts.find((part) => asksAnything(part.text));
  if (asking) return at(asking.end);
  if (!asksAnything(question)) {
    const onTopic = parts.find((part) => topicWords(kb, part.text) > 0);
    if (onTopic) return at(onTopic.end);
  }
  // ("… which pays more rn 💸": an emoji closing the question goes before the place, which would stand apart after it.)
  return `${question.replace(/(?:[\s?.!]|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u, '')} in ${place}`;
}

/** "what about at startups?" after "what does an mle do day to day at faang": the previous question, in that setting. */
export const inAnotherSetting: Rule<PreviousContext> = ({ kb, read, own, previous, before, rest: typed, carriesOn, reading }) => {
  // ("what about frontier labs like anthropic": employers named without "at" are a setting all the same.)
  const employers = !setting.test(typed) && read.unknown.some((u) => u.mentioned && !u.prominent && u.kind === 'name');
  // ("wat abt faang" after senior DE pay: a setting the vocabulary knows, named alone, is where the question is asked again.)
  const settingWords = new Set(read.terms.filter((t) => kb.analyzer.isSetting(t.term)).map((t) => t.from));
  const settingAlone =
    !setting.test(typed) && settingWords.size > 0 && read.terms.every((t) => t.kind !== 'role' && settingWords.has(t.from));
  const rest = employers || settingAlone ? `at ${typed}` : typed;
  const inSetting = setting.exec(rest);
  // ("what about on call" after "whats the work life balance like" was declined: a topic of its own for the same
  // roles, not the declined question on call.)
  if (!(carriesOn && previous.answered && inSetting && own.roles.length === 0 && !own.level && !own.region)) return undefined;
  const phrase = rest.replace(/(?:\s+(?:though|too|then|instead|as well))+$/i, '').replace(/[?.!\s]+$/, '');
  const same = new RegExp(`\\b${inSetting[1]}\\s+.+?(?=\\s+(?:in|at|on|for|with|without|during)\\b|[,.?!]|$)`, 'i');
  const base = previous.resolved.replace(/[?.!\s]+$/, '');
  const resolved = same.test(base) ? base.replace(same, phrase) : `${base} ${phrase}`;
  const topic = same.test(before.topic) ? before.topic.replace(same, phrase) : `${before.topic} ${phrase}`;
  // ("at faang?" after how ML interviews work: the sources give FAANG's pay and an ML engineer's week there, but
  // interviews, tools and certifications of no employer apart; their general answer again, said so, rather than
  // FAANG's pay under the interview's header.)
  const asked = kb.read(previous.resolved);
  if (
    read.terms.some((t) => t.term === `${synonymPrefix}faang`) &&
    asked.intent.wanted !== 'money' &&
    asked.terms.some((t) => faanglessTopics.has(t.term) && !t.aside)
  )
    return follow(
      reading(
        previous.resolved,
        before,
        `${understoodOf(kb, previous.resolved, before)}; my sources describe this at no employer apart, FAANG or other`,
      ),
    );
  return follow(reading(resolved, { ...before, topic }));
};

/** Topics the sources describe of no employer apart (interviews, tools, certifications). */
const faanglessTopics: ReadonlySet<string> = new Set(['interview', 'tool', 'certification'].map((t) => `${synonymPrefix}${t}`));

/** "and what if i care more about job security", "what if i want remote instead": another want, said as a condition. */
const anotherWant =
  /^(?:(?:and|but|ok|so)\s+)*what\s+if\s+(?:i|im|i'm)\s+(?:(?:really|mostly|actually|just)\s+)?(?:care|want|prefer|value|need|like|wanna|am\s+into|into)\b/i;

/**
 * "and what if i care more about job security" after "is mle a good pick if i want to be close to ai": the choice
 * asked again by another want, of both roles (which one it favours), not that want asked of the role named before.
 */
export const anotherWantForTheChoice: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  if (!anotherWant.test(text.trim()) || own.roles.length > 0) return undefined;
  const asked = kb.read(previous.resolved);
  const choosing =
    asked.terms.some((t) => t.term === chooseTerm) ||
    /\b(?:good|right|smart|better)\s+(?:pick|choice|move|fit|idea|option)\b/i.test(asked.ask);
  if (!choosing) return undefined;
  const want = text
    .trim()
    .replace(/^(?:(?:and|but|ok|so)\s+)*what\s+if\s+/i, '')
    .replace(/[?.!\s]+$/, '');
  return follow(
    reading(`which role should i choose if ${want}`, { ...before, roles: ['de', 'mle'], topic: want }, `which role to choose if ${want}`),
  );
};

/** "and for the hybrid", "what about the hybrid role": the hybrid alone, named as a follow-up. */
const justTheHybrid =
  /^(?:(?:and|ok|so|but)\s+)?(?:(?:what|how)\s+about\s+)?(?:for|in|as|of)?\s*(?:an?\s+|the\s+)?(?:hybrid|ml\s+data\s+engineers?|ml\s+platform\s+engineers?)(?:\s+(?:one|role|path|job))?\s*[?.!]*$/i;

/**
 * "and for the hybrid" after the day of a data engineer: the question before, asked of the hybrid role (ML data
 * engineer) instead of the roles it named.
 */
export const theHybridInstead: Rule<PreviousContext> = ({ kb, text, previous, before, patterns, reading }) => {
  if (!justTheHybrid.test(text.trim()) || before.roles.length === 0) return undefined;
  const asked = mainQuestionOf(questionChecked(previous))
    .replace(
      new RegExp(
        `(?:${patterns.de.source}|${patterns.mle.source})(?:\\s*(?:,|or|and|vs\\.?|/)\\s*(?:an?\\s+)?(?:${patterns.de.source}|${patterns.mle.source}))?`,
        'iu',
      ),
      'ML data engineer',
    )
    .replace(/[?.!\s]+$/, '');
  if (!/ML data engineer/.test(asked)) return undefined;
  const slots = { ...before, roles: [] };
  return follow(reading(asked, slots, `the hybrid role (ML data engineer): ${understoodOf(kb, previous.resolved, slots)}`));
};

/** "and the interviews?": a new topic for the same role(s) ("and what would my day look like": one in common words). */
export const aNewTopicForTheSameRoles: Rule<PreviousContext> = ({
  kb,
  read,
  previous,
  own,
  before,
  rest,
  bare,
  words,
  ownTopic,
  carriesOn,
  patterns,
  reading,
}) => {
  // ("and how fast is it growing" after junior DE pay: "it" is the pay, and growing says how it changes, no topic of its own.)
  const topics = read.terms.filter((t) => t.kind === 'synonym' && !t.aside);
  const qualifiesOnly = topics.length > 0 && topics.every((t) => t.qualifier);
  // ("whats their day actually look like" after mid-level DE pay: "their" are the roles, the day a topic of its own.)
  const ofThem = /\btheir\b/i.test(rest) && ownTopic > 0 && !qualifiesOnly;
  // ("how are the job prospects for it rn" after the skills ML engineering needs: "it" is the one role, the prospects a
  // topic of its own.)
  const ofIt = /\b(?:for|of|in|into|about)\s+it\b/i.test(rest) && ownTopic > 0 && !qualifiesOnly && before.roles.length === 1;
  if (
    !(
      (carriesOn || ofThem || ofIt) &&
      (ownTopic > 0 || (words >= 4 && !pointsBack.test(rest))) &&
      own.roles.length === 0 &&
      before.roles.length > 0
    )
  )
    return undefined;
  if (pointsBack.test(rest) && qualifiesOnly) return undefined;
  // ("and which one pays more" after data engineers' time to get in: which of the two roles, not of the one before.)
  if (before.roles.length === 1 && whichOfTwo.test(rest)) return undefined;
  const slots: TurnSlots = {
    ...own,
    topic: bare.trim(),
    roles: before.roles,
    ...(own.level ? {} : before.level ? { level: before.level } : {}),
  };
  // ("and pay there?" after "what about in nigeria": "there" is the place the question before named, though its answer
  // was of remote work, given by no place.)
  const there = !own.region && /\bthere\b/i.test(rest) ? (readSlots(kb, previous.question).region ?? before.region) : undefined;
  if (there) {
    slots.region = there;
    return follow(reading(withRegion(withRoles(rest.replace(/\s*\bthere\b/i, ''), before.roles, patterns), there), slots));
  }
  // ("how much do they pay there" after "what do de interviews look like at faang": the setting the question before
  // named, FAANG, a startup.)
  const setting =
    !own.region && /\bthere\b/i.test(rest)
      ? kb.read(previous.resolved).terms.find((t) => kb.analyzer.isSetting(t.term) && t.from !== '' && !t.inferred)
      : undefined;
  if (setting) {
    // (An acronym typed in lowercase, "faang", is said as one.)
    const typed = setting.typed ?? setting.from;
    const named = kb.analyzer.labelOf(setting.term) ?? (/^[a-z]{2,5}$/.test(typed) ? typed.toUpperCase() : typed);
    const resolved = withRoles(rest.replace(/\bthere\b/i, `at ${typed}`), before.roles, patterns);
    return follow(
      reading(
        resolved,
        slots,
        `${understoodOf(kb, resolved, slots).replace(new RegExp(`,?\\s*${escapeRegExp(named)}$`, 'i'), '')}, at ${named}`,
      ),
    );
  }
  return follow(reading(withRoles(rest, before.roles, patterns), slots));
};

/**
 * "how long would it take" right after which role is easier to get into ("which one is more beginner friendly"): how
 * long getting into each takes (into the one role, when only one was asked about), rather than the question's words.
 */
export const howLongToGetIn: Rule<PreviousContext> = ({ kb, text, previous, before, own, ownTopic, profile, reading }) => {
  if (own.roles.length > 0 || ownTopic > 0 || before.direction) return undefined;
  if (
    !/^\W*(?:(?:so|ok(?:ay)?|and|but|then)[,\s]+)*how\s+long\s+(?:would|will|does|do|should|could)\s+(?:it|that|this|each|either)\s+(?:one\s+)?(?:take|be)\b/i.test(
      text,
    )
  )
    return undefined;
  if (!kb.read(previous.resolved).terms.some((t) => t.term === `${synonymPrefix}difficulty` && !t.aside)) return undefined;
  // ("im a data analyst … which one suits me" → "how long would that take": the sources time no move from their job;
  // what they say of getting in is timed from backend work, and the answer says so.)
  const from =
    profile?.job &&
    !profile.role &&
    noMoveDescribedFrom(kb, jobItself(profile.job), before.roles.length === 1 ? before.roles[0] : undefined)
      ? jobItself(profile.job)
      : undefined;
  const [role] = before.roles.length === 1 ? before.roles : [];
  return role
    ? gettingIn(reading, { roles: [role], topic: 'how long' }, `getting into ${roleLabel[role]}`, from)
    : gettingIn(reading, { roles: ['de', 'mle'], topic: 'how long' }, 'getting into either role', from);
};

/**
 * "how long would it take" right after one role's pay at a level ("whats the junior pay for mle"), or the path to a
 * level ("whats the path to staff de"): how long it takes to get there, into the role for its entry pay, or the years its tables give for a later level ("Senior (5-8 years)"),
 * rather than the pay again.
 */
export const howLongToThatPay: Rule<PreviousContext> = ({ kb, text, previous, before, own, ownTopic, reading }) => {
  if (own.roles.length > 0 || own.level || ownTopic > 0 || before.roles.length !== 1 || before.direction) return undefined;
  if (!/^\W*(?:(?:so|ok(?:ay)?|and|but|hmm)[,\s]+)*how\s+(?:long|many\s+years)\b/i.test(text)) return undefined;
  // ("whats the path to staff de" → "how long does it take": reaching a level, asked after how one gets there, too.)
  const reachingALevel =
    before.level !== undefined &&
    before.level !== 'entry' &&
    /\b(?:path|get(?:ting)?\s+to|reach\w*|promot\w*|ladder|progress\w*|mak(?:e|ing)\s+(?:it\s+)?to)\b/i.test(previous.resolved);
  if (kb.read(previous.resolved).intent.wanted !== 'money' && !reachingALevel) return undefined;
  const role = before.roles[0]!;
  if (!before.level || before.level === 'entry')
    return follow(reading(breakingInto(role), { roles: [role], topic: 'how long' }, `getting into ${roleLabel[role]}`));
  return follow(
    reading(
      `how many years does it take to become a ${levelWord(before.level)} ${roleName[role]}`,
      { roles: [role], level: before.level, topic: 'how long' },
      `how long to become a ${levelWord(before.level)} ${roleLabel[role]}`,
    ),
  );
};

/**
 * "how many years is that" after "should i get a phd for mle", "how long is that" after "is a masters worth it": how
 * long the degree just named takes, asked of it by name (which the sources never say), not of the role's education.
 */
export const theLengthOfADegree: Rule<PreviousContext> = ({ text, previous, before, reading }) => {
  if (
    !/^\W*(?:(?:so|ok(?:ay)?|and|but|hmm|wait)[,\s]+)*how\s+(?:long|many\s+(?:years?|months?|yrs?))\s+(?:is|does|would|will)\s+(?:that|it|one)(?:\s+take)?\W*$/i.test(
      text,
    )
  )
    return undefined;
  const degree = new RegExp(String.raw`\b(${degreeNamed})\b`, 'i').exec(previous.question)?.[1];
  if (!degree) return undefined;
  return follow(
    reading(`how long does a ${degree.toLowerCase()} take`, { ...before, topic: degree }, `how long a ${degree.toLowerCase()} takes`),
  );
};

/** "is it growing?", "which industries tho?", "what if i already know python?": about what was just discussed. */
export const aboutWhatWasJustDiscussed: Rule<PreviousContext> = ({
  kb,
  previous,
  before,
  rest,
  bare,
  mentioned,
  onThePrevious,
  ownTopic,
  patterns,
  reading,
  profile,
}) => {
  if (!onThePrevious) return undefined;
  // ("how long till im senior" after which is harder: the years a level takes, its own question.)
  if (reachesALevel.test(rest)) return undefined;
  // After a turn that named no role ("ok i know sql already"), the one role the conversation has been about.
  const roles: Role[] = before.roles.length > 0 ? before.roles : mentioned.length === 1 ? [...mentioned] : [];
  // ("do i need a degree for this" after questions on data engineering: "this" is the role, and the degree a topic of
  // its own, asked of it rather than glued to the question before.)
  // ("do i need a degree for any of this lol": "any of this" is the role too.)
  const forTheRole =
    /\b(?:for|in|into|to\s+do)\s+(?:(?:any|all)\s+of\s+)?(?:this|that|it)(?:\s+(?:role|job|path|career|field|one|stuff))?\b/i;
  const namesItsOwn = kb
    .analyze(bare)
    .some((t) => t.kind === 'synonym' && !t.qualifier && !t.inferred && kb.analyzer.labelOf(t.term) !== undefined);
  // ("what skills do i need for that" after senior data engineers' pay: skills, a topic the question before did not ask,
  // for the role at that level.)
  const askedBefore = new Set(kb.analyze(previous.resolved).map((t) => t.term));
  const namesANewTopic = kb.analyze(bare).some((t) => t.kind === 'synonym' && !t.qualifier && !t.inferred && !askedBefore.has(t.term));
  if (roles.length === 1 && !before.direction && forTheRole.test(rest) && (namesItsOwn || namesANewTopic)) {
    const level = namesANewTopic && before.level && !namesItsOwn ? `${levelWord(before.level)} ` : '';
    const resolved = rest.replace(forTheRole, `for ${level}${roleNames[roles[0]!]}`);
    return follow(reading(resolved, { roles, topic: bare, ...(level ? { level: before.level } : {}) }));
  }
  // ("is it stressful tho" after mid-level DE pay, "is it growing" after its tools: "it" is the job, and what is asked
  // of it a topic the question before did not ask.)
  const ofTheJob =
    /^\W*(?:(?:so|and|but|ok(?:ay)?|hmm|wait)[,\s]+)*(?:is|was|would|will|does)\s+(?:it|that)\s+(?!worth\b)(?:\w+\s+)?\w+\W*(?:\s+(?:tho|though|too|as\s+well|at\s+least))?\W*$/i;
  const aTopicOfItsOwn = kb.analyze(bare).some((t) => t.kind === 'synonym' && !t.qualifier && !askedBefore.has(t.term));
  if (roles.length === 1 && !before.direction && ofTheJob.test(rest) && aTopicOfItsOwn) {
    const resolved = rest.replace(/\b(?:it|that)\b/i, `the ${roleName[roles[0]!]} job`);
    return follow(reading(resolved, { roles, topic: bare }, `${roleLabel[roles[0]!]} job: ${rest.replace(/[?.!\s]+$/, '')}`));
  }
  // ("back to de, is it easy to get in" after Nigerian pay: an "it" that stands for what follows asks something of its
  // own of the role, not of the pay.)
  const lastClause = rest.replace(/^[^,;]*[,;]\s*/, '');
  if (roles.length === 1 && !before.direction && placeholderIt.test(lastClause) && intoTheRoleItself.test(lastClause))
    return follow(
      reading(
        // ("is it easy to get in" → "is it easy to get into data engineering": the role where the move ends.)
        lastClause.replace(/\b(get|break)\s+in(?:to)?\b(?:\s+(?:it|there|that))?/i, () => `break into ${roleField[roles[0]!]}`),
        { roles, topic: bare },
        `getting into ${roleLabel[roles[0]!]}`,
      ),
    );
  // "what do they earn starting out" after a conversation that named neither role ("whats the smartest route in",
  // "why"): "they" are the people of these careers, the two roles, and the question is its own, not glued to the one
  // before. (After "what's an ml data engineer", "they" are those engineers.)
  const theyAreTheRoles =
    /\b(?:they|them)\b/i.test(rest) &&
    !/\b(?:engineers?|scientists?|analysts?|developers?|devs?|managers?|people|ppl|folks|roles?|jobs?|titles?)\b/i.test(previous.resolved);
  if (roles.length === 0 && mentioned.length === 0 && theyAreTheRoles && ownTopic > 0) {
    const both = `${roleNames.de} and ${roleNames.mle}`;
    const resolved = rest.replace(/\b(?:they|them)\b/i, both);
    return follow(reading(resolved, { roles: ['de', 'mle'], topic: bare }));
  }
  // ("whats a day like for them" after pay or the choice: "them" are the roles just discussed, and their day a topic of
  // its own, asked of them, not glued to the question before.)
  const aTopicNotAsked = kb.analyze(bare).some((t) => t.kind === 'synonym' && !t.qualifier && !askedBefore.has(t.term));
  // (Only "for them", "their": "what do they have in common" after interviews is of the interviews.)
  if (roles.length > 0 && aTopicNotAsked && ownTopic > 0 && /\b(?:for|of)\s+them\b|\btheir\b/i.test(rest) && !before.direction) {
    // (Both roles, set side by side: each one's own day, not a sentence on both at once.)
    const who = roles.map((r) => roleNames[r]).join(' vs ');
    return follow(reading(rest.replace(/\bthem\b/i, who).replace(/\btheir\b/i, `${who}'s`), { roles, topic: bare }));
  }
  // ("ok how much does it pay" after "which role fits me", answered for both: "it" is whichever they pick, so the pay
  // of each, side by side; the choice asked again would say nothing of pay.)
  const choiceBefore =
    roles.length === 2 && (kb.read(previous.resolved).terms.some((t) => t.term === chooseTerm) || fitForMe.test(previous.resolved));
  if (choiceBefore && namesItsOwn && !before.direction)
    return follow(reading(`${rest.replace(/[?.!\s]+$/, '')} for ${roleNames.de} and ${roleNames.mle}`, { roles, topic: bare }));
  const slots: TurnSlots = { ...before, roles, topic: `${bare} ${before.topic}` };
  // "is it common?" after how long the switch takes, "how long does it take" after how hard it is: asked of the
  // move itself.
  const move =
    before.direction && (kb.read(previous.resolved).intent.form === 'duration' || kb.read(rest).intent.form === 'duration')
      ? (before.direction.split('-to-') as [Role, Role])
      : undefined;
  // The question before, its story kept apart as the person's context ("been a DBA for 10 years (oracle…)").
  const asked = kb.read(previous.resolved);
  // ("how long would it take" after "…java then kotlin… which one should i go for": which one is what was asked, so the
  // time or the pay is asked of each role; the story stays the person's, not words the sources must hold.)
  const wanted = kb.read(rest).intent.wanted;
  // ("im a nurse … de or mle?" → "why" → "how long would it take": both roles named as the choice are either too.)
  const ofEither =
    !move &&
    roles.length !== 1 &&
    ownTopic === 0 &&
    asked.terms.some((t) => t.term === chooseTerm) &&
    (wanted === 'duration' || wanted === 'money');
  // ("is de a natural next step? and how long does it usually take?": the time to get into that role; so after the role
  // chosen instead of the one they headed for.)
  const intoTheRole =
    !move &&
    wanted === 'duration' &&
    ownTopic === 0 &&
    roles.length === 1 &&
    /\b(?:next\s+step|get(?:ting)?\s+into|break(?:ing)?\s+into|becom\w*|switch\w*|mov(?:e|ing)\s+(?:in)?to|transition\w*|pivot\w*|get\s+in|choose\s+\w+\s+engineering\s+instead)\b/i.test(
      asked.ask,
    );
  if (intoTheRole || ofEither) {
    const [ask, understood, asked]: [string, string, Role[]] = intoTheRole
      ? [breakingInto(roles[0]!), `getting into ${roleLabel[roles[0]!]}`, roles]
      : wanted === 'duration'
        ? [breakingIntoEither, 'getting into either role', ['de', 'mle']]
        : [payInEither, 'pay in either role', ['de', 'mle']];
    // (The story told before stays the person's context; not for either role, where its words, "switching to tech",
    // would find the moves between the two.)
    const story = intoTheRole ? splitQuestion(previous.resolved).context : '';
    const resolution = reading(story ? `${story} ${ask}?` : `${ask}?`, { ...before, roles: asked, topic: bare }, understood);
    // ("im a nurse lol could i become a de" → "how long": the sources describe no move from their job, said so.)
    const job = profile?.job;
    return intoTheRole && job && comesFromAnotherJob(profile) && noMoveDescribedFrom(kb, jobItself(job), roles[0])
      ? follow({ ...resolution, moveUnsaid: { from: job, to: roles[0]! } })
      : follow(resolution);
  }
  // ("how long does it take to become an mle" → "how much does it pay": "it" is the role they would become, and its pay
  // is asked, not the pay of becoming.)
  if (
    !move &&
    wanted === 'money' &&
    roles.length === 1 &&
    kb
      .read(rest)
      .terms.every(
        (t) => t.kind === 'role' || t.term === `${synonymPrefix}salary` || (t.kind === 'word' && /^(?:pay|make|earn)/.test(t.term)),
      ) &&
    /\b(?:it|that|this)\b/i.test(rest) &&
    /\b(?:becom\w*|get(?:ting)?\s+into|break(?:ing)?\s+into|switch\w*|mov(?:e|ing)\s+(?:in)?to|transition\w*|pivot\w*|learn\w*)\b/i.test(
      asked.ask,
    )
  )
    return follow(reading(`how much do ${roleNames[roles[0]!]} make?`, { ...before, roles, topic: bare }, `${roleLabel[roles[0]!]} pay`));
  // ("does mlops pay well" → "and is it growing", "what is mlops" → "how much more does it pay": "it" is the thing the
  // question before was about, asked something else of; glued whole, the pay asked before would lead again.)
  const subject = itsSubject(kb, rest, asked, wanted);
  if (subject && !move) {
    const resolved = rest.replace(/\bit\b/i, subject);
    return follow(
      reading(
        // ("how long to learn it" after the ML engineer's skills: the role's skills, named.)
        roles.length > 0 && (before.roles.length === 0 || !namesARole(kb, resolved)) ? withRoles(resolved, roles, patterns) : resolved,
        { ...slots, topic: `${bare} ${subject}` },
        understoodWithEcho(understoodOf(kb, subject, slots), echoOf(kb, rest)),
      ),
    );
  }
  // ("how much more" after "why" of "do mles earn more than des": a figure asked of the question the reasons were
  // for, not of the reasons.)
  const afterWhy = wanted !== undefined && wanted !== 'reason' && /^why\s+(?=\S)/i.test(previous.resolved);
  const glued = move
    ? `${rest} the move from ${roleName[move[0]]} to ${roleName[move[1]]}`
    : asked.context
      ? `${asked.context} ${rest} ${asked.ask}`
      : `${rest} ${afterWhy ? previous.resolved.replace(/^why\s+/i, '') : previous.resolved}`;
  return follow(
    reading(
      before.roles.length === 0 && roles.length > 0 ? withRoles(glued, roles, patterns) : glued,
      slots,
      understoodWithEcho(understoodOf(kb, previous.resolved, slots), echoOf(kb, rest)),
    ),
  );
};

/**
 * What "it" of a follow-up stands for, when the follow-up asks another kind of thing ("is it growing" after "does
 * mlops pay well"): the words of the question before that name what it was about, not what it asked of it ("mlops",
 * not "pay"). Undefined when the follow-up has no "it", asks the same kind of thing, or the question before named
 * nothing but roles and what it asked.
 */
function itsSubject(kb: KnowledgeBase, rest: string, asked: ReadQuestion, wanted: WantedAnswer | undefined): string | undefined {
  if (!/\bit\b/i.test(rest) || wanted === undefined || asked.intent.wanted === wanted) return undefined;
  // ("does it pay more?" after "whats an ml data engineer": a job is what "it" is, asked of by the rules for roles.)
  if (hybridTitle.test(asked.ask) || kb.namesJobTitle(asked.ask)) return undefined;
  const named = asked.terms.filter(
    (t) =>
      t.kind === 'word' &&
      !t.inferred &&
      !t.qualifier &&
      !t.aside &&
      t.from !== '' &&
      kb.read(t.from).intent.wanted === undefined &&
      // ("is it growing" after senior pay: "senior" says at what level, not what "it" is.)
      !kb.read(t.from).terms.some((w) => w.qualifier || levelTerms.has(w.term)),
  );
  // (One thing named, a word the articles use: "mlops", "feature store".)
  const words = [...new Set(named.map((t) => t.from.toLowerCase()))];
  return words.length >= 1 && words.length <= 2 && named.every((t) => kb.knows(t.term)) ? words.join(' ') : undefined;
}

/** Whether a text names either role. */
function namesARole(kb: KnowledgeBase, text: string): boolean {
  return kb.analyze(text).some((t) => t.kind === 'role');
}
