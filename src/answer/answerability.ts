/**
 * Whether the sources answer a question: one decision, made here and nowhere else, from signals that can be
 * shown to a person. It weighs how much of the ask the best passage covers, whether the ask is about these
 * careers at all, whether the closest passages hold the kind of answer asked for (a figure, a duration, a
 * reason), and the ask's salient words the articles never use (a place, a company, another job title, jargon),
 * as opposed to chat filler and the person's own context, which never count against an answer.
 */
import { toolNames } from '../search/vocabulary.js';
import { acknowledges, asksAnything, judgesASum } from '../question/chat.js';
import { greetingAlone, greetsOrTakesLeave } from '../question/greetings.js';
import { type QueryTerm, stem, synonymPrefix, words } from '../search/analyzer.js';
import { quotableUnits } from '../knowledge/units.js';
import { holdsAnswer } from '../search/intent.js';
import type { KnowledgeBase, SearchHit, SearchResult } from '../search/knowledgeBase.js';
import type { WantedAnswer } from '../search/intent.js';
import { leadsOthers, levelTerms, salientKinds, type UnknownTerm } from '../search/questionReader.js';
import type { Concept } from '../search/ranking.js';
import { escapeRegExp } from '../question/regexp.js';
import { noMoveDescribedFrom } from './breakingIn.js';

/**
 * The best passage must hold this share of the ask's content (weighted by how rare each word is). Raw BM25
 * scores cannot separate in-scope from out-of-scope questions on this corpus (they overlap); coverage can.
 * Calibrated on the development sets (npm run eval reports both sides of it).
 */
export const minCoverage = 0.3;
/** A word at least this specific (rarer than the 3,000 commonest words of speech) names what a question is about. */
export const specificWord = 0.75;

/** The most words a reaction has ("ok that makes sense i guess"). */
const maxReactionWords = 6;
/** One of the two roles as a question names it ("a de", "mles", "an ML engineer"). */
const aRole = String.raw`(?:an?\s+)?(?:des?|mles?|data\s+engineer(?:s|ing)?|ml\s+engineer(?:s|ing)?|machine\s+learning\s+engineer(?:s|ing)?|ml\s+engs?)`;

/** A title or company the articles name in passing counts as covered only where the best passage holds this much of the ask. */
export const mentionedCoverage = 0.6;
/** How many of the best passages are searched for the figure a "how much" or "how long" asks for. */
export const figureSearchDepth = 5;
/** A word in at most about one passage in twenty (idf over the articles) is one only they would use. */
export const rareTermIdf = 2.5;
/** The idf both words of a pair must reach for the pair to be the articles' own (few passages use either). */
const rarePairIdf = 4;
/** The share of the bar that applies when the ask's topic comes from the person's context (a story is long). */
export const contextCoverageShare = 0.5;
/** How many of the best passages are looked at for the kind of answer asked for and for uncovered words. */
export const closestCount = 3;

/** A sum of money as the articles write one ("$185,000", "₦700k", "$120K"). */
const sumOfMoney = /[$₦£€]\s?\d|\d\s?[kK]\b/;

/** Kinds of employer and industries a question may set pay in (the vocabulary's groups), which figures are rarely given for. */
const employerKinds = new Set([`${synonymPrefix}scaleups`, `${synonymPrefix}industry`, `${synonymPrefix}enterprise`]);

/**
 * The words of a kind of employer or industry the pay asked is set in ("startups", "healthcare"), when none of the
 * passages close to the question gives a sum of money for it; undefined when one does, or none is named.
 */
function payAtAnUnfiguredEmployer(result: SearchResult): string | undefined {
  // (Named in the ask itself: "i work at a bank, what do des make" tells where they work, which asks nothing of banks.)
  const ask = result.read.ask.toLowerCase();
  const kind = result.terms.find(
    (t) => employerKinds.has(t.term) && !t.aside && t.from !== '' && ask.includes((t.typed ?? t.from).toLowerCase()),
  );
  if (!kind || !result.terms.some((t) => t.term === `${synonymPrefix}salary`)) return undefined;
  // (A sentence that names the kind and gives a sum: "…healthcare" beside growth figures is no pay of healthcare's.)
  const stem = (kind.typed ?? kind.from).toLowerCase().slice(0, 5);
  const figured = result.hits
    .slice(0, closestCount)
    .some(
      (hit) =>
        hit.matched.includes(kind.term) &&
        hit.passage.text.split(/(?<=[.!?])\s+|\n+/).some((sentence) => sentence.toLowerCase().includes(stem) && sumOfMoney.test(sentence)),
    );
  return figured ? undefined : (kind.typed ?? kind.from);
}

/** Why a question is not answered. */
export type DeclineReason =
  /** Nothing to search for once stop words and chat words are gone. */
  | 'empty'
  /** Not about Data Engineer or ML Engineer careers. */
  | 'off-topic'
  /** About them, but the sources lack what is asked (a place, a figure, instructions); closest passages offered. */
  | 'missing';

/** The decision and what it rests on. */
export interface Answerability {
  answerable: boolean;
  reason?: DeclineReason;
  /** The ask's words no close passage covers, in the person's own words, most telling first. */
  uncovered: string[];
  /** When declined as missing: the kind of figure or explanation none of the closest passages holds. */
  missingKind?: WantedAnswer | 'instructions' | 'definition' | 'price';
  /** Share (0..1) of the ask the best passage covers. */
  coverage: number;
  /** The ask's main topic that the best passage does cover, in the person's words ("salary"). */
  topic?: string;
}

const matches = (concept: Concept, hit: SearchHit) => concept.alternatives.some((a) => hit.matched.includes(a));

/**
 * About these careers: the ask names a role or a topic of the vocabulary, or at least two of its concepts
 * match the best passage and one is a word the articles use in headings. One familiar word ("day" in "how's
 * your day going") is too little.
 */
/** Whether `text` defines `term`: "MLOps: The …", "MLOps (…): …", "MLOps is …", "MLOps refers to …". */
function definesTerm(text: string, term: string): boolean {
  return new RegExp(
    `(?:^|[\\n.;•-]\\s*|\\()${escapeRegExp(term)}\\)?(?:\\s*\\([^)]{1,40}\\))?\\s*(?::\\s+\\p{Lu}|\\s+(?:is|are|means|refers\\s+to)\\s+(?:the|an?)\\b)`,
    'iu',
  ).test(text);
}

function isOnTopic(
  kb: KnowledgeBase,
  result: SearchResult,
  concepts: Concept[],
  top: SearchHit | undefined,
  covered: (u: UnknownTerm) => boolean,
): boolean {
  // A loose single word read as a topic ("make" as pay) is too little, and so is a qualifier ("beginner",
  // "years"); an idiom ("closer to AI") is enough.
  const names = (t: QueryTerm) => t.kind === 'role' || (t.kind === 'synonym' && !t.qualifier && (!t.inferred || t.from.includes(' ')));
  if (result.terms.some(names)) return true;
  // "how much would i make?", "how much do they make": pay, asked of a person, with nothing else named, or with only
  // a level or setting the sources give pay for ("…straight out of college", "…starting out").
  const payOfAPerson =
    /^\s*(?:(?:so|and|ok|okay|like|but|wait|hm+|um+|alright)[\s,]+)*how\s+much\s+(?:would|will|could|can|do|does|did|should|might)\s+(?:i|you|u|we|they|one|someone|people|ppl)\s+(?:make|earn|get\s+paid|pull|take\s+home)\b([^?!.]*)[\s?!.]*$/i.exec(
      result.read.ask,
    );
  if (
    result.read.intent.wanted === 'money' &&
    payOfAPerson &&
    (payOfAPerson[1]!.trim() === '' || (result.terms.every((t) => t.kind !== 'word') && !result.read.unknown.some((u) => u.inMainAsk)))
  )
    return true;
  // ("is 150k good", "120k fair?": a sum judged asks of pay, named or not.)
  if (result.read.intent.wanted === 'money' && judgesASum.test(result.read.ask)) return true;
  // Someone who describes themselves and asks "which one?" asks about the two roles, whatever their words.
  if (result.read.fromContext) return true;
  // ("what is mlops actually, ppl keep throwing it around": a term asked to be defined, which the best passage defines,
  // "MLOps: The specialized skill set…", whatever remark follows the ask.)
  const defined = result.read.intent.defines;
  if (defined && top && definesTerm(top.passage.text, defined)) return true;
  // Otherwise the words must speak for themselves: two of them in the best passage, one a word the articles
  // use in headings, and no specific word of the main question unknown to them ("marathon training plan").
  if (!top || top.coverage < minCoverage) return false;
  if (result.read.unknown.some((u) => u.inMainAsk && u.specificity >= specificWord && !covered(u))) return false;
  // ("first marathon in 12 weeks, is a 4 day a week running plan enough": the thing asked about said in the clause
  // before the ask; with no role or word of theirs named, its specific word the articles never use tells the topic.)
  const before = result.read.plain.slice(0, Math.max(0, result.read.plain.indexOf(result.read.ask)));
  const story = before.trim() === '' ? undefined : kb.read(before);
  if (
    story &&
    result.read.roles.length === 0 &&
    !story.terms.some((t) => t.kind !== 'word' || kb.isDomainTerm(t.term)) &&
    story.unknown.some((u) => u.kind === 'common' && u.specificity >= specificWord)
  )
    return false;
  const matched = concepts.filter((c) => matches(c, top));
  const domain = result.terms.filter((t) => !t.inferred && kb.isDomainTerm(t.term));
  // "which one has less debugging?": a choice between the two roles this bot is about, naming them or not; one of
  // its words in the best passage (which covers enough of it, and no salient word is unknown) is enough.
  // ("which is chiller", "which would be easier": a comparative asked of "which" with nothing else named.)
  const choosing =
    // ("which path is chiller for me", "which track suits me": a path or a track here is one of the two careers.)
    /\bwhich\s+(?:one|path|track|role|career|of\s+(?:the\s+)?(?:two|them|both))\b/i.test(result.read.ask) ||
    // ("which would you pick", "what would u go with for me": the bot asked to choose between them.)
    /^\s*(?:(?:so|ok|okay|but|and|honestly|tbh|ngl)[\s,]+)*(?:which|wich|whcih|what)\s+(?:(?:would|should|do|will|shud|shuld)\s+)?(?:you|u|i)\s+(?:pick|choose|go\s+(?:for|with)|recommend)\b/i.test(
      result.read.ask,
    ) ||
    /^\s*(?:(?:so|ok|okay|but|and)\s+)?which(?:'s|s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:(?:more|less|the)\s+)?\w+(?:er|est)\s*[?!.]*$/i.test(
      result.read.ask,
    ) ||
    // ("if i want max money?", "what if i care about stability": a want put as a condition asks which role meets it.)
    /^\s*(?:(?:so|ok|okay|and|but)[\s,]+)*(?:what\s+)?if\s+(?:i|im|i'm)\s+(?:(?:really|mostly|only|just)\s+)?(?:want|wanna|care\s+(?:about|for)|prefer|value|need|prioriti[sz]e|am\s+after|after)\b/i.test(
      result.read.ask,
    ) ||
    // ("which 1 makes more", "who makes more": which of the two is paid more.)
    /^\s*(?:(?:so|ok|okay|but|and)\s+)?(?:which|who)(?:\s+(?:one|1))?\s+(?:makes|earns|pays|gets\s+paid|rakes\s+in)\s+(?:more|most|the\s+most|better)\b/i.test(
      result.read.ask,
    );
  if (choosing && matched.length >= 1) return true;
  // ("llmops vs mlops whats the diff": two things of theirs set against each other, each a word only they would use.)
  const setAgainst = result.terms.filter(
    (t) => t.kind === 'word' && !t.inferred && kb.knows(t.term) && kb.isDomainTerm(t.term) && kb.specificity(t.from) >= 1,
  );
  if (result.read.intent.form === 'comparison' && setAgainst.length >= 2 && matched.length >= 1) return true;
  // "mid level mle here … what do i need to show to get to senior?": the role named around the ask is what it is
  // about; one of the ask's words in the best passage is enough, as for a choice.
  if (result.read.roles.length > 0 && !result.terms.some((t) => t.kind === 'role') && matched.length >= 1 && domain.length > 0) return true;
  // "what is a feature store?": two words the articles write together, one of them telling, and all of the question.
  // ("what do you mean by silent failures": two plain English words, but a pair the articles rarely use, is theirs.)
  const words = result.terms.filter((t) => t.kind === 'word' && !t.inferred);
  const pairOfTheirs = words.some(
    (t, i) =>
      i > 0 &&
      kb.usesPair(words[i - 1]!.from, t.from) &&
      (Math.max(kb.specificity(words[i - 1]!.from), kb.specificity(t.from)) >= specificWord ||
        Math.min(kb.idf(words[i - 1]!.term), kb.idf(t.term)) >= rarePairIdf),
  );
  if (matched.length === 2 && top.coverage >= 0.99 && pairOfTheirs) return true;
  // "what is MLOps?": one word, but one only these articles would use, and all of the question.
  // ("what is airflow?": a tool they name in lists, never in a heading, is theirs as well; "tell me about pipelines": a
  // word of the field alone, which the articles use everywhere, all the more.)
  if (matched.length === 1 && top.coverage >= 0.99)
    return result.terms.some(
      (t) =>
        t.kind === 'word' &&
        !t.inferred &&
        kb.knows(t.term) &&
        // (Asked what it is, "whats a pipeline", it is the definition the articles must give.)
        ((kb.specificity(t.from) >= 1 && result.read.intent.defines === undefined) ||
          (kb.specificity(t.from) >= specificWord && kb.idf(t.term) >= rareTermIdf)),
    );
  return matched.length >= 2 && domain.length > 0;
}

/**
 * Places ranked in an ask ("best country", "which city … most de jobs"), employers or industries ranked by pay or as
 * places to work ("which industry pays mles the best", "best company to work for"), or where to live for a role.
 * Which industries or companies hire most is theirs to answer ("demand concentrated in financial services…").
 */
function rankedAsked(ask: string): string | undefined {
  const places = 'country|countries|city|cities|state|states|location|locations';
  const employers = 'company|companies|employer|employers|industry|industries|sector|sectors';
  const place = new RegExp(`\\b(?:best|top|highest[- ]paying|biggest|richest|which|what)\\s+(?:\\w+\\s+)?(${places})\\b`, 'i').exec(ask);
  if (place && /\b(?:best|top|most|highest|more|better|biggest)\b/i.test(ask)) return place[0].toLowerCase();
  const employer = new RegExp(`\\b(?:best|top|highest[- ]paying|which|what)\\s+(?:\\w+\\s+)?(${employers})\\b`, 'i').exec(ask);
  if (
    employer &&
    (/\b(?:pay|pays|paid|paying|salary|salaries|money|comp|tc)\b/i.test(ask) || /\bbest\b.*\bto\s+work\s+(?:for|at)\b/i.test(ask))
  )
    return employer[0].toLowerCase();
  return /\bwhere\s+(?:should|do|can|would|could)\s+(?:i|u|you|one)\s+(?:live|move|relocate)\b/i.test(ask) ? 'where to live' : undefined;
}

/** A degree as people name it ("phd", "masters", "master's degree", "bachelors"), as a pattern's source. */
export const degreeNamed = String.raw`phd|doctorate|masters?|master'?s(?:\s+degree)?|bachelors?|bachelor'?s(?:\s+degree)?|degree`;

/** "how long is a phd", "how many years does a masters take", "how long would that degree take": a degree's length. */
const degreeLengthAsked = new RegExp(
  String.raw`\bhow\s+(?:long|many\s+(?:years?|months?|yrs?))\s+(?:is|does|would|will|do|did|takes?)\s+(?:it\s+(?:take\s+)?(?:to\s+(?:get|do|finish|complete)\s+)?)?(?:a|an|the|my|that|this|one)?\s*(${degreeNamed}|ph\.?d|msc|bsc|bootcamp)\b`,
  'i',
);

/** "how long does the job search take", "how long is the hiring process": a search's length, which no source gives. */
const searchLengthAsked =
  /\bhow\s+long\s+(?:does|is|will|would|do|did)\s+(?:it\s+take\s+(?:to\s+)?)?(?:a|an|the|my)?\s*(job\s+search(?:ing)?|job\s+hunt(?:ing)?|hiring\s+process|application\s+process|search)\b/i;

/** "a normal raise", "how do i get a raise", "ask for a raise", "annual raise": a raise in one's own job. */
const raiseAsked =
  /\b(?:normal|typical|average|avg|good|annual|yearly|usual|standard)\s+(?:pay\s+)?raises?\b|\b(?:get|ask\s+for|negotiate|request)\s+(?:a\s+)?(?:pay\s+)?raise\b|\braises?\s+(?:per|a|each|every)\s+year\b/i;

/** "how much should i counter", "should i negotiate my offer", "is a counteroffer ok": bargaining over an offer. */
const negotiationAsked =
  /\b(?:(?:should|can|do|would|how\s+much\s+(?:should|can|do)|how\s+(?:do|should|can))\s+i\s+(?:\w+\s+)?(?:counter|negotiate)|counter[\s-]?offers?|negotiat(?:e|ing|ion)\s+(?:an?\s+|my\s+|the\s+)?(?:\w+\s+)?(?:offer|salary|comp|pay|tc|package))\b/i;

/** Whether a passage gives how long `degree` takes: the degree and a span of years or months said together. */
function givesTheLengthOf(text: string, degree: string): boolean {
  const word = escapeRegExp(degree.toLowerCase().replace(/s$/, '').replace(/'$/, ''));
  return new RegExp(
    `\\b${word}\\w*'?s?\\b[^.;()]{0,30}?\\b(?:takes?|lasts?|is|of|in)\\s+(?:about\\s+|around\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:years?|months?)`,
    'i',
  ).test(text);
}

/** The ask's words that none of the closest passages matched (nor any synonym of them): salient unknown words first. */
function uncoveredWords(result: SearchResult, covered: (u: UnknownTerm) => boolean, salientOnly = false): string[] {
  const out: string[] = [];
  for (const unknown of result.read.unknown) {
    // Only what the sources truly lack: a salient word no close passage speaks of, or a word they never use.
    // (A common word set aside with the foil a question offers, "…or am i overthinking", is not what it asks.)
    if (covered(unknown) || (!salientKinds.has(unknown.kind) && (salientOnly || unknown.specificity < specificWord || !unknown.inMainAsk)))
      continue;
    // In the person's own words: a correction is ours, not theirs; "intern" once, not again in "engineering intern".
    const word = unknown.typed ?? unknown.word;
    const overlaps = (a: string, b: string) => a.split(' ').some((w) => b.split(' ').includes(w));
    if (!out.some((known) => overlaps(known, word))) out.push(word);
  }
  return out;
}

/** The heaviest concept of the ask that the passage matches, as the person wrote it. */
function mainTopic(result: SearchResult, concepts: Concept[], hit: SearchHit): string | undefined {
  // Topics are the vocabulary's groups (salary, interviews…), named as the vocabulary names them ("pay"), not
  // by whatever word the person used ("make", "earn").
  const topics = concepts.filter((c) => matches(c, hit) && c.alternatives.some((a) => a.startsWith(synonymPrefix)));
  for (const concept of topics.sort((a, b) => b.weight - a.weight)) {
    const label = concept.alternatives.map((a) => result.read.labels.get(a)).find((l) => l !== undefined);
    if (label) return label;
  }
  return undefined;
}

/**
 * Whether the passage speaks of a word: names it, or speaks of the group it belongs to ("what does an L5 make at
 * Meta" is answered by FAANG pay, "what does an MLE at Google do all day" by how FAANG ML engineers split their
 * time); the word is still named as uncovered, since the passage never names it.
 */
function covers(kb: KnowledgeBase, result: SearchResult, hit: SearchHit, word: string, prominent = false): boolean {
  // "head of ai": a leadership title whose field the articles know is spoken of where they list where careers end
  // ("Terminal roles include VP of AI/ML, Head of ML"), though not in those words.
  const leadership = /^(head|director|vp|chief|manager) of \S+$/.exec(word);
  if (leadership && kb.mentions(hit.passage, `${leadership[1]} of`)) return true;
  if (prominent) return kb.isAbout(hit.passage, word);
  // ("how does the openai interview look": named where the passage speaks of something else, remote work, it is no
  // answer about it; the ask's other topics must be said with it.)
  const others = result.concepts
    .filter((c) => !c.alternatives.some((a) => a.startsWith('role:') || words(word).map(stem).includes(a)))
    .flatMap((c) => c.alternatives);
  if (others.length === 0 ? kb.mentions(hit.passage, word) : kb.saysAlongside(hit.passage, { phrase: word }, others)) return true;
  // ("how much do staff des make in nyc": figures by level, scoped to no place, are the articles' US figures, which a
  // US city's pay is.)
  const usPlace = result.terms.some((t) => t.term === `${synonymPrefix}us` && (t.from === word || t.from.split(' ').includes(word)));
  if (usPlace && kb.givesUsPay(hit.passage)) return true;
  // ("would i have to move to sf to be an mle at openai, or can it be remote": where one would work, asked beside
  // remote work, is answered where the passage speaks of remote work.)
  const remote = `${synonymPrefix}remote`;
  if (usPlace && result.terms.some((t) => t.term === remote) && hit.matched.includes(remote)) return true;
  // ("san francisco" is one name, as "seattle" is: a US place the US figures cover.)
  // ("whats the meta interview process": FAANG, which Meta is, said where the passage speaks of interviews.)
  return result.terms.some(
    (t) =>
      t.kind === 'synonym' &&
      (t.from === word || t.from.split(' ').includes(word)) &&
      hit.matched.includes(t.term) &&
      (others.length === 0 ||
        kb.saysAlongside(
          hit.passage,
          { term: t.term },
          others.filter((o) => o !== t.term),
        )),
  );
}

/** What "how do I …" asks to be shown how to do, in the person's words: "write a pyspark window function". */
function instructionsAskedFor(ask: string): string {
  const m = /\bhow (?:do|can|should|would|could|to) (?:i|you|we|one)?\s*([^?.!,]+)/i.exec(ask);
  return (m?.[1] ?? '').trim().split(/\s+/).slice(0, 6).join(' ');
}

/** A pay question is answered by a figure of pay, or by a percentage (an ML premium "10–20% higher"). */
export function holdsWanted(kb: KnowledgeBase, hit: SearchHit, wanted: WantedAnswer): boolean {
  return kb.holds(hit.passage, wanted) || (wanted === 'money' && kb.holds(hit.passage, 'percent'));
}

/**
 * Whether a passage gives a time ("Plan for 6-9 months of study", "Senior (5-8 years)") in a sentence that, read with
 * the passage's heading ("Cross-Role Transitions"), holds one of the question's topics: a group of the vocabulary or
 * a telling word it names (roles, levels and what it sets aside are no topic: "how much time will it take for
 * de" names none, so any time the passage gives may be it).
 */
function timeOfWhatIsAsked(kb: KnowledgeBase, hit: SearchHit, terms: readonly QueryTerm[]): boolean {
  const topics = terms
    .filter((t) => t.kind !== 'role' && !t.qualifier && !t.aside && !levelTerms.has(t.term))
    .filter((t) => t.kind === 'synonym' || kb.specificity(t.from) >= 0.5)
    .map((t) => t.term);
  if (topics.length === 0) return kb.holds(hit.passage, 'duration');
  const heading = hit.passage.sectionPath.join(' ');
  return quotableUnits(hit.passage).some((unit) => {
    if (!holdsAnswer(unit, 'duration')) return false;
    const said = new Set(kb.analyzer.analyzeDocument(`${heading}\n${unit}`));
    return topics.some((t) => said.has(t));
  });
}

/**
 * "damn ok", "sounds boring ngl": a few words that ask nothing and name nothing in particular are a reaction to
 * the answer before, not a question the sources lack ("best pizza in toronto" names something: off-topic).
 */
function isReaction(kb: KnowledgeBase, result: SearchResult): boolean {
  const { plain, unknown } = result.read;
  // ("oi again", "bom dia": a greeting whose word the articles never use is still a greeting, not a topic they lack.)
  if (acknowledges(plain) || greetingAlone.test(plain.trim())) return true;
  return (
    !asksAnything(plain) &&
    result.terms.every((t) => t.kind === 'word') &&
    // ("kafka", "pytorch", "mlops": a tool or a word only these articles use, typed alone, asks what they say of it.)
    !result.terms.some((t) => !t.inferred && kb.knows(t.term) && kb.specificity(t.from) >= 1) &&
    plain.split(/\s+/).filter(Boolean).length <= maxReactionWords &&
    unknown.every((u) => u.kind === 'common' && u.specificity < specificWord)
  );
}

/** Whether the ask sets one company against another ("meta … more than amazon", "google vs meta"). */
function setsCompaniesApart(result: SearchResult): boolean {
  const ask = result.read.ask.toLowerCase();
  const at = result.read.unknown
    .filter((u) => u.kind === 'name' && u.mentioned && !u.prominent && u.inMainAsk)
    .map((u) => ask.indexOf((u.typed ?? u.word).toLowerCase()))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  if (at.length < 2) return false;
  return /\b(?:than|vs\.?|versus|compared\s+(?:to|with))\b/.test(ask.slice(at[0], at.at(-1)));
}

/** Decides whether the search result answers its question, and when it does not, what the sources lack. */
export function judgeAnswerability(kb: KnowledgeBase, result: SearchResult): Answerability {
  const { concepts } = result;
  const top = result.hits[0];
  const coverage = top?.coverage ?? 0;
  const wanted = result.read.intent.wanted;
  // A title or company the articles name is covered where the best passage speaks of it, covers the rest of
  // the ask and holds what is asked: a cross-reference ("see the DE vs analytics engineer guide") or a passing
  // mention names it without answering. An exam, a course or a book is never covered: the sources review none.
  const answersWanted = (hit: SearchHit) => wanted === undefined || wanted === 'reason' || holdsWanted(kb, hit, wanted);
  const coveredByTop = (u: UnknownTerm) =>
    top !== undefined &&
    u.mentioned === true &&
    coverage >= mentionedCoverage &&
    covers(kb, result, top, u.word, u.prominent === true) &&
    answersWanted(top);
  // "are ai infra engineer jobs their own thing": a title one of the closest passages names (a cross-reference
  // aside) and holds what is asked answers it too, beside a best passage that answers the rest.
  const namedByClose = (u: UnknownTerm) =>
    u.kind === 'title' &&
    u.mentioned === true &&
    coverage >= mentionedCoverage &&
    result.hits.slice(0, closestCount).some((hit) => hit.coverage >= minCoverage && kb.mentions(hit.passage, u.word) && answersWanted(hit));
  // "how do i become a data scientist": getting into another job is never what a passage that names it in passing
  // ("a Data Scientist's experimental code") answers.
  const ask = result.read.ask.toLowerCase();
  // ("what does a data scientist do day to day": what another job is, likewise, never a passage that names it in
  // passing, "collaborating with analysts and data scientists".)
  // (Becoming a manager, "can a de become an engineering manager", is a step of the careers the sources lay out.)
  const into = (u: UnknownTerm) =>
    u.kind === 'title' &&
    !leadsOthers.test(u.word) &&
    (new RegExp(
      `\\b(?:become|becoming|get\\s+into|getting\\s+into|break\\s+into|switch(?:ing)?\\s+to|transition(?:ing)?\\s+to|pivot(?:ing)?\\s+to|move\\s+to)\\s+(?:an?\\s+)?${escapeRegExp(u.word)}`,
    ).test(ask) ||
      new RegExp(
        `\\bwhat\\s+(?:does|do|would|will)\\s+(?:an?\\s+|the\\s+)?${escapeRegExp(u.word)}s?\\s+(?:actually\\s+|really\\s+)?(?:do|does)\\b|\\bday\\s+(?:to\\s+day|in\\s+the\\s+life)\\s+of\\s+(?:an?\\s+)?${escapeRegExp(u.word)}`,
      ).test(ask));
  // "can a swe switch to de": a job the sources never call by its title, asked as where a move into the role starts, is
  // theirs to answer where a close passage of that role names its field as such a start ("…the most logical starting
  // point for those transitioning from traditional software…"); into the other role, or paid, it is not.
  const [roleAsked] = result.roles.length === 1 ? result.roles : [];
  const moveFromDescribed = (u: UnknownTerm) =>
    u.kind === 'title' &&
    roleAsked !== undefined &&
    new RegExp(
      `\\b${escapeRegExp(u.word)}s?\\s+(?:to\\s+)?(?:switch|move|transition|pivot|get\\s+into|go\\s+into|break\\s+into|become)\\b|\\bfrom\\s+(?:an?\\s+|being\\s+an?\\s+)?${escapeRegExp(u.word)}s?\\s+(?:in)?to\\b`,
    ).test(ask) &&
    !noMoveDescribedFrom(kb, u.word, roleAsked);
  // ("is a data scientist the same as an mle", "should i go data scientist or de", "ds vs mle which pays more": another
  // job set against a role is set against nothing the sources describe; a passage naming it in passing ("collaborating
  // with … data scientists") answers for the role alone.)
  const setAgainstARole = (u: UnknownTerm) => {
    if (u.kind !== 'title' || result.roles.length === 0) return false;
    const job = `(?:an?\\s+)?${escapeRegExp(u.word)}s?`;
    const against = String.raw`(?:or|vs\.?|versus|than|(?:the\s+)?same\s+(?:thing\s+)?as|compared\s+(?:to|with)|(?:different|diff|differs?)\s+from)`;
    return new RegExp(
      `\\b${job}\\s+${against}\\s+${aRole}\\b|\\b${aRole}\\s+${against}\\s+${job}\\b|\\bbetween\\s+(?:${job}\\s+and\\s+${aRole}|${aRole}\\s+and\\s+${job})\\b`,
    ).test(ask);
  };
  // ("can i work remote for a us company from india": where someone would work from is no place remote work is asked
  // about; the sources' remote figures are for anywhere, and the place is named as one they lack.)
  const remoteFrom = (u: UnknownTerm) =>
    result.terms.some((t) => t.term === `${synonymPrefix}remote`) &&
    new RegExp(`\\bfrom\\s+(?:the\\s+)?${escapeRegExp(u.word)}\\b`, 'i').test(result.read.ask);
  // ("i'm in berlin, what would a de make": where the person is decides the pay asked, though told aside.)
  // (Remote pay, "…for remote global roles", is for anywhere.)
  const asksRemote = result.terms.some((t) => t.term === `${synonymPrefix}remote`);
  // ("what to learn first for ML coming from java backend": what they come from is told, not asked; a place still
  // decides pay.)
  const cameFrom = (u: UnknownTerm) =>
    !(wanted === 'money' && kb.namesAPlace(u.word)) &&
    new RegExp(
      `\\b(?:coming|come|came|moving|switching|transitioning|pivoting)\\s+(?:over\\s+)?from\\s+(?:an?\\s+|being\\s+an?\\s+|my\\s+)?(?:[\\w-]+\\s+){0,2}?${escapeRegExp(u.word)}\\b`,
      'i',
    ).test(result.read.ask);
  const missing = (u: UnknownTerm) =>
    salientKinds.has(u.kind) &&
    !cameFrom(u) &&
    (u.inMainAsk || (u.told === true && wanted === 'money' && !asksRemote)) &&
    !remoteFrom(u) &&
    !moveFromDescribed(u) &&
    (into(u) || setAgainstARole(u) || (!coveredByTop(u) && !namedByClose(u)));
  // Named as uncovered unless the best passage names it: "netflix" answered with FAANG figures is still said.
  const namedByTop = (u: UnknownTerm) =>
    moveFromDescribed(u) || (!into(u) && !setAgainstARole(u) && coveredByTop(u) && top !== undefined && kb.mentions(top.passage, u.word));
  const uncovered = uncoveredWords(result, namedByTop);
  const topic = top ? mainTopic(result, concepts, top) : undefined;
  const decline = (reason: DeclineReason, missingKind?: Answerability['missingKind']): Answerability => ({
    answerable: false,
    reason,
    uncovered,
    coverage,
    ...(missingKind ? { missingKind } : {}),
    ...(topic ? { topic } : {}),
  });
  // ("morning! me again, chloe": a name in a greeting is no topic the sources lack.)
  if (greetsOrTakesLeave(result.read.plain)) return { ...decline('empty'), uncovered: [] };
  if (isReaction(kb, result)) return decline('empty');
  if (concepts.length === 0) return result.read.unknown.length > 0 ? decline('off-topic') : decline('empty');
  // "how do I set retries on an Airflow task": instructions for a tool the articles name are still not in them.
  if (result.read.intent.form === 'how-to' && top) {
    return { ...decline('missing', 'instructions'), uncovered: [instructionsAskedFor(result.read.ask)].filter((w) => w !== '') };
  }
  // A place, a company, another job or jargon in the main question: the sources can't speak about it, however
  // familiar the rest is ("how much does a data analyst make"), and the decline names it. In a side question
  // ("…? is it leetcode heavy") it is named as uncovered instead.
  // "which role has better work life balance?" chooses between the two roles: a career question, naming them or not.
  const careerQuestion = result.terms.some((t) => t.kind !== 'word') || /\bwhich\s+(?:role|career|path|job)\b/i.test(result.read.ask);
  // "how much does the aws ml cert cost": a price asked of a thing, not pay, is given only by a passage that speaks of
  // that thing and holds a sum (the pay tables' sums are no certification's price). Said before any name the ask holds
  // ("google" of the Google cert): it is the price that is missing.
  if (
    wanted === 'money' &&
    top !== undefined &&
    coverage >= minCoverage &&
    asksAPrice(result) &&
    !result.hits.slice(0, closestCount).some((hit) => pricesTheThing(kb, result, hit))
  )
    return { ...decline('missing', 'price'), uncovered: pricedThing(result) };
  // ("what's the best country to work as a de", "which city has the most de jobs", "which industry pays mles the best",
  // "where should i live to be an mle": places, employers or industries ranked, which the sources never do.)
  const ranked = rankedAsked(result.read.ask);
  if (ranked) return { ...decline('missing', wanted), uncovered: [ranked] };
  // ("whats a normal raise for de per year", "how do i get a raise as a de": raises, which no source speaks of; the
  // market's "faster salary growth (12% vs 9%)" is no one's raise.)
  // ("would i get a raise switching to mle" asks what a move pays: theirs to answer.)
  const raise =
    raiseAsked.test(result.read.ask) &&
    !/\b(?:switch\w*|mov(?:e|ing)|pivot\w*|transition\w*|become|becoming|go(?:ing)?|would\s+i|if\s+i)\b/i.test(result.read.ask);
  if (raise) return { ...decline('missing', wanted), uncovered: ['raises'] };
  if (negotiationAsked.test(result.read.ask)) return { ...decline('missing', wanted), uncovered: ['negotiating an offer'] };
  if (result.read.unknown.some(missing) && (careerQuestion || result.read.unknown.some(into))) return decline('missing', wanted);
  // "do meta pay mles more than amazon": companies set against each other, which the sources never do (they speak of
  // FAANG as one).
  // ("L5 at Google or Meta", "openai / anthropic type places" name a kind of employer, not a contest.)
  if (careerQuestion && setsCompaniesApart(result)) return decline('missing', wanted);
  // ("whats startup pay like for mle vs de", "do faang or startups pay de more": pay at a kind of employer or in an
  // industry that none of the closest pay figures is given for; "startups" matching a passage that names them in
  // passing is no figure of theirs.)
  const employerKind = wanted === 'money' || wanted === undefined ? payAtAnUnfiguredEmployer(result) : undefined;
  if (employerKind) return { ...decline('missing', 'money'), uncovered: [employerKind] };
  // "is polars faster than pandas", "is being a dental hygienist boring": the best passage holds none of the main
  // question's telling words, and one of them the articles never use; what it matches is the rest ("faster", "day
  // to day" said aside).
  // "polars or pandas for a new de project, which should i pick": a choice between two things, one of which the
  // articles never name, is not theirs to make, whatever the rest of the question matches.
  const unknownOption = optionTheyLack(kb, result);
  if (unknownOption) return { ...decline('missing', wanted), uncovered: unknownOption };
  if (top && missesTheSubject(kb, result, top))
    return decline(result.terms.some((t) => t.kind === 'role') ? 'missing' : 'off-topic', wanted);
  // "my cat keeps throwing up after eating dry food, should i switch brands": most of what the main question says
  // is in words the articles never use; the one topic word it shares with them ("switch") is used of something else.
  if (mostlyForeign(result)) return decline('off-topic');
  if (!isOnTopic(kb, result, concepts, top, coveredByTop)) {
    // "whats a pipeline": a word of theirs the articles use but never define is their subject all the same; the
    // decline says it is the definition they lack, and offers where they use the word.
    const defined = result.read.intent.defines;
    const theirs = defined !== undefined && top !== undefined && !result.read.unknown.some((u) => defined.includes(u.word));
    return theirs ? { ...decline('missing', 'definition'), uncovered: [defined] } : decline('off-topic');
  }
  const otherSense = careerQuestion && top ? inAnotherSense(result, top) : undefined;
  if (otherSense) return { ...decline('missing', wanted), uncovered: [otherSense] };
  // Someone who describes themselves and asks "which one?" is answered by the passage closest to what they said.
  const bar = result.read.fromContext ? minCoverage * contextCoverageShare : minCoverage;
  if (!top || coverage < bar) return decline(result.terms.some((t) => t.kind !== 'role') ? 'missing' : 'off-topic', wanted);
  // "How much…", "how long…": a figure is what was asked, and none of the closest passages holds one.
  const asksForFigure =
    result.read.intent.form === 'amount' || result.read.intent.form === 'duration' || result.read.intent.form === 'percent';
  // ("whats the % difference between junior de and junior mle": how far apart pay is, in percent, is given by the two
  // roles' figures as well.)
  const payGapInPercent = wanted === 'percent' && result.terms.some((t) => t.term === `${synonymPrefix}gap`);
  const holdsFigure = (hit: SearchHit) => holdsWanted(kb, hit, wanted!) || (payGapInPercent && kb.holds(hit.passage, 'money'));
  if (wanted && asksForFigure && !result.hits.slice(0, figureSearchDepth).some(holdsFigure)) return decline('missing', wanted);
  // ("how long does a phd take", "how many years is a masters": a degree's length, which no source gives; the "6-12
  // months" of self-study set beside "a master's degree" is no length of it.)
  const lengthOf =
    wanted === 'duration' ? (degreeLengthAsked.exec(result.read.ask)?.[1] ?? searchLengthAsked.exec(result.read.ask)?.[1]) : undefined;
  if (lengthOf && !result.hits.slice(0, figureSearchDepth).some((hit) => givesTheLengthOf(hit.passage.text, lengthOf)))
    return { ...decline('missing', 'duration'), uncovered: [`how long a ${lengthOf.toLowerCase()} takes`] };
  // "how long do interviews take": a time that is what the question asks about ("2-3 months" to move from backend
  // is no interview's length), said in a sentence that, with its heading, speaks of a topic asked.
  if (
    wanted === 'duration' &&
    result.read.intent.form === 'duration' &&
    !result.hits.slice(0, figureSearchDepth).some((hit) => timeOfWhatIsAsked(kb, hit, result.terms))
  )
    return decline('missing', wanted);
  // "how much do mles make in 2027": pay in a year the figures are not given for (the articles' tables are 2026's); a
  // passage that names the year for something else ("rapid evolution through 2027") gives no pay.
  const yearAsked = /\b20\d\d\b/.exec(result.read.ask)?.[0];
  if (
    wanted === 'money' &&
    yearAsked !== undefined &&
    !result.hits
      .slice(0, figureSearchDepth)
      .some((hit) => kb.holds(hit.passage, 'money') && `${hit.passage.section} ${hit.passage.text}`.includes(yearAsked))
  )
    return { ...decline('missing', 'money'), uncovered: [yearAsked] };
  // "whats gradient descent": a term the articles name only as an example in brackets ("(implement gradient
  // descent, explain regularization, …)") is not explained by them.
  const defined = result.read.intent.defines;
  if (defined && onlyInBrackets(result.hits.slice(0, definitionDepth), defined))
    return { ...decline('missing', 'definition'), uncovered: [defined] };
  // Beside an answer, only a name, a title or jargon is said to be missing: "burnt out", "next decade" are the
  // person's words for what was answered.
  return {
    answerable: true,
    uncovered: uncoveredWords(result, namedByTop, true),
    coverage,
    ...(topic ? { topic } : {}),
  };
}

/** The vocabulary's group of pay: an ask of money without it asks a price, not what a role earns. */
const salaryTerm = `${synonymPrefix}salary`;

/** "how much does the cert cost", "how much is a bootcamp": money asked of something other than pay. */
function asksAPrice(result: SearchResult): boolean {
  const qualified = new Set(result.terms.filter((t) => t.qualifier || levelTerms.has(t.term)).map((t) => t.from));
  return (
    !result.terms.some((t) => t.term === salaryTerm) &&
    // ("how much is a staff mle per month in the us": a role at a level, in a place, in a period, asks its pay; a word
    // said for a level or a place is no thing priced.)
    result.terms.some((t) => t.kind !== 'role' && !t.qualifier && !t.aside && !qualified.has(t.from)) &&
    /\b(?:cost|costs|price|prices|priced|fee|fees|how\s+much\s+(?:is|are|'s|s)\b)/i.test(result.read.ask)
  );
}

/** What a price was asked of, in the person's words ("cert" of "how much is the google data engineer cert"). */
/** Words of a priced question that name no thing with a price ("for each role", "top", "these"). */
const genericPriced = /^(?:roles?|jobs?|careers?|paths?|each|top|best|one|ones|these|those|them|they)$/i;

function pricedThing(result: SearchResult): string[] {
  const priceWords = /^(?:cost|costs|price|prices|priced|fee|fees|much)$/;
  const named = result.terms.filter((t) => t.kind !== 'role' && !t.inferred && !t.qualifier && t.from !== '' && !priceWords.test(t.from));
  // ("how much do they cost?" after the top certification for each role: the thing priced, not "role".)
  const things = named.filter((t) => !genericPriced.test(t.from));
  return [...new Set((things.length > 0 ? things : named).map((t) => t.from.toLowerCase()))].slice(-1);
}

/** Whether a passage holds a sum and every topic of the ask besides its roles and the words of price. */
function pricesTheThing(kb: KnowledgeBase, result: SearchResult, hit: SearchHit): boolean {
  if (!kb.holds(hit.passage, 'money')) return false;
  const matched = new Set(hit.matched);
  return result.concepts.every(
    (concept) => concept.alternatives.some((term) => matched.has(term) || term.startsWith('role:')) || concept.weight === 0,
  );
}

/**
 * "do mles get stock options": the one word of the ask, besides the roles, that the best passage matches is
 * there in another sense: the word before it, one the articles never use, makes it a thing they never speak of
 * ("stock options", where they have "remote options"). Returns that compound, or undefined.
 */
function inAnotherSense(result: SearchResult, top: SearchHit): string | undefined {
  const words = result.terms.filter((t) => t.kind !== 'role' && !t.inferred);
  const matched = words.filter((t) => top.matched.includes(t.term));
  if (matched.length !== 1 || words.length !== 2) return undefined;
  const head = matched[0]!.from.toLowerCase();
  const ask = result.read.ask.toLowerCase();
  for (const u of result.read.unknown) {
    const compound = `${(u.typed ?? u.word).toLowerCase()} ${head}`;
    if (u.inMainAsk && u.kind === 'common' && ask.includes(compound)) return compound;
  }
  return undefined;
}

/** Whether the best passage holds none of the main question's telling words (two or more), one of which the articles never use. */
function missesTheSubject(kb: KnowledgeBase, result: SearchResult, top: SearchHit): boolean {
  const telling = result.terms.filter((t) => t.kind === 'word' && !t.aside && !t.inferred && kb.specificity(t.from) >= specificWord);
  const unknown = (t: QueryTerm) =>
    result.read.unknown.some((u) => u.inMainAsk && u.kind === 'common' && u.word === t.from && u.specificity >= specificWord);
  // (One word is too little: "listings", "newcomers" are the articles' postings and beginners in other words.)
  if (telling.length < 2 || !telling.some(unknown)) return false;
  // Nothing of the main question but its plain words either: a topic of the vocabulary it names ("career wise")
  // is what the best passage answers.
  const named = result.terms.filter(
    (t) => !t.aside && ((t.kind === 'synonym' && (!t.inferred || t.from.includes(' '))) || telling.includes(t)),
  );
  return !named.some((t) => top.matched.includes(t.term));
}

/**
 * One of two options the main question sets against each other ("polars or pandas", "duckdb vs snowflake"), when
 * it is a word the articles never use and the other is a rare word of theirs (a tool they name): the choice is
 * between things of one kind, and they speak of only one.
 */
function optionTheyLack(kb: KnowledgeBase, result: SearchResult): string[] | undefined {
  const ask = result.read.ask.toLowerCase();
  // ("is polars better than pandas for de work", "learn duckdb instead of spark?": one set above the other is a choice
  // between them as well.)
  for (const m of ask.matchAll(
    /([\p{L}][\p{L}\p{N}.+#-]*)\s+(?:or|vs\.?|versus|instead\s+of|(?:better|worse|faster|slower|easier|harder|nicer)\s+than)\s+([\p{L}][\p{L}\p{N}.+#-]*)/gu,
  )) {
    const options = [m[1]!, m[2]!];
    const lacked = options.map((o) =>
      result.read.unknown.find(
        (u) =>
          u.inMainAsk &&
          (u.kind === 'common' || u.kind === 'jargon') &&
          u.specificity >= specificWord &&
          (u.typed ?? u.word).toLowerCase() === o,
      ),
    );
    const theirs = options.map((o) =>
      result.terms.some(
        (t) =>
          t.kind === 'word' &&
          t.from.toLowerCase() === o &&
          kb.knows(t.term) &&
          kb.idf(t.term) >= rareTermIdf &&
          kb.specificity(t.from) >= 1,
      ),
    );
    if (lacked[0] && theirs[1]) return [lacked[0].typed ?? lacked[0].word];
    if (lacked[1] && theirs[0]) return [lacked[1].typed ?? lacked[1].word];
    // ("dbt or dataform, which should i learn first": neither thing set against the other is in the articles.)
    if (lacked[0] && lacked[1]) return [lacked[0].typed ?? lacked[0].word, lacked[1].typed ?? lacked[1].word];
    // ("pytorch or tensorflow which is easier for a beginner", "spark or flink which is better": two tools the
    // articles only list side by side, set one above the other, which none of them does; which to learn first, "spark
    // or airflow", their learning paths may speak of.)
    const tools = toolNames(kb.vocabulary);
    if (
      options.every((o) => tools.has(o)) &&
      options[0] !== options[1] &&
      /\b(?:better|best|easier|harder|faster|slower|worse|more\s+(?:popular|useful|powerful|in\s+demand))\b/i.test(ask)
    )
      return [`${options[0]} versus ${options[1]}`];
  }
  // ("dbt or dataform, which should i learn first": the two things said before a bare "which…" are what it chooses
  // between; neither a word the articles use.)
  if (/^\s*(?:so\s+|ok\s+)?(?:which|wich|whcih)\b/i.test(result.read.ask) && result.read.context !== '') {
    const pair = /([\p{L}][\p{L}\p{N}.+#-]*)\s+(?:or|vs\.?|versus)\s+([\p{L}][\p{L}\p{N}.+#-]*)\s*[,?:;-]*\s*$/iu.exec(result.read.context);
    const unused = (word: string) => {
      const terms = kb.analyze(word);
      return terms.length > 0 && terms.every((t) => t.kind === 'word' && !kb.knows(t.term));
    };
    // (Or one of them a rare word of theirs, a tool they name: "polars or pandas, which…".)
    const named = (word: string) => kb.analyze(word).some((t) => t.kind === 'word' && kb.knows(t.term) && kb.idf(t.term) >= rareTermIdf);
    if (pair) {
      const [a, b] = [pair[1]!, pair[2]!];
      if (unused(a) && (unused(b) || named(b))) return unused(b) ? [a, b] : [a];
      if (unused(b) && named(a)) return [b];
    }
  }
  return undefined;
}

/** How many words of the main question the articles never use, at least, before it is about something else. */
const foreignWords = 3;

/** Whether the main question names neither role and most of its own words (three or more) are words the articles never use. */
function mostlyForeign(result: SearchResult): boolean {
  if (result.read.roles.length > 0 || result.terms.some((t) => t.kind === 'role')) return false;
  const own = new Set(result.terms.filter((t) => !t.aside && !t.inferred).map((t) => t.from.toLowerCase()));
  const foreign = result.read.unknown.filter((u) => u.inMainAsk && u.kind === 'common' && own.has(u.word.toLowerCase())).length;
  return foreign >= foreignWords && foreign * 2 > own.size;
}

/** How many of the best passages may hold the definition asked for. */
const definitionDepth = 3;

/** Whether the passages name a term, and only inside brackets (as an example, never as a subject). */
function onlyInBrackets(hits: readonly SearchHit[], term: string): boolean {
  const name = new RegExp(`\\b${escapeRegExp(term).replace(/\s+/g, '[\\s-]+')}\\b`, 'i');
  const texts = hits.map((hit) => `${hit.passage.sectionPath.join(' ')}\n${hit.passage.text}`);
  // ("ML data engineer (or ML platform engineer)": another name for what the sentence is about, not an example.)
  const examples = /\((?!\s*(?:or|aka|a\.k\.a\.?|also|i\.e\.?)\b)[^)]*\)/gi;
  return texts.some((text) => name.test(text)) && !texts.some((text) => name.test(text.replace(examples, ' ')));
}
