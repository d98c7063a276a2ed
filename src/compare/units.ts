/**
 * What a passage says on an aspect, piece by piece (a sentence, a list item, a table cell), and whose side
 * each piece is on. A passage under a heading that names the aspect (or a row whose label does, or a list
 * whose lead-in does) is on it whole; elsewhere only the sentences or items that name the aspect are.
 */
import type { Passage } from '../knowledge/passages.js';
import { quotableUnits, splitSentences } from '../knowledge/units.js';
import { synonymPrefix } from '../search/analyzer.js';
import type { Direction } from '../search/direction.js';
import type { KnowledgeBase } from '../search/engine.js';
import type { Concept } from '../search/ranking.js';
import { rolesIn, rowColumns, type Side } from '../search/sides.js';
import { directionOf } from './figures.js';

export type PointSide = 'de' | 'mle' | 'both';

/** One quoted piece of a passage, on one side. */
export interface SidedPiece {
  side: PointSide;
  text: string;
  /** A table row's label, or the few words run into a paragraph as its heading ("SQL depth"). */
  label?: string;
  /** Where it starts and ends in the passage's text, so that pieces are joined as written. */
  start: number;
  end: number;
}

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
  const cued = cues.map((cue) => new RegExp(`\\b${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`, 'i'));
  return (text: string, where: 'heading' | 'text'): boolean => {
    if (cued.some((cue) => cue.test(text))) return true;
    const wanted = where === 'heading' ? inHeadings : inText;
    return kb.analyzer.analyzeDocument(text).some((term) => wanted.has(term));
  };
}

export type AspectMatcher = ReturnType<typeof aspectMatcher>;

/**
 * The headings a passage sits under, nearest first. A heading that asks a question ("Do I need a Master's or
 * PhD?") is the whole topic of what follows it; one that names a part ("Data Engineer", "Cross-Role
 * Transitions") leaves its parent's topic ("Career Path Comparison") in force.
 */
function headings(passage: Passage): string[] {
  const path = passage.sectionPath;
  const out: string[] = [];
  for (let i = path.length - 1; i >= 0; i -= 1) {
    out.push(path[i]!);
    if (path[i]!.trimEnd().endsWith('?')) break;
  }
  return out;
}

/**
 * "SQL depth. Data engineers go deep on SQL…": a paragraph that opens with a few words naming no role, then a
 * sentence that opens with a role, runs a heading into it. "The progression rewards scale. Each level…" does
 * not, nor does the answer under a question ("Helpful but not required. Most ML engineer roles…").
 */
function runInHeading(kb: KnowledgeBase, passage: Passage, sentences: string[]): string | undefined {
  const [first, second] = sentences;
  if (first === undefined || second === undefined || !/^[^,]+\.$/.test(first) || first.split(/\s+/).length > 5) return undefined;
  if (passage.sectionPath.at(-1)?.trimEnd().endsWith('?') || /^both\b/i.test(first) || rolesIn(kb.analyzer, first).size > 0) return undefined;
  return rolesIn(kb.analyzer, second.split(/\s+/).slice(0, 3).join(' ')).size > 0 ? first : undefined;
}

/** The pieces of a passage that are on the aspect, with their sides; empty when the passage is not on it. */
export function piecesOnAspect(kb: KnowledgeBase, passage: Passage, side: Side, speaks: AspectMatcher): SidedPiece[] {
  return passage.kind === 'row' && passage.cells && passage.header
    ? rowPieces(kb, passage, passage.cells, passage.header, speaks)
    : prosePieces(kb, passage, side, speaks);
}

/** A table row is on the aspect by its heading, its label or its cells; each role's cell goes to its side. */
function rowPieces(kb: KnowledgeBase, passage: Passage, cells: string[], header: string[], speaks: AspectMatcher): SidedPiece[] {
  const [label = '', ...values] = cells;
  if (!speaks([...headings(passage), label].join('\n'), 'heading') && !speaks(values.join('\n'), 'text')) return [];
  const columns = rowColumns(kb.analyzer, header);
  const cell = (text: string) => ({ label, text, start: 0, end: 0 });
  if (columns.de === undefined || columns.mle === undefined) return [{ side: 'both', ...cell(values.join(' · ')) }];
  const pieces = [{ side: 'de' as const, ...cell(cells[columns.de] ?? '') }, { side: 'mle' as const, ...cell(cells[columns.mle] ?? '') }];
  return pieces.filter((p) => p.text.trim() !== '');
}

/** The sentences of a paragraph, or the items of a list, that are on the aspect; all of them under a heading on it. */
function prosePieces(kb: KnowledgeBase, passage: Passage, side: Side, speaks: AspectMatcher): SidedPiece[] {
  const units = quotableUnits(passage);
  const leadIns = passage.kind === 'list' ? units.filter((u) => u.endsWith(':')) : [];
  const runIn = passage.kind === 'paragraph' ? runInHeading(kb, passage, units) : undefined;
  const whole = speaks([...headings(passage), runIn ?? ''].join('\n'), 'heading') || speaks(leadIns.join('\n'), 'text');
  const onAspect = units.map((unit) => whole || speaks(unit, 'text'));
  if (!onAspect.includes(true)) return [];
  const direction = directionOf(`${passage.sectionPath.at(-1) ?? ''}\n${passage.text}`);
  // The run-in heading is said once, as the label of what follows it.
  const label = runIn?.replace(/\.$/, '');
  const pieces: SidedPiece[] = [];
  let previous: PointSide | undefined;
  let cursor = 0;
  const located = (text: string) => {
    const start = Math.max(cursor, passage.text.indexOf(text, cursor));
    cursor = start + text.length;
    return { text, start, end: cursor, ...(label ? { label } : {}) };
  };
  units.forEach((unit, i) => {
    if (runIn !== undefined && i === 0) return;
    // A sentence that names no role and points back ("demand for this role outstrips supply") is about the
    // role of its section's heading, or else of the sentence before it; one that does not point back goes on
    // about both after a sentence about both. The sentences of a list item all go on about its first.
    let carried: PointSide | undefined;
    if (passage.kind === 'paragraph') carried = anaphoric.test(unit) ? (side === 'de' || side === 'mle' ? side : previous) : previous === 'both' ? 'both' : undefined;
    const sided = (passage.kind === 'paragraph' ? [unit] : splitSentences(unit))
      .flatMap((sentence) => clauses(kb, sentence))
      .map((text) => {
        const piece = { ...located(text), side: sideOf(kb, text, side, direction, carried) };
        if (passage.kind === 'list') carried ??= piece.side === 'both' ? undefined : piece.side;
        return piece;
      });
    previous = sided.every((s) => s.side === sided[0]!.side) ? sided[0]!.side : 'both';
    if (onAspect[i]) pieces.push(...sided);
  });
  return pieces;
}

const pronoun = /^(they|their|them|it|its|this|that|these|those)\b/i;
const anaphoric = /\b(this role|this path|they|their|them)\b/i;

/**
 * "If you have ML aptitude, ML engineer is achievable; if you're optimizing for fastest entry, data engineer
 * is more realistic": two clauses, each about one role, are two pieces. A clause that opens with a pronoun
 * ("…; their job is to feed whatever model the MLE chose") goes on about the first one's role, so stays.
 */
function clauses(kb: KnowledgeBase, sentence: string): string[] {
  const parts = sentence.split(/;\s+/);
  if (parts.length !== 2 || pronoun.test(parts[1]!)) return [sentence];
  const [a, b] = parts.map((p) => rolesIn(kb.analyzer, p));
  if (a!.size !== 1 || b!.size !== 1 || [...a!][0] === [...b!][0]) return [sentence];
  return parts;
}

/**
 * A piece is on the side of the role it names; naming both, or neither in a passage about both, puts it under
 * both. A passage about a move ("DE to MLE pivot") puts its pieces with the role moved into, unless its
 * heading names one role.
 */
function sideOf(kb: KnowledgeBase, text: string, passageSide: Side, direction: Direction | undefined, carried: PointSide | undefined): PointSide {
  if (/^both\b/i.test(text)) return 'both';
  const move = directionOf(text) ?? (passageSide === 'de' || passageSide === 'mle' ? undefined : direction);
  if (move) return move === 'de-to-mle' ? 'mle' : 'de';
  const roles = rolesIn(kb.analyzer, text);
  if (roles.size === 0 && carried) return carried;
  if (passageSide === 'de' || passageSide === 'mle') roles.add(passageSide);
  return roles.size === 1 ? [...roles][0]! : 'both';
}

/**
 * A passage's pieces on one side as one quote, as written where they are adjacent; otherwise list items go
 * one a line and sentences left out between two pieces are marked "…".
 */
export function joinPieces(passage: Passage, pieces: SidedPiece[]): string {
  let text = '';
  pieces.forEach((piece, i) => {
    const before = pieces[i - 1];
    if (!before) text = piece.text;
    else if (/^\s+$/.test(passage.text.slice(before.end, piece.start))) text += ` ${piece.text}`;
    else if (passage.kind === 'list' && /\n/.test(passage.text.slice(before.end, piece.start))) text += `\n${piece.text}`;
    else text += ` … ${piece.text}`;
  });
  return text;
}
