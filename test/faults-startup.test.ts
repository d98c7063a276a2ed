/**
 * Start-up faults through the processes people run, from the build (dist/, made once before the tests): the
 * console (scripts/chat.ts) and `npm start` (scripts/start.ts, with a token and DISCORD_API_URL at a
 * 127.0.0.1 listener that only counts connections). A database that can't be used is refused with a message that names the file and says
 * what to do, and the file is never written; a malformed knowledge file is reported as `file:line` before
 * storage is touched, and nothing is answered.
 *
 * In-process refusals (openDatabase, loadCorpus, readJsonData) are in storage.test.ts and
 * knowledge-loader.test.ts, and chat refusing a text file in console-process.test.ts; here every row goes
 * through a real process.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../src/console/consoleSession.js';
import { schemaVersion } from '../src/storage/migrations.js';
import { RESTJSONErrorCodes } from '../scripts/support/discordKit.js';
import { built, cleanEnv, nodeArgs, root } from '../scripts/support/processes.js';
import { readableCopy } from './support/readableCopy.js';
import { openTestBot } from './support/testBot.js';

const scratch = mkdtempSync(join(tmpdir(), 'careerbot-faults-startup-'));
// Rows run as nobody must be able to reach their files.
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);

const runningAsRoot = process.getuid?.() === 0;
const nobody = 65534;
/**
 * Where the bot runs as nobody: a copy of what it reads (test/support/readableCopy.ts), since the clone itself
 * may be in a folder nobody cannot enter. Made only when the tests run as root, the only case that needs nobody.
 */
let nobodyRoot = '';
beforeAll(() => {
  if (runningAsRoot) nobodyRoot = readableCopy(join(scratch, 'project'));
}, 60_000);

/** The two ways people start the bot, fed a question and /quiz on stdin so a started bot would answer. */
const entryPoints = [
  { name: 'the console', script: built('chat'), args: ['--user', 'alice'] },
  { name: 'npm start', script: built('start'), args: [] },
] as const;
type EntryPoint = (typeof entryPoints)[number];

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Connections the process opened to DISCORD_API_URL. */
  connections: number;
}

/**
 * Runs an entry point to its exit. DISCORD_API_URL points at a listener of our own on 127.0.0.1 that
 * counts connections (and would refuse the token), so a bot that got as far as logging in is seen, and
 * no other address is ever contacted.
 */
async function run(entry: EntryPoint, env: { DATABASE_PATH: string; KNOWLEDGE_DIR?: string }, uid?: number): Promise<Exit> {
  // Another user runs the copy made for them; the tests' own user runs the clone.
  const cwd = uid === undefined ? root : nobodyRoot;
  let connections = 0;
  const listener = createServer((_, res) =>
    res
      .writeHead(401, { 'content-type': 'application/json' })
      .end(JSON.stringify({ message: '401: Unauthorized', code: RESTJSONErrorCodes.GeneralError })),
  );
  listener.on('connection', () => (connections += 1));
  await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done));
  const { port } = listener.address() as AddressInfo;
  try {
    const child = spawn(process.execPath, nodeArgs(entry.script, [...entry.args]), {
      cwd,
      env: cleanEnv({ ...env, DISCORD_TOKEN: 'fake-token.abcdefghijklmnopqrstuvwxyz', DISCORD_API_URL: `http://127.0.0.1:${port}/api` }),
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => {}); // a process that refused to start may close stdin before we write
    child.stdin.end('how much do ML engineers make?\n/quiz\n');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
    clearTimeout(timer);
    return { code, signal, stdout, stderr, connections };
  } finally {
    await new Promise((done) => listener.close(done));
  }
}

let made = 0;
/** A fresh folder for one row; the fault goes at `careerbot.sqlite` inside it. */
function rowFolder(): string {
  made += 1;
  const dir = join(scratch, `row-${made}`);
  mkdirSync(dir, { mode: 0o755 });
  chmodSync(dir, 0o755);
  return dir;
}

/** A seeded byte generator (mulberry32), so a failing row can be reproduced. */
function randomBytes(seed: number, length: number): Buffer {
  let a = seed >>> 0;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

/** A real careerbot database with a finished quiz, one in progress, a declined question and a vote. */
let realDatabase: Buffer;
let pageSize = 0;
beforeAll(async () => {
  const file = join(scratch, 'real.sqlite');
  const opened = openTestBot({ databasePath: file });
  const session = new ConsoleSession(opened.bot, 'alice', () => {});
  for (const line of ['/quiz', '1', '2', '3', '1', '2', '/quiz', '2', 'how do I bake sourdough?', '/compare salary', '/up'])
    await session.handle(line);
  opened.close();
  // Closing the last connection checkpointed the write-ahead log into the file.
  expect(existsSync(`${file}-wal`)).toBe(false);
  realDatabase = readFileSync(file);
  // The page size is at offset 16 of the header.
  pageSize = realDatabase.readUInt16BE(16);
  expect(realDatabase.length / pageSize).toBeGreaterThanOrEqual(8);
});

interface DatabaseRow {
  fault: string;
  /** Puts the fault at `file`. */
  make: (file: string) => void;
  /** Why it is refused, as stderr says it. */
  reason: RegExp;
  /** Run the bot as a user who may not read the file. */
  unreadable?: true;
}

const notADatabase =
  /\. It is not a careerbot database, or it is damaged; it was left untouched\. Move it aside or set DATABASE_PATH to another file\./;
const cannotOpen =
  /\(unable to open database file\)\. Check that the file and its folder are readable and writable, or set DATABASE_PATH to another file\./;

const databaseRows: DatabaseRow[] = [
  {
    fault: 'an unreadable database file',
    make: (file) => {
      writeFileSync(file, realDatabase);
      chmodSync(file, 0o000);
    },
    reason: cannotOpen,
    unreadable: true,
  },
  { fault: 'a file of random bytes', make: (file) => writeFileSync(file, randomBytes(0xca7, 16_384)), reason: notADatabase },
  {
    fault: 'a real database cut off halfway',
    make: (file) => writeFileSync(file, realDatabase.subarray(0, realDatabase.length / 2)),
    reason: notADatabase,
  },
  {
    // SQLite notices a damaged page only when it reads one: the bot checks every page before it starts.
    fault: 'a real database with a damaged page in the middle',
    make: (file) => {
      const damaged = Buffer.from(realDatabase);
      const middle = Math.floor(damaged.length / pageSize / 2);
      randomBytes(0xbad, pageSize).copy(damaged, middle * pageSize);
      writeFileSync(file, damaged);
    },
    reason: notADatabase,
  },
  {
    fault: 'a database from a newer careerbot (user_version 99)',
    make: (file) => {
      writeFileSync(file, realDatabase);
      const db = new Database(file);
      db.pragma('user_version = 99');
      db.close();
    },
    reason: new RegExp(
      `has schema version 99, newer than this careerbot understands \\(${schemaVersion}\\)\\. It was left untouched: run a newer careerbot, or set DATABASE_PATH to another file\\.`,
    ),
  },
  { fault: 'a directory where the database file should be', make: (file) => mkdirSync(file), reason: cannotOpen },
];

/** What is on disk at a path: bytes (or a folder's listing), mode and mtime to the nanosecond. */
function snapshot(path: string) {
  const stat = statSync(path, { bigint: true });
  return {
    content: stat.isDirectory() ? readdirSync(path).join('\n') : readFileSync(path).toString('base64'),
    mode: stat.mode,
    mtimeNs: stat.mtimeNs,
  };
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

/** Every folder from / to `path` can be entered by others, and `path` read: so the nobody run can load the bot. */
function othersCanRead(path: string): boolean {
  for (let p = resolve(path); ; p = dirname(p)) {
    const stat = statSync(p);
    if ((stat.mode & (stat.isDirectory() ? 0o005 : 0o004)) === 0) return false;
    if (p === dirname(p)) return true;
  }
}

async function expectDatabaseRefused(entry: EntryPoint, row: DatabaseRow): Promise<void> {
  const dir = rowFolder();
  const file = join(dir, 'careerbot.sqlite');
  row.make(file);
  const before = snapshot(file);
  let uid: number | undefined;
  if (row.unreadable && runningAsRoot) {
    // chmod 000 does not stop root, so the bot runs as nobody, from a copy of what it reads that nobody can reach.
    for (const path of [
      process.execPath,
      join(nobodyRoot, 'knowledge/quiz.json'),
      join(nobodyRoot, built('chat')),
      join(nobodyRoot, built('start')),
      join(nobodyRoot, 'dist/src/storage/database.js'),
      join(nobodyRoot, 'node_modules/better-sqlite3/package.json'),
    ]) {
      expect(othersCanRead(path), `${path} must be readable by nobody for this row`).toBe(true);
    }
    uid = nobody;
  }

  const exit = await run(entry, { DATABASE_PATH: file }, uid);

  const said = `stderr:\n${exit.stderr}\nstdout:\n${exit.stdout}`;
  expect(exit.code, said).toBe(1);
  expect(exit.stderr, said).toContain(`storage: `);
  expect(exit.stderr, said).toContain(file);
  expect(exit.stderr, said).toMatch(row.reason);
  expect(exit.stderr, said).not.toMatch(stackTrace);
  // Nothing was answered, and Discord was never contacted.
  expect(exit.stdout, said).toBe('');
  expect(exit.connections, said).toBe(0);
  // The file is exactly as it was, and nothing was created next to it (no -wal, -shm or -journal).
  expect(snapshot(file)).toEqual(before);
  expect(readdirSync(dir)).toEqual(['careerbot.sqlite']);
}

describe.concurrent('a database file that cannot be used', () => {
  describe.each(entryPoints)('$name', (entry) => {
    const title = 'refuses $fault before answering anything, naming the file and what to do, and leaves it untouched';
    it.each(databaseRows)(title, (row) => expectDatabaseRefused(entry, row));
  });
});

interface KnowledgeRow {
  fault: string;
  /** Breaks the copy of knowledge/ in `dir`; returns the broken file and the line the message must name. */
  breakIt: (dir: string) => { file: string; line: number };
  reason: string | RegExp;
}

/** Replaces the first line matching `find` in `dir/name` with `replace(line)` (which may be several lines); returns its 1-based number. */
function editLine(dir: string, name: string, find: RegExp, replace: (line: string) => string): { file: string; line: number } {
  const file = join(dir, name);
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => find.test(line));
  expect(index, `${name} has a line matching ${find}`).toBeGreaterThanOrEqual(0);
  lines[index] = replace(lines[index]!);
  writeFileSync(file, lines.join('\n'));
  return { file, line: index + 1 };
}

const knowledgeRows: KnowledgeRow[] = [
  {
    fault: 'an article whose table row has a cell missing',
    breakIt: (dir) =>
      editLine(
        dir,
        'practical-comparison.md',
        /^\| Main Goal \|/,
        () => '| Main Goal | Ensure clean, reliable, scalable data availability |',
      ),
    reason: 'table row has 2 cells but the header has 3',
  },
  {
    fault: 'an article whose front matter is not valid YAML',
    breakIt: (dir) =>
      editLine(dir, 'practical-comparison.md', /^title: /, () => 'title: "Data Engineer vs ML Engineer: A Practical Comparison'),
    reason: /^front matter is not valid YAML: /,
  },
  {
    fault: 'an article with a heading that has no text',
    breakIt: (dir) => editLine(dir, 'practical-comparison.md', /^## Simple Analogy$/, (line) => `## \n\nAn orphan paragraph.\n\n${line}`),
    reason: 'heading has no text',
  },
  {
    fault: 'an article with a heading that has nothing under it',
    breakIt: (dir) => editLine(dir, 'practical-comparison.md', /^## Simple Analogy$/, (line) => `## Nothing here yet\n\n${line}`),
    reason: 'section "Nothing here yet" is empty',
  },
  {
    // JSON.parse stops at the token after the missing comma, on the next line.
    fault: 'quiz.json with a comma missing',
    breakIt: (dir) => {
      const broken = editLine(dir, 'quiz.json', /^\s+"id": "statistics",$/, (line) => line.slice(0, -1));
      return { file: broken.file, line: broken.line + 1 };
    },
    reason: /^not valid JSON: /,
  },
  {
    // V8 gives no position for some syntax errors (a trailing comma): the line still has to be right.
    fault: 'vocabulary.json with a stray comma',
    breakIt: (dir) => {
      // The last item of a list (no comma after it) given one: the first such line in the file.
      const broken = editLine(dir, 'vocabulary.json', /^\s+"[^"]+"$/, (line) => `${line},`);
      return { file: broken.file, line: broken.line + 1 };
    },
    reason: /^not valid JSON: /,
  },
];

async function expectKnowledgeRefused(entry: EntryPoint, row: KnowledgeRow): Promise<void> {
  const dir = rowFolder();
  const knowledge = join(dir, 'knowledge');
  cpSync(join(root, 'knowledge'), knowledge, { recursive: true });
  const broken = row.breakIt(knowledge);
  const dataFolder = join(dir, 'data');

  const exit = await run(entry, { DATABASE_PATH: join(dataFolder, 'careerbot.sqlite'), KNOWLEDGE_DIR: knowledge });

  const said = `stderr:\n${exit.stderr}\nstdout:\n${exit.stdout}`;
  expect(exit.code, said).toBe(1);
  // "knowledge: <file>:<line>: <what>", the file named relative to where the bot runs, or as configured.
  const atLine = exit.stderr
    .split('\n')
    .map((line) => /^knowledge: (.+?):(\d+): (.+)$/.exec(line))
    .find((m) => m !== null && resolve(root, m[1]!) === broken.file && Number(m[2]) === broken.line);
  expect(atLine, `${said}\nexpected a line naming ${broken.file}:${broken.line}`).toBeDefined();
  expect(atLine![3]).toMatch(row.reason);
  expect(exit.stderr, said).not.toMatch(stackTrace);
  // Nothing answered (not even the welcome), Discord never contacted, and storage never touched.
  expect(exit.stdout, said).toBe('');
  expect(exit.connections, said).toBe(0);
  expect(existsSync(dataFolder)).toBe(false);
}

describe.concurrent('a malformed knowledge file', () => {
  describe.each(entryPoints)('$name', (entry) => {
    const title = 'stops at $fault with file:line, before creating the database or answering anything';
    it.each(knowledgeRows)(title, (row) => expectKnowledgeRefused(entry, row));
  });
});
