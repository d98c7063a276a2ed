/**
 * What the built bot reads, copied where any user can read it, so a test can run the bot as another user
 * (nobody) wherever the clone is: a clone in a folder others cannot enter (`mktemp -d`, /root) is out of
 * nobody's reach, and the test must not depend on that.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { place } from '../../scripts/support/placeReadable.js';
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
