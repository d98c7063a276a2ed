/**
 * vitest globalSetup: builds dist/ once (`npm run build`, what npm start runs) before any test file, so the
 * process tests run the build with plain node instead of paying tsx's start-up on every spawn.
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const build = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}
