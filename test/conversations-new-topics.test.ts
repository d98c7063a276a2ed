/**
 * A follow-up that names a topic of its own after an answer on another ("and which one pays more" after the time to get
 * in, "is it easy to get in" after pay, "what skills do i need for that" after pay): the new topic is asked, of the
 * role (and level) the conversation was about, never glued to the topic before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine, opening } from './support/consoleChat.js';

afterEach(closeChats);

describe('a new topic after an answer on another', () => {
  it('answers "and which one pays more" after each role\'s time to get in with the pay comparison', async () => {
    const c = consoleChat();
    await c.say('how long does it take to become an mle');
    await c.say('what about de');
    expect((await opening(c, 'and which one pays more'))[0]).toBe(
      'ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect. [1]',
    );
  });

  it('still compares the two answers for "which one is faster" after each role\'s time', async () => {
    const c = consoleChat();
    await c.say('how long does it take to become an mle');
    await c.say('what about de');
    expect((await opening(c, 'which one is faster'))[1]).toMatch(/2-3 months of focused learning/);
  });

  it('answers "back to de, is it easy to get in" after pay in Nigeria with getting into data engineering', async () => {
    const c = consoleChat();
    await c.say('whats the pay in nigeria for de');
    await c.say('and mle');
    await c.say('what about remote');
    expect(await opening(c, 'back to de, is it easy to get in')).toEqual([
      'Getting into Data Engineer:',
      'Data engineering has a lower barrier to entry. [1]',
    ]);
  });

  it('answers "what skills do i need for that" after senior data engineers\' pay with their skills, and "and for mle" with ML engineers\'', async () => {
    const c = consoleChat();
    await c.say('how much do senior des make');
    expect(await opening(c, 'what skills do i need for that')).toEqual(['Data Engineer skills, senior level:', 'Data Engineer Skills [1]']);
    expect((await opening(c, 'and for mle'))[0]).toBe('ML Engineer skills, senior level:');
  });

  it('answers "what about the job itself" and "what does the actual job look like" with the day to day of the role discussed', async () => {
    const c = consoleChat();
    await c.say('whats the interview like for de');
    expect((await opening(c, 'what about the job itself'))[1]).toMatch(
      /^Data engineers spend most of their time building and debugging pipelines/,
    );
    const d = consoleChat('bob');
    await d.say('whats the de interview like');
    expect((await opening(d, 'what does the actual job look like'))[1]).toMatch(/^Data engineers spend most of their time/);
  });

  it('answers how each role is judged ("how do u measure if a de is doing a good job vs an mle") rather than declining it as a how-to', async () => {
    const c = consoleChat();
    await c.say('whats the junior de salary');
    expect((await opening(c, 'how do u measure if a de is doing a good job vs an mle'))[0]).toMatch(
      /^Performance Measured By: Data Engineer Data quality, pipeline reliability, scalability/,
    );
  });

  it('asks "can i still land an mle job" with what was told just before it ("i only have a bachelors in cs, no masters")', async () => {
    const c = consoleChat();
    await c.say('i only have a bachelors in cs, no masters');
    const answer = await c.say('can i still land an mle job');
    expect(answer).not.toMatch(/^My sources don't answer that/);
    expect(answer).toMatch(/Most ML engineer roles accept BS \+ strong portfolio/);
  });
});

describe('"it" after an answer that picked a role', () => {
  it('is the ML engineer after "which has more ai exposure" (its answer speaks of the ML engineer alone)', async () => {
    const c = consoleChat();
    expect((await opening(c, 'which has more ai exposure'))[0]).toBe(
      'The Machine Learning Engineer has direct, primary exposure to AI. [1]',
    );
    expect((await opening(c, 'how much does it pay'))[0]).toBe('ML Engineer pay:');
  });

  it('is the role a fit question picked ("i like stats and experiments" → "which role fits me" → "how much does it pay")', async () => {
    const c = consoleChat();
    await c.say('i like stats and experiments');
    await c.say('which role fits me');
    expect((await opening(c, 'how much does it pay'))[0]).toBe('ML Engineer pay:');
  });
});

describe('the other choice, asked as such', () => {
  it('answers "what should i do instead" from someone heading for ML engineering who fears the math with data engineering, and "how long would that take" with getting into it', async () => {
    const c = consoleChat();
    await c.say('i was thinking mle but honestly the math scares me');
    expect(await opening(c, 'what should i do instead')).toEqual([
      'Instead of ML Engineer: Data Engineer:',
      'Choose data engineering if you enjoy building reliable systems, prefer clear engineering problems over ambiguous research questions, and want strong job security with faster entry. [1]',
    ]);
    expect(await opening(c, 'how long would that take')).toEqual([
      'Getting into Data Engineer:',
      'Data engineering has a lower barrier to entry. You can transition from backend engineering or database administration with 2-3 months of focused learning. [1]',
    ]);
  });

  it('reads "should i move to mle or de" as which of the two to choose, not a move between them', async () => {
    const c = consoleChat();
    await c.say('im a data scientist at a bank, 4 yoe');
    const reply = await c.say('should i move to mle or de');
    expect(reply).not.toMatch(/3-4 months/);
    expect(reply.split('\n')[0]).toMatch(/^Choose (?:ML|data) engineering if/);
  });

  it('takes "the other one" after "why" on a comparison as the role the why-answer was about', async () => {
    const c = consoleChat();
    await c.say('which is more future proof');
    expect((await opening(c, 'why'))[1]).toMatch(/^The BLS projects 30% growth through 2032/);
    expect((await opening(c, 'and the other one?'))[0]).toBe('ML Engineer outlook:');
  });
});

describe('a move of place', () => {
  it('answers "should i move to the us for pay" from an ML engineer in Berlin with ML engineer pay, and "what would i make there" of the US', async () => {
    const c = consoleChat();
    await c.say('i live in berlin. 4 yoe as mle');
    expect(await opening(c, 'should i move to the us for pay')).toEqual([
      'ML Engineer pay, mid level, in the US:',
      'ML Engineer Salary (2026): Mid-level (3-5 years): $150K-$200K base. Total comp: $190K-$300K [1]',
    ]);
    const there = await c.say('what would i make there');
    expect(there).not.toMatch(/“berlin”/);
    expect(there.split('\n')[1]).toMatch(/^ML Engineer Salary \(2026\): Mid-level/);
  });
});

describe('what new users typed mid-session (forty-fourth session)', () => {
  it('keeps the role a "which has more remote jobs" answer picked by its figure, not by "at most levels"', async () => {
    const c = consoleChat();
    await c.say('which has more remote jobs');
    expect((await opening(c, 'how much does that one pay'))[0]).toBe('Data Engineer pay:');
  });

  it('answers "ok what about de, is it hard to get into" after staff ML pay with getting into data engineering', async () => {
    const c = consoleChat();
    await c.say('mle tc at staff?');
    expect((await opening(c, 'ok what about de, is it hard to get into'))[0]).toBe('Data engineering has a lower barrier to entry. [1]');
  });

  it('keeps the ask apart from "thinking about de or mle" told before it, so "and mle?" asks the pay of ML engineers', async () => {
    const c = consoleChat();
    await c.say('hey im a backend dev, 3 yoe, thinking about de or mle. whats the pay for mid level de');
    expect(await opening(c, 'and mle?')).toEqual([
      'ML Engineer pay, mid level:',
      'ML Engineer Salary (2026): Mid-level (3-5 years): $150K-$200K base. Total comp: $190K-$300K [1]',
    ]);
  });

  it('answers a DBA\'s "easy switch to de?" with the 2-3 months, whatever product their story names', async () => {
    const c = consoleChat();
    expect(await opening(c, 'i am a dba for 5 yrs, oracle mostly. easy switch to de?')).toEqual([
      'The move from database administrator to Data Engineer:',
      'You can transition from backend engineering or database administration with 2-3 months of focused learning. [1]',
    ]);
  });

  it('answers "and my pay then at senior" after "if i switch to mle what would i make" for the ML engineer', async () => {
    const c = consoleChat();
    await c.say('im a de 4 yoe');
    await c.say('if i switch to mle what would i make');
    expect((await opening(c, 'and my pay then at senior'))[0]).toBe('ML Engineer pay, senior level:');
  });

  it('checks "so mle?" against what they told they want ("i only care about money")', async () => {
    const c = consoleChat();
    await c.say('i only care about money');
    expect((await opening(c, 'so mle?'))[1]).toBe('If maximum comp is the priority, ML engineer wins on average. [1]');
  });

  it('opens a fit asked with a leaning with the option that fits it ("hates ambiguity": Low -> data engineer)', async () => {
    const c = consoleChat();
    expect((await opening(c, 'which role fits someone who hates ambiguity'))[0]).toBe('Low -> data engineer is more comfortable. [1]');
    expect((await opening(c, 'is it future proof'))[0]).toMatch(/^Data Engineer/);
  });

  it('answers "tldr de vs mle" and "de vs mle in 1 sentence pls" with the short answer, not the pay gap', async () => {
    const c = consoleChat();
    expect((await opening(c, 'tldr de vs mle?'))[0]).toBe('The short answer: data engineer owns data pipelines and infrastructure. [1]');
    // (Asked again after "tldr", it is read as the same question of both roles, which the header says.)
    expect((await opening(c, 'de vs mle in 1 sentence pls')).find((line) => !/:$/.test(line))).toBe(
      'The short answer: data engineer owns data pipelines and infrastructure. [1]',
    );
    expect((await opening(consoleChat(), 'de vs mle in 1 sentence pls'))[0]).toBe(
      'The short answer: data engineer owns data pipelines and infrastructure. [1]',
    );
  });
});

describe('the same choice on another topic, and a move said as a what-if', () => {
  it('answers "ok and for pay" after "whts better 4 job secrity" as which is better for pay', async () => {
    const c = consoleChat();
    await c.say('whts better 4 job secrity');
    expect(await opening(c, 'ok and for pay')).toEqual([
      'Which is better for pay:',
      'ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect. [1]',
    ]);
  });

  it('keeps "whts better 4 job secrity" a choice between the roles after a turn on one role, and "ok and for pay" the same choice', async () => {
    const c = consoleChat();
    await c.say('im a senior de tbh');
    await c.say('and mle?');
    expect((await opening(c, 'whts better 4 job secrity'))[0]).not.toMatch(/^ML Engineer outlook/);
    expect((await opening(c, 'ok and for pay'))[0]).toBe('Which is better for pay:');
  });

  it('answers "what if i moved to de" from an ML engineer as their move, and "ok what would i make" as pay there', async () => {
    const c = consoleChat();
    await c.say('im an mle 6 yoe');
    expect((await opening(c, 'what if i moved to de'))[0]).toBe('The move from ML Engineer to Data Engineer:');
    expect((await opening(c, 'ok what would i make'))[0]).toBe('Data Engineer pay, senior level:');
  });

  it('reads "is mle cooked 💀" as the outlook, not a decline', async () => {
    const c = consoleChat();
    expect((await opening(c, 'is mle cooked 💀'))[0]).toMatch(/^ML engineering headcount has exploded since 2022/);
  });
});

describe('a request the sources lack, after a turn on one role', () => {
  it('"can u review my resume" after what ML engineers do is a task it cannot do, not asked of ML engineers', async () => {
    const c = consoleChat();
    await c.say('what do mle do all day');
    const text = await c.say('can u review my resume');
    expect(firstLine(text)).toMatch(/^That's not something I can do/);
  });

  it('"whats the weather in berlin" after what ML engineers do is not asked of ML engineers', async () => {
    const c = consoleChat();
    await c.say('what do mle do all day');
    expect(firstLine(await c.say('whats the weather in berlin'))).not.toMatch(/^ML Engineer/);
  });

  it.each([
    'can u write me a cover letter for a de job',
    'can you write my cover letter for a data engineer role',
    'can u find me de jobs in berlin',
    'can u mock interview me for mle',
  ])('"%s" is a task it cannot do, said so', async (asked) => {
    expect(firstLine(await consoleChat().say(asked))).toMatch(/^That's not something I can do/);
  });

  it('"what about go" after "does de need python" asks it of the language, which the sources never name', async () => {
    const c = consoleChat();
    await c.say('does de need python');
    expect(firstLine(await c.say('what about go'))).toBe("My sources don't cover “go”.");
  });
});

describe('a new topic asked of the role before (forty-sixth session)', () => {
  it('"do i need a degree for any of this lol" after senior DE pay asks the degree of data engineering, not the pay again', async () => {
    const c = consoleChat();
    await c.say('whats the tc for senior de');
    const lines = await opening(c, 'do i need a degree for any of this lol');
    expect(lines[0]).toBe('Data Engineer education:');
    expect(lines[1]).toMatch(/^Education: Data Engineer Bachelor's/);
  });
});
