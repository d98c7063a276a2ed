/** Placing files where any user can read them: the bot run as `nobody` in tests, PostgreSQL run as `postgres`. */
import { chmodSync, copyFileSync, linkSync, mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
