/**
 * Shards split between processes, as between machines: two `npm start` processes (the build, with plain node)
 * against the fake Discord, one with SHARD_IDS=0 and one with SHARD_IDS=1 (SHARD_COUNT=2), on one database: a
 * SQLite file, then a PostgreSQL database. Each identifies only its shard, and so gets only its servers' events
 * (DMs come to shard 0). 80 people at once in both servers and in DMs, taking the quiz or asking, lose no answer
 * and get none twice. What must hold for a person across the processes lives in the database: one cooldown
 * allowance, what they said about themselves, and the /answers switches, which a process taking over a shard honours.
 */
import { describe, expect, it } from 'vitest';
import { messageProblems, testToken } from '../scripts/support/discordHarness.js';
import { channelOption, InteractionResponseType, PermissionFlagsBits, stringOption } from '../scripts/support/discordKit.js';
import type { FakeDiscord, FakeUser, RecordedRequest } from '../scripts/support/fakeDiscord.js';
import { userVisibleFaults } from '../scripts/support/loadRun.js';
import { built, cleanEnv, type Launched, logged, within } from '../scripts/support/processes.js';
import {
  driveCrowd,
  errorLines,
  type ShardCrowd,
  shardedFake,
  startConnectedShard,
  startConnectedShards,
} from '../scripts/support/shardProcesses.js';
import { backends } from './support/backends.js';
import { processTests } from './support/processTests.js';

const { launch, startFake, tempDatabase } = processTests('careerbot-shard-processes-');

/** The bot's channel message replying to `messageId`, accepted by Discord. */
const replyTo =
  (channelId: string, messageId: string) =>
  (r: RecordedRequest): boolean =>
    r.method === 'POST' &&
    r.path === `/channels/${channelId}/messages` &&
    r.body?.message_reference?.message_id === messageId &&
    r.status < 300;

/** Someone types a message; resolves to the bot's reply to it. */
async function typed(fake: FakeDiscord, input: { author: FakeUser; channelId: string; content: string; mentionsBot?: boolean }) {
  const since = fake.requests.length;
  const { messageId } = fake.sendMessage(input);
  return { messageId, reply: await fake.waitForRequest(replyTo(input.channelId, messageId), 10_000, since) };
}

/**
 * Proves a process has dealt with what was sent to a channel before: a covered question mentioning the bot,
 * answered. Gateway events arrive in order and one channel's replies share one REST queue.
 */
const settle = (fake: FakeDiscord, channelId: string, author: FakeUser) =>
  typed(fake, { author, channelId, content: 'what skills do data engineers need?', mentionsBot: true });

const textOf = (r: RecordedRequest): string => JSON.stringify(r.body);

/** People per server taking the quiz, and asking with /ask per server and in DMs: 80 in all. */
const crowd: ShardCrowd = { quizzersPerServer: 32, askersPerServer: 4, dmAskers: 8 };

describe.each(backends)('npm start with SHARD_IDS and SHARD_COUNT: two processes, one shard each, one $name database', (backend) => {
  it('identify only their own shard, answer 80 people at once, and share cooldowns, profiles and /answers switches', async () => {
    const fake = await startFake(shardedFake(2));
    const database = await backend.fresh(tempDatabase);
    let [processA, processB] = (await startConnectedShards(launch, fake, database.env, 2)) as [Launched, Launched];

    // Each identified its own shard only, and says so.
    expect(fake.identifiedShards.map(String).sort()).toEqual(['0,2', '1,2']);
    expect(processA.output.stderr).toContain('"message":"running a share of the shards","shards":[0],"of":2');
    expect(processB.output.stderr).toContain('"message":"running a share of the shards","shards":[1],"of":2');

    // Shard 0 owns the first server (and DMs), shard 1 the second.
    const [first, second] = fake.guilds as [(typeof fake.guilds)[0], (typeof fake.guilds)[0]];
    const { alice, bob } = fake.users;

    // 80 people at once: in each server 32 take the whole quiz (with a wrong answer taken back, a double click
    // and /quiz again on the way) and 4 ask with /ask; 8 more ask in their DMs with the bot. Paced by discord.js
    // to 50 REST calls a second per process, a /quiz may wait a few seconds for its thread.
    const run = await driveCrowd(fake, crowd, { seed: 20261201, timeoutMs: 20_000 });
    expect(run.people).toBe(80);
    expect(run.problems).toEqual([]);
    // Each server's quizzes got their threads there: the process owning that server ran them.
    expect([first, second].map((guild) => fake.threads.filter((t) => t.guild_id === guild.id).length)).toEqual([
      crowd.quizzersPerServer,
      crowd.quizzersPerServer,
    ]);

    // One cooldown allowance (4 answers a minute) whichever process a message reaches: two answers in the first
    // server (process A), two in the second (process B), then the warning in a DM (A), then silence in the second (B).
    const questions = [
      'how much do data engineers make?',
      'what tools do ML engineers use?',
      'is remote work common for data engineers?',
      'what does an ML engineer do day to day?',
    ];
    for (const [n, content] of questions.entries()) {
      const { reply } = await typed(fake, { author: alice, channelId: n < 2 ? first.general : second.general, content, mentionsBot: true });
      expect(reply.body.embeds?.length, `answer ${n + 1}`).toBeGreaterThan(0);
    }
    const warned = await typed(fake, { author: alice, channelId: fake.dmChannelId, content: 'what about certifications?' });
    expect(warned.reply.body.content).toMatch(/faster than I can keep up\. I'll answer your questions again in \d+ s\./);
    const { messageId: unanswered } = fake.sendMessage({
      author: alice,
      channelId: second.general,
      content: 'and interviews?',
      mentionsBot: true,
    });
    await settle(fake, second.general, bob);
    expect(fake.requestsMatching(replyTo(second.general, unanswered))).toEqual([]);

    // What someone says about themselves in one server (B) shapes the answer they get in the other (A).
    const noted = await typed(fake, {
      author: bob,
      channelId: second.general,
      content: "i'm a data engineer with 3 yoe",
      mentionsBot: true,
    });
    expect(noted.reply.body.content).toMatch(/^Noted: you work as a data engineer/);
    const move = await typed(fake, {
      author: bob,
      channelId: first.general,
      content: 'how long would the switch take me?',
      mentionsBot: true,
    });
    expect(textOf(move.reply)).toContain('Data Engineer to ML Engineer');
    expect(textOf(move.reply)).toMatch(/6-9 months|12-18 months/);

    // A manager switches answering on in the second server's channel, through process B.
    const switched = fake.slashCommand({
      user: bob,
      name: 'answers',
      channelId: second.general,
      options: [channelOption('channel', second.general), stringOption('state', 'on')],
      permissions: String(PermissionFlagsBits.ManageGuild),
    });
    const confirmed = await fake.waitForRequest(
      { method: 'POST', path: new RegExp(`^/interactions/${switched.interactionId}/`) },
      10_000,
      0,
    );
    expect(confirmed.body.data.content).toContain(`Free-text answering is on in: <#${second.general}>`);

    // Shard 1 moves to another process (a redeploy, or another machine taking over): it honours the switch made
    // through B, and alice's allowance, counted by A and B, still holds there.
    processB.child.kill('SIGTERM');
    expect(await within(processB.exited, 15_000, 'B stopping')).toBe(0);
    processB = await startConnectedShard(launch, fake, database.env, 1, 2);
    const unmentioned = await typed(fake, { author: bob, channelId: second.general, content: 'what do data engineers earn?' });
    expect(unmentioned.reply.body.embeds?.length).toBeGreaterThan(0);
    const { messageId: stillQuiet } = fake.sendMessage({
      author: alice,
      channelId: second.general,
      content: 'and ML engineers?',
      mentionsBot: true,
    });
    await settle(fake, second.general, bob);
    expect(fake.requestsMatching(replyTo(second.general, stillQuiet))).toEqual([]);

    for (const running of [processA, processB]) running.child.kill('SIGTERM');
    expect(await within(Promise.all([processA.exited, processB.exited]), 15_000, 'shutdown')).toEqual([0, 0]);
    for (const running of [processA, processB]) {
      expect(errorLines(running)).toEqual([]);
      expect(running.output.stderr).not.toContain(testToken);
    }
    expect(userVisibleFaults(fake.requests)).toEqual([]);
    expect(messageProblems(fake.requests)).toEqual([]);
    // Read back: every quiz completed once, with exactly the answers its person ended on.
    const stored = await database.readBack(run.expected);
    expect(stored.problems).toEqual([]);
    expect(stored.completed).toBe(2 * crowd.quizzersPerServer);
  }, 90_000);
});

describe('npm run start:sharded with SHARD_IDS and SHARD_COUNT', () => {
  it('spawns only the shards named, each identifying its own of SHARD_COUNT, and stops them on SIGTERM', async () => {
    const fake = await startFake(shardedFake(2));
    const manager = launch(
      built('start-sharded'),
      cleanEnv({
        DISCORD_TOKEN: testToken,
        DISCORD_API_URL: fake.apiUrl,
        DATABASE_PATH: tempDatabase(),
        SHARD_IDS: '1',
        SHARD_COUNT: '2',
        LOG_LEVEL: 'info',
      }),
    );
    await logged(manager, /"message":"all shards ready","shards":1/, 'the shard named');
    expect(manager.output.stderr).toContain('"message":"spawning shards","shards":[1],"of":2');
    expect(fake.identifiedShards).toEqual([[1, 2]]);
    // The second server is shard 1's: its /ask is answered; the first server's shard runs elsewhere.
    const sent = fake.slashCommand({
      user: fake.users.bob,
      name: 'ask',
      channelId: fake.guilds[1]!.general,
      options: [stringOption('question', 'how much do ML engineers make?')],
    });
    const reply = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${sent.interactionId}/`) }, 10_000, 0);
    expect(reply.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    manager.child.kill('SIGTERM');
    expect(await within(manager.exited, 15_000, 'shutdown')).toBe(0);
    expect(errorLines(manager)).toEqual([]);
  }, 40_000);
});
