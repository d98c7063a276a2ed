/**
 * Load runs, shared by test/load.test.ts and the benchmark: many quiz sessions in progress at once, through
 * the core on a real SQLite file and through the fake Discord (on SQLite or PostgreSQL), then every answer
 * read back from the database. Handler times are measured here and never judged: callers report them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type APIMessage, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { openBot } from '../../src/bot/openBot.js';
import { somethingWentWrong } from '../../src/bot/messages.js';
import { discordText } from '../../src/discord/text.js';
import { decodeButton } from '../../src/discord/customIds.js';
import { noticeText } from '../../src/discord/render/quiz.js';
import type { QuizView } from '../../src/quiz/service.js';
import { DiscordHarness, lateAcknowledgements, messageProblems, messageRequests } from './discordHarness.js';
import type { FakeDiscord, FakeUser, RecordedRequest } from './fakeDiscord.js';
import { groupBy, readBack, readBackPostgres } from './readBack.js';
import { seededRandom } from './random.js';

export { readBack, readBackPostgres };

export { percentile } from '../../src/eval/metrics.js';

/** What a load run did and what it found. */
export interface LoadResult {
  /** Interactions sent: every /quiz and every click, each one handler call. */
  interactions: number;
  /** Handler time of each interaction, in milliseconds. */
  latenciesMs: number[];
  sessions: number;
  /** The answers each session meant to end with, question by question. */
  expected: { owner: string; answers: string[] }[];
  /** Sessions read back completed, once, with exactly their intended answers. */
  completed: number;
  /** Lost or duplicated answers, unexpected replies, failed checks; empty when all went well. */
  problems: string[];
}

// ------------------------------------------------------------------ the quiz and the sessions' plans
interface QuizQuestion {
  id: string;
  options: { id: string; label: string }[];
}
/** The questions as the knowledge defines them (the bot loads the same file). */
export const quizQuestions: QuizQuestion[] = (JSON.parse(readFileSync('knowledge/quiz.json', 'utf8')) as { questions: QuizQuestion[] })
  .questions;
const lastStep = quizQuestions.length - 1;

/** One thing a person does: /quiz (first or again), an answer, Back, or a repeat of the answer just given. */
export type Action =
  | { kind: 'quiz'; resume: boolean; step: number }
  | { kind: 'answer'; step: number; option: string }
  /** Pressed on question `step`: goes back to `step - 1`, showing `previous` as the earlier answer. */
  | { kind: 'back'; step: number; previous: string }
  /** A double click (or an old button): the answer to `step` sent again; it must change nothing. */
  | { kind: 'stale'; step: number; option: string };

/** Extras woven into a session: a wrong answer taken back at `decoyAt`, stale repeats and /quiz again after steps. */
interface Extras {
  decoyAt?: number;
  staleAfter?: number[];
  resumeAfter?: number[];
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const upTo = (random: () => number, max: number): number => Math.floor(random() * (max + 1));

/** A session's intended answers and the actions that get there. */
export function planSession(random: () => number, extras: (random: () => number) => Extras): { answers: string[]; actions: Action[] } {
  const answers = quizQuestions.map((q) => pick(random, q.options).id);
  const { decoyAt, staleAfter = [], resumeAfter = [] } = extras(random);
  const actions: Action[] = [{ kind: 'quiz', resume: false, step: 0 }];
  answers.forEach((option, step) => {
    if (decoyAt === step) {
      const previous = pick(
        random,
        quizQuestions[step]!.options.filter((o) => o.id !== option),
      ).id;
      actions.push({ kind: 'answer', step, option: previous }, { kind: 'back', step: step + 1, previous });
    }
    actions.push({ kind: 'answer', step, option });
    for (const at of staleAfter) if (at === step) actions.push({ kind: 'stale', step, option });
    for (const at of resumeAfter) if (at === step) actions.push({ kind: 'quiz', resume: true, step: step + 1 });
  });
  return { answers, actions };
}

/** Every extra once: a wrong answer taken back, a stale repeat, /quiz again. Five answers plus these make 10. */
export const everyExtra = (random: () => number): Extras => ({
  decoyAt: upTo(random, lastStep - 1),
  staleAfter: [upTo(random, lastStep)],
  resumeAfter: [upTo(random, lastStep - 1)],
});
/** Two extra interactions, now this kind and now that: /quiz and five answers plus these make 8. */
const twoExtras = (random: () => number): Extras =>
  pick(random, [
    () => ({ decoyAt: upTo(random, lastStep - 1) }),
    () => ({ staleAfter: [upTo(random, lastStep)], resumeAfter: [upTo(random, lastStep - 1)] }),
    () => ({ staleAfter: [upTo(random, lastStep), upTo(random, lastStep)] }),
  ])();

// ------------------------------------------------------------------ through the core
/** What a session sees back from the core for each action, as a problem (undefined when right). */
function coreProblem(action: Action, view: QuizView): string | undefined {
  const seen =
    view.kind === 'question'
      ? `question ${view.step + 1} [${view.notices.join(',')}]`
      : view.kind === 'result'
        ? 'the result'
        : view.kind === 'behind'
          ? 'behind'
          : `notice ${view.notice}`;
  const ok = (() => {
    switch (action.kind) {
      case 'quiz':
        return (
          view.kind === 'question' &&
          view.step === action.step &&
          (action.resume ? view.notices.includes('resumed') : view.notices.length === 0)
        );
      case 'answer':
        return action.step === lastStep ? view.kind === 'result' : view.kind === 'question' && view.step === action.step + 1;
      case 'back':
        return view.kind === 'question' && view.step === action.step - 1 && view.previous === action.previous;
      case 'stale':
        return view.kind === 'notice' && view.notice === (action.step === lastStep ? 'already-finished' : 'stale');
    }
  })();
  return ok ? undefined : `${JSON.stringify(action)} got ${seen}`;
}

/**
 * `sessions` quizzes through the core (CareerBot on a real SQLite file, WAL), interleaved: each turn
 * picks a random session with work left and sends its next interaction, so all are in progress at once.
 * Each session makes 8 interactions: /quiz, five answers, and two extras (a wrong answer taken back with
 * Back, a stale repeat of the answer just given, or /quiz again mid-quiz). Without `databasePath`, a
 * temporary file is used and removed afterwards.
 */
export async function runCoreLoad(options: { sessions: number; databasePath?: string; seed: number }): Promise<LoadResult> {
  if (options.databasePath === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'careerbot-load-'));
    try {
      return await runCoreLoad({ ...options, databasePath: join(dir, 'load.sqlite') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const { databasePath } = options;
  const random = seededRandom(options.seed);
  const opened = await openBot({ knowledgeDir: 'knowledge', databasePath, quizExpiryHours: 24 });
  const runs = Array.from({ length: options.sessions }, (_, n) => {
    const plan = planSession(random, twoExtras);
    const context = { actor: { id: `console:load-${n}`, name: `load ${n}` }, place: { key: 'console', label: 'console' } };
    return { ...plan, context, next: 0, quizId: 0, version: 0, answeredVersion: 0 };
  });
  const latenciesMs: number[] = [];
  const problems: string[] = [];
  const pending = runs.map((_, n) => n);
  try {
    while (pending.length > 0) {
      const slot = Math.floor(random() * pending.length);
      const run = runs[pending[slot]!]!;
      const action = run.actions[run.next]!;
      run.next += 1;
      const started = performance.now();
      try {
        let view: QuizView;
        if (action.kind === 'quiz') view = await opened.bot.startQuiz(run.context);
        else if (action.kind === 'back')
          view = await opened.bot.quizMove(run.context, { id: run.quizId, version: run.version }, { type: 'back', step: action.step });
        else {
          // A stale repeat carries the version of the button it repeats, as a double click does.
          const version = action.kind === 'stale' ? run.answeredVersion : run.version;
          view = await opened.bot.quizMove(
            run.context,
            { id: run.quizId, version },
            { type: 'answer', step: action.step, option: action.option },
          );
          if (action.kind === 'answer') run.answeredVersion = version;
        }
        latenciesMs.push(performance.now() - started);
        const problem = coreProblem(action, view);
        if (problem) problems.push(`${run.context.actor.id}: ${problem}`);
        if (view.kind !== 'notice') [run.quizId, run.version] = [view.quiz.id, view.quiz.version];
      } catch (error) {
        latenciesMs.push(performance.now() - started);
        problems.push(`${run.context.actor.id}: ${JSON.stringify(action)} threw ${(error as Error).message}`);
        run.next = run.actions.length;
      }
      if (run.next === run.actions.length) {
        pending[slot] = pending.at(-1)!;
        pending.pop();
      }
    }
    const expected = runs.map((r) => ({ owner: r.context.actor.id, answers: r.answers }));
    const read = readBack(databasePath, expected);
    return {
      interactions: latenciesMs.length,
      latenciesMs,
      sessions: runs.length,
      expected,
      completed: read.completed,
      problems: [...problems, ...read.problems],
    };
  } finally {
    await opened.close();
  }
}

// ------------------------------------------------------------------ through the fake Discord
/**
 * Resolves waits on requests the fake records (`METHOD path`), at the moment it records them. Observes the
 * fake's request log instead of polling it: with hundreds of people waiting at once, scanning the log for
 * each of them on every request would cost more than the bot's own work.
 */
export class RequestWatch {
  private readonly seen = new Map<string, { request: RecordedRequest; at: number }>();
  private readonly waiting = new Map<string, (hit: { request: RecordedRequest; at: number }) => void>();

  constructor(fake: FakeDiscord) {
    const log = fake.requests;
    const push = log.push.bind(log);
    log.push = (...requests: RecordedRequest[]) => {
      const at = performance.now();
      for (const request of requests) {
        const key = `${request.method} ${request.path}`;
        if (this.seen.has(key)) continue;
        this.seen.set(key, { request, at });
        this.waiting.get(key)?.({ request, at });
        this.waiting.delete(key);
      }
      return push(...requests);
    };
  }

  /** The first request with this method and path (already recorded, or the next), and when it arrived. */
  wait(method: string, path: string, timeoutMs: number): Promise<{ request: RecordedRequest; at: number }> {
    const key = `${method} ${path}`;
    const hit = this.seen.get(key);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(key);
        reject(new Error(`no ${key} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(key, (found) => {
        clearTimeout(timer);
        resolve(found);
      });
    });
  }
}

type MessageBody = Pick<APIMessage, 'content' | 'embeds' | 'components' | 'flags'>;
/** The custom ids of a message's buttons. */
const customIds = (m: Partial<MessageBody> | undefined): string[] =>
  ((m?.components ?? []) as unknown as { components?: { custom_id?: string }[] }[])
    .flatMap((row) => row.components ?? [])
    .flatMap((b) => (b.custom_id ? [b.custom_id] : []));
/** Everything a person reads on a message. */
export function messageText(m: Partial<MessageBody> | undefined): string {
  return [
    m?.content ?? '',
    ...(m?.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
  ].join('\n');
}
/** Messages that show a person a failure: the apology, or the database's own words (SQLITE_BUSY, "locked"). */
export function userVisibleFaults(requests: RecordedRequest[]): string[] {
  return messageRequests(requests).flatMap((r) => {
    const text = messageText(r.path.endsWith('/callback') ? r.body?.data : r.body);
    return text.includes(somethingWentWrong) || /SQLITE|\bbusy\b|\blocked\b/i.test(text)
      ? [`${r.method} ${r.path}: "${text.slice(0, 160)}"`]
      : [];
  });
}
const titleOf = (m: Partial<MessageBody> | undefined): string => m?.embeds?.[0]?.title ?? '';
const ephemeral = (m: { flags?: number } | undefined): boolean => ((m?.flags ?? 0) & MessageFlags.Ephemeral) === MessageFlags.Ephemeral;
const questionTitle = (step: number) => `Question ${step + 1} of ${quizQuestions.length} ·`;
const labelOf = (step: number, option: string) => quizQuestions[step]?.options.find((o) => o.id === option)?.label ?? option;

/** Where a person drives the bot from, and how their interactions are recorded. */
export interface DiscordDriver {
  fake: FakeDiscord;
  watch: RequestWatch;
  /** How long to wait for each reply. */
  timeoutMs: number;
  latenciesMs: number[];
  interactionIds: string[];
}

/**
 * One person working through a plan, as a person would: each interaction waits for the bot's answer (and
 * /quiz for its question) before the next. Returns what went wrong; stops at the first reply that is missing.
 */
export async function driveDiscordUser(d: DiscordDriver, user: FakeUser, channelId: string, actions: Action[]): Promise<string[]> {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || problems.push(`${user.username}: ${what}`));
  let messageId = '';
  let lastAnswer = '';
  const interact = async (send: () => { interactionId: string; token: string }) => {
    const started = performance.now();
    const sent = send();
    d.interactionIds.push(sent.interactionId);
    const first = await d.watch.wait('POST', `/interactions/${sent.interactionId}/${sent.token}/callback`, d.timeoutMs);
    d.latenciesMs.push(first.at - started);
    const body = first.request.body as { type: number; data?: MessageBody };
    return { ...sent, type: body.type, data: body.data };
  };
  const click = (customId: string) => interact(() => d.fake.clickButton({ user, messageId, customId }));
  const button = (step: number, want: (a: NonNullable<ReturnType<typeof decodeButton>>) => boolean) =>
    customIds(d.fake.message(messageId)).find((id) => {
      const a = decodeButton(id);
      return a !== undefined && 'step' in a && a.step === step && want(a);
    });
  try {
    for (const action of actions) {
      const what = JSON.stringify(action);
      if (action.kind === 'quiz') {
        const reply = await interact(() => d.fake.slashCommand({ user, name: 'quiz', channelId }));
        check(
          reply.type === InteractionResponseType.DeferredChannelMessageWithSource && ephemeral(reply.data),
          `${what}: acknowledged with ${reply.type}, expected a private deferred reply`,
        );
        const filled = await d.watch.wait('PATCH', `/webhooks/${d.fake.applicationId}/${reply.token}/messages/@original`, d.timeoutMs);
        const threadId = /<#(\d+)>/.exec(String(filled.request.body?.content))?.[1] ?? '';
        const told = action.resume ? discordText.quizContinues(threadId) : discordText.quizOpened(threadId);
        check(filled.request.body?.content === told, `${what}: told "${filled.request.body?.content}"`);
        messageId = d.fake.lastMessageIn(threadId)?.id ?? '';
        check(
          titleOf(d.fake.message(messageId)).startsWith(questionTitle(action.step)),
          `${what}: thread shows "${titleOf(d.fake.message(messageId))}"`,
        );
      } else if (action.kind === 'answer' || action.kind === 'back') {
        const customId =
          action.kind === 'answer'
            ? button(action.step, (a) => a.kind === 'quiz-answer' && a.option === action.option)
            : button(action.step, (a) => a.kind === 'quiz-back');
        if (!customId) throw new Error(`${what}: no such button on "${titleOf(d.fake.message(messageId))}"`);
        if (action.kind === 'answer') lastAnswer = customId;
        const reply = await click(customId);
        const shows =
          action.kind === 'back' ? questionTitle(action.step - 1) : action.step === lastStep ? 'Your fit:' : questionTitle(action.step + 1);
        check(
          reply.type === InteractionResponseType.UpdateMessage && titleOf(reply.data).startsWith(shows),
          `${what}: got ${reply.type} "${titleOf(reply.data)}", expected "${shows}"`,
        );
        if (action.kind === 'back')
          check(
            messageText(reply.data).includes(discordText.previousAnswer(labelOf(action.step - 1, action.previous))),
            `${what}: earlier answer not shown`,
          );
      } else {
        const reply = await click(lastAnswer);
        const told = noticeText(action.step === lastStep ? 'already-finished' : 'stale');
        check(
          reply.type === InteractionResponseType.ChannelMessageWithSource && ephemeral(reply.data) && reply.data?.content === told,
          `${what}: got ${reply.type} "${reply.data?.content}"`,
        );
      }
    }
  } catch (error) {
    problems.push(`${user.username}: ${(error as Error).message}`);
  }
  return problems;
}

/** lateAcknowledgements for many interactions at once: each checked against its own callbacks only. */
export function lateInteractions(requests: RecordedRequest[], interactionIds: string[]): string[] {
  // lateAcknowledgements scans every request it is given per interaction: with hundreds, group them first.
  const callbacks = groupBy(
    requests.filter((r) => r.path.startsWith('/interactions/')),
    (r) => r.path.split('/')[2],
  );
  return interactionIds.flatMap((id) => lateAcknowledgements(callbacks.get(id) ?? [], [id]));
}

/** A user id for person `n` of a run (snowflake-sized, distinct from the fake's own users). */
export const loadUser = (n: number, prefix = 'load'): FakeUser => ({
  id: String(500_000_000_000_000_000n + BigInt(n)),
  username: `${prefix}${n}`,
});

/**
 * `sessions` people at once on the fake Discord (DiscordHarness: the real discord.js client and the bot's
 * start-up), each running /quiz in #general and clicking through the whole quiz in its thread, with every
 * extra: a wrong answer taken back, a stale repeat, /quiz again. 10 interactions each. Handler time is from
 * the fake dispatching an interaction to the fake receiving its first callback. On a temporary SQLite file, or
 * on the PostgreSQL database at `databaseUrl`.
 */
export async function runDiscordLoad(options: {
  sessions: number;
  seed: number;
  timeoutMs?: number;
  /** An empty PostgreSQL database to run on instead of a temporary SQLite file. */
  databaseUrl?: string;
}): Promise<LoadResult> {
  const random = seededRandom(options.seed);
  const harness = await DiscordHarness.start(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {});
  try {
    // discord.js paces its own REST calls to Discord's 50 a second; callbacks are exempt, but opening 200
    // threads would be paced for several seconds. The fake has no such limit, and this run measures the bot.
    const rest = harness.running!.client.rest;
    rest.options.globalRequestsPerSecond = 1_000_000;
    rest.globalRemaining = 1_000_000;
    const { fake } = harness;
    const driver: DiscordDriver = {
      fake,
      watch: new RequestWatch(fake),
      timeoutMs: options.timeoutMs ?? 15_000,
      latenciesMs: [],
      interactionIds: [],
    };
    const people = Array.from({ length: options.sessions }, (_, n) => ({ user: loadUser(n), ...planSession(random, everyExtra) }));
    const problems = (await Promise.all(people.map((p) => driveDiscordUser(driver, p.user, fake.channels.general, p.actions)))).flat();
    const expected = people.map((p) => ({ owner: `discord:${p.user.id}`, answers: p.answers }));
    const read = options.databaseUrl ? await readBackPostgres(options.databaseUrl, expected) : readBack(harness.databasePath, expected);
    problems.push(
      ...read.problems,
      ...userVisibleFaults(fake.requests),
      ...messageProblems(fake.requests),
      ...lateInteractions(fake.requests, driver.interactionIds),
      ...harness.errors(),
    );
    return {
      interactions: driver.interactionIds.length,
      latenciesMs: driver.latenciesMs,
      sessions: people.length,
      expected,
      completed: read.completed,
      problems,
    };
  } finally {
    await harness.stop();
  }
}
