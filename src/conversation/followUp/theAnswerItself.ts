/**
 * Follow-ups about the previous answer itself: more of it ("like what exactly?"), its verdict ("good idea or nah?"),
 * the reasons behind it ("why?"), and a pick among what it showed ("which of those…", "base or total?").
 */
import { chooseTerm, synonymPrefix } from '../../search/analyzer.js';
import { quotedSum } from '../../search/intent.js';
import { explainsInBrackets } from '../../search/definitions.js';
import { sourceDates, sourceDatesText } from '../../knowledge/dates.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { expandAbbreviations, placeholderIt, reportsAClaim, splitQuestion, whoSaidIt } from '../../question/chat.js';
import { escapeRegExp } from '../../question/regexp.js';
import { leadsOthers } from '../../search/questionReader.js';
import { withArticle } from '../../question/article.js';
import { startNamed } from '../../answer/breakingIn.js';
import { theConversationsRole } from './topicsAndSettings.js';
import { levelTheyWouldEarnAt } from '../profile.js';
import { levelWord, moveEnds, roleLabel, roleName, roleNames, withLevel, withRoles } from '../slots.js';
import type { Role, Turn, TurnSlots } from '../types.js';
import {
  answerSpeaksOf,
  comparesTwoAsMeant,
  follow,
  type PreviousContext,
  questionChecked,
  type Resolution,
  type Rule,
} from './context.js';
import { outcomeLabel, outcomeRoles, quizChoice } from './aboutThePerson.js';
import {
  asksSource,
  asksWhatTheFiguresRestOn,
  asksWhen,
  comparesTwo,
  inShort,
  continuation,
  doubts,
  elaborate,
  fitForMe,
  narrowing,
  reason,
  reverse,
  agreementAsked,
  sourcesDiffer,
} from './patterns.js';
import { maxResolvedWords, restatesTheTopic, sharesATopic, topicWords } from './topicWords.js';
import { echoOf, understoodOf, understoodWithEcho } from './understood.js';

/**
 * A question the sources could not answer leaves nothing to follow up on, but for another role, level or place of a
 * question about the roles ("mle salary in germany?" then "and in the us?"), or, for "and the cons?" after "what are
 * the pros of being a de" (declined: the sources weigh no pros), the same role with a topic of its own, which gets
 * its own answer or its own honest decline.
 */
export const afterADecline: Rule<PreviousContext> = (c) => {
  const { kb, text, own, previous, before, ownTopic, reading, read, checksFigures, patterns, words, carriesOn } = c;
  // ("is that base or total" after a decline that offered the closest figures: a check of those.)
  if (!previous.answered && checksFigures && previous.passages.length > 0) return undefined;
  // ("why" after "how much do data scientists make", declined: why it could not be answered is what the sources lack,
  // said again, and the question stays the one followed up.)
  if (!previous.answered && reason.test(text) && words <= 3 && kb.read(previous.resolved).terms.length > 0)
    return follow(reading(previous.resolved, before));
  // ("how long to learn de" after a declined "do mles get stock options": a figure of its own is asked, not the same
  // question of another role.)
  const asksItsOwnFigure =
    !previous.answered && read.intent.wanted !== undefined && read.intent.wanted !== kb.read(previous.resolved).intent.wanted;
  // ("how many hours a week do mles work" after a declined question: a thing of its own the sources lack, asked alone.)
  const namesItsOwn = read.unknown.some((u) => u.inMainAsk && u.kind !== 'common');
  const slotsOnly =
    ownTopic === 0 && !asksItsOwnFigure && !namesItsOwn && (own.roles.length > 0 || own.level !== undefined || own.region !== undefined);
  // "and for de?" after "whats the salary for a data analyst?" (declined: another job): the same question of the role.
  // ("and what about de" after "does data scientist pay more than mle", declined: the job replaced by the role named.)
  if (!previous.answered && slotsOnly && own.roles.length === 1 && !before.roles.includes(own.roles[0]!)) {
    const resolved = withAnotherJob(kb, previous.resolved, roleName[own.roles[0]!]);
    // ("how does that compare to de" after analytics engineers' pay: the role's answer, and that there is nothing of
    // the other job to set beside it.)
    const job = kb.read(previous.resolved).unknown.find((u) => u.kind === 'title' && u.inMainAsk);
    const setBeside =
      job && /\b(?:compare[sd]?|comparison|vs\.?|versus|than|difference|diff)\b/i.test(text)
        ? `${understoodOf(kb, resolved ?? '', { ...before, roles: own.roles })} (my sources have nothing on ${job.typed ?? job.word} to set beside it)`
        : undefined;
    if (resolved) return follow(reading(resolved, { ...before, roles: own.roles }, setBeside));
  }
  // ("ok de vs mle then" after "analytics engineer vs de which is easier", declined for the other job: the same
  // question, the job replaced by the role not yet in it.)
  if (!previous.answered && slotsOnly && own.roles.length === 2 && before.roles.length === 1) {
    const other = own.roles.find((r) => r !== before.roles[0])!;
    const resolved = withAnotherJob(kb, previous.resolved, roleName[other]);
    if (resolved) return follow(reading(resolved, { ...before, roles: [...own.roles] }));
  }
  // ("what about staff" after "whats a data eng manager's pay", declined: the role's own ladder at that level, which the
  // sources give, rather than the manager's again.)
  const manages = !previous.answered
    ? kb.read(previous.resolved).unknown.find((u) => u.kind === 'title' && u.inMainAsk && leadsOthers.test(u.word))
    : undefined;
  // ("and staff de?": the role named as well.)
  if (manages && slotsOnly && own.level !== undefined) {
    const roles = own.roles.length > 0 ? own.roles : kb.read(manages.word).roles;
    const ofRoles = roles.length > 0 ? roles : before.roles.length > 0 ? before.roles : (['de', 'mle'] as const);
    return follow(
      reading(`how much do ${levelWord(own.level)} ${ofRoles.map((r) => roleNames[r]).join(' and ')} make`, {
        ...before,
        roles: [...ofRoles],
        level: own.level,
      }),
    );
  }
  // ("which pays more" after "ai engineer vs mle whats the diff", declined: of that job and the role, which the sources
  // cannot set side by side either.)
  const job = !previous.answered ? kb.read(previous.resolved).unknown.find((u) => u.kind === 'title' && u.inMainAsk) : undefined;
  if (job && own.roles.length === 0 && /^\W*(?:(?:so|and|ok(?:ay)?|but)[\s,]+)*(?:which|who)\b/i.test(text) && comparesTwo.test(text)) {
    const against = before.roles.length > 0 ? before.roles.map((r) => roleName[r]).join(' or ') : `${roleName.de} or ${roleName.mle}`;
    return follow(reading(`${text.replace(/[?!.\s]+$/, '')}, ${job.typed ?? job.word} or ${against}?`, before));
  }
  // ("and data scientist?" after "what do analytics engineers make", declined: the same question of the other job.)
  if (!previous.answered && continuation.test(text) && own.roles.length === 0) {
    const title = read.unknown.find((u) => u.kind === 'title' && u.inMainAsk);
    const resolved = title ? withAnotherJob(kb, previous.resolved, title.typed ?? title.word) : undefined;
    if (resolved) return follow(reading(resolved, before));
  }
  // ("how much do they make" after "whats an analytics engineer", declined: "they" are those engineers, whom the sources
  // do not cover either; not the two roles.)
  // (Only after a question of that job: "damn, math + mlops + swe all at once" asked nothing of software engineers.)
  const askedOfAJob = /\?\s*$|^\W*(?:\w+\W+){0,3}?(?:what|whats|what's|how|is|are|do|does|which|who|can|should|would|could|will)\b/i.test(
    previous.question,
  );
  // ("pay?" after it: a topic alone, asked of them too.)
  const pronoun = /\b(?:they|them|it)\b/i.test(text);
  // ("whats the pay", "and the outlook?": a topic alone, in a question's opening words.)
  const bareTopic = words <= 2 || /^\W*(?:what(?:'s|s|\s+is|\s+about)|how\s+about|and)\s+(?:the\s+)?[\p{L}-]+[\s?!.]*$/iu.test(text);
  // ("ok what about llm engineer" after analytics engineers, declined: another job named, asked of itself.)
  const anotherJob = /\b(?:engineers?|developers?|devs?|scientists?|analysts?|architects?|managers?)\b/i.test(text);
  const topicAlone = !pronoun && bareTopic && ownTopic > 0 && !namesItsOwn && !anotherJob && !own.level && !own.region;
  // ("is it closer to de or mle" after it: "it" is that job, set against the two roles.)
  const setAgainstTheRoles = own.roles.length === 2 && /\bit\b/i.test(text);
  if (!previous.answered && askedOfAJob && (own.roles.length === 0 || setAgainstTheRoles) && (pronoun || topicAlone)) {
    const job = kb.read(previous.resolved).unknown.find((u) => u.kind === 'title' && u.inMainAsk);
    if (job) {
      const title = job.typed ?? job.word;
      const plural = /s$/i.test(title) ? title : `${title}s`;
      const one = withArticle(title);
      const resolved = topicAlone
        ? `${text.replace(/[?!.\s]+$/, '')} of ${plural}?`
        : text.replace(/\b(they|them|it)\b/i, (said) => (/^it$/i.test(said) ? one : plural));
      return follow(reading(resolved, { ...before, roles: [] }));
    }
  }
  // ("is mle dying bc of chatgpt" (declined: chatgpt) → "fr tho is it future proof": "it" is the role asked about.)
  if (
    !previous.answered &&
    own.roles.length === 0 &&
    before.roles.length === 1 &&
    (ownTopic > 0 || /\bthey\b/i.test(text)) &&
    // ("do de use dbt" (declined: dbt) → "what do they use instead": "they" are the role's engineers.)
    (/\b(?:is|does|will|would|can|was)\s+it\b/i.test(text) || /\b(?:do|does|did|would|will|can|should)\s+they\b/i.test(text)) &&
    !placeholderIt.test(text)
  ) {
    const ofTheRole = /\bthey\b/i.test(text)
      ? text.replace(/\bthey\b/i, roleNames[before.roles[0]!])
      : withRoles(text, before.roles, patterns);
    // ("what do they ask then" after "de interviews: do they ask leetcode?": of the topic before, interviews.)
    const topicBefore =
      ownTopic === 0
        ? kb
            .read(previous.resolved)
            .terms.filter((t) => t.kind === 'synonym' && !t.qualifier && !t.inferred && t.from !== '')
            .map((t) => t.from)
        : [];
    const asked = topicBefore.length > 0 ? `${ofTheRole.replace(/[?!.\s]+$/, '')} in ${[...new Set(topicBefore)].join(' ')}?` : ofTheRole;
    return follow(reading(asked, { ...own, roles: [...before.roles] }));
  }
  const newTopicAfterDecline = continuation.test(text) && ownTopic > 0 && own.roles.length === 0 && before.roles.length > 0;
  // ("what about india", "india?" after "whats the pay for an ai engineer in germany": the same question, elsewhere.)
  const anotherPlace = (continuation.test(text) || carriesOn) && own.roles.length === 0 && namesItsOwn && ownTopic <= 1;
  // ("and in the us?" after "wat would i earn in india": another place or level for the same question, roles or not.)
  const anotherSetting = slotsOnly && (before.roles.length > 0 || own.region !== undefined || own.level !== undefined);
  // ("the other way round?" after "what about in india", declined, after "how long does de to mle take": the move
  // before, turned round.)
  const turned = reverse.test(text) && before.direction !== undefined && own.roles.length === 0;
  // ("how long does self study take" after a declined question about data engineering: of that role still, where the
  // best passage is the other role's.)
  // ("in %?", "by how much" after "in europe?", declined: of the question before, whose place the service leaves out.)
  const ofTheFiguresElsewhere =
    !previous.answered &&
    own.roles.length === 0 &&
    !namesItsOwn &&
    words <= 4 &&
    kb.read(previous.resolved).intent.wanted === 'money' &&
    declinedForAPlace(kb, previous) &&
    (read.intent.wanted === 'money' || read.intent.wanted === 'percent' || carriesOn || /\bhow\s+much\b/i.test(text));
  if (!previous.answered && !anotherSetting && !newTopicAfterDecline && !anotherPlace && !turned && !ofTheFiguresElsewhere)
    return theConversationsRole(c) ?? { kind: 'complete', slots: own };
  return undefined;
};

/**
 * "and data scientists?" after "how much do ML engineers make?": the same question of another job, which the sources
 * answer or, as they cover no other job, decline naming it (with the closest they have), rather than a topic of the role.
 */
export const theSameOfAnotherJob: Rule<PreviousContext> = ({ text, own, previous, before, read, reading, patterns, words }) => {
  if (!previous.answered || !continuation.test(text) || own.roles.length > 0 || before.roles.length !== 1) return undefined;
  const title = read.unknown.find((u) => u.kind === 'title' && u.inMainAsk);
  // ("and for a data scientist?": the job and a word or two around it, nothing asked of its own.)
  if (!title || words > title.word.split(' ').length + 2) return undefined;
  const job = title.typed ?? title.word;
  // ("and an accountant?" after "how long for a teacher to become a data engineer": the job the move starts from.)
  const start = startNamed(previous.resolved);
  if (start) {
    const from = new RegExp(`\\b(?:(?:an?|being\\s+an?)\\s+)?${escapeRegExp(start)}\\b`, 'i');
    return follow(reading(previous.resolved.replace(from, withArticle(job)), before));
  }
  const role = new RegExp(patterns[before.roles[0]!].source, 'iu');
  if (!role.test(previous.resolved)) return undefined;
  // ("and manager?" after "principal de pay?": who manages data engineers, a job of its own.)
  const resolved = previous.resolved.replace(role, (named) => (leadsOthers.test(job) && !job.includes(' ') ? `${named} ${job}` : job));
  return follow(reading(resolved, { ...before, roles: [] }));
};

/**
 * A declined question with the other job it asked about ("what do analytics engineers make") replaced by `job` (a role's
 * name or another title), as plain text; undefined when it named no other job, or named that one.
 */
function withAnotherJob(kb: KnowledgeBase, question: string, job: string): string | undefined {
  const asked = kb.read(question);
  const named = asked.unknown.find((u) => u.kind === 'title' && u.inMainAsk);
  // ("im a data scientist. does data scientist pay more than mle": the job in the ask, the last said, not in the story.)
  const at = named ? asked.plain.toLowerCase().lastIndexOf(named.word) : -1;
  if (!named || at < 0 || named.word === job.toLowerCase()) return undefined;
  return `${asked.plain.slice(0, at)}${job}${asked.plain.slice(at + named.word.length).replace(/^s\b/, '')}`;
}

/**
 * The answer just given, shown again from the same passages under `label` ("where that came from", "in short"),
 * before what it was understood to ask; undefined when `asked` is not what the turn says or no answer was given.
 */
function theAnswerAgain(
  { kb, text, previous, before, reading }: PreviousContext,
  asked: RegExp,
  label: (passages: readonly string[]) => string | undefined,
  options: { brief?: boolean } = {},
): Resolution | undefined {
  if (!(asked.test(text) && previous.answered && previous.passages.length > 0)) return undefined;
  const said = label(previous.passages);
  if (said === undefined) return undefined;
  // (The answer as it was: opening with the passage it opened with, from the passages it showed.)
  return follow({
    ...reading(previous.resolved, before, `${said}: ${understoodOf(kb, previous.resolved, before)}`, previous.passages),
    onlyWithin: true,
    openWith: previous.passages[0]!,
    ...options,
  });
}

/** "and for my level?", "what about my level", "at my level tho": the question before, at the level they told. */
const atMyLevel =
  /^\W*(?:(?:and|so|ok(?:ay)?|but|what\s+about|how\s+about)[\s,]+)*(?:(?:for|at|on)\s+)?(?:my\s+(?:level|experience|yoe)|someone\s+at\s+my\s+level)(?:\s+(?:tho|though|then|pls|please))?\W*$/i;

/**
 * "backend dev 3 yoe" → "how much do des make" → "and for my level?": the question before at the level their years
 * (or the job they come from) put them at; left to other rules when they told neither.
 */
export const atTheirLevel: Rule<PreviousContext> = ({ text, previous, before, profile, reading }) => {
  if (!atMyLevel.test(text) || !previous.answered || !profile) return undefined;
  const level = levelTheyWouldEarnAt(profile);
  if (!level) return undefined;
  return follow(reading(withLevel(previous.resolved, level), { ...before, level }));
};

/** "source for the mle one?", "where does the de part come from": the source of one role's side of the answer. */
const asksSourceOfARole =
  /^(?:(?:and|so|ok(?:ay)?|but|wait|hm+)[,\s]+)*(?:(?:what(?:'s|s|\s+is|\s+are)\s+the\s+)?(?:sources?|src|citations?|links?|refs?|references?)\s+(?:for|on|of)\s+the\s+(de|mle|ml|data\s+eng\w*|ml\s+eng\w*)\s+(?:one|part|bit|side|half|figures?|numbers?|line|stuff)|where\s+(?:does|did|do|is|'s)\s+the\s+(de|mle|ml|data\s+eng\w*|ml\s+eng\w*)\s+(?:one|part|bit|side|half|figures?|numbers?|line|stuff)\s+(?:come\s+from|from))(?:\s+(?:pls|please|tho|though))?\s*\?*\s*$/i;

/**
 * "/compare tools" → "source for the mle one?": the answer again from its passages on that role, so their citations
 * show where that side came from ("source" searched would find a passage on upstream data sources).
 */
export const theSourceOfARolesPart: Rule<PreviousContext> = ({ kb, text, previous, before, patterns, reading }) => {
  const asked = asksSourceOfARole.exec(text.trim());
  if (!asked || !previous.answered || previous.passages.length === 0) return undefined;
  const named = asked[1] ?? asked[2]!;
  const role = patterns.mle.test(named) ? 'mle' : patterns.de.test(named) ? 'de' : /^ml\b/i.test(named) ? 'mle' : 'de';
  const sides = previous.passages.filter((id) => {
    const passage = kb.passage(id);
    return passage !== undefined && kb.sideOf(passage) === role;
  });
  const within = sides.length > 0 ? sides : previous.passages;
  return follow({
    ...reading(previous.resolved, { ...before, roles: [role] }, `where the ${roleLabel[role]} part came from`, within),
    onlyWithin: true,
    openWith: within[0]!,
  });
};

/** "source?", "where's that from", "says who?": the answer again, so its citations show where it came from. */
export const theSourceOfIt: Rule<PreviousContext> = (c) => theAnswerAgain(c, sourceOrData, () => 'where that came from', { brief: true });
/** (Asked of what the figures rest on, after an answer from articles that say nothing of their data.) */
const sourceOrData = new RegExp(`${asksSource.source}|${asksWhatTheFiguresRestOn.source}`, 'i');

/** What job postings and the pay they disclose speak of: pay, demand, growth, remote work. */
const dataTopics = new Set(['salary', 'salarygrowth', 'demand', 'growth', 'remote', 'premium', 'gap'].map((g) => `${synonymPrefix}${g}`));

/** Of `dataTopics`, those of pay. */
const payTopics = new Set(['salary', 'salarygrowth', 'premium', 'gap'].map((g) => `${synonymPrefix}${g}`));
/** A section where an article says where its data comes from. */
const aboutTheData = /^(?:about\s+(?:this|the|our)\s+data|(?:our\s+)?methodology|data\s+sources?|sources\s+and\s+methods?)$/i;

/**
 * "where do those numbers come from": what the articles cited by the answer just given say of their data ("About This
 * Data"), naming those that say nothing of it; with none that does, the answer again with its citations (theSourceOfIt).
 */
export const whereTheFiguresComeFrom: Rule<PreviousContext> = ({ kb, text, previous, before, reading }) => {
  // ("where's that from" after "ML engineer job postings grew 22%": asked of figures from postings, the source is its data.)
  if (!((asksWhatTheFiguresRestOn.test(text) || asksSource.test(text)) && previous.answered && previous.passages.length > 0))
    return undefined;
  // (What an article says of its data, job postings and the pay they disclose, is said of pay and demand only: of how
  // long a move takes, nothing; the answer again with its citations says where that came from.)
  const asked = kb.read(previous.resolved);
  const ofPostings = asked.intent.wanted === 'money' || asked.terms.some((t) => dataTopics.has(t.term));
  if (!ofPostings) return undefined;
  const cited = previous.passages
    .slice(0, 3)
    .map((id) => kb.passage(id))
    .filter((p) => p !== undefined);
  const sources = [...new Set(cited.map((p) => p.source))];
  const aboutData = kb.passages.filter((p) => sources.includes(p.source) && p.sectionPath.some((h) => aboutTheData.test(h.trim())));
  // ("where's that number from" after "demand … outstrips supply by a ratio of 3.2:1" from Skilldential, which says nothing
  // of its data: the number is the opening's, so another source's note on its own data is no answer.)
  if (aboutData.length === 0 || !aboutData.some((d) => d.source === cited[0]?.source)) return undefined;
  const silent = [...new Set(cited.filter((p) => !aboutData.some((d) => d.source === p.source)).map((p) => p.publisher ?? p.title))];
  const unsaid =
    silent.length === 0
      ? ''
      : ` (${silent.join(' and ')} ${silent.length > 1 ? "don't say where theirs come" : "doesn't say where its figures come"} from)`;
  const label = `where those figures come from${unsaid}: ${understoodOf(kb, previous.resolved, before)}`;
  return follow({
    ...reading(
      // (Pay's figures rest on the pay the postings disclose; demand's and growth's on the postings themselves.)
      asked.intent.wanted === 'money' || asked.terms.some((t) => payTopics.has(t.term))
        ? 'where does the data come from'
        : 'where does the job postings data come from',
      before,
      label,
      aboutData.map((p) => p.id),
    ),
    onlyWithin: true,
    keepsQuestionBefore: true,
  });
};

/** "tldr?", "sum it up": the answer again, as its opening sentence alone. */
export const inShortOfIt: Rule<PreviousContext> = (c) => theAnswerAgain(c, inShort, () => 'in short', { brief: true });

/**
 * "when is that from?", "thats from 2023?", "is this outdated?": the answer again, under the date each of its sources
 * puts on it (the first three passages' sources), or saying one puts none.
 */
export const whenItIsFrom: Rule<PreviousContext> = (c) =>
  theAnswerAgain(c, asksWhen, (ids) => {
    const passages = ids
      .slice(0, 3)
      .map((id) => c.kb.passage(id))
      .filter((p) => p !== undefined);
    return `when that is from (${sourceDatesText(sourceDates(passages, c.kb.documents))})`;
  });

/**
 * "why do the sources disagree on that?", "which one should i believe": the answer again, said to be each source's own
 * figure (the sources never say why they differ). Only where its passages come from more than one source.
 */
export const whereTheSourcesDiffer: Rule<PreviousContext> = (c) => {
  // ("do the sources agree?" after junior DE pay, or after "is that base?" of it: the question checked, asked afresh,
  // so every source's figure for it may come in, not only the passages the last answer showed; where two differ the
  // answer says so.)
  if (agreementAsked.test(c.text) && c.previous.answered && c.previous.passages.length > 0) {
    const asked = questionChecked(c.previous);
    return follow({ ...c.reading(asked, c.before, `${understoodOf(c.kb, asked, c.before)}: what each source says`), agreement: true });
  }
  return theAnswerAgain(c, sourcesDiffer, (ids) =>
    new Set(ids.map((id) => c.kb.passage(id)?.source).filter((s) => s !== undefined)).size < 2
      ? undefined
      : "what each source says (they give their own figures and don't say why they differ)",
  );
};

/** "the gap", "the premium": what sets the roles apart, pointed back at ("that gap" is already the one just shown). */
const theGapPointedAt = /\bthe\s+(?:gap|difference|premium)\b/i;

/**
 * "why do mles earn more than de" → "is the gap growing": the gap is the pay gap between the roles, which the question
 * before was about, not another gap the articles speak of ("the production gap").
 */
export const thePayGapPointedAt: Rule<PreviousContext> = ({ kb, text, own, previous, rest, reading }) => {
  if (!theGapPointedAt.test(rest) || own.roles.length > 0 || own.region || !previous.answered) return undefined;
  const asked = kb.read(previous.resolved);
  const ofPay = ['salary', 'gap', 'premium'].map((g) => `${synonymPrefix}${g}`);
  if (!(asked.intent.wanted === 'money' || asked.terms.some((t) => ofPay.includes(t.term) && !t.aside))) return undefined;
  // ("whats the difference between model drift and schema evolution": a difference between things named is their own.)
  if (/\b(?:pay|salary|salaries|comp|compensation|money|earnings?|between)\b/i.test(text)) return undefined;
  // ("whats the diff in interviews", "the difference in tools": a difference in something named is in that.)
  if (/\b(?:gap|difference|diff)\s+(?:in|of|for|on)\s+(?!(?:them|it|that|this|those|these)\b)\p{L}/iu.test(text)) return undefined;
  const resolved = rest.replace(theGapPointedAt, (said) => said.replace(/(\S+)$/, 'pay $1'));
  return follow(
    reading(resolved, { roles: ['de', 'mle'], topic: rest }, `the pay gap between the roles: ${rest.replace(/[?.!\s]+$/, '')}`),
  );
};

/** A time in months given as a span ("3-4 months", "12-18 months"). */
const monthsSpan = /\b\d+\s*[-–]\s*\d+\s+months\b/i;

/** "why the difference", "how come theyre so different": why two things differ, naming no source, article or figure. */
const whyTheDifference =
  /^(?:(?:so|ok(?:ay)?|and|but|hm+|wait|damn)[,\s]+)*(?:why|how\s+come)\s+(?:(?:is|are)\s+)?(?:there\s+)?(?:(?:such\s+)?(?:a|the|that|this)\s+(?:big\s+|huge\s+)?difference|(?:they(?:'re|\s+are)?|theyre|it(?:'s|\s+is)?|its)\s+(?:so\s+)?different|so\s+different)(?:\s+(?:tho|though|then|between\s+them))?[\s?!.]*$/i;

/**
 * "why the difference" after the same question asked of one role, then the other ("how long to become an mle", "and
 * de?"): why the roles differ on it, from the reasons the sources give, not a difference between sources.
 */
export const whyTheRolesDiffer: Rule<PreviousContext> = ({ kb, text, previous, before, mentioned, patterns, reading }) => {
  // Of a time or a sum, asked as which is longer or higher: the sources give their reasons for that.
  const wanted = kb.read(previous.resolved).intent.wanted;
  // ("which pays more for new grads, de or mle" → "why the difference": both asked at once, the pay of each shown.)
  const eachAsked =
    (mentioned.length === 2 && before.roles.length === 1) ||
    (before.roles.length === 2 && !before.direction && (wanted === 'money' || wanted === 'duration'));
  // ("how long does de to mle take" → "sorry i meant mle to de" → "why the difference": the two moves' times, where the
  // answer shows one source's time for the move, not two sources differing on it.)
  const timesOfTheMove = new Set(
    previous.passages
      .map((id) => kb.passage(id))
      .filter((p) => p !== undefined && before.direction !== undefined && kb.directionOf(p) === before.direction && monthsSpan.test(p.text))
      .map((p) => p!.source),
  ).size;
  const theMoves = before.direction !== undefined && wanted === 'duration' && timesOfTheMove < 2;
  if (!(whyTheDifference.test(text) && (eachAsked || theMoves) && previous.answered)) return undefined;
  const both: TurnSlots = { ...before, roles: ['de', 'mle'] };
  if (theMoves) {
    const [from, to] = moveEnds(before.direction!).map((role) => roleName[role]);
    const pace = before.direction === 'de-to-mle' ? 'slower' : 'faster';
    return follow({
      ...reading(
        `why is the move from ${from} to ${to} ${pace} than from ${to} to ${from}`,
        before,
        `why: ${understoodOf(kb, previous.resolved, before)}`,
      ),
      explaining: true,
    });
  }
  const asked =
    wanted === 'duration'
      ? 'why does it take longer to become one than the other, a data engineer or an ML engineer'
      : wanted === 'money'
        ? 'why does one role pay more than the other, data engineers or ML engineers'
        : whyOf(withRoles(previous.resolved, both.roles, patterns));
  return follow({ ...reading(asked, both, `why: ${understoodOf(kb, previous.resolved, both)}`), explaining: true });
};

/**
 * "really?", "wait fr?", "is that true?", "that seems low": the answer again, as what the sources say (the bot can
 * vouch for its sources, not for the world).
 */
export const doubtOfIt: Rule<PreviousContext> = (c) => theAnswerAgain(c, doubts, () => 'what my sources say', { brief: true });

/** "like what exactly?", "can u explain more": the question before again, opened by another passage than its answer's. */
export const more: Rule<PreviousContext> = ({ kb, text, previous, before, reading }) => {
  if (!(elaborate.test(text) && previous.passages.length > 0)) return undefined;
  return follow({
    ...reading(previous.resolved, before, `more on ${understoodOf(kb, previous.resolved, before)}`),
    ...(previous.passages[0] ? { beyond: previous.passages[0] } : {}),
    // ("more" → "more": each opens with what none of the answers before opened with.)
    ...(previous.lead ? { shownBefore: previous.lead } : {}),
  });
};

/** "good idea or nah?" after "should i do the hybrid first?": the same question, the verdict its answer gives. */
export const verdictOnIt: Rule<PreviousContext> = ({ kb, own, previous, before, rest, ownTopic, verdict, profile, reading }) => {
  if (!(verdict && own.roles.length === 0)) return undefined;
  // ("im a de, thinking of going mle" → "how much more would i make" → "is it worth it tho": the move they are making is
  // what is judged, for the money when that is what they just asked; the figures again would judge nothing.)
  // (A move asked about, not theirs, is judged as it was asked: "do de first then switch" → "worth it?".)
  const afterPay = kb.read(previous.resolved).intent.wanted === 'money';
  const theirMove =
    (profile?.role && profile.goal && profile.goal !== profile.role ? (profile.role === 'de' ? 'de-to-mle' : 'mle-to-de') : undefined) ??
    (afterPay ? before.direction : undefined);
  if (theirMove && ownTopic === 0) {
    const [from, to] = moveEnds(theirMove);
    // (Into ML engineering for its pay, the sources answer; out of it, the pay goes the wrong way, which the move's
    // own verdict says.)
    const forTheMoney = to === 'mle' && afterPay;
    return follow({
      ...reading(
        `is switching from ${roleName[from]} to ${roleName[to]} worth it${forTheMoney ? ' for the money' : ''}`,
        { roles: [from, to], direction: theirMove, topic: rest },
        `the move from ${roleLabel[from]} to ${roleLabel[to]}: is it worth it`,
      ),
      judging: true,
    });
  }
  // Asked with the verdict's words ("worth it", "good idea"), which find the passages that judge the move or choice.
  return follow({
    ...reading(
      `${previous.resolved.replace(/[?.!\s]+$/, '')}, ${rest}?`,
      before,
      understoodWithEcho(understoodOf(kb, previous.resolved, before), echoOf(kb, rest)),
    ),
    judging: true,
  });
};

/** "what does that mean for me?", "meaning?": what a result just shown means, in no words of its own. */
const asksWhatItMeans =
  /^(?:(?:so|ok(?:ay)?|and|but|hm+|wait)[,\s]+)*(?:what\s+does\s+(?:that|this|it)\s+(?:mean|imply|say)(?:\s+for\s+(?:me|my\s+\w+))?|(?:and\s+)?meaning|what\s+should\s+i\s+(?:take|make)\s+(?:away\s+)?(?:from|of)\s+(?:that|this|it)|(?:explain|interpret)\s+(?:that|this|it|my\s+result)(?:\s+(?:to\s+me|for\s+me))?|in\s+plain\s+english)(?:\s+(?:pls|please|tho|though|exactly))*[\s?!.]*$/i;

/**
 * "what does that mean for me?" right after a quiz result (or its next steps or reasons): the result again, as the
 * choice it settles, from what it quoted.
 */
export const whatTheResultMeans: Rule<PreviousContext> = ({ text, own, previous, before, ownTopic, profile, reading }) => {
  const outcome = profile?.quizOutcome;
  if (!outcome || !asksWhatItMeans.test(text) || own.roles.length > 0 || ownTopic > 0) return undefined;
  if (!(previous.question.startsWith('/quiz') || previous.whatWouldChange !== undefined)) return undefined;
  return follow(
    reading(
      quizChoice[outcome],
      { ...before, roles: outcomeRoles[outcome] },
      `your quiz result: ${outcomeLabel[outcome]}`,
      previous.passages,
    ),
  );
};

/** "why?", "how come?": the reasons behind the previous answer. */
const judgesTheFigure = /\bwhy\b.*?\bso\s+(?:long|much|high|low|many|few|slow|fast|quick|big|small|little|hard|expensive|short)\b/i;

/** "so why did the quiz say de", "how come it gave me mle", "why did the result pick de": why a quiz came out as it did. */
const whyTheResultSaid =
  /^\W*(?:(?:so|but|and|ok(?:ay)?|hm+|wait)[,\s]+)*(?:why|how\s+come)\b.*\b(?:quiz|result|test|it)\s+(?:say|said|says|give|gave|gives|pick|picked|picks|put|tell|told|choose|chose)\b/i;

export const why: Rule<PreviousContext> = ({
  kb,
  text,
  own,
  previous,
  before,
  bare,
  rest,
  ownTopic,
  mentioned,
  patterns,
  reading,
  profile,
}) => {
  // "why do mles get paid more tho" after DE pay names its own role and topic: a question of its own.
  // ("why would anyone pick de over mle" after a question on ML engineers sets the two roles against each other.)
  const bothNamed = patterns.de.test(text) && patterns.mle.test(text);
  const ownQuestion = own.roles.some((r) => !before.roles.includes(r)) && (ownTopic >= 1 || bothNamed);
  // ("so why did the quiz say de", "why did it give me mle" after a quiz result: the result's reasons, however the result
  // is named; what it said is what they got.)
  const result = profile?.quizOutcome;
  if (result && whyTheResultSaid.test(text))
    return follow(reading(whyOfTheResult(quizChoice[result]), { ...before, roles: outcomeRoles[result] }, `why ${outcomeLabel[result]}`));
  if (!(reason.test(text) && ownTopic <= 1)) return undefined;
  // "why do mles get more" after DE pay: the role named set against the one just answered, asked as such.
  const against = before.roles.length === 1 ? before.roles[0]! : undefined;
  if (
    against !== undefined &&
    own.roles.length === 1 &&
    own.roles[0] !== against &&
    comparesTwo.test(text) &&
    !/\bthan\b/i.test(text) &&
    ownTopic === 0
  )
    return follow(reading(`${text.replace(/[?.!\s]+$/, '')} than ${roleNames[against]}`, { ...before, roles: [own.roles[0]!, against] }));
  // ("whats senior pay for de" → "and mle?" → "why do mles earn more": the role set against the other one the
  // conversation asked about, its reasons asked, not the same figures again.)
  // (Right after that role's own answer; after the other role's, it is a question of its own.)
  // (Or after both roles' pay: "what would i earn" → "why do mles earn more".)
  const otherAsked =
    own.roles.length === 1 &&
    !before.direction &&
    ((before.roles.length === 1 && before.roles[0] === own.roles[0] && mentioned.includes(own.roles[0] === 'de' ? 'mle' : 'de')) ||
      before.roles.length === 2);
  if (
    otherAsked &&
    comparesTwo.test(text) &&
    !/\bthan\b/i.test(text) &&
    kb.analyze(text).some((t) => t.term === `${synonymPrefix}salary`)
  ) {
    const role = own.roles[0]!;
    const otherRole = role === 'de' ? 'mle' : 'de';
    const asked = `${text.replace(/[?.!\s]+$/, '')} than ${roleNames[otherRole]}`;
    const slots: TurnSlots = { ...before, roles: [role, otherRole] };
    return follow({ ...reading(asked, slots, `why: ${understoodOf(kb, asked, slots)}`), explaining: true });
  }
  if (ownQuestion) return undefined;
  // "why?" after a quiz result: why that role, as the sources say whom it suits.
  // (Within what the result quoted: the hybrid's reasons are no passage that says "choose".)
  if (previous.question.startsWith('/quiz') && ownTopic === 0 && own.roles.length === 0)
    return follow(
      reading(whyOfTheResult(previous.resolved), before, `why ${previous.question.replace(/^\/quiz:\s*/, '')}`, previous.passages),
    );
  // (And after the result's next steps, "what should i do next" then "why?": why the result, not why the steps.)
  const outcome = profile?.quizOutcome;
  if (previous.whatWouldChange !== undefined && outcome && ownTopic === 0 && own.roles.length === 0)
    return follow(
      reading(
        whyOfTheResult(quizChoice[outcome]),
        { ...before, roles: outcomeRoles[outcome] },
        `why ${outcomeLabel[outcome]}`,
        previous.passages,
      ),
    );
  // ("which one fits me" → "why?": why the role the fit's answer leaned to ("Yes -> ML engineer is more aligned"), as the
  // sources say whom it suits; "why which role fits me" would find why ML engineers are paid more.)
  // (Only one: "Models -> ML engineer. Substrate -> data engineer." leans to neither.)
  const leanings = new Set([...(previous.lead ?? '').matchAll(/->\s*(ML|data)\s+engineer/gi)].map((m) => m[1]!.toLowerCase()));
  const leanedTo = leanings.size === 1 ? [...leanings][0] : undefined;
  if (leanedTo && ownTopic === 0 && own.roles.length === 0 && (fitForMe.test(previous.resolved) || fitForMe.test(previous.question))) {
    const role: Role = leanedTo === 'ml' ? 'mle' : 'de';
    return follow(reading(whyOfTheResult(quizChoice[role]), { ...before, roles: [role] }, `why ${outcomeLabel[role]}`));
  }
  // ("why tho" after "should i go de or mle": the choice's reasons are what the answer before said each role is chosen
  // for; "why" of a choice searched again would find why ML pays more.)
  if (
    /^\W*(?:(?:but|so|and|ok(?:ay)?|hm+)[,\s]+)*(?:why|how\s+come)(?:\s+(?:tho|though|so|is\s+that))?[\s?!.]*$/i.test(text) &&
    own.roles.length === 0 &&
    kb.read(previous.resolved).terms.some((t) => t.term === chooseTerm && !t.aside)
  )
    return follow({
      ...reading(previous.resolved, before, `why: ${understoodOf(kb, previous.resolved, before)}`, previous.passages),
      onlyWithin: true,
      ...(previous.lead ? { shownBefore: previous.lead } : {}),
    });
  // "why's the de one so much lower?": lower than what the previous answer compared, no topic of its own. ("why
  // is DE the safe bet?" may be answered by the list item that said so, so it searches as asked.)
  const explainsComparison =
    comparesTwo.test(bare) &&
    topicWords(kb, bare.replace(new RegExp(comparesTwo.source, 'gi'), ' ')) === 0 &&
    own.roles.every((r) => before.roles.includes(r));
  // "why do they get paid more" after ML pay: its only topic is the one just answered, so it asks for the reasons,
  // asked as it stands, of the roles just answered: the reasons for that topic, wherever the sources give them.
  const restated =
    ownTopic === 1 &&
    own.roles.every((r) => before.roles.includes(r)) &&
    restatesTheTopic(kb, bare.replace(new RegExp(comparesTwo.source, 'gi'), ' '), previous.resolved);
  // ("why do mles earn more tho" after a question on moving into ML engineering: a role and a topic of its own that
  // the question before did not ask about.)
  if (ownTopic === 1 && own.roles.length > 0 && !restated && !explainsComparison && !sharesATopic(kb, bare, previous.resolved))
    return undefined;
  if (restated && own.roles.length === 0 && before.roles.length > 0)
    return follow(reading(withRoles(rest, before.roles, patterns), before, `why: ${understoodOf(kb, previous.resolved, before)}`));
  return follow({
    ...reading(
      previous.resolved === quizChoice.hybrid ? whyOfTheResult(previous.resolved) : whyOf(previous.resolved),
      before,
      `why: ${understoodOf(kb, previous.resolved, before)}`,
    ),
    // A bare "why?" wants reasons: the figures again would not do. "why is DE the safe bet?" may be answered by
    // the list item that said so, so it searches as asked.
    // "why so long?", "why so much?": the figure just shown judged, no topic of its own.
    ...(((ownTopic === 0 || judgesTheFigure.test(text)) && own.roles.length === 0) || explainsComparison
      ? {
          explaining: true,
          ...(previous.passages[0] ? { after: previous.passages[0] } : {}),
          ...(previous.lead ? { shownBefore: previous.lead } : {}),
        }
      : {}),
  });
};

/**
 * A question asked for its reasons: "why" before it; for a long story that asked at its end ("…4 years at a bank in
 * lagos… which one should i go for??"), before its last sentence, the ask (a resolved question keeps only its first
 * words, which would be all story).
 */
function whyOf(asked: string): string {
  // ("skilldential says start w de then move to mle?" then "why": why what was said, not why they said it.)
  const said = asked.replace(whoSaidIt, '$1');
  // ("data analyst here. which pays more, de or mle" then "why tho": why of the ask; who asked is no part of the why.)
  const parts = splitQuestion(said);
  // ("if i like both, which should i start with": a condition is part of the ask.)
  const whoTheyAre = /\b(?:here|i'?m|im|i\s+am|been|yoe|yrs?|years?)\b/i.test(parts.context) && !/^\W*if\b/i.test(parts.context);
  // ("im an ex teacher…, my mate says de is the way to go for switchers. is he right": why the claim holds.)
  const resolved = (whoTheyAre || reportsAClaim(said)) && parts.ask !== '' ? parts.ask : said;
  if (resolved.split(/\s+/).length < maxResolvedWords - 1) return `why ${resolved}`;
  const sentences = resolved.split(/(?<=[.!?])\s+/).filter((s) => /\p{L}/u.test(s));
  return `why ${sentences.findLast((s) => /\?\s*$/.test(s)) ?? sentences.at(-1) ?? resolved}`;
}

/** "which of those…": within the previous answer's passages. */
/** "which of those is hardest", "the toughest one": a superlative of how hard something is. */
const hardestAsked =
  /\b(?:hardest|toughest|easiest|simplest|trickiest|most\s+(?:difficult|challenging|complex|complicated)|least\s+(?:difficult|hard|challenging))\b/i;

export const whichOfThose: Rule<PreviousContext> = (c) => {
  const { kb, text, own, previous, rest, patterns, ofThose, choosesRole, reading } = c;
  // ("which level pays the most" after senior pay: every level is what is chosen among, no one level.)
  const { level: _chosenAmong, ...levelless } = c.before;
  const before = /\blevels?\b/i.test(rest) ? levelless : c.before;
  if (
    !(narrowing.test(text) && (ofThose || !comparesTwoAsMeant(c)) && !choosesRole && previous.passages.length > 0 && own.roles.length === 0)
  )
    return undefined;
  // ("what level is L6 then" after L5 pay: another level named is asked of itself, not chosen among what was shown.)
  if (!ofThose && own.level !== undefined && own.level !== c.before.level) return undefined;
  // ("which of those sounds less stressful" after a data engineer's day, then an ML engineer's; "which of those is easier
  // to get into" after both roles' pay: "those" are the two roles the conversation set side by side, compared.)
  const bothDiscussed = c.before.roles.length === 2 || (c.mentioned.includes('de') && c.mentioned.includes('mle'));
  const learntOrAsked = kb
    .analyze(previous.resolved)
    .some((t) => [`${synonymPrefix}skill`, `${synonymPrefix}tool`, `${synonymPrefix}interview`].includes(t.term));
  // (Not "do any of those pay more" after the hybrid roles listed: what a list showed is chosen among.)
  // (Nor after /compare, whose figures shown side by side are what "which of those is faster" chooses among.)
  const listed = kb.read(previous.resolved).intent.form === 'list' || previous.question.startsWith('/');
  if (ofThose && /\bwhich\b/i.test(rest) && bothDiscussed && !learntOrAsked && !listed && comparesTwo.test(rest) && !c.before.direction) {
    const asked = `${rest.replace(/\s*\bof\s+(?:those|these|them|the\s+above)\b/i, '').replace(/[?!.\s]+$/, '')}, ${roleName.de} or ${roleName.mle}?`;
    const slots: TurnSlots = { roles: ['de', 'mle'], topic: rest };
    const compared = rest.replace(/^.*?\bof\s+(?:those|these|them|the\s+above)\s+/i, '').replace(/[?!.\s]+$/, '');
    return follow(reading(asked, slots, `which role ${echoOf(kb, compared) || compared}`));
  }
  const slots: TurnSlots = { ...before, topic: `${rest} ${before.topic}` };
  // "which of those should i learn first?" asks what to prioritise: asked of the previous roles, the previous
  // answer's passages preferred (one that says what to prioritise may still answer it better). Any other ask
  // ("which of those pays most?") is about what the previous question was about, so it keeps its words.
  // (Only of what one learns or uses: "which of those matters most" after pay figures asks nothing to prioritise.)
  const learnt = kb.analyze(previous.resolved).some((t) => t.term === `${synonymPrefix}skill` || t.term === `${synonymPrefix}tool`);
  // ("which first" after skills: what to learn first.)
  // ("which of those first" after certifications: the sources name one per role and order none.)
  const certified = kb.analyze(previous.resolved).some((t) => t.term === `${synonymPrefix}certification`);
  const ranks =
    kb.analyze(rest).some((t) => t.term === `${synonymPrefix}priority`) || ((learnt || certified) && /\b(?:first|1st)\b/i.test(rest));
  // ("which of those matters most" after the skills that raise pay: the one that raises it most, of what was shown.)
  const prioritising = learnt && ranks && kb.read(previous.resolved).intent.wanted !== 'money';
  // ("which of those matters most?" after /compare salary: the sources weigh no figure against another; the answer
  // before, again, saying so.)
  // ("which of those is hardest" after skills, tools or interview rounds: the sources say which role is harder, and
  // which move, but rank none of the things a role learns or is asked; the answer before, again, saying so.)
  const hardness = hardestAsked.exec(rest)?.[0]?.toLowerCase();
  const thingsOfARole = learnt || kb.analyze(previous.resolved).some((t) => t.term === `${synonymPrefix}interview`);
  // ("what should i learn first" after which role suits them: what to learn first is a question of its own, which the
  // sources answer, when nothing learnt was listed to rank.)
  if (ranks && !learnt && !ofThose && /\blearn|\bstudy/i.test(rest) && !/\bwhich\b/i.test(rest)) return undefined;
  if ((ranks && !learnt) || (hardness && thingsOfARole))
    return follow(
      reading(
        previous.resolved,
        before,
        `${understoodWithEcho(understoodOf(kb, previous.resolved, before), echoOf(kb, rest))} (my sources don't ${hardness && thingsOfARole ? `say which of these is ${hardness}` : 'rank these'}; here is what they say again)`,
        previous.passages,
      ),
    );
  // ("which first": a word or two, what the roles should learn first.)
  const bareFirst = /^\W*(?:(?:ok(?:ay)?|so|and|but)[\s,]+)*(?:which|what|wat)(?:\s+one)?\s+(?:first|1st)\W*$/i.test(rest);
  // ("how long to become a de" → "ok what first": after no list of things to learn, what to learn first, a question of its own.)
  if (bareFirst && !learnt && !ofThose && /^\W*(?:(?:ok(?:ay)?|so|and|but)[\s,]+)*(?:what|wat)\s+first\W*$/i.test(rest)) {
    const role = before.roles.length === 1 ? before.roles[0]! : undefined;
    return follow(
      reading(
        role ? `what should i learn first to become ${role === 'mle' ? 'an' : 'a'} ${roleName[role]}` : 'what should i learn first',
        { roles: role ? [role] : ['de', 'mle'], topic: rest },
        role ? `what to learn first to become ${role === 'mle' ? 'an' : 'a'} ${roleLabel[role]}` : 'what to learn first, for either role',
      ),
    );
  }
  // ("which of those first", "which one 1st" after the tools listed: what to learn first, in so many words; "of those"
  // kept, the word "first" alone would find "…fundamentals in Data Engineering first".)
  const firstOfThose =
    /^\W*(?:(?:ok(?:ay)?|so|and|but|cool|nice)[\s,]+)*(?:which|what|wat)(?:\s+one|\s+of\s+(?:those|these|them|the\s+above|em))?\s+(?:do\s+i\s+(?:learn|do|start\s+with)\s+|should\s+i\s+(?:learn|do|start\s+with)\s+)?(?:first|1st)\W*$/i.test(
      rest,
    );
  const asked =
    prioritising && before.roles.length > 0
      ? bareFirst || firstOfThose
        ? `what should ${before.roles.map((r) => roleNames[r]).join(' and ')} learn first`
        : withRoles(rest, before.roles, patterns)
      : `${rest} ${previous.resolved}`;
  const whatFirst = prioritising && before.roles.length > 0 && (bareFirst || firstOfThose);
  return follow(
    reading(
      asked,
      slots,
      understoodWithEcho(understoodOf(kb, previous.resolved, before), whatFirst ? 'what to learn first' : echoOf(kb, rest)),
      previous.passages,
      rest,
    ),
  );
};

/**
 * "so which is better if i care about business value" after how each role's performance is measured: a choice
 * between the roles by something the answer just shown speaks of is asked of that answer.
 */
export const aChoiceByWhatWasShown: Rule<PreviousContext> = ({ kb, own, previous, before, rest, reading }) => {
  const criterion =
    /^(?:so\s+|and\s+|ok(?:ay)?\s+|then\s+)?(?:which|who)\b.*?\b(?:if|when)\s+(?:i|you)\s+(?:care\s+(?:most\s+|more\s+)?about|value|want|prefer|like|need)\s+(.{3,40})$/i.exec(
      rest,
    );
  if (!criterion || own.roles.length === 1) return undefined;
  if (!answerSpeaksOf(kb, previous, criterion[1]!)) return undefined;
  const roles: TurnSlots['roles'] = ['de', 'mle'];
  return follow(
    reading(
      `${rest} ${previous.resolved}`,
      { ...before, roles },
      understoodWithEcho(understoodOf(kb, previous.resolved, { ...before, roles }), echoOf(kb, rest)),
    ),
  );
};

/**
 * A sum, a share or a span as answers write them: "$300K-$480K", "$85,000", "10-20%", "the 6-9 months", "12-18" (a
 * span of years is a level asked: "and after like 5-8 yrs?").
 */
const quotedFigure = new RegExp(
  `${quotedSum.source}|\\d+(?:\\s*[-–]\\s*\\d+)?\\s?%|\\b\\d+\\s*[-–]\\s*\\d+\\b(?!\\s*(?:years?|yrs?|yoe)\\b)(?:\\s*(?:months?|weeks?))?`,
  'i',
);

/** The turn asked of the answer just shown, from its passages first, what it was understood as echoing its words. */
function askedOfTheAnswerShown({
  kb,
  previous,
  before,
  rest,
  reading,
}: Pick<PreviousContext, 'kb' | 'previous' | 'before' | 'rest' | 'reading'>) {
  return follow(
    reading(
      `${rest} ${previous.resolved}`,
      before,
      understoodWithEcho(understoodOf(kb, previous.resolved, before), echoOf(kb, rest)),
      previous.passages,
      rest,
    ),
  );
}

/**
 * "wait is $300K-$480K real??", "is the 10-20% on base?": a question quoting a sum or share the answer just shown
 * gives is about that answer, answered from its passages first.
 */
export const aFigureShown: Rule<PreviousContext> = ({ kb, text, own, previous, before, rest, reading }) => {
  const figure = quotedFigure.exec(text)?.[0];
  if (!figure || own.roles.length > 0 || previous.passages.length === 0 || !answerSpeaksOf(kb, previous, figure)) return undefined;
  return askedOfTheAnswerShown({ kb, previous, before, rest, reading });
};

/**
 * "base or total?", "is that base or tc?" after pay figures: a choice between two things the answer just shown
 * speaks of, naming no role, is a question about that answer.
 */
export const eitherOfWhatWasShown: Rule<PreviousContext> = ({ kb, own, previous, before, rest, reading }) => {
  const alternatives = /^(?:(?:is|are|was)\s+(?:that|this|it|those|these)\s+)?(\S+(?:\s+\S+)?)\s+or\s+(\S+(?:\s+\S+)?)\s*\??$/i.exec(rest);
  if (!alternatives || own.roles.length > 0) return undefined;
  const speaksOf = (phrase: string) => answerSpeaksOf(kb, previous, expandAbbreviations(phrase, kb.vocabulary.chat.abbreviations));
  if (!speaksOf(alternatives[1]!) || !speaksOf(alternatives[2]!)) return undefined;
  // ("is that L5 or L6" after L5's figures, with L6's among the others: the answer opened with one of the two, and
  // that one is what "that" was; asked of both, the other would lead.)
  const opening = { ...previous, passages: previous.passages.slice(0, 1) };
  const opened = [alternatives[1]!, alternatives[2]!].filter((alternative) =>
    answerSpeaksOf(kb, opening, expandAbbreviations(alternative, kb.vocabulary.chat.abbreviations)),
  );
  if (opened.length !== 1) return askedOfTheAnswerShown({ kb, previous, before, rest, reading });
  const understood = `${understoodOf(kb, previous.resolved, before)}: the figures shown are ${echoOf(kb, opened[0]!) || opened[0]!}`;
  return follow(reading(`${opened[0]!} ${previous.resolved}`, before, understood, previous.passages, opened[0]!));
};

/** "what level is that", "which level are those": the level or grade of the figures just shown. */
const whatLevelShown =
  /^(?:(?:so|and|wait|ok(?:ay)?|hm+)[,\s]+)*(?:what|which)\s+(?:level|grade)\s+(?:is|was|are|were)\s+(?:that|this|it|those|these)(?:\s+(?:tho|though|again))?[\s?!.]*$/i;

/**
 * "what level is that" after "Comp at L5 (US, FAANG): …": the answer again from the figures it opened with, saying
 * their level as they name it (another row of the table would answer with another level).
 */
export const theLevelShown: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  if (!whatLevelShown.test(text.trim()) || own.roles.length > 0 || !previous.answered || previous.passages.length === 0) return undefined;
  const opening = kb.passage(previous.passages[0]!);
  const level = opening
    ? /\b(?:L\d|Junior|Entry|Mid-level|Mid-Senior|Senior|Staff)\b(?:\s*\([^)]{1,24}\))?/.exec(opening.text)?.[0]
    : undefined;
  if (!level) return undefined;
  return follow({
    ...reading(
      previous.resolved,
      before,
      `${understoodOf(kb, previous.resolved, before)}: the figures shown are ${level}`,
      previous.passages,
    ),
    onlyWithin: true,
    openWith: previous.passages[0]!,
  });
};

/**
 * "and later?", "after a few years?", "later in my career", "long term?", "down the line": a time further on, with nothing
 * else named.
 */
const laterOn =
  /^(?:(?:so|ok(?:ay)?|and|but|then|what\s+about|how\s+about)[,\s]+)*(?:later(?:\s+on)?|(?:a\s+(?:few|couple(?:\s+of)?)\s+|some\s+)?years\s+(?:later|after|down\s+the\s+(?:line|road))|(?:after|in)\s+(?:a\s+(?:few|couple(?:\s+of)?)|some|several)\s+(?:years?|yrs?)|later\s+in\s+(?:my|the|your|their|a)\s+career|down\s+the\s+(?:line|road)|(?:in\s+the\s+)?long(?:[\s-]+term|\s+run)|eventually)(?:\s+(?:tho|though|then))?[\s?!.]*$/i;

/**
 * "and later?" after "which pays more to start": the same pay further on, at senior level (the articles' tables
 * go on from the start to senior and staff), rather than a question of "later" alone, which nothing answers.
 */
export const laterInTheCareer: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  if (!laterOn.test(text.trim()) || own.roles.length > 0 || !previous.answered) return undefined;
  const starting =
    before.level === 'entry' || /\b(?:to\s+start|starting|new\s+grads?|fresh(?:er|ers)?|junior|entry)\b/i.test(previous.resolved);
  if (!starting || kb.read(previous.resolved).intent.wanted !== 'money') return undefined;
  const slots: TurnSlots = { ...before, level: 'senior' };
  return follow(reading(withLevel(previous.resolved, 'senior'), slots));
};

/** "what comes after staff", "whats next after senior", "what's beyond that": the step past a level, in the career. */
const pastALevel =
  /^\W*(?:(?:so|ok(?:ay)?|and|but|then)[\s,]+)*(?:what|wat)(?:'?s|\s+is)?\s+(?:comes\s+|happens\s+|do\s+(?:you|u)\s+(?:do|become)\s+)?(?:next\s+)?(?:after|beyond|past|above)\s+(?:(entry|junior|mid|mid-level|senior|staff|principal)|that|this|it)\b/i;

/**
 * "whats the career path for mle" → "what comes after staff": where the career goes past that level (the articles'
 * trajectories name the roles above staff), not what reaching it takes.
 */
export const pastThatLevel: Rule<PreviousContext> = ({ text, own, previous, before, reading }) => {
  const asked = pastALevel.exec(text.trim());
  if (!asked || own.roles.length > 0 || !previous.answered) return undefined;
  const named = asked[1]
    ?.toLowerCase()
    .replace(/^junior$/, 'entry')
    .replace(/^mid-level$/, 'mid');
  const level = named ?? before.level;
  if (level === undefined || before.roles.length === 0) return undefined;
  const slots: TurnSlots = { ...before, level };
  const who = before.roles.map((role) => roleNames[role]).join(' and ');
  const resolved = `what comes after ${levelWord(level)} ${who}`;
  const whose = before.roles.length === 1 ? roleLabel[before.roles[0]!] : 'Both roles';
  return follow(reading(resolved, slots, `${whose} career path: what comes after ${levelWord(level)}`));
};

/** "next level up?", "and the level after that", "one level up": the level above the one just asked about. */
const nextLevelAsked =
  /^(?:(?:so|ok(?:ay)?|and|but|then|what\s+about|how\s+about)[,\s]+)*(?:the\s+)?(?:next\s+(?:level|step|rung|grade)(?:\s+up)?|(?:one|a)\s+level\s+up|level\s+(?:after|above)\s+(?:that|this|it)|(?:the\s+)?one\s+above(?:\s+(?:that|it))?)(?:\s+(?:pay|then|tho|though))?[\s?!.]*$/i;

/** Each level the articles' pay tables give, and the one above it. */
const levelAbove: Readonly<Record<string, string>> = {
  entry: 'mid',
  mid: 'senior',
  senior: 'staff',
  staff: 'principal',
  l5: 'l6',
  l6: 'l7',
};

/**
 * "next level up?" after mid-level pay: the same pay a level higher (senior), rather than the career ladder a "next
 * level" would otherwise find, or another role's. Above staff the sources give no pay, which the answer says.
 */
export const theNextLevelsPay: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  if (!nextLevelAsked.test(text.trim()) || own.roles.length > 0 || !previous.answered) return undefined;
  const next = before.level === undefined ? undefined : levelAbove[before.level];
  if (kb.read(previous.resolved).intent.wanted === 'money' && next !== undefined)
    return follow(reading(withLevel(previous.resolved, next), { ...before, level: next }));
  // ("next level up?" after ML engineers' pay in Nigeria, which the sources give for no level: the next step of that
  // role's ladder, never the other role's.)
  if (before.roles.length === 0) return undefined;
  const { level: _level, region: _region, ...roleOnly } = before;
  return follow(
    reading(`${text.replace(/[?.!\s]+$/, '')} in the career path of ${before.roles.map((r) => roleNames[r]).join(' and ')}`, roleOnly),
  );
};

/** "diff?", "whats the difference?", "main difference then": the two roles' difference, asked of nothing else. */
const bareDifference =
  /^(?:(?:so|ok(?:ay)?|and|but)[,\s]+)*(?:what(?:'s|s|\s+is|\s+are)\s+)?(?:the\s+)?(?:(?:main|key|big|biggest|real|actual)\s+)?differences?(?:\s+(?:then|tho|though|there))?[\s?!.]*$/i;

/**
 * "whats the difference?" after /compare interviews: how the two roles differ on what was just discussed, not what
 * the roles are.
 */
export const theDifferenceInIt: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  if (!bareDifference.test(text.trim()) || own.roles.length > 0 || previous.passages.length === 0) return undefined;
  const slots: TurnSlots = { ...before, roles: ['de', 'mle'] };
  return follow(
    reading(
      `difference between ${roleNames.de} and ${roleNames.mle}: ${previous.resolved}`,
      slots,
      `${understoodOf(kb, previous.resolved, slots)}: the difference`,
    ),
  );
};

/**
 * "wait what does the inference pipeline part mean" after an answer that named it ("…and the inference pipeline
 * (where ML output flows back into application data)"): what that answer meant by it, from its passage.
 */
export const whatTheAnswerMeant: Rule<PreviousContext> = ({ kb, read, own, previous, before, text, reading }) => {
  const defined = read.intent.defines;
  if (!defined || own.roles.length > 0 || !previous.answered) return undefined;
  // (The answer's opening passage first, then those shown beside it.)
  const shown = previous.passages
    .slice(0, 3)
    .map((id) => kb.passage(id))
    // (Where it explains it: "the inference pipeline (where ML output…)", or a label "MLOps: …"; a passage that only
    // names it, "Designing and building ETL/ELT pipelines", leaves the question to the rest of the sources.)
    .find((p) => p !== undefined && (explainsInBrackets(p.text, defined) || kb.defines(p, defined)));
  if (!shown) return undefined;
  return follow({
    ...reading(text, before, `${understoodOf(kb, previous.resolved, before)}: ${defined}`, [shown.id]),
    onlyWithin: true,
  });
};

/** "through what year tho", "until when?", "by when": the year a figure just shown runs to. */
const asksWhatYear =
  /^(?:(?:and|so|but|ok(?:ay)?|wait)[,\s]+)*(?:(?:through|thru|until|till|up\s+to|to|by)\s+(?:what|which)\s+year|(?:what|which)\s+year|until\s+when|till\s+when|by\s+when|how\s+far\s+out)(?:\s+(?:tho|though|is\s+that|was\s+that|exactly|again))?[\s?!.]*$/i;

/**
 * "through what year tho" after "The BLS projects 30% growth through 2032": the answer again, whose figure says the
 * year (only where the passages shown name one).
 */
export const theYearOfIt: Rule<PreviousContext> = (c) =>
  theAnswerAgain(c, asksWhatYear, (ids) =>
    ids.slice(0, 3).some((id) => /\b20\d\d\b/.test(c.kb.passage(id)?.text ?? '')) ? 'the year' : undefined,
  );

/**
 * Why a quiz result's choice: for the hybrid, as the diagnostic says it ("the answer for people who like both
 * equally"), not the FAQ on the hybrid as a stepping stone.
 */
function whyOfTheResult(choice: string): string {
  return choice === quizChoice.hybrid ? `why ${choice} equally` : `why ${choice}`;
}

/** Whether a turn asked of a place its sources lack ("how much do des make in europe"): what a decline of it was for. */
export function declinedForAPlace(kb: KnowledgeBase, turn: Pick<Turn, 'resolved'>): boolean {
  return kb.read(turn.resolved).unknown.some((u) => u.kind === 'name' && kb.namesAPlace(u.word));
}
