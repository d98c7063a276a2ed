/**
 * Two shards, two processes, one SQLite file (`npm run start:sharded` against the fake Discord): many
 * people in both shards' servers run whole quizzes at the same time, so both processes write the same
 * database at once. No SQLITE_BUSY may reach anyone, in a reply or in the logs, and no answer may be lost.
 */
import { describe, expect, it } from 'vitest';
import { lateAcknowledgements, messageProblems, testToken } from '../scripts/support/discordHarness.js';
import { built, cleanEnv, within } from '../scripts/support/processes.js';
import { processTests } from './support/processTests.js';
import {
  type DiscordDriver,
  driveDiscordUser,
  everyExtra,
  loadUser,
  planSession,
  readBack,
  RequestWatch,
  userVisibleFaults,
} from '../scripts/support/loadRun.js';
import { seededRandom } from '../scripts/support/random.js';

const { launch, startFake, tempDatabase } = processTests('careerbot-shards-');

// ------------------------------------------------------------------ the journey
const perServer = 40;

describe('npm run start:sharded under concurrent quizzes', () => {
  it('two shard processes on one database answer every click of 80 people at once, lose no answer and show no SQLITE_BUSY', async () => {
    // A server owned by each shard (the first one's lands on shard 0), and identifies not spaced out.
    const fake = await startFake({ shards: 2, guildPerShard: true, maxConcurrency: 16 });
    const databasePath = tempDatabase();
    const manager = launch(
      built('start-sharded'),
      cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath, LOG_LEVEL: 'info' }),
    );
    await within(fake.waitForReady(40_000), 45_000, 'both shards');

    // 40 people in each shard's server, each with /quiz, five answers, a wrong answer taken back, a stale
    // repeat and /quiz again: 800 interactions, all people at once, each waiting for the bot between clicks.
    const random = seededRandom(20261125);
    const watch = new RequestWatch(fake);
    // Paced by discord.js to 50 REST calls a second per process, a /quiz may wait a few seconds for its thread.
    const driver = (): DiscordDriver => ({ fake, watch, timeoutMs: 20_000, latenciesMs: [], interactionIds: [] });
    const servers = fake.guilds.map((guild, s) => ({
      channelId: guild.general,
      guildId: guild.id,
      driver: driver(),
      people: Array.from({ length: perServer }, (_, n) => ({
        user: loadUser(s * perServer + n, `server${s + 1}`),
        ...planSession(random, everyExtra),
      })),
    }));
    const problems = (
      await Promise.all(
        servers.flatMap((server) => server.people.map((p) => driveDiscordUser(server.driver, p.user, server.channelId, p.actions))),
      )
    ).flat();

    // Every click got its normal reply, and none showed a failure or the database's words.
    expect(problems).toEqual([]);
    const interactionIds = servers.flatMap((server) => server.driver.interactionIds);
    expect(interactionIds).toHaveLength(2 * perServer * 10);
    expect(userVisibleFaults(fake.requests)).toEqual([]);
    expect(lateAcknowledgements(fake.requests, interactionIds)).toEqual([]);
    expect(messageProblems(fake.requests)).toEqual([]);
    // Both processes served: each server's quizzes got their threads (the fake tells only the owning shard).
    const threadsIn = (guildId: string) => fake.threads.filter((t) => t.guild_id === guildId).length;
    expect(servers.map((server) => threadsIn(server.guildId))).toEqual([perServer, perServer]);
    // ... and at the same time: each server's first answer came before the other server's last.
    const answeredAt = servers.map((server) => {
      const ids = new Set(server.driver.interactionIds);
      const times = fake.requests.filter((r) => r.path.startsWith('/interactions/') && ids.has(r.path.split('/')[2]!)).map((r) => r.at);
      return { first: Math.min(...times), last: Math.max(...times) };
    });
    expect(answeredAt[0]!.first).toBeLessThan(answeredAt[1]!.last);
    expect(answeredAt[1]!.first).toBeLessThan(answeredAt[0]!.last);

    manager.child.kill('SIGTERM');
    expect(await within(manager.exited, 15_000, 'shutdown')).toBe(0);
    const logLines = manager.output.stderr.split('\n');
    expect(logLines.filter((l) => l.includes('"level":"error"'))).toEqual([]);
    expect(logLines.filter((l) => /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(l))).toEqual([]);
    expect(manager.output.stderr).not.toContain(testToken);

    // Read back: every person's quiz completed once, with exactly the options they ended on.
    const people = servers.flatMap((server) => server.people);
    const stored = readBack(
      databasePath,
      people.map((p) => ({ owner: `discord:${p.user.id}`, answers: p.answers })),
    );
    expect(stored.problems).toEqual([]);
    expect(stored.completed).toBe(people.length);
  }, 60_000);
});
