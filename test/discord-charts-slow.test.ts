/**
 * /compare when its chart is slow to draw (a busy machine, the first drawing after start-up): the reply is
 * deferred within Discord's 3 s and completed with the picture once it is drawn. Drawing is slowed here by
 * wrapping the Discord adapter's chart function; everything else is the real bot against the fake Discord.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiscordHarness, lateAcknowledgements, messageProblems } from '../scripts/support/discordHarness.js';
import { callbackPath, InteractionResponseType, originalPath, stringOption as text } from '../scripts/support/discordKit.js';

/** How long each drawing takes here: past the 1 s a reply waits for its chart. */
const drawingMs = 2500;

vi.mock('../src/discord/render/compareChart.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/discord/render/compareChart.js')>();
  return {
    ...original,
    comparisonChartImage: async (...args: Parameters<typeof original.comparisonChartImage>) => {
      await new Promise((resolve) => setTimeout(resolve, drawingMs));
      return original.comparisonChartImage(...args);
    },
  };
});

let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('/compare with a chart that is slow to draw', () => {
  it('defers the reply within 3 s, then completes it with the picture and its alt text', async () => {
    h = await DiscordHarness.start();
    const since = h.fake.requests.length;
    const sent = h.fake.slashCommand({ user: h.fake.users.alice, name: 'compare', options: [text('aspect', 'salary')] });
    const first = await h.fake.waitForRequest({ method: 'POST', path: callbackPath(sent) }, 5000, since);
    expect(first.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(first.body.data?.flags ?? 0).toBe(0); // the comparison will be public
    expect(lateAcknowledgements(h.fake.requests, [sent.interactionId])).toEqual([]);

    const edit = await h.fake.waitForRequest({ method: 'PATCH', path: originalPath(h.fake.applicationId, sent.token) }, 10_000, since);
    expect(edit.files.map((f) => f.filename)).toEqual(['chart-salary.png']);
    expect(edit.body.embeds[0].image.url).toBe('attachment://chart-salary.png');
    expect(edit.body.embeds[0].fields.map((f: { name: string }) => f.name)).toContain('Data Engineer');
    expect(edit.body.attachments[0].description).toMatch(/^Pay by level, US dollars a year\. Data Engineer: /);
    expect(messageProblems(h.fake.requests)).toEqual([]);
    expect(h.errors()).toEqual([]);
  });
});
