/**
 * What the quiz needs from storage, declared by the core; src/storage/ implements it with SQLite. A
 * server database would be another implementation of these interfaces and nothing else.
 */
import type { OutcomeId } from './definition.js';
import type { QuizState } from './machine.js';

/** Where a quiz runs: the console, or a Discord channel (a thread it opens is recorded separately). */
export type QuizPlace =
  | { platform: 'console' }
  | { platform: 'discord'; guildId?: string; channelId: string };

/** One string per place: "console", or "discord:<guild or dm>/<channel>". One active quiz per user per key. */
export function placeKey(place: QuizPlace): string {
  return place.platform === 'console' ? 'console' : `discord:${place.guildId ?? 'dm'}/${place.channelId}`;
}

/** A quiz as stored: its state plus who owns it, where, and a version that changes on every save. */
export interface StoredQuiz {
  id: number;
  /** A namespaced user id: "console:alice" or "discord:80351110224678912". */
  owner: string;
  ownerName: string;
  place: QuizPlace;
  /** The Discord thread the quiz runs in, once one is opened. */
  threadId?: string;
  /** Its result was shared in its channel. */
  shared?: true;
  version: number;
  state: Exclude<QuizState, { status: 'idle' }>;
  createdAt: number;
  updatedAt: number;
}

/** A quiz about to be created. */
export interface NewQuiz {
  owner: string;
  ownerName: string;
  place: QuizPlace;
  state: Extract<QuizState, { status: 'active' }>;
  now: number;
}

/** The outcome stored with a completed quiz, for reports. */
export interface StoredResult {
  outcome: OutcomeId;
  counts: { mle: number; de: number; both: number };
}

/** Stored quizzes: create, read, save with a version check, expire. */
export interface QuizRepository {
  /** Creates the owner's active quiz for a place, unless one exists (then that one is returned). */
  createOrGetActive(quiz: NewQuiz): { quiz: StoredQuiz; created: boolean };
  get(id: number): StoredQuiz | undefined;
  findActive(owner: string, place: QuizPlace): StoredQuiz | undefined;
  /**
   * Saves a new state if the stored version is still `expectedVersion`, answers and result included, in one
   * transaction; returns the saved quiz, or undefined when someone else saved first.
   */
  save(id: number, expectedVersion: number, state: StoredQuiz['state'], now: number, result?: StoredResult): StoredQuiz | undefined;
  /** Records the thread a quiz was moved into. */
  setThread(id: number, threadId: string): void;
  /**
   * Claims the sharing of a completed quiz's result: 'claimed' when this caller may post it; 'shared' when
   * it was posted already; 'in-progress' when another claim younger than `leaseMs` holds it.
   */
  claimShare(id: number, now: number, leaseMs: number): 'claimed' | 'shared' | 'in-progress' | 'not-completed';
  /** The claimed result was posted. */
  markShared(id: number, now: number): void;
  /** The claimed result was certainly not posted: someone may try again at once. */
  releaseShare(id: number): void;
  /** Active quizzes last touched before `before` (ms since the epoch). */
  idleSince(before: number): StoredQuiz[];
}

/** Milliseconds since the epoch; a port so tests can move time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
