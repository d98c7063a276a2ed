/** A bot over the real knowledge/ and a real SQLite database (in memory unless a file is given). */
import { openBot, type OpenedBot } from '../../src/bot/openBot.js';
import { FakeClock } from './clock.js';

export interface TestBot extends OpenedBot {
  clock: FakeClock;
}

export function openTestBot(options: { databasePath?: string; quizExpiryHours?: number; clock?: FakeClock } = {}): TestBot {
  const clock = options.clock ?? new FakeClock();
  const opened = openBot({
    knowledgeDir: 'knowledge',
    databasePath: options.databasePath ?? ':memory:',
    quizExpiryHours: options.quizExpiryHours ?? 24,
    clock,
  });
  return { ...opened, clock };
}
