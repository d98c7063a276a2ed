/** Wires a bot from configuration: knowledge, quiz definition, storage. Used by every entry point. */
import { loadAspects } from '../compare/aspects.js';
import { Comparisons } from '../compare/comparisons.js';
import { KnowledgeBase } from '../search/knowledgeBase.js';
import { loadQuiz, type QuizDefinition } from '../quiz/definition.js';
import { explainResult } from '../quiz/explain.js';
import { type Clock, systemClock } from '../quiz/repository.js';
import { QuizService } from '../quiz/service.js';
import { AnswerChannels } from '../settings/answerChannels.js';
import { openStorage, type Storage } from '../storage/storage.js';
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

/** Where the knowledge and the database are, and how long a quiz may sit idle. */
export interface BotOptions {
  knowledgeDir: string;
  databasePath: string;
  quizExpiryHours: number;
  /** ANSWER_CHANNEL_IDS: channels that answer free text until /answers says otherwise. */
  answerChannelIds?: readonly string[];
  clock?: Clock;
}

/** A ready bot, its storage, and how to close them. */
export interface OpenedBot {
  bot: CareerBot;
  /** What was loaded from knowledge/, for scripts and tests (front ends use the façade). */
  knowledge: Knowledge;
  storage: Storage;
  close(): void;
}

/**
 * Loads and checks all knowledge before touching the database, so a broken article never leaves a bot
 * half-started; throws KnowledgeError or StorageError with a message for people.
 */
export function openBot(options: BotOptions): OpenedBot {
  const knowledge = loadKnowledge(options.knowledgeDir);
  const { kb, comparisons, quiz } = knowledge;
  const clock = options.clock ?? systemClock;
  const storage = openStorage(options.databasePath);
  const quizzes = new QuizService(quiz, storage.quizzes, {
    expiryMs: options.quizExpiryHours * 3_600_000,
    clock,
    explain: (result) => explainResult(kb, quiz, result),
  });
  const answerChannels = new AnswerChannels(storage.answerChannels, options.answerChannelIds ?? []);
  const bot = new CareerBot({ kb, comparisons, quizzes, activity: storage.activity, users: storage.users, answerChannels, clock });
  return { bot, knowledge, storage, close: () => storage.close() };
}
