/**
 * "Would I make more as an MLE?": someone who told the role they are in asks what the other role would pay them. The
 * answer sets both roles' pay side by side, at the level their years (or the level they name) make them, however the
 * story and the ask are split across messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('would I make more as the other role', () => {
  it('"im a de w 5 yoe, would i make more as an mle" sets both roles\' senior pay side by side', async () => {
    const text = await consoleChat().say('im a de w 5 yoe, would i make more as an mle');
    expect(firstLine(text)).toBe('Data Engineer and ML Engineer pay, senior level:');
    expect(text).toMatch(/Data Engineer \$270,000 · Machine Learning Engineer \$350,000/);
    expect(text).not.toMatch(/^> - Junior \(0-2 years\)/m);
  });

  it('the same when the story comes first, in a message of its own', async () => {
    const c = consoleChat();
    await c.say('im a de w 5 yoe');
    const text = await c.say('would i make more as mle');
    expect(firstLine(text)).toBe('Data Engineer and ML Engineer pay, senior level:');
  });

  it('a level named in the ask ("at L5", "a staff mle") is the level both roles are set at', async () => {
    const c = consoleChat();
    await c.say('im a de');
    const atL5 = await c.say('would i make more as an mle at L5');
    expect(firstLine(atL5)).toBe('Data Engineer and ML Engineer pay, L5:');
    expect(atL5).toMatch(/Comp at L5 \(US, FAANG\): Data Engineer \$280K - \$450K · ML Engineer \$340K - \$550K/);
    const staff = await c.say('would i make more as a staff mle');
    expect(firstLine(staff)).toBe('Data Engineer and ML Engineer pay, staff level:');
    expect(staff).toMatch(/ML Engineer Salary \(2026\): Staff \(8\+ years\)/);
    expect(staff).toMatch(/Data Engineer Salary \(2026\): Staff \(8\+ years\)/);
  });

  it('asked of nobody in particular ("would i make more as an mle", no role told) it opens with the gap', async () => {
    const text = await consoleChat().say('would i make more as an mle');
    expect(firstLine(text)).toMatch(/^ML engineers earn more than data engineers at every level/);
  });
});
