import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { QuizPlace } from '../src/quiz/repository.js';
import { busyTimeoutMs, openDatabase } from '../src/storage/database.js';
import { StorageError } from '../src/storage/errors.js';
import { migrate, schemaVersion } from '../src/storage/migrations.js';
import { SqliteActivityRepository, SqliteUserDataRepository } from '../src/storage/sqliteActivity.js';
import { SqliteQuizRepository } from '../src/storage/sqliteQuizzes.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => join(dir, `bot-${(files += 1)}.sqlite`);

const connections: Connection[] = [];
afterEach(() => connections.splice(0).forEach((db) => db.open && db.close()));

/** One connection with the three repositories over it (raw SQL stays possible through `db`). */
function connect(file: string) {
  const db = openDatabase(file);
  connections.push(db);
  return { db, quizzes: new SqliteQuizRepository(db), activity: new SqliteActivityRepository(db), users: new SqliteUserDataRepository(db) };
}

const T0 = Date.UTC(2026, 10, 23, 12);
const consolePlace: QuizPlace = { platform: 'console' };
const channel: QuizPlace = { platform: 'discord', guildId: '81384788765712384', channelId: '81384788765712385' };
const startQuiz = (repo: SqliteQuizRepository, owner = 'console:alice', place: QuizPlace = consolePlace) =>
  repo.createOrGetActive({ owner, ownerName: owner.split(':')[1]!, place, state: { status: 'active', step: 0, answers: [] }, now: T0 });
const count = (db: Connection, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

describe('openDatabase', () => {
  it('creates the missing folder and a new file at the current schema version with every table', () => {
    const file = join(dir, 'nested', 'deeper', 'bot.sqlite');
    const { db } = connect(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['answer_channels', 'declined_questions', 'feedback', 'quiz_answers', 'quiz_results', 'quiz_sessions']);
  });

  it('uses WAL journaling, enforces foreign keys and waits busyTimeoutMs for a locked file', () => {
    const { db } = connect(newFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(busyTimeoutMs);
    expect(busyTimeoutMs).toBe(5000);
  });

  it('commits with synchronous FULL, also when it reopens a file already in WAL mode', () => {
    const file = newFile();
    connect(file).db.close();
    const { db } = connect(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('changes nothing when an up-to-date database is opened again', () => {
    const file = newFile();
    const first = connect(file);
    const { quiz } = startQuiz(first.quizzes);
    first.db.close();
    const again = connect(file);
    expect(again.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(again.quizzes.get(quiz.id)).toEqual(quiz);
    const step = vi.fn();
    migrate(again.db, file, Array.from({ length: schemaVersion }, () => step));
    expect(step).not.toHaveBeenCalled();
  });

  it('refuses a database with a newer schema version, naming the file, and leaves it untouched', () => {
    const file = newFile();
    connect(file).db.pragma(`user_version = ${schemaVersion + 1}`);
    connections.splice(0).forEach((db) => db.close());
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(StorageError);
    expect(() => openDatabase(file)).toThrow(`storage: ${file} has schema version ${schemaVersion + 1}, newer than this careerbot understands (${schemaVersion})`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  // Switching to WAL rewrites the header (bytes 18-19, 24-27, 92-95), so the version is checked first.
  it('leaves a newer database written in rollback-journal mode byte-for-byte untouched', () => {
    const file = newFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x TEXT)');
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(StorageError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database, naming it, without overwriting it', () => {
    const file = join(mkdtempSync(join(dir, 'text-')), 'notes.sqlite');
    writeFileSync(file, 'Remember to water the plants.\n'.repeat(40));
    expect(() => openDatabase(file)).toThrow(StorageError);
    expect(() => openDatabase(file)).toThrow(`storage: cannot open ${file} (file is not a database). It is not a careerbot database`);
    expect(readFileSync(file, 'utf8')).toBe('Remember to water the plants.\n'.repeat(40));
    expect(readdirSync(join(file, '..'))).toEqual(['notes.sqlite']);
  });
});

describe('migrate', () => {
  it('brings an empty file up step by step, each step in its own transaction', () => {
    const file = newFile();
    writeFileSync(file, '');
    const db = new Database(file);
    connections.push(db);
    const seen: [number, boolean][] = [];
    const step = (d: Connection) => void seen.push([d.pragma('user_version', { simple: true }) as number, d.inTransaction]);
    migrate(db, file, [step, step, step]);
    expect(seen).toEqual([[0, true], [1, true], [2, true]]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('rolls back a failing step, keeps the version of the last good step and rethrows a StorageError with the cause', () => {
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
  it('reads a saved quiz back identically from a fresh connection to the same file', () => {
    const file = newFile();
    const first = connect(file);
    const { quiz } = startQuiz(first.quizzes, 'discord:80351110224678912', channel);
    first.quizzes.setThread(quiz.id, '81384788765712999');
    const saved = first.quizzes.save(quiz.id, 1, { status: 'active', step: 2, answers: ['models', 'in-between'] }, T0 + 1000)!;
    first.db.close();
    const fresh = connect(file).quizzes.get(quiz.id);
    expect(fresh).toEqual(saved);
    expect(fresh).toEqual({
      id: quiz.id, owner: 'discord:80351110224678912', ownerName: '80351110224678912', place: channel, threadId: '81384788765712999',
      version: 2, state: { status: 'active', step: 2, answers: ['models', 'in-between'] }, createdAt: T0, updatedAt: T0 + 1000,
    });
  });

  it('bumps the version by one on every save', () => {
    const { quizzes } = connect(newFile());
    const { quiz } = startQuiz(quizzes);
    expect(quiz.version).toBe(1);
    expect(quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0)?.version).toBe(2);
    expect(quizzes.save(quiz.id, 2, { status: 'active', step: 2, answers: ['models', 'deeply'] }, T0)?.version).toBe(3);
  });

  it('returns undefined and changes nothing, answers included, when the expected version is stale', () => {
    const { db, quizzes } = connect(newFile());
    const { quiz } = startQuiz(quizzes);
    const saved = quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0 + 1)!;
    expect(quizzes.save(quiz.id, 1, { status: 'active', step: 2, answers: ['pipelines', 'deeply'] }, T0 + 2)).toBeUndefined();
    expect(quizzes.get(quiz.id)).toEqual(saved);
    expect(db.prepare('SELECT step, option_id FROM quiz_answers WHERE session_id = ?').all(quiz.id)).toEqual([{ step: 0, option_id: 'models' }]);
  });

  it('shrinks the stored answers when the quiz goes back or restarts', () => {
    const { db, quizzes } = connect(newFile());
    const { quiz } = startQuiz(quizzes);
    quizzes.save(quiz.id, 1, { status: 'active', step: 3, answers: ['models', 'deeply', 'substrate'] }, T0);
    const answers = () => count(db, 'SELECT COUNT(*) AS n FROM quiz_answers WHERE session_id = ?', quiz.id);
    expect(answers()).toBe(3);
    expect(quizzes.save(quiz.id, 2, { status: 'active', step: 2, answers: ['models', 'deeply'] }, T0)?.state).toEqual({ status: 'active', step: 2, answers: ['models', 'deeply'] });
    expect(answers()).toBe(2);
    quizzes.save(quiz.id, 3, { status: 'active', step: 0, answers: [] }, T0);
    expect(answers()).toBe(0);
  });

  it('stores the result of a completed quiz', () => {
    const { quizzes, activity } = connect(newFile());
    const { quiz } = startQuiz(quizzes);
    const answers = ['models', 'deeply', 'models', 'maximum', 'low'];
    const saved = quizzes.save(quiz.id, 1, { status: 'completed', answers }, T0, { outcome: 'mle', counts: { mle: 4, de: 1, both: 0 } });
    expect(saved?.state).toEqual({ status: 'completed', answers });
    expect(activity.report(10).outcomes).toEqual([{ outcome: 'mle', count: 1 }]);
    expect(activity.report(10).quizzes).toEqual([{ status: 'completed', count: 1 }]);
  });

  it('keeps one active quiz per user per place and gives other places and users their own', () => {
    const { quizzes } = connect(newFile());
    const first = startQuiz(quizzes);
    expect(first.created).toBe(true);
    const again = startQuiz(quizzes);
    expect(again).toEqual({ quiz: first.quiz, created: false });
    const elsewhere = startQuiz(quizzes, 'console:alice', channel);
    const otherUser = startQuiz(quizzes, 'console:bob');
    expect([elsewhere.created, otherUser.created]).toEqual([true, true]);
    expect(new Set([first.quiz.id, elsewhere.quiz.id, otherUser.quiz.id]).size).toBe(3);
    expect(quizzes.findActive('console:alice', channel)?.id).toBe(elsewhere.quiz.id);
  });

  it('reports a row damaged by hand as a StorageError instead of trusting it', () => {
    const { db, quizzes } = connect(newFile());
    const { quiz } = startQuiz(quizzes);
    quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0);
    db.prepare('UPDATE quiz_sessions SET step = 4 WHERE id = ?').run(quiz.id);
    expect(() => quizzes.get(quiz.id)).toThrow(StorageError);
    expect(() => quizzes.findActive('console:alice', consolePlace)).toThrow(`storage: quiz ${quiz.id} is inconsistent`);
  });

  it('lets exactly one of two connections racing on the same version win', () => {
    const file = newFile();
    const a = connect(file).quizzes;
    const b = connect(file).quizzes;
    const { quiz } = startQuiz(a);
    const [seenByA, seenByB] = [a.get(quiz.id)!, b.get(quiz.id)!];
    expect(seenByB.version).toBe(seenByA.version);
    const won = a.save(quiz.id, seenByA.version, { status: 'active', step: 1, answers: ['models'] }, T0);
    const lost = b.save(quiz.id, seenByB.version, { status: 'active', step: 1, answers: ['pipelines'] }, T0);
    expect(won?.version).toBe(2);
    expect(lost).toBeUndefined();
    expect(b.get(quiz.id)?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
  });
});

describe('SqliteActivityRepository.report', () => {
  it('groups declined questions by normalised text, most asked first, up to the limit', () => {
    const { activity } = connect(newFile());
    const ask = (user: string, question: string, at: number) => activity.recordDeclined({ user, place: 'console', question, now: T0 + at });
    ask('console:alice', 'How do I bake sourdough?', 1);
    ask('console:bob', '  how do i   bake SOURDOUGH!! ', 2);
    ask('console:carol', 'What is a monad?', 3);
    ask('console:carol', 'HOW DO I BAKE SOURDOUGH.', 4);
    ask('console:alice', 'Best pizza in Naples?', 5);
    ask('console:bob', 'best pizza in naples', 6);
    expect(activity.report(10).declined).toEqual([
      { question: 'HOW DO I BAKE SOURDOUGH.', count: 3, lastAsked: T0 + 4 },
      { question: 'best pizza in naples', count: 2, lastAsked: T0 + 6 },
      { question: 'What is a monad?', count: 1, lastAsked: T0 + 3 },
    ]);
    expect(activity.report(1).declined.map((d) => d.count)).toEqual([3]);
  });

  it('counts 👍/👎 per kind, keeps one vote per user per subject and lists the disliked subjects', () => {
    const { activity, users } = connect(newFile());
    const vote = (user: string, kind: 'answer' | 'compare', subject: string, v: 1 | -1) => activity.recordFeedback({ user, kind, subject, vote: v, now: T0 });
    vote('console:alice', 'answer', 'what do ML engineers earn?', 1);
    vote('console:bob', 'answer', 'what do ML engineers earn?', -1);
    vote('console:carol', 'answer', 'which role is easier?', 1);
    vote('console:alice', 'compare', 'salary', 1);
    vote('console:alice', 'compare', 'salary', -1); // replaces alice's 👍
    vote('console:bob', 'compare', 'salary', -1);
    vote('console:carol', 'compare', 'learning', -1);
    const report = activity.report(10);
    expect(report.feedback).toEqual([{ kind: 'answer', up: 2, down: 1 }, { kind: 'compare', up: 0, down: 3 }]);
    expect(report.disliked).toEqual([
      { kind: 'compare', subject: 'salary', up: 0, down: 2 },
      { kind: 'compare', subject: 'learning', up: 0, down: 1 },
      { kind: 'answer', subject: 'what do ML engineers earn?', up: 1, down: 1 },
    ]);
    expect(users.describe('console:alice').feedback).toBe(2);
  });
});

describe('SqliteUserDataRepository', () => {
  it('counts and forgets everything stored about one user in one go, leaving other users alone', () => {
    const { db, quizzes, activity, users } = connect(newFile());
    const done = startQuiz(quizzes).quiz;
    quizzes.save(done.id, 1, { status: 'completed', answers: ['pipelines', 'in-between', 'substrate', 'some', 'low'] }, T0, { outcome: 'de', counts: { mle: 0, de: 3, both: 2 } });
    const running = startQuiz(quizzes, 'console:alice', channel).quiz;
    quizzes.save(running.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0);
    const bobs = startQuiz(quizzes, 'console:bob').quiz;
    quizzes.save(bobs.id, 1, { status: 'active', step: 2, answers: ['both', 'deeply'] }, T0);
    for (const user of ['console:alice', 'console:bob']) {
      activity.recordDeclined({ user, place: 'console', question: 'How do I bake sourdough?', now: T0 });
      activity.recordFeedback({ user, kind: 'compare', subject: 'salary', vote: -1, now: T0 });
    }
    const bob = { quizzes: 1, answers: 2, declinedQuestions: 1, feedback: 1 };
    expect(users.describe('console:alice')).toEqual({ quizzes: 2, answers: 6, declinedQuestions: 1, feedback: 1 });
    expect(users.forget('console:alice')).toEqual({ quizzes: 2, answers: 6, declinedQuestions: 1, feedback: 1 });
    expect(users.describe('console:alice')).toEqual({ quizzes: 0, answers: 0, declinedQuestions: 0, feedback: 0 });
    expect(users.describe('console:bob')).toEqual(bob);
    expect(count(db, 'SELECT COUNT(*) AS n FROM quiz_answers WHERE session_id IN (?, ?)', done.id, running.id)).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM quiz_results')).toBe(0);
    expect(quizzes.get(bobs.id)?.state).toEqual({ status: 'active', step: 2, answers: ['both', 'deeply'] });
    expect(users.forget('console:nobody')).toEqual({ quizzes: 0, answers: 0, declinedQuestions: 0, feedback: 0 });
  });
});
