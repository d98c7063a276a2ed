/**
 * /compare: what the articles say on one aspect, Data Engineer and ML Engineer side by side. Each passage is
 * read piece by piece (sentence, list item, table cell); a piece on the aspect goes to the side of the role it
 * is about, so one role never crowds out the other. A fact the articles repeat is shown once, a sentence that
 * only sends the reader elsewhere never, and a list split in parts reads as one point, lead-in and items.
 */
import { citationOf } from '../answer/answer.js';
import type { Passage } from '../knowledge/passages.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { Aspect } from './aspects.js';
import { findDisagreements, type FigureSource } from './disagreements.js';
import { repeatedPieces } from './repeats.js';
import { aspectReaders } from './topics.js';
import type { Comparison, ComparisonPoint } from './types.js';
import { joinPieces, type PointSide, piecesOnAspect, type SidedPiece } from './units.js';

/** Works out one aspect's comparison; `aspects` are all those offered, so a phrase naming another is not this one's. */
export function compareRoles(kb: KnowledgeBase, aspect: Aspect, aspects: readonly Aspect[] = [aspect]): Comparison {
  const context = aspectReaders(kb, aspect, aspects);
  // Every passage is read, so nothing on the aspect depends on how search ranks; its score only orders them. The
  // query is what is searched for (knowledge/aspects.json); cues only put sentences on the aspect.
  const search = aspect.query;
  const scores = new Map(
    kb.search(search, { limit: kb.passages.length, articleWordsOnly: true }).hits.map((hit) => [hit.passage.id, hit.score]),
  );
  const found = inReadingOrder(
    kb.passages
      .map((passage) => ({ passage, score: scores.get(passage.id) ?? 0, pieces: piecesOnAspect(kb, passage, kb.sideOf(passage), context) }))
      .filter((f) => f.pieces.length > 0),
  );
  const kept = withoutRepeats(kb, found);

  const sides: Record<PointSide, ComparisonPoint[]> = { de: [], mle: [], both: [] };
  const figures: FigureSource[] = [];
  // The list each side's last point quotes, so the next part of the same list joins it.
  const lastList: Partial<Record<PointSide, string>> = {};
  for (const { passage, score, pieces } of kept) {
    const list = listOf(passage);
    for (const side of ['de', 'mle', 'both'] as const) {
      let mine = pieces.filter((p) => p.side === side);
      if (mine.every((p) => p.leadIn)) continue;
      const previous = sides[side].at(-1);
      const continues = list !== undefined && lastList[side] === list && previous !== undefined;
      lastList[side] = list;
      // A list split into one passage per item repeats its lead-in ("Key Problems:") with each: say it once.
      if (continues) mine = mine.filter((p) => !p.leadIn);
      const text = joinPieces(passage, mine);
      const label = mine[0]!.label;
      if (continues) {
        previous.text = `${previous.text}\n${text}`;
        previous.alsoQuotes = [...(previous.alsoQuotes ?? []), passage.id];
      } else {
        const about = mine[0]!.context;
        sides[side].push({
          passageId: passage.id,
          citation: citationOf(passage),
          score: Math.round(score * 1000) / 1000,
          ...(label !== undefined ? { label } : {}),
          ...(about !== undefined ? { context: about } : {}),
          text,
        });
      }
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

/** The list a passage is a part of, when it is one part of a list split by item under a lead-in. */
function listOf(passage: Passage): string | undefined {
  if (passage.kind !== 'list') return undefined;
  const leadIns = passage.text
    .split('\n')
    .map((line) => line.replace(/^\s*-\s+/, '').trim())
    .filter((line) => line.endsWith(':'));
  return leadIns.length > 0 ? [passage.source, passage.section, ...leadIns].join('\n') : undefined;
}

/** The passages' pieces without those that repeat another passage's (lead-ins are kept: they are said once above). */
function withoutRepeats<T extends { passage: Passage; pieces: SidedPiece[] }>(kb: KnowledgeBase, found: T[]): T[] {
  const all = found.flatMap((f, i) => f.pieces.map((piece, j) => ({ at: [i, j] as const, piece, passageId: f.passage.id })));
  const candidates = all.filter((p) => !p.piece.leadIn);
  const dropped = repeatedPieces(
    kb,
    candidates.map((c) => ({ passageId: c.passageId, side: c.piece.side, text: `${c.piece.label ?? ''} ${c.piece.text}` })),
  );
  const gone = new Set([...dropped].map((k) => candidates[k]!.at.join(':')));
  return found
    .map((f, i) => ({ ...f, pieces: f.pieces.filter((_, j) => !gone.has(`${i}:${j}`)) }))
    .filter((f) => f.pieces.some((p) => !p.leadIn));
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
    (a, b) =>
      best.get(sectionOf(b))! - best.get(sectionOf(a))! || sectionOf(a).localeCompare(sectionOf(b)) || a.passage.line - b.passage.line,
  );
}
