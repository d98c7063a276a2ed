/**
 * Whether the sources answer a question: one decision, made here and nowhere else, from signals that can be
 * shown to a person. It weighs how much of the ask the best passage covers, whether the ask is about these
 * careers at all, whether the closest passages hold the kind of answer asked for (a figure, a duration, a
 * reason), and the ask's salient words the articles never use (a place, a company, another job title, jargon),
 * as opposed to chat filler and the person's own context, which never count against an answer.
 */
import { type QueryTerm, synonymPrefix } from '../search/analyzer.js';
import type { KnowledgeBase, SearchHit, SearchResult } from '../search/engine.js';
import type { WantedAnswer } from '../search/intent.js';
import { salientKinds, type UnknownTerm } from '../search/questionReader.js';
import type { Concept } from '../search/ranking.js';

/**
 * The best passage must hold this share of the ask's content (weighted by how rare each word is). Raw BM25
 * scores cannot separate in-scope from out-of-scope questions on this corpus (they overlap); coverage can.
 * Calibrated on the development sets (npm run eval reports both sides of it).
 */
export const minCoverage = 0.3;
/** A word at least this specific (rarer than the 3,000 commonest words of speech) names what a question is about. */
export const specificWord = 0.75;
/** The share of the bar that applies when the ask's topic comes from the person's context (a story is long). */
export const contextCoverageShare = 0.5;
/** How many of the best passages are looked at for the kind of answer asked for and for uncovered words. */
export const closestCount = 3;

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
  missingKind?: WantedAnswer | 'instructions';
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
function isOnTopic(kb: KnowledgeBase, result: SearchResult, concepts: Concept[], top: SearchHit | undefined, covered: (u: UnknownTerm) => boolean): boolean {
  // A loose single word read as a topic ("make" as pay) is too little, and so is a qualifier ("beginner",
  // "years"); an idiom ("closer to AI") is enough.
  const names = (t: QueryTerm) => t.kind === 'role' || (t.kind === 'synonym' && !t.qualifier && (!t.inferred || t.from.includes(' ')));
  if (result.terms.some(names)) return true;
  // Someone who describes themselves and asks "which one?" asks about the two roles, whatever their words.
  if (result.read.fromContext) return true;
  // Otherwise the words must speak for themselves: two of them in the best passage, one a word the articles
  // use in headings, and no specific word of the main question unknown to them ("marathon training plan").
  if (!top || top.coverage < minCoverage) return false;
  if (result.read.unknown.some((u) => u.inMainAsk && u.specificity >= specificWord && !covered(u))) return false;
  const matched = concepts.filter((c) => matches(c, top)).length;
  return matched >= 2 && result.terms.some((t) => !t.inferred && kb.isDomainTerm(t.term));
}

/** The ask's words that none of the closest passages matched (nor any synonym of them): salient unknown words first. */
function uncoveredWords(result: SearchResult, concepts: Concept[], closest: SearchHit[]): string[] {
  const out: string[] = [];
  const add = (word: string) => {
    if (!out.some((known) => known.split(' ').includes(word))) out.push(word);
  };
  for (const unknown of result.read.unknown) if (salientKinds.has(unknown.kind)) add(unknown.word);
  for (const term of result.terms) {
    if (term.kind !== 'word' || term.inferred || term.aside) continue;
    const concept = concepts.find((c) => c.alternatives[0] === term.term);
    const alternatives = concept?.alternatives ?? [term.term];
    if (closest.some((hit) => alternatives.some((a) => hit.matched.includes(a)))) continue;
    add(term.from);
  }
  return out;
}

/** The heaviest concept of the ask that the passage matches, as the person wrote it. */
function mainTopic(result: SearchResult, concepts: Concept[], hit: SearchHit): string | undefined {
  // Topics are the vocabulary's groups (salary, interviews…), not any word that happened to match.
  const topics = concepts.filter((c) => matches(c, hit) && c.alternatives.some((a) => a.startsWith(synonymPrefix)));
  const matched = topics.sort((a, b) => b.weight - a.weight)[0];
  if (!matched) return undefined;
  const term = result.terms.find((t) => matched.alternatives.includes(t.term) && !t.qualifier);
  return term ? (term.typed ?? term.from) : undefined;
}

/** Whether the passage speaks of a word: names it, or matches the synonym group it belongs to ("meta" → FAANG). */
function covers(kb: KnowledgeBase, result: SearchResult, hit: SearchHit, word: string): boolean {
  if (kb.mentions(hit.passage, word)) return true;
  return result.terms.some((t) => t.kind === 'synonym' && t.from.split(' ').includes(word) && hit.matched.includes(t.term));
}

/** A pay question is answered by a figure of pay, or by a percentage (an ML premium "10–20% higher"). */
function holdsWanted(kb: KnowledgeBase, hit: SearchHit, wanted: WantedAnswer): boolean {
  return kb.holds(hit.passage, wanted) || (wanted === 'money' && kb.holds(hit.passage, 'percent'));
}

/** Decides whether the search result answers its question. */
export function judgeAnswerability(kb: KnowledgeBase, result: SearchResult): Answerability {
  const { concepts } = result;
  const top = result.hits[0];
  const closest = result.hits.slice(0, closestCount);
  const coverage = top?.coverage ?? 0;
  const uncovered = uncoveredWords(result, concepts, closest);
  const topic = top ? mainTopic(result, concepts, top) : undefined;
  const decline = (reason: DeclineReason, missingKind?: Answerability['missingKind']): Answerability => ({
    answerable: false,
    reason,
    uncovered,
    coverage,
    ...(missingKind ? { missingKind } : {}),
    ...(topic ? { topic } : {}),
  });
  // A title or company the articles name is covered where the best passage speaks of it and holds what is
  // asked: a cross-reference ("see the DE vs analytics engineer guide") names it without answering.
  const wanted = result.read.intent.wanted;
  const coveredByTop = (u: UnknownTerm) =>
    top !== undefined && u.mentioned === true && covers(kb, result, top, u.word) && (wanted === undefined || wanted === 'reason' || holdsWanted(kb, top, wanted));
  if (concepts.length === 0) return result.read.unknown.length > 0 ? decline('off-topic') : decline('empty');
  // "how do I set retries on an Airflow task": instructions for a tool the articles name are still not in them.
  if (result.read.intent.form === 'how-to' && top) return decline('missing', 'instructions');
  if (!isOnTopic(kb, result, concepts, top, coveredByTop)) return decline('off-topic');
  // Someone who describes themselves and asks "which one?" is answered by the passage closest to what they said.
  const bar = result.read.fromContext ? minCoverage * contextCoverageShare : minCoverage;
  if (!top || coverage < bar) return decline(result.terms.some((t) => t.kind !== 'role') ? 'missing' : 'off-topic', wanted);
  // A place, a company, another job or jargon in the main question: the sources can't speak about it, however
  // familiar the rest is. In a side question ("…? is it leetcode heavy") it is named as uncovered instead.
  const missing = (u: UnknownTerm) => salientKinds.has(u.kind) && u.inMainAsk && !coveredByTop(u);
  if (result.read.unknown.some(missing)) return decline('missing', wanted);
  // "How much…", "how long…": a figure is what was asked, and none of the closest passages holds one.
  const asksForFigure = result.read.intent.form === 'amount' || result.read.intent.form === 'duration' || result.read.intent.form === 'percent';
  if (wanted && asksForFigure && !closest.some((hit) => holdsWanted(kb, hit, wanted))) return decline('missing', wanted);
  return { answerable: true, uncovered, coverage, ...(topic ? { topic } : {}) };
}
