/**
 * Pay at a kind of employer or in an industry ("startup pay", "does healthcare pay more") is declined for what the
 * sources lack, naming it, with the closest passages offered: a passage that names startups or healthcare beside
 * figures of something else (growth, the FAANG gap) is no pay figure of theirs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('pay at a kind of employer the sources give no figures for', () => {
  it('declines startup and industry pay, naming what is missing', async () => {
    for (const [asked, declined] of [
      ['whats startup pay like for mle vs de', /^My sources have no pay figures for “startup”\./],
      ['do faang or startups pay de more', /^My sources have no pay figures for “startups”\./],
      ['what does an mle at a startup make', /^My sources have no pay figures for “startup”\./],
      ['does healthcare pay more for de', /^My sources have no pay figures for “healthcare”\./],
      ['do mle in finance make more than in tech', /^My sources have no pay figures for “finance”\./],
      ['do hedge funds pay mle more than faang', /^My sources have no pay figures for “hedge funds”\./],
    ] as const)
      expect(firstLine(await consoleChat().say(asked)), asked).toMatch(declined);
  });

  it('still answers what the sources say of startups that is not pay ("do startups hire mles")', async () => {
    const text = await consoleChat().say('do startups hire mles');
    expect(firstLine(text)).not.toMatch(/^My sources/);
  });

  it('where they work, told beside a pay question ("i work at a bank, how much do des make"), is no setting of the pay asked', async () => {
    const text = await consoleChat().say('i work at a bank, how much do des make');
    expect(text).not.toMatch(/^My sources have no pay figures/);
    expect(text).toMatch(/Data Engineer Salary \(2026\)/);
  });

  it('still gives FAANG pay, which the sources have figures for', async () => {
    const text = await consoleChat().say('how much does an mle make at faang');
    expect(text).not.toMatch(/^My sources have no pay figures/);
    expect(text).toMatch(/FAANG/);
  });
});

describe('a place named beside who they are (forty-third session)', () => {
  it('"lagos based, 4 yoe de. staff level pay here?" opens with the Nigerian figures, not US staff pay', async () => {
    const text = await consoleChat().say('lagos based, 4 yoe de. staff level pay here?');
    expect(firstLine(text)).toMatch(/^Nigeria \(Local\):/);
  });

  it('"4 yoe de. staff level pay in lagos?" too: who they are never outweighs the place asked', async () => {
    expect(firstLine(await consoleChat().say('4 yoe de. staff level pay in lagos?'))).toMatch(/^Nigeria \(Local\):/);
  });
});

describe('a level named beside years that would make another (forty-third session)', () => {
  it('"im a senior de with 8 yoe, what should i make" opens with senior pay (5-8 years), not staff', async () => {
    for (const asked of ['im a senior de with 8 yoe, what should i make', "i'm a senior de 8 yoe making 250k in sf. am i underpaid"]) {
      expect(firstLine(await consoleChat().say(asked)), asked).toMatch(/Senior \(5-8 years\): \$180K-\$245K base/);
    }
  });

  it('"de with 8 yoe, what should i make", with no level named, is staff pay (8+ years)', async () => {
    expect(firstLine(await consoleChat().say('de with 8 yoe, what should i make'))).toMatch(/Staff \(8\+ years\)/);
  });
});
