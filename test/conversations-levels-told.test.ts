/**
 * The level people say they work at ("im a senior de", "staff now", "…, 5 yoe, L5", "senior btw"): kept with what
 * they told, said back, and the band their pay questions open with, over the level their years alone would make. A
 * pay question of a few words right after they told who they are ("pay?", "tc?", "whats the range") is their own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine, opening } from './support/consoleChat.js';

afterEach(closeChats);

describe('a level told in a statement of its own', () => {
  it('keeps "im a senior de" and answers "how much should i be making" with the senior band', async () => {
    const c = consoleChat();
    expect(firstLine(await c.say('im a senior de'))).toMatch(/^Noted: you work as a data engineer \(senior\)\./);
    expect(await opening(c, 'how much should i be making')).toEqual([
      'Data Engineer pay, senior level:',
      'Data Engineer Salary (2026): Senior (5-8 years): $180K-$245K base. Total comp: $260K-$420K [1]',
    ]);
  });

  it('lets the level told outweigh the years: a senior with 8 years is not given the staff band', async () => {
    const c = consoleChat();
    expect(firstLine(await c.say('im a senior de, 8 yoe'))).toMatch(/^Noted: you work as a data engineer \(8 years in, senior\)\./);
    expect((await opening(c, 'how much should i be making'))[1]).toMatch(/^Data Engineer Salary \(2026\): Senior \(5-8 years\)/);
  });

  it('takes a level said later ("staff now", "actually senior now") over the one before, and "i mean senior" after a pay answer as the level asked', async () => {
    const c = consoleChat();
    await c.say('i work as an mle');
    await c.say('been doing it 9 years');
    expect(firstLine(await c.say('staff now'))).toMatch(/\(9 years in, staff\)/);
    expect((await opening(c, 'whats my tc'))[1]).toMatch(/^ML Engineer Salary \(2026\): Staff \(8\+ years\)/);

    const d = consoleChat('bob');
    await d.say('im a mid de');
    expect(firstLine(await d.say('actually senior now'))).toMatch(/\(senior\)/);
    expect((await opening(d, 'pay?'))[1]).toMatch(/Senior \(5-8 years\): \$180K-\$245K/);

    const e = consoleChat('carol');
    await e.say('whats mid mle pay');
    expect((await opening(e, 'i mean senior'))[1]).toMatch(/^ML Engineer Salary \(2026\): Senior \(5-8 years\)/);
  });

  it('keeps a FAANG level said beside the years ("…, 5 yoe, L5") and opens with that row', async () => {
    const c = consoleChat();
    expect(firstLine(await c.say('im a data engineer at a faang, 5 yoe, L5'))).toMatch(/\(5 years in, L5\)/);
    expect(await opening(c, 'whats the range')).toEqual([
      'Data Engineer pay, L5:',
      'Comp at L5 (US, FAANG): Data Engineer $280K - $450K · ML Engineer $340K - $550K [1]',
    ]);
  });

  it('says "im senior" back as a level, and never reads a level that opens a question as theirs', async () => {
    const c = consoleChat();
    expect(firstLine(await c.say('im senior'))).toMatch(/^Noted: you work at senior level\./);
    const d = consoleChat('bob');
    await d.say('mid level mle salary 2026?');
    expect(firstLine(await d.say("i'm like 4 yoe so thats me i think"))).toMatch(/^Noted: you have 4 years of experience\./);
  });

  it('answers a role and level typed alone ("junior de", "L5 mle") as the pay asked, never as a level of their own', async () => {
    const c = consoleChat();
    await c.say('senior de tc');
    expect(await c.say('junior de')).not.toMatch(/^Noted/);
    expect(await c.say('L5 mle')).toMatch(/\$340K - \$550K/);
  });

  it('never takes a school year ("im a senior") for a level', async () => {
    const c = consoleChat();
    expect(firstLine(await c.say('im a senior, cs major'))).not.toMatch(/senior level|\(senior\)/);
  });
});

describe('a short pay question right after they told who they are', () => {
  it('answers "pay?" after "6 yoe de" with the band of their years, and "tc?" after "4 yoe mle in seattle"', async () => {
    const c = consoleChat();
    await c.say('6 yoe de');
    expect(await opening(c, 'pay?')).toEqual([
      'Data Engineer pay, senior level:',
      'Data Engineer Salary (2026): Senior (5-8 years): $180K-$245K base. Total comp: $260K-$420K [1]',
    ]);
    const d = consoleChat('bob');
    await d.say('4 yoe mle in seattle');
    expect((await opening(d, 'tc?'))[1]).toMatch(/^ML Engineer Salary \(2026\): Mid-level \(3-5 years\)/);
  });

  it('still shows every band for a pay question asked with nothing told', async () => {
    const c = consoleChat();
    expect((await c.say('de pay?')).split('\n').slice(0, 3).join('\n')).toMatch(/Junior \(0-2 years\)/);
  });
});

describe('their own level, asked in other words', () => {
  it('answers "whats my base supposed to be" with the band of their years', async () => {
    const c = consoleChat();
    await c.say('im a de with 5 yoe');
    expect((await opening(c, 'whats my base supposed to be'))[1]).toMatch(/^Data Engineer Salary \(2026\): Senior \(5-8 years\)/);
  });

  it('reads "how long would it take me to get to senior" as the level reached in their role, not a move to the other role', async () => {
    const c = consoleChat();
    await c.say('im a de 3 yoe');
    const reply = await c.say('how long would it take me to get to senior');
    expect(reply).not.toMatch(/move from Data Engineer to ML Engineer/);
    expect(reply).toMatch(/Senior \(5-8 years\)/);
  });

  it('answers "ok now what would mid be" after junior data engineer pay with the mid band', async () => {
    const c = consoleChat();
    await c.say('pay for junior de');
    expect(await opening(c, 'ok now what would mid be')).toEqual([
      'Data Engineer pay, mid level:',
      'Data Engineer Salary (2026): Mid-level (3-5 years): $135K-$180K base. Total comp: $165K-$270K [1]',
    ]);
  });
});

describe('their level where the figures are, the US', () => {
  it('"data analyst 2 yoe in the us" then "whats mle pay at my level" is entry pay, not the FAANG L6 row', async () => {
    const c = consoleChat();
    await c.say('data analyst 2 yoe in the us');
    const text = await c.say('whats mle pay at my level');
    expect(firstLine(text)).toBe('ML Engineer pay, entry level:');
    expect(text).not.toMatch(/^Comp at L6/m);
  });
});

describe('a follow-up typed instead of a choice', () => {
  it('"what about staff" while asked whether 7 years as a backend developer count is ML engineer pay at staff level', async () => {
    const c = consoleChat();
    await c.say('backend dev, 7 yoe');
    expect(await c.say('what would i make as mle')).toMatch(/counted as years in the role, or starting in it\?/);
    const staff = await c.say('what about staff');
    expect(firstLine(staff)).toBe('ML Engineer pay, staff level:');
    expect(staff).toMatch(/Staff \(8\+ years\): \$260K-\$340K base/);
  });
});
