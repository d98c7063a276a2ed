/**
 * A comparison's figures as a chart: pay by level, pay by region, growth percentages and shares of job postings
 * (remote), each bar one figure
 * one source states for one role. Figures are read from the points /compare shows (src/charts/figures.ts),
 * never typed in: a bar carries the passage it was read from and the exact text, so every plotted number can
 * be checked against its source. Money of another currency or period is another panel, never the same axis.
 */
import type { Citation } from '../answer/types.js';
import { levelOf } from '../compare/figures.js';
import type { Comparison, ComparisonPoint } from '../compare/types.js';
import { type Figure, type FigureUnit, parseFigures, parseMoney, parsePercents } from './figures.js';

export type ChartRole = 'de' | 'mle';
export type PanelKind = 'level' | 'region' | 'growth' | 'share';

/** One figure one source states for one role. */
export interface ChartBar {
  role: ChartRole;
  /** What the figure is about: a level or region as the source names it, with its basis ("Junior (0-2 years) · base"). */
  group: string;
  figure: Figure;
  /** The passage the figure stands in (`figure.text` is part of its text), and that passage's citation. */
  passageId: string;
  citation: Citation;
}

/** Bars on one axis: one kind, one unit, one period. */
export interface ChartPanel {
  kind: PanelKind;
  unit: FigureUnit;
  period?: 'year' | 'month';
  bars: ChartBar[];
}

/** The chart of one aspect: its panels, levels first, then regions, then growth. */
export interface Chart {
  aspect: { id: string; label: string };
  panels: ChartPanel[];
}

/** Seniority in order, so a panel reads from entry to the top (FAANG levels last). */
const levelOrder = ['entry level', 'mid level', 'mid-senior', 'senior', 'staff', 'L5', 'L6'];

/** "Entry Salary" → "Entry", "Comp at L5 (US, FAANG)" → "L5 (US, FAANG)": the level as the source names it. */
const levelName = (name: string) =>
  name
    .replace(/^comp at\s+/i, '')
    .replace(/\s+(salary|pay|comp)$/i, '')
    .trim();

/** A growth figure's measure, from the words of its sentence; undefined for a percentage that is no growth. */
function growthMeasure(sentence: string): string | undefined {
  if (!/\b(grow|grew|growth|growing|projects?|projecting)\b/i.test(sentence)) return undefined;
  if (/\bsalary growth\b/i.test(sentence)) return 'Salary growth';
  if (/\bBLS\b/.test(sentence)) return 'Projected growth (BLS)';
  if (/\bjob postings\b/i.test(sentence)) return 'Job postings growth';
  return undefined;
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);

/** The role a few words name ("for ML engineers"), if exactly one. */
function roleNamed(text: string): ChartRole | undefined {
  const ml = /\b(ml|machine learning) engineer/i.test(text);
  const de = /\bdata engineer/i.test(text);
  return ml === de ? undefined : ml ? 'mle' : 'de';
}

/** The passage of a point a line stands in: the point's own, or one of the further passages of its list. */
function passageOfLine(point: ComparisonPoint, line: string, passageText: (id: string) => string | undefined): string | undefined {
  return [point.passageId, ...(point.alsoQuotes ?? [])].find((id) => passageText(id)?.includes(line.trim()));
}

interface Found {
  kind: PanelKind;
  bar: ChartBar;
  rank: number;
}

function moneyBars(role: ChartRole, point: ComparisonPoint, passageText: (id: string) => string | undefined): Found[] {
  const out: Found[] = [];
  for (const line of point.text.split('\n')) {
    const figures = parseMoney(line);
    if (figures.length === 0) continue;
    const passageId = passageOfLine(point, line, passageText);
    if (passageId === undefined) continue;
    // A list item names its level before a colon ("Junior (0-2 years): $100K…"); a table row by its label.
    const name = /^\s*([^:$₦]{1,40}):\s/.exec(line)?.[1]?.trim() ?? point.label;
    if (name === undefined) continue;
    const level = levelOf(name);
    // A row with no level but its own name ("United States", "Remote (Global)") is a region's pay.
    const kind: PanelKind = level !== undefined ? 'level' : 'region';
    if (kind === 'region' && (point.label === undefined || /\d/.test(name))) continue;
    for (const figure of figures) {
      const group = `${kind === 'level' ? levelName(name) : name}${figure.basis ? ` · ${figure.basis}` : ''}`;
      out.push({
        kind,
        rank: level !== undefined ? levelOrder.indexOf(level) : 0,
        bar: { role, group, figure, passageId, citation: point.citation },
      });
    }
  }
  return out;
}

/** "Remote availability is higher at 48% of postings": a share of job postings, and what it is a share of. */
function shareMeasure(sentence: string): string | undefined {
  if (!/\d\s?%\s+of\s+(?:job\s+)?(?:postings|listings|openings)\b/i.test(sentence)) return undefined;
  return /\bremote\b/i.test(sentence) ? 'Remote postings' : undefined;
}

/** Shares of job postings one role's point states ("Remote availability sits at 44% of postings"). */
function shareBars(role: ChartRole, point: ComparisonPoint, passageText: (id: string) => string | undefined): Found[] {
  const text = passageText(point.passageId);
  if (text === undefined) return [];
  return sentences(point.text.replace(/\n/g, ' ')).flatMap((sentence) => {
    const measure = shareMeasure(sentence);
    const figure = measure ? parsePercents(sentence)[0] : undefined;
    return measure && figure && text.includes(figure.text)
      ? [{ kind: 'share' as const, rank: 0, bar: { role, group: measure, figure, passageId: point.passageId, citation: point.citation } }]
      : [];
  });
}

function growthBars(side: ChartRole | 'both', point: ComparisonPoint, passageText: (id: string) => string | undefined): Found[] {
  const out: Found[] = [];
  const passageId = point.passageId;
  if (passageText(passageId) === undefined) return out;
  for (const sentence of sentences(point.text.replace(/\n/g, ' '))) {
    const measure = growthMeasure(sentence);
    if (measure === undefined) continue;
    const figures = parsePercents(sentence);
    if (side !== 'both') {
      if (figures[0] && passageText(passageId)!.includes(figures[0].text))
        out.push({ kind: 'growth', rank: 0, bar: { role: side, group: measure, figure: figures[0], passageId, citation: point.citation } });
      continue;
    }
    // "data engineers have seen faster salary growth (12% vs 9% for ML engineers)": the second figure is the
    // named role's, the first the other role's.
    const vs = /(\d+(?:\.\d+)?%)\s+vs\.?\s+(\d+(?:\.\d+)?%)\s+for\s+([^).]+)/i.exec(sentence);
    const named = vs ? roleNamed(vs[3]!) : undefined;
    if (!vs || !named) continue;
    const [first, second] = parsePercents(vs[0]);
    const other: ChartRole = named === 'de' ? 'mle' : 'de';
    for (const [role, figure] of [
      [other, first],
      [named, second],
    ] as const) {
      if (figure) out.push({ kind: 'growth', rank: 0, bar: { role, group: measure, figure, passageId, citation: point.citation } });
    }
  }
  return out;
}

/**
 * The chart of a comparison's figures, or undefined when it states none worth drawing. `passageText` gives a
 * passage's text by id (the knowledge base's), so that each bar names the passage its figure stands in.
 */
export function chartOf(comparison: Comparison, passageText: (id: string) => string | undefined): Chart | undefined {
  const found: Found[] = [
    ...comparison.dataEngineer.flatMap((p) => [
      ...moneyBars('de', p, passageText),
      ...growthBars('de', p, passageText),
      ...shareBars('de', p, passageText),
    ]),
    ...comparison.mlEngineer.flatMap((p) => [
      ...moneyBars('mle', p, passageText),
      ...growthBars('mle', p, passageText),
      ...shareBars('mle', p, passageText),
    ]),
    ...comparison.both.flatMap((p) => growthBars('both', p, passageText)),
  ];
  // A share of postings is drawn for the aspect it is a share of (remote work), not wherever its sentence is shown.
  const aspectWords = `${comparison.aspect.id} ${comparison.aspect.label}`.toLowerCase();
  const onAspect = (f: Found) => f.kind !== 'share' || aspectWords.includes(f.bar.group.split(' ')[0]!.toLowerCase());
  const panels = new Map<string, ChartPanel>();
  const kinds: PanelKind[] = ['level', 'region', 'growth', 'share'];
  // Levels in order of seniority; within a level, the order the sources were read in (a stable sort).
  const ordered = found.filter(onAspect).sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.rank - b.rank);
  for (const { kind, bar } of ordered) {
    const { unit, period } = bar.figure;
    const key = `${kind}\n${unit}\n${period ?? ''}`;
    let panel = panels.get(key);
    if (!panel) {
      panel = { kind, unit, ...(period ? { period } : {}), bars: [] };
      panels.set(key, panel);
    }
    panel.bars.push(bar);
  }
  if (panels.size === 0) return undefined;
  return { aspect: comparison.aspect, panels: [...panels.values()] };
}

/** Whether `figure` is what `text` states: the same figure read again from it. */
export function statedIn(figure: Figure, text: string): boolean {
  return parseFigures(text).some((f) => f.text === figure.text && f.low === figure.low && f.high === figure.high && f.unit === figure.unit);
}
