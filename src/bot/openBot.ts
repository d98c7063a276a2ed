/** Wires a bot from configuration: knowledge, quiz definition, storage. Used by every entry point. */
import { KnowledgeBase } from '../search/engine.js';
import { loadQuiz } from '../quiz/definition.js';
import { type Clock, systemClock } from '../quiz/repository.js';
import { QuizService } from '../quiz/service.js';
import { openStorage, type Storage } from '../storage/storage.js';
import { CareerBot } from './careerBot.js';

/** Where the knowledge and the database are, and how long a quiz may sit idle. */
export interface BotOptions {
  knowledgeDir: string;
  databasePath: string;
  quizExpiryHours: number;
  clock?: Clock;
}

/** A ready bot, its storage, and how to close them. */
export interface OpenedBot {
  bot: CareerBot;
  storage: Storage;
  close(): void;
}

/**
 * Loads and checks all knowledge before touching the database, so a broken article never leaves a bot
 * half-started; throws KnowledgeError or StorageError with a message for people.
 */
export function openBot(options: BotOptions): OpenedBot {
  const kb = KnowledgeBase.load(options.knowledgeDir);
  const quiz = loadQuiz(options.knowledgeDir, (id) => kb.passage(id));
  const clock = options.clock ?? systemClock;
  const storage = openStorage(options.databasePath);
  const quizzes = new QuizService(quiz, storage.quizzes, { expiryMs: options.quizExpiryHours * 3_600_000, clock });
  const bot = new CareerBot(kb, quizzes, storage.activity, storage.users, clock);
  return { bot, storage, close: () => storage.close() };
}
