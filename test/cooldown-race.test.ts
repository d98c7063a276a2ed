/**
 * The cooldown counted by two connections to one SQLite file at the same moment, as two shard processes count
 * one person whose messages reach both: each count reads, rules and writes in one transaction, so the two
 * never both see the same window and the allowance is given once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/storage.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-cooldown-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counter(workerData: { file: string; users: string[]; times: number; now: number; barrier: SharedArrayBuffer }) {
  // Workers do not inherit the test runner's TypeScript loader: register tsx in the worker first.
  const script = new URL('./support/cooldownRaceWorker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); })`, {
    eval: true,
    workerData,
  });
  return new Promise<Record<string, string[]>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`cooldown worker exited with ${code} before reporting`)));
  });
}

describe('two connections counting the same people at once', () => {
  it('give each person 4 answers, one warning and silence after, between them, with no SQLITE_BUSY', async () => {
    const file = join(dir, 'race.sqlite');
    openStorage(file).close(); // created and migrated before the race
    const users = Array.from({ length: 60 }, (_, n) => `discord:${500_000_000_000_000_000n + BigInt(n)}`);
    const barrier = new SharedArrayBuffer(8);
    const flag = new Int32Array(barrier);
    const input = { file, users, times: 3, now: Date.UTC(2026, 11, 1, 12), barrier };
    const races = [counter(input), counter(input)];
    await Promise.race([
      (async () => {
        while (Atomics.load(flag, 1) < 2) await new Promise((r) => setTimeout(r, 5));
      })(),
      ...races,
    ]);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    const [a, b] = await Promise.all(races);
    for (const user of users) {
      const verdicts = [...a![user]!, ...b![user]!].sort();
      expect(verdicts, user).toEqual(['go', 'go', 'go', 'go', 'quiet', 'warn']);
    }
  });
});
