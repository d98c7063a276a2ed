/**
 * The console, `npm run report` and `npm start` as real processes on PostgreSQL (DATABASE_URL on the run's test server), and what
 * the console says when the server cannot be reached: a clear StorageError, exit 1, never the password.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testToken } from '../scripts/support/discordHarness.js';
import { InteractionResponseType, stringOption } from '../scripts/support/discordKit.js';
import { built, cleanEnv, nodeArgs, root, within } from '../scripts/support/processes.js';
import { freePort } from './support/postgresServer.js';
import { asSuperuser, createDatabase } from './support/postgres.js';
import { migrations } from '../src/postgres/migrations.js';
import { processTests } from './support/processTests.js';

const { launch, startFake, tempDatabase } = processTests('careerbot-pg-process-');

/** The console with `input` piped in; `script` is the source (as npm run chat runs it) or the build. */
function chat(env: Record<string, string>, input: string, script = built('chat')) {
  return spawnSync(process.execPath, nodeArgs(script, ['--user', 'alice']), {
    cwd: root,
    env: cleanEnv({ KNOWLEDGE_DIR: 'knowledge', ...env }),
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the console on PostgreSQL', () => {
  it('keeps a quiz in the database between runs, and writes no SQLite file', async () => {
    const { name, url } = await createDatabase();
    const databasePath = tempDatabase();
    const first = chat({ DATABASE_URL: url, DATABASE_PATH: databasePath }, '/quiz\n1\n');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('you> 1\nQuestion 2 of 5 · ');

    const second = chat({ DATABASE_URL: url, DATABASE_PATH: databasePath }, '/quiz\n');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('You already have a quiz going here, so we carry on where you left off.');
    expect(second.stdout).toContain('Question 2 of 5 · ');
    expect(existsSync(databasePath)).toBe(false);
    const stored = await asSuperuser<{ owner: string; step: number }>('SELECT owner, step FROM quiz_sessions', [], name);
    expect(stored.rows).toEqual([{ owner: 'console:alice', step: 1 }]);
  });

  it('exits 1 naming the server and what to check when nothing listens at DATABASE_URL, never showing the password', async () => {
    const port = await freePort();
    const run = chat({ DATABASE_URL: `postgres://careerbot:hunter2-secret@127.0.0.1:${port}/careerbot` }, '/quiz\n', 'scripts/chat.ts');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `storage: cannot connect to PostgreSQL at 127.0.0.1:${port}/careerbot (connect ECONNREFUSED 127.0.0.1:${port}). Is the server running? Is DATABASE_URL right?\n`,
    );
    expect(run.stderr).not.toContain('hunter2');
  });
});

describe('npm run report on PostgreSQL', () => {
  it('reports what the bot stored there, naming the server without the password', async () => {
    const { name, url } = await createDatabase();
    const asked = chat({ DATABASE_URL: url }, 'how do I bake sourdough?\n');
    expect(asked.status).toBe(0);
    const run = spawnSync(process.execPath, nodeArgs('scripts/report.ts'), {
      cwd: root,
      env: cleanEnv({ DATABASE_URL: url }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`careerbot report (127.0.0.1:${new URL(url).port}/${name})`);
    expect(run.stdout).toMatch(/ {3}1× {2}how do I bake sourdough\?/);
    expect(run.stdout).not.toContain(new URL(url).password);
  });
});

describe('npm start on PostgreSQL', () => {
  it('migrates the database, answers, and stops cleanly on SIGTERM, never logging the password', async () => {
    const fake = await startFake();
    const { name, url } = await createDatabase();
    const password = new URL(url).password;
    const databasePath = tempDatabase();
    const bot = launch(
      built('start'),
      cleanEnv({
        DISCORD_TOKEN: testToken,
        DISCORD_API_URL: fake.apiUrl,
        DATABASE_URL: url,
        DATABASE_PATH: databasePath,
        LOG_LEVEL: 'debug',
      }),
    );
    await within(fake.waitForReady(20_000), 25_000, 'login');
    const { interactionId } = fake.slashCommand({
      user: fake.users.alice,
      name: 'ask',
      options: [stringOption('question', 'how much do ML engineers make?')],
    });
    const reply = await fake.waitForRequest({ method: 'POST', path: new RegExp(`^/interactions/${interactionId}/`) }, 10_000, 0);
    expect(reply.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);

    bot.child.kill('SIGTERM');
    expect(await within(bot.exited, 10_000, 'shutdown')).toBe(0);
    expect(bot.output.stderr).toContain('"message":"stopped"');
    expect(bot.output.stderr).not.toContain(password);
    expect(existsSync(databasePath)).toBe(false);
    expect((await asSuperuser('SELECT version FROM schema_migrations', [], name)).rowCount).toBe(migrations.length);
  });

  it('exits 1 before logging in when nothing listens at DATABASE_URL, naming the server and never the password', async () => {
    const port = await freePort();
    const run = spawnSync(process.execPath, nodeArgs(built('start')), {
      cwd: root,
      env: cleanEnv({
        DISCORD_TOKEN: testToken,
        DISCORD_API_URL: 'http://127.0.0.1:9/api',
        DATABASE_URL: `postgresql://bot:hunter2-secret@127.0.0.1:${port}/careerbot`,
      }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`storage: cannot connect to PostgreSQL at 127.0.0.1:${port}/careerbot (`);
    expect(run.stderr).toContain('Is the server running? Is DATABASE_URL right?');
    expect(run.stderr).not.toContain('hunter2');
  });
});
