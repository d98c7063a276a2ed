/**
 * Load: 1,000 quiz sessions through the core and 200 through the fake Discord, all in progress at once,
 * 10,000 interactions in all. Every answer is read back from SQLite afterwards: none lost, none duplicated.
 * Handler times are printed (p50/p99), never asserted: this machine is shared. The same runs are the
 * benchmark's (scripts/support/loadRun.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type LoadResult, percentile, runCoreLoad, runDiscordLoad } from '../scripts/support/loadRun.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const coreSessions = 1000;
const discordSessions = 200;

function report(what: string, run: LoadResult): void {
  const ms = (p: number) => `${percentile(run.latenciesMs, p).toFixed(3)} ms`;
  console.log(
    `load: ${what}: ${run.interactions} interactions over ${run.sessions} sessions, handler time p50 ${ms(50)}, p99 ${ms(99)}, max ${ms(100)}`,
  );
}

// 1,000 sessions × 8 interactions through the core and 200 × 10 through Discord, each count asserted: 10,000 in all.
describe('under load', () => {
  it('the core keeps every answer of 1,000 interleaved quizzes exactly once, through stale repeats, Back and /quiz again', async () => {
    const run = await runCoreLoad({ sessions: coreSessions, databasePath: join(dir, 'core.sqlite'), seed: 20261123 });
    report('core (SQLite WAL)', run);
    expect(run.problems).toEqual([]);
    expect(run.completed).toBe(coreSessions);
    expect(run.expected).toHaveLength(coreSessions);
    // /quiz, five answers and two extras each; every one timed.
    expect(run.interactions).toBe(coreSessions * 8);
    expect(run.latenciesMs).toHaveLength(run.interactions);
  });

  it('the Discord bot keeps every answer of 200 people clicking through quizzes at once, each click acknowledged within 3 s', async () => {
    const run = await runDiscordLoad({ sessions: discordSessions, seed: 20261124 });
    report('Discord (fake Discord, one process)', run);
    // Problems include wrong or missing replies, mentions or limits broken, late acknowledgements, error logs.
    expect(run.problems).toEqual([]);
    expect(run.completed).toBe(discordSessions);
    // /quiz, five answers, a wrong answer taken back with Back, a stale repeat and /quiz again each.
    expect(run.interactions).toBe(discordSessions * 10);
    expect(run.latenciesMs).toHaveLength(run.interactions);
  }, 60_000);
});
