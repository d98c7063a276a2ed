/**
 * What to learn, and how long it takes: "what am i missing" from someone who told their role and where they head is
 * what the move between the roles asks them to learn; "how long" after what one role needs is the time to get into it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('what they are missing for the role they head for', () => {
  it('"im a de, 4 yoe" → "want to move to mle. what am i missing" → "how long" is the DE to MLE move, both times', async () => {
    const c = consoleChat();
    await c.say('im a de, 4 yoe');
    const missing = await c.say('want to move to mle. what am i missing');
    expect(missing.split('\n')[0]).toBe('What to learn first for the move from Data Engineer to ML Engineer:');
    expect(missing).not.toMatch(/couldn't find that/);
    const time = await c.say('how long');
    expect(time.split('\n')[0]).toBe('How long the move from Data Engineer to ML Engineer takes:');
    expect(time).toMatch(/6-9 months/);
  });

  it('told in one message ("i know spark and airflow already, 4 yoe de. want mle. what am i missing"), the same', async () => {
    const text = await consoleChat().say('i know spark and airflow already, 4 yoe de. want mle. what am i missing');
    expect(text.split('\n')[0]).toBe('What to learn first for the move from Data Engineer to ML Engineer:');
  });

  it('"am i missing anything if i skip the masters for mle" is still the degree question, not a move', async () => {
    expect(firstLine(await consoleChat().say('am i missing anything if i skip the masters for mle'))).toMatch(/^Helpful but not required/);
  });
});

describe('how long, after what a role asks to learn', () => {
  it('"what skills am i missing for mle" → "how long" is getting into ML engineering, not a decline', async () => {
    const c = consoleChat();
    await c.say('what skills am i missing for mle');
    const text = await c.say('how long');
    expect(text.split('\n')[0]).toBe('Getting into ML Engineer:');
    expect(text).toMatch(/6-12 months minimum/);
    expect(text).not.toMatch(/no timelines/);
  });
});

describe('the goal said in few words (forty-second session)', () => {
  it('"im a lead teacher, want de. what am i missing" keeps data engineering as the goal and says what to learn first', async () => {
    const c = consoleChat();
    const text = await c.say('im a lead teacher, want de. what am i missing');
    expect(text.split('\n')[0]).toBe('What to learn first to become a Data Engineer:');
    expect((await c.say('how long would it take me')).split('\n')[0]).not.toMatch(/either role/);
  });

  it('"principal engineer here (backend, 12 yoe), goal is mle. what else do i need" is what to learn, never staff pay', async () => {
    const text = await consoleChat().say('principal engineer here (backend, 12 yoe), goal is mle. what else do i need');
    expect(text.split('\n')[0]).toBe('What to learn first to become an ML Engineer:');
    expect(text).not.toMatch(/Salary/);
  });

  it('"nvm de, changed my mind, mle" settles on the last role named, and is no job', async () => {
    const c = consoleChat();
    await c.say('i wanna do mle');
    expect(await c.say('nvm de, changed my mind, mle')).toMatch(/^Noted: you are heading for ML engineering\./);
    expect((await c.say('what am i missing')).split('\n')[0]).toBe('What to learn first to become an ML Engineer:');
  });
});

describe('a goal changed or said as a choice, said back once (forty-second session)', () => {
  it('"im a dba, 5 yoe, aiming for de" → "actually nvm, mle" is noted as the new goal, and how long is the move into it', async () => {
    const c = consoleChat();
    await c.say('im a dba, 5 yoe, aiming for de');
    expect(await c.say('actually nvm, mle')).toMatch(/^Noted: .*you are heading for ML engineering\./);
    expect((await c.say('how long')).split('\n')[0]).toBe('The move from database administrator to ML Engineer:');
  });

  it('"i wanna do mle" is said back as the goal, not also quoted', async () => {
    const text = await consoleChat().say('i wanna do mle');
    expect(text).toMatch(/^Noted: you are heading for ML engineering\. /);
    expect(text).not.toMatch(/“i wanna do mle”/);
  });

  it('"nvm mle" right after a question on data engineers\' pay is that question of ML engineers', async () => {
    const c = consoleChat();
    await c.say('how much do des make');
    expect((await c.say('nvm mle')).split('\n')[0]).toBe('ML Engineer pay:');
  });
});
