/**
 * How much of what the articles say on each /compare aspect the comparison shows, on the right side: the
 * key facts of eval/compare-facts.json (written from the articles, not from the code) looked for in the
 * points of each side, with the matching rule of the retrieval eval (normalizeForMatch).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { compareRoles } from '../compare/compare.js';
import type { Comparison, ComparisonPoint } from '../compare/types.js';
import type { KnowledgeBase } from '../search/engine.js';
import { normalizeForMatch } from './metrics.js';

export const compareFactsFile = 'eval/compare-facts.json';

export type FactSide = 'de' | 'mle' | 'both';

export const compareFactsSchema = z.object({
  $comment: z.string().optional(),
  aspects: z.record(
    z.string(),
    z.array(
      z.strictObject({
        side: z.enum(['de', 'mle', 'both']),
        phrase: z.string().refine((p) => normalizeForMatch(p) !== '', 'a phrase needs letters or digits'),
      }),
    ),
  ),
});

/** Key facts by aspect id. */
export type CompareFacts = z.infer<typeof compareFactsSchema>['aspects'];
export type KeyFact = CompareFacts[string][number];

export function readCompareFacts(file = compareFactsFile): CompareFacts {
  const parsed = compareFactsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`eval: ${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.aspects;
}

/** One aspect's figures: how many of its key facts are shown on their own side, and which are not. */
export interface AspectFactCoverage {
  aspect: string;
  total: number;
  shown: number;
  /** shown / total (1 when the aspect has no key facts). */
  share: number;
  /** Facts shown nowhere. */
  missing: KeyFact[];
  /** Facts shown, but on another side than their own. */
  misplaced: (KeyFact & { shownOn: FactSide[] })[];
}

/** A point as matched: a table row's label and cell read together ("SQL depth Deep"). */
function pointText(point: ComparisonPoint): string {
  return normalizeForMatch(`${point.label ?? ''} ${point.text}`);
}

function sidesOf(comparison: Comparison): Record<FactSide, string[]> {
  return { de: comparison.dataEngineer.map(pointText), mle: comparison.mlEngineer.map(pointText), both: comparison.both.map(pointText) };
}

/** Which of an aspect's key facts a comparison shows, and on which side. */
export function factCoverage(aspect: string, facts: KeyFact[], comparison: Comparison): AspectFactCoverage {
  const sides = sidesOf(comparison);
  const missing: KeyFact[] = [];
  const misplaced: AspectFactCoverage['misplaced'] = [];
  let shown = 0;
  for (const fact of facts) {
    const phrase = normalizeForMatch(fact.phrase);
    const on = (['de', 'mle', 'both'] as const).filter((side) => sides[side].some((text) => text.includes(phrase)));
    if (on.includes(fact.side)) shown += 1;
    else if (on.length > 0) misplaced.push({ ...fact, shownOn: on });
    else missing.push(fact);
  }
  return { aspect, total: facts.length, shown, share: facts.length === 0 ? 1 : shown / facts.length, missing, misplaced };
}

/** Runs the comparison of every aspect and measures it against its key facts. */
export function measureCompareFacts(kb: KnowledgeBase, facts: CompareFacts, compare: typeof compareRoles = compareRoles): AspectFactCoverage[] {
  return kb.aspects.map((aspect) => factCoverage(aspect.id, facts[aspect.id] ?? [], compare(kb, aspect)));
}

/** The per-aspect table npm run eval prints. */
export function factTable(rows: AspectFactCoverage[]): string[] {
  const pct = (x: number) => `${Math.floor(x * 100)}%`;
  const lines = [`${'aspect'.padEnd(18)} ${'key facts'.padStart(9)} ${'shown'.padStart(6)} ${'share'.padStart(6)}   misplaced`];
  for (const row of rows) {
    lines.push(`${row.aspect.padEnd(18)} ${String(row.total).padStart(9)} ${String(row.shown).padStart(6)} ${pct(row.share).padStart(6)}   ${String(row.misplaced.length).padStart(9)}`);
  }
  const total = rows.reduce((n, r) => n + r.total, 0);
  const shown = rows.reduce((n, r) => n + r.shown, 0);
  lines.push(`${'all'.padEnd(18)} ${String(total).padStart(9)} ${String(shown).padStart(6)} ${pct(total === 0 ? 1 : shown / total).padStart(6)}`);
  return lines;
}
