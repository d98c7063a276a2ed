/**
 * Deploys lose no reply: `npm start` as a real process against the fake Discord, stopped while a reply is
 * under way. The fake answers /quiz's deferral slowly, so the rest of that reply (the thread, question 1,
 * the link to it, and the thread's id stored) can only happen after the signal.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Launched } from '../scripts/support/processes.js';
import { built, cleanEnv, within } from '../scripts/support/processes.js';
import type { FakeDiscord, RecordedRequest } from '../scripts/support/fakeDiscord.js';
import { messageProblems, testToken } from '../scripts/support/discordHarness.js';
import { anyCallbackPath, InteractionResponseType, isEphemeral, stringOption } from '../scripts/support/discordKit.js';
import { discordText } from '../src/discord/text.js';
import { processTests } from './support/processTests.js';

const { launch, startFake, tempDatabase } = processTests('careerbot-shutdown-');

/** Milliseconds the fake holds /quiz's deferral: the signal arrives while the bot waits for it. */
const slowDeferralMs = 1_500;

async function startBot(): Promise<{ fake: FakeDiscord; bot: Launched; databasePath: string }> {
  const fake = await startFake();
  const databasePath = tempDatabase();
  const bot = launch(
    built('start'),
    cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath, LOG_LEVEL: 'debug' }),
  );
  await within(fake.waitForReady(20_000), 25_000, 'login');
  return { fake, bot, databasePath };
}

/** Starts /quiz with Discord slow to acknowledge it; resolves once the bot has sent the acknowledgement. */
async function quizUnderWay(fake: FakeDiscord, holdMs: number): Promise<{ token: string }> {
  fake.delayNext({ method: 'POST', path: anyCallbackPath }, holdMs);
  const quiz = fake.slashCommand({ user: fake.users.alice, name: 'quiz' });
  const deferral = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${quiz.interactionId}/`) }, 10_000, 0);
  expect(deferral.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  return quiz;
}

/** Resolves once the bot's log holds `text`. */
function logged(bot: Launched, text: string, timeoutMs = 5_000): Promise<void> {
  const seen = () => bot.output.stderr.includes(text);
  return within(
    new Promise<void>((resolve) => {
      if (seen()) return resolve();
      const check = () => {
        if (!seen()) return;
        bot.child.stderr!.off('data', check);
        resolve();
      };
      bot.child.stderr!.on('data', check);
    }),
    timeoutMs,
    `the log line ${text}`,
  );
}

/** The log line with `message`, parsed. */
function logLine(bot: Launched, message: string): Record<string, unknown> | undefined {
  const line = bot.output.stderr.split('\n').find((l) => l.includes(`"message":"${message}"`));
  return line === undefined ? undefined : (JSON.parse(line) as Record<string, unknown>);
}

const quizThreads = (databasePath: string) => {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('SELECT posted_in FROM quiz_posts').all() as { posted_in: string | null }[];
  } finally {
    db.close();
  }
};

describe('npm start, stopped during a deploy', () => {
  it('on SIGTERM finishes the reply under way, tells a command that arrives meanwhile to retry, and exits 0 saying what it drained', async () => {
    const { fake, bot, databasePath } = await startBot();
    const quiz = await quizUnderWay(fake, slowDeferralMs);
    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    await logged(bot, '"message":"draining handlers in flight"');

    // Arriving while the bot stops: a command gets a private "try again" at once; a question is not started.
    const ask = fake.slashCommand({
      user: fake.users.bob,
      name: 'ask',
      options: [stringOption('question', 'how much do ML engineers make?')],
    });
    const mention = fake.sendMessage({
      author: fake.users.bob,
      channelId: fake.channels.general,
      content: 'what do data engineers do?',
      mentionsBot: true,
    });
    const notice = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${ask.interactionId}/`) }, 5_000, 0);
    expect(notice.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: discordText.restarting },
    });
    expect(isEphemeral(notice.body.data)).toBe(true);

    // The reply under way still arrives: the quiz's thread, question 1 in it, and the link to it.
    const linked = await fake.waitForRequest(
      { method: 'PATCH', path: `/webhooks/${fake.applicationId}/${quiz.token}/messages/@original` },
      10_000,
      0,
    );
    const thread = fake.threads.at(-1);
    expect(thread).toBeDefined();
    expect(linked.body.content).toBe(discordText.quizOpened(thread!.id));
    expect(fake.lastMessageIn(thread!.id)?.components?.length).toBeGreaterThan(0);

    expect(await within(bot.exited, 8_000 + 2_000, 'shutdown')).toBe(0);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(slowDeferralMs - 100);
    expect(logLine(bot, 'draining handlers in flight')).toMatchObject({ inFlight: 1, handlers: ['/quiz'], boundMs: 8_000 });
    // The quiz and the notice finished during the drain; the question after the signal never started.
    expect(logLine(bot, 'drained handlers in flight')).toMatchObject({ drained: 2 });
    expect(logLine(bot, 'not started: stopping')).toMatchObject({ what: '/ask', user: fake.users.bob.id });
    expect(logLine(bot, 'stopped waiting for handlers in flight')).toBeUndefined();
    expect(bot.output.stderr).toContain('"message":"stopped"');
    const answersToMention = fake.requests.filter(
      (r: RecordedRequest) => r.method === 'POST' && r.body?.message_reference?.message_id === mention.messageId,
    );
    expect(answersToMention).toEqual([]);
    expect(logLine(bot, 'message not started: stopping')).toMatchObject({ messageId: mention.messageId });
    // Written during the drain (the thread is stored once opened), committed, and the database closed cleanly.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    expect(quizThreads(databasePath)).toEqual([{ posted_in: thread!.id }]);
    expect(messageProblems(fake.requests)).toEqual([]);
  }, 40_000);

  it('on a second signal stops waiting, says which handlers it cut, and still closes the database and exits 0', async () => {
    const { fake, bot, databasePath } = await startBot();
    await quizUnderWay(fake, 60_000);
    bot.child.kill('SIGTERM');
    await logged(bot, '"message":"draining handlers in flight"');
    // A second signal, as from pressing Ctrl+C again (one press arriving twice within milliseconds counts once).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const secondSignal = Date.now();
    bot.child.kill('SIGINT');

    expect(await within(bot.exited, 3_000, 'the forced shutdown')).toBe(0);
    expect(Date.now() - secondSignal).toBeLessThan(3_000);
    expect(logLine(bot, 'second stop signal: not waiting for handlers in flight')).toMatchObject({ level: 'warn', signal: 'SIGINT' });
    expect(logLine(bot, 'stopped waiting for handlers in flight')).toMatchObject({ level: 'warn', reason: 'cut short', cut: ['/quiz'] });
    expect(bot.output.stderr).toContain('"message":"stopped"');
    // Cut before its thread was opened: nothing half-written, and the database closed, not abandoned.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    expect(quizThreads(databasePath)).toEqual([]);
  }, 40_000);
});
