/**
 * The two databases a bot process can run on, for process tests that run the same journey on each: a SQLite file
 * (DATABASE_PATH) and a PostgreSQL database of the test's own on the run's server (DATABASE_URL).
 */
import { type ExpectedQuizzes, type ReadBack, readBack, readBackPostgres } from '../../scripts/support/readBack.js';
import { createDatabase } from './postgres.js';

/** One fresh database: the environment that points a process at it, and the stored quizzes read back from it. */
export interface TestDatabase {
  env: Record<string, string>;
  readBack(expected: ExpectedQuizzes): Promise<ReadBack>;
}

/** A kind of database, by name, and how to make a fresh one (`tempDatabase` gives a SQLite file's path). */
export interface Backend {
  name: string;
  fresh(tempDatabase: () => string): Promise<TestDatabase>;
}

export const sqliteBackend: Backend = {
  name: 'SQLite',
  async fresh(tempDatabase) {
    const path = tempDatabase();
    return { env: { DATABASE_PATH: path }, readBack: async (expected) => readBack(path, expected) };
  },
};

export const postgresBackend: Backend = {
  name: 'PostgreSQL',
  async fresh() {
    const { url } = await createDatabase();
    return { env: { DATABASE_URL: url }, readBack: (expected) => readBackPostgres(url, expected) };
  },
};

export const backends: Backend[] = [sqliteBackend, postgresBackend];
