/**
 * What the bot's processes share (one per shard, on one machine or several): two bots wired by the composition
 * root over one SQLite file, as two processes would be. Whatever one is told, the other acts on at once, because
 * nothing a person or a server manager changes is kept in a process: the answer-channel switches, conversations,
 * what people said about themselves and the cooldown are all read from storage every time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotContext } from '../src/bot/careerBot.js';
import { Cooldown } from '../src/cooldown/cooldown.js';
import { FakeClock } from './support/clock.js';
import { openTestBot, type TestBot } from './support/testBot.js';

const server = { id: '81384788765712384', channelIds: ['81384788765712385', '81384788765712386'] };
const [general, other] = server.channelIds as [string, string];
const alice = { id: 'discord:80351110224678912', name: 'alice' };
const inGeneral: BotContext = { actor: alice, place: { key: `discord:${server.id}/${general}`, label: 'general' } };
const inDm: BotContext = { actor: alice, place: { key: 'discord:dm/81384788765712399', label: 'DM' } };

const opened: TestBot[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const bot of opened.splice(0)) bot.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Two bots on one new database file, with one clock: two processes of the bot. */
function twoProcesses(): [TestBot, TestBot] {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-shared-state-'));
  dirs.push(dir);
  const clock = new FakeClock();
  const pair = [0, 1].map(() => openTestBot({ databasePath: join(dir, 'bot.sqlite'), clock })) as [TestBot, TestBot];
  opened.push(...pair);
  return pair;
}

describe('two processes of the bot on one database', () => {
  it('honour an /answers switch made through the other at once, though they had read the channel before', async () => {
    const [a, b] = twoProcesses();
    expect(await b.bot.answersFreeText(general)).toBe(false);
    const change = await a.bot.switchAnswering(server, general, true);
    expect(change.nowOn).toEqual([general]);
    expect(await b.bot.answersFreeText(general)).toBe(true);
    expect(await b.bot.answersFreeText(other)).toBe(false);
    await b.bot.switchAnswering(server, general, false);
    expect(await a.bot.answersFreeText(general)).toBe(false);
  });

  it('let what a person said about themselves through one shape the answers of the other, in another place', async () => {
    const [a, b] = twoProcesses();
    const before = await b.bot.ask(inDm, 'how long would the switch take me?', {
      conversation: 'discord:80351110224678912@81384788765712399',
    });
    expect(before.clarify).toBeDefined();
    await a.bot.ask(inGeneral, "i'm a data engineer with 3 yoe", { conversation: `discord:80351110224678912@${general}` });
    b.clock.advanceMs(1000);
    const after = await b.bot.ask(inDm, 'how long would the move take me?', {
      conversation: 'discord:80351110224678912@81384788765712399',
    });
    expect(after.clarify).toBeUndefined();
    expect(after.understood).toBe('how long the move from Data Engineer to ML Engineer takes');
  });

  it('give a person one cooldown allowance between them', async () => {
    const [a, b] = twoProcesses();
    const options = { limit: 4, windowMs: 60_000 };
    const [inA, inB] = [new Cooldown(a.storage.cooldowns, a.clock, options), new Cooldown(b.storage.cooldowns, b.clock, options)];
    const verdicts = [];
    for (const cooldown of [inA, inB, inB, inA, inB, inA]) verdicts.push((await cooldown.check(alice.id)).kind);
    expect(verdicts).toEqual(['go', 'go', 'go', 'go', 'warn', 'quiet']);
    a.clock.advanceMs(60_000);
    expect(await inB.check(alice.id)).toEqual({ kind: 'go' });
  });
});
