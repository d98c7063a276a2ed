/**
 * A bot over the real knowledge/ and a real SQLite database (in memory unless a file is given), or over the
 * in-memory storage fakes for tests about rules rather than storage.
 */
import { type Knowledge, loadKnowledge, type OpenedBot, wireBot } from '../../src/bot/openBot.js';
import { openInMemoryStorage } from '../../src/memory/inMemoryStorage.js';
import { openStorage } from '../../src/storage/storage.js';
import { explainResult } from '../../src/quiz/explain.js';
import { QuizService } from '../../src/quiz/service.js';
import { FakeClock } from './clock.js';

export interface TestBot extends OpenedBot {
  clock: FakeClock;
  /** The quiz service over the same storage and clock, for tests of the quiz rules themselves. */
  quizzes: QuizService;
}

/**
 * The bot as openBot wires it over SQLite, opened synchronously (better-sqlite3 is), so the many tests that
 * open one need no await; openBot itself, which may open PostgreSQL, is asynchronous.
 */
export function openTestBot(options: { databasePath?: string; quizExpiryHours?: number; clock?: FakeClock } = {}): TestBot {
  const clock = options.clock ?? new FakeClock();
  const opened = wireBot(loadKnowledge('knowledge'), openStorage(options.databasePath ?? ':memory:'), {
    quizExpiryHours: options.quizExpiryHours ?? 24,
    clock,
  });
  return { ...opened, clock, quizzes: quizServiceOf(opened, options.quizExpiryHours ?? 24, clock) };
}

/** A quiz service over the bot's own storage and clock, built as the composition root builds the bot's. */
function quizServiceOf(opened: OpenedBot, quizExpiryHours: number, clock: FakeClock): QuizService {
  const { kb, quiz } = opened.knowledge;
  return new QuizService(quiz, opened.storage.quizzes, {
    expiryMs: quizExpiryHours * 3_600_000,
    clock,
    explain: (result) => explainResult(kb, quiz, result),
  });
}

/** knowledge/ loaded once per test file: it is only read, and loading it takes a tenth of a second. */
let knowledge: Knowledge | undefined;

/**
 * The same bot over the in-memory storage (src/memory/, held to SQLite's behaviour by
 * test/storage-contract.test.ts), wired by the composition root's own wireBot. No file, no SQLite: for tests of
 * the rules, not of storage.
 */
export function openMemoryTestBot(
  options: { quizExpiryHours?: number; clock?: FakeClock; answerChannelIds?: readonly string[] } = {},
): TestBot {
  const clock = options.clock ?? new FakeClock();
  knowledge ??= loadKnowledge('knowledge');
  const quizExpiryHours = options.quizExpiryHours ?? 24;
  const opened = wireBot(knowledge, openInMemoryStorage(), {
    quizExpiryHours,
    clock,
    ...(options.answerChannelIds ? { answerChannelIds: options.answerChannelIds } : {}),
  });
  return { ...opened, clock, quizzes: quizServiceOf(opened, quizExpiryHours, clock) };
}
