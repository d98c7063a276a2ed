/**
 * /compare: everything the articles say on one aspect, Data Engineer and ML Engineer side by side. Each
 * passage on the aspect is read piece by piece (sentence, list item, table cell) and each piece goes to the
 * side of the role it is about, so one role never crowds out the other and nothing on the aspect is dropped.
 */
import { citationOf } from '../answer/answer.js';
import type { Passage } from '../knowledge/passages.js';
import type { KnowledgeBase } from '../search/engine.js';
import type { Aspect } from './aspects.js';
import { findDisagreements, type FigureSource } from './disagreements.js';
import type { Comparison, ComparisonPoint } from './types.js';
import { aspectMatcher, joinPieces, type PointSide, piecesOnAspect } from './units.js';

export function compareRoles(kb: KnowledgeBase, aspect: Aspect): Comparison {
  const terms = kb.analyze(aspect.query);
  const speaks = aspectMatcher(kb, kb.concepts(terms), aspect.cues);
  // Every passage is read, so nothing on the aspect depends on how search ranks; its score only orders them.
  const search = [aspect.query, ...(aspect.cues ?? [])].join(' ');
  const scores = new Map(kb.search(search, { limit: kb.passages.length }).hits.map((hit) => [hit.passage.id, hit.score]));
  const found = kb.passages
    .map((passage) => ({ passage, score: scores.get(passage.id) ?? 0, pieces: piecesOnAspect(kb, passage, kb.sideOf(passage), speaks) }))
    .filter((f) => f.pieces.length > 0);

  const sides: Record<PointSide, ComparisonPoint[]> = { de: [], mle: [], both: [] };
  const figures: FigureSource[] = [];
  const leadInsShown = new Set<string>();
  for (const { passage, score, pieces } of inReadingOrder(found)) {
    const base = { passageId: passage.id, citation: citationOf(passage), score: Math.round(score * 1000) / 1000 };
    for (const side of ['de', 'mle', 'both'] as const) {
      // A list split into one passage per item repeats its lead-in ("Key Problems:") with each: say it once.
      const mine = pieces.filter((p) => {
        if (p.side !== side) return false;
        if (passage.kind !== 'list' || !p.text.endsWith(':')) return true;
        const key = `${side}\n${passage.source}\n${passage.section}\n${p.text}`;
        return leadInsShown.has(key) ? false : Boolean(leadInsShown.add(key));
      });
      if (mine.length === 0 || mine.every((p) => p.text.endsWith(':'))) continue;
      const label = mine[0]!.label;
      const text = joinPieces(passage, mine);
      sides[side].push({ ...base, ...(label !== undefined ? { label } : {}), text });
      // A list item's figures are read together ("$180K-$245K base. Total comp: $260K-$420K"), a paragraph's
      // sentence by sentence.
      const units = passage.kind === 'list' ? text.split('\n') : mine.map((p) => p.text);
      for (const unit of units) figures.push({ side, passage, text: unit, ...(label !== undefined ? { label } : {}) });
    }
  }
  return {
    aspect: { id: aspect.id, label: aspect.label },
    dataEngineer: sides.de,
    mlEngineer: sides.mle,
    both: sides.both,
    disagreements: findDisagreements(figures),
  };
}

/**
 * Sections best first (by their best passage), and the passages of a section in the order the article has
 * them, so a list split in parts, or a table, reads as written.
 */
function inReadingOrder<T extends { passage: Passage; score: number }>(found: T[]): T[] {
  const sectionOf = (f: T) => `${f.passage.source}\n${f.passage.section}`;
  const best = new Map<string, number>();
  for (const f of found) best.set(sectionOf(f), Math.max(best.get(sectionOf(f)) ?? 0, f.score));
  return [...found].sort(
    (a, b) => best.get(sectionOf(b))! - best.get(sectionOf(a))! || sectionOf(a).localeCompare(sectionOf(b)) || a.passage.line - b.passage.line,
  );
}
