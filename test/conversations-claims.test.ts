/**
 * Claims people pass on ("my manager says de pays the same as mle at staff"): checked against the sources whether they
 * are asked about or only told, beside a story or alone, and "is he right", "so hes wrong?" after them asks the check
 * again, never a new question about "he".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('a claim passed on', () => {
  it('checks a claim told after a story in the same message, not only noting the story', async () => {
    const text = await consoleChat().say('sr de 7yoe. my manager says de pays the same as mle at staff');
    expect(text).not.toMatch(/^Noted/);
    expect(text).toMatch(/Data Engineer Salary \(2026\): Staff \(8\+ years\)/);
    expect(text).toMatch(/ML Engineer Salary \(2026\): Staff \(8\+ years\)/);
  });

  it("checks the claim itself, not the person's own pay, and never declines for where it was read", async () => {
    const text = await consoleChat().say('im a de. someone on reddit said ml data eng pays like 50% more than de');
    expect(firstLine(text)).toMatch(/10-15% premium over either pure role/);
    expect(text).not.toMatch(/reddit/);
  });

  it('a claim beside a question of its own is the story the question is asked in', async () => {
    const text = await consoleChat().say(
      'my manager keeps saying ai will automate data engineering away lol. which role is safer long term?',
    );
    expect(text).not.toMatch(/^My sources/);
  });

  it('"so hes wrong?", "is he right", "so my manager is wrong?" after the claim give what the sources say again', async () => {
    // (Each in a conversation of its own: doubted a second time in a row, the bot says what it can vouch for instead.)
    for (const check of ['so hes wrong?', 'is he right', 'so my manager is wrong?']) {
      const c = consoleChat();
      await c.say('my manager says de pays the same as mle at staff');
      const text = await c.say(check);
      expect(firstLine(text), check).toBe('What my sources say: both roles pay, staff level:');
      expect(text, check).toMatch(/Total comp: \$420K-\$650K/);
    }
  });
});
