/**
 * What every fake-Discord test file does around its journeys: start the bot's own Discord start-up against a fresh
 * fake Discord, and stop every one started once each test ends.
 */
import { afterEach } from 'vitest';
import { DiscordHarness, type HarnessOptions } from '../../scripts/support/discordHarness.js';

/**
 * Registers the clean-up with the calling test file and returns its `start`: each call starts a harness with
 * `defaults` and the call's own options (the latter win), stopped after the test that started it.
 */
export function startsHarnesses(defaults: HarnessOptions = {}): (options?: HarnessOptions) => Promise<DiscordHarness> {
  let started: DiscordHarness[] = [];
  afterEach(async () => {
    for (const h of started) await h.stop();
    started = [];
  });
  return async (options = {}) => {
    const h = await DiscordHarness.start({ ...defaults, ...options });
    started.push(h);
    return h;
  };
}
