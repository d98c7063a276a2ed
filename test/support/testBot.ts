/**
 * A bot over the real knowledge/ and a real SQLite database (in memory unless a file is given), or over the
 * in-memory storage fakes for tests about rules rather than storage.
 */
import { CareerBot } from '../../src/bot/careerBot.js';
import { type Knowledge, loadKnowledge, openBot, type OpenedBot } from '../../src/bot/openBot.js';
import { explainResult } from '../../src/quiz/explain.js';
import { QuizService } from '../../src/quiz/service.js';
import { AnswerChannels } from '../../src/settings/answerChannels.js';
import { FakeClock } from './clock.js';
import { openInMemoryStorage } from './inMemoryStorage.js';

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

/** knowledge/ loaded once per test file: it is only read, and loading it takes a tenth of a second. */
let knowledge: Knowledge | undefined;

/**
 * The same bot over the in-memory storage (test/support/inMemoryStorage.ts, held to SQLite's behaviour by
 * test/storage-contract.test.ts), wired from the same parts as openBot wires them. No file, no SQLite: for
 * tests of the rules, not of storage.
 */
export function openMemoryTestBot(
  options: { quizExpiryHours?: number; clock?: FakeClock; answerChannelIds?: readonly string[] } = {},
): TestBot {
  const clock = options.clock ?? new FakeClock();
  knowledge ??= loadKnowledge('knowledge');
  const { kb, comparisons, quiz } = knowledge;
  const storage = openInMemoryStorage();
  const quizzes = new QuizService(quiz, storage.quizzes, {
    expiryMs: (options.quizExpiryHours ?? 24) * 3_600_000,
    clock,
    explain: (result) => explainResult(kb, quiz, result),
  });
  const answerChannels = new AnswerChannels(storage.answerChannels, options.answerChannelIds ?? []);
  const bot = new CareerBot({ kb, comparisons, quizzes, activity: storage.activity, users: storage.users, answerChannels, clock });
  return { bot, knowledge, storage, close: () => storage.close(), clock, quizzes };
}
