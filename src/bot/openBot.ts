/** Wires a bot from configuration: knowledge, quiz definition, storage. Used by every entry point. */
import { loadAspects } from '../compare/aspects.js';
import { Comparisons } from '../compare/comparisons.js';
import { KnowledgeBase } from '../search/knowledgeBase.js';
import { loadQuiz, type QuizDefinition } from '../quiz/definition.js';
import { ConversationService } from '../conversation/service.js';
import { explainResult } from '../quiz/explain.js';
import { type Clock, systemClock } from '../quiz/repository.js';
import { QuizService } from '../quiz/service.js';
import { AnswerChannels } from '../settings/answerChannels.js';
import type { Storage, StorageHealthListener } from '../ports/storage.js';
import { openPostgresStorage } from '../postgres/storage.js';
import { openStorage } from '../storage/storage.js';
import { CareerBot } from './careerBot.js';

/** Everything loaded from knowledge/: the searchable articles, the /compare aspects over them, the quiz. */
export interface Knowledge {
  kb: KnowledgeBase;
  comparisons: Comparisons;
  quiz: QuizDefinition;
}

/** Loads and checks knowledge/ (articles, vocabulary, aspects, quiz); throws KnowledgeError listing every problem. */
export function loadKnowledge(knowledgeDir: string): Knowledge {
  const kb = KnowledgeBase.load(knowledgeDir);
  const comparisons = new Comparisons(kb, loadAspects(knowledgeDir));
  const quiz = loadQuiz(knowledgeDir, (id) => kb.passage(id));
  return { kb, comparisons, quiz };
}

/** How the bot runs: how long a quiz may sit idle, where free text is answered, and the clock. */
export interface RunOptions {
  /** QUIZ_EXPIRY_HOURS. */
  quizExpiryHours: number;
  /** ANSWER_CHANNEL_IDS: channels that answer free text until /answers says otherwise. */
  answerChannelIds?: readonly string[];
  /** CONVERSATION_MINUTES: a person's next question in a place within this continues the conversation (default 10). */
  conversationMinutes?: number;
  clock?: Clock;
}

/** How long what a person said about themselves (and their latest quiz outcome) is kept after they last said something. */
export const profileDays = 30;

/** Where the stored data is: PostgreSQL when DATABASE_URL is set, otherwise the SQLite file. */
export interface StorageOptions {
  /** DATABASE_URL: a PostgreSQL server's database (`postgres://user:password@host:port/database`). */
  databaseUrl?: string;
  /** DATABASE_PATH: the SQLite file (':memory:' keeps nothing); not used when `databaseUrl` is given. */
  databasePath?: string;
  /** Hears when a database server stops answering and when it answers again (PostgreSQL; a file never does). */
  health?: StorageHealthListener;
}

/** Opens the configured storage, schema brought up to date; throws StorageError with a message for people. */
export function openConfiguredStorage(options: StorageOptions): Promise<Storage> {
  if (options.databaseUrl !== undefined) return openPostgresStorage(options.databaseUrl, options.health);
  return Promise.resolve().then(() => openStorage(options.databasePath ?? ':memory:'));
}

/** Where the knowledge and the stored data are, and how the bot runs. */
export interface BotOptions extends RunOptions, StorageOptions {
  knowledgeDir: string;
  /** Opens another storage backend instead (src/memory's); DATABASE_URL and DATABASE_PATH are then not used. */
  storage?: () => Storage | Promise<Storage>;
}

/** A ready bot, its storage, and how to close them. */
export interface OpenedBot {
  bot: CareerBot;
  /** What was loaded from knowledge/, for scripts and tests (front ends use the façade). */
  knowledge: Knowledge;
  storage: Storage;
  /** Closes the storage; resolves once it is closed. */
  close(): Promise<void>;
}

/**
 * Loads and checks all knowledge before touching storage, so a broken article never leaves a bot half-started;
 * throws KnowledgeError or StorageError with a message for people.
 */
export async function openBot(options: BotOptions): Promise<OpenedBot> {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const storage = options.storage ? await options.storage() : await openConfiguredStorage(options);
  return wireBot(knowledge, storage, options);
}

/** Builds the bot from what was loaded and an open storage: the quiz service, the answer channels, the façade. */
export function wireBot(knowledge: Knowledge, storage: Storage, options: RunOptions): OpenedBot {
  const { kb, comparisons, quiz } = knowledge;
  const clock = options.clock ?? systemClock;
  const quizzes = new QuizService(quiz, storage.quizzes, {
    expiryMs: options.quizExpiryHours * 3_600_000,
    clock,
    explain: (result) => explainResult(kb, quiz, result),
  });
  const answerChannels = new AnswerChannels(storage.answerChannels, options.answerChannelIds ?? []);
  const conversations = new ConversationService(kb, comparisons.aspects, quiz, storage.conversations, {
    windowMs: (options.conversationMinutes ?? 10) * 60_000,
    profileMs: profileDays * 86_400_000,
    clock,
  });
  const bot = new CareerBot({
    kb,
    comparisons,
    quizzes,
    activity: storage.activity,
    users: storage.users,
    answerChannels,
    conversations,
    clock,
  });
  return { bot, knowledge, storage, close: () => storage.close() };
}
