/**
 * Starting the bot's scripts as real processes, in tests and in the bench: built ones with plain node,
 * sources through tsx. Free of vitest, so the bench can use it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A script of the build (test/support/buildOnce.ts made it), e.g. built('chat') → dist/scripts/chat.js. */
export const built = (name: 'chat' | 'start' | 'start-sharded' | 'deploy-commands') => `dist/scripts/${name}.js`;

/** Node's arguments to run `script`: a built one as it is, a source one through tsx (as npm run chat does). */
export const nodeArgs = (script: string, args: string[] = []) => [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script, ...args];

/**
 * The V8 flags `npm start` and `npm run start:sharded` give node (package.json; test/process-flags.test.ts keeps
 * them equal), so a process the bench measures runs as deployed. A young generation of 64 MB per semi-space: a
 * turn allocates ~130 KB, and with the default size about one turn in eighty waited for a scavenge (~1.7 ms on
 * the 2-core machine), which set the turn's p99; memory grows by at most ~100 MB under load.
 */
export const botNodeFlags = ['--max-semi-space-size=64'];

/** The environment with no Discord or careerbot settings of the machine leaking in. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(DISCORD_|DATABASE_PATH|DATABASE_URL|ANSWER_CHANNEL_IDS|LOG_LEVEL|LOG_FORMAT|QUIZ_EXPIRY_HOURS|CONVERSATION_MINUTES|KNOWLEDGE_DIR|SHARD)/.test(
          k,
        ),
    ),
  );
  return { ...env, ...extra };
}

export interface Launched {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

/** Starts `script` from the project root (npm start's scripts with its V8 flags), collecting its output; `children` keeps it for cleanup. */
export function launch(script: string, env: NodeJS.ProcessEnv, children: ChildProcess[]): Launched {
  const deployed = script === built('start') || script === built('start-sharded');
  const child = spawn(process.execPath, [...(deployed ? botNodeFlags : []), ...nodeArgs(script)], { cwd: root, env });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk) => (output.stdout += chunk));
  child.stderr!.on('data', (chunk) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once `running` has logged a line matching `pattern` (stderr, where the bot logs); rejects after `ms`. */
export function logged(running: Launched, pattern: RegExp, what: string, ms = 15_000): Promise<void> {
  return within(
    new Promise<void>((resolve) => {
      const check = () => (pattern.test(running.output.stderr) ? resolve() : void setTimeout(check, 50).unref());
      check();
    }),
    ms,
    what,
  );
}

/**
 * Resolves once `done(output())` holds, checking as `child`'s stdout arrives; rejects with `describe()` in
 * the message if the process closes first or `timeoutMs` passes.
 */
export function untilOutput(
  child: ChildProcess,
  output: () => string,
  done: (text: string) => boolean,
  what: string,
  describe: () => string,
  timeoutMs = 20_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}; ${describe()}`)), timeoutMs);
    const check = () => done(output()) && finish();
    const early = () => finish(new Error(`exited before ${what}; ${describe()}`));
    function finish(error?: Error) {
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.off('close', early);
      if (error) reject(error);
      else resolve();
    }
    child.stdout!.on('data', check);
    child.on('close', early);
    check();
  });
}
