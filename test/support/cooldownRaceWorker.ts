/**
 * A worker thread counting messages of the same people as another worker, on its own connection to a shared
 * database file, starting when the test releases the barrier: as two shard processes would. Reports its verdicts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStorage } from '../../src/storage/storage.js';

const { file, users, times, now, barrier } = workerData as {
  file: string;
  users: string[];
  times: number;
  now: number;
  barrier: SharedArrayBuffer;
};
const storage = openStorage(file);
const flag = new Int32Array(barrier);
Atomics.add(flag, 1, 1);
Atomics.wait(flag, 0, 0);
const verdicts: Record<string, string[]> = {};
for (let round = 0; round < times; round += 1) {
  for (const user of users) {
    const seen = verdicts[user] ?? [];
    verdicts[user] = seen;
    try {
      seen.push((await storage.cooldowns.count(user, now, { limit: 4, windowMs: 60_000 })).kind);
    } catch (error) {
      seen.push(`error: ${(error as Error).message}`);
    }
  }
}
storage.close();
parentPort!.postMessage(verdicts);
