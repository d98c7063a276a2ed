import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestBot } from './support/testBot.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function racer(file: string, ids: number[], option: string, barrier: SharedArrayBuffer): Promise<Record<number, string>> {
  // Workers do not inherit the test runner's TypeScript loader: register tsx in the worker first.
  const script = new URL('./support/raceWorker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); })`, {
    eval: true,
    workerData: { file, ids, option, barrier },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`race worker exited with ${code} before reporting`)));
  });
}

describe('two connections answering the same quizzes at once', () => {
  it('lets exactly one answer win per quiz, loses none and lets no SQLITE_BUSY through', async () => {
    const file = join(dir, 'race.sqlite');
    const { bot, storage, close } = openTestBot({ databasePath: file });
    // One quiz per place, all owned by the racer: both threads answer question 1 of each.
    const ids: number[] = [];
    for (let n = 0; n < 200; n += 1) {
      const channel = `100000000000000${String(n).padStart(3, '0')}`;
      const view = await bot.startQuiz({
        actor: { id: 'console:racer', name: 'racer' },
        place: { key: `discord:dm/${channel}`, label: channel },
      });
      ids.push(view.kind === 'question' ? view.quiz.id : -1);
    }
    const barrier = new SharedArrayBuffer(8);
    const flag = new Int32Array(barrier);
    const races = [racer(file, ids, 'models', barrier), racer(file, ids, 'pipelines', barrier)];
    // Release both workers together, once both have opened the database.
    await Promise.race([
      (async () => {
        while (Atomics.load(flag, 1) < 2) await new Promise((r) => setTimeout(r, 5));
      })(),
      ...races, // a worker that fails to start rejects here instead of leaving the loop waiting
    ]);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    const [a, b] = await Promise.all(races);

    for (const id of ids) {
      const results = [a![id], b![id]].sort();
      expect(results, `quiz ${id}`).toEqual(['stale', 'won']);
      const stored = (await storage.quizzes.get(id))!;
      expect(stored.state).toEqual({ status: 'active', step: 1, answers: [a![id] === 'won' ? 'models' : 'pipelines'] });
      expect(stored.version).toBe(2);
    }
    close();
  });
});
