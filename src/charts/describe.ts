/**
 * A chart in words, shared by every front end: panel titles, each bar's row (its group and role together, both
 * roles of a group one after the other), and a statement of every figure for screen readers (alt text).
 */
import type { Citation } from '../answer/types.js';
import type { Chart, ChartBar, ChartPanel, ChartRole } from './chart.js';

/** A citation's footnote number in the message the chart goes with. */
export type RefOf = (citation: Citation) => number;

export const roleNames: Record<ChartRole, string> = { de: 'Data Engineer', mle: 'ML Engineer' };

const unitNames = { USD: 'US dollars', NGN: 'naira', '%': 'percent' } as const;
const kindNames = { level: 'Pay by level', region: 'Pay by region', growth: 'Growth', share: 'Share of job postings' } as const;

/** "Pay by level, US dollars a year"; "Growth, percent". */
export function panelTitle(panel: ChartPanel): string {
  return `${kindNames[panel.kind]}, ${unitNames[panel.unit]}${panel.period ? ` a ${panel.period}` : ''}`;
}

/** The chart's title: "Salary: Data Engineer vs ML Engineer". */
export const chartTitle = (chart: Chart) => `${chart.aspect.label}: Data Engineer vs ML Engineer`;

/** A bar's figure as the source writes it, with its footnote: "$100K-$135K [2]". */
export const barLabel = (bar: ChartBar, refOf: RefOf) => `${bar.figure.text} [${refOf(bar.citation)}]`;

/** A panel's bars in reading order: each group once, where it first comes, with its Data Engineer bars first. */
export function barsInRows(panel: ChartPanel): ChartBar[] {
  const groups = [...new Set(panel.bars.map((b) => b.group))];
  return groups.flatMap((group) =>
    (['de', 'mle'] as const).flatMap((role) => panel.bars.filter((b) => b.group === group && b.role === role)),
  );
}

/** A figure in few characters: its range without spaces, "/ month" left to the panel's title. */
export const spokenFigure = (text: string) => text.replace(/\s*\/\s*month$/, '').replace(/\s*([-–])\s*/g, '$1');

/** "Junior base $100K-$135K [2], total comp $110K-$160K [2]": a group said once, its figures after it. */
function spoken(bars: ChartBar[], refOf: RefOf): string {
  const groups: { root: string; said: string[]; refs: number[] }[] = [];
  for (const bar of bars) {
    // Alt text has 1,024 characters: "(0-2 years)" and "(US, FAANG)" are left to the picture and the message.
    const [root = '', basis] = bar.group.replace(/\s*\([^)]*\)/g, '').split(' · ');
    const ref = refOf(bar.citation);
    let group = groups.at(-1);
    if (group?.root !== root) {
      group = { root, said: [], refs: [] };
      groups.push(group);
    }
    // A footnote is said once after the figures of one source in a row.
    if (group.refs.length > 0 && group.refs.at(-1) !== ref) group.said[group.said.length - 1] += ` [${group.refs.at(-1)}]`;
    group.said.push(`${basis ? `${basis.replace('total comp', 'total')} ` : ''}${spokenFigure(bar.figure.text)}`);
    group.refs.push(ref);
  }
  return groups.map((g) => `${g.root} ${g.said.join(', ')} [${g.refs.at(-1)}]`).join('; ');
}

/**
 * Every figure of the chart in words, panel by panel, role by role: "Pay by level, US dollars a year. Data Engineer: Entry $85,000 [1]; … ML Engineer: …". Cut with "…" past `max`.
 */
export function describeChart(chart: Chart, refOf: RefOf, max = 1024): string {
  const parts: string[] = [];
  for (const panel of chart.panels) {
    parts.push(`${panelTitle(panel)}.`);
    if (panel.kind !== 'level') {
      // A few groups with a figure per role: said group by group, the two roles side by side.
      const groups = [...new Set(panel.bars.map((b) => b.group))];
      for (const group of groups) {
        const bars = barsInRows(panel).filter((b) => b.group === group);
        parts.push(
          `${group.replace(/\s*\([^)]*\)/g, '')}: ${bars.map((b) => `${roleNames[b.role]} ${spokenFigure(b.figure.text)} [${refOf(b.citation)}]`).join(', ')}.`,
        );
      }
      continue;
    }
    for (const role of ['de', 'mle'] as const) {
      const bars = panel.bars.filter((b) => b.role === role);
      if (bars.length > 0) parts.push(`${roleNames[role]}: ${spoken(bars, refOf)}.`);
    }
  }
  const text = parts.join(' ');
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
