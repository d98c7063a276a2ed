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
