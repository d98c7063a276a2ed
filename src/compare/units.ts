/**
 * What a passage says on an aspect, piece by piece (a sentence, a list item, a table cell), and whose side
 * each piece is on. A piece is on the aspect when what it stands under is (src/compare/topics.ts: a heading,
 * a row's label, a list's lead-in, a paragraph's run-in heading), or when it speaks of the aspect itself.
 * A sentence that only sends the reader elsewhere is never a piece.
 */
import type { Passage } from '../knowledge/passages.js';
import { isAnnouncement, isCrossReference, quotableUnits, splitSentences } from '../knowledge/units.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { rolesIn, rowColumns, type Side } from '../search/sides.js';
import { directionOf } from './figures.js';
import { anaphoric, clauses, paragraphSide, type PointSide, sideOf } from './sides.js';
import { type AspectReader, openingOf, type TopicLevel, topicOf } from './topics.js';

export type { PointSide } from './sides.js';

/** One quoted piece of a passage, on one side. */
export interface SidedPiece {
  side: PointSide;
  text: string;
  /** A table row's label, or the few words run into a paragraph as its heading ("SQL depth"). */
  label?: string;
  /** The heading of a row's table when the row is on the aspect by its label alone ("2026 Salary Benchmarks"). */
  context?: string;
  /** A list's lead-in ("Key Problems:"), shown only with items of its list. */
  leadIn?: boolean;
  /** Where it starts and ends in the passage's text, so that pieces are joined as written. */
  start: number;
  end: number;
}

/** The aspect compared and the others, which say what a piece labelled as theirs is about. */
export interface AspectContext {
  reader: AspectReader;
  others: AspectReader[];
}

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
  if (passage.sectionPath.at(-1)?.trimEnd().endsWith('?') || /^both\b/i.test(first) || rolesIn(kb.analyzer, first).size > 0)
    return undefined;
  return rolesIn(kb.analyzer, second.split(/\s+/).slice(0, 3).join(' ')).size > 0 ? first : undefined;
}

/** The pieces of a passage that are on the aspect, with their sides; empty when the passage is not on it. */
export function piecesOnAspect(kb: KnowledgeBase, passage: Passage, side: Side, aspect: AspectContext): SidedPiece[] {
  return passage.kind === 'row' && passage.cells && passage.header
    ? rowPieces(kb, passage, passage.cells, passage.header, aspect)
    : prosePieces(kb, passage, side, aspect);
}

const headingLevels = (passage: Passage): TopicLevel[] => headings(passage).map((text) => ({ text, where: 'heading', local: false }));

/**
 * A table row is on the aspect by its label or its table's heading, or by its cells (by the aspect's own name
 * when the label is another aspect's: "Top Certification: … AWS Certified …" is no tool). Each role's cell
 * goes to its side.
 */
function rowPieces(
  kb: KnowledgeBase,
  passage: Passage,
  cells: string[],
  header: string[],
  { reader, others }: AspectContext,
): SidedPiece[] {
  const [label = '', ...values] = cells;
  const topic = topicOf([{ text: label, where: 'heading', local: true }, ...headingLevels(passage)], reader, others);
  const said = values.join('\n');
  if (!topic.inForce && !(reader.speaks(said, 'text') && (!topic.strict || reader.names(said)))) return [];
  const columns = rowColumns(kb.analyzer, header);
  const cell = (text: string) => ({
    label,
    text,
    start: 0,
    end: 0,
    ...(topic.elsewhere !== undefined ? { context: topic.elsewhere } : {}),
  });
  if (columns.de === undefined || columns.mle === undefined) return [{ side: 'both', ...cell(values.join(' · ')) }];
  const pieces = [
    { side: 'de' as const, ...cell(cells[columns.de] ?? '') },
    { side: 'mle' as const, ...cell(cells[columns.mle] ?? '') },
  ];
  return pieces.filter((p) => p.text.trim() !== '');
}

/** "DE to MLE pivot: achievable but…": the few words a paragraph's first sentence opens with as its label. */
const labelled = /^([^:\d]{2,40}):\s+\S/;

/**
 * The sentences of a paragraph, or the items of a list, that are on the aspect. Each is read with what it
 * stands under: its own opening words, the paragraph's run-in heading or label, the list's lead-ins, then the
 * headings. A list's lead-in is shown with the items of it that are.
 */
function prosePieces(kb: KnowledgeBase, passage: Passage, passageSide: Side, { reader, others }: AspectContext): SidedPiece[] {
  const units = quotableUnits(passage);
  const isLeadIn = (unit: string) => passage.kind === 'list' && unit.endsWith(':');
  const runIn = passage.kind === 'paragraph' ? runInHeading(kb, passage, units) : undefined;
  const paragraphLabel = passage.kind === 'paragraph' ? (runIn ?? labelled.exec(units[0] ?? '')?.[1]) : undefined;
  const onAspect = units.map((unit, i) => {
    if (isLeadIn(unit) || isCrossReference(unit) || isAnnouncement(unit)) return false;
    const leadIns = units.slice(0, i).filter(isLeadIn).reverse();
    const levels: TopicLevel[] = [
      ...(paragraphLabel !== undefined ? [{ text: paragraphLabel, where: 'heading' as const, local: true }] : []),
      ...leadIns.map((text) => ({ text, where: 'text' as const, local: false, leadIn: true })),
      ...headingLevels(passage),
    ];
    const topic = topicOf(levels, reader, others, openingOf(unit));
    return topic.inForce || (reader.speaks(unit, 'text') && (!topic.strict || reader.names(unit)));
  });
  // A lead-in goes with the items after it that are shown.
  units.forEach((unit, i) => {
    if (isLeadIn(unit)) onAspect[i] = onAspect.slice(i + 1).some(Boolean);
  });
  if (!onAspect.includes(true)) return [];
  const direction = directionOf(`${passage.sectionPath.at(-1) ?? ''}\n${passage.text}`);
  const side = passage.kind === 'paragraph' ? paragraphSide(kb, passage, units, passageSide, direction) : passageSide;
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
    if (passage.kind === 'paragraph')
      carried = anaphoric.test(unit) ? (side === 'de' || side === 'mle' ? side : previous) : previous === 'both' ? 'both' : undefined;
    const sided = (passage.kind === 'paragraph' ? [unit] : splitSentences(unit))
      .flatMap((sentence) => clauses(kb, sentence))
      .map((text) => {
        const piece = { ...located(text), side: sideOf(kb, text, side, direction, carried), ...(isLeadIn(unit) ? { leadIn: true } : {}) };
        if (passage.kind === 'list') carried ??= piece.side === 'both' ? undefined : piece.side;
        return piece;
      });
    previous = sided.every((s) => s.side === sided[0]!.side) ? sided[0]!.side : 'both';
    if (onAspect[i]) pieces.push(...sided);
  });
  return pieces;
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
