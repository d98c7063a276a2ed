/**
 * A worker thread that answers question 1 of every quiz it is given, on its own connection to a shared
 * database file, starting when the test releases the barrier. Reports what it saw for each quiz.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openTestBot } from './testBot.js';

const { file, ids, option, barrier } = workerData as { file: string; ids: number[]; option: string; barrier: SharedArrayBuffer };
const { bot, close } = openTestBot({ databasePath: file });
const flag = new Int32Array(barrier);
Atomics.add(flag, 1, 1);
Atomics.wait(flag, 0, 0);
const outcomes: Record<number, string> = {};
const racer = { actor: { id: 'console:racer', name: 'racer' }, place: { key: 'console', label: 'console' } };
for (const id of ids) {
  try {
    const view = await bot.quizMove(racer, { id, version: 1 }, { type: 'answer', step: 0, option });
    outcomes[id] = view.kind === 'question' ? 'won' : view.kind === 'notice' ? view.notice : view.kind;
  } catch (error) {
    outcomes[id] = `error: ${(error as Error).message}`;
  }
}
close();
parentPort!.postMessage(outcomes);
