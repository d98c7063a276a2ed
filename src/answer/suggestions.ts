/**
 * Topics to offer when a question is declined: the /compare aspects closest to what was asked, and a
 * question the articles answer (their own FAQ-style headings), so the user has somewhere to go.
 */
import type { QueryTerm } from '../search/analyzer.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { Suggestion } from './types.js';

/** A /compare aspect as suggestions need it (knowledge/aspects.json). */
export interface SuggestableAspect {
  id: string;
  label: string;
  query: string;
  aliases: string[];
}

export const maxSuggestions = 3;

function overlap(kb: KnowledgeBase, text: string, wanted: Set<string>): number {
  return new Set(kb.analyzer.analyzeDocument(text).filter((t) => wanted.has(t))).size;
}

export function suggestTopics(kb: KnowledgeBase, terms: QueryTerm[], aspects: readonly SuggestableAspect[]): Suggestion[] {
  // A guessed correction ("bread" read as "break") is no basis for a suggestion.
  const wanted = new Set(terms.filter((t) => !t.corrected).map((t) => t.term));
  const closest = aspects
    .map((aspect, order) => ({ aspect, order, score: overlap(kb, [aspect.label, aspect.query, ...aspect.aliases].join(' \n '), wanted) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 2)
    .map(({ aspect }): Suggestion => ({ kind: 'compare', aspect: aspect.id, label: aspect.label }));
  // A numbered heading ("4. How important is comp ceiling to you?") is one step of a list, not a question to try.
  const questions = [
    ...new Set(kb.passages.map((p) => p.sectionPath.at(-1) ?? '').filter((h) => h.endsWith('?') && h.length <= 80 && !/^\d+\./.test(h))),
  ];
  const question = questions
    .map((text, order) => ({ text, order, score: overlap(kb, text, wanted) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)[0];
  return [...closest, ...(question ? [{ kind: 'question', text: question.text } satisfies Suggestion] : [])].slice(0, maxSuggestions);
}
