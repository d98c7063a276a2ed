/**
 * Charts drawn as pictures: the Vega-Lite spec compiled to Vega, rendered to SVG headless (no canvas), then to
 * PNG by resvg with the DejaVu Sans font from its npm package and no system fonts, so every machine draws the
 * same picture. Shared by the front ends that send pictures (Discord, the ask CLI); imports only the core.
 */
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import type { Chart } from '../charts/chart.js';
import { describeChart, type RefOf } from '../charts/describe.js';
import type { Comparison } from '../compare/types.js';
import { chartFont, chartSpec } from './spec.js';
import { compileVegaLite } from './vegaLite.js';

const require = createRequire(import.meta.url);
/** The font files, found in their package wherever node_modules is. */
const fontFiles = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];

/** A chart as a picture: PNG bytes, its size in pixels, and its figures in words (alt text). */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
  alt: string;
}

/** The chart as SVG text. */
export async function chartSvg(chart: Chart, refOf: RefOf): Promise<string> {
  const view = new View(parse(compileVegaLite(chartSpec(chart, refOf)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * The chart as a PNG at twice its SVG size (sharp on high-density screens), with its alt text. resvg draws on
 * libuv's thread pool: drawn on the event loop, the salary chart held it for about 180 ms, and the bot's
 * acknowledgements (3 s on Discord) waited behind the charts drawn ahead at start-up.
 */
export async function chartImage(chart: Chart, refOf: RefOf): Promise<ChartImage> {
  const svg = await chartSvg(chart, refOf);
  const rendered = await renderAsync(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: chartFont },
    fitTo: { mode: 'zoom', value: 2 },
  });
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height, alt: describeChart(chart, refOf) };
}

/**
 * Chart images kept per comparison and numbering: a comparison is worked out once per loaded knowledge base
 * (src/compare/comparisons.ts), so a new knowledge base means new comparisons and new pictures.
 */
export class ChartImages {
  private readonly kept = new WeakMap<Comparison, Map<string, Promise<ChartImage>>>();

  /** The picture of `chart` (the chart of `comparison`), drawn on first use; `numbering` names how `refOf` numbers. */
  of(comparison: Comparison, chart: Chart, numbering: string, refOf: RefOf): Promise<ChartImage> {
    let byNumbering = this.kept.get(comparison);
    if (!byNumbering) {
      byNumbering = new Map();
      this.kept.set(comparison, byNumbering);
    }
    let image = byNumbering.get(numbering);
    if (!image) {
      image = chartImage(chart, refOf);
      // A failed drawing is not kept, so the next request tries again.
      image.catch(() => byNumbering.delete(numbering));
      byNumbering.set(numbering, image);
    }
    return image;
  }
}
