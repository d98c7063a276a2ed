/**
 * A chart (src/charts) as a Vega-Lite spec: one panel under another, each its own x axis (one currency and one
 * period), a row per level or region with the two roles' bars side by side in their own colours, and each
 * bar labelled with its figure as written and its footnote. A range is drawn solid from its bottom to its top
 * on a faint bar from zero, so a single amount and a range read on one scale.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Chart, ChartPanel } from '../charts/chart.js';
import { barLabel, barsInRows, chartTitle, panelTitle, type RefOf, roleNames } from '../charts/describe.js';

/** The roles' colours, kept apart for people with the commonest colour blindness (blue and orange). */
export const roleColours = { de: '#3b6fb6', mle: '#e8772e' } as const;
/** The font the PNG is drawn with (src/chartimage/png.ts loads it from its package). */
export const chartFont = 'DejaVu Sans';

const prefix = { USD: '$', NGN: '₦', '%': '' } as const;

function panelSpec(panel: ChartPanel, refOf: RefOf) {
  const rows = barsInRows(panel);
  const seen = new Set<string>();
  const values = rows.map((bar) => {
    const single = bar.figure.low === bar.figure.high;
    let row = bar.group;
    // Two figures one role has for the same row (two sources) stay two bars: the row names the second's source.
    if (seen.has(`${row}\n${bar.role}`)) row = `${row} [${refOf(bar.citation)}]`;
    seen.add(`${row}\n${bar.role}`);
    return {
      row,
      role: roleNames[bar.role],
      start: single ? bar.figure.high : bar.figure.low,
      low: bar.figure.low,
      high: bar.figure.high,
      single,
      label: barLabel(bar, refOf),
    };
  });
  const top = Math.max(...values.map((v) => v.high));
  const suffix = panel.unit === '%' ? '%' : '';
  return {
    title: { text: panelTitle(panel), anchor: 'start' as const, fontSize: 13 },
    width: 460,
    height: { step: 15 },
    data: { values },
    encoding: {
      y: { field: 'row', type: 'nominal' as const, sort: null, title: null, axis: { labelLimit: 320 } },
      yOffset: { field: 'role', type: 'nominal' as const, scale: { domain: [roleNames.de, roleNames.mle] } },
      color: {
        field: 'role',
        type: 'nominal' as const,
        scale: { domain: [roleNames.de, roleNames.mle], range: [roleColours.de, roleColours.mle] },
        legend: { title: null, orient: 'top' as const },
      },
    },
    layer: [
      {
        mark: { type: 'bar' as const, height: { band: 1 } },
        encoding: {
          x: {
            field: 'start',
            type: 'quantitative' as const,
            // Room on the right for the last bar's label.
            scale: { domain: [0, top * 1.45], nice: false },
            axis: { format: '~s', labelExpr: `'${prefix[panel.unit]}' + datum.label + '${suffix}'`, title: null, tickCount: 5 },
          },
          opacity: { condition: { test: 'datum.single', value: 1 }, value: 0.3 },
        },
      },
      {
        mark: { type: 'bar' as const, height: { band: 1 } },
        encoding: { x: { field: 'low', type: 'quantitative' as const }, x2: { field: 'high' } },
      },
      {
        mark: { type: 'text' as const, align: 'left' as const, dx: 4, fontSize: 10, color: '#222' },
        encoding: { x: { field: 'high', type: 'quantitative' as const }, text: { field: 'label' } },
      },
    ],
  };
}

/** The Vega-Lite spec of a chart; `refOf` numbers its sources as the message it goes with does. */
export function chartSpec(chart: Chart, refOf: RefOf): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: chartTitle(chart), anchor: 'start', fontSize: 15 },
    background: 'white',
    padding: 12,
    config: { font: chartFont, axis: { labelFontSize: 10 }, legend: { labelFontSize: 11 } },
    vconcat: chart.panels.map((panel) => panelSpec(panel, refOf)),
    resolve: { scale: { x: 'independent', color: 'shared' } },
  } as TopLevelSpec;
}
