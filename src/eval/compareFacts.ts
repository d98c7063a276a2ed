/**
 * How much of what the articles say on each /compare aspect the comparison shows, on the right side: the
 * key facts of eval/compare-facts.json (written from the articles, not from the code) looked for in the
 * points of each side, with the matching rule of the retrieval eval (normalizeForMatch). And how much of
 * what it shows is plainly on the aspect: the share of points that hold one of its key facts or name it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Aspect } from '../compare/aspects.js';
import { compareRoles } from '../compare/compare.js';
import type { Comparison, ComparisonPoint } from '../compare/types.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { normalizeForMatch } from './metrics.js';
import { escapeRegExp } from '../question/regexp.js';

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

/**
 * How much of a comparison is plainly on its aspect. A point is counted on the aspect when it holds one of the
 * aspect's key facts (on any side) or names the aspect: its id, label, an alias or a cue of knowledge/aspects.json
 * as a whole word (a plural too), never the words of its search query, which for some aspects are examples
 * ("spark", "pytorch") rather than names. A point may be on the aspect without either, so this is a floor on
 * precision, not precision itself; it falls when points come in only because their section does.
 */
export interface AspectPrecision {
  /** Points shown, all sides together. */
  points: number;
  /** Distinct sections cited by the points. */
  sources: number;
  /** Points holding a key fact of the aspect or naming it. */
  onAspect: number;
  /** onAspect / points (1 when nothing is shown). */
  precision: number;
  /** The other points, as shown ("label: text"), with their side. */
  offAspect: { side: FactSide; text: string }[];
}

/** The words that name an aspect, as matched: normalised, each a whole word or phrase, or its plural. */
export function aspectNames(aspect: Pick<Aspect, 'id' | 'label' | 'aliases' | 'cues'>): RegExp[] {
  const names = [aspect.id.replace(/-/g, ' '), aspect.label, ...aspect.aliases, ...(aspect.cues ?? [])]
    .map(normalizeForMatch)
    .filter((n) => n !== '');
  // "salary" finds "salaries", "tool" finds "tools".
  const plural = (name: string) =>
    /[^aeiou]y$/.test(name) ? `${escapeRegExp(name.slice(0, -1))}(?:y|ies)` : `${escapeRegExp(name)}(?:s|es)?`;
  return [...new Set(names)].map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${plural(name)}(?![\\p{L}\\p{N}])`, 'u'));
}

/** Which points of a comparison hold a key fact of its aspect or name it. */
export function aspectPrecision(
  aspect: Pick<Aspect, 'id' | 'label' | 'aliases' | 'cues'>,
  facts: KeyFact[],
  comparison: Comparison,
): AspectPrecision {
  const names = aspectNames(aspect);
  const phrases = facts.map((f) => normalizeForMatch(f.phrase));
  const shown = (['de', 'mle', 'both'] as const).flatMap((side) => {
    const points = side === 'de' ? comparison.dataEngineer : side === 'mle' ? comparison.mlEngineer : comparison.both;
    return points.map((point) => ({ side, point, text: pointText(point) }));
  });
  const on = (text: string) => phrases.some((p) => text.includes(p)) || names.some((n) => n.test(text));
  const offAspect = shown
    .filter((s) => !on(s.text))
    .map((s) => ({ side: s.side, text: `${s.point.label ? `${s.point.label}: ` : ''}${s.point.text}` }));
  const sources = new Set(shown.map((s) => `${s.point.citation.source}\n${s.point.citation.section}`)).size;
  const points = shown.length;
  return {
    points,
    sources,
    onAspect: points - offAspect.length,
    precision: points === 0 ? 1 : (points - offAspect.length) / points,
    offAspect,
  };
}

/** One aspect's row of the table npm run eval prints. */
export type CompareFactsRow = AspectFactCoverage & AspectPrecision;

/** Runs the comparison of every aspect and measures it against its key facts. */
export function measureCompareFacts(
  kb: KnowledgeBase,
  aspects: readonly Aspect[],
  facts: CompareFacts,
  compare: typeof compareRoles = compareRoles,
): CompareFactsRow[] {
  return aspects.map((aspect) => {
    const comparison = compare(kb, aspect, aspects);
    const list = facts[aspect.id] ?? [];
    return { ...factCoverage(aspect.id, list, comparison), ...aspectPrecision(aspect, list, comparison) };
  });
}

/** The per-aspect table npm run eval prints: key facts shown on their side, then points, sources and on-aspect share. */
export function factTable(rows: CompareFactsRow[]): string[] {
  const pct = (x: number) => `${Math.floor(x * 100)}%`;
  const lines = [
    `${'aspect'.padEnd(18)} ${'key facts'.padStart(9)} ${'shown'.padStart(6)} ${'share'.padStart(6)}   misplaced   ${'points'.padStart(6)} ${'sources'.padStart(7)} ${'on-aspect'.padStart(9)}`,
  ];
  const row = (name: string, r: Omit<CompareFactsRow, 'aspect' | 'missing' | 'misplaced' | 'offAspect'> & { misplaced: number }) =>
    `${name.padEnd(18)} ${String(r.total).padStart(9)} ${String(r.shown).padStart(6)} ${pct(r.share).padStart(6)}   ${String(r.misplaced).padStart(9)}   ${String(r.points).padStart(6)} ${String(r.sources).padStart(7)} ${pct(r.precision).padStart(9)}`;
  for (const r of rows) lines.push(row(r.aspect, { ...r, misplaced: r.misplaced.length }));
  const sum = (f: (r: CompareFactsRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const total = sum((r) => r.total);
  const shown = sum((r) => r.shown);
  const points = sum((r) => r.points);
  const onAspect = sum((r) => r.onAspect);
  lines.push(
    row('all', {
      total,
      shown,
      share: total === 0 ? 1 : shown / total,
      misplaced: sum((r) => r.misplaced.length),
      points,
      sources: sum((r) => r.sources),
      onAspect,
      precision: points === 0 ? 1 : onAspect / points,
    }),
  );
  return lines;
}
