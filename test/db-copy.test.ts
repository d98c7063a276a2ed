/**
 * npm run db:copy, as a real process: a SQLite database written through the ports is copied into an empty
 * PostgreSQL database, and everything reads back the same through PostgreSQL's ports; a database that holds
 * rows is refused, and nothing is copied twice.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, nodeArgs, root } from '../scripts/support/processes.js';
import { shareLeaseMs } from '../src/posts/quizPosts.js';
import type { Storage } from '../src/ports/storage.js';
import { openPostgresStorage } from '../src/postgres/storage.js';
import { openStorage } from '../src/storage/storage.js';
import { createDatabase } from './support/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.UTC(2026, 10, 23, 12);
const alice = 'console:alice';
const channel = { key: 'discord:81384788765712384/81384788765712385', label: 'channel 81384788765712385' };

function dbCopy(databasePath: string, databaseUrl: string) {
  return spawnSync(process.execPath, nodeArgs('scripts/db-copy.ts'), {
    cwd: root,
    env: cleanEnv({ DATABASE_PATH: databasePath, DATABASE_URL: databaseUrl }),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** Everything a bot reads back through the ports, for alice's quizzes (ids given). */
async function readBack(storage: Storage, quizIds: number[]) {
  return {
    quizzes: await Promise.all(quizIds.map((id) => storage.quizzes.get(id))),
    active: await storage.quizzes.findActive(alice, 'console'),
    idle: await storage.quizzes.idleSince(T0 + 1_000_000),
    posted: await Promise.all(quizIds.map((id) => storage.quizPosts.postedIn(id))),
    shared: await Promise.all(quizIds.map((id) => storage.quizPosts.isShared(id))),
    report: await storage.activity.report(10),
    alice: await storage.users.describe(alice),
    channels: await storage.answerChannels.inCommunity('81384788765712384'),
    conversation: await storage.conversations.get('console:alice'),
    profile: await storage.conversations.profile(alice),
    answerPost: await storage.answerPosts.answerTo('900'),
  };
}

describe('npm run db:copy', () => {
  it('copies every table of a SQLite database into an empty PostgreSQL one, which then reads back the same, and refuses to copy twice', async () => {
    const file = join(dir, 'careerbot.sqlite');
    const sqlite = openStorage(file);
    // A quiz completed, shared and posted in a thread; one in progress; one of bob's deleted by /forget-me.
    const done = (
      await sqlite.quizzes.createOrGetActive({
        owner: alice,
        ownerName: 'alice',
        place: channel,
        state: { status: 'active', step: 0, answers: [] },
        now: T0,
      })
    ).quiz;
    await sqlite.quizzes.save(done.id, 1, { status: 'completed', answers: ['models', 'deeply', 'models', 'maximum', 'high'] }, T0 + 1, {
      outcome: 'mle',
      counts: { mle: 4, de: 0, both: 1 },
    });
    await sqlite.quizPosts.setPostedIn(done.id, '81384788765712999');
    expect(await sqlite.quizPosts.claimShare(done.id, T0 + 2, shareLeaseMs)).toBe('claimed');
    await sqlite.quizPosts.markShared(done.id, T0 + 3);
    const running = (
      await sqlite.quizzes.createOrGetActive({
        owner: alice,
        ownerName: 'alice',
        place: { key: 'console', label: 'console' },
        state: { status: 'active', step: 0, answers: [] },
        now: T0,
      })
    ).quiz;
    await sqlite.quizzes.save(running.id, 1, { status: 'active', step: 2, answers: ['pipelines', 'deeply'] }, T0 + 4);
    const bobs = (
      await sqlite.quizzes.createOrGetActive({
        owner: 'console:bob',
        ownerName: 'bob',
        place: { key: 'console', label: 'console' },
        state: { status: 'active', step: 0, answers: [] },
        now: T0,
      })
    ).quiz;
    await sqlite.users.forget('console:bob');
    await sqlite.activity.recordDeclined({ user: alice, place: 'console', question: 'how do I bake sourdough?', now: T0 });
    await sqlite.activity.recordDeclined({ user: 'console:carol', place: 'console', question: 'How do I bake sourdough', now: T0 + 5 });
    await sqlite.activity.recordFeedback({ user: alice, kind: 'answer', subject: 'pay', passageId: 'salaries-2026#us', vote: -1, now: T0 });
    await sqlite.answerChannels.set({ communityId: '81384788765712384', channelId: '81384788765712385', on: true, updatedAt: T0 });
    await sqlite.answerChannels.set({ communityId: '81384788765712384', channelId: '81384788765712386', on: false, updatedAt: T0 });
    await sqlite.conversations.save({
      key: 'console:alice',
      user: alice,
      turns: [
        {
          question: 'how much do MLEs make?',
          resolved: 'how much do MLEs make?',
          slots: { roles: ['mle'], topic: 'how much do make' },
          passages: ['salaries-2026#us'],
          answered: true,
          at: T0,
        },
      ],
      updatedAt: T0,
    });
    await sqlite.conversations.saveProfile({ user: alice, role: 'de', likes: ['sql'], quizOutcome: 'mle', updatedAt: T0 });
    await sqlite.answerPosts.save({ question: '900', channel: '81384788765712385', answer: '901', version: T0 - 5, at: T0 });
    const expected = await readBack(sqlite, [done.id, running.id, bobs.id]);
    await sqlite.close();

    const { name, url } = await createDatabase();
    const withPassword = new URL(url);
    const copied = dbCopy(file, url);
    expect(copied.stderr).toBe('');
    expect(copied.status).toBe(0);
    expect(copied.stdout).toContain(`Copied ${file} into PostgreSQL database 127.0.0.1:${withPassword.port}/${name}:`);
    for (const [table, rows] of [
      ['quiz_sessions', 2],
      ['quiz_answers', 7],
      ['quiz_results', 1],
      ['quiz_posts', 1],
      ['declined_questions', 2],
      ['feedback', 1],
      ['answer_channels', 2],
      ['conversations', 1],
      ['profiles', 1],
      ['answer_posts', 1],
      ['total', 19],
    ] as const)
      expect(copied.stdout).toMatch(new RegExp(`^  ${table} +${rows}$`, 'm'));
    expect(copied.stdout).not.toContain(withPassword.password);

    const postgres = await openPostgresStorage(url);
    try {
      expect(await readBack(postgres, [done.id, running.id, bobs.id])).toEqual(expected);
      // A new quiz never gets the id of the one /forget-me deleted.
      const next = await postgres.quizzes.createOrGetActive({
        owner: 'console:dave',
        ownerName: 'dave',
        place: { key: 'console', label: 'console' },
        state: { status: 'active', step: 0, answers: [] },
        now: T0,
      });
      expect(next.quiz.id).toBe(bobs.id + 1);
      await postgres.activity.recordDeclined({ user: 'console:dave', place: 'console', question: 'what is a monad?', now: T0 });

      const again = dbCopy(file, url);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(
        /^storage: PostgreSQL database 127\.0\.0\.1:\d+\/careerbot_\w+ is not empty \(quiz_sessions has 3 rows\): db:copy copies into an empty database only, and copied nothing\.\n$/,
      );
      expect(again.stderr).not.toContain(withPassword.password);
      expect((await postgres.activity.report(10)).quizzes).toEqual([
        { status: 'active', count: 2 },
        { status: 'completed', count: 1 },
      ]);
    } finally {
      await postgres.close();
    }
  });

  it('says what to set when DATABASE_URL is missing, and when there is no SQLite file', () => {
    const noUrl = spawnSync(process.execPath, nodeArgs('scripts/db-copy.ts'), {
      cwd: root,
      env: cleanEnv({ DATABASE_PATH: join(dir, 'none.sqlite') }),
      encoding: 'utf8',
    });
    expect(noUrl.status).toBe(78);
    expect(noUrl.stderr).toContain('db:copy: set DATABASE_URL to the empty PostgreSQL database to copy into');
    const noFile = dbCopy(join(dir, 'none.sqlite'), 'postgres://careerbot@127.0.0.1:1/careerbot');
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toBe(
      `storage: there is no SQLite database at ${join(dir, 'none.sqlite')}: set DATABASE_PATH to the file to copy.\n`,
    );
  });
});
