import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotContext } from '../src/bot/careerBot.js';
import { openTestBot } from './support/testBot.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-report-'));
const file = join(dir, 'bot.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alice: BotContext = { actor: { id: 'console:alice', name: 'alice' }, place: { key: 'console', label: 'console' } };
const bob: BotContext = {
  actor: { id: 'discord:80351110224678912', name: 'bob' },
  place: { key: 'discord:81384788765712384/81384788765712385', label: 'channel 81384788765712385 in server 81384788765712384' },
};

beforeAll(async () => {
  const { bot, close } = openTestBot({ databasePath: file });
  await bot.ask(alice, 'How do I bake sourdough?');
  await bot.ask(bob, 'how do i bake  sourdough');
  await bot.ask(alice, 'what is the best pizza in Naples?');
  await bot.ask(alice, 'how much do ML engineers make?'); // answered: not a gap
  await bot.rate(alice.actor, { kind: 'answer', subject: 'how much do ML engineers make?' }, 1);
  await bot.rate(bob.actor, { kind: 'compare', subject: 'salary' }, 1);
  await bot.rate(bob.actor, { kind: 'compare', subject: 'salary' }, -1); // a second vote replaces the first
  let view = await bot.startQuiz(alice);
  for (let step = 0; view.kind === 'question'; step += 1) {
    view = await bot.quizMove(alice, { id: view.quiz.id }, { type: 'answer', step, option: view.question.options[0]!.id });
  }
  await bot.startQuiz(bob);
  close();
});

function report(...args: string[]) {
  return spawnSync('node_modules/.bin/tsx', ['scripts/report.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, DATABASE_PATH: file },
  });
}

describe('npm run report', () => {
  it('prints the most-declined questions, feedback counts and how quizzes went', async () => {
    const { status, stdout } = report();
    expect(status).toBe(0);
    expect(stdout).toContain('Most-declined questions (what the sources do not cover):');
    expect(stdout).toMatch(/ {3}2× {2}how do i bake sourdough {3}\(last \d{4}-\d\d-\d\d\)\n +1× {2}what is the best pizza in Naples\?/);
    expect(stdout).not.toContain('ML engineers make');
    expect(stdout).toContain('  answer   👍 1  👎 0\n  compare  👍 0  👎 1');
    expect(stdout).toContain('Most 👎:\n  compare  salary   👍 0  👎 1');
    expect(stdout).toContain('  active 1 · completed 1\n  results: mle 1');
  });

  it('prints the same as JSON, limited to the top N', async () => {
    const { status, stdout } = report('--json', '--limit', '1');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.declined).toEqual([{ question: 'how do i bake sourdough', count: 2, lastAsked: expect.any(Number) }]);
    expect(json.outcomes).toEqual([{ outcome: 'mle', count: 1 }]);
  });

  it('explains its usage and exits 2 on arguments it does not know', async () => {
    const { status, stderr, stdout } = report('--limit', 'lots');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('usage: npm run report');
  });
});

describe('what the report stores of a question', () => {
  it('keeps no control or invisible characters, so a question cannot drive the terminal of whoever reads the report', async () => {
    const { bot, storage, close } = openTestBot();
    await bot.ask(alice, 'how do I bake \u001b[31mred\u001b[0m sourdough\u202e?\u0000');
    await bot.ask(alice, `what is the best pizza ${'very '.repeat(300)}?`);
    const [long, hostile] = (await storage.activity.report(10)).declined.map((d) => d.question).sort((a, b) => b.length - a.length);
    expect(hostile).toBe('how do I bake [31mred [0m sourdough ?');
    expect(long).toHaveLength(500);
    close();
  });
});
