import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Place } from '../src/quiz/repository.js';
import { busyTimeoutMs, openDatabase } from '../src/storage/database.js';
import { StorageError } from '../src/ports/storage.js';
import { migrate, schemaVersion } from '../src/storage/migrations.js';
import { SqliteActivityRepository, SqliteUserDataRepository } from '../src/storage/sqliteActivity.js';
import { SqliteConversationRepository } from '../src/storage/sqliteConversations.js';
import { SqliteQuizPosts } from '../src/storage/sqliteQuizPosts.js';
import { SqliteQuizRepository } from '../src/storage/sqliteQuizzes.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => {
  files += 1;
  return join(dir, `bot-${files}.sqlite`);
};

const connections: Connection[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) if (db.open) db.close();
});

/** One connection with the repositories over it (raw SQL stays possible through `db`). */
function connect(file: string) {
  const db = openDatabase(file);
  connections.push(db);
  return {
    db,
    quizzes: new SqliteQuizRepository(db),
    activity: new SqliteActivityRepository(db),
    users: new SqliteUserDataRepository(db),
    posts: new SqliteQuizPosts(db),
    conversations: new SqliteConversationRepository(db),
  };
}

const T0 = Date.UTC(2026, 10, 23, 12);
const consolePlace: Place = { key: 'console', label: 'console' };
const channel: Place = {
  key: 'discord:81384788765712384/81384788765712385',
  label: 'channel 81384788765712385 in server 81384788765712384',
};
const startQuiz = (repo: SqliteQuizRepository, owner = 'console:alice', place: Place = consolePlace) =>
  repo.createOrGetActive({ owner, ownerName: owner.split(':')[1]!, place, state: { status: 'active', step: 0, answers: [] }, now: T0 });
const count = (db: Connection, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

describe('openDatabase', () => {
  it('creates the missing folder and a new file at the current schema version with every table', async () => {
    const file = join(dir, 'nested', 'deeper', 'bot.sqlite');
    const { db } = connect(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
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
    ]);
  });

  it('uses WAL journaling, enforces foreign keys and waits busyTimeoutMs for a locked file', async () => {
    const { db } = connect(newFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(busyTimeoutMs);
    expect(busyTimeoutMs).toBe(5000);
  });

  it('commits with synchronous FULL, also when it reopens a file already in WAL mode', async () => {
    const file = newFile();
    connect(file).db.close();
    const { db } = connect(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('changes nothing when an up-to-date database is opened again', async () => {
    const file = newFile();
    const first = connect(file);
    const { quiz } = await startQuiz(first.quizzes);
    first.db.close();
    const again = connect(file);
    expect(again.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(await again.quizzes.get(quiz.id)).toEqual(quiz);
    const step = vi.fn();
    migrate(
      again.db,
      file,
      Array.from({ length: schemaVersion }, () => step),
    );
    expect(step).not.toHaveBeenCalled();
  });

  it('refuses a database with a newer schema version, naming the file, and leaves it untouched', async () => {
    const file = newFile();
    connect(file).db.pragma(`user_version = ${schemaVersion + 1}`);
    for (const db of connections.splice(0)) db.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(StorageError);
    expect(() => openDatabase(file)).toThrow(
      `storage: ${file} has schema version ${schemaVersion + 1}, newer than this careerbot understands (${schemaVersion})`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  // Switching to WAL rewrites the header (bytes 18-19, 24-27, 92-95), so the version is checked first.
  it('leaves a newer database written in rollback-journal mode byte-for-byte untouched', async () => {
    const file = newFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x TEXT)');
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(StorageError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database, naming it, without overwriting it', async () => {
    const file = join(mkdtempSync(join(dir, 'text-')), 'notes.sqlite');
    writeFileSync(file, 'Remember to water the plants.\n'.repeat(40));
    expect(() => openDatabase(file)).toThrow(StorageError);
    expect(() => openDatabase(file)).toThrow(`storage: cannot open ${file} (file is not a database). It is not a careerbot database`);
    expect(readFileSync(file, 'utf8')).toBe('Remember to water the plants.\n'.repeat(40));
    expect(readdirSync(join(file, '..'))).toEqual(['notes.sqlite']);
  });
});

describe('migrate', () => {
  it('brings an empty file up step by step, each step in its own transaction', async () => {
    const file = newFile();
    writeFileSync(file, '');
    const db = new Database(file);
    connections.push(db);
    const seen: [number, boolean][] = [];
    const step = (d: Connection) => void seen.push([d.pragma('user_version', { simple: true }) as number, d.inTransaction]);
    migrate(db, file, [step, step, step]);
    expect(seen).toEqual([
      [0, true],
      [1, true],
      [2, true],
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('rolls back a failing step, keeps the version of the last good step and rethrows a StorageError with the cause', async () => {
    const db = new Database(newFile());
    connections.push(db);
    const good = (d: Connection) => d.exec('CREATE TABLE one (x TEXT)');
    const bad = (d: Connection) => d.exec('CREATE TABLE two (x TEXT); CREATE TABLE two (x TEXT)');
    let thrown: unknown;
    try {
      migrate(db, 'test.sqlite', [good, bad]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StorageError);
    expect((thrown as StorageError).message).toBe('storage: test.sqlite: migration to schema version 2 failed: table two already exists');
    expect((thrown as StorageError).cause).toBeInstanceOf(Error);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['one']);
    expect(db.inTransaction).toBe(false);
  });
});

describe('SqliteQuizRepository', () => {
  it('never gives a quiz id out twice, even after the newest quiz was deleted by /forget-me', async () => {
    const { quizzes, users } = connect(newFile());
    const { quiz: first } = await startQuiz(quizzes, 'console:alice');
    await users.forget('console:alice');
    const { quiz: next } = await startQuiz(quizzes, 'console:bob');
    expect(next.id).toBeGreaterThan(first.id);
  });

  it('reads a saved quiz back identically from a fresh connection to the same file', async () => {
    const file = newFile();
    const first = connect(file);
    const { quiz } = await startQuiz(first.quizzes, 'discord:80351110224678912', channel);
    await first.posts.setPostedIn(quiz.id, '81384788765712999');
    const saved = (await first.quizzes.save(quiz.id, 1, { status: 'active', step: 2, answers: ['models', 'in-between'] }, T0 + 1000))!;
    first.db.close();
    const again = connect(file);
    const fresh = await again.quizzes.get(quiz.id);
    expect(fresh).toEqual(saved);
    expect(await again.posts.postedIn(quiz.id)).toBe('81384788765712999');
    expect(fresh).toEqual({
      id: quiz.id,
      owner: 'discord:80351110224678912',
      ownerName: '80351110224678912',
      place: channel,
      version: 2,
      state: { status: 'active', step: 2, answers: ['models', 'in-between'] },
      createdAt: T0,
      updatedAt: T0 + 1000,
    });
  });

  it('bumps the version by one on every save', async () => {
    const { quizzes } = connect(newFile());
    const { quiz } = await startQuiz(quizzes);
    expect(quiz.version).toBe(1);
    expect((await quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0))?.version).toBe(2);
    expect((await quizzes.save(quiz.id, 2, { status: 'active', step: 2, answers: ['models', 'deeply'] }, T0))?.version).toBe(3);
  });

  it('returns undefined and changes nothing, answers included, when the expected version is stale', async () => {
    const { db, quizzes } = connect(newFile());
    const { quiz } = await startQuiz(quizzes);
    const saved = await quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0 + 1)!;
    expect(await quizzes.save(quiz.id, 1, { status: 'active', step: 2, answers: ['pipelines', 'deeply'] }, T0 + 2)).toBeUndefined();
    expect(await quizzes.get(quiz.id)).toEqual(saved);
    expect(db.prepare('SELECT step, option_id FROM quiz_answers WHERE session_id = ?').all(quiz.id)).toEqual([
      { step: 0, option_id: 'models' },
    ]);
  });

  it('shrinks the stored answers when the quiz goes back or restarts', async () => {
    const { db, quizzes } = connect(newFile());
    const { quiz } = await startQuiz(quizzes);
    await quizzes.save(quiz.id, 1, { status: 'active', step: 3, answers: ['models', 'deeply', 'substrate'] }, T0);
    const answers = () => count(db, 'SELECT COUNT(*) AS n FROM quiz_answers WHERE session_id = ?', quiz.id);
    expect(answers()).toBe(3);
    expect((await quizzes.save(quiz.id, 2, { status: 'active', step: 2, answers: ['models', 'deeply'] }, T0))?.state).toEqual({
      status: 'active',
      step: 2,
      answers: ['models', 'deeply'],
    });
    expect(answers()).toBe(2);
    await quizzes.save(quiz.id, 3, { status: 'active', step: 0, answers: [] }, T0);
    expect(answers()).toBe(0);
  });

  it('stores the result of a completed quiz', async () => {
    const { quizzes, activity } = connect(newFile());
    const { quiz } = await startQuiz(quizzes);
    const answers = ['models', 'deeply', 'models', 'maximum', 'low'];
    const saved = await quizzes.save(quiz.id, 1, { status: 'completed', answers }, T0, {
      outcome: 'mle',
      counts: { mle: 4, de: 1, both: 0 },
    });
    expect(saved?.state).toEqual({ status: 'completed', answers });
    expect((await activity.report(10)).outcomes).toEqual([{ outcome: 'mle', count: 1 }]);
    expect((await activity.report(10)).quizzes).toEqual([{ status: 'completed', count: 1 }]);
  });

  it('keeps one active quiz per user per place and gives other places and users their own', async () => {
    const { quizzes } = connect(newFile());
    const first = await startQuiz(quizzes);
    expect(first.created).toBe(true);
    const again = await startQuiz(quizzes);
    expect(again).toEqual({ quiz: first.quiz, created: false });
    const elsewhere = await startQuiz(quizzes, 'console:alice', channel);
    const otherUser = await startQuiz(quizzes, 'console:bob');
    expect([elsewhere.created, otherUser.created]).toEqual([true, true]);
    expect(new Set([first.quiz.id, elsewhere.quiz.id, otherUser.quiz.id]).size).toBe(3);
    expect((await quizzes.findActive('console:alice', channel.key))?.id).toBe(elsewhere.quiz.id);
  });

  it('reports a row damaged by hand as a StorageError instead of trusting it', async () => {
    const { db, quizzes } = connect(newFile());
    const { quiz } = await startQuiz(quizzes);
    await quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0);
    db.prepare('UPDATE quiz_sessions SET step = 4 WHERE id = ?').run(quiz.id);
    await expect(quizzes.get(quiz.id)).rejects.toThrow(StorageError);
    await expect(quizzes.findActive('console:alice', consolePlace.key)).rejects.toThrow(`storage: quiz ${quiz.id} is inconsistent`);
  });

  it('lets exactly one of two connections racing on the same version win', async () => {
    const file = newFile();
    const a = connect(file).quizzes;
    const b = connect(file).quizzes;
    const { quiz } = await startQuiz(a);
    const [seenByA, seenByB] = [(await a.get(quiz.id))!, (await b.get(quiz.id))!];
    expect(seenByB.version).toBe(seenByA.version);
    const won = await a.save(quiz.id, seenByA.version, { status: 'active', step: 1, answers: ['models'] }, T0);
    const lost = await b.save(quiz.id, seenByB.version, { status: 'active', step: 1, answers: ['pipelines'] }, T0);
    expect(won?.version).toBe(2);
    expect(lost).toBeUndefined();
    expect((await b.get(quiz.id))?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
  });
});

describe('SqliteActivityRepository.report', () => {
  it('groups declined questions by normalised text, most asked first, up to the limit', async () => {
    const { activity } = connect(newFile());
    const ask = (user: string, question: string, at: number) => activity.recordDeclined({ user, place: 'console', question, now: T0 + at });
    await ask('console:alice', 'How do I bake sourdough?', 1);
    await ask('console:bob', '  how do i   bake SOURDOUGH!! ', 2);
    await ask('console:carol', 'What is a monad?', 3);
    await ask('console:carol', 'HOW DO I BAKE SOURDOUGH.', 4);
    await ask('console:alice', 'Best pizza in Naples?', 5);
    await ask('console:bob', 'best pizza in naples', 6);
    expect((await activity.report(10)).declined).toEqual([
      { question: 'HOW DO I BAKE SOURDOUGH.', count: 3, lastAsked: T0 + 4 },
      { question: 'best pizza in naples', count: 2, lastAsked: T0 + 6 },
      { question: 'What is a monad?', count: 1, lastAsked: T0 + 3 },
    ]);
    expect((await activity.report(1)).declined.map((d) => d.count)).toEqual([3]);
  });

  it('counts 👍/👎 per kind, keeps one vote per user per subject and lists the disliked subjects', async () => {
    const { activity, users } = connect(newFile());
    const vote = (user: string, kind: 'answer' | 'compare', subject: string, v: 1 | -1) =>
      activity.recordFeedback({ user, kind, subject, vote: v, now: T0 });
    await vote('console:alice', 'answer', 'what do ML engineers earn?', 1);
    await vote('console:bob', 'answer', 'what do ML engineers earn?', -1);
    await vote('console:carol', 'answer', 'which role is easier?', 1);
    await vote('console:alice', 'compare', 'salary', 1);
    await vote('console:alice', 'compare', 'salary', -1); // replaces alice's 👍
    await vote('console:bob', 'compare', 'salary', -1);
    await vote('console:carol', 'compare', 'learning', -1);
    const report = await activity.report(10);
    expect(report.feedback).toEqual([
      { kind: 'answer', up: 2, down: 1 },
      { kind: 'compare', up: 0, down: 3 },
    ]);
    expect(report.disliked).toEqual([
      { kind: 'compare', subject: 'salary', up: 0, down: 2 },
      { kind: 'compare', subject: 'learning', up: 0, down: 1 },
      { kind: 'answer', subject: 'what do ML engineers earn?', up: 1, down: 1 },
    ]);
    expect((await users.describe('console:alice')).feedback).toBe(2);
  });
});

describe('SqliteUserDataRepository', () => {
  it('counts and forgets everything stored about one user in one go, leaving other users alone', async () => {
    const { db, quizzes, activity, users } = connect(newFile());
    const done = (await startQuiz(quizzes)).quiz;
    await quizzes.save(done.id, 1, { status: 'completed', answers: ['pipelines', 'in-between', 'substrate', 'some', 'low'] }, T0, {
      outcome: 'de',
      counts: { mle: 0, de: 3, both: 2 },
    });
    const running = (await startQuiz(quizzes, 'console:alice', channel)).quiz;
    await quizzes.save(running.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0);
    const bobs = (await startQuiz(quizzes, 'console:bob')).quiz;
    await quizzes.save(bobs.id, 1, { status: 'active', step: 2, answers: ['both', 'deeply'] }, T0);
    for (const user of ['console:alice', 'console:bob']) {
      await activity.recordDeclined({ user, place: 'console', question: 'How do I bake sourdough?', now: T0 });
      await activity.recordFeedback({ user, kind: 'compare', subject: 'salary', vote: -1, now: T0 });
    }
    const bob = { quizzes: 1, answers: 2, declinedQuestions: 1, feedback: 1, conversations: 0 };
    expect(await users.describe('console:alice')).toEqual({ quizzes: 2, answers: 6, declinedQuestions: 1, feedback: 1, conversations: 0 });
    expect(await users.forget('console:alice')).toEqual({ quizzes: 2, answers: 6, declinedQuestions: 1, feedback: 1, conversations: 0 });
    expect(await users.describe('console:alice')).toEqual({ quizzes: 0, answers: 0, declinedQuestions: 0, feedback: 0, conversations: 0 });
    expect(await users.describe('console:bob')).toEqual(bob);
    expect(count(db, 'SELECT COUNT(*) AS n FROM quiz_answers WHERE session_id IN (?, ?)', done.id, running.id)).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM quiz_results')).toBe(0);
    expect((await quizzes.get(bobs.id))?.state).toEqual({ status: 'active', step: 2, answers: ['both', 'deeply'] });
    expect(await users.forget('console:nobody')).toEqual({ quizzes: 0, answers: 0, declinedQuestions: 0, feedback: 0, conversations: 0 });
  });
});

describe('SqliteConversationRepository', () => {
  const conversation = { key: 'console:alice', user: 'console:alice', turns: [], updatedAt: T0 };
  const profile = { user: 'console:alice', likes: ['stats'], updatedAt: T0 };

  it('keeps the key, user and time in columns and the rest as JSON', async () => {
    const { db, conversations } = connect(newFile());
    await conversations.save(conversation);
    await conversations.saveProfile(profile);
    expect(db.prepare('SELECT * FROM conversations').all()).toEqual([
      { key: 'console:alice', user_id: 'console:alice', state: '{"turns":[]}', updated_at: T0 },
    ]);
    expect(db.prepare('SELECT * FROM profiles').all()).toEqual([
      { user_id: 'console:alice', profile: '{"likes":["stats"]}', updated_at: T0 },
    ]);
  });

  it('reports a damaged or hand-edited row with a StorageError naming its key or user, and reads the others', async () => {
    const { db, conversations } = connect(newFile());
    await conversations.save(conversation);
    await conversations.save({ ...conversation, key: 'console:alice@2' });
    await conversations.saveProfile(profile);
    await conversations.saveProfile({ ...profile, user: 'console:bob' });
    const damage = (sql: string) => db.prepare(sql).run();
    damage(`UPDATE conversations SET state = '{"turns": [' WHERE key = 'console:alice'`);
    await expect(conversations.get('console:alice')).rejects.toThrow(StorageError);
    await expect(conversations.get('console:alice')).rejects.toThrow(/^storage: conversation "console:alice" is damaged: /);
    damage(`UPDATE conversations SET state = '{"turns": [{"question": 1}]}' WHERE key = 'console:alice'`);
    await expect(conversations.get('console:alice')).rejects.toThrow(/conversation "console:alice" is damaged: .*turns/s);
    damage(`UPDATE conversations SET state = '[]' WHERE key = 'console:alice'`);
    await expect(conversations.get('console:alice')).rejects.toThrow('storage: conversation "console:alice" is damaged: not a JSON object');
    damage(`UPDATE profiles SET profile = '{"likes": "stats"}' WHERE user_id = 'console:alice'`);
    await expect(conversations.profile('console:alice')).rejects.toThrow(/^storage: the profile of console:alice is damaged: .*likes/s);
    expect(await conversations.get('console:alice@2')).toEqual({ ...conversation, key: 'console:alice@2' });
    expect(await conversations.profile('console:bob')).toEqual({ ...profile, user: 'console:bob' });
  });

  it('forgets a user whose rows are damaged all the same', async () => {
    const { db, conversations, users } = connect(newFile());
    await conversations.save(conversation);
    await conversations.saveProfile(profile);
    db.prepare(`UPDATE conversations SET state = 'not json'`).run();
    db.prepare(`UPDATE profiles SET profile = 'not json'`).run();
    expect(await users.forget('console:alice')).toMatchObject({ conversations: 2 });
    expect(await conversations.get('console:alice')).toBeUndefined();
    expect(await conversations.profile('console:alice')).toBeUndefined();
  });
});

describe('upgrading a database written by schema version 3 (before places were opaque)', () => {
  // test/fixtures/careerbot-schema-3.sqlite was written by careerbot at schema version 3: alice's finished and
  // running console quizzes; bob's shared quiz in a thread and his running one in another thread of a server
  // channel; cy's finished quiz in a DM with a share claimed but not posted; a declined question, a vote, and
  // two answer-channel switches.
  function upgraded() {
    const file = join(mkdtempSync(join(dir, 'v3-')), 'careerbot.sqlite');
    copyFileSync('test/fixtures/careerbot-schema-3.sqlite', file);
    return connect(file);
  }

  it('keeps every quiz with its id, owner, state and version, its place as key and label', async () => {
    const { db, quizzes } = upgraded();
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const all = await Promise.all([1, 2, 3, 4, 5].map((id) => quizzes.get(id)));
    expect(all.map((q) => [q?.owner, q?.state.status, q?.version, q?.place.key])).toEqual([
      ['console:alice', 'completed', 6, 'console'],
      ['console:alice', 'active', 2, 'console'],
      ['discord:80351110224678912', 'completed', 6, 'discord:81384788765712384/81384788765712385'],
      ['discord:80351110224678912', 'active', 1, 'discord:81384788765712384/81384788765712385'],
      ['discord:80351110224678999', 'completed', 6, 'discord:dm/81384788765712400'],
    ]);
    expect(all.map((q) => q?.place.label)).toEqual([
      'console',
      'console',
      'channel 81384788765712385 in server 81384788765712384',
      'channel 81384788765712385 in server 81384788765712384',
      'channel 81384788765712400 (direct messages)',
    ]);
    expect(all[1]?.state).toMatchObject({ step: 1 });
    expect(count(db, 'SELECT COUNT(*) AS n FROM quiz_answers')).toBe(16);
    expect(count(db, 'SELECT COUNT(*) AS n FROM quiz_results')).toBe(3);
    // Still one active quiz per person and place, enforced by the rebuilt index.
    expect((await quizzes.findActive('console:alice', 'console'))?.id).toBe(2);
    expect(() =>
      db
        .prepare(`INSERT INTO quiz_sessions (owner, owner_name, place_key, place_label, status, step, version, created_at, updated_at)
      VALUES ('console:alice', 'alice', 'console', 'console', 'active', 0, 1, 1, 1)`)
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it('moves the threads and the sharing of results to quiz posts', async () => {
    const { posts } = upgraded();
    expect(await Promise.all([1, 3, 4, 5].map((id) => posts.postedIn(id)))).toEqual([
      undefined,
      '81384788765712999',
      '81384788765713000',
      undefined,
    ]);
    expect(await posts.isShared(3)).toBe(true);
    expect(await posts.claimShare(3, Date.now(), 60_000)).toBe('shared');
    // cy's claim from before the upgrade still holds until its lease runs out.
    expect(await posts.isShared(5)).toBe(false);
    expect(await posts.claimShare(5, 0, 60_000)).toBe('in-progress');
    expect(await posts.claimShare(1, Date.now(), 60_000)).toBe('claimed');
  });

  it('keeps the declined question, the vote and the answer-channel switches, and forgets a user across the new table', async () => {
    const { db, activity, users } = upgraded();
    const report = await activity.report(10);
    expect(report.declined.map((d) => d.question)).toEqual(['how do I bake sourdough?']);
    expect(report.disliked).toEqual([{ kind: 'compare', subject: 'salary', up: 0, down: 1 }]);
    const switches = db.prepare('SELECT channel_id, community_id, answers_on FROM answer_channels ORDER BY channel_id').all();
    expect(switches).toEqual([
      { channel_id: '81384788765712385', community_id: '81384788765712384', answers_on: 1 },
      { channel_id: '81384788765712386', community_id: '81384788765712384', answers_on: 0 },
    ]);
    expect(await users.forget('discord:80351110224678912')).toMatchObject({ quizzes: 2, feedback: 1 });
    expect(count(db, 'SELECT COUNT(*) AS n FROM quiz_posts WHERE quiz_id IN (3, 4)')).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
