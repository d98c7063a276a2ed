/**
 * Turns that point back at what was said: "the second", "the other one", "which is faster" after each role's time.
 * Each is answered of what it points at, and says what it took it for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat } from './support/consoleChat.js';

afterEach(closeChats);

describe('the second, the other one', () => {
  it('"and the second" after "what would i need to learn for the first one" is the second role named', async () => {
    const c = consoleChat();
    for (const line of ['im a dba, 6 yoe oracle', 'how long to become de', 'and mle', 'what would i need to learn for the first one'])
      await c.say(line);
    const text = await c.say('and the second');
    expect(text.split('\n')[0]).toBe('ML Engineer:');
    expect(text).not.toMatch(/^Ask me something/);
  });

  it('"ok what about interviews for the other one" after the data engineer is the ML engineer\'s interviews', async () => {
    const c = consoleChat();
    for (const line of ['is mle harder to get into than de', 'how long does it take to get ready for each', 'the first one'])
      await c.say(line);
    const text = await c.say('ok what about interviews for the other one');
    expect(text.split('\n')[0]).toBe('ML Engineer interviews:');
    expect(text.split('\n')[1]).toMatch(/^ML engineer interviews include Python live coding/);
  });

  it('"the other way round" is still the reverse move, not the other role', async () => {
    const c = consoleChat();
    await c.say('how long to switch from de to mle');
    expect(await c.say('the other way round?')).toMatch(/3-4 months/);
  });
});

describe("which is faster, after each role's time", () => {
  it('"thinking mle. how long to get ready from zero" → "and de from zero" → "ok which is faster" sets both side by side', async () => {
    const c = consoleChat();
    for (const line of ['thinking mle. how long to get ready from zero', 'hmm and de from zero']) await c.say(line);
    const text = await c.say('ok which is faster');
    expect(text.split('\n')[0]).toBe('Data Engineer or ML Engineer: which is faster:');
    expect(text).toMatch(/2-3 months/);
    expect(text).toMatch(/6-12 months minimum/);
    expect(text).not.toMatch(/couldn't find that/);
  });
});
