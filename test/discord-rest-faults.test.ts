/**
 * Discord REST errors on each path. The issue: "Discord REST errors on each path (403, 404 unknown message or
 * interaction, 429 with retry_after, 500): the user gets a sensible message where one can be sent, the
 * process stays up, quiz state stays consistent."
 *
 * A table of PATHS (each a request the bot makes to Discord) crossed with a table of FAULTS (what the fake
 * Discord answers that request with). Each row checks its own outcome as the user sees it, and then, for
 * every row alike: the bot still answers someone else's /ask, nothing was rejected unhandled, the only error
 * logs are the ones the outcome explains, and every message kept mentions off and Discord's limits.
 *
 * One bot serves every row (beforeAll). Each row uses fresh users, and each fault is scoped so it cannot leak
 * into the next row: the exact number of attempts discord.js makes (a 5xx is retried three times, without
 * backoff), or only the one interaction's token.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { APIMessage } from 'discord-api-types/v10';
import { FakeClock } from './support/clock.js';
import { shareLeaseMs } from '../src/posts/quizPosts.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forgetMe, somethingWentWrong } from '../src/bot/messages.js';
import { discordText } from '../src/discord/text.js';
import { DiscordHarness, messageProblems } from '../scripts/support/discordHarness.js';
import {
  allPermissionsBut,
  buttonsOf,
  callbackPath,
  discordErrors,
  ephemeralReply,
  findButton,
  followUpPath as followUpRoute,
  InteractionResponseType,
  isEphemeral,
  MessageFlags,
  originalPath as originalRoute,
  PermissionFlagsBits,
  stringOption as text,
} from '../scripts/support/discordKit.js';
import type { FakeUser, RecordedRequest, RequestMatch } from '../scripts/support/fakeDiscord.js';

// ------------------------------------------------------------------ the faults
interface Fault {
  label: string;
  response: {
    status: number;
    body: { code?: number; message: string; retry_after?: number; global?: boolean };
    headers?: Record<string, string>;
  };
  /** How many times discord.js sends the request before giving up: it retries a 5xx three times. */
  attempts: number;
  /** The interaction's token is dead (Discord missed our 3 s, or it expired): every request with it fails alike. */
  deadToken?: boolean;
}
const FAULTS = {
  forbidden: { label: '403 Missing Permissions', response: discordErrors.missingPermissions, attempts: 1 },
  unknownMessage: { label: '404 Unknown Message', response: discordErrors.unknownMessage, attempts: 1 },
  unknownInteraction: { label: '404 Unknown interaction', response: discordErrors.unknownInteraction, attempts: 1, deadToken: true },
  unknownChannel: { label: '404 Unknown Channel', response: discordErrors.unknownChannel, attempts: 1 },
  rateLimited: {
    label: '429 with retry_after',
    response: {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.02, global: false },
      headers: { 'retry-after': '0.02', 'x-ratelimit-scope': 'user' },
    },
    attempts: 1,
  },
  serverError: { label: '500 on every retry', response: discordErrors.internalServerError, attempts: 4 },
} satisfies Record<string, Fault>;
type FaultKey = keyof typeof FAULTS;

// ------------------------------------------------------------------ one bot for every row
let h: DiscordHarness;
let db: Database.Database;
// Time moves only when a row says so (a share claim's lease).
const clock = new FakeClock();
const rejections: unknown[] = [];
const onRejection = (reason: unknown): void => void rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  h = await DiscordHarness.start({ clock });
  db = new Database(h.databasePath, { readonly: true, fileMustExist: true });
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  db?.close();
  await h?.stop();
});

let users = 0;
/** Someone new for each row, so cooldowns, quizzes and stored data never carry over between rows. */
function freshUser(role: string): FakeUser {
  users += 1;
  return { id: (900_000_000_000_000_000n + BigInt(users)).toString(), username: `${role}${users}` };
}

// ------------------------------------------------------------------ requests and logs
interface Sent {
  interactionId: string;
  token: string;
}
const originalPath = (s: Sent) => originalRoute(h.fake.applicationId, s.token);
const followUpPath = (s: Sent) => followUpRoute(h.fake.applicationId, s.token);
/** The statuses Discord answered the matching requests with, from request `since` on. */
function statusesOf(match: RequestMatch, since: number): number[] {
  const matching = new Set(h.fake.requestsMatching(match));
  return h.fake.requests
    .slice(since)
    .filter((r) => matching.has(r))
    .map((r) => r.status);
}
const succeeded = (path: string) => (r: RecordedRequest) => r.path === path && r.status < 300;
const waitFor = (match: RequestMatch, since: number) => h.fake.waitForRequest(match, 5000, since);
/** What a failed request looked like, then the one that went through (if any): [403, 204], [500 ×4]. */
const failedThen = (fault: Fault, ...then: number[]) => [...Array<number>(fault.attempts).fill(fault.response.status), ...then];

/** Makes the requests matching `match` fail with `fault`, as many times as discord.js will try (or for good). */
function inject(match: RequestMatch, fault: Fault, forGood = false): void {
  h.fake.failNext(match, fault.response, forGood ? 50 : fault.attempts);
}
/** Fails an interaction's first callback; a dead token fails everything sent with that token. */
function injectOnCallback(sent: Sent, fault: Fault): void {
  if (fault.deadToken) inject((r) => r.path.includes(sent.token), fault, true);
  else inject({ method: 'POST', path: callbackPath(sent) }, fault);
}

interface LogLine {
  level: string;
  message: string;
  what?: string;
  user?: string;
  channel?: string;
  error?: { name?: string; message?: string };
}
let rowStart = { requests: 0, logs: 0 };
const rowLogs = (): LogLine[] => h.logs.slice(rowStart.logs).map((line) => JSON.parse(line) as LogLine);
async function waitForLog(test: (line: LogLine) => boolean, what: string): Promise<LogLine> {
  for (let waited = 0; ; waited += 10) {
    const found = rowLogs().find(test);
    if (found) return found;
    if (waited > 5000) throw new Error(`test: no log line ${what}; logs:\n${h.logs.slice(rowStart.logs).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
/** The dispatcher's record of a failed interaction: which command or button, whose, and Discord's error. */
const interactionFailedLog = (what: string | RegExp, user: FakeUser, fault: Fault) => (l: LogLine) =>
  l.level === 'error' &&
  l.message === 'interaction failed' &&
  (typeof what === 'string' ? l.what === what : what.test(l.what ?? '')) &&
  l.user === user.id &&
  (l.error?.message ?? '').includes(fault.response.body.message);

/** The dispatcher tried to tell the user about the failure, and Discord refused that too. */
const couldNotTellLog = (what: string | RegExp) => (l: LogLine) =>
  l.level === 'warn' &&
  l.message === 'could not tell the user about a failure' &&
  (typeof what === 'string' ? l.what === what : what.test(l.what ?? ''));
/** The dispatcher's last word on an interaction, whether it went through or failed. */
const handled = (what: string | RegExp, user: FakeUser) => (l: LogLine) =>
  ['interaction handled', 'interaction failed'].includes(l.message) &&
  (typeof what === 'string' ? l.what === what : what.test(l.what ?? '')) &&
  l.user === user.id;

// ------------------------------------------------------------------ what people see
interface QuizFile {
  questions: { options: { id: string; label: string }[] }[];
}
const quizFile = JSON.parse(readFileSync('knowledge/quiz.json', 'utf8')) as QuizFile;
const answersToFinish = ['models', 'distributed-systems', 'both', 'maximum', 'high'];
const optionLabel = (step: number, id: string) => quizFile.questions[step]!.options.find((o) => o.id === id)!.label;
const buttonId = (m: Pick<APIMessage, 'components'> | undefined, label: string | RegExp): string => findButton(m, label).custom_id;
/** The quiz step a message shows (0 for "Question 1 of 5"), or undefined when it shows no question. */
function stepShown(m: Pick<APIMessage, 'embeds'> | undefined): number | undefined {
  const match = /^Question (\d+) of \d+/.exec(m?.embeds?.[0]?.title ?? '');
  return match ? Number(match[1]) - 1 : undefined;
}
const isResult = (m: Pick<APIMessage, 'embeds'> | undefined) => /^Your fit: /.test(m?.embeds?.[0]?.title ?? '');
const apology = { content: somethingWentWrong };

// ------------------------------------------------------------------ what is stored
interface StoredQuiz {
  id: number;
  status: string;
  step: number;
  version: number;
  threadId: string | null;
  answers: string[];
}
function storedQuiz(user: FakeUser): StoredQuiz | undefined {
  const row = db
    .prepare(`SELECT s.id, s.status, s.step, s.version, p.posted_in AS threadId FROM quiz_sessions s LEFT JOIN quiz_posts p ON p.quiz_id = s.id
    WHERE s.owner = ? ORDER BY s.id DESC LIMIT 1`)
    .get(`discord:${user.id}`) as Omit<StoredQuiz, 'answers'> | undefined;
  if (!row) return undefined;
  const answers = db.prepare('SELECT option_id AS option FROM quiz_answers WHERE session_id = ? ORDER BY step').all(row.id) as {
    option: string;
  }[];
  return { ...row, answers: answers.map((a) => a.option) };
}
const storedCount = (table: 'feedback' | 'declined_questions', user: FakeUser) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`).get(`discord:${user.id}`) as { n: number }).n;

// ------------------------------------------------------------------ driving the bot
const covered = 'how much do ML engineers make?';
const noThreads = allPermissionsBut(PermissionFlagsBits.CreatePublicThreads);

function slash(
  user: FakeUser,
  name: string,
  options: { name: string; type: number; value: string }[] = [],
  extra: { appPermissions?: string } = {},
): Sent {
  return h.fake.slashCommand({ user, name, options, ...extra });
}
function press(user: FakeUser, messageId: string, customId: string): Sent {
  return h.fake.clickButton({ user, messageId, customId });
}
/** Sends an interaction with no fault and waits until Discord accepted its first callback. */
async function answered(send: () => Sent): Promise<Sent & { callback: RecordedRequest }> {
  const since = h.fake.requests.length;
  const sent = send();
  return { ...sent, callback: await waitFor(succeeded(callbackPath(sent)), since) };
}
/** The message an interaction's reply became. */
function replyOf(sent: Sent): APIMessage {
  const m = h.fake.replyMessageOf(sent.interactionId);
  if (!m) throw new Error(`test: no reply message for ${sent.interactionId}`);
  return m;
}
const ownThread = (user: FakeUser) => (t: { name?: string | null }) => t.name === discordText.quizThreadName(user.username);
const threadOf = (user: FakeUser) => h.fake.threads.find(ownThread(user));

type Where = 'thread' | 'in place';
/**
 * /quiz with no fault, in #general with every permission (a thread) or without Create Public Threads (in
 * place): returns the message showing the quiz's current question, new or continued.
 */
async function openQuiz(user: FakeUser, where: Where): Promise<APIMessage> {
  const since = h.fake.requests.length;
  const sent = slash(user, 'quiz', [], where === 'in place' ? { appPermissions: noThreads } : {});
  await waitFor(succeeded(originalPath(sent)), since);
  const thread = threadOf(user);
  const m = where === 'thread' && thread ? h.fake.lastMessageIn(thread.id) : replyOf(sent);
  expect(m, `the quiz shows ${where}`).toBeDefined();
  return m!;
}
/** Clicks an option of the question a quiz message shows, with no fault, and waits for the message to move on. */
async function answerOn(user: FakeUser, messageId: string, step: number, option: string): Promise<void> {
  const clicked = await answered(() => press(user, messageId, buttonId(h.fake.message(messageId), optionLabel(step, option))));
  expect(clicked.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
}
async function finishedQuiz(user: FakeUser): Promise<APIMessage> {
  const m = await openQuiz(user, 'thread');
  expect(m.channel_id).toBe(threadOf(user)?.id);
  for (const [step, option] of answersToFinish.entries()) await answerOn(user, m.id, step, option);
  expect(isResult(h.fake.message(m.id))).toBe(true);
  return h.fake.message(m.id)!;
}

/** The process is up: someone else's /ask gets the cited answer, in public. */
async function expectStillAnswering(): Promise<void> {
  const ask = await answered(() => slash(freshUser('probe'), 'ask', [text('question', covered)]));
  expect(ask.callback.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
  expect(ask.callback.body.data.flags ?? 0).toBe(0);
  expect(ask.callback.body.data.embeds[0].description).toContain('[1]');
}

// ------------------------------------------------------------------ the paths
type Outcome = (fault: Fault) => Promise<void>;
interface Row {
  path: string;
  fault: string;
  expected: string;
  run: Outcome;
  faultKey: FaultKey;
  /** The error-level log lines the row's outcome explains. */
  errors: string[];
}
const row = (path: string, faultKey: FaultKey, expected: string, run: Outcome, errors: string[] = []): Row => ({
  path,
  fault: FAULTS[faultKey].label,
  faultKey,
  expected,
  run,
  errors,
});

/**
 * An interaction answered with one reply (a slash command, a button that answers privately, autocomplete):
 * `send` starts it (setting up whatever it needs first), `normal` checks the reply it should get.
 */
interface ReplyPath {
  name: string;
  /** How the dispatcher names the interaction in its logs. */
  what: string | RegExp;
  /** Autocomplete cannot be replied to, so a failed one cannot be apologised for. */
  repliable: boolean;
  /** Sends the interaction; `on` is the message a button was clicked on. */
  send: (user: FakeUser) => Promise<Sent & { on?: string }>;
  normal: (data: any) => void;
  /** What must hold afterwards, whatever the fault. */
  after?: (user: FakeUser, sent: Sent & { on?: string }) => Promise<void>;
}

function replyRows(p: ReplyPath, faults: FaultKey[]): Row[] {
  return faults.map((key) => {
    const fault: Fault = FAULTS[key];
    if (key === 'rateLimited') {
      return row(p.name, key, 'the normal reply arrives after the wait', async () => {
        const user = freshUser('user');
        const since = h.fake.requests.length;
        const sent = await p.send(user);
        injectOnCallback(sent, fault);
        const reply = await waitFor(succeeded(callbackPath(sent)), since);
        // Then a success: 204, or 200 where the reply asks Discord for its message (/ask, to keep its conversation).
        const [first, then, ...more] = statusesOf({ path: callbackPath(sent) }, since);
        expect([first, then && then >= 200 && then < 300, more]).toEqual([429, true, []]);
        p.normal(reply.body.data);
        await p.after?.(user, sent);
      });
    }
    if (fault.deadToken || !p.repliable) {
      const nothing = p.repliable ? 'nothing can be sent' : 'no choices can be shown';
      return row(
        p.name,
        key,
        `${nothing}; the failure is logged with the interaction and user`,
        async () => {
          const user = freshUser('user');
          const since = h.fake.requests.length;
          const sent = await p.send(user);
          injectOnCallback(sent, fault);
          await waitForLog(interactionFailedLog(p.what, user, fault), 'interaction failed');
          if (p.repliable) await waitForLog(couldNotTellLog(p.what), 'could not tell');
          // With a dead token the apology fails too; autocomplete has no way to apologise at all.
          const apologyTried = p.repliable && fault.deadToken ? [fault.response.status] : [];
          expect(statusesOf((r) => r.path.includes(sent.token), since)).toEqual(failedThen(fault, ...apologyTried));
          await p.after?.(user, sent);
        },
        ['interaction failed'],
      );
    }
    return row(
      p.name,
      key,
      'the user is told privately that something went wrong',
      async () => {
        const user = freshUser('user');
        const since = h.fake.requests.length;
        const sent = await p.send(user);
        injectOnCallback(sent, fault);
        const told = await waitFor(succeeded(callbackPath(sent)), since);
        expect(told.body).toMatchObject(ephemeralReply(apology));
        expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual(failedThen(fault, 204));
        await waitForLog(interactionFailedLog(p.what, user, fault), 'interaction failed');
        await p.after?.(user, sent);
      },
      ['interaction failed'],
    );
  });
}

/** A fresh /compare salary reply, to click its buttons. */
async function compareReply(user: FakeUser): Promise<APIMessage> {
  return replyOf(await answered(() => slash(user, 'compare', [text('aspect', 'salary')])));
}
const expectComparison = (data: any) => {
  expect(data.flags ?? 0).toBe(0);
  expect(data.embeds[0].fields.map((f: { name: string }) => f.name)).toEqual(
    expect.arrayContaining([discordText.roles.de, discordText.roles.mle]),
  );
};

const askPath: ReplyPath = {
  name: 'the /ask reply',
  what: '/ask',
  repliable: true,
  send: async (user) => slash(user, 'ask', [text('question', covered)]),
  normal: (data) => {
    expect(data.flags ?? 0).toBe(0);
    expect(data.embeds[0].description).toMatch(/\$\d/);
  },
};
const comparePath: ReplyPath = {
  name: 'the /compare reply',
  what: '/compare',
  repliable: true,
  send: async (user) => slash(user, 'compare', [text('aspect', 'salary')]),
  normal: expectComparison,
};
const moreSourcesPath: ReplyPath = {
  name: 'the /compare "More ▸" reply',
  what: /^button m:c:salary$/,
  repliable: true,
  send: async (user) => {
    const reply = await compareReply(user);
    return press(user, reply.id, buttonId(reply, /^More ▸/));
  },
  normal: (data) => {
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.embeds.length + (data.content ? 1 : 0)).toBeGreaterThan(0);
    expect(JSON.stringify(data)).toMatch(/\[\d+\]/);
  },
};
/** One vote per person and subject, whatever Discord did to the thanks: voting again replaces it. */
const ratingPath: ReplyPath = {
  name: 'the 👍 rating reply',
  what: /^button r:c:u:/,
  repliable: true,
  send: async (user) => {
    const reply = await compareReply(user);
    return { ...press(user, reply.id, buttonId(reply, discordText.buttons.up)), on: reply.id };
  },
  normal: (data) => expect(data).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'Thanks, noted 👍' }),
  after: async (user, sent) => {
    expect(storedCount('feedback', user)).toBe(1);
    const on = h.fake.message(sent.on!);
    const again = await answered(() => press(user, on!.id, buttonId(on, discordText.buttons.up)));
    expect(again.callback.body).toMatchObject(ephemeralReply({ content: 'Thanks, noted 👍' }));
    expect(storedCount('feedback', user)).toBe(1);
  },
};
const autocompletePath: ReplyPath = {
  name: 'the /compare autocomplete',
  what: '/compare autocomplete',
  repliable: false,
  send: async (user) => h.fake.autocomplete({ user, name: 'compare', option: 'aspect', value: 'sal' }),
  normal: (data) => expect(data.choices.map((c: { value: string }) => c.value)).toContain('salary'),
};

// ------------------------------------------------------------------ /quiz: deferral, thread, first question, link
type Opening = 'deferral' | 'thread' | 'question' | 'link';
const openingNames: Record<Opening, string> = {
  deferral: '/quiz: the deferral',
  thread: '/quiz: opening the thread',
  question: '/quiz: question 1 posted in the thread',
  link: '/quiz: the private link to the thread (edit of the deferred reply)',
};
/** A message posted in a thread (any channel the fake made, not one of its fixed channels). */
const isThreadPost = (r: RecordedRequest) => {
  const id = /^\/channels\/(\d+)\/messages$/.exec(r.path)?.[1];
  return r.method === 'POST' && id !== undefined && ![...Object.values(h.fake.channels), h.fake.dmChannelId].includes(id);
};
function injectOnOpening(target: Opening, sent: Sent, fault: Fault, forGood = false): void {
  if (target === 'deferral') injectOnCallback(sent, fault);
  if (target === 'thread') inject({ method: 'POST', path: `/channels/${h.fake.channels.general}/threads` }, fault);
  if (target === 'question') inject(isThreadPost, fault);
  if (target === 'link') inject({ method: 'PATCH', path: originalPath(sent) }, fault, forGood);
}
/** The quiz moves on from the question `m` shows, with one more answer and the version one further. */
async function expectQuizGoesOn(user: FakeUser, m: APIMessage): Promise<void> {
  const before = storedQuiz(user)!;
  const step = stepShown(m)!;
  expect(step).toBe(before.answers.length);
  await answerOn(user, m.id, step, quizFile.questions[step]!.options[0]!.id);
  expect(stepShown(h.fake.message(m.id))).toBe(step + 1);
  const after = storedQuiz(user)!;
  expect(after.answers).toHaveLength(before.answers.length + 1);
  expect(after.version).toBe(before.version + 1);
}
/** /quiz with no fault from here on: the quiz (new or continued) shows in a thread, and takes an answer. */
async function expectQuizAgainWorks(user: FakeUser): Promise<void> {
  const m = await openQuiz(user, 'thread');
  expect(m.channel_id).toBe(threadOf(user)?.id);
  await expectQuizGoesOn(user, m);
}
/** Every thread the user's /quiz opened holds a message, or is gone: none is left empty in the channel. */
function expectNoEmptyThread(user: FakeUser): void {
  for (const thread of h.fake.threads.filter(ownThread(user))) {
    expect(h.fake.lastMessageIn(thread.id), `thread ${thread.name} is left empty`).toBeDefined();
  }
}

function openingRow(
  target: Opening,
  key: FaultKey,
  expected: string,
  check: (user: FakeUser, sent: Sent, since: number, fault: Fault) => Promise<void>,
  errors: string[] = [],
  options: { forGood?: boolean } = {},
): Row {
  return row(
    openingNames[target],
    key,
    expected,
    async (fault) => {
      const user = freshUser('quizzer');
      const since = h.fake.requests.length;
      const sent = slash(user, 'quiz');
      injectOnOpening(target, sent, fault, options.forGood);
      await check(user, sent, since, fault);
    },
    errors,
  );
}
const opensNormally = (target: Opening) =>
  openingRow(target, 'rateLimited', 'the quiz opens in its thread after the wait', async (user, sent, since) => {
    const link = await waitFor(succeeded(originalPath(sent)), since);
    const thread = threadOf(user)!;
    expect(link.body.content).toContain(`<#${thread.id}>`);
    const [failed, ok]: [RequestMatch, number] = {
      deferral: [{ path: callbackPath(sent) }, 204],
      thread: [{ method: 'POST', path: /\/threads$/ }, 201],
      question: [isThreadPost, 200],
      link: [{ path: originalPath(sent) }, 200],
    }[target] as [RequestMatch, number];
    expect(statusesOf(failed, since)).toEqual([429, ok]);
    expect(storedQuiz(user)).toMatchObject({ status: 'active', step: 0, answers: [], threadId: thread.id });
    await expectQuizGoesOn(user, h.fake.lastMessageIn(thread.id)!);
  });
const runsInPlace = (target: Opening, key: FaultKey, also = '') =>
  openingRow(target, key, `the quiz runs in place, only the user sees it${also}`, async (user, sent, since) => {
    const filled = await waitFor(succeeded(originalPath(sent)), since);
    expect(filled.body.content).toContain(discordText.quizHere);
    expect(stepShown(filled.body)).toBe(0);
    const inPlace = replyOf(sent);
    expect(isEphemeral(inPlace)).toBe(true);
    expectNoEmptyThread(user);
    if (target === 'question') {
      const threadId = /^\/channels\/(\d+)\//.exec(h.fake.requests.slice(since).find(isThreadPost)!.path)![1];
      expect(statusesOf({ method: 'DELETE', path: `/channels/${threadId}` }, since)).toEqual([200]);
    }
    expect(storedQuiz(user)).toMatchObject({ status: 'active', step: 0, answers: [] });
    await expectQuizGoesOn(user, inPlace);
  });

const OPENING_ROWS: Row[] = [
  opensNormally('deferral'),
  ...(['forbidden', 'serverError'] as const).map((key) =>
    openingRow(
      'deferral',
      key,
      'the user is told privately that something went wrong, no quiz is stored, and /quiz then works',
      async (user, sent, since, fault) => {
        const told = await waitFor(succeeded(callbackPath(sent)), since);
        expect(told.body).toMatchObject(ephemeralReply(apology));
        expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual(failedThen(fault, 204));
        await waitForLog(interactionFailedLog('/quiz', user, fault), 'interaction failed');
        expect(storedQuiz(user)).toBeUndefined();
        await expectQuizAgainWorks(user);
      },
      ['interaction failed'],
    ),
  ),
  openingRow(
    'deferral',
    'unknownInteraction',
    'nothing can be sent; it is logged, no quiz is stored, and /quiz then works',
    async (user, _sent, _since, fault) => {
      await waitForLog(interactionFailedLog('/quiz', user, fault), 'interaction failed');
      await waitForLog(couldNotTellLog('/quiz'), 'could not tell');
      expect(storedQuiz(user)).toBeUndefined();
      await expectQuizAgainWorks(user);
    },
    ['interaction failed'],
  ),

  opensNormally('thread'),
  runsInPlace('thread', 'forbidden'),
  runsInPlace('thread', 'unknownChannel'),
  openingRow(
    'thread',
    'serverError',
    'the user is told privately that something went wrong, and /quiz then opens the same quiz in a thread',
    async (user, sent, since, fault) => {
      const told = await waitFor(succeeded(originalPath(sent)), since);
      expect(told.body).toMatchObject(apology);
      expect(isEphemeral(replyOf(sent))).toBe(true);
      expect(statusesOf({ method: 'POST', path: /\/threads$/ }, since)).toEqual(failedThen(fault));
      const stored = storedQuiz(user)!;
      expect(stored).toMatchObject({ status: 'active', step: 0, answers: [], threadId: null });
      await expectQuizAgainWorks(user);
      expect(storedQuiz(user)!.id).toBe(stored.id);
    },
    ['interaction failed'],
  ),

  opensNormally('question'),
  runsInPlace('question', 'forbidden', ', and the empty thread is removed'),
  runsInPlace('question', 'unknownChannel', ', and the empty thread is removed'),
  openingRow(
    'question',
    'serverError',
    'the user is told privately that something went wrong, no empty thread is left, and /quiz then works',
    async (user, sent, since, fault) => {
      const told = await waitFor(succeeded(originalPath(sent)), since);
      expect(told.body).toMatchObject(apology);
      expect(statusesOf(isThreadPost, since)).toEqual(failedThen(fault));
      expect(storedQuiz(user)).toMatchObject({ status: 'active', step: 0, answers: [] });
      // A thread titled with the user's name, holding nothing, would sit in the channel for a week.
      expectNoEmptyThread(user);
      await expectQuizAgainWorks(user);
    },
    ['interaction failed'],
    {},
  ),

  opensNormally('link'),
  ...(['forbidden', 'unknownMessage'] as const).map((key) =>
    openingRow(
      'link',
      key,
      'the link cannot be given, but the quiz stays in its thread and can be answered there',
      async (user) => {
        await waitForLog(handled('/quiz', user), 'the dispatcher done with /quiz');
        await waitForLog((l) => l.message === 'could not link to the quiz thread', 'the warning');
        const thread = threadOf(user);
        expect(thread, 'the quiz thread is still there').toBeDefined();
        expect(storedQuiz(user)).toMatchObject({ status: 'active', step: 0, threadId: thread!.id });
        await expectQuizGoesOn(user, h.fake.lastMessageIn(thread!.id)!);
      },
      [],
      {
        forGood: true,
      },
    ),
  ),
  openingRow(
    'link',
    'serverError',
    'the user is told privately that something went wrong, and the quiz waits in its thread',
    async (user, sent, since, fault) => {
      const told = await waitFor((r) => succeeded(originalPath(sent))(r) && r.body?.content === somethingWentWrong, since);
      expect(told.body).toMatchObject(apology);
      expect(statusesOf({ path: originalPath(sent) }, since)).toEqual(failedThen(fault, 200));
      const thread = threadOf(user)!;
      expect(storedQuiz(user)).toMatchObject({ status: 'active', step: 0, threadId: thread.id });
      await expectQuizGoesOn(user, h.fake.lastMessageIn(thread.id)!);
    },
    ['interaction failed'],
  ),
];

// ------------------------------------------------------------------ a quiz answer click
/**
 * After a failed click on question 1, what is stored and what the message shows agree: either the answer is
 * stored and the message shows question 2, or it is not and question 1 is still clickable. If the message is
 * behind, clicking the same button again must bring it level, with the answer still stored once. Then the
 * quiz goes on, the version moving by one per accepted answer.
 */
async function expectConsistentAfterClick(user: FakeUser, messageId: string, versionBefore: number): Promise<void> {
  const stored = storedQuiz(user)!;
  const shown = stepShown(h.fake.message(messageId));
  if (stored.answers.length === 0) {
    expect(stored.version).toBe(versionBefore);
    expect(shown).toBe(0);
    await answerOn(user, messageId, 0, 'models');
  } else {
    expect(stored.answers).toEqual(['models']);
    expect(stored.version).toBe(versionBefore + 1);
    if (shown === 0) {
      const again = await answered(() => press(user, messageId, buttonId(h.fake.message(messageId), optionLabel(0, 'models'))));
      const said = JSON.stringify(again.callback.body.data?.content);
      expect(stepShown(h.fake.message(messageId)), `the same click again leaves the message on question 1 (the bot said: ${said})`).toBe(1);
    } else {
      expect(shown).toBe(1);
    }
  }
  expect(storedQuiz(user)).toMatchObject({ answers: ['models'], version: versionBefore + 1 });
  await expectQuizGoesOn(user, h.fake.message(messageId)!);
  expect(storedQuiz(user)).toMatchObject({ answers: ['models', quizFile.questions[1]!.options[0]!.id], version: versionBefore + 2 });
}

type ClickSettle = (user: FakeUser, m: APIMessage, sent: Sent, since: number, fault: Fault) => Promise<void>;
function clickRow(where: Where, key: FaultKey, expected: string, settle: ClickSettle, errors: string[]): Row {
  return row(
    `a quiz answer click (${where})`,
    key,
    expected,
    async (fault) => {
      const user = freshUser('clicker');
      const m = await openQuiz(user, where);
      expect(stepShown(m)).toBe(0);
      const before = storedQuiz(user)!;
      const since = h.fake.requests.length;
      const sent = press(user, m.id, buttonId(m, optionLabel(0, 'models')));
      injectOnCallback(sent, fault);
      await settle(user, m, sent, since, fault);
      if (key === 'unknownMessage') {
        // The message is gone (deleted, or an ephemeral one dismissed): /quiz shows where the quiz stands.
        expect(storedQuiz(user)).toMatchObject({ answers: ['models'], version: before.version + 1 });
        const again = await openQuiz(user, where);
        expect(stepShown(again)).toBe(1);
        await expectQuizGoesOn(user, again);
      } else {
        await expectConsistentAfterClick(user, m.id, before.version);
      }
    },
    errors,
  );
}
const clickGoesThrough = (where: Where) =>
  clickRow(
    where,
    'rateLimited',
    'the message moves on to question 2 after the wait',
    async (_user, _m, sent, since) => {
      await waitFor(succeeded(callbackPath(sent)), since);
      expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual([429, 204]);
    },
    [],
  );
const clickApologises = (where: Where, key: FaultKey, expected: string) =>
  clickRow(
    where,
    key,
    expected,
    async (user, _m, sent, since, fault) => {
      const told = await waitFor(succeeded(callbackPath(sent)), since);
      expect(told.body).toMatchObject(ephemeralReply(apology));
      expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual(failedThen(fault, 204));
      await waitForLog(interactionFailedLog(/^button q:a:/, user, fault), 'interaction failed');
    },
    ['interaction failed'],
  );

const CLICK_ROWS: Row[] = [
  clickGoesThrough('thread'),
  ...(['unknownInteraction', 'serverError'] as const).map((key) =>
    clickRow(
      'thread',
      key,
      'the message is moved on through the channel',
      async (_user, m, sent, since, fault) => {
        const edit = await waitFor(succeeded(`/channels/${m.channel_id}/messages/${m.id}`), since);
        expect(edit.method).toBe('PATCH');
        expect(stepShown(edit.body)).toBe(1);
        expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual(failedThen(fault));
      },
      [],
    ),
  ),
  clickApologises('thread', 'forbidden', 'the user is told privately, and the next click on the message brings it level'),
  clickApologises('thread', 'unknownMessage', 'the message is gone: the user is told privately, and /quiz continues at question 2'),

  clickGoesThrough('in place'),
  clickRow(
    'in place',
    'unknownInteraction',
    'nothing can be sent, and the next click on the message brings it level',
    async (user, _m, _sent, _since, fault) => {
      await waitForLog(interactionFailedLog(/^button q:a:/, user, fault), 'interaction failed');
      await waitForLog(couldNotTellLog(/^button q:a:/), 'could not tell');
    },
    ['interaction failed'],
  ),
  clickApologises('in place', 'forbidden', 'the user is told privately, and the next click on the message brings it level'),
  clickApologises('in place', 'serverError', 'the user is told privately, and the next click on the message brings it level'),
  clickApologises('in place', 'unknownMessage', 'the message was dismissed: the user is told privately, and /quiz continues at question 2'),
];

// ------------------------------------------------------------------ Share in channel
type ShareStep = 'ack' | 'post' | 'mark' | 'confirm';
const shareNames: Record<ShareStep, string> = {
  ack: 'Share in channel: the acknowledgement (deferred update)',
  post: 'Share in channel: the post in the channel',
  mark: 'Share in channel: marking the result shared',
  confirm: 'Share in channel: the private confirmation (follow-up)',
};
const isSharePost = (r: RecordedRequest) =>
  r.method === 'POST' &&
  r.path === `/channels/${h.fake.channels.general}/messages` &&
  !r.body?.message_reference &&
  /took the career quiz/.test(r.body?.embeds?.[0]?.title ?? '');
function injectOnShare(step: ShareStep, sent: Sent, fault: Fault): void {
  if (step === 'ack') injectOnCallback(sent, fault);
  if (step === 'post') inject(isSharePost, fault);
  if (step === 'mark') inject({ method: 'PATCH', path: originalPath(sent) }, fault);
  if (step === 'confirm') inject({ method: 'POST', path: followUpPath(sent) }, fault);
}
/** The result message: its embeds as they were, and whether Share is still offered or shows "Shared ✓". */
function expectResultKept(result: APIMessage, shared: boolean): void {
  const now = h.fake.message(result.id)!;
  expect(now.embeds, 'the result is still on the message').toEqual(result.embeds);
  const share = buttonsOf(now).find((b) => b.custom_id?.startsWith('q:s:'));
  expect(share && [share.label, share.disabled ?? false]).toEqual(
    shared ? [discordText.buttons.shared, true] : [discordText.buttons.share, false],
  );
}
/** Share again with no fault: posted once, marked shared, confirmed privately. */
async function expectShareWorks(user: FakeUser, result: APIMessage): Promise<void> {
  const since = h.fake.requests.length;
  const sent = press(user, result.id, buttonId(h.fake.message(result.id), discordText.buttons.share));
  const told = await waitFor(succeeded(followUpPath(sent)), since);
  expect(told.body).toMatchObject({ content: discordText.shared(h.fake.channels.general), flags: MessageFlags.Ephemeral });
  expect(h.fake.requests.slice(since).filter((r) => isSharePost(r) && r.status === 200)).toHaveLength(1);
  expectResultKept(result, true);
}

type ShareCheck = (user: FakeUser, result: APIMessage, sent: Sent, since: number, fault: Fault) => Promise<void>;
function shareRow(step: ShareStep, key: FaultKey, expected: string, check: ShareCheck, errors: string[] = []): Row {
  return row(
    shareNames[step],
    key,
    expected,
    async (fault) => {
      const user = freshUser('sharer');
      const result = await finishedQuiz(user);
      const since = h.fake.requests.length;
      const sent = press(user, result.id, buttonId(result, discordText.buttons.share));
      injectOnShare(step, sent, fault);
      await check(user, result, sent, since, fault);
      // The quiz itself is untouched by whatever happened to the share.
      expect(storedQuiz(user)).toMatchObject({ status: 'completed', answers: answersToFinish });
    },
    errors,
  );
}
/** The user's result, as posted in #general from request `since` on. */
const sharePosts = (user: FakeUser, since: number) =>
  h.fake.requests
    .slice(since)
    .filter((r) => isSharePost(r) && r.status === 200 && r.body.embeds[0].title.startsWith(`${user.username} took`));
const sharedNormally = (step: ShareStep) =>
  shareRow(
    step,
    'rateLimited',
    'the result is shared once after the wait, and the user is told where',
    async (user, result, sent, since) => {
      const told = await waitFor(succeeded(followUpPath(sent)), since);
      expect(told.body).toMatchObject({ content: discordText.shared(h.fake.channels.general), flags: MessageFlags.Ephemeral });
      expect(sharePosts(user, since)).toHaveLength(1);
      expectResultKept(result, true);
    },
  );
/** After a failure, the user was told privately: an ephemeral reply or follow-up, never an edit of the public result. */
async function expectToldPrivately(sent: Sent, since: number): Promise<void> {
  const told = await waitFor(
    (r) => r.path.includes(sent.token) && r.status < 300 && (r.body?.data?.content ?? r.body?.content) === somethingWentWrong,
    since,
  );
  const how = `${told.method} ${told.path.replace(sent.token, 'TOKEN')}`;
  expect(how, 'how the apology was sent').toMatch(/^POST \/(interactions\/\d+\/TOKEN\/callback|webhooks\/\d+\/TOKEN)$/);
  expect(told.body?.data?.flags ?? told.body?.flags).toBe(MessageFlags.Ephemeral);
}

const SHARE_ROWS: Row[] = [
  sharedNormally('ack'),
  ...(['forbidden', 'serverError'] as const).map((key) =>
    shareRow(
      'ack',
      key,
      'the user is told privately, nothing is posted, and Share still works',
      async (user, result, sent, since, fault) => {
        await expectToldPrivately(sent, since);
        expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual(failedThen(fault, 204));
        expect(sharePosts(user, since)).toEqual([]);
        expectResultKept(result, false);
        await expectShareWorks(user, result);
      },
      ['interaction failed'],
    ),
  ),
  shareRow(
    'ack',
    'unknownInteraction',
    'nothing can be sent, nothing is posted, and Share still works',
    async (user, result, _sent, since, fault) => {
      await waitForLog(interactionFailedLog(/^button q:s:/, user, fault), 'interaction failed');
      await waitForLog(couldNotTellLog(/^button q:s:/), 'could not tell');
      expect(sharePosts(user, since)).toEqual([]);
      expectResultKept(result, false);
      await expectShareWorks(user, result);
    },
    ['interaction failed'],
  ),

  sharedNormally('post'),
  ...(['forbidden', 'unknownChannel'] as const).map((key) =>
    shareRow(
      'post',
      key,
      'the user is told privately the result stays here, and Share works again at once',
      async (user, result, sent, since) => {
        const told = await waitFor(succeeded(followUpPath(sent)), since);
        expect(told.body).toMatchObject({ content: discordText.cannotShare, flags: MessageFlags.Ephemeral });
        expect(sharePosts(user, since)).toEqual([]);
        expectResultKept(result, false);
        await expectShareWorks(user, result);
      },
    ),
  ),
  // Discord failing may still have posted it: Share waits out the claim's lease rather than risk posting twice.
  shareRow(
    'post',
    'serverError',
    'the user is told privately, the result stays, and Share works again once the claim lapses',
    async (user, result, sent, since, fault) => {
      await waitForLog(interactionFailedLog(/^button q:s:/, user, fault), 'interaction failed');
      await expectToldPrivately(sent, since);
      expect(sharePosts(user, since)).toEqual([]);
      expectResultKept(result, false);
      const soon = h.fake.requests.length;
      const again = press(user, result.id, buttonId(h.fake.message(result.id), discordText.buttons.share));
      expect((await waitFor(succeeded(followUpPath(again)), soon)).body).toMatchObject({
        content: discordText.sharing,
        flags: MessageFlags.Ephemeral,
      });
      expect(sharePosts(user, soon)).toEqual([]);
      clock.advanceMs(shareLeaseMs);
      await expectShareWorks(user, result);
    },
    ['interaction failed'],
  ),

  sharedNormally('mark'),
  shareRow(
    'mark',
    'serverError',
    'the result stays on the message after it was posted, and the user is told privately where',
    async (user, result, sent, since) => {
      await waitForLog((l) => l.message === 'could not disable Share after sharing', 'the warning');
      const told = await waitFor(succeeded(followUpPath(sent)), since);
      expect(told.body).toMatchObject({ content: discordText.shared(h.fake.channels.general), flags: MessageFlags.Ephemeral });
      expect(sharePosts(user, since)).toHaveLength(1);
      expect(h.fake.message(result.id)!.embeds).toEqual(result.embeds);
    },
  ),

  sharedNormally('confirm'),
  shareRow(
    'confirm',
    'serverError',
    'the user is told privately, and the result stays on the message, marked shared',
    async (user, result, sent, since, fault) => {
      await waitForLog(interactionFailedLog(/^button q:s:/, user, fault), 'interaction failed');
      await expectToldPrivately(sent, since);
      expect(sharePosts(user, since)).toHaveLength(1);
      expectResultKept(result, true);
    },
    ['interaction failed'],
  ),
];

// ------------------------------------------------------------------ /forget-me confirm
// What one declined /ask leaves: the question the sources could not answer, and the conversation it began.
const deletedOne = forgetMe.done({ quizzes: 0, answers: 0, declinedQuestions: 1, feedback: 0, conversations: 1 });
const deletedNothing = forgetMe.done({ quizzes: 0, answers: 0, declinedQuestions: 0, feedback: 0, conversations: 0 });
type ForgetSettle = (user: FakeUser, sent: Sent, since: number, fault: Fault) => Promise<void>;
function forgetRow(key: FaultKey, expected: string, settle: ForgetSettle, errors: string[] = []): Row {
  return row(
    '/forget-me: the Delete confirmation',
    key,
    expected,
    async (fault) => {
      const user = freshUser('leaver');
      // Something stored about them: a question the sources could not answer.
      await answered(() => slash(user, 'ask', [text('question', "what's for lunch?")]));
      expect(storedCount('declined_questions', user)).toBe(1);
      const confirm = replyOf(await answered(() => slash(user, 'forget-me')));
      const since = h.fake.requests.length;
      const sent = press(user, confirm.id, buttonId(confirm, discordText.buttons.forget));
      injectOnCallback(sent, fault);
      await settle(user, sent, since, fault);
      // The deletion is done whatever Discord said, and the user can see that it is.
      expect(storedCount('declined_questions', user)).toBe(0);
      if (key === 'unknownMessage') {
        const asked = await answered(() => slash(user, 'forget-me'));
        expect(asked.callback.body.data).toMatchObject({ content: forgetMe.nothing, flags: MessageFlags.Ephemeral });
      } else if (key !== 'rateLimited') {
        const again = await answered(() => press(user, confirm.id, buttonId(confirm, discordText.buttons.forget)));
        expect(again.callback.body).toMatchObject({ type: InteractionResponseType.UpdateMessage, data: { content: deletedNothing } });
      }
    },
    errors,
  );
}
const FORGET_ROWS: Row[] = [
  forgetRow('rateLimited', 'the confirmation says what was deleted after the wait', async (_user, sent, since) => {
    const done = await waitFor(succeeded(callbackPath(sent)), since);
    expect(done.body).toMatchObject({ type: InteractionResponseType.UpdateMessage, data: { content: deletedOne } });
    expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual([429, 204]);
  }),
  ...(['forbidden', 'unknownMessage', 'serverError'] as const).map((key) =>
    forgetRow(key, 'the user is told privately what was deleted (not that nothing is lost)', async (_user, sent, since, fault) => {
      await waitForLog((l) => l.message === 'could not update the forget-me message', 'the warning');
      const told = await waitFor(succeeded(callbackPath(sent)), since);
      expect(statusesOf({ path: callbackPath(sent) }, since)).toEqual(failedThen(fault, 204));
      expect(told.body.data.flags).toBe(MessageFlags.Ephemeral);
      expect(told.body.data.content).toBe(deletedOne);
    }),
  ),
  forgetRow(
    'unknownInteraction',
    'nothing can be sent; the data is deleted and says so when asked again',
    async (user, _sent, _since, fault) => {
      await waitForLog(interactionFailedLog('button f:y', user, fault), 'interaction failed');
      await waitForLog(couldNotTellLog('button f:y'), 'could not tell');
    },
    ['interaction failed'],
  ),
];

// ------------------------------------------------------------------ a free-text reply to a mention
function freeTextRow(
  key: FaultKey,
  expected: string,
  settle: (messageId: string, since: number, fault: Fault) => Promise<void>,
  errors: string[] = [],
): Row {
  return row(
    'the reply to a mention',
    key,
    expected,
    async (fault) => {
      const user = freshUser('chatter');
      const since = h.fake.requests.length;
      const { messageId } = h.fake.sendMessage({ author: user, channelId: h.fake.channels.general, content: covered, mentionsBot: true });
      inject((r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId, fault);
      await settle(messageId, since, fault);
      expect(statusesOf((r) => r.body?.message_reference?.message_id === messageId, since)).toEqual(
        key === 'rateLimited' ? [429, 200] : failedThen(fault),
      );
    },
    errors,
  );
}
const FREE_TEXT_ROWS: Row[] = [
  freeTextRow('rateLimited', 'the cited answer arrives after the wait', async (messageId, since) => {
    const reply = await waitFor((r) => r.body?.message_reference?.message_id === messageId && r.status === 200, since);
    expect(reply.body.embeds[0].description).toContain('[1]');
  }),
  freeTextRow('forbidden', 'nothing can be sent there; a warning names the channel', async () => {
    const warned = await waitForLog((l) => l.message === 'no permission to reply', 'no permission');
    expect(warned).toMatchObject({ level: 'warn', channel: h.fake.channels.general });
  }),
  ...(['unknownChannel', 'unknownMessage', 'serverError'] as const).map((key) =>
    freeTextRow(
      key,
      "nothing can be sent; the error names the channel and Discord's reason",
      async (_messageId, _since, fault) => {
        const logged = await waitForLog((l) => l.message === 'message failed', 'message failed');
        expect(logged).toMatchObject({ level: 'error', channel: h.fake.channels.general });
        expect(logged.error?.message).toContain(fault.response.body.message);
      },
      ['message failed'],
    ),
  ),
];

const ROWS: Row[] = [
  ...replyRows(askPath, ['forbidden', 'unknownInteraction', 'rateLimited', 'serverError']),
  ...replyRows(comparePath, ['forbidden', 'unknownInteraction', 'rateLimited', 'serverError']),
  ...replyRows(moreSourcesPath, ['forbidden', 'unknownInteraction', 'rateLimited', 'serverError']),
  ...replyRows(ratingPath, ['forbidden', 'unknownInteraction', 'rateLimited', 'serverError']),
  ...replyRows(autocompletePath, ['forbidden', 'unknownInteraction', 'rateLimited', 'serverError']),
  ...OPENING_ROWS,
  ...CLICK_ROWS,
  ...SHARE_ROWS,
  ...FORGET_ROWS,
  ...FREE_TEXT_ROWS,
];

// ------------------------------------------------------------------ the table
function rowChecks(r: Row): () => Promise<void> {
  return async () => {
    rowStart = { requests: h.fake.requests.length, logs: h.logs.length };
    const rejectedBefore = rejections.length;
    await r.run(FAULTS[r.faultKey]);
    await expectStillAnswering();
    expect(
      rowLogs()
        .filter((l) => l.level === 'error')
        .map((l) => l.message),
    ).toEqual(r.errors);
    // Discord refusing a request for a while is worth a warning, whatever path it hit.
    const warnedOf429 = rowLogs().some((l) => l.level === 'warn' && l.message === 'rate limited by Discord');
    expect(warnedOf429).toBe(r.faultKey === 'rateLimited');
    expect(rejections.slice(rejectedBefore)).toEqual([]);
    expect(messageProblems(h.fake.requests.slice(rowStart.requests))).toEqual([]);
  };
}

const named = (rows: Row[]) => rows.map((r) => [r.path, r.fault, r.expected, r] as const);

it.each(named(ROWS))('%s answered %s: %s', (_path, _fault, _expected, r) => rowChecks(r)());
