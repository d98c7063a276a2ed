/**
 * Words as people type them: "langs" for languages, "the diff in interviews" after a pay answer, "is mle pay really
 * higher" — each answered for what it names, not for a word it shares with another passage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('a difference in something named', () => {
  it('"whats the diff in interviews" after a pay answer is the two roles\' interviews, not the pay gap', async () => {
    const c = consoleChat();
    await c.say('how much do des make');
    const text = await c.say('whats the diff in interviews');
    expect(firstLine(text)).toMatch(/^Data engineer interviews include SQL live coding/);
    expect(text).not.toMatch(/pay gap/i);
  });

  it('"whats the difference in tools" is the tools row, not the overview of how the roles differ', async () => {
    const text = await consoleChat().say('whats the difference in tools');
    expect(text).toMatch(/Main Tools|Tools/);
    expect(firstLine(text)).not.toMatch(/^The short answer/);
  });

  it('"whats the difference" alone after a pay answer is still the pay gap', async () => {
    const c = consoleChat();
    await c.say('how much do des make');
    expect(firstLine(await c.say('whats the difference'))).toMatch(/pay/i);
  });
});

describe('words typed short or loosely', () => {
  it('"wat langs do mles use" is the languages ML engineers use, not declined for "langs"', async () => {
    const text = await consoleChat().say('wat langs do mles use');
    expect(text).not.toMatch(/don't cover/);
    expect(firstLine(text)).toMatch(/Python/);
  });

  it('"is mle pay really higher than de?" opens with the sentence that says so, not "a higher salary ceiling"', async () => {
    const text = await consoleChat().say('is mle pay really higher than de?');
    expect(firstLine(text)).toMatch(/^ML engineers earn more than data engineers at every level/);
  });
});

describe('which of the two, asked with a verb of its own', () => {
  it('"and which grows faster" after which pays more sets both roles\' growth side by side, not data engineering\'s alone', async () => {
    const c = consoleChat();
    await c.say('which pays more long term, de or mle');
    const text = await c.say('and which grows faster');
    const [, first, second] = text.split('\n');
    expect(first).toMatch(/^Data engineer job postings grew 18%/);
    expect(second).toMatch(/^ML engineer job postings grew 22%/);
  });
});

describe('whether the work is remote, after pay', () => {
  it('"is it remote tho" after ML engineer pay is how remote the role is, not its remote pay', async () => {
    const c = consoleChat();
    await c.say('mle pay');
    const text = await c.say('is it remote tho');
    expect(firstLine(text)).toBe('ML Engineer, remote work:');
    expect(text).toMatch(/Remote availability sits at 44% of postings/);
    expect(firstLine(text.split('\n').slice(1).join('\n'))).not.toMatch(/\/ month/);
  });

  it('"and remote?" after pay is still remote pay', async () => {
    const c = consoleChat();
    await c.say('mle pay');
    expect(await c.say('and remote?')).toMatch(/Remote \(Global\)/);
  });
});

describe('more pay in the other role', () => {
  it('"would i make more as an mle" opens with the sentence that says so, not a salary table', async () => {
    expect(firstLine(await consoleChat().say('would i make more as an mle'))).toMatch(
      /^ML engineers earn more than data engineers at every level/,
    );
  });
});

describe('how long to reach a level', () => {
  it('"how long does it take" after "whats the path to staff de" is the years the tables give for staff, never the time to break in', async () => {
    const c = consoleChat();
    await c.say('whats the path to staff de');
    const text = await c.say('how long does it take');
    expect(firstLine(text)).toBe('How long to become a staff Data Engineer:');
    expect(text).toMatch(/Staff \(8\+ years\)/);
    expect(text).not.toMatch(/2-3 months/);
  });
});

describe('"would" and "should" misspelt (forty-first session)', () => {
  it('reads "wuold i make more as an mle" and "shoud i pick de or mle" as the questions they are', async () => {
    expect(firstLine(await consoleChat().say('wuold i make more as an mle'))).toMatch(
      /^ML engineers earn more than data engineers at every level/,
    );
    expect(firstLine(await consoleChat('bob').say('shoud i pick de or mle'))).toMatch(/^Choose (?:ML|data) engineering if/);
  });
});

describe('words run together or misspelt as people type them (forty-second session)', () => {
  it('"do de interviews have alot of math in them" is the interviews\' math, not declined for "alot"', async () => {
    expect(firstLine(await consoleChat().say('do de interviews have alot of math in them'))).toMatch(
      /^The interview process emphasizes SQL, pipeline design, and systems thinking rather than mathematical knowledge/,
    );
  });

  it('"wats the diffrence in pay btwn de n mle at senor level" sets both senior rows side by side', async () => {
    const text = await consoleChat().say('wats the diffrence in pay btwn de n mle at senor level');
    expect(text.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^Data Engineer Salary \(2026\): Senior \(5-8 years\)/),
      expect.stringMatching(/^ML Engineer Salary \(2026\): Senior \(5-8 years\)/),
    ]);
    expect(text).not.toMatch(/Mid-level \(3-5 years\)/);
  });
});

describe('letters held and stories run into the question (forty-second session)', () => {
  it('"i loooove stats honestly" is noted as liking statistics, as "i love stats" is', async () => {
    expect(await consoleChat().say('i loooove stats honestly')).toMatch(/^Noted: you like statistics/);
  });

  it('"trying to pick between de and mle for my next move, which is faster to land" is which is easier to get into', async () => {
    const text = await consoleChat().say(
      'so i got laid off from a frontend role last month, 3 yoe react. trying to pick between de and mle for my next move, which is faster to land',
    );
    expect(firstLine(text)).toMatch(/^Data engineering has a lower barrier to entry/);
    expect(text).not.toMatch(/MLE to DE pivot/);
  });
});

describe('another job named after one declined (forty-second session)', () => {
  it('"ok what about llm engineer" after analytics engineers is LLM roles, not analytics engineers again', async () => {
    const c = consoleChat();
    await c.say('is analytics engineer better than de');
    const text = await c.say('ok what about llm engineer');
    expect(text).not.toMatch(/analytics engineers/);
    expect(text).toMatch(/LLM platform engineer/);
  });
});

describe('stuff that does not break (forty-second session)', () => {
  it('"i love building stuff that doesnt break. which role" opens with pipeline reliability, not the guide\'s "breaks down"', async () => {
    const text = await consoleChat().say('i love building stuff that doesnt break. which role');
    expect(firstLine(text)).toMatch(/Pipeline reliability -> data engineer/);
    expect(text).not.toMatch(/^This guide breaks down/m);
  });

  it('"do SREs get paid extra for on-call" is still declined: site reliability is no pipeline reliability', async () => {
    expect(await consoleChat().say('do SREs get paid extra for on-call? like per shift')).toMatch(/^My sources/);
  });
});

describe('"us" the people, "base" the pay, a closing remark (forty-third session)', () => {
  it('"will llms replace us data engineers" asks about the outlook, not United States pay; "ok and mles?" stays out of the US', async () => {
    const c = consoleChat();
    const text = await c.say('will llms replace us data engineers');
    expect(firstLine(text)).toMatch(/^Data Engineer: This role is foundational/);
    expect(text).not.toMatch(/United States/);
    const next = await c.say('ok and mles?');
    expect(next.split('\n')[0]).toBe('ML Engineer outlook:');
  });

  it('"will companies still need us in 5 yrs? im a de", "will automation hurt us data people": the outlook, never US pay', async () => {
    for (const asked of ['will companies still need us in 5 yrs? im a de', 'will automation hurt us data people']) {
      const text = await consoleChat().say(asked);
      expect(firstLine(text), asked).toMatch(/^Data Engineer: This role is foundational/);
    }
  });

  it('"us data engineer salary" is still the United States', async () => {
    expect(firstLine(await consoleChat().say('us data engineer salary'))).toMatch(/^United States:/);
  });

  it('"im a de at 3 yoe… what should base be around, feel like im underpayed" is data engineer pay, not a decline', async () => {
    const text = await consoleChat().say(
      "im a de at 3 yoe and my manager says im 'mid level' now. what should base be around, feel like im underpayed",
    );
    expect(text).not.toMatch(/^(?:My sources|I couldn't)/);
    expect(text).toMatch(/Mid-level \(3-5 years\): \$135K-\$180K base/);
  });
});
