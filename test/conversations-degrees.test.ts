/**
 * Degrees: how long a degree takes is no figure the sources give (their "6-12 months" is of self-study), asked
 * outright or of the degree just discussed; "do i need one" after a degree's worth asks of that degree.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('how long a degree takes', () => {
  it('"how long does a phd take" says the sources give no such time, never "6-12 months"', async () => {
    const text = await consoleChat().say('how long does a phd take');
    expect(firstLine(text)).toBe('My sources have no timelines for “how long a phd takes”.');
  });

  it('"how many years is that" after "should i get a phd for mle" is the PhD\'s length, which they lack', async () => {
    const c = consoleChat();
    await c.say('should i get a phd for mle');
    const text = await c.say('how many years is that');
    expect(firstLine(text)).toBe('My sources have no timelines for “how long a phd takes”.');
    expect(text.split('The closest they have:')[0]).not.toMatch(/6-12 months/);
  });

  it('"how long does it take to become an mle" still gets the sources\' time', async () => {
    expect(await consoleChat().say('how long does it take to become an mle')).toMatch(/6-12 months minimum/);
  });
});

describe('"one" of what was just discussed', () => {
  it('"do i need one" after "does a phd get you more money as mle" is whether a PhD is needed', async () => {
    const c = consoleChat();
    await c.say('does a phd get you more money as mle');
    expect(await c.say('do i need one')).toMatch(/Helpful but not required\. Most ML engineer roles accept BS \+ strong portfolio/);
  });
});
