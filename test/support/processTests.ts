/** A vitest scope for test files that start the bot as processes against a fake Discord. */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { FakeDiscord, type FakeDiscordOptions } from '../../scripts/support/fakeDiscord.js';
import { launch } from '../../scripts/support/processes.js';
/**
 * For a test file that starts the bot as processes against a fake Discord: what each test starts (processes,
 * fakes, temporary folders) is killed, closed and removed after it.
 */
export function processTests(tempPrefix: string) {
  const children: ChildProcess[] = [];
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return {
    launch: (script: string, env: NodeJS.ProcessEnv) => launch(script, env, children),
    async startFake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
      const fake = await FakeDiscord.start(options);
      cleanups.push(() => fake.close());
      return fake;
    },
    tempDatabase(): string {
      const dir = mkdtempSync(join(tmpdir(), tempPrefix));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return join(dir, 'careerbot.sqlite');
    },
  };
}
