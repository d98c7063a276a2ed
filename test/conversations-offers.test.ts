/**
 * Offers and sums: someone who tells an offer, or asks whether a sum is good, gets the cited figures to judge it by,
 * whether they ask in the same message, in the next one ("fair?"), or name no role at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('a sum judged', () => {
  it('"is 150k good", naming no role, gets both roles\' pay tables, not "I couldn\'t find that"', async () => {
    const text = await consoleChat().say('is 150k good');
    expect(text).not.toMatch(/couldn't find/);
    expect(text).toMatch(/Data Engineer Salary \(2026\): Junior \(0-2 years\): \$100K-\$135K base/);
    expect(text).toMatch(/ML Engineer Salary \(2026\): Junior \(0-2 years\): \$115K-\$150K base/);
  });

  it('a sum judged for something no source speaks of ("is 150k good for a car wash") is still declined', async () => {
    expect(await consoleChat().say('is 150k good for a car wash')).toMatch(/couldn't find|don't cover/);
  });
});

describe('an offer told', () => {
  it('"got an offer for a de role at 140k base, 3 yoe" is answered with the mid-level figures, not only noted', async () => {
    const text = await consoleChat().say('got an offer for a de role at 140k base, 3 yoe');
    expect(text).not.toMatch(/^Noted/);
    expect(firstLine(text)).toMatch(/^Data Engineer Salary \(2026\): Mid-level \(3-5 years\): \$135K-\$180K base/);
  });

  it('"they offered me 165k for a senior mle position" opens with senior ML engineer pay', async () => {
    const text = await consoleChat().say('they offered me 165k for a senior mle position');
    expect(firstLine(text)).toMatch(/^ML Engineer Salary \(2026\): Senior \(5-8 years\): \$200K-\$270K base/);
  });

  it('"fair?" sent alone after a sum told is judged against that sum\'s role and years', async () => {
    const c = consoleChat();
    expect(await c.say('140k, 3 yoe, de role')).toMatch(/^Noted/);
    const text = await c.say('fair?');
    expect(firstLine(text)).toBe('Data Engineer pay, mid level:');
    expect(text).toMatch(/Mid-level \(3-5 years\): \$135K-\$180K base/);
  });

  it('"fair?" after an offer answered asks of the same offer again', async () => {
    const c = consoleChat();
    await c.say('my offer is 140k base for de, 2 yoe');
    const text = await c.say('fair?');
    expect(text).not.toMatch(/couldn't find/);
    expect(text).toMatch(/Junior \(0-2 years\): \$100K-\$135K base/);
  });
});

describe('offers and pay told in pieces', () => {
  it('"got 140k base for de, 3 yoe" is answered with mid-level DE pay, not only noted', async () => {
    expect(firstLine(await consoleChat().say('got 140k base for de, 3 yoe'))).toMatch(/^Data Engineer Salary \(2026\): Mid-level/);
  });

  it('a second offer of the other role, with years ("other is mle at 150k base, i have 4 yoe"), is that role\'s pay', async () => {
    const c = consoleChat();
    await c.say('one is de at 135k base');
    const text = await c.say('other is mle at 150k base, i have 4 yoe');
    expect(firstLine(text)).toMatch(/^ML Engineer (?:pay, mid level:|Salary \(2026\): Mid-level \(3-5 years\): \$150K-\$200K base)/);
    expect(text).toMatch(/Mid-level \(3-5 years\): \$150K-\$200K base/);
    expect(firstLine(text)).not.toMatch(/Data Engineer/);
  });

  it('a pay wished for ("i want to make 200k someday") is only noted', async () => {
    expect(await consoleChat().say('i want to make 200k someday')).toMatch(/^Noted/);
  });
});
