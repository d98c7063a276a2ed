/**
 * The /compare charts' cost: drawing each aspect's picture the first time (Vega-Lite → SVG → PNG), and a
 * /compare reply with its chart once the picture is kept (what every /compare after the first one pays).
 */
import { loadKnowledge } from '../../src/bot/openBot.js';
import { percentile } from '../../src/eval/metrics.js';

export interface ChartFigures {
  /** Per aspect with a chart: the first drawing, in ms, and the picture's size. */
  first: { aspect: string; ms: number; width: number; height: number; bytes: number }[];
  /** A /compare reply for Discord with its kept chart: rendered, the picture attached; ms. */
  cached: { p50: number; p99: number; count: number };
}

export async function measureCharts(knowledgeDir: string, rounds: number): Promise<ChartFigures> {
  // Imported here, so discord.js, vega and resvg are not loaded for the figures measured before.
  const { comparisonChartImage, withChart } = await import('../../src/discord/render/compareChart.js');
  const { renderComparison } = await import('../../src/discord/render/compare.js');
  const { comparisons } = loadKnowledge(knowledgeDir);
  const charted = comparisons.aspects.flatMap((aspect) => {
    const chart = comparisons.chartOf(aspect);
    return chart ? [{ aspect, chart, comparison: comparisons.of(aspect) }] : [];
  });
  const first: ChartFigures['first'] = [];
  for (const { aspect, chart, comparison } of charted) {
    const start = performance.now();
    const image = await comparisonChartImage(comparison, chart);
    first.push({ aspect: aspect.id, ms: performance.now() - start, width: image.width, height: image.height, bytes: image.png.length });
  }
  const cached: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const { chart, comparison } of charted) {
      const start = performance.now();
      withChart(renderComparison(comparison), comparison, chart, await comparisonChartImage(comparison, chart));
      cached.push(performance.now() - start);
    }
  }
  return { first, cached: { p50: percentile(cached, 50), p99: percentile(cached, 99), count: cached.length } };
}
