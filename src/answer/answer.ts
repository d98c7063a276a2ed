/**
 * Answers a free-text question with cited passages, opened by the sentence of the best passage that answers it
 * (src/search/sentenceScore.ts); or declines honestly, saying what the sources lack and offering the closest
 * passages or topics to try.
 */
import type { Passage } from '../knowledge/passages.js';
import { quotableUnits } from '../knowledge/units.js';
import { currencyAsked } from '../search/currencies.js';
import { chooseTerm, type QueryTerm, stem, synonymPrefix, words } from '../search/analyzer.js';
import type { KnowledgeBase, SearchHit, SearchResult } from '../search/knowledgeBase.js';
import { matchedWeight, totalWeight } from '../search/ranking.js';
import { rolesIn } from '../search/sides.js';
import { holdsWanted, judgeAnswerability, minCoverage } from './answerability.js';
import { fromAJobTheyNeverName, fromScratch, moveIntoTheOtherOnly } from './breakingIn.js';
import { definitionKey } from '../search/definitions.js';
import { quotedSum, timeTaken, type WantedAnswer } from '../search/intent.js';
import {
  advisesAgainst,
  bestSentence,
  wishDenied,
  wishSaid,
  type SentenceQuery as LeadQuery,
  leadUnits,
  sentenceRoles,
  toldAgainst,
  saysBeyond,
  statesBeforeItsList,
} from '../search/sentenceScore.js';
import { closestOffered } from './presentation.js';
import { type SuggestableAspect, suggestTopics } from './suggestions.js';
import type { Answer, AnswerPassage, CheckUnsaid, Citation, Lead, MoveUnsaid } from './types.js';
import { escapeRegExp } from '../question/regexp.js';
import { findFigure, levelOf } from '../compare/figures.js';
import { levelTerms } from '../search/questionReader.js';

export const maxAnswerPassages = 5;
/** What is learnt: the skills and what to prioritise among them. */
const learningTerms = new Set([`${synonymPrefix}skill`, `${synonymPrefix}priority`]);
/** A decline offers a passage as "the closest they have" only if it holds this share of the ask. */
export const closestCoverage = 0.3;
/** Later passages must keep up with the best one to be shown, so a good answer is not padded with noise. */
export const minRelativeScore = 0.2;
/** How close to the first passage's score one that gives a cause must come to open a "why?" answer instead. */
const reasonCloseness = 0.6;

export function citationOf(passage: Passage): Citation {
  return {
    source: passage.source,
    title: passage.title,
    ...(passage.publisher ? { publisher: passage.publisher } : {}),
    section: passage.section,
  };
}

const summaryItems = 4;

/** How much more of a narrowed follow-up's content (0..1) a passage outside the previous answer must cover to be used. */
export const clearlyBetterCoverage = 0.15;

/**
 * The unit of the passage that best answers the question. When no item of a list stands out ("mle vs de
 * skills" matches the whole "Shared Skills" list equally), the list is summarised by its heading and first
 * items instead of quoting one arbitrary item.
 */
export function passageKeySentence(
  kb: KnowledgeBase,
  passage: Passage,
  query: LeadQuery,
  best = bestSentence(kb.analyzer, passage, query),
): string {
  if (passage.kind === 'list') {
    const all = passage.text
      .split('\n')
      .map((line) => line.replace(/^\s*-\s+/, '').trim())
      .filter(Boolean);
    const units = all.filter((unit) => !unit.endsWith(':'));
    const label = all.find((unit) => unit.endsWith(':'))?.replace(/:\s*$/, '') ?? passage.sectionPath.at(-1);
    // "what tools should i learn for mle" asks for the list its label names ("Common tools:"), not its one item
    // that happens to share a word ("Scikit-learn").
    const labelled = label === undefined ? 0 : matchedWeight(query.concepts, new Set(kb.analyzer.analyzeDocument(label)));
    const listAsked =
      query.intent.form === 'list' &&
      labelled > 0 &&
      labelled >= matchedWeight(query.concepts, new Set(kb.analyzer.analyzeDocument(best.unit)));
    // "what are these ai platform engineer / llmops engineer roles" names items of the list: it asks about the list,
    // and one item quoted back ("LLMOps Engineer") would only repeat the question.
    const named = (unit: string) => {
      const terms = kb.analyzer.analyzeDocument(unit);
      return terms.length > 0 && terms.every((term) => query.concepts.some((c) => c.alternatives.includes(term)));
    };
    const itemsNamed = units.filter(named).length >= 2;
    if ((best.ties > 2 || listAsked || itemsNamed) && units.length > 2) {
      const items = units.slice(0, summaryItems).join('; ');
      return `${label ? `${label}: ` : ''}${items}${units.length > summaryItems ? '; …' : ''}`;
    }
  }
  // ("is mle hard to learn?": a lead-in that states something, "…requires simultaneous mastery of three distinct
  // disciplines:", is followed by what its items are called, not cut at its colon.)
  if (passage.kind === 'list' && best.unit.trimEnd().endsWith(':') && statesBeforeItsList(best.unit, passage)) {
    const names = kb.listItems(passage).map((item) => /^([^:]{2,40}):\s/.exec(item)?.[1] ?? item);
    if (names.length > 1 && names.every((name) => name.length <= 60)) return `${best.unit} ${names.join('; ')}.`;
  }
  // "Junior (0-2 years): $115K-$150K base" says whose pay only under its heading: the heading comes along.
  const heading = passage.sectionPath.at(-1);
  if (passage.kind === 'list' && heading && rolesIn(kb.analyzer, best.unit).size === 0 && rolesIn(kb.analyzer, heading).size > 0)
    return `${heading}: ${best.unit}`;
  // "They build feature stores, …" says who only in the sentence before it ("The hybrid role: ML data engineer … lives
  // on the boundary."): that sentence comes along, so the opening never points at nothing.
  if (passage.kind === 'paragraph' && /^(?:they|it|this|these|those|their|its)\b/i.test(best.unit)) {
    const units = quotableUnits(passage);
    const before = units[units.indexOf(best.unit) - 1];
    if (before !== undefined && before.length <= 240) return `${before} ${best.unit}`;
  }
  return best.unit;
}

export function toAnswerPassage(
  kb: KnowledgeBase,
  hit: SearchHit,
  query: LeadQuery,
  best = bestSentence(kb.analyzer, hit.passage, query),
): AnswerPassage {
  const { passage } = hit;
  return {
    id: passage.id,
    source: passage.source,
    title: passage.title,
    section: passage.section,
    text: passage.text,
    kind: passage.kind,
    score: Math.round(hit.score * 1000) / 1000,
    citation: citationOf(passage),
    keySentence: passageKeySentence(kb, passage, query, best),
  };
}

/** How a follow-up narrows or steers its answer (src/conversation/followUp.ts reads a turn into these). */
export interface AnswerOptions {
  /**
   * A place the question names is answered as asked, even one the sources give only pay for (a follow-up the
   * conversation resolved: "how about the nigerian market" after pay is pay there).
   */
  placeAsAsked?: boolean;
  /** The passages the answer comes from ("which of those…": the previous answer's). */
  within?: readonly string[];
  /** "which of those pays best?": the ask's own words ("pays best"), which those passages must hold to answer it. */
  narrowAsk?: string;
  /** Only from those passages, even where another covers the question better (a quiz outcome's next steps). */
  onlyWithin?: boolean;
  /** The answer must give reasons ("why?"): list items and table rows that give none are left out. */
  explaining?: boolean;
  /** For "why?": the passage the previous answer opened with, whose reasons may follow it. */
  after?: string;
  /**
   * For "why?" and "more": what the answers before opened with (`Turn.lead`, the last four joined by the service),
   * lowercased inside. The answer opens with a sentence none of them said: for "why?" a cause first, from the passage
   * quoted or one about as close as the best; said again only when no close passage has another.
   */
  shownBefore?: string;
  /** The answer must give a verdict ("worth it?"): a passage that judges opens it. */
  judging?: boolean;
  /** "tldr?": the answer is shown as its opening sentence alone. */
  brief?: boolean;
  /** "source?", "is that true?": the passage the previous answer opened with, which opens this one again. */
  openWith?: string;
  /** "like what exactly?": the passage the previous answer opened with, which another close passage opens before. */
  beyond?: string;
  /** "per year?" after monthly figures: the period the figures shown are given in (said beside them). */
  periodGiven?: 'month' | 'year';
  /** "and in nigeria?" after a question of no place: the place, which the sources give pay for only (said beside it). */
  placeUnsaid?: string;
  /** Pay asked by someone who lives where the sources give no figures ("toronto"): that place (said beside them). */
  placeLacked?: string;
  /** "how long would it take me to become an mle" from a backend developer: the move the sources never describe (said beside it). */
  moveUnsaid?: MoveUnsaid;
  /**
   * A check of the figures ("is that base?") that the figures first shown leave open: what was checked ("base"), the
   * source that leaves it open, and the source whose figures say it, if one does.
   */
  checkUnsaid?: CheckUnsaid;
  /** "do the sources agree?": whether they do is asked, so a figure only one source gives is said to be that one's alone. */
  agreement?: boolean;
}

/**
 * The answer to a free-text question: the passages found, the sentence that opens the answer, or why it is
 * declined. `aspects` are the /compare aspects a decline may suggest; `within`, when given, keeps the answer to
 * those passages (a follow-up about the previous answer: "which of those…") unless another covers the question
 * clearly better (`clearlyBetterCoverage`), and always with `onlyWithin`; `explaining` asks for reasons ("why?"
 * after an answer), so list items and table rows that give none are left out; `judging` asks for a verdict ("worth
 * it?" after an answer), so a close passage that judges opens it; `beyond` names the passage an answer opened with
 * ("like what exactly?" after it), which then yields to the next close one.
 */
export function answerQuestion(
  kb: KnowledgeBase,
  question: string,
  aspects: readonly SuggestableAspect[] = [],
  options: AnswerOptions = {},
): Answer {
  // "is de demand high in nigeria": of Nigeria the sources give pay alone; anything else asked there is answered from
  // what they say in general, and the answer says so.
  const payOnly = options.placeUnsaid === undefined && !options.placeAsAsked ? elsewhereThanPay(kb, question) : undefined;
  if (payOnly)
    return {
      ...answerQuestion(kb, payOnly.question, aspects, { ...options, placeUnsaid: payOnly.place }),
      question: kb.read(question).text,
    };
  // "how long does it take a backend engineer to become an mle?": the sources name that start only as a way into data
  // engineering; what they say of getting into ML engineering answers, with what they lack said beside it.
  // ("how long to become a data engineer from scratch": the sources give no time from nothing; what they say of getting
  // in answers, with that said beside it.)
  const intoTheOther =
    options.moveUnsaid === undefined && !options.within
      ? (moveIntoTheOtherOnly(kb, question) ?? fromAJobTheyNeverName(kb, question) ?? fromScratch(kb, question))
      : undefined;
  if (intoTheOther)
    return {
      ...answerQuestion(kb, intoTheOther.question, aspects, { ...options, moveUnsaid: intoTheOther.move }),
      question: kb.read(question).text,
    };
  const within = options.within ? new Set(options.within) : undefined;
  // A list item or table row that gives no reason (a salary table) cannot explain; a paragraph may explain without
  // a word that marks a reason, so it stays.
  // "why so long?" after how long the move from DE to MLE takes: the reasons of that move, never of the reverse one.
  const direction = options.explaining ? kb.read(question).direction : undefined;
  const explains = (hit: SearchHit) =>
    (hit.passage.kind === 'paragraph' || kb.holds(hit.passage, 'reason')) &&
    !(direction && kb.directionOf(hit.passage) !== undefined && kb.directionOf(hit.passage) !== direction);
  const filter =
    within || options.explaining
      ? (hit: SearchHit) => (!within || within.has(hit.passage.id)) && (!options.explaining || explains(hit))
      : undefined;
  let result = kb.search(question, { limit: maxAnswerPassages, ...(filter ? { filter } : {}) });
  // "which of those should i focus on first?": from the previous answer's passages, unless another passage covers
  // the question clearly better (the one that says what to prioritise, which the previous answer did not show).
  if (within && !options.onlyWithin) {
    const everywhere = kb.search(question, { limit: maxAnswerPassages, ...(options.explaining ? { filter: explains } : {}) });
    const best = everywhere.hits[0];
    // "which of those pays best?" after a list of roles that says nothing of pay: those passages cannot answer it,
    // so the one that holds the ask and what was asked before does.
    const holdsAsk = !options.narrowAsk || [...within].some((id) => saysMostOf(kb, id, options.narrowAsk!));
    if (best && !within.has(best.passage.id) && (!holdsAsk || best.coverage >= (result.hits[0]?.coverage ?? 0) + clearlyBetterCoverage))
      result = everywhere;
  }
  // What the asker told they like and mind ("i hate math, which one should i pick"), read once for the order and the
  // opening sentence alike.
  const told = toldTerms(kb, result.read.plain);
  result = definingFirst(
    kb,
    notAdvisedFirst(kb, choosingFirst(kb, holdingFirst(kb, namingFirst(kb, quotedFirst(kb, phraseFirst(kb, result)))), told), told),
  );
  if (options.explaining && options.after) result = reasonsAfter(kb, question, result, options.after, explains);
  // ("why start with de first": the passage that says to, then its "Logic: …" list right after it, which gives why.)
  else if (result.read.intent.form === 'reason' && result.hits[0] && !kb.holds(result.hits[0].passage, 'reason'))
    result = reasonsAfter(kb, question, result, result.hits[0].passage.id, explains, true);
  if (options.judging) result = judgingFirst(kb, result);
  result = notFaangUnasked(kb, notTheReverseFirst(kb, result));
  if (options.beyond) result = beyondFirst(result, options.beyond);
  const again = options.openWith ? result.hits.findIndex((hit) => hit.passage.id === options.openWith) : -1;
  if (again > 0) result = { ...result, hits: [result.hits[again]!, ...result.hits.filter((_, i) => i !== again)] };
  // "which of those is fastest?" after the moves compared: the passage with the shortest duration, its figure first.
  // (A superlative, among every passage shown, not only those the words of "which of those is highest" happen to
  // match: a table row of FAANG pay matches none of them. "which is faster" sets the closest two side by side.)
  const shownHits = (): SearchHit[] => {
    const top = result.hits[0];
    if (!within || !top || !/\b(?:\w+est|most|least)\b/i.test(options.narrowAsk ?? '')) return result.hits;
    const found = new Set(result.hits.map((hit) => hit.passage.id));
    const others = [...within]
      .filter((id) => !found.has(id))
      .map((id) => kb.passage(id))
      .filter((p): p is Passage => p !== undefined)
      .map((passage) => ({ passage, side: kb.sideOf(passage), score: top.score, coverage: top.coverage, matched: [] }));
    return [...result.hits, ...others];
  };
  const extreme =
    within && options.narrowAsk ? extremeFigure(kb, { ...result, hits: shownHits() }, options.narrowAsk, options.within?.[0]) : undefined;
  if (extreme) result = { ...result, hits: [extreme.hit, ...result.hits.filter((hit) => hit !== extreme.hit)] };
  // ("what exactly does the 6-9 months cover?", "which source says 12-18?": the passage that gave that span.)
  const span = within && !extreme ? spanAsked.exec(options.narrowAsk ?? '') : null;
  const spanned = span ? result.hits.findIndex((hit) => new RegExp(`\\b${span[1]}\\s*[-–]\\s*${span[2]}\\b`).test(hit.passage.text)) : -1;
  if (spanned > 0) result = { ...result, hits: [result.hits[spanned]!, ...result.hits.filter((_, i) => i !== spanned)] };
  // "wait is $300K-$480K real??": the figure quoted, as the articles write figures.
  const quoted =
    extreme?.figure ??
    quotedSum.exec(options.narrowAsk ?? result.read.ask)?.[0]?.toLowerCase() ??
    (span && spanned >= 0 ? `${span[1]}-${span[2]}` : undefined);
  const query: LeadQuery = {
    // "worth it?": the sentence that judges ("a well-worn path") opens the answer.
    concepts: options.judging ? [...result.concepts, { alternatives: [verdictTerm], weight: 3 }] : result.concepts,
    intent: result.read.intent,
    // ("what should i learn going from mle to de": what to learn for a move is what is said of the role it goes to.)
    roles:
      result.read.direction && result.read.terms.some((t) => learningTerms.has(t.term) && !t.aside)
        ? [result.read.direction === 'de-to-mle' ? 'mle' : 'de']
        : result.roles,
    ...(result.read.intent.defines
      ? { defined: definitionKey(result.read.intent.defines), definedAsWritten: result.read.intent.defines }
      : {}),
    ...(quoted ? { quoted } : {}),
    ...(wishSaid.test(result.read.ask) ? { wish: wishDenied.test(result.read.ask) ? ('against' as const) : ('for' as const) } : {}),
  };
  const leaningOf = toldLeaningOf(kb, result.read.plain);
  // "why?" answered from the passage the answer before opened with: a reason other than the sentence already shown.
  const repeated = options.explaining && options.after !== undefined && result.hits[0]?.passage.id === options.after;
  const shownBefore = repeated ? sentenceShownBefore(kb, question, result.hits[0]!.passage) : undefined;
  // ("which is harder" → "why?": its opening sentence again would be no reason; the first passage with another opens.)
  const alreadyShown = options.shownBefore?.toLowerCase();
  if (alreadyShown !== undefined) {
    // (The passage quoted goes on if what it has left gives a cause; else a passage that gives one, "…because…",
    // "requires stronger…", before the rest of it.)
    const saysMore = (hit: SearchHit) => saysBeyond(kb.analyzer, hit.passage, alreadyShown);
    // (Only one about as close as the best passage of all, reasons or not: "which is more future proof" → "why" is not
    // answered by a cause of pay that only the passages left once the list items are gone come near.)
    const best = options.explaining || options.onlyWithin ? (kb.search(question, { limit: 1 }).hits[0]?.score ?? 0) : 0;
    const close = (hit: SearchHit) => hit.score >= best * reasonCloseness;
    // ("more", "more": no reason asked, the first passage with something else to say.)
    const reasonAt =
      options.explaining || options.onlyWithin
        ? result.hits.findIndex((hit) => close(hit) && saysBeyond(kb.analyzer, hit.passage, alreadyShown, true))
        : -1;
    const fresh = reasonAt >= 0 ? reasonAt : result.hits.findIndex((hit) => close(hit) && saysMore(hit));
    if (fresh > 0) result = { ...result, hits: [result.hits[fresh]!, ...result.hits.filter((_, i) => i !== fresh)] };
  }
  const chosen: string[] = [];
  const bests = result.hits.map((hit, i) => {
    const leaning = leaningOf(hit.passage);
    const sentenceQuery = { ...query, ...(leaning ? { leaning } : {}), ...(told ? { told } : {}) };
    const best = bestSentence(kb.analyzer, hit.passage, {
      ...sentenceQuery,
      ...(i === 0 && shownBefore !== undefined ? { avoid: shownBefore } : {}),
      ...(i === 0 && alreadyShown !== undefined ? { alreadyShown } : {}),
    });
    // (Two parts of one list carry its lead-in, "This path is optimal if…": the later one says something else.)
    const again = chosen.includes(best.unit) ? bestSentence(kb.analyzer, hit.passage, { ...sentenceQuery, avoid: best.unit }) : best;
    chosen.push(again.unit);
    return again;
  });
  const passages = result.hits.map((hit, i) => toAnswerPassage(kb, hit, query, bests[i]));
  // ("eli5 the difference" → "more" → "more": a list whose opening is its label, shown already, yields to the first
  // passage whose opening is new.)
  // (Only one close enough to be shown at all: past those, a weak passage would leave the answer declined.)
  const isNew = (p: AnswerPassage, i: number) =>
    alreadyShown === undefined ||
    (!alreadyShown.includes(p.keySentence.toLowerCase()) && result.hits[i]!.score >= (result.hits[0]?.score ?? 0) * minRelativeScore);
  const newAt = passages[0] === undefined || isNew(passages[0], 0) ? 0 : passages.findIndex(isNew);
  if (newAt > 0) {
    passages.unshift(...passages.splice(newAt, 1));
    result = { ...result, hits: [result.hits[newAt]!, ...result.hits.filter((_, i) => i !== newAt)] };
  }
  const judged = judgeAnswerability(kb, result);
  // ("is that base?" after senior pay asked in a story of "airflow + snowflake + dbt"): a check of the answer just shown
  // is answered from its passages; what the story named that the sources lack was said with that answer, and stays out.
  const verdict: typeof judged =
    !judged.answerable && judged.reason === 'missing' && options.onlyWithin && within && result.hits.length > 0
      ? { ...judged, answerable: true, uncovered: [] }
      : judged;
  const base = { question: result.read.text, passages, uncovered: verdict.uncovered };
  if (!verdict.answerable) {
    const byPlace = verdict.reason === 'missing' && verdict.missingKind === 'money' ? payByPlace(kb, result, verdict.uncovered) : [];
    const figures = verdict.reason === 'missing' && byPlace.length === 0 ? closestFigures(kb, result, verdict.uncovered) : undefined;
    const closest =
      byPlace.length > 0
        ? {
            passages: byPlace.map((hit) => toAnswerPassage(kb, hit, query)),
            shown: Math.min(byPlace.length, closestOffered),
          }
        : figures
          ? {
              passages: figures.hits.map((hit) =>
                toAnswerPassage(kb, hit, query, bestSentence(kb.analyzer, hit.passage, { ...query, concepts: figures.concepts })),
              ),
              shown: Math.min(figures.hits.length, closestOffered),
            }
          : { passages, shown: verdict.reason === 'missing' ? closestShown(kb, result) : 0 };
    return {
      ...base,
      passages: closest.passages,
      answered: false,
      declineReason: verdict.reason!,
      ...(verdict.missingKind ? { missingKind: verdict.missingKind } : {}),
      ...(verdict.topic ? { topic: verdict.topic } : {}),
      shown: closest.shown,
      suggestions: suggestTopics(kb, result.terms, aspects),
    };
  }
  const top = result.hits[0]!;
  const shown = result.hits.filter((hit) => hit.score >= top.score * minRelativeScore && hit.coverage >= minCoverage / 2).length;
  // The ranking already prefers the passage that holds what was asked (a figure, a comparison, the role); the
  // answer opens with that passage's sentence that answers. Letting a later passage's sentence lead instead
  // was measured: it took the opening sentence from an answering passage less often (npm run eval, "lead").
  // ("what latency do des care about", "do des do a/b testing": a passage on both roles whose best sentence is the other
  // role's opens with its sentence on the role asked, "Data engineers think in terms of pipeline freshness budgets".)
  const firstLead = ofTheRoleAsked(kb, result, passages[0]!);
  passages[0] = firstLead;
  // ("de or mle", "should i go de or mle": a choice between the two roles sets them side by side too.)
  const choosesBetween = result.roles.length === 2 && result.terms.some((t) => t.term === chooseTerm);
  // ("how much do mid-level data engineers and ML engineers make": a figure asked of both roles sets them side by side.)
  // ("how long to get into de or mle": the time to get into each, no move between them.)
  const { wanted } = result.read.intent;
  // ("how much at staff level": pay asked of no role is asked of both.)
  const ofBoth =
    (result.roles.length === 2 || (result.roles.length === 0 && wanted === 'money')) &&
    (wanted === 'money' || wanted === 'percent' || (wanted === 'duration' && result.read.direction === undefined)) &&
    result.read.intent.form !== 'list';
  // ("and mle?" after which is easier and how long, for both: one role asked, set beside nothing unless said "than".)
  const oneRoleAlone = result.roles.length === 1 && !/\bthan\b/i.test(result.read.ask);
  // ("why?" after the choice set side by side: the other role's sentence, shown already, is not set beside it again.)
  const pairedAgain = (pair: AnswerPassage | undefined) =>
    pair && alreadyShown?.includes(pair.keySentence.toLowerCase()) ? undefined : pair;
  const paired = oneRoleAlone
    ? undefined
    : pairedAgain(
        counterpartOf(
          kb,
          result.hits,
          passages,
          choosesBetween || ofBoth ? 'comparison' : result.read.intent.form,
          result.read.intent.wanted,
        ),
      );
  // ("which is growing faster": the role whose figure answers opens, the other beside it.)
  const [lead, counterpart] =
    paired && answersFirst(result.read.ask, wanted, paired, firstLead) ? [paired, firstLead] : [firstLead, paired];
  // ("how long to go from de to mle": AI Pulse's "6-9 months" beside DataDriven's "12-18 months", said to differ.)
  const differing = counterpart ? undefined : anotherSourcesFigure(kb, result, passages, lead);
  const asked = result.roles.length === 1 ? result.roles[0] : undefined;
  // ("data engineers have seen faster salary growth…" under "Why ML Engineers Earn More" is said of data engineers;
  // "demand for this role outstrips supply by 3.2:1", after a sentence on ML engineers, of ML engineers.)
  const sentenceSays = [...sentenceRoles(kb.analyzer, top.passage, lead.keySentence)];
  const spokenOf = top.side === 'de' || top.side === 'mle' ? top.side : sentenceSays.length === 1 ? sentenceSays[0] : undefined;
  // (Never said when a passage on the role asked stands under a heading of its own beside it, "ML Engineer Demand" beside
  // "Data Engineer Demand": the sources do say it of that role, and it is among the passages shown.)
  const saidOfAskedToo = result.hits
    .slice(0, Math.max(shown, 1))
    .some(
      (hit) =>
        hit.side === asked &&
        hit.passage.source === top.passage.source &&
        hit.passage.sectionPath.at(-1) !== top.passage.sectionPath.at(-1) &&
        parentSection(hit.passage) === parentSection(top.passage),
    );
  const saidOf =
    asked && !counterpart && spokenOf && spokenOf !== asked && !saidOfAskedToo && !rolesIn(kb.analyzer, lead.keySentence).has(asked)
      ? spokenOf
      : undefined;
  // ("which pays more", "de vs mle pay": one role's pay ladder among the passages shown brings the other role's beside it.)
  const shownCount = ladderBesideLadder(
    kb,
    passages,
    query,
    Math.max(shown, counterpart ? passages.indexOf(counterpart) + 1 : 0, differing ? passages.indexOf(differing.passage) + 1 : 0),
    wanted === 'money' && result.roles.length !== 1,
  );
  const levelGiven = levelGivenInstead(result, lead.keySentence);
  const periodGiven = options.periodGiven ?? periodGivenInstead(kb, result.read.plain, top.passage);
  const currencyGiven = currencyGivenInstead(kb, result.read.plain, top.passage);
  return {
    ...base,
    answered: true,
    shown: shownCount,
    lead: leadFor(kb, lead, counterpart !== undefined),
    ...(counterpart ? { counterpart: leadFor(kb, counterpart, true) } : {}),
    // (A pay row's ladder, quoted under it, says more than the other source's one line beside it: that line is among
    // the passages shown, and the note names both figures.)
    ...(differing
      ? wanted === 'money'
        ? { sourcesDiffer: differing.figures }
        : { counterpart: leadFor(kb, differing.passage, false), sourcesDiffer: differing.figures }
      : {}),
    ...(saidOf ? { saidOf } : {}),
    ...(levelGiven ? { levelGiven } : {}),
    ...(periodGiven ? { periodGiven } : {}),
    ...(currencyGiven ? { currencyGiven } : {}),
    ...(options.placeUnsaid ? { placeUnsaid: options.placeUnsaid } : {}),
    // (Said only beside figures: "compensation varies by market maturity" opens with none to set the place against.)
    ...(options.placeLacked && /[$₦]\s?\d/.test(lead.kind === 'paragraph' ? lead.keySentence : lead.text)
      ? { placeLacked: options.placeLacked }
      : {}),
    ...(options.moveUnsaid && !namesTheirField(top.passage.text, options.moveUnsaid.from) ? { moveUnsaid: options.moveUnsaid } : {}),
    ...(options.checkUnsaid
      ? { checkUnsaid: options.checkUnsaid }
      : baseUnsaid(result.read.plain, lead.kind === 'paragraph' ? lead.keySentence : lead.text, sourceOf(kb, lead))),
    ...(options.agreement && !differing ? aloneInGiving(kb, passages, lead) : {}),
    ...(options.brief ? { brief: true as const } : {}),
    suggestions: [],
  };
}

/** The heading a passage's own heading stands under, as one key ("Compensation Gap" for "Data Engineer Salary (2026)"). */
const parentSection = (passage: Passage): string => passage.sectionPath.slice(0, -1).join('\u0000');

/**
 * When `both` (pay asked of both roles or of neither): for each of the first `shown` passages that gives one role's pay
 * under a heading of its own ("Data Engineer Salary (2026)"), the other role's passage under the same heading beside it
 * ("ML Engineer Salary (2026)"), put right after it when not shown already. Returns how many passages are shown then;
 * `passages` is changed in place.
 */
function ladderBesideLadder(kb: KnowledgeBase, passages: AnswerPassage[], query: LeadQuery, shown: number, both: boolean): number {
  if (!both) return shown;
  let count = shown;
  for (let i = 0; i < count; i++) {
    const passage = kb.passage(passages[i]!.id);
    const side = passage ? kb.sideOf(passage) : undefined;
    if (!passage || (side !== 'de' && side !== 'mle') || !kb.givesPay(passage)) continue;
    const other = kb.passages.find(
      (p) =>
        p.source === passage.source &&
        p.sectionPath.length === passage.sectionPath.length &&
        parentSection(p) === parentSection(passage) &&
        kb.sideOf(p) === (side === 'de' ? 'mle' : 'de') &&
        kb.givesPay(p),
    );
    if (!other || passages.slice(0, count).some((shownOne) => shownOne.id === other.id)) continue;
    const at = passages.findIndex((p) => p.id === other.id);
    if (at >= 0) passages.splice(at, 1);
    const hit = { passage: other, side: kb.sideOf(other), score: 0, coverage: 0, matched: [] };
    passages.splice(i + 1, 0, toAnswerPassage(kb, hit, query));
    count += 1;
    i += 1;
  }
  return count;
}

/**
 * The sentence an answer to the question before "why?" opened a passage with: `question` is "why " and the question
 * before, as a follow-up resolves it.
 */
/**
 * How many of the hits a decline offers as the closest: those holding enough of the ask, or, when all the ask
 * names besides a role is something the articles never use ("what do ml engineers do in canada"), the passages
 * on that role.
 */
function closestShown(kb: KnowledgeBase, result: SearchResult): number {
  // ("mle salary in canada, toronto specifically": two places the articles never name weigh as much as the pay asked;
  // the passages close to a decline are those that cover what the articles can speak of.)
  const total = totalWeight(result.concepts);
  const known = totalWeight(result.concepts.filter((c) => c.alternatives.some((a) => kb.knows(a))));
  const scale = known > 0 ? total / known : 1;
  const closest = result.onlyRoles ? result.hits : result.hits.filter((hit) => hit.coverage * scale >= closestCoverage);
  return closest.slice(0, closestOffered).length;
}

/** The first column of a table whose rows are places ("| Region | … |"): its rows give figures by place. */
const placeColumn = /^\|\s*(?:region|country|location|market|city|place)s?\s*\|/i;

/**
 * "de salary in germany": the closest the sources have to pay in a place they lack is their pay by place (the US,
 * Nigeria, remote), the rows of a table whose rows are places, in the articles' order. Empty unless a word the
 * sources lack is a place, or when the question asks a level those rows do not give (they are mid-senior figures,
 * so a junior's or a senior's pay is closer in the figures by level).
 */
function payByPlace(kb: KnowledgeBase, result: SearchResult, uncovered: readonly string[]): SearchHit[] {
  if (!uncovered.some((word) => kb.namesAPlace(word))) return [];
  // ("senior de salary in the uk": the rows by place are "Mid-Senior"; the senior figures, by level, are closer. Only
  // "mid-senior" itself is their level.)
  const midSenior = /\bmid[-\s]?(?:to[-\s]?|and[-\s]?|\/)?senior\b/i.test(result.read.plain);
  const otherLevel = levelsAsked.some(
    ([term]) =>
      term !== `${synonymPrefix}midlevel` &&
      !(midSenior && term === `${synonymPrefix}senior`) &&
      result.read.terms.some((t) => t.term === term),
  );
  if (otherLevel || /\bl[3-8]\b/i.test(result.read.plain)) return [];
  return kb.passages
    .filter((passage) => passage.kind === 'row' && placeColumn.test(passage.text) && kb.holds(passage, 'money'))
    .map((passage) => ({ passage, side: kb.sideOf(passage), score: 0, coverage: 0, matched: [] }));
}

/**
 * "how much do data scientists make": the closest a question for a figure gets, when the passages closest to it as
 * asked hold no figure of the kind (they name data scientists in passing), are the passages that hold one once the
 * words the sources lack are left out (the roles' pay). Undefined when the closest already hold one, or none would.
 */
function closestFigures(kb: KnowledgeBase, result: SearchResult, uncovered: readonly string[]): SearchResult | undefined {
  const wanted = result.read.intent.wanted;
  if (wanted === undefined || wanted === 'reason' || uncovered.length === 0) return undefined;
  const offered = result.hits.slice(0, Math.max(1, closestShown(kb, result)));
  if (offered.some((hit) => holdsWanted(kb, hit, wanted))) return undefined;
  const lacking = new RegExp(`(?<![\\p{L}\\p{N}])(?:${uncovered.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const again = kb.search(result.read.ask.replace(lacking, ' '), { limit: maxAnswerPassages });
  const holding = again.hits.filter((hit) => holdsWanted(kb, hit, wanted));
  return holding.length > 0 ? { ...again, hits: holding } : undefined;
}

/**
 * A question asked of a place the sources give pay for and nothing else ("is de demand high in nigeria"), that asks
 * something other than pay: the question without the place, and the place as named. Undefined otherwise.
 */
function elsewhereThanPay(kb: KnowledgeBase, question: string): { question: string; place: string } | undefined {
  const read = kb.read(question);
  const places = read.terms.filter((t) => t.kind === 'synonym' && kb.speaksOfOnlyInPay(t.term));
  if (places.length === 0 || read.intent.wanted === 'money' || read.terms.some((t) => t.term === `${synonymPrefix}salary`))
    return undefined;
  // Something else asked: a topic besides the roles and the place.
  const asksWhatTheyDo = /\bwhat\s+(?:do|does)\b.*\bdo\b/i.test(read.ask);
  const placeWords = new Set(places.map((t) => t.from.toLowerCase()));
  const other = (t: QueryTerm) => t.kind !== 'role' && !places.includes(t) && !t.qualifier && !placeWords.has(t.from.toLowerCase());
  if (!asksWhatTheyDo && !read.terms.some(other)) return undefined;
  const named = places.map((t) => escapeRegExp(t.from));
  const without = question
    .replace(new RegExp(`\\s*\\b(?:in|from|for|at|out\\s+of)?\\s*(?:${named.join('|')})\\b`, 'gi'), '')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
  const label = kb.analyzer.labelOf(places[0]!.term);
  const place =
    label ??
    `${places[0]!.term.slice(synonymPrefix.length, synonymPrefix.length + 1).toUpperCase()}${places[0]!.term.slice(synonymPrefix.length + 1)}`;
  return without === question || without === '' ? undefined : { question: without, place };
}

/**
 * Whether a passage speaks of moving from the field of a job ("…transition from backend engineering or database
 * administration…" for an "oracle database administrator"): its last two words, the last as its field ("administrat…").
 */
function namesTheirField(text: string, job: string): boolean {
  const words = job.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  const field = words.at(-1)!.replace(/(?:or|er|ist|ian)$/, '');
  // ("backend software engineer", "backend dev": a software maker's field is named by its kind, "from backend
  // engineering", whichever word names the maker.)
  const fields = /^(?:engine|develop|dev|programm|cod)$/.test(field) ? ['engineer', 'develop', 'program'] : [field];
  const kinds = words.slice(0, -1).map(escapeRegExp).join('|');
  return new RegExp(`\\bfrom\\b[^.]*\\b(?:${kinds})\\s+(?:\\w+\\s+)?(?:${fields.map(escapeRegExp).join('|')})\\w*`, 'i').test(text);
}

function sentenceShownBefore(kb: KnowledgeBase, question: string, passage: SearchHit['passage']): string | undefined {
  const before = question.replace(/^\s*why\s+/i, '');
  if (before === question) return undefined;
  const earlier = kb.search(before, { limit: 1 });
  return bestSentence(kb.analyzer, passage, { concepts: earlier.concepts, intent: earlier.read.intent, roles: earlier.roles }).unit;
}

/** The levels as questions ask them (vocabulary terms) and as sources write them. */
const levelsAsked: readonly [string, RegExp][] = [
  [
    `${synonymPrefix}entry`,
    /\b(?:entry|junior|0-2 years|at\s+first|starting\s+out|to\s+start(?:\s+with)?|beginners?|new\s+grads?|freshers?)\b/i,
  ],
  [`${synonymPrefix}midlevel`, /\bmid\b|\bmid-level\b|\b3-5 years\b/i],
  [`${synonymPrefix}senior`, /\bsenior\b|\b5-8 years\b/i],
  [`${synonymPrefix}staff`, /\bstaff\b|\bprincipal\b|\b8\+ years\b/i],
];

/**
 * "what about in nigeria for a junior": the level the opening figures are given for ("Mid-Senior"), when the
 * question asks for another that they do not cover; undefined when they cover it or name no level.
 */
function levelGivenInstead(result: SearchResult, sentence: string): string | undefined {
  // "what about L4" answered with the L6 row: the FAANG level given is not the one asked.
  // ("mle comp at l5 and l6": either grade asked is the one given.)
  const askedGrades = (result.read.plain.match(/\bl[3-8]\b/gi) ?? []).map((grade) => grade.toUpperCase());
  const givenGrade = /\bL[3-8]\b/.exec(sentence)?.[0];
  if (askedGrades.length > 0 && givenGrade && !askedGrades.includes(givenGrade)) return givenGrade;
  // ("whats new grad tc for mle at faang": the sources' FAANG grades, L5 and L6, are no junior's or mid-level's pay.)
  const earlyLevel = [`${synonymPrefix}entry`, `${synonymPrefix}midlevel`];
  // ("im a fresher … what would i make as a de" → "at faang?": a level their story told, kept out of the search, too.)
  const toldEarly = levelsAsked.slice(0, 2).some(([, words]) => words.test(result.read.context));
  if (givenGrade && askedGrades.length === 0 && (result.read.terms.some((t) => earlyLevel.includes(t.term)) || toldEarly))
    return givenGrade;
  // ("and principal?", "distinguished"): the sources name no pay above staff (principal only as a rung of the ladder),
  // so the staff figures, or the L6 ones, are said to be for that level.
  if (/\b(?:principal|distinguished|fellow)\b/i.test(result.read.plain)) {
    if (/\bstaff\b/i.test(sentence)) return 'staff';
    if (givenGrade) return givenGrade;
  }
  // ("how much do junior mles make remote": a level beside remote work is no term of the search, as remote work is given by
  // no level; asked of remote pay, it is still the level asked.)
  const asked =
    levelsAsked.find(([term]) => result.read.terms.some((t) => t.term === term)) ??
    // ("what would i earn at first in lagos": a level said in words no search term holds, beside a place's figures.)
    (result.read.terms.some((t) => t.term === `${synonymPrefix}remote` || t.term === `${synonymPrefix}nigeria`)
      ? levelsAsked.find(([, words]) => words.test(result.read.plain))
      : undefined);
  const given = /\((mid-senior|mid-level|mid|senior|junior|entry[- ]level|staff)\)/i.exec(sentence)?.[1];
  if (!asked || !given) return undefined;
  return asked[1].test(given) ? undefined : given;
}

/** "fastest", "quickest": the least time; "longest": the most; "highest", "pays most": the most money; "lowest": the least. */
const superlatives: readonly { pattern: RegExp; unit: 'months' | 'money' | 'percent'; most: boolean }[] = [
  // ("which of those is growing fastest": the most growth, not the shortest time.)
  {
    // ("which is growing faster" of the two: the more growth, as "fastest" of several.)
    pattern:
      /\b(?:grow(?:s|ing)?\s+(?:the\s+)?(?:fastest|quickest|most|faster|quicker|more)|(?:fastest|faster)[- ]growing|(?:most|more)\s+growth|(?:highest|higher)\s+growth)\b/i,
    unit: 'percent',
    most: true,
  },
  { pattern: /\b(?:fastest|quickest|shortest|faster|quicker|shorter|least\s+time|soonest)\b/i, unit: 'months', most: false },
  { pattern: /\b(?:longest|slowest|longer|slower|most\s+time)\b/i, unit: 'months', most: true },
  {
    pattern:
      // ("which of those adds the most", "…matters most" after the skills that raise pay: the biggest raise.)
      /\b(?:highest|best[- ]paid|best\s+paying|top\s+(?:pay|paying|salary)|priciest|most\s+expensive|(?:pays?|paid|earns?|makes?|costs?|adds?|boosts?|bumps?|raises?|increases?|matters?)\s+(?:the\s+)?most|most\s+(?:money|pay|comp)|biggest\s+(?:bump|boost|raise|premium|jump))\b/i,
    unit: 'money',
    most: true,
  },
  {
    pattern:
      /\b(?:lowest|worst[- ]paid|cheapest|least\s+expensive|(?:pays?|paid|earns?|makes?|costs?)\s+(?:the\s+)?least|least\s+(?:money|pay))\b/i,
    unit: 'money',
    most: false,
  },
];
/** "the 6-9 months", "12-18": a span named in a follow-up about the answer shown. */
const spanAsked = /\b(\d+)\s*[-–]\s*(\d+)\b/;
/** "2-3 months", "6-12 months", "12–18 months": a span of months as the articles write it, and its midpoint. */
const monthSpan = /(\d+)(?:\s*[-–]\s*(\d+))?\s+months?\b/gi;
/** "$185,000", "$420K", "$6,000": a sum in dollars, in dollars. */
const dollarSum = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(k\b)?/gi;
/** "30%", "12.5 %": a share. */
const percentShare = /(\d+(?:\.\d+)?)\s?%/g;
/** A line that speaks of growth ("postings grew 22%", "the BLS projects 30% growth"). */
const growthLine = /\b(?:grew|grow|grows|growing|growth|projects?|projecting|increase[sd]?)\b/i;
/** A line about pay ("Increases base compensation by 40–60%"). */
const payLine = /\b(?:compensation|comp|salary|salaries|pay|paid|premium)\b/i;
/** A line whose figures are per month ("$5,000 – $12,000 / month"): a year of them is twelve. */
const perMonth = /\/\s*month|\bper\s+month\b|\bmonthly\b|\ba\s+month\b/i;

/**
 * "which of those is fastest / pays most?" within the passages just shown: the passage holding the extreme figure
 * of that kind (the least months, the most dollars), and the figure as written ("2-3 months"); undefined when the
 * ask names no such superlative or no passage holds a figure of its kind.
 */
function extremeFigure(
  kb: KnowledgeBase,
  result: SearchResult,
  ask: string,
  /** The passage the answer before opened with: "those" are its items. */
  lead?: string,
): { hit: SearchHit; figure: string } | undefined {
  const found = superlatives.find((s) => s.pattern.test(ask));
  if (!found) return undefined;
  // ("which of those pays the most" after the skills that raise pay by "40–60%": the highest premium among them, not
  // a salary from another passage.)
  const leadText = lead !== undefined ? kb.passage(lead)?.text : undefined;
  const premiums =
    found.unit === 'money' &&
    leadText !== undefined &&
    !new RegExp(dollarSum.source, 'i').test(leadText) &&
    new RegExp(percentShare.source).test(leadText);
  const wanted = premiums ? { ...found, unit: 'percent' as const } : found;
  if (premiums) result = { ...result, hits: result.hits.filter((hit) => hit.passage.id === lead) };
  // ("which is growing faster" of the two roles: a figure said of a role itself, "ML engineer job postings grew 22%",
  // not of a subspecialty inside one, "LLM-focused ML engineering (up 45%)".)
  const ofARoleItself = (line: string) => /^(?:the\s+)?(?:ml|machine\s+learning|data)\s+engineer(?:s|ing)?\b/i.test(line.trim());
  const rolesCompared = result.roles.length === 2;
  const fromRoles = rolesCompared ? bestFigure(kb, result, ask, wanted, premiums, ofARoleItself) : undefined;
  const best = fromRoles ?? bestFigure(kb, result, ask, wanted, premiums, () => true);
  return best && { hit: best.hit, figure: best.figure };
}

/** The highest (or lowest) figure of the wanted unit in the lines of the hits that `keep` keeps. */
function bestFigure(
  kb: KnowledgeBase,
  result: SearchResult,
  ask: string,
  wanted: { unit: 'months' | 'percent' | 'money'; most: boolean },
  premiums: boolean,
  keep: (line: string) => boolean,
): { hit: SearchHit; figure: string; value: number } | undefined {
  let best: { hit: SearchHit; figure: string; value: number } | undefined;
  // "highest for juniors": among the junior figures.
  const level = /\b(junior|entry|mid|senior|staff|principal)/i.exec(ask)?.[1];
  const atLevel = (line: string) => !level || new RegExp(`\\b${level}`, 'i').test(line);
  // ("which of those is fastest" after a data engineer's move into ML: never the move the other way.)
  const { direction } = result.read;
  for (const hit of result.hits) {
    const other = direction ? kb.directionOf(hit.passage) : undefined;
    if (other !== undefined && other !== direction) continue;
    const pattern = wanted.unit === 'months' ? monthSpan : wanted.unit === 'percent' ? percentShare : dollarSum;
    const lines = hit.passage.text
      .split(/\n+|(?<=[.;])\s+/)
      .filter(atLevel)
      // (Of growth, the shares that grow: "48% of postings" is how many, not how fast.)
      // ("which of those is growing faster" after in-demand subspecialties: "Increases base compensation by 40–60%" is
      // pay, not growth, unless pay is what is asked.)
      .filter((line) => wanted.unit !== 'percent' || premiums || (growthLine.test(line) && (!payLine.test(line) || payLine.test(ask))))
      .filter(keep);
    for (const line of lines) {
      // (Pay per month set beside pay per year: "$5,000 / month" is no lower than "$85,000".)
      const year = wanted.unit === 'money' && perMonth.test(line) ? 12 : 1;
      for (const match of line.matchAll(pattern)) {
        const value =
          wanted.unit === 'months'
            ? (Number(match[1]) + Number(match[2] ?? match[1])) / 2
            : wanted.unit === 'percent'
              ? Number(match[1])
              : Number(match[1]!.replace(/,/g, '')) * (match[2] ? 1000 : 1) * year;
        if (!best || (wanted.most ? value > best.value : value < best.value)) best = { hit, figure: match[0].toLowerCase(), value };
      }
    }
  }
  return best;
}

/**
 * Whether a passage's own sentences (its heading left out: "Salary & Demand Trend" above a list of job titles
 * says nothing of their pay) hold at least half of an ask's words, weighted by rarity.
 */
function saysMostOf(kb: KnowledgeBase, id: string, ask: string): boolean {
  const passage = kb.passage(id);
  const asked = kb.analyze(ask).filter((t) => t.kind !== 'role');
  const terms = [...new Set(asked.map((t) => t.term))];
  if (!passage || terms.length === 0) return true;
  const said = new Set(quotableUnits(passage).flatMap((unit) => kb.analyzer.analyzeDocument(unit)));
  const weight = (held: boolean) => terms.filter((t) => said.has(t) === held).reduce((sum, t) => sum + kb.idf(t), 0);
  return weight(true) >= weight(false);
}

/**
 * "why?" after an answer whose passage gives no reason: the articles give a claim's reasons right after it
 * ("…start with Data Engineering" then "Logic: …"), so the passage that follows it under the same heading, when it
 * gives reasons and shares a word with the question, answers.
 */
function reasonsAfter(
  kb: KnowledgeBase,
  question: string,
  result: SearchResult,
  after: string,
  explains: (hit: SearchHit) => boolean,
  /** Even when the question's words are not in it (the reasons under the claim are the claim's, whatever their words). */
  unmatched = false,
): SearchResult {
  const claim = kb.passage(after);
  const next = kb.following(after);
  if (!claim || !next || kb.holds(claim, 'reason') || !kb.holds(next, 'reason') || result.hits[0]?.passage.id === next.id) return result;
  const top = result.hits[0];
  const found =
    kb.search(question, { limit: 1, filter: (hit) => hit.passage.id === next.id && explains(hit) }).hits[0] ??
    (unmatched && top && claim.sectionPath.join('\n') === next.sectionPath.join('\n')
      ? { passage: next, side: kb.sideOf(next), score: top.score, coverage: top.coverage, matched: [] }
      : undefined);
  return found ? { ...result, hits: [found, ...result.hits.filter((hit) => hit.passage.id !== next.id)] } : result;
}

/** How far down a close passage that names what was asked may be brought up, and how much of the top's coverage it must keep. */
const namingDepth = 4;
const namingCoverageShare = 0.8;

/**
 * The result with its first close hit that `fits` brought to the top, unless the top fits already or none does. A
 * close hit keeps `share` of the top's coverage and stands fewer than `depth` places down.
 */
/**
 * "what does an ai program manager do": the passage that names the thing asked about, in words the articles write
 * together ("AI Program Managers coordinate…"), opens before one that only shares some of them (a heading "In Modern AI
 * Programs" over "Data Engineers enable AI readiness").
 */
function phraseFirst(kb: KnowledgeBase, result: SearchResult): SearchResult {
  const asked = result.terms.filter((t) => t.kind === 'word' && !t.inferred && !t.aside && !t.from.includes(' '));
  let best: string[] = [];
  let run: string[] = [];
  for (const [i, t] of asked.entries()) {
    run = i > 0 && kb.usesPair(asked[i - 1]!.from, t.from) ? [...run, t.from] : [t.from];
    if (run.length > best.length) best = run;
  }
  // (Engineer titles are the roles' own and their hybrids, which the ranking already weighs.)
  if (best.length < minPhraseWords || best.some((w) => stem(w) === 'engin')) return result;
  // Named in a sentence that can open the answer, not only in a set-up before it ("exploring AI program management").
  return fittingFirst(result, namesWhole(best), namingCoverageShare, namingDepth);
}

/** Whether a sentence that can open a passage's answer names these words, in this order, whole (as stems). */
function namesWhole(phrase: readonly string[]): (hit: SearchHit) => boolean {
  const wanted = ` ${phrase.map(stem).join(' ')} `;
  return (hit) => leadUnits(hit.passage).some((unit) => ` ${words(unit).map(stem).join(' ')} `.includes(wanted));
}
/**
 * "whats the 'modeling round' in a de interview": a term the person quotes is what they ask about; the passage that
 * names it whole ("Modeling round: …") opens before one that only lists its first word ("…, modeling, and
 * behavioral"). A quoted word takes the next one with it where the articles write the two together ("modeling" round).
 */
function quotedFirst(kb: KnowledgeBase, result: SearchResult): SearchResult {
  const text = result.read.plain;
  // (An apostrophe inside a word, "what's", "mle's", opens and closes no quote.)
  const quote = /(?<![\p{L}\p{N}])["“‘']([\p{L}\p{N}][\p{L}\p{N} -]{1,40}?)["”’'](?![\p{L}\p{N}])\s*([\p{L}]+)?/u.exec(text);
  if (!quote) return result;
  const quoted = words(quote[1]!);
  const next = quote[2];
  const phrase = next && kb.usesPair(quoted.at(-1)!, next) ? [...quoted, next] : quoted;
  if (phrase.length < 2 || phrase.length > 5) return result;
  return fittingFirst(result, namesWhole(phrase), namingCoverageShare, namingDepth);
}
/** The fewest words of a phrase that names what is asked about by itself ("ai program manager"). */
const minPhraseWords = 3;

function fittingFirst(
  result: SearchResult,
  fits: (hit: SearchHit) => boolean,
  share: number,
  depth = Number.POSITIVE_INFINITY,
): SearchResult {
  const top = result.hits[0];
  if (!top || fits(top)) return result;
  const i = result.hits.findIndex((hit, k) => k > 0 && k < depth && hit.coverage >= top.coverage * share && fits(hit));
  return i < 0 ? result : { ...result, hits: [result.hits[i]!, ...result.hits.filter((_, k) => k !== i)] };
}

/**
 * "is ml platform engineer an actual title?": a job title or company the articles name only in passing is what
 * the question is about, so a close passage that names it answers before a sibling that only covers the other
 * words (which would have the question declined for the title it leaves out).
 */
function namingFirst(kb: KnowledgeBase, result: SearchResult): SearchResult {
  const named = result.read.unknown.filter((u) => u.mentioned && u.inMainAsk && (u.kind === 'title' || u.kind === 'name'));
  if (named.length === 0) return result;
  // ("how much do data engineers make at google": a passage naming Google that gives no pay, the Google certification,
  // is no answer before the FAANG pay that Google is part of.)
  const wanted = result.read.intent.wanted;
  return fittingFirst(
    result,
    (hit) => named.every((u) => kb.mentions(hit.passage, u.word)) && (wanted !== 'money' || holdsWanted(kb, hit, wanted)),
    namingCoverageShare,
    namingDepth,
  );
}

/**
 * "how long does that take … from database administrator to data engineer": a question for a duration is answered
 * by a close passage that gives one before a sibling that covers a little more of its words but gives none.
 * (Done for durations only: for amounts and percentages it was measured to promote the wrong figures.)
 */
/** "by how much", "how much more", "what % higher": asking how big a difference is. */
const sizeOfADifference =
  /\b(?:by\s+how\s+much|how\s+much\s+(?:more|less|higher|lower|bigger|extra)|what\s+(?:%|percent(?:age)?)\s+(?:more|less|higher|lower))(?=\s|$|[?!.,])/i;

/**
 * "is it paid more", "does it pay more", "do they earn more", and of a skill "does mlops bump ur salary", "worth it money
 * wise": whether something pays more.
 */
const paidMore = /\b(?:paid|pay|pays|earn|earns|make|makes)\s+(?:\w+\s+)?more\b/i;
/** (Said of a skill, not of one role against the other: "is the mle pay bump worth it over de" compares the roles.) */
const paysOff =
  /\b(?:bumps?|boosts?|raises?|increases?)\s+(?:\w+\s+)?(?:salary|pay|comp|compensation|tc)\b|\b(?:salary|pay)\s+(?:bump|boost)\b|\bworth\s+it\b[^?]*\b(?:money|pay|comp|salary)(?:[\s-]*wise)?\b|\bpays?\s+off\b/i;

/** The terms of pay itself ("earn", "paid", syn:salary), which name no thing that may be paid more. */
const payWords = /^(?:syn:salary|syn:gap|syn:premium|pay|paid|earn|make|more|money|comp)$/;

function holdingFirst(kb: KnowledgeBase, result: SearchResult): SearchResult {
  const { form, wanted } = result.read.intent;
  // "by how much tho" after "which is more remote friendly", "how much more do mles make", "what % more": the size
  // of a difference, in a share or a sum. (A sum only where pay was asked about: "by how much" more remote work is a
  // share of postings.)
  if (sizeOfADifference.test(result.read.ask)) {
    const pay = result.read.terms.some((t) => t.term === `${synonymPrefix}salary`);
    return fittingFirst(
      result,
      (hit) => kb.holds(hit.passage, 'percent') || (pay && kb.holds(hit.passage, 'money')),
      namingCoverageShare,
      namingDepth,
    );
  }
  // "is mlops paid more?": whether something pays more is answered by how much more, a close passage's premium.
  // (Of a thing, a skill or a tool: "do mles earn more than des" asks which role, answered by the sentence that says so.)
  const ofAThing = result.terms.some((t) => t.kind !== 'role' && !t.aside && !payWords.test(t.term));
  const paysMore = (paidMore.test(result.read.ask) && ofAThing) || (result.roles.length < 2 && paysOff.test(result.read.ask));
  if (wanted === 'money' && (form === 'yes-no' || result.read.intent.yesNo) && paysMore)
    return fittingFirst(result, (hit) => kb.holds(hit.passage, 'percent'), namingCoverageShare, namingDepth);
  // "how long…" and "what %…" ask for a figure of that kind: a close passage that gives one opens.
  if (!((form === 'duration' && wanted === 'duration') || (form === 'percent' && wanted === 'percent'))) return result;
  // (Not a figure of the other role: "how long to break into ML engineering" is not answered by DE's 2-3 months.)
  const asked = result.roles.length === 1 ? result.roles[0] : undefined;
  const otherRoleOnly = (hit: SearchHit) => asked !== undefined && (hit.side === 'de' || hit.side === 'mle') && hit.side !== asked;
  // (A duration is a time something takes: the pay tables' "Junior (0-2 years)" is no answer to "how long".)
  const holdsIt = (hit: SearchHit) => kb.holds(hit.passage, wanted) && (wanted !== 'duration' || timeTaken.test(hit.passage.text));
  return fittingFirst(result, (hit) => holdsIt(hit) && !otherRoleOnly(hit), figureFirstShare, namingDepth);
}

/**
 * How much of the best passage's coverage a close passage that gives the figure asked for ("6-12 months minimum" for
 * "how long to break into ML engineering") needs to open before it: the best one holds none.
 */
const figureFirstShare = 0.5;

/** A question's clauses, as a person tells what they like and mind ("i kinda hate math, so which one"). */
function toldClauses(text: string): { disliked: string[]; liked: string[] } {
  // ("i like building reliable systems and hate vague research-y problems": a liking and a dislike, two clauses.)
  const clauses = text
    .split(
      /[,.;!?]|\bbut\b|\bthough\b|\btho\b|\band\b(?=\s+(?:i\s+)?(?:also\s+|really\s+|kinda\s+|totally\s+)?(?:hate|dislike|love|like|enjoy|prefer|can'?t\s+stand|do(?:n'?t|nt)\s+(?:like|enjoy|want|care))\b)/i,
    )
    .filter((c) => c.trim() !== '');
  // ("i like coding but not math": a clause that is a "not" and a thing, after a liking, is a dislike.)
  const against = (c: string) => toldAgainst.test(c) || /^\s*not\s+(?!(?:sure|really|bad|too|that|so|very|quite|a|an|the)\b)[a-z]/i.test(c);
  return {
    disliked: clauses.filter(against),
    liked: clauses.filter((c) => likedIn.test(c) && !against(c)),
  };
}

const likedIn = /\b(?:love[sd]?|like[sd]?|enjoy(?:s|ed)?|into|prefer|(?:ok|okay|fine|comfortable|good)\s+with|do(?:n'?t|nt)\s+mind)\b/i;

/**
 * What the asker told they mind and like, as the terms advice is matched on ("if you enjoy math and statistics"):
 * undefined when they told neither.
 */
function toldTerms(kb: KnowledgeBase, text: string): LeadQuery['told'] {
  const { disliked, liked } = toldClauses(text);
  if (disliked.length === 0 && liked.length === 0) return undefined;
  const terms = (clauses: string[]) =>
    clauses.map((c) => new Set(kb.analyzer.analyzeQuery(c.replace(toldAgainst, ' ').replace(likedIn, ' ')).map((t) => t.term)));
  return { against: terms(disliked), for: terms(liked) };
}

/**
 * Which of a passage's options ("Yes -> …", "No, but …") what the asker tells fits: "against" where a dislike or a lack
 * ("i hate on-call", "bad at math") shares words with the passage's heading, "for" where a liking does ("i love stats"
 * under "Do you enjoy statistics…?"). A dislike that shares words with neither speaks against every passage's options.
 */
function toldLeaningOf(kb: KnowledgeBase, text: string): (passage: Passage) => 'for' | 'against' | undefined {
  const told = toldClauses(text);
  const stems = (c: string) =>
    new Set(
      words(c)
        .filter((w) => !kb.analyzer.isChatWord(w))
        .map(stem),
    );
  const disliked = told.disliked.map(stems);
  const liked = told.liked.map(stems);
  if (disliked.length === 0 && liked.length === 0) return () => undefined;
  return (passage) => {
    const heading = words(passage.sectionPath.at(-1) ?? '')
      .filter((w) => !kb.analyzer.isChatWord(w))
      .map(stem);
    const shares = (told: Set<string>) => heading.some((w) => told.has(w));
    if (disliked.some(shares)) return 'against';
    if (liked.some(shares)) return 'for';
    // ("i like math and experiments a lot, hate on-call": with things liked too, a question that shares words with
    // neither is not leaned against.)
    return disliked.length > 0 && liked.length === 0 ? 'against' : undefined;
  };
}

/**
 * "good idea or nah?" about the move from MLE to DE: whatever lifted it (a verdict, a reason), a passage about
 * the reverse move ("Can I move from Data Engineer to Machine Learning Engineer? Yes…") never opens the answer
 * while a close one that is not about the reverse is there.
 */
function notTheReverseFirst(kb: KnowledgeBase, result: SearchResult): SearchResult {
  const { direction } = result.read;
  if (direction === undefined) return result;
  // ("how long does the switch take" from a data engineer: "The transition is faster (3-4 months)…", shown under it,
  // would read as their move; the reverse move is left out, unless nothing else answers.)
  const reverse = (hit: SearchHit) => {
    const other = kb.directionOf(hit.passage);
    return other !== undefined && other !== direction;
  };
  if (result.hits[0] && !reverse(result.hits[0])) result = { ...result, hits: result.hits.filter((hit) => !reverse(hit)) };
  return fittingFirst(
    result,
    (hit) => {
      const other = kb.directionOf(hit.passage);
      return other === undefined || other === direction;
    },
    0.5,
  );
}

/**
 * "mle pay in the us at staff level": a level asked of pay, with no big-tech company named, is that level's own row
 * ("Staff (8+ years): …"), not FAANG's L6, which the country in its heading ("US, FAANG") would otherwise bring first.
 */
function notFaangUnasked(kb: KnowledgeBase, result: SearchResult): SearchResult {
  const top = result.hits[0];
  // ("l4 mle pay?": of the grades the sources give, L5 and L6, L5 is the nearer to one below it.)
  if (top && /\bFAANG\b/.test(top.passage.text) && /\bl[34]\b/i.test(result.read.plain) && !/\bl[5-8]\b/i.test(result.read.plain))
    return fittingFirst(result, (hit) => /\bL5\b/.test(hit.passage.text), 0.3, 5);
  if (!top || !/\bFAANG\b/.test(top.passage.text) || /\bl[3-8]\b/i.test(result.read.plain)) return result;
  const asked = levelsAsked.find(([term]) => result.read.terms.some((t) => t.term === term && !t.aside));
  if (!asked) return result;
  const [levelTerm, row] = asked;
  // ("de with 4 yoe" → "what about at faang": of FAANG's grades, L5 is the nearer to any level below staff.)
  if (result.read.terms.some((t) => t.term === `${synonymPrefix}faang`))
    return levelTerm === `${synonymPrefix}staff` ? result : fittingFirst(result, (hit) => /\bL5\b/.test(hit.passage.text), 0.3, 5);
  return fittingFirst(
    result,
    (hit) => kb.holds(hit.passage, 'money') && row.test(hit.passage.text) && !/\bFAANG\b/.test(hit.passage.text),
    0.3,
    5,
  );
}

/** The vocabulary's group of choosing ("which should i pick", "decide"). */

/**
 * "idk which to choose, i like math and coding": a choice is answered by a passage that itself says what to choose
 * ("Choose ML engineering if you … enjoy math and statistics") before a table row that is only filed under a
 * heading of choosing (the "Selection Framework" table's "Math Intensity"), when it covers as much of the question.
 */
function choosingFirst(kb: KnowledgeBase, result: SearchResult, told: LeadQuery['told']): SearchResult {
  const top = result.hits[0];
  if (top?.passage.kind !== 'row' || !result.terms.some((t) => t.term === chooseTerm)) return result;
  // ("i hate math, which one should i pick": the row that sets the two roles' math side by side, not a passage that
  // advises ML engineering for who enjoys math or one that describes the ML engineer's math.)
  if ((told?.against.length ?? 0) > 0 && rolesIn(kb.analyzer, top.passage.text).size === 2) return result;
  return fittingFirst(result, (hit) => kb.analyzer.analyzeDocument(hit.passage.text).includes(chooseTerm), 1, namingDepth);
}

/** How deep among the closest passages a definition is looked for. */
const definitionDepth = 5;

/**
 * "whats an etl pipeline": a close passage that defines it ("ETL/ELT Development: Extracting data from disparate
 * sources…") opens before one that only names it among a role's tasks ("Designing and building ETL/ELT pipelines").
 */
function definingFirst(kb: KnowledgeBase, result: SearchResult): SearchResult {
  const asked = result.read.intent.defines;
  if (asked === undefined) return result;
  return fittingFirst(result, (hit) => kb.defines(hit.passage, asked), 0.5, definitionDepth);
}

/**
 * "im bad at stats, which should i choose": a passage that advises a role for who enjoys what the asker minds
 * ("Choose ML engineering if you … enjoy math and statistics"), or for who prefers something over what they like,
 * does not open the answer while a close one that does not is there.
 */
function notAdvisedFirst(kb: KnowledgeBase, result: SearchResult, told: LeadQuery['told']): SearchResult {
  if (told === undefined) return result;
  return fittingFirst(result, (hit) => !advisesAgainst(kb.analyzer, hit.passage, told), 0.5, namingDepth);
}

/** The vocabulary's group of the words that judge a move or a choice ("a well-worn path", "increasingly viable"). */
const verdictTerm = `${synonymPrefix}verdict`;

/**
 * "worth it?" after an answer: a close passage that judges (a "well-worn path", "a signal to stay") answers before
 * one that only repeats the facts, when it covers at least half as much of the question.
 */
function judgingFirst(kb: KnowledgeBase, result: SearchResult): SearchResult {
  return fittingFirst(result, (hit) => kb.analyzer.analyzeDocument(hit.passage.text).includes(verdictTerm), 0.5);
}

/** "like what exactly?": the passage shown last time yields to the next close one, so the answer says more. */
function beyondFirst(result: SearchResult, shown: string): SearchResult {
  const [top, next] = result.hits;
  if (!top || !next || top.passage.id !== shown || next.coverage < top.coverage * 0.5) return result;
  return { ...result, hits: [next, top, ...result.hits.slice(2)] };
}

/**
 * The lead of a passage. Beside the other role's, a sentence that names no role ("Remote availability sits at
 * 44% of postings") is labelled with its heading when that names the role ("ML Engineer Demand").
 */
function leadFor(kb: KnowledgeBase, passage: AnswerPassage, sideBySide: boolean): Lead {
  const heading = passage.section.split(' › ').at(-1) ?? '';
  // "Yes, on average." answers the question the article asked ("Is ML engineer harder to break into than data
  // engineer?"), which may not be the one typed ("can i still do it"): the yes or no comes with its question.
  const answersItsHeading = /^(?:yes|no)\b(?:[,.!;:]|\s*->)/i.test(passage.keySentence) && heading.endsWith('?');
  const label = answersItsHeading
    ? heading
    : sideBySide && rolesIn(kb.analyzer, passage.keySentence).size === 0 && rolesIn(kb.analyzer, heading).size > 0
      ? heading
      : undefined;
  return { passageId: passage.id, sentence: passage.keySentence, ...(label ? { label } : {}) };
}

/** A duration as the articles write it ("6-9 months", "12-18 months"). */
const durationFigure = /\b\d+(?:\s*[-–]\s*\d+)?\+?\s*(?:months|years|weeks)\b/i;

/**
 * "how long to go from de to mle": when another source's passage on the same move gives another time than the one the
 * answer opens with ("Plan for 6-9 months" in AI Pulse, "Plan 12-18 months" in DataDriven), that passage and both
 * figures, so the answer shows the two and says they differ. Undefined for any other question, or when they agree.
 */
function anotherSourcesFigure(
  kb: KnowledgeBase,
  result: SearchResult,
  passages: AnswerPassage[],
  lead: AnswerPassage,
): { passage: AnswerPassage; figures: { source: string; figure: string }[] } | undefined {
  if (result.read.intent.wanted === 'money') return anotherSourcesPay(kb, result, passages, lead);
  const direction = result.read.direction;
  if (result.read.intent.wanted !== 'duration' || direction === undefined) return undefined;
  const first = durationFigure.exec(lead.keySentence)?.[0];
  const leadPassage = kb.passage(lead.id);
  if (!first || !leadPassage) return undefined;
  const same = (x: string, y: string) => x.replace(/\s/g, '') === y.replace(/\s/g, '');
  const other = passages
    .slice(1)
    .map((p) => ({ shown: p, passage: kb.passage(p.id), figure: durationFigure.exec(p.keySentence)?.[0] }))
    .find(
      ({ passage, figure }) =>
        passage !== undefined &&
        passage.source !== leadPassage.source &&
        kb.directionOf(passage) === direction &&
        figure !== undefined &&
        !same(figure, first),
    );
  if (!other?.passage || !other.figure) return undefined;
  return { passage: other.shown, figures: figuresOfTwo(leadPassage, first, other.passage, other.figure) };
}

/**
 * "whats the base at l6 for mle" answered with a figure its source calls "comp": that the source does not say whether
 * it is base, so total comp is not read as base pay. Nothing when base is not asked or the figure says what it is.
 */
function baseUnsaid(question: string, quoted: string, source: string): { checkUnsaid: CheckUnsaid } | Record<string, never> {
  if (!/\bbase(?:\s+(?:pay|salary))?\b/i.test(question) || !/[$₦€£]\s?\d/.test(quoted)) return {};
  if (/\bbase\b/i.test(quoted)) return {};
  return { checkUnsaid: { check: 'base', unsaid: source } };
}

/** The source of a passage shown, named as an answer names it. */
function sourceOf(kb: KnowledgeBase, shown: AnswerPassage): string {
  const passage = kb.passage(shown.id);
  return passage ? sourceName(passage) : shown.title;
}

/** A source as an answer names it: its publisher ("AI Pulse"), else its title. */
function sourceName(passage: Passage): string {
  return passage.publisher ?? passage.title;
}

/** Two sources' figures for the same thing, the lead's first, each under its source's name. */
function figuresOfTwo(lead: Passage, leadFigure: string, other: Passage, otherFigure: string): { source: string; figure: string }[] {
  return [
    { source: sourceName(lead), figure: leadFigure },
    { source: sourceName(other), figure: otherFigure },
  ];
}

/** A role's name as the articles' comparison rows write it ("Data Engineer $85,000 · Machine Learning Engineer $105,000"). */
const roleInRow = { de: /\bdata\s+engineer/i, mle: /\b(?:machine\s+learning|ml)\s+engineer/i } as const;

/** The figure a line gives for `role`: its own cell of a row of both roles, or the line itself when it is the role's. */
function payOf(line: string, role: 'de' | 'mle', side: string): string | undefined {
  const cells = line.split(/\s+·\s+/);
  if (cells.length > 1) {
    const cell = cells.find((c) => roleInRow[role].test(c) && !roleInRow[role === 'de' ? 'mle' : 'de'].test(c));
    return cell ? findFigure(cell) : undefined;
  }
  return side === role ? findFigure(line) : undefined;
}

/**
 * "how much does a junior de make": AI Pulse's "Junior (0-2 years): $100K-$135K base…" beside the other article's
 * "Entry Salary … $85,000", said to differ. Only of one role, at one level of the US ladders (another place, remote work
 * or FAANG are each given by one source), and only where another source's line among the passages shown gives that
 * role's figure at that level.
 */
function anotherSourcesPay(
  kb: KnowledgeBase,
  result: SearchResult,
  passages: AnswerPassage[],
  lead: AnswerPassage,
): { passage: AnswerPassage; figures: { source: string; figure: string }[] } | undefined {
  const role = result.roles.length === 1 ? result.roles[0] : undefined;
  if (!role || result.terms.some((t) => kb.analyzer.isSetting(t.term) && t.term !== `${synonymPrefix}us`)) return undefined;
  // (A level asked: the whole ladder, asked of no level, is no one figure to set against another.)
  if (!result.terms.some((t) => levelTerms.has(t.term))) return undefined;
  const leadPassage = kb.passage(lead.id);
  const level = levelOf(lead.keySentence);
  if (!leadPassage || !level || !['entry level', 'mid level', 'senior', 'staff'].includes(level)) return undefined;
  const sideOf = (id: string) => {
    const passage = kb.passage(id);
    return passage ? kb.sideOf(passage) : 'neutral';
  };
  const first = payOf(lead.keySentence, role, sideOf(lead.id));
  if (!first) return undefined;
  const digits = (figure: string) => figure.replace(/[^\d]/g, '');
  const candidates = passages
    .slice(1)
    .map((p) => ({ shown: p, passage: kb.passage(p.id), figure: payOf(p.keySentence, role, sideOf(p.id)), level: levelOf(p.keySentence) }))
    .filter(
      ({ shown, passage, figure }) =>
        passage !== undefined &&
        passage.source !== leadPassage.source &&
        figure !== undefined &&
        digits(figure) !== digits(first) &&
        // (Another place's or remote work's pay is no figure for the US ladders' level.)
        !/\b(?:remote|nigeria|naira)\b|₦|\/\s*month/i.test(shown.keySentence),
    );
  // (The same level first; else, for mid-level or senior, a figure given for mid-senior engineers, said to be so.)
  const other =
    candidates.find((c) => c.level === level) ??
    (level === 'mid level' || level === 'senior' ? candidates.find((c) => c.level === 'mid-senior') : undefined);
  if (!other?.passage || !other.figure) return undefined;
  const said = other.level === level ? other.figure : `${other.figure} (mid-senior)`;
  return { passage: other.shown, figures: figuresOfTwo(leadPassage, first, other.passage, said) };
}

/**
 * "do the sources agree?" of a figure that no other source's passage shown gives at the same level ("Remote (Global)",
 * given by Skilldential only): the one source that gives it, to say so.
 */
function aloneInGiving(kb: KnowledgeBase, passages: AnswerPassage[], lead: AnswerPassage): { onlySource?: string } {
  const leadPassage = kb.passage(lead.id);
  if (!leadPassage || !kb.givesPay(leadPassage)) return {};
  const level = levelOf(lead.keySentence);
  const others = passages.slice(1).filter((p) => {
    const passage = kb.passage(p.id);
    const given = levelOf(p.keySentence);
    return (
      passage !== undefined &&
      passage.source !== leadPassage.source &&
      kb.givesPay(passage) &&
      (given === level || (given === 'mid-senior' && (level === 'mid level' || level === 'senior')))
    );
  });
  return others.length > 0 ? {} : { onlySource: sourceName(leadPassage) };
}

/** Asked which has more of something, or less: "more" when a larger figure answers, "less" when a smaller one does. */
function wantsMore(ask: string, wanted: WantedAnswer | undefined): boolean | undefined {
  const more =
    /\b(?:more|higher|bigger|larger|faster|quicker|better\s+paid|pays?\s+(?:more|better)|grows?\s+faster|growing\s+faster|longer)\b/i.test(
      ask,
    );
  const less = /\b(?:less|lower|smaller|slower|cheaper|shorter|sooner)\b/i.test(ask);
  if (more === less) return undefined;
  // (Of a time, faster or quicker is less of it.)
  if (wanted === 'duration' && /\b(?:faster|quicker)\b/i.test(ask)) return false;
  return more;
}

/** Whether the counterpart's figure answers a "which has more…" (or less) better than the lead's, so it should open. */
function answersFirst(ask: string, wanted: WantedAnswer | undefined, counterpart: AnswerPassage, lead: AnswerPassage): boolean {
  const more = wantsMore(ask, wanted);
  if (more === undefined || (wanted !== 'percent' && wanted !== 'money' && wanted !== 'duration')) return false;
  // (The figure of the kind asked: "$200K" of pay, "22%" of growth, "2-3 months" of time; not "2026" or "5-8 years".)
  const pattern =
    wanted === 'money'
      ? /[$₦](\d+(?:\.\d+)?)\s*(k|m)?/i
      : wanted === 'percent'
        ? /(\d+(?:\.\d+)?)\s*%/
        : /(\d+(?:\.\d+)?)(?:\s*[-–]\s*\d+)?\s*(months?|weeks?|years?)\b/i;
  const figure = (sentence: string) => {
    const m = pattern.exec(sentence.replace(/(\d),(\d{3})/g, '$1$2'));
    if (!m) return undefined;
    const unit = m[2]?.toLowerCase() ?? '';
    return Number(m[1]) * (unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit.startsWith('year') ? 12 : unit.startsWith('week') ? 0.25 : 1);
  };
  // (Only figures of the same measure: "job postings grew 22%" against "grew 18%", not against "the BLS projects 30%".)
  const measure = (sentence: string) =>
    new Set(
      words(sentence.toLowerCase())
        .filter((w) => w.length >= 4 && !/^(?:data|engineers?|machine|learning|ml|mle|role)$/.test(w))
        .map(stem),
    );
  const shared = [...measure(counterpart.keySentence)].filter((w) => measure(lead.keySentence).has(w));
  if (shared.length < 2) return false;
  const [theirs, ours] = [figure(counterpart.keySentence), figure(lead.keySentence)];
  if (theirs === undefined || ours === undefined || theirs === ours) return false;
  return more ? theirs > ours : theirs < ours;
}

/**
 * The opening passage with its sentence on the one role asked, when its best sentence speaks only of the other role and
 * another of its sentences speaks only of the one asked; as it was otherwise (a comparison keeps its sentence).
 */
function ofTheRoleAsked(kb: KnowledgeBase, result: SearchResult, lead: AnswerPassage): AnswerPassage {
  const asked = result.roles.length === 1 ? result.roles[0] : undefined;
  const passage = kb.passage(lead.id);
  if (!asked || !passage || result.read.intent.form === 'comparison' || kb.sideOf(passage) !== 'both') return lead;
  const only = (unit: string, role: 'de' | 'mle') => {
    const roles = sentenceRoles(kb.analyzer, passage, unit);
    return roles.size === 1 && roles.has(role);
  };
  if (!only(lead.keySentence, asked === 'de' ? 'mle' : 'de')) return lead;
  const own = leadUnits(passage).find((unit) => only(unit, asked));
  return own ? { ...lead, keySentence: own } : lead;
}

/**
 * "Which grows faster, DE or MLE?" answered from a passage about one role opens with the other role's figure
 * beside it ("…grew 18%" · "…grew 22%"): the best of the other passages about the other role, when it answers
 * about as much of the question.
 */
function counterpartOf(
  kb: KnowledgeBase,
  hits: SearchHit[],
  passages: AnswerPassage[],
  form: string,
  wanted?: WantedAnswer,
): AnswerPassage | undefined {
  const top = hits[0];
  if (form !== 'comparison' || !top) return undefined;
  const side = kb.sideOf(top.passage);
  if (side !== 'de' && side !== 'mle') return undefined;
  const close = (hit: SearchHit, i: number) =>
    i > 0 && kb.sideOf(hit.passage) === (side === 'de' ? 'mle' : 'de') && hit.coverage >= top.coverage * 0.75;
  // ("by how much" after which role has more remote jobs: the other role's share, "44%", beside the first one's "48%".)
  const holding = wanted && kb.holds(top.passage, wanted) ? hits.findIndex((hit, i) => close(hit, i) && kb.holds(hit.passage, wanted)) : -1;
  const other = holding > 0 ? holding : hits.findIndex(close);
  return other > 0 ? passages[other] : undefined;
}

/**
 * "de salary in rupees", "in euros?" after figures: the currency the opening figures are in ("US dollars", "naira")
 * when the question asks them in another; the sources convert none (undefined when it asks none, or the one given).
 */
export function currencyGivenInstead(kb: KnowledgeBase, question: string, passage: Passage): string | undefined {
  const asked = currencyAsked(question);
  if (!asked || !kb.holds(passage, 'money')) return undefined;
  const given = /₦/.test(passage.text) ? 'naira' : /\$/.test(passage.text) ? 'US dollars' : undefined;
  return given && given !== asked ? given : undefined;
}

/**
 * "mle salary in lagos per year?": the period the opening figures are given in, when the question asks for the other
 * one (the sources give Nigeria's and remote pay per month, the rest per year), so the answer says so.
 */
function periodGivenInstead(kb: KnowledgeBase, question: string, passage: Passage): 'month' | 'year' | undefined {
  const asked = /\b(?:per\s+(?:year|annum)|a\s+year|yearly|annual(?:ly)?|annum)\b/i.test(question)
    ? 'year'
    : /\b(?:per\s+month|a\s+month|monthly)\b/i.test(question)
      ? 'month'
      : // ("how much do des make per hour?": a period no source gives.)
        /\b(?:per\s+(?:hour|hr|week|day)|an?\s+(?:hour|hr|week|day)|hourly|weekly|daily|\/\s*(?:hr|hour))\b/i.test(question)
        ? 'other'
        : undefined;
  if (!asked || !kb.holds(passage, 'money')) return undefined;
  const given = /\/\s*month|\bper\s+month\b|\bmonthly\b/i.test(passage.text) ? 'month' : 'year';
  return given === asked ? undefined : given;
}
