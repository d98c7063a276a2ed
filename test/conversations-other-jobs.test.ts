/**
 * Another job set against one of the roles ("is a data scientist the same as an mle", "should i go data scientist or
 * de", "ds or mle which pays more"): the sources describe only the two roles, so the bot says what they lack first and
 * offers the closest, and a follow-up naming a role or another job is asked of that, not of the job declined before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('another job set against a role', () => {
  it.each([
    ['is a data scientist the same as an mle', 'data scientist'],
    ['should i go data scientist or de', 'data scientist'],
    ['whats the diff between data scientist and mle', 'data scientist'],
    ["what's the difference between de and software engineer", 'software engineer'],
    ['how does an mle differ from a data scientist', 'data scientist'],
  ])('opens "%s" with what the sources lack (%s), then the closest', async (question, job) => {
    const c = consoleChat();
    const reply = await c.say(question);
    expect(firstLine(reply)).toBe(`My sources don't cover “${job}”.`);
    expect(reply).toMatch(/The closest they have:/);
  });

  it('still answers a question that names another job beside the roles without setting it against them', async () => {
    const c = consoleChat();
    expect(firstLine(await c.say('can an mle end up as like head of ai or a cto eventually'))).toMatch(/Terminal roles include/);
  });
});

describe('a follow-up after a job was declined', () => {
  it('names the job asked next ("what about analytics engineer"), and answers a role asked next', async () => {
    const c = consoleChat();
    await c.say('hey so im a data analyst rn, 2 yoe, mostly sql and tableau. should i go data scientist or de');
    expect(firstLine(await c.say('what about analytics engineer'))).toBe("My sources don't cover “analytics engineer”.");
  });

  it('asks the declined pay comparison of the role named instead ("and what about de")', async () => {
    const c = consoleChat();
    await c.say('im a data scientist. does data scientist pay more than mle');
    const reply = await c.say('and what about de');
    expect(firstLine(reply)).toBe('Data Engineer pay:');
    expect(reply).not.toMatch(/no pay figures for “data scientist”/);
  });
});

describe('which pays more, after another job was set against a role', () => {
  it('"mle vs data scientist" then "ok which pays more" says the sources have no pay for data scientists', async () => {
    const c = consoleChat();
    await c.say('mle vs data scientist');
    const next = await c.say('ok which pays more');
    expect(firstLine(next)).toBe('My sources have no pay figures for “data scientist”.');
  });

  it('a filler before "which pays more, data scientist or ml engineer?" changes nothing', async () => {
    const bare = await consoleChat().say('which pays more, data scientist or ML engineer?');
    const filled = await consoleChat().say('ok which pays more, data scientist or ML engineer?');
    expect(firstLine(filled)).toBe(firstLine(bare));
    expect(firstLine(filled)).toMatch(/data scientist/);
  });
});
