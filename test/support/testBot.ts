/** A bot over the real knowledge/ and a real SQLite database (in memory unless a file is given). */
import { openBot, type OpenedBot } from '../../src/bot/openBot.js';
import { explainResult } from '../../src/quiz/explain.js';
import { QuizService } from '../../src/quiz/service.js';
import { FakeClock } from './clock.js';

export interface TestBot extends OpenedBot {
  clock: FakeClock;
  /** The quiz service over the same storage and clock, for tests of the quiz rules themselves. */
  quizzes: QuizService;
}

export function openTestBot(options: { databasePath?: string; quizExpiryHours?: number; clock?: FakeClock } = {}): TestBot {
  const clock = options.clock ?? new FakeClock();
  const opened = openBot({
    knowledgeDir: 'knowledge',
    databasePath: options.databasePath ?? ':memory:',
    quizExpiryHours: options.quizExpiryHours ?? 24,
    clock,
  });
  const expiryMs = (options.quizExpiryHours ?? 24) * 3_600_000;
  const { kb, quiz } = opened.knowledge;
  const quizzes = new QuizService(quiz, opened.storage.quizzes, { expiryMs, clock, explain: (result) => explainResult(kb, quiz, result) });
  return { ...opened, clock, quizzes };
}
