/**
 * /compare's chart on Discord, end to end against the fake Discord: the picture of the figures is uploaded
 * with the reply (multipart, files[0]), decodes as a PNG, is shown by the embed, and says its figures in its
 * alt text; the reply is acknowledged within Discord's 3 s, and a picture once drawn is kept.
 */
import { inflateSync } from 'node:zlib';
import type { APIEmbed } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/bot/openBot.js';
import { barsInRows, panelTitle, roleNames, spokenFigure } from '../src/charts/describe.js';
import { DiscordHarness, lateAcknowledgements, messageProblems } from '../scripts/support/discordHarness.js';
import { callbackPath, InteractionResponseType, originalPath, stringOption as text } from '../scripts/support/discordKit.js';
import type { RecordedRequest } from '../scripts/support/fakeDiscord.js';

let h: DiscordHarness | undefined;
let interactionIds: string[] = [];
afterEach(async () => {
  await h?.stop();
  h = undefined;
  interactionIds = [];
});

/** The request that carried the /compare reply's message: the reply itself, or the edit completing a deferred one. */
async function compare(aspect: string): Promise<{ first: RecordedRequest; message: RecordedRequest; data: any }> {
  const fake = h!.fake;
  const since = fake.requests.length;
  const sent = fake.slashCommand({ user: fake.users.alice, name: 'compare', options: [text('aspect', aspect)] });
  interactionIds.push(sent.interactionId);
  const first = await fake.waitForRequest({ method: 'POST', path: callbackPath(sent) }, 5000, since);
  if (first.body.type !== InteractionResponseType.DeferredChannelMessageWithSource) return { first, message: first, data: first.body.data };
  const message = await fake.waitForRequest({ method: 'PATCH', path: originalPath(fake.applicationId, sent.token) }, 10_000, since);
  return { first, message, data: message.body };
}

/** A PNG's size from its IHDR, after checking its signature and that its image data inflates to that size. */
function decodePng(data: Buffer): { width: number; height: number } {
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const [bitDepth, colourType] = [data[24]!, data[25]!];
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType as 0 | 2 | 4 | 6];
  expect(bitDepth).toBe(8);
  expect(channels).toBeDefined();
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    if (data.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  // Each row: a filter byte, then its pixels.
  expect(inflateSync(Buffer.concat(idat)).length).toBe(height * (1 + width * channels!));
  return { width, height };
}

describe('/compare with a chart', () => {
  it('uploads the salary chart as a PNG the embed shows, with alt text stating every figure, acknowledged within 3 s', async () => {
    h = await DiscordHarness.start();
    const { first, message, data } = await compare('salary');

    // One PNG, sent as Discord takes files: multipart, files[0], named in payload_json's attachments.
    expect(message.files).toHaveLength(1);
    const [file] = message.files;
    expect(file!.field).toBe('files[0]');
    expect(file!.filename).toBe('chart-salary.png');
    expect(file!.contentType).toBe('image/png');
    const { width, height } = decodePng(file!.data);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(400);

    // The embed shows the picture; the alt text states every figure the chart draws, for each role, panel by panel.
    const embed = data.embeds[0] as APIEmbed;
    expect(embed.image?.url).toBe('attachment://chart-salary.png');
    expect(data.attachments).toEqual([expect.objectContaining({ filename: 'chart-salary.png' })]);
    const alt: string = data.attachments[0].description;
    expect(alt.length).toBeGreaterThan(0);
    expect(alt.length).toBeLessThanOrEqual(1024);
    const { comparisons } = loadKnowledge('knowledge');
    const chart = comparisons.chartOf(comparisons.aspects.find((a) => a.id === 'salary')!)!;
    expect(chart.panels.length).toBeGreaterThanOrEqual(3);
    for (const panel of chart.panels) {
      expect(alt).toContain(panelTitle(panel));
      for (const bar of barsInRows(panel)) expect(alt, `${roleNames[bar.role]} ${bar.group}`).toContain(spokenFigure(bar.figure.text));
    }

    // Within Discord's 3 s, every limit kept, and the alt text's [n] listed in the message's Sources.
    expect(lateAcknowledgements(h.fake.requests, interactionIds)).toEqual([]);
    expect(messageProblems(h.fake.requests)).toEqual([]);
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.DeferredChannelMessageWithSource]).toContain(
      first.body.type,
    );
    expect(h.errors()).toEqual([]);
  });

  it('answers the next /compare of the aspect at once with the kept picture', async () => {
    h = await DiscordHarness.start();
    const before = await compare('salary');
    const again = await compare('pay');
    // Drawn once: the second reply is no deferral, and carries the same bytes.
    expect(again.first.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(again.message.files[0]!.data.equals(before.message.files[0]!.data)).toBe(true);
    expect(lateAcknowledgements(h.fake.requests, interactionIds)).toEqual([]);
    expect(messageProblems(h.fake.requests)).toEqual([]);
  });

  it('charts the growth percentages of the outlook, both roles', async () => {
    h = await DiscordHarness.start();
    const { message, data } = await compare('outlook');
    expect(message.files).toHaveLength(1);
    decodePng(message.files[0]!.data);
    const alt: string = data.attachments[0].description;
    expect(alt).toMatch(/^Growth, percent\./);
    expect(alt).toContain(roleNames.de);
    expect(alt).toContain(roleNames.mle);
    expect(messageProblems(h.fake.requests)).toEqual([]);
  });

  it('attaches nothing to an aspect whose sources state no figures', async () => {
    h = await DiscordHarness.start();
    const { first, message, data } = await compare('skills');
    expect(first.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(message.files).toEqual([]);
    expect(data.embeds[0].image).toBeUndefined();
    expect(messageProblems(h.fake.requests)).toEqual([]);
  });
});
