/**
 * What the built bot reads, copied where any user can read it, so a test can run the bot as another user
 * (nobody) wherever the clone is: a clone in a folder others cannot enter (`mktemp -d`, /root) is out of
 * nobody's reach, and the test must not depend on that.
 */
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from '../../scripts/support/processes.js';

/**
 * The packages the bot runs on: the project's `dependencies` (and optional ones), then theirs, as Node would
 * resolve them from each package's folder up to the project's node_modules. Paths relative to the project
 * (`node_modules/discord.js`, `node_modules/a/node_modules/b`); the dev tools are not among them.
 */
export function runtimePackages(project = root): string[] {
  const found = new Set<string>();
  const resolvePackage = (from: string, name: string): string | undefined => {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dir === project || dir === dirname(dir)) return undefined;
    }
  };
  const visit = (dir: string) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      // An optional dependency for another platform is not installed: Node would not find it either.
      const resolved = resolvePackage(dir, name);
      if (resolved === undefined || found.has(resolved)) continue;
      found.add(resolved);
      visit(resolved);
    }
  };
  visit(project);
  return [...found].map((dir) => relative(project, dir)).sort();
}

/**
 * Places `from` at `to`, readable by all: folders are made anew (rwxr-xr-x); a file others may already read is
 * hard-linked (quick, and the clone's own file is left as it is), any other file copied and opened to all.
 * Symbolic links are followed, so nothing leads back into the clone.
 */
export function place(from: string, to: string): void {
  const stat = statSync(from);
  if (stat.isDirectory()) {
    mkdirSync(to, { recursive: true });
    chmodSync(to, 0o755);
    for (const name of readdirSync(from)) place(join(from, name), join(to, name));
    return;
  }
  const executable = (stat.mode & 0o111) !== 0;
  if ((stat.mode & 0o004) !== 0 && (!executable || (stat.mode & 0o001) !== 0)) {
    try {
      linkSync(realpathSync(from), to);
      return;
    } catch {
      // Another file system, or links refused: a copy does as well.
    }
  }
  copyFileSync(from, to);
  chmodSync(to, executable ? 0o755 : 0o644);
}

/**
 * Puts into `dir` (made if missing) what `node dist/scripts/*.js` reads from the project: package.json (ESM),
 * dist/, knowledge/ and the runtime packages, each readable by all, `dir` itself included. Returns `dir`, the
 * folder to run from. Nothing in the project is changed.
 */
export function readableCopy(dir: string, project = root): string {
  for (const path of ['package.json', 'dist', 'knowledge', ...runtimePackages(project)]) {
    // A package inside another one's node_modules was placed with it.
    if (existsSync(join(dir, path))) continue;
    // The folders on the way (dir, node_modules, a scope) readable by all as well.
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    for (let folder = dirname(join(dir, path)); folder.startsWith(dir); folder = dirname(folder)) chmodSync(folder, 0o755);
    place(join(project, path), join(dir, path));
  }
  return dir;
}
