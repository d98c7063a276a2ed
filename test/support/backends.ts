/**
 * The two databases a bot process can run on, for process tests that run the same journey on each: a SQLite file
 * (DATABASE_PATH) and a PostgreSQL database of the test's own on the run's server (DATABASE_URL).
 */
import Database from 'better-sqlite3';
import { type ExpectedQuizzes, type ReadBack, readBack, readBackPostgres } from '../../scripts/support/readBack.js';
import { asSuperuser, createDatabase } from './postgres.js';

/** One fresh database: the environment that points a process at it, and the stored quizzes read back from it. */
export interface TestDatabase {
  env: Record<string, string>;
  readBack(expected: ExpectedQuizzes): Promise<ReadBack>;
  /** The question (from 0) `owner`'s active quiz stands at, as stored; undefined with no active quiz. */
  activeStep(owner: string): Promise<number | undefined>;
}

const activeStepSql = "SELECT step FROM quiz_sessions WHERE owner = $owner AND status = 'active'";

/** A kind of database, by name, and how to make a fresh one (`tempDatabase` gives a SQLite file's path). */
export interface Backend {
  name: string;
  fresh(tempDatabase: () => string): Promise<TestDatabase>;
}

export const sqliteBackend: Backend = {
  name: 'SQLite',
  async fresh(tempDatabase) {
    const path = tempDatabase();
    return {
      env: { DATABASE_PATH: path },
      readBack: async (expected) => readBack(path, expected),
      async activeStep(owner) {
        const db = new Database(path, { readonly: true, fileMustExist: true });
        try {
          return (db.prepare(activeStepSql).get({ owner }) as { step: number } | undefined)?.step;
        } finally {
          db.close();
        }
      },
    };
  },
};

export const postgresBackend: Backend = {
  name: 'PostgreSQL',
  async fresh() {
    const { name, url } = await createDatabase();
    return {
      env: { DATABASE_URL: url },
      readBack: (expected) => readBackPostgres(url, expected),
      activeStep: async (owner) =>
        (await asSuperuser<{ step: number }>(activeStepSql.replace('$owner', '$1'), [owner], name)).rows[0]?.step,
    };
  },
};

export const backends: Backend[] = [sqliteBackend, postgresBackend];
