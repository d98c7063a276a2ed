/**
 * Drawing a chart as a picture (src/chartimage): a PNG of the chart's size, the same bytes on every drawing
 * (the font ships in a package; no system font is read), kept once drawn, and no global left changed for the
 * packages loaded after it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/bot/openBot.js';
import { ChartImages, chartImage, chartSvg } from '../src/chartimage/png.js';
import { comparisonRefs } from '../src/plaintext/render.js';

const { comparisons } = loadKnowledge('knowledge');
const salary = comparisons.aspects.find((a) => a.id === 'salary')!;
const chart = comparisons.chartOf(salary)!;
const comparison = comparisons.of(salary);

describe('chartImage', () => {
  it('draws a PNG twice the size of its SVG, the same bytes every time', async () => {
    const refOf = comparisonRefs(comparison);
    const svg = await chartSvg(chart, refOf);
    const [, svgWidth, svgHeight] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const image = await chartImage(chart, refOf);
    expect([image.png.readUInt32BE(16), image.png.readUInt32BE(20)]).toEqual([image.width, image.height]);
    expect([image.width, image.height]).toEqual([svgWidth! * 2, svgHeight! * 2]);
    expect((await chartImage(chart, refOf)).png.equals(image.png)).toBe(true);
  });

  it('writes every bar label, in the font from its package', async () => {
    const svg = await chartSvg(chart, comparisonRefs(comparison));
    expect(svg).toContain('font-family="DejaVu Sans');
    for (const bar of chart.panels.flatMap((p) => p.bars)) expect(svg).toContain(bar.figure.text.replace(/&/g, '&amp;'));
  });

  it('keeps a picture once drawn, per comparison and numbering', async () => {
    const images = new ChartImages();
    const refOf = comparisonRefs(comparison);
    const first = images.of(comparison, chart, 'text', refOf);
    expect(images.of(comparison, chart, 'text', refOf)).toBe(first);
    expect(images.of(comparison, chart, 'pages', refOf)).not.toBe(first);
    expect((await first).png.length).toBeGreaterThan(0);
  });

  it("leaves Set as it was (vega-lite's Set.prototype.toJSON is taken away), so discord.js loads after it", () => {
    expect(JSON.stringify(new Set([1]))).toBe('{}');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        "await import('./src/chartimage/png.ts'); await import('discord.js'); process.stdout.write(JSON.stringify(new Set([1])));",
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('{}');
  });
});
