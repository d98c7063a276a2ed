/**
 * `npm start` on a PostgreSQL server of the test's own (scripts/support/postgresServer.ts; not the run's shared
 * one, so stopping it disturbs nobody) while the server goes away and comes back: the process stays up, what
 * arrives meanwhile gets a kind apology, and a quiz goes on from the last answer acknowledged before the outage.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { storageUnavailable } from '../src/bot/messages.js';
import { StorageUnavailableError } from '../src/ports/storage.js';
import { openPostgresStorage } from '../src/postgres/storage.js';
import { decodeButton } from '../src/discord/customIds.js';
import { testToken } from '../scripts/support/discordHarness.js';
import { InteractionResponseType, isEphemeral, stringOption } from '../scripts/support/discordKit.js';
import type { FakeDiscord } from '../scripts/support/fakeDiscord.js';
import { type PostgresServer, startPostgresServer } from '../scripts/support/postgresServer.js';
import { built, cleanEnv, within } from '../scripts/support/processes.js';
import { withDatabase } from './support/postgres.js';
import { processTests } from './support/processTests.js';

const { launch, startFake } = processTests('careerbot-pg-faults-');

const servers: PostgresServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.destroy();
});

/** A server of this test's own with an empty `careerbot` database; resolves to the server and the database's URL. */
async function ownServer(): Promise<{ server: PostgresServer; url: string }> {
  const server = await startPostgresServer();
  servers.push(server);
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query('CREATE DATABASE careerbot');
  await client.end();
  return { server, url: withDatabase(server.url, 'careerbot') };
}

/** `npm start` on a PostgreSQL server of the test's own, logged in to a fake Discord. */
async function botOnOwnServer() {
  const { server, url } = await ownServer();
  const fake = await startFake();
  const bot = launch(
    built('start'),
    cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_URL: url, LOG_LEVEL: 'info' }),
  );
  await within(fake.waitForReady(20_000), 25_000, 'login');
  return { server, url, fake, bot };
}

/** What a person sees in a thread's quiz message, and the buttons they can press. */
function quizScreen(fake: FakeDiscord, messageId: string) {
  const shown = fake.message(messageId);
  const buttons = (shown?.components ?? []).flatMap((row) =>
    'components' in row ? row.components.flatMap((b) => ('custom_id' in b ? [b.custom_id] : [])) : [],
  );
  return { title: shown?.embeds?.[0]?.title ?? '', buttons };
}

/** The custom id of answer `option` (its position among the answers, from 0) on the quiz's current question. */
function answerButton(fake: FakeDiscord, messageId: string, option: number): string {
  const answers = quizScreen(fake, messageId).buttons.filter((id) => decodeButton(id)?.kind === 'quiz-answer');
  const id = answers[option];
  if (id === undefined) throw new Error(`no answer ${option} on "${quizScreen(fake, messageId).title}"`);
  return id;
}

/** Runs /quiz as `user` and resolves to the id of the quiz's message in its new thread. */
async function openQuiz(fake: FakeDiscord, user: FakeDiscord['users']['alice']): Promise<string> {
  const quiz = fake.slashCommand({ user, name: 'quiz' });
  const opened = await fake.waitForRequest(
    { method: 'PATCH', path: new RegExp(`/webhooks/\\d+/${quiz.token}/messages/@original`) },
    15_000,
    0,
  );
  const threadId = /<#(\d+)>/.exec(String(opened.body?.content))?.[1] ?? '';
  return fake.lastMessageIn(threadId)?.id ?? '';
}

/** Clicks answer `option` and resolves to the bot's callback: its type and what it shows. */
async function click(fake: FakeDiscord, user: FakeDiscord['users']['alice'], messageId: string, option: number) {
  const sent = fake.clickButton({ user, messageId, customId: answerButton(fake, messageId, option) });
  const reply = await fake.waitForRequest(
    { method: 'POST', path: `/interactions/${sent.interactionId}/${sent.token}/callback` },
    15_000,
    0,
  );
  const body = reply.body as { type: number; data?: { content?: string; flags?: number; embeds?: { title?: string }[] } };
  return {
    type: body.type,
    title: body.data?.embeds?.[0]?.title ?? '',
    content: body.data?.content ?? '',
    private: isEphemeral(body.data),
  };
}

describe('a PostgreSQL storage whose server goes away and comes back', () => {
  it('rejects calls with StorageUnavailableError meanwhile, tells the outage and the return once each, then works again', async () => {
    const { server, url } = await ownServer();
    const heard: string[] = [];
    const storage = await openPostgresStorage(url, {
      unavailable: (reason) => heard.push(`unavailable: ${reason}`),
      restored: () => heard.push('restored'),
    });
    try {
      const setting = { channelId: '1', communityId: '9', on: true, updatedAt: 1 };
      await storage.answerChannels.set(setting);
      await server.stop();
      for (const call of [() => storage.answerChannels.get('1'), () => storage.quizzes.get(1)]) {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StorageUnavailableError);
        expect((error as Error).message).toMatch(
          new RegExp(`^storage: PostgreSQL at 127\\.0\\.0\\.1:${server.port}/careerbot cannot be reached \\(`),
        );
        expect((error as Error).message).not.toContain(new URL(url).password);
      }
      expect(heard).toHaveLength(1);
      expect(heard[0]).toMatch(/^unavailable: /);
      await server.start();
      expect(await storage.answerChannels.get('1')).toEqual(setting);
      expect(await storage.answerChannels.get('1')).toEqual(setting);
      expect(heard.slice(1)).toEqual(['restored']);
    } finally {
      await storage.close();
    }
  });
});

describe('npm start when its PostgreSQL server goes away and comes back', () => {
  it('apologises for what arrives meanwhile, stays up, and the quiz goes on from the last acknowledged answer', async () => {
    const { server, url, fake, bot } = await botOnOwnServer();
    const alice = fake.users.alice;

    // Alice opens the quiz and answers two questions: both acknowledged (the message moves on).
    const messageId = await openQuiz(fake, alice);
    expect(quizScreen(fake, messageId).title).toMatch(/^Question 1 of 5 ·/);
    const answers = [0, 2, 1, 0, 2];
    for (const [step, option] of answers.slice(0, 2).entries()) {
      const reply = await click(fake, alice, messageId, option);
      expect(reply.type).toBe(InteractionResponseType.UpdateMessage);
      expect(reply.title).toMatch(new RegExp(`^Question ${step + 2} of 5 ·`));
    }

    // The server stops (a fast shutdown: the bot's connections are cut). A click and an /ask get the apology.
    await server.stop();
    const during = await click(fake, alice, messageId, answers[2]!);
    expect(during).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, private: true, content: storageUnavailable });
    const asked = fake.slashCommand({ user: alice, name: 'ask', options: [stringOption('question', 'how much do ML engineers make?')] });
    const askReply = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${asked.interactionId}/`) }, 15_000, 0);
    const askData = (askReply.body as { data?: { content?: string; flags?: number } }).data;
    expect(askData?.content).toBe(storageUnavailable);
    expect(isEphemeral(askData)).toBe(true);
    expect(bot.child.exitCode).toBeNull();
    // The question on screen is still the third: nothing moved without being stored.
    expect(quizScreen(fake, messageId).title).toMatch(/^Question 3 of 5 ·/);

    // The server comes back on the same port and data; the next click carries on from the third question.
    await server.start();
    for (const [step, option] of answers.entries()) {
      if (step < 2) continue;
      const reply = await click(fake, alice, messageId, option);
      expect(reply.type).toBe(InteractionResponseType.UpdateMessage);
      expect(reply.title).toMatch(step === 4 ? /^Your fit: / : new RegExp(`^Question ${step + 2} of 5 ·`));
    }
    // Bob gives the same answers with no outage: Alice's result reads the same as his.
    const bobsMessage = await openQuiz(fake, fake.users.bob);
    for (const option of answers) await click(fake, fake.users.bob, bobsMessage, option);
    const result = (id: string) => JSON.stringify(fake.message(id)?.embeds);
    expect(result(messageId)).toContain('Your fit: ');
    expect(result(messageId)).toBe(result(bobsMessage));

    bot.child.kill('SIGTERM');
    expect(await within(bot.exited, 10_000, 'shutdown')).toBe(0);
    // The log tells the outage once and the return once; the two interactions that met it are at info, no stack.
    const log = bot.output.stderr;
    expect(log.match(/"message":"storage unavailable: [^"]*"/g)).toHaveLength(1);
    expect(log.match(/"message":"storage reachable again"/g)).toHaveLength(1);
    expect(log.match(/"level":"info","message":"interaction failed: storage unavailable"/g)).toHaveLength(2);
    expect(log).not.toContain('"level":"error","message":"interaction failed"');
    expect(log).not.toContain(new URL(url).password);
    expect(log).toContain('"message":"stopped"');
  }, 90_000);

  it('stays up while the server is down at idle, and answers once it is back', async () => {
    const { server, fake, bot } = await botOnOwnServer();
    // Nobody is using the bot: the only sign is its idle connections, cut by the server's shutdown.
    await server.stop();
    await within(logged(bot.output, /"message":"storage unavailable: /), 15_000, 'the outage logged');
    expect(bot.child.exitCode).toBeNull();
    await server.start();
    const asked = fake.slashCommand({
      user: fake.users.alice,
      name: 'ask',
      options: [stringOption('question', 'how much do ML engineers make?')],
    });
    const reply = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${asked.interactionId}/`) }, 15_000, 0);
    expect(reply.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral((reply.body as { data?: { flags?: number } }).data)).toBe(false);
    expect(bot.output.stderr.match(/"message":"storage reachable again"/g)).toHaveLength(1);
    bot.child.kill('SIGTERM');
    expect(await within(bot.exited, 10_000, 'shutdown')).toBe(0);
  }, 90_000);
});

/** Resolves once `output.stderr` matches `pattern`, looking as it grows (the caller bounds the wait). */
function logged(output: { stderr: string }, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const look = setInterval(() => {
      if (!pattern.test(output.stderr)) return;
      clearInterval(look);
      resolve();
    }, 50);
  });
}
