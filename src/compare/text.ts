/** How a comparison point reads, for front ends: its label, and its lines one under another or as one. */
import type { ComparisonPoint } from './types.js';

/** A point's lines as one: a lead-in ("Common tools:") runs into what it introduces, other lines are joined by " · ". */
export function oneLine(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((out, line) => (out === '' ? line : `${out}${out.endsWith(':') ? ' ' : ' · '}${line}`), '');
}

/**
 * What a point is labelled with: its row's label, after what the row's table is about when that is another
 * topic than the comparison's ("2026 Salary Benchmarks › Remote (Global)"); undefined when it has none.
 */
export function pointLabel(point: Pick<ComparisonPoint, 'label' | 'context'>): string | undefined {
  if (point.label === undefined || point.label === '') return undefined;
  return point.context !== undefined ? `${point.context} › ${point.label}` : point.label;
}

/** A point's lines one under another: a list's lead-in ("Key Problems:") first and its items after it, marked. */
export function pointLines(text: string): { first: string; items: string[]; leadIn: boolean } {
  const [first = '', ...rest] = text.split('\n').filter((line) => line.trim() !== '');
  return { first, items: rest, leadIn: first.trimEnd().endsWith(':') && rest.length > 0 };
}
