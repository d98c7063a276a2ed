/**
 * Turns that point back at what was said: "the second", "the other one", "which is faster" after each role's time.
 * Each is answered of what it points at, and says what it took it for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, opening } from './support/consoleChat.js';

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

describe('a change of mind, and the US said as "us" (forty-second session)', () => {
  it('"actually nah i changed my mind, de" after "i think ill go mle" turns what follows to data engineering', async () => {
    const c = consoleChat();
    for (const line of ['i think ill go mle', 'how long will it take me']) await c.say(line);
    expect(await c.say('actually nah i changed my mind, de')).toMatch(/^Noted: you are heading for data engineering/);
    expect((await c.say('how long now')).split('\n')[0]).toBe('Getting into Data Engineer:');
    expect((await c.say('what should i learn first')).split('\n')[0]).toBe('What to learn first to become a Data Engineer:');
    expect((await c.say('and the pay at junior')).split('\n')[0]).toBe('Data Engineer pay, entry level:');
  });

  it('"what about us then" after senior pay is the US figures, and the thread goes on', async () => {
    const c = consoleChat();
    await c.say('how much does a senior de make');
    const us = await c.say('what about us then');
    expect(us.split('\n')[0]).toBe('Data Engineer pay, senior level, in the US:');
    expect(us).toMatch(/United States: .*Data Engineer \(Mid-Senior\) \$160,000/);
    expect((await c.say('and for mle')).split('\n')[0]).toBe('ML Engineer pay, senior level, in the US:');
  });

  it('"so now which" after someone told who they are is which role fits them, as "so which then" is', async () => {
    const c = consoleChat();
    await c.say("i'm a backend dev, 4 yoe, python + kafka at work. i like systems way more than math");
    expect(await c.say('so now which')).not.toMatch(/^Ask me something/);
  });
});

describe('someone else, told with their years (forty-second session)', () => {
  it('"and my friend is a de with 6 yoe, what would she make as mle" after their own mid-level pay is the senior row', async () => {
    const c = consoleChat();
    for (const line of ['im a mle, 4 yoe, kinda burnt out on model work', 'how long to switch to de', 'what would i lose pay wise'])
      await c.say(line);
    const text = await c.say('and my friend is a de with 6 yoe, what would she make as mle');
    expect(text).toMatch(/Senior \(5-8 years\): \$200K-\$270K/);
    expect(text.split('\n')[0]).not.toMatch(/mid level/);
  });
});

describe('kaggle comps (forty-second session)', () => {
  it('"shud i do kaggle comps for mle" is declined for kaggle, never read as compensation', async () => {
    const text = await consoleChat().say('shud i do kaggle comps for mle');
    expect(text.split('\n')[0]).toBe("My sources don't cover “kaggle”.");
    expect(text).not.toMatch(/pay figures/);
  });
});

describe('which of the two roles grows faster (forty-second session)', () => {
  it("\"which is growing faster\" after each role's demand opens with a role's own growth, not a subspecialty's", async () => {
    const c = consoleChat();
    for (const line of ["what's the demand like for de", 'mle?']) await c.say(line);
    const text = await c.say('which is growing faster');
    expect(text.split('\n')[1]).toMatch(/^ML engineer job postings grew 22% year-over-year/);
  });

  it('"which of those is growing fastest" among subspecialties still names the fastest subspecialty', async () => {
    const c = consoleChat();
    await c.say('what skills are most in demand for mle');
    expect(await c.say('which of those is growing fastest')).toMatch(/LLM-focused ML engineering \(up 45%\)/);
  });
});

describe('the same question of the other role, and why of the ask (forty-third session)', () => {
  it('"actually nvm, i think mle. same q" after senior DE pay is senior ML engineer pay, and "why is it higher?" its reasons', async () => {
    const c = consoleChat();
    await c.say('backend eng 6 yoe, go + python. leaning de. what would i make as senior de');
    const text = await c.say('actually nvm, i think mle. same q');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'ML Engineer pay, senior level:',
      'ML Engineer Salary (2026): Senior (5-8 years): $200K-$270K base. Total comp: $300K-$480K [1]',
    ]);
    expect((await c.say('why is it higher?')).split('\n')[0]).toBe('Why: ML Engineer pay, senior level:');
  });

  it('"ok and mle same" after mid-level DE pay is mid-level ML engineer pay; "is mle the same as de" still compares', async () => {
    const c = consoleChat();
    await c.say('what do mid level des make');
    expect((await c.say('ok and mle same')).split('\n')[0]).toBe('ML Engineer pay, mid level:');
    expect(await c.say('is mle the same as de')).toMatch(/they solve fundamentally different problems/);
  });

  it('"why tho" after "data analyst here. which pays more, de or mle" gives the reasons, not a decline for "data analyst"', async () => {
    const c = consoleChat();
    await c.say('data analyst here. which pays more, de or mle');
    const text = await c.say('why tho');
    expect(text).not.toMatch(/^My sources/);
    expect(text.split('\n')[1]).toMatch(/^Scarcity primarily\./);
  });
});

describe('"become one" (forty-third session)', () => {
  it('"how long to become one" after what a data engineer does is the time to get into data engineering, not a decline', async () => {
    const c = consoleChat();
    await c.say('what does a data engineer do day to day');
    const text = await c.say('how long to become one');
    expect(text).not.toMatch(/^My sources/);
    expect(text.split('\n')[1]).toMatch(/2-3 months of focused learning/);
  });

  it("after what an ML engineer does, it is the ML engineer's 6-12 months", async () => {
    const c = consoleChat();
    await c.say('what does an mle do');
    expect((await c.say('how long to become one')).split('\n')[1]).toMatch(/6-12 months minimum/);
  });
});

describe('a follow-up after returning to an earlier question', () => {
  it('"back to pay" after junior ML engineer pay and their tools, then "what about senior", is senior ML engineer pay alone', async () => {
    const c = consoleChat();
    await c.say('how much do junior mles make');
    await c.say('what tools do they use');
    await c.say('back to pay');
    expect(await opening(c, 'what about senior')).toEqual([
      'ML Engineer pay, senior level:',
      'ML Engineer Salary (2026): Senior (5-8 years): $200K-$270K base. Total comp: $300K-$480K [1]',
    ]);
  });
});

describe('"which of those" after both roles were discussed (forty-fifth session)', () => {
  it('"which of those sounds less stressful" after each role\'s day compares the roles, not the ML engineer\'s day again', async () => {
    const c = consoleChat();
    await c.say('whats a typical day like for a de');
    const mle = await c.say('and mle?');
    const text = await c.say('which of those sounds less stressful');
    expect(text.split('\n')[0]).toBe('Which role sounds less stressful:');
    expect(text.split('\n')[1]).not.toBe(mle.split('\n')[1]);
  });

  it('"which of those is easier to get into" after both roles\' pay is which role is easier to break into', async () => {
    const c = consoleChat();
    await c.say('how much do senior mles make');
    await c.say('and de?');
    await c.say('why the difference');
    expect(await opening(c, 'which of those is easier to get into')).toEqual([
      'Which role is easier to get into:',
      'Data engineering has a lower barrier to entry. [1]',
    ]);
  });
});
