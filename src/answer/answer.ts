/** Answers a free-text question with cited passages, or declines honestly with topics to try. */
import type { Passage } from '../knowledge/passages.js';
import type { QueryTerm } from '../search/analyzer.js';
import type { KnowledgeBase, SearchHit } from '../search/engine.js';
import { type Concept, matchedWeight } from '../search/ranking.js';
import { quotableUnits } from './sentences.js';
import { suggestTopics } from './suggestions.js';
import type { Answer, AnswerPassage, Citation } from './types.js';

export const maxAnswerPassages = 5;
/**
 * The confidence bar: the best passage must hold this share of the question's content (weighted by how
 * rare each word is). Raw scores cannot separate in-scope from out-of-scope questions on this corpus;
 * coverage can, because an off-topic question's distinctive words appear nowhere.
 */
export const minCoverage = 0.35;
/** Later passages must keep up with the best one to be shown, so a good answer is not padded with noise. */
export const minRelativeScore = 0.2;

export function citationOf(passage: Passage): Citation {
  return {
    source: passage.source,
    title: passage.title,
    ...(passage.publisher ? { publisher: passage.publisher } : {}),
    section: passage.section,
  };
}

const summaryItems = 4;

/** Each quotable unit with the weight of the question's concepts it holds. */
export function scoreUnits(kb: KnowledgeBase, units: string[], concepts: Concept[]): { unit: string; score: number }[] {
  return units.map((unit) => ({ unit, score: matchedWeight(concepts, kb.analyzer.analyzeDocument(unit)) }));
}

/**
 * The unit of the passage whose terms carry most of the question's weight. When no item of a list stands
 * out ("mle vs de skills" matches the whole "Shared Skills" list equally), the list is summarised by its
 * heading and first items instead of quoting one arbitrary item.
 */
export function keySentence(kb: KnowledgeBase, hit: SearchHit, concepts: Concept[]): string {
  // A list's lead-in ("Day-to-day tasks include:") introduces the answer; it is not the answer.
  const all = quotableUnits(hit.passage);
  const units = all.length > 1 ? all.filter((unit) => !unit.trimEnd().endsWith(':')) : all;
  const scored = scoreUnits(kb, units, concepts);
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), scored[0] ?? { unit: hit.passage.text, score: 0 });
  const ties = scored.filter((s) => s.score === best.score).length;
  if (hit.passage.kind === 'list' && units.length > 2 && ties > 2) {
    const label = all.find((unit) => unit.trimEnd().endsWith(':'))?.replace(/:\s*$/, '') ?? hit.passage.sectionPath.at(-1);
    const items = units.slice(0, summaryItems).join('; ');
    return `${label ? `${label}: ` : ''}${items}${units.length > summaryItems ? '; …' : ''}`;
  }
  return best.unit;
}

export function toAnswerPassage(kb: KnowledgeBase, hit: SearchHit, concepts: Concept[]): AnswerPassage {
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
    keySentence: keySentence(kb, hit, concepts),
  };
}

/**
 * Whether a question is about these careers at all, judged from its own words: it names a role or a term
 * of the domain's vocabulary, or at least two of its words match and one of them is a topic of the
 * articles. One familiar word ("day" in "how's your day going") is too little, and so is a job title the
 * articles never mention.
 */
function isOnTopic(kb: KnowledgeBase, question: string, terms: QueryTerm[], top: SearchHit, concepts: Concept[]): boolean {
  if (kb.otherJobTitle(question, terms)) return false;
  if (terms.some((t) => t.kind === 'role' || (t.kind === 'synonym' && !t.inferred))) return true;
  const matched = concepts.filter((c) => c.alternatives.some((a) => top.matched.includes(a))).length;
  return matched >= 2 && terms.some((t) => !t.inferred && kb.isDomainTerm(t.term));
}

/**
 * A name the articles never mention ("London", "Databricks", "Rust"): capitalised inside the question and
 * unknown to the index. The sources can't speak about it, however familiar the rest of the question is.
 */
function unknownName(kb: KnowledgeBase, question: string, terms: QueryTerm[]): string | undefined {
  const names = new Set([...question.matchAll(/(?<=\S\s+)([A-Z][a-z]+)\b/g)].map((m) => m[1]!.toLowerCase()));
  return terms.find((t) => t.kind === 'word' && !t.corrected && names.has(t.from) && !kb.knows(t.term))?.from;
}

export function answerQuestion(kb: KnowledgeBase, question: string): Answer {
  const trimmed = question.trim();
  const result = kb.search(trimmed, { limit: maxAnswerPassages });
  const concepts = kb.concepts(result.terms);
  const passages = result.hits.map((hit) => toAnswerPassage(kb, hit, concepts));
  const top = result.hits[0];
  const decline = (declineReason: 'empty' | 'not-covered'): Answer => ({
    question: trimmed,
    answered: false,
    declineReason,
    passages,
    shown: 0,
    suggestions: suggestTopics(kb, result.terms),
  });
  if (concepts.length === 0) return decline('empty');
  if (!top || top.coverage < minCoverage) return decline('not-covered');
  if (!isOnTopic(kb, trimmed, result.terms, top, concepts) || unknownName(kb, trimmed, result.terms) !== undefined) return decline('not-covered');
  const shown = result.hits.filter((hit) => hit.score >= top.score * minRelativeScore && hit.coverage >= minCoverage / 2);
  return { question: trimmed, answered: true, passages, shown: shown.length, suggestions: [] };
}
