/**
 * A chart drawn as text: each panel under its title, one line per bar, its length in block characters on
 * the panel's own scale (a range solid from its bottom to its top, faint from zero), then the figure as the
 * source writes it and its footnote.
 */
import type { Chart } from '../charts/chart.js';
import { barLabel, barsInRows, chartTitle, panelTitle, type RefOf, roleNames } from '../charts/describe.js';

/** The longest bar, in characters. */
const barWidth = 30;

export function renderChartText(chart: Chart, refOf: RefOf): string {
  const out = [`Chart — ${chartTitle(chart)}`];
  for (const panel of chart.panels) {
    const bars = barsInRows(panel);
    const top = Math.max(...bars.map((b) => b.figure.high));
    const cells = (value: number) => Math.round((value / top) * barWidth);
    const names = bars.map((b) => `${b.group} · ${roleNames[b.role] === roleNames.de ? 'DE ' : 'MLE'}`);
    const width = Math.max(...names.map((n) => n.length));
    out.push('', panelTitle(panel));
    bars.forEach((bar, i) => {
      const { low, high } = bar.figure;
      const solidFrom = low === high ? 0 : cells(low);
      const line = `${'░'.repeat(solidFrom)}${'█'.repeat(Math.max(1, cells(high) - solidFrom))}`;
      out.push(`  ${names[i]!.padEnd(width)} ${line.padEnd(barWidth + 1)} ${barLabel(bar, refOf)}`);
    });
  }
  out.push('', 'DE = Data Engineer, MLE = ML Engineer; █ the figure or range, ░ from zero to its bottom.');
  return out.join('\n');
}
