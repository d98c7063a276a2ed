/**
 * What the PostgreSQL backend adds to the storage contract (storage-contract.test.ts runs every port on it):
 * its migrations, the rules the server itself holds when two connections race, and what people are told when
 * the server cannot be used. Each test gets a new database on the run's test server; a "connection" below is a
 * storage of its own (its own pool), as a second process would have.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { openBot } from '../src/bot/openBot.js';
import { shareLeaseMs } from '../src/posts/quizPosts.js';
import { type Storage, StorageError } from '../src/ports/storage.js';
import { migrate, migrations } from '../src/postgres/migrations.js';
import { openPostgresStorage } from '../src/postgres/storage.js';
import type { StoredQuiz } from '../src/quiz/repository.js';
import { FakeClock } from './support/clock.js';
import { freePort } from './support/postgresServer.js';
import { asSuperuser, createDatabase, withDatabase } from './support/postgres.js';

const T0 = Date.UTC(2026, 10, 23, 12);
const place = { key: 'discord:81384788765712384/81384788765712385', label: 'channel 81384788765712385' };
const finished = ['models', 'deeply', 'models', 'maximum', 'high'];

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
});

/** A storage on `url`, closed after the test. */
async function connect(url: string): Promise<Storage> {
  const storage = await openPostgresStorage(url);
  opened.push(storage);
  return storage;
}

const tables = async (database: string) =>
  (
    await asSuperuser<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`, [], database)
  ).rows.map((r) => r.name);
const versions = async (database: string) =>
  (await asSuperuser<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version', [], database)).rows.map(
    (r) => r.version,
  );

/** Every step recorded, one row each: 1, 2, … */
const allSteps = migrations.map((_, i) => i + 1);

describe('migrations', () => {
  it('build the whole schema in an empty database, record the version, and do nothing the second time', async () => {
    const { name, url } = await createDatabase();
    expect(await tables(name)).toEqual([]);
    await (await connect(url)).close();
    expect(await tables(name)).toEqual([
      'answer_channels',
      'answer_posts',
      'conversations',
      'cooldowns',
      'declined_questions',
      'feedback',
      'profiles',
      'quiz_answers',
      'quiz_posts',
      'quiz_results',
      'quiz_sessions',
      'schema_migrations',
    ]);
    expect(await versions(name)).toEqual(allSteps);
    await connect(url);
    expect(await versions(name)).toEqual(allSteps);
  });

  it('are applied once when several processes start on an empty database at the same moment', async () => {
    const { name, url } = await createDatabase();
    const storages = await Promise.all(Array.from({ length: 4 }, () => connect(url)));
    expect(await versions(name)).toEqual(allSteps);
    // Every one of them works on the same schema.
    const started = await Promise.all(
      storages.map((s, n) =>
        s.quizzes.createOrGetActive({
          owner: `console:p${n}`,
          ownerName: `p${n}`,
          place,
          state: { status: 'active', step: 0, answers: [] },
          now: T0,
        }),
      ),
    );
    expect(new Set(started.map((s) => s.quiz.id)).size).toBe(4);
  });

  it('roll a failed step back and rethrow it as a StorageError with its cause, keeping the steps before it', async () => {
    const { name, url } = await createDatabase();
    const pool = new pg.Pool({ connectionString: url });
    try {
      const failing = [...migrations, 'CREATE TABLE half_done (id INTEGER); SELECT 1 / 0'];
      const error = await migrate(pool, 'the test database', failing).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as Error).message).toBe(
        `storage: the test database: migration to schema version ${migrations.length + 1} failed: division by zero`,
      );
      expect(((error as Error).cause as { code?: string }).code).toBe('22012');
      expect(await versions(name)).toEqual(allSteps);
      expect(await tables(name)).not.toContain('half_done');
    } finally {
      await pool.end();
    }
  });

  it('refuse a database from a newer careerbot with a StorageError saying what to do, and leave it untouched', async () => {
    const { name, url } = await createDatabase();
    const first = await connect(url);
    const { quiz } = await first.quizzes.createOrGetActive({
      owner: 'console:alice',
      ownerName: 'alice',
      place,
      state: { status: 'active', step: 0, answers: [] },
      now: T0,
    });
    await asSuperuser('INSERT INTO schema_migrations (version) VALUES ($1)', [migrations.length + 1], name);
    const before = await asSuperuser('SELECT * FROM quiz_sessions', [], name);

    const error = await openPostgresStorage(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^storage: PostgreSQL database 127\\.0\\.0\\.1:\\d+/${name} has schema version ${migrations.length + 1}, newer than this careerbot understands \\(${migrations.length}\\)\\. It was left untouched: run a newer careerbot, or point DATABASE_URL at another database\\.$`,
      ),
    );
    expect(await versions(name)).toEqual([...allSteps, migrations.length + 1]);
    expect((await asSuperuser('SELECT * FROM quiz_sessions', [], name)).rows).toEqual(before.rows);
    expect((await first.quizzes.get(quiz.id))?.version).toBe(1);
  });
});

describe('two connections racing', () => {
  /** Two storages on one new database, as two processes would have. */
  async function twoConnections(): Promise<[Storage, Storage]> {
    const { url } = await createDatabase();
    const first = await connect(url);
    return [first, await connect(url)];
  }
  const start = (storage: Storage, owner = 'console:alice') =>
    storage.quizzes.createOrGetActive({
      owner,
      ownerName: owner.slice(8),
      place,
      state: { status: 'active', step: 0, answers: [] },
      now: T0,
    });

  it('let exactly one of two answers to the same question win, every time, and keep the winner’s answer', async () => {
    const [a, b] = await twoConnections();
    for (let round = 0; round < 30; round += 1) {
      const { quiz } = await start(a, `console:racer${round}`);
      const answer = (storage: Storage, option: string) =>
        storage.quizzes.save(quiz.id, quiz.version, { status: 'active', step: 1, answers: [option] }, T0 + 1);
      const [byA, byB] = await Promise.all([answer(a, 'models'), answer(b, 'pipelines')]);
      const winners = [byA, byB].filter((saved): saved is StoredQuiz => saved !== undefined);
      expect(winners, `round ${round}`).toHaveLength(1);
      const stored = (await b.quizzes.get(quiz.id))!;
      expect(stored).toEqual(winners[0]);
      expect(stored.version).toBe(2);
      expect(stored.state).toEqual({ status: 'active', step: 1, answers: [byA ? 'models' : 'pipelines'] });
    }
  });

  it('start one active quiz when the same person starts one in the same place from both at once', async () => {
    const [a, b] = await twoConnections();
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => start(n % 2 === 0 ? a : b)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.quiz.id)).size).toBe(1);
    expect((await a.users.describe('console:alice')).quizzes).toBe(1);
  });

  it('give the sharing of a result to one claim only', async () => {
    const [a, b] = await twoConnections();
    const { quiz } = await start(a);
    await a.quizzes.save(quiz.id, 1, { status: 'completed', answers: finished }, T0 + 1, {
      outcome: 'mle',
      counts: { mle: 5, de: 0, both: 0 },
    });
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, n) => (n % 2 === 0 ? a : b).quizPosts.claimShare(quiz.id, T0 + 2, shareLeaseMs)),
    );
    expect(claims.filter((c) => c === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c === 'in-progress')).toHaveLength(9);
  });
});

describe('the bot on PostgreSQL (openBot with DATABASE_URL)', () => {
  it('keeps a quiz in progress through a restart: the next start continues at the same question', async () => {
    const { url } = await createDatabase();
    const context = { actor: { id: 'console:alice', name: 'alice' }, place: { key: 'console', label: 'console' } };
    const clock = new FakeClock();
    const first = await openBot({ knowledgeDir: 'knowledge', databaseUrl: url, quizExpiryHours: 24, clock });
    const started = await first.bot.startQuiz(context);
    if (started.kind !== 'question') throw new Error(`expected a question, got ${started.kind}`);
    const option = started.question.options[0]!.id;
    const moved = await first.bot.quizMove(
      context,
      { id: started.quiz.id, version: started.quiz.version },
      { type: 'answer', step: 0, option },
    );
    expect(moved.kind).toBe('question');
    await first.close();

    const again = await openBot({ knowledgeDir: 'knowledge', databaseUrl: url, quizExpiryHours: 24, clock });
    try {
      const continued = await again.bot.startQuiz(context);
      if (continued.kind !== 'question') throw new Error(`expected a question, got ${continued.kind}`);
      expect(continued.quiz.id).toBe(started.quiz.id);
      expect(continued.step).toBe(1);
      expect((await again.storage.quizzes.get(started.quiz.id))?.state).toEqual({ status: 'active', step: 1, answers: [option] });
    } finally {
      await again.close();
    }
  });
});

describe('a server that cannot be used', () => {
  it('is a StorageError naming host and port and what to check when nothing listens there, without the password', async () => {
    const port = await freePort();
    const error = await openPostgresStorage(`postgres://careerbot:hunter2-secret@127.0.0.1:${port}/careerbot`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(`^storage: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port}/careerbot \\(.*ECONNREFUSED.*\\)\\. `),
    );
    expect(message).toContain('Is the server running? Is DATABASE_URL right?');
    expect(message).not.toContain('hunter2');
  });

  it('says to check the user and password when the server refuses them, without the password', async () => {
    const wrong = new URL(inject('postgresUrl'));
    wrong.password = 'not-the-password';
    const error = await openPostgresStorage(wrong.href).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toContain(`cannot connect to PostgreSQL at 127.0.0.1:${wrong.port}/postgres`);
    expect((error as Error).message).toContain('Check the user name and password in DATABASE_URL.');
    expect((error as Error).message).not.toContain('not-the-password');
  });

  it('says to create the database when it does not exist', async () => {
    const url = withDatabase(inject('postgresUrl'), 'careerbot_never_created');
    await expect(openPostgresStorage(url)).rejects.toThrow(
      /database "careerbot_never_created" does not exist\)\. Create the database first/,
    );
  });
});
