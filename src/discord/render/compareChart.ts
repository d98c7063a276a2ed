/**
 * The chart of a comparison's figures on Discord: a PNG attached to the /compare reply, shown by its first
 * embed (`attachment://NAME`), with alt text stating every figure. Bars carry the footnote numbers of the
 * comparison's pages. Pictures are drawn once per comparison and kept, so only the first /compare of an aspect
 * after start-up (or after the knowledge is loaded again) waits for one.
 */
import type { CareerBot } from '../../bot/careerBot.js';
import type { Chart } from '../../charts/chart.js';
import type { Logger } from '../../log.js';
import { ChartImages, type ChartImage } from '../../chartimage/png.js';
import type { Comparison } from '../../compare/types.js';
import { discordText } from '../text.js';
import type { Citation } from '../../answer/types.js';
import { clip, joinWithin, limits } from '../limits.js';
import { sourceLine } from './cited.js';
import { pageNumbering } from './comparePages.js';
import type { DiscordMessage } from './message.js';

const images = new ChartImages();

/** The attachment's file name: letters, digits and dashes only, as `attachment://` needs. */
export const chartFileName = (comparison: Comparison) => `chart-${comparison.aspect.id.replace(/[^a-z0-9-]/gi, '')}.png`;

/** The picture of a comparison's chart, drawn on first use and kept. */
export function comparisonChartImage(comparison: Comparison, chart: Chart): Promise<ChartImage> {
  return images.of(comparison, chart, 'discord pages', numberingOf(comparison));
}

/** The footnote numbers of the comparison's pages (src/discord/render/comparePages.ts). */
function numberingOf(comparison: Comparison): (citation: Citation) => number {
  return pageNumbering(comparison, clip(discordText.compareTitle(comparison.aspect.label), limits.embedTitle - 40));
}

/** A file to attach, as discord.js takes it. */
export interface ChartFile {
  attachment: Buffer;
  name: string;
  description: string;
}

/**
 * The reply with the chart: the picture attached, and the first embed showing it. A source the chart cites
 * whose points are on a later page is listed above the embed, so every [n] of the picture and its alt text
 * has its source in the message (the embed is kept as full as a page may be, so the lines go in its content).
 */
export function withChart(
  reply: DiscordMessage,
  comparison: Comparison,
  chart: Chart,
  image: ChartImage,
): DiscordMessage & { files: ChartFile[] } {
  const name = chartFileName(comparison);
  const [first, ...rest] = reply.embeds ?? [];
  const listed = new Set(
    (first?.fields ?? [])
      .filter((f) => /^Sources\b/.test(f.name))
      .flatMap((f) => f.value.split('\n'))
      .map((line) => /^\[(\d+)\] /.exec(line)?.[1]),
  );
  const refOf = numberingOf(comparison);
  const unlisted = new Map<number, Citation>();
  for (const bar of chart.panels.flatMap((p) => p.bars)) {
    const n = refOf(bar.citation);
    if (!listed.has(String(n))) unlisted.set(n, bar.citation);
  }
  const lines = [...unlisted].sort(([a], [b]) => a - b).map(([n, c]) => sourceLine(n, c));
  return {
    ...reply,
    ...(lines.length > 0 ? { content: joinWithin([discordText.chartSources, ...lines], limits.content) } : {}),
    embeds: first ? [{ ...first, image: { url: `attachment://${name}` } }, ...rest] : [],
    files: [{ attachment: image.png, name, description: image.alt }],
  };
}

/**
 * Draws the chart of every aspect that has one, one after another in the background, each only once `idle`
 * resolves (people waiting on the bot come first: a chart takes a tenth of a second or more of the event loop,
 * and a burst of interactions must each be acknowledged within Discord's 3 s); stops when `stopping` turns true.
 * A failure is logged, and the chart is tried again when /compare asks for it.
 */
export async function drawChartsAhead(
  bot: Pick<CareerBot, 'aspects' | 'compare'>,
  log: Logger,
  when: { idle: () => Promise<void>; stopping: () => boolean },
): Promise<void> {
  for (const aspect of bot.aspects()) {
    await when.idle();
    if (when.stopping()) return;
    const reply = bot.compare(aspect.id);
    if (reply.kind !== 'comparison' || !reply.chart) continue;
    await comparisonChartImage(reply.comparison, reply.chart).catch((error: unknown) =>
      log.warn('the chart of a comparison could not be drawn ahead', { aspect: aspect.id, error }),
    );
  }
}
