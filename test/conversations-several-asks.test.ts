/**
 * One message, several asks: a role said once, at the end ("whats the pay and how long to get in for mle"), is the role
 * of every ask before it that names none; "how much" asked of a role alone is its pay.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('a role said once, after several asks', () => {
  it('"whats the pay and how long to get in for mle" answers ML engineer pay, then how long getting in takes', async () => {
    const text = await consoleChat().say('whats the pay and how long to get in for mle');
    expect(firstLine(text)).toBe('ML Engineer Salary (2026) [1]');
    expect(text).not.toMatch(/Data Engineer Salary \(2026\) \[1\]/);
    expect(text).toMatch(/You also asked: “how long to get in for mle”\n.*6-12 months minimum/);
  });

  it('"how much and how long for mle" answers both, each of ML engineers', async () => {
    const text = await consoleChat().say('how much and how long for mle');
    expect(firstLine(text)).toBe('ML Engineer Salary (2026) [1]');
    expect(text).toMatch(/You also asked: “how long for mle”\n.*6-12 months minimum/);
  });

  it('an ask that names its own role keeps it ("how much do des make and how long to get in for mle")', async () => {
    const text = await consoleChat().say('how much do des make and how long to get in for mle');
    expect(firstLine(text)).toBe('Data Engineer Salary (2026) [1]');
  });
});

describe('"how much" asked of a role alone', () => {
  it('"how much for a senior de" is senior data engineer pay', async () => {
    expect(firstLine(await consoleChat().say('how much for a senior de'))).toMatch(
      /^Data Engineer Salary \(2026\): Senior \(5-8 years\): \$180K-\$245K base/,
    );
  });
});

describe('later asks of their own', () => {
  it('"…? also which pays more at mid level? and which is more remote" answers remote work for the last, not remote pay', async () => {
    const text = await consoleChat().say(
      'whats the diff in day to day btwn de and mle? also which pays more at mid level? and which is more remote',
    );
    const remote = text.split('You also asked: “which is more remote”\n')[1] ?? '';
    expect(firstLine(remote)).not.toMatch(/pay/i);
    expect(remote).toMatch(/remote options|Remote availability/);
  });

  it('"…jr de vs jr mle? also which is quicker to land" answers which is easier to get into, not pay again', async () => {
    const text = await consoleChat().say('how much would i make as a jr de vs jr mle? also which is quicker to land');
    const land = text.split('You also asked: “which is quicker to land”\n')[1] ?? '';
    expect(firstLine(land)).toMatch(/^Data engineering has a lower barrier to entry/);
  });
});

describe('"n" for "and"', () => {
  it('"how much do juniors make n which is easier to get in" answers junior pay, then which is easier to get into', async () => {
    const text = await consoleChat().say('how much do juniors make n which is easier to get in');
    expect(firstLine(text)).toMatch(/^Entry Salary: Data Engineer \$85,000/);
    expect(text).toMatch(/You also asked/);
    expect(text).toMatch(/Data engineering has a lower barrier to entry/);
  });

  it('"i like sql n python" is still one thing told, not two asks', async () => {
    const text = await consoleChat().say('i like sql n python');
    expect(text).not.toMatch(/You also asked/);
  });
});

describe('aspects listed, with a role or without', () => {
  it.each([
    ['pay + tools for de', /^Data Engineer Salary \(2026\)/, 'tools for de', /Data Engineer: Common tools/],
    ['mle tools n interviews', /^ML Engineer: Common tools/, 'interviews for mle', /^ML engineer interviews include Python live coding/m],
    ['pay and remote for mle', /^ML Engineer Salary \(2026\)/, 'remote for mle', /remote/i],
  ])('"%s" answers each aspect of the role named', async (message, first, second, secondAnswer) => {
    const text = await consoleChat().say(message);
    expect(firstLine(text)).toMatch(first);
    const also = text.slice(text.indexOf(`You also asked: “${second}”`));
    expect(also).toMatch(new RegExp(`^You also asked: “${second}”`));
    expect(also).toMatch(secondAnswer);
  });

  it('"math n stats" names one aspect twice and "sql and python for de" names no aspect: neither is split', async () => {
    expect(await consoleChat().say('math n stats')).not.toMatch(/You also asked/);
    expect(await consoleChat().say('sql and python for de')).not.toMatch(/You also asked/);
  });
});
