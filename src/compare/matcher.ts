/** Whether a text speaks of an aspect, by the words of its query and its cues (knowledge/aspects.json). */
import { synonymPrefix } from '../search/analyzer.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { Concept } from '../search/ranking.js';
import { escapeRegExp } from '../question/regexp.js';

/**
 * Below this inverse document frequency a plain word is in about one passage in five or more ("role", "path"):
 * it does not make a heading or a sentence about the aspect.
 */
export const commonWordIdf = 1.5;

/**
 * Tells whether a text speaks of an aspect. In a heading or a row's label any telling word of the aspect will
 * do. In running text a word that the aspect's phrases put in a synonym group counts only through the group
 * ("barrier to entry" through the difficulty words, not "entry" or "break" alone, which also mean entry pay
 * and "breaks down").
 */
export function aspectMatcher(kb: KnowledgeBase, concepts: Concept[], cues: readonly string[] = []) {
  const isTelling = (term: string) => term.startsWith(synonymPrefix) || kb.idf(term) >= commonWordIdf;
  const inHeadings = new Set(concepts.flatMap((c) => c.alternatives.filter(isTelling)));
  const inText = new Set(
    concepts.flatMap((c) => {
      const groups = c.alternatives.filter((term) => term.startsWith(synonymPrefix));
      return groups.length > 0 ? groups : c.alternatives.filter(isTelling);
    }),
  );
  // A cue is a whole word or phrase, plural too: "career" finds "careers", not "careerist".
  const cued = cues.map((cue) => new RegExp(`\\b${escapeRegExp(cue)}s?\\b`, 'i'));
  return (text: string, where: 'heading' | 'text'): boolean => {
    if (cued.some((cue) => cue.test(text))) return true;
    const wanted = where === 'heading' ? inHeadings : inText;
    return kb.analyzer.analyzeDocument(text).some((term) => wanted.has(term));
  };
}

export type AspectMatcher = ReturnType<typeof aspectMatcher>;
