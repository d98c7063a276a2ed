/**
 * The bot as people run it, in its own process: `npm start` against the fake Discord on 127.0.0.1 and
 * `npm run chat`. Cold start, memory after start and after many questions, and the time an interaction
 * takes from the gateway to the bot's reply reaching Discord.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile } from '../../src/eval/metrics.js';
import { testToken } from '../support/discordHarness.js';
import { FakeDiscord } from '../support/fakeDiscord.js';
import { botNodeFlags, cleanEnv, nodeArgs } from '../support/processes.js';

/** Resident set size of a process, from /proc (Linux). */
export function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line.replace(/\D+/g, '')) * 1024;
}

function waitForLine(child: ChildProcess, stream: 'stdout' | 'stderr', test: (line: string) => boolean, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onExit = (code: number | null) => reject(new Error(`${what}: the process exited (${code}) first`));
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      const found = lines.find(test);
      if (found !== undefined) {
        child[stream]!.off('data', onData);
        child.off('exit', onExit);
        resolve(found);
      }
    };
    child[stream]!.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Memory of the bot process: RSS as the OS sees it, then RSS and V8 heap in use right after a full collection. */
export interface MemoryPoint {
  rss: number;
  rssCollected: number;
  heapCollected: number;
}

export interface DiscordProcessFigures {
  afterStart: MemoryPoint;
  /** After each further thousand questions. */
  perThousand: MemoryPoint[];
  questions: number;
  /** /ask from the gateway dispatch to the bot's reply arriving at Discord, in ms. */
  askRoundTrip: { p50: number; p99: number; count: number };
}

async function startBotProcess(script: string, fake: FakeDiscord, databasePath: string, nodeFlags: string[] = []) {
  const child = spawn(process.execPath, [...botNodeFlags, ...nodeFlags, ...nodeArgs(script)], {
    env: cleanEnv({ DISCORD_TOKEN: testToken, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath, LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ready = await waitForLine(child, 'stderr', (l) => l.includes('knowledge and storage ready'), 'npm start');
  return { child, startupMs: (JSON.parse(ready) as { startupMs: number }).startupMs, rss: rssOf(child.pid!) };
}

/** A made-up word for question n: seven letters or more, so typo correction looks at it too. */
function unusedWord(n: number): string {
  let word = '';
  for (let x = n + 26 ** 6; x > 0; x = Math.floor(x / 26)) word += String.fromCharCode(97 + (x % 26));
  return word;
}

/**
 * For `starts` starts of `script`: milliseconds from process start to ready to answer, as the bot logs it,
 * and its RSS at that moment (before logging in).
 */
export async function measureStarts(script: string, starts: number): Promise<{ startupMs: number[]; rss: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-bench-start-'));
  const fake = await FakeDiscord.start();
  try {
    const startupMs: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < starts; i += 1) {
      const started = await startBotProcess(script, fake, join(dir, 'bot.sqlite'));
      startupMs.push(started.startupMs);
      rss.push(started.rss);
      await stopped(started.child);
      fake.disconnectClients();
    }
    return { startupMs, rss };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts `script` (the built start, as npm start runs it), logs it in, and measures its memory before and
 * after `count` /ask interactions through the fake Discord, `inFlight` at a time.
 */
export async function measureDiscordProcess(
  script: string,
  questions: string[],
  options = { count: 10_000, inFlight: 4 },
): Promise<DiscordProcessFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-bench-start-'));
  const fake = await FakeDiscord.start();
  try {
    const { child } = await startBotProcess(script, fake, join(dir, 'bot.sqlite'), [
      '--expose-gc',
      '--import',
      './scripts/bench/gcOnSignal.mjs',
    ]);
    await fake.waitForReady(20_000);
    const memory = async (): Promise<MemoryPoint> => {
      const rss = rssOf(child.pid!);
      const reported = waitForLine(child, 'stderr', (l) => l.startsWith('bench-memory '), 'memory after a collection');
      child.kill('SIGUSR2');
      const after = JSON.parse((await reported).slice('bench-memory '.length)) as { rss: number; heapUsed: number };
      return { rss, rssCollected: after.rss, heapCollected: after.heapUsed };
    };
    const afterStart = await memory();
    const roundTrips: number[] = [];
    const checkpoints: Promise<MemoryPoint>[] = [];
    let next = 0;
    const worker = async () => {
      while (next < options.count) {
        // Every other question carries a word nobody used before, so the bot's caches meet new text as they would from people.
        const question =
          next % 2 === 0
            ? questions[(next / 2) % questions.length]!
            : `${questions[((next - 1) / 2) % questions.length]!} ${unusedWord(next)}`;
        next += 1;
        const start = performance.now();
        const { interactionId, token } = fake.slashCommand({
          user: fake.users.alice,
          name: 'ask',
          options: [{ name: 'question', type: 3, value: question }],
        });
        await fake.waitForRequest({ method: 'POST', path: `/interactions/${interactionId}/${token}/callback` }, 10_000);
        roundTrips.push(performance.now() - start);
        if (roundTrips.length % 1000 === 0) checkpoints.push(memory());
      }
    };
    await Promise.all(Array.from({ length: options.inFlight }, worker));
    const perThousand = await Promise.all(checkpoints);
    await stopped(child);
    return {
      afterStart,
      perThousand,
      questions: roundTrips.length,
      askRoundTrip: { p50: percentile(roundTrips, 50), p99: percentile(roundTrips, 99), count: roundTrips.length },
    };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds a fresh node process takes to import `module` (as the bot's ESM code does), per run. */
export async function measureImport(module: string, runs: number): Promise<number[]> {
  const millis: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const s = performance.now(); await import(${JSON.stringify(module)}); console.log(performance.now() - s);`,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    millis.push(Number(await waitForLine(child, 'stdout', (l) => l.trim() !== '', `importing ${module}`)));
    await exited;
  }
  return millis;
}

/** Milliseconds from spawning `npm run chat` (its script, without npm) to its welcome, per start. */
export async function measureConsoleStarts(starts: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-bench-chat-'));
  const millis: number[] = [];
  try {
    for (let i = 0; i < starts; i += 1) {
      const start = performance.now();
      const child = spawn(process.execPath, nodeArgs('scripts/chat.ts', ['--user', 'bench']), {
        env: cleanEnv({ DATABASE_PATH: join(dir, 'chat.sqlite') }),
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      await waitForLine(child, 'stdout', (l) => l.trim() !== '', 'npm run chat');
      millis.push(performance.now() - start);
      child.stdin!.end('/quit\n');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    return millis;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
