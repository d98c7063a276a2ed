/**
 * The console as real processes (one process, so a kill reaches the chat itself) with stdin piped line by
 * line and DATABASE_PATH in a temp folder. The first test runs it as `npm run chat` does (the sources through
 * tsx); the rest run the build of the same script (dist/, made once before the tests), which starts in half
 * the time.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { built, nodeArgs, untilOutput } from '../scripts/support/processes.js';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = 'scripts/chat.ts';

const dirs: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-chat-'));
  dirs.push(dir);
  return join(dir, 'careerbot.sqlite');
}

function env(databasePath: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_PATH: databasePath, KNOWLEDGE_DIR: 'knowledge', QUIZ_EXPIRY_HOURS: '24' };
}

/** Runs the chat with all of `input` piped in and stdin closed; waits for it to exit. */
function runChat(args: string[], input: string, databasePath: string, script = built('chat')) {
  return spawnSync(process.execPath, nodeArgs(script, args), {
    cwd: root,
    env: env(databasePath),
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

/** Starts the chat with stdin left open, so lines can be fed one at a time. */
function startChat(args: string[], databasePath: string) {
  const child = spawn(process.execPath, nodeArgs(built('chat'), args), { cwd: root, env: env(databasePath) });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    /** Resolves once stdout contains `text`; fails if the process exits first or it takes too long. */
    waitFor(text: string, timeoutMs = 20_000): Promise<void> {
      return untilOutput(
        child,
        () => stdout,
        (out) => out.includes(text),
        JSON.stringify(text),
        () => `stdout:\n${stdout}\nstderr:\n${stderr}`,
        timeoutMs,
      );
    },
  };
}

/** The result part of a transcript: from "Your fit:" to the end. */
function resultOf(stdout: string): string {
  const start = stdout.indexOf('Your fit: ');
  expect(start).toBeGreaterThanOrEqual(0);
  return stdout.slice(start).trimEnd();
}

const welcome = (name: string) =>
  `careerbot: Data Engineer or ML Engineer? Hi ${name}. Ask me anything about the two roles, or type /help.`;
const resumedNotice = 'You already have a quiz going here, so we carry on where you left off. (Type restart to begin again.)';

describe('npm run chat with piped stdin', () => {
  it('runs a whole quiz from /quiz to the result when the lines come from a pipe', () => {
    const run = runChat(['--user', 'alice'], '/quiz\n2\n2\n2\n2\n2\n', tempDatabase(), sources);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out.startsWith(`${welcome('alice')}\n\nyou> /quiz\nQuestion 1 of 5 · model accuracy vs pipeline reliability\n`)).toBe(true);
    // Each piped line is echoed, and each answer brings the next question.
    for (let n = 2; n <= 5; n += 1) expect(out).toContain(`you> 2\nQuestion ${n} of 5 · `);
    expect(out).toContain('you> 2\nYour fit: Data Engineer (5 of 5 answers leaned that way; 0 toward ML Engineer, 0 either way)\n');
    expect(out).toContain('\n[1] DataDriven — Data Engineer vs ML Engineer › Which Role Fits You: A Diagnostic\n');
    expect(out).toContain('(3-4 months)');
    expect(out.endsWith('Type /quiz to take it again, or /compare to look at one aspect side by side.\n\n')).toBe(true);
  });

  it('resumes a quiz killed with SIGKILL after two answers and ends with the same result as an uninterrupted run', async () => {
    const database = tempDatabase();

    // 1. Two answers, then the process is killed outright while stdin is still open.
    const killed = startChat(['--user', 'alice'], database);
    killed.child.stdin.write('/quiz\n1\n2\n');
    await killed.waitFor('Question 3 of 5');
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(killed.stdout()).not.toContain('Your fit:');

    // 2. Another user of the same database has no quiz in progress.
    const bob = runChat(['--user', 'bob'], '/quiz\n', database);
    expect(bob.status).toBe(0);
    expect(bob.stdout.startsWith(`${welcome('bob')}\n\nyou> /quiz\nQuestion 1 of 5 · `)).toBe(true);

    // 3. A new process for alice says where the quiz stands, carries on at question 3 and finishes it.
    const resumed = runChat(['--user', 'alice'], '/quiz\n3\n1\n2\n', database);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toBe('');
    expect(
      resumed.stdout.startsWith(`${welcome('alice')}\nYou have a quiz in progress at question 3 of 5: type /quiz to carry on.\n\n`),
    ).toBe(true);
    expect(resumed.stdout).toContain(`you> /quiz\n${resumedNotice}\nQuestion 3 of 5 · models vs the substrate they run on\n`);
    expect(resumed.stdout).not.toContain('Question 1 of 5');

    // 4. The same five answers without interruption, in a separate database.
    const reference = runChat(['--user', 'alice'], '/quiz\n1\n2\n3\n1\n2\n', tempDatabase());
    expect(reference.status).toBe(0);
    const expected = resultOf(reference.stdout);
    expect(expected.split('\n')[0]).toBe(
      'Your fit: ML data engineer / ML platform engineer (the hybrid), for people who like both equally (answers: 2 toward ML Engineer, 2 toward Data Engineer, 1 either way)',
    );
    expect(resultOf(resumed.stdout)).toBe(expected);
  });

  it.each([[['--bogus']], [['--user']]])('exits with status 2 and the usage on stderr for %j', (args) => {
    const run = runChat(args, '', tempDatabase());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^chat: .+\nusage: npm run chat \[-- --user NAME\]\n/);
  });

  it('stops reading piped lines after /quit', () => {
    const run = runChat(['--user', 'alice'], '/quit\n/help\nhow much do ML engineers make?\n', tempDatabase());
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${welcome('alice')}\n\nyou> /quit\nBye.\n\n`);
  });

  it('refuses to start on a file that is not its database, says why, and leaves the file alone', () => {
    const file = tempDatabase();
    writeFileSync(file, 'my shopping list\n');
    const run = runChat(['--user', 'alice'], '/quiz\n', file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `storage: cannot open ${file} (file is not a database). It is not a careerbot database, or it is damaged; it was left untouched.`,
    );
    expect(readFileSync(file, 'utf8')).toBe('my shopping list\n');
  });

  it('lists a bad setting by name and exits 78 before opening anything', () => {
    const file = tempDatabase();
    const run = spawnSync(process.execPath, nodeArgs(built('chat')), {
      cwd: root,
      env: { ...env(file), QUIZ_EXPIRY_HOURS: 'a day' },
      input: '',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('config: 1 problem:\n  - QUIZ_EXPIRY_HOURS must be a number of hours, such as 24');
  });
});
