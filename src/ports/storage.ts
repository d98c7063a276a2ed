/**
 * Everything the bot stores, as one bundle of the core's ports over one connection, and the error a storage
 * raises when it cannot be used. Each backend (src/storage for SQLite, src/postgres for PostgreSQL, src/memory in memory) implements this;
 * the composition root (src/bot/openBot.ts) chooses one, and the entry points catch StorageError whichever it is.
 */
import type { ActivityRepository, UserDataRepository } from '../activity/repository.js';
import type { ConversationRepository } from '../conversation/types.js';
import type { CooldownRepository } from '../cooldown/cooldown.js';
import type { AnswerPosts } from '../posts/answerPosts.js';
import type { QuizPosts } from '../posts/quizPosts.js';
import type { QuizRepository } from '../quiz/repository.js';
import type { AnswerChannelRepository } from '../settings/answerChannels.js';

/** The repositories over one connection. */
export interface Storage {
  quizzes: QuizRepository;
  activity: ActivityRepository;
  users: UserDataRepository;
  answerChannels: AnswerChannelRepository;
  /** Where a chat front end posted each quiz (its thread, the sharing of its result). */
  quizPosts: QuizPosts;
  /** Which message answers which question typed in a channel (a chat front end's). */
  answerPosts: AnswerPosts;
  /** What each conversation keeps for its follow-ups, and what people said about themselves. */
  conversations: ConversationRepository;
  /** Each person's cooldown window, counted atomically so every process of the bot shares one allowance. */
  cooldowns: CooldownRepository;
  /** Closes the connection (a server's, once the queries under way end); nothing is lost (every call committed before it resolved). */
  close(): Promise<void>;
}

/** The tables a careerbot database holds, in SQLite and PostgreSQL alike, parents before the rows that refer to them. */
export const dumpedTables = [
  'quiz_sessions',
  'quiz_answers',
  'quiz_results',
  'quiz_posts',
  'declined_questions',
  'feedback',
  'answer_channels',
  'conversations',
  'profiles',
  'answer_posts',
  'cooldowns',
];

/**
 * Every table of a SQL backend, as one backend dumps it for another to load (npm run db:copy): the tables by
 * name with their columns and rows (values as JSON would hold them), and the last quiz id ever given out (ids
 * of deleted quizzes are never given again).
 */
export interface StorageDump {
  tables: { name: string; columns: string[]; rows: Record<string, unknown>[] }[];
  lastQuizId: number;
}

/** A storage that cannot be used as it is: the message says which file (or server) and what to do. */
export class StorageError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`storage: ${message}`, options);
    this.name = 'StorageError';
  }
}

/**
 * The database could not be reached for one call (its server down or restarting): the call did nothing, what was
 * stored before is intact, and trying again once the server is back works.
 */
export class StorageUnavailableError extends StorageError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** Told when a database server stops answering and when it answers again: each change once, not per call. */
export interface StorageHealthListener {
  /** `reason`: what the driver said (the password never in it). */
  unavailable(reason: string): void;
  restored(): void;
}
