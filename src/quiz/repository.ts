/**
 * What the quiz needs from storage, declared by the core; src/storage/ implements it with SQLite. Every
 * call returns a promise, so a server database is another implementation of these interfaces and nothing else.
 */
import type { OutcomeId } from './definition.js';
import type { QuizState } from './machine.js';

/**
 * Where a quiz runs, as the front end names it: an opaque `key` (one active quiz per user per key; the front
 * end decides what it encodes, e.g. a channel) and a `label` for people and reports. The core never parses either.
 */
export interface Place {
  key: string;
  label: string;
}

/** A quiz as stored: its state plus who owns it, where, and a version that changes on every save. */
export interface StoredQuiz {
  id: number;
  /** A namespaced user id handed in by the front end ("console:alice"). */
  owner: string;
  ownerName: string;
  place: Place;
  version: number;
  state: Exclude<QuizState, { status: 'idle' }>;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** A quiz about to be created. */
export interface NewQuiz {
  owner: string;
  ownerName: string;
  place: Place;
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
  createOrGetActive(quiz: NewQuiz): Promise<{ quiz: StoredQuiz; created: boolean }>;
  get(id: number): Promise<StoredQuiz | undefined>;
  /** The owner's active quiz at the place with this key, if any. */
  findActive(owner: string, placeKey: string): Promise<StoredQuiz | undefined>;
  /**
   * Saves a new state if the stored version is still `expectedVersion`, answers and result included, in one
   * transaction; resolves to the saved quiz, or undefined when someone else saved first (or there is no quiz `id`).
   */
  save(
    id: number,
    expectedVersion: number,
    state: StoredQuiz['state'],
    now: number,
    result?: StoredResult,
  ): Promise<StoredQuiz | undefined>;
  /** Active quizzes last touched before `before` (ms since the epoch). */
  idleSince(before: number): Promise<StoredQuiz[]>;
}

/** Milliseconds since the epoch; a port so tests can move time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
