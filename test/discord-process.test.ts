/**
 * The Discord entry points as real processes against the fake Discord: `npm start` and `npm run start:sharded`
 * run the build (dist/, made once by test/support/buildOnce.ts) with plain node, as npm runs them. Stopped
 * with signals. Few and slow-ish (each process start costs about half a second).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../scripts/support/fakeDiscord.js';
import { messageProblems, testToken } from '../scripts/support/discordHarness.js';
import { GatewayIntentBits, InteractionResponseType, RESTJSONErrorCodes, stringOption } from '../scripts/support/discordKit.js';
import { built, cleanEnv, nodeArgs, root, within } from '../scripts/support/processes.js';
import { processTests } from './support/processTests.js';

const { launch, startFake, tempDatabase } = processTests('careerbot-start-');

const messageContent = GatewayIntentBits.MessageContent;
const askAbout = (fake: FakeDiscord) =>
  fake.slashCommand({ user: fake.users.alice, name: 'ask', options: [stringOption('question', 'how much do ML engineers make?')] });

describe('npm start', () => {
  it('exits 78 naming the missing variable and pointing to npm run chat when no token is configured', () => {
    const run = spawnSync(process.execPath, nodeArgs(built('start')), { cwd: root, env: cleanEnv({}), encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('DISCORD_TOKEN is required');
    expect(run.stderr).toContain('npm run chat');
    expect(run.stdout).toBe('');
  });

  it('lists every bad setting at once', () => {
    const run = spawnSync(process.execPath, nodeArgs(built('start')), {
      cwd: root,
      env: cleanEnv({ DISCORD_API_URL: 'not a url', ANSWER_CHANNEL_IDS: '123,abc', LOG_LEVEL: 'loud' }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(78);
    for (const name of ['DISCORD_TOKEN', 'DISCORD_API_URL', 'ANSWER_CHANNEL_IDS', 'LOG_LEVEL']) expect(run.stderr).toContain(name);
  });

  it('logs in, answers, and on SIGTERM closes the connection and the database and exits 0, never logging the token', async () => {
    const fake = await startFake();
    const databasePath = tempDatabase();
    const bot = launch(
      built('start'),
      cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath, LOG_LEVEL: 'debug' }),
    );
    await within(fake.waitForReady(20_000), 25_000, 'login');
    expect(fake.identifiedIntents.map((i) => (i & messageContent) !== 0)).toEqual([true]);
    const { interactionId } = askAbout(fake);
    const reply = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${interactionId}/`) }, 10_000, 0);
    expect(reply.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.body.data.embeds[0].title).toContain('how much do ML engineers make?');
    expect(existsSync(databasePath)).toBe(true);

    bot.child.kill('SIGTERM');
    expect(await within(bot.exited, 10_000, 'shutdown')).toBe(0);
    expect(bot.output.stderr).toContain('"message":"shutting down","signal":"SIGTERM"');
    expect(bot.output.stderr).toContain('"message":"stopped"');
    expect(bot.output.stderr).toMatch(/"message":"knowledge and storage ready","startupMs":\d+,"passages":\d+/);
    // The last connection to close checkpoints the write-ahead log away: the database was closed, not abandoned.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    expect(bot.output.stderr).not.toContain(testToken);
    expect(messageProblems(fake.requests)).toEqual([]);
  });

  it('asks for the Message Content intent only when the portal allows it, and without it still answers slash commands', async () => {
    const fake = await startFake({ refusedIntents: messageContent });
    const bot = launch(built('start'), cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: tempDatabase() }));
    await within(fake.waitForReady(20_000), 25_000, 'login');
    expect(fake.identifiedIntents.map((i) => (i & messageContent) !== 0)).toEqual([false]);
    const { interactionId } = askAbout(fake);
    const reply = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${interactionId}/`) }, 10_000, 0);
    expect(reply.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(bot.output.stderr).toContain('The Message Content intent is not enabled in the developer portal');
    bot.child.kill('SIGINT');
    expect(await within(bot.exited, 10_000, 'shutdown')).toBe(0);
  });

  it('exits 1 with a clear message when Discord rejects the token', async () => {
    const fake = await startFake();
    fake.failNext(
      { method: 'GET', path: '/gateway/bot' },
      { status: 401, body: { message: '401: Unauthorized', code: RESTJSONErrorCodes.GeneralError } },
    );
    const bot = launch(built('start'), cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: tempDatabase() }));
    expect(await within(bot.exited, 20_000, 'exit')).toBe(1);
    expect(bot.output.stderr).toContain('Discord rejected DISCORD_TOKEN');
    expect(bot.output.stderr).not.toContain(testToken);
  });
});

describe('npm run start:sharded', () => {
  it('runs two shards on one database, answers from the shard that owns the server, and stops them all on SIGTERM', async () => {
    // The portal's Message Content toggle is off here too: each shard must start without it, not fail over.
    const fake = await startFake({ shards: 2, refusedIntents: messageContent, maxConcurrency: 16 });
    const databasePath = tempDatabase();
    const manager = launch(
      built('start-sharded'),
      cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath, LOG_LEVEL: 'info' }),
    );
    await within(fake.waitForReady(40_000), 45_000, 'both shards');
    expect(fake.identifiedIntents.map((i) => (i & messageContent) !== 0)).toEqual([false, false]);
    const { interactionId } = askAbout(fake);
    const answered = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${interactionId}/`) }, 10_000, 0);
    expect(answered.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    // A quiz started through one shard is stored where every shard reads it.
    const quiz = fake.slashCommand({ user: fake.users.alice, name: 'quiz' });
    await fake.waitForRequest({ method: 'PATCH', path: new RegExp(`/webhooks/\\d+/${quiz.token}/messages/@original`) }, 10_000, 0);

    manager.child.kill('SIGTERM');
    expect(await within(manager.exited, 15_000, 'shutdown')).toBe(0);
    expect(manager.output.stderr).toContain('"message":"all shards ready","shards":2');
    // The manager asks each shard to stop over IPC; each drains its handlers before closing.
    expect(manager.output.stderr.match(/"message":"shutting down","signal":"manager stopping"/g)).toHaveLength(2);
    expect(manager.output.stderr.match(/"message":"drained handlers in flight"/g)).toHaveLength(2);
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    expect(manager.output.stderr).not.toContain(testToken);
  }, 60_000);
});
