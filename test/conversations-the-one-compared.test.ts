/**
 * "that one", "the easier one", "the slower one", "the other one" right after a question that asked which of the two
 * roles is more of something: the role the answer's opening sentence said it of (or the other), asked about and named
 * in what the reply understood. Where that sentence does not say which role is which, the bot asks back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, opening } from './support/consoleChat.js';

afterEach(closeChats);

describe('a role pointed at by what the comparison before said of it', () => {
  it('"that one" after "which one is less math heavy" is the data engineer (a row: DE Light, MLE Required), "the other one" the ML engineer', async () => {
    const c = consoleChat();
    await c.say('which one is less math heavy');
    expect(await opening(c, 'what skills does that one need')).toEqual(['Data Engineer skills:', 'Data Engineer Skills [1]']);
    expect((await opening(c, 'and the other one'))[0]).toBe('ML Engineer skills:');
  });

  it('"the slower one" after "which is slower to get into" is the ML engineer, though the answer said DE has the lower barrier', async () => {
    const c = consoleChat();
    await c.say('which is slower to get into, de or mle');
    expect(await opening(c, 'ok how long for the slower one')).toEqual([
      'ML Engineer:',
      "Most successful ML engineers have either a master's degree or equivalent self-study (6-12 months minimum). [1]",
    ]);
    expect((await c.say('and the other?')).split('\n')[1]).toMatch(/2-3 months of focused learning/);
  });

  it('"the harder one" then "and the easier one": each set against the last, never the same role twice', async () => {
    const c = consoleChat();
    await c.say('which is harder to get into');
    expect((await opening(c, 'how long for the harder one'))[0]).toBe('ML Engineer:');
    expect(await opening(c, 'and the easier one')).toEqual([
      'Data Engineer:',
      'Data engineering has a lower barrier to entry. You can transition from backend engineering or database administration with 2-3 months of focused learning. [1]',
    ]);
  });

  it('"that one, what should i learn first" after "which is easier to get hired in" is what a data engineer learns first', async () => {
    const c = consoleChat();
    await c.say('im a bootcamp grad, no cs degree. which is easier to get hired in');
    expect(await opening(c, 'that one, what should i learn first')).toEqual([
      'Data Engineer:',
      'If you choose Data Engineering, prioritize SQL and Distributed Systems. [1]',
    ]);
    expect((await opening(c, 'and the other one?'))[1]).toMatch(/prioritize Python and MLOps/);
  });

  it('"the faster growing one, what does it pay" after job-posting growth (22% vs 18%) is ML engineer pay', async () => {
    const c = consoleChat();
    await c.say('de vs mle which has more job postings growth');
    expect(await opening(c, 'the faster growing one, what does it pay')).toEqual(['ML Engineer pay:', 'ML Engineer Salary (2026) [1]']);
  });

  it('"that one" after "which is more deterministic" is the role the sentence calls more deterministic (DE), not the one it opens on', async () => {
    const c = consoleChat();
    await c.say('which is more deterministic');
    expect(await opening(c, 'that one sounds like me. what should i learn first')).toEqual([
      'Data Engineer:',
      'If you choose Data Engineering, prioritize SQL and Distributed Systems. [1]',
    ]);
  });

  it('"the one with less sql" after "which needs more sql" (DE Deep, MLE Moderate) is the ML engineer', async () => {
    const c = consoleChat();
    await c.say('which needs more sql');
    expect((await opening(c, 'the one with less sql, what does it pay'))[0]).toBe('ML Engineer pay:');
  });

  it('"the lower paying one, how much at staff" after staff pay of both is data engineer staff pay', async () => {
    const c = consoleChat();
    await c.say('which pays more at staff level');
    expect(await opening(c, 'the lower paying one, how much at staff')).toEqual([
      'Data Engineer, staff level:',
      'Data Engineer Salary (2026): Staff (8+ years): $235K-$310K base. Total comp: $370K-$580K [1]',
    ]);
  });

  it('asks back after "which one is more research-y": the sentence that answered says more of something else', async () => {
    const c = consoleChat();
    await c.say('which one is more research-y');
    expect((await c.say('i dont like that. so the other one?')).split('\n')[0]).toBe('Which one do you mean?');
    expect((await c.say('1')).split('\n')[0]).toMatch(/^Data Engineer/);
  });

  it('"how much does it pay" after "which is more beginner friendly" is data engineer pay; "is it hard to get into" after "which pays more" the ML engineer', async () => {
    const c = consoleChat();
    await c.say('which is more beginner friendly');
    expect((await opening(c, 'how much does it pay'))[0]).toBe('Data Engineer pay:');
    const d = consoleChat();
    await d.say('which pays more');
    expect((await opening(d, 'is it hard to get into'))[0]).toBe('ML Engineer:');
    // ("is it worth it" asks of the answer, not of a role.)
    expect((await opening(d, 'is it worth it'))[0]).not.toMatch(/^(?:ML|Data) Engineer:$/);
  });

  it('asks back which role is meant where the answer before said neither was more', async () => {
    const c = consoleChat();
    await c.say('which has better job security');
    const text = await c.say('how much does that one pay');
    expect(text.split('\n')[0]).toBe('Which one do you mean?');
    expect(text.split('\n').filter((line) => /^\s+\d\. /.test(line))).toHaveLength(2);
  });

  it('takes an answer that speaks of one role alone ("The Machine Learning Engineer has direct, primary exposure to AI") as the one it picked', async () => {
    const c = consoleChat();
    expect((await c.say('which has more ai exposure')).split('\n')[0]).toMatch(
      /^The Machine Learning Engineer has direct, primary exposure to AI/,
    );
    expect((await c.say('how much does it pay')).split('\n')[0]).toBe('ML Engineer pay:');
  });

  it('takes the role a "which role fits…" answer picked ("ML work has more … than DE work") for "it" next', async () => {
    const c = consoleChat();
    await c.say('which role fits someone who likes ambiguity');
    expect((await c.say('how much does it pay')).split('\n')[0]).toBe('ML Engineer pay:');
  });

  it('a question that compared nothing leaves "that one" to the rules before (one role named: that role)', async () => {
    const c = consoleChat();
    await c.say('what does a data engineer do day to day');
    expect((await c.say('what skills does that one need')).split('\n')[0]).toMatch(/^Data Engineer/);
  });
});

describe('"for it" after an answer that picked a role (forty-fifth session)', () => {
  it('"whats the pay for it at senior level" after "which role has more ai exposure" is senior ML engineer pay, and "is it remote friendly" its remote work', async () => {
    const c = consoleChat();
    await c.say('which role has more ai exposure');
    expect(await opening(c, 'whats the pay for it at senior level')).toEqual([
      'ML Engineer pay, senior level:',
      'ML Engineer Salary (2026): Senior (5-8 years): $200K-$270K base. Total comp: $300K-$480K [1]',
    ]);
    expect(await opening(c, 'is it remote friendly')).toEqual([
      'ML Engineer, remote work:',
      'Remote availability sits at 44% of postings. [1]',
    ]);
  });
});
