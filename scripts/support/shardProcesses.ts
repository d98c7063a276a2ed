/**
 * Shards split between processes, as between machines: the built `npm start` once per shard (SHARD_IDS=n of
 * SHARD_COUNT) against one fake Discord that gives each shard a server of its own, all on one database; and a
 * crowd loading them at once: people taking the whole quiz in every server, and asking with /ask in every server
 * and in their DMs with the bot. Shared by test/discord-shard-processes.test.ts and the bench's run through two
 * shard processes on PostgreSQL. Free of vitest.
 */
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { messageProblems, testToken } from './discordHarness.js';
import { InteractionResponseType, stringOption } from './discordKit.js';
import { FakeDiscord, type FakeDiscordOptions, type FakeGuild, type FakeUser } from './fakeDiscord.js';
import {
  type DiscordDriver,
  driveDiscordUser,
  everyExtra,
  type LoadResult,
  lateInteractions,
  loadUser,
  planSession,
  RequestWatch,
  userVisibleFaults,
} from './loadRun.js';
import { built, cleanEnv, type Launched, launch, logged, within } from './processes.js';
import { seededRandom } from './random.js';
import { type ExpectedQuizzes, readBackPostgres } from './readBack.js';

/** The fake Discord for `count` shard processes: a server per shard, and every shard may identify at once. */
export const shardedFake = (count: number): FakeDiscordOptions => ({ shards: count, guildPerShard: true, maxConcurrency: 16 });

/** Starts a script with an environment, e.g. processes.ts's launch with its list of children bound. */
export type Launch = (script: string, env: NodeJS.ProcessEnv) => Launched;

/**
 * `npm start` (the build) running shard `shard` of `count` against `fake`, on the database `databaseEnv` names
 * (`{ DATABASE_PATH }` or `{ DATABASE_URL }`), logging at info.
 */
export function startShard(launch: Launch, fake: FakeDiscord, databaseEnv: Record<string, string>, shard: number, count: number): Launched {
  return launch(
    built('start'),
    cleanEnv({
      DISCORD_TOKEN: testToken,
      DISCORD_API_URL: fake.apiUrl,
      ...databaseEnv,
      SHARD_IDS: String(shard),
      SHARD_COUNT: String(count),
      LOG_LEVEL: 'info',
    }),
  );
}

/**
 * Resolves once every shard of the fake is ready and `running` has logged that it is connected with shard
 * `shard` of `count` (the fake is ready before discord.js says so). Rejects after about 45 s.
 */
export async function shardConnected(fake: FakeDiscord, running: Launched, shard: number, count: number): Promise<void> {
  await within(fake.waitForReady(25_000), 30_000, `shard ${shard} ready`);
  await logged(running, new RegExp(`"message":"connected to Discord".*"shards":\\[${shard}\\],"of":${count}`), `shard ${shard} connected`);
}

/** Starts shard `shard` of `count` (startShard) and resolves with it once it says it is connected. */
export async function startConnectedShard(
  launch: Launch,
  fake: FakeDiscord,
  databaseEnv: Record<string, string>,
  shard: number,
  count: number,
): Promise<Launched> {
  const running = startShard(launch, fake, databaseEnv, shard, count);
  await shardConnected(fake, running, shard, count);
  return running;
}

/** Starts every shard of `count` at once, a process each, and resolves with them in shard order once all are connected. */
export async function startConnectedShards(
  launch: Launch,
  fake: FakeDiscord,
  databaseEnv: Record<string, string>,
  count: number,
): Promise<Launched[]> {
  const processes = Array.from({ length: count }, (_, shard) => startShard(launch, fake, databaseEnv, shard, count));
  await Promise.all(processes.map((running, shard) => shardConnected(fake, running, shard, count)));
  return processes;
}

/** Lines a process logged at error level. */
export const errorLines = (running: Launched): string[] => running.output.stderr.split('\n').filter((l) => l.includes('"level":"error"'));

/** How many people load the shard processes at once: per server, taking the quiz and asking; and asking in DMs. */
export interface ShardCrowd {
  quizzersPerServer: number;
  askersPerServer: number;
  dmAskers: number;
}

/** A crowd's run: who took the quiz where, and what everyone's interactions got. */
export interface CrowdRun {
  quizzers: { user: FakeUser; guild: FakeGuild; answers: string[] }[];
  /** The answers each quizzer meant to end with, by owner ("discord:ID"), for a read-back. */
  expected: ExpectedQuizzes;
  people: number;
  asks: number;
  /** Every /quiz, click and /ask sent, by interaction id. */
  interactionIds: string[];
  /** From the fake dispatching each interaction to the fake receiving its first callback, in ms. */
  latenciesMs: number[];
  /** What people saw go wrong: a reply missing, or not the one they should have had. Empty when all went well. */
  problems: string[];
}

/** The questions askers take turns with: one answered with figures, one with skills. */
const questions = ['how much do ML engineers make?', 'what skills do data engineers need?'];

/**
 * Everyone in `crowd` at once on every server of `fake`: each quizzer runs /quiz in their server's #general and
 * clicks through the whole quiz in its thread with every extra (a wrong answer taken back, a double click, /quiz
 * again); each asker sends one /ask, in their server's #general or in their DM with the bot, and must get an
 * answer titled with the question. Each waits up to `timeoutMs` for every reply.
 */
export async function driveCrowd(fake: FakeDiscord, crowd: ShardCrowd, options: { seed: number; timeoutMs: number }): Promise<CrowdRun> {
  const random = seededRandom(options.seed);
  const driver: DiscordDriver = { fake, watch: new RequestWatch(fake), timeoutMs: options.timeoutMs, latenciesMs: [], interactionIds: [] };
  const quizzers = fake.guilds.flatMap((guild, s) =>
    Array.from({ length: crowd.quizzersPerServer }, (_, n) => ({
      guild,
      user: loadUser(s * crowd.quizzersPerServer + n, `server${s + 1}-`),
      ...planSession(random, everyExtra),
    })),
  );
  const askers = [
    ...fake.guilds.flatMap((guild, s) =>
      Array.from({ length: crowd.askersPerServer }, (_, n) => ({
        user: loadUser(100_000 + s * crowd.askersPerServer + n, 'asker'),
        channelId: guild.general,
      })),
    ),
    ...Array.from({ length: crowd.dmAskers }, (_, n) => {
      const user = loadUser(200_000 + n, 'dm');
      return { user, channelId: fake.dmChannelOf(user) };
    }),
  ];
  const asking = askers.map(async ({ user, channelId }, n): Promise<string[]> => {
    const question = questions[n % questions.length]!;
    const started = performance.now();
    const sent = fake.slashCommand({ user, name: 'ask', channelId, options: [stringOption('question', question)] });
    driver.interactionIds.push(sent.interactionId);
    try {
      const { request, at } = await driver.watch.wait(
        'POST',
        `/interactions/${sent.interactionId}/${sent.token}/callback`,
        options.timeoutMs,
      );
      driver.latenciesMs.push(at - started);
      return request.body.type === InteractionResponseType.ChannelMessageWithSource &&
        String(request.body.data?.embeds?.[0]?.title).includes(question)
        ? []
        : [`${user.username}: /ask got ${JSON.stringify(request.body).slice(0, 200)}`];
    } catch (error) {
      return [`${user.username}: ${(error as Error).message}`];
    }
  });
  const problems = (
    await Promise.all([...quizzers.map((q) => driveDiscordUser(driver, q.user, q.guild.general, q.actions)), ...asking])
  ).flat();
  return {
    quizzers: quizzers.map(({ user, guild, answers }) => ({ user, guild, answers })),
    expected: quizzers.map((q) => ({ owner: `discord:${q.user.id}`, answers: q.answers })),
    people: quizzers.length + askers.length,
    asks: askers.length,
    interactionIds: driver.interactionIds,
    latenciesMs: driver.latenciesMs,
    problems,
  };
}

/** What a crowd's run through shard processes found: a load run's figures, with the asks among them. */
export interface ShardLoadResult extends LoadResult {
  people: number;
  asks: number;
  processes: number;
}

/**
 * `crowd` through `count` shard processes (the built `npm start`, one shard each) on the empty PostgreSQL
 * database at `databaseUrl`, against a fake Discord of their own; the processes are stopped with SIGTERM, then
 * every quiz is read back from PostgreSQL. Problems: what people saw go wrong, acknowledgements later than 3 s,
 * failures shown to people, messages breaking Discord's rules, error lines in a process's log, a process not
 * exiting cleanly, and quizzes not read back exactly once with their person's answers.
 */
export async function runShardProcessLoad(options: {
  crowd: ShardCrowd;
  seed: number;
  databaseUrl: string;
  count?: number;
  timeoutMs?: number;
}): Promise<ShardLoadResult> {
  const count = options.count ?? 2;
  const fake = await FakeDiscord.start(shardedFake(count));
  const children: ChildProcess[] = [];
  try {
    const processes = await startConnectedShards(
      (script, env) => launch(script, env, children),
      fake,
      { DATABASE_URL: options.databaseUrl },
      count,
    );
    const run = await driveCrowd(fake, options.crowd, { seed: options.seed, timeoutMs: options.timeoutMs ?? 30_000 });
    for (const running of processes) running.child.kill('SIGTERM');
    const exits = await within(Promise.all(processes.map((p) => p.exited)), 15_000, 'shard processes stopping');
    const read = await readBackPostgres(options.databaseUrl, run.expected);
    return {
      sessions: run.quizzers.length,
      people: run.people,
      asks: run.asks,
      processes: count,
      interactions: run.interactionIds.length,
      latenciesMs: run.latenciesMs,
      expected: run.expected,
      completed: read.completed,
      problems: [
        ...run.problems,
        ...lateInteractions(fake.requests, run.interactionIds),
        ...userVisibleFaults(fake.requests),
        ...messageProblems(fake.requests),
        ...processes.flatMap((p, shard) => errorLines(p).map((line) => `shard ${shard}: ${line.slice(0, 300)}`)),
        ...exits.flatMap((code, shard) => (code === 0 ? [] : [`shard ${shard}: exited with ${code}`])),
        ...read.problems,
      ],
    };
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await fake.close();
  }
}
