/**
 * Short turns people type to steer: a role taken back ("nvm, de"), a topic dropped ("forget pay, what about remote"),
 * "y?" for why, and a want put as a condition ("if i want max money?").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine, opening } from './support/consoleChat.js';

afterEach(closeChats);

describe('a role taken back', () => {
  it('"nvm, de" after senior ML engineer pay is senior data engineer pay, not what a data engineer is', async () => {
    const c = consoleChat();
    await c.say('whats senior mle pay');
    const text = await c.say('nvm, de');
    expect(firstLine(text)).toBe('Data Engineer pay, senior level:');
    expect(text).toMatch(/Senior \(5-8 years\): \$180K-\$245K base/);
    expect(firstLine(await c.say('hmm actually nvm, mle'))).toBe('ML Engineer pay, senior level:');
  });

  it('"nvm, what about remote" still leaves the question before behind', async () => {
    const c = consoleChat();
    await c.say('whats senior mle pay');
    expect(firstLine(await c.say('nvm, what about remote'))).toMatch(/^Both have strong remote options/);
  });

  it('"actually forget pay, what about remote" is remote work, not remote pay', async () => {
    const c = consoleChat();
    await c.say('whats the pay for mle');
    const text = await c.say('actually forget pay, what about remote');
    expect(firstLine(text)).toMatch(/remote options/);
    expect(firstLine(text)).not.toMatch(/\$/);
  });
});

describe('a role taken back in the same message', () => {
  it('"whats de pay, sorry i meant mle pay" is ML engineer pay', async () => {
    const text = await consoleChat().say('whats de pay, sorry i meant mle pay');
    expect(firstLine(text)).toBe('ML Engineer pay:');
    expect(text).toMatch(/ML Engineer Salary \(2026\)/);
  });
});

describe('"y?" is why', () => {
  it('"y?" and "but y tho" after entry ML engineer pay ask why it is so, not for a new question', async () => {
    const c = consoleChat();
    await c.say('how much do mles make starting out');
    expect(firstLine(await c.say('y?'))).toBe('Why: ML Engineer pay, entry level:');
    expect(firstLine(await c.say('but y tho'))).toMatch(/^Why: /);
  });

  it('"y" alone, a whole message, is why too', async () => {
    const c = consoleChat();
    await c.say('how much do mles make starting out');
    expect(firstLine(await c.say('y'))).toBe('Why: ML Engineer pay, entry level:');
  });
});

describe('a want put as a condition', () => {
  it('"which role if i want max money" and "if i want max money?" get the comp-ceiling answer', async () => {
    for (const asked of ['which role if i want max money', 'if i want max money?']) {
      expect(firstLine(await consoleChat().say(asked)), asked).toMatch(/^If maximum comp is the priority, ML engineer wins on average/);
    }
  });
});

describe('an offer told after a story, and the job said around it', () => {
  it('"…2 yoe as a data analyst. offered junior mle 125k base" is judged against junior ML engineer pay', async () => {
    const text = await consoleChat().say('i have a masters in stats and 2 yoe as a data analyst. offered junior mle 125k base');
    expect(firstLine(text)).toMatch(/^ML Engineer Salary \(2026\): Junior \(0-2 years\): \$115K-\$150K base/);
  });

  it('"swe backend" is a backend software engineer, whose move into DE the sources do describe (no "say nothing" note)', async () => {
    const c = consoleChat();
    await c.say('im a swe backend 5yoe at 210k tc, thinking of moving to de. would i take a pay cut');
    const text = await c.say('how long to switch');
    expect(firstLine(text)).toBe('The move from backend software engineer to Data Engineer:');
    expect(text).toMatch(/transition from backend engineering/);
    expect(text).not.toMatch(/say nothing of moving/);
  });
});

describe('what people ask around their story', () => {
  it('"im a cs new grad with a 3.2 gpa, does gpa matter for mle" is asked, not only noted: the sources lack GPA', async () => {
    const text = await consoleChat().say('im a cs new grad with a 3.2 gpa, does gpa matter for mle');
    expect(text).not.toMatch(/^Noted/);
    expect(firstLine(text)).toBe("My sources don't cover “gpa”.");
  });

  it('"what does de stand for even, data eng?" says what the short names stand for', async () => {
    expect(await consoleChat().say('what does de stand for even, data eng?')).toMatch(/^DE is short for Data Engineer/);
  });
});

describe('a role taken back while the bot asks back', () => {
  it('"sorry i meant mle" and "and as mle" after "counted … or starting in it?" of DE pay ask the same of ML engineer pay', async () => {
    for (const reply of ['sorry i meant mle', 'and as mle']) {
      const c = consoleChat();
      await c.say("i'm a DA at a bank, 4 yoe. what wld i make as a de rn");
      const text = await c.say(reply);
      expect(text, reply).toMatch(/^Your 4 years as a data analyst: counted as years in the role, or starting in it\?/);
      expect(text, reply).toMatch(/1\. ML Engineer pay, mid level \(counting your 4 years as a data analyst\)/);
      expect(firstLine(await c.say('2')), reply).toBe('ML Engineer pay, entry level (starting in the role):');
    }
  });
});

describe('a level taken back', () => {
  it('"nvm i meant staff" after senior ML engineer pay is staff ML engineer pay, and "and de?" staff DE pay', async () => {
    const c = consoleChat();
    await c.say('whats senior mle tc');
    expect(firstLine(await c.say('nvm i meant staff'))).toBe('ML Engineer pay, staff level:');
    expect(firstLine(await c.say('and de?'))).toBe('Data Engineer pay, staff level:');
  });

  it.each([
    ['staff not senior', 'staff'],
    ['not senior, staff', 'staff'],
    ['no wait staff not senior', 'staff'],
    ['hmm not senior i meant mid', 'mid'],
  ])('"%s" after senior ML engineer pay is the level meant, never the one denied', async (turn, level) => {
    const c = consoleChat();
    await c.say('mle senior pay');
    const text = await c.say(turn);
    expect(firstLine(text)).toBe(`ML Engineer pay, ${level} level:`);
    expect(text).toMatch(level === 'staff' ? /Staff \(8\+ years\): \$260K-\$340K base/ : /Mid-level \(3-5 years\): \$150K-\$200K base/);
  });

  it.each([
    ['mle pay at staff', 'nvm senior', 'ML Engineer pay, senior level:'],
    ['de pay at senior', 'nvm, junior', 'Data Engineer pay, entry level:'],
    ['mle pay', 'nvm mid level', 'ML Engineer pay, mid level:'],
    ['de pay at junior', 'make that staff', 'Data Engineer pay, staff level:'],
  ])('"%s" then "%s" keeps the pay and the role, at the level now said', async (first, turn, heading) => {
    const c = consoleChat();
    await c.say(first);
    expect(firstLine(await c.say(turn))).toBe(heading);
  });
});

describe('a role settled on as a statement, between a question and its follow-up (forty-first session)', () => {
  it('"nah de seems chill" after MLE pay: "whats senior pay" and "and at senior" are data engineering\'s', async () => {
    const c = consoleChat();
    await c.say('i think i want mle');
    await c.say('nah de seems chill');
    expect(firstLine(await c.say('whats senior pay'))).toBe('Data Engineer pay, senior level:');
    const d = consoleChat('bob');
    await d.say('i think i want mle. whats the pay for junior');
    await d.say('actually nah de seems chill');
    const senior = await d.say('and at senior');
    expect(firstLine(senior)).toBe('Data Engineer pay, senior level:');
    expect(senior).toMatch(/Senior \(5-8 years\): \$180K-\$245K base/);
  });
});

describe('a change of mind said with "nah" or "actually" (forty-third session)', () => {
  it('"i want de" then "nah actually mle, the math is fun": what to learn first is the ML engineer\'s', async () => {
    const c = consoleChat();
    await c.say('i want de');
    await c.say('nah actually mle, the math is fun');
    const text = await c.say('what should i learn first');
    expect(text.split('\n')[0]).toBe('What to learn first to become an ML Engineer:');
  });

  it('"i want mle" then "actually nah de is safer" keeps data engineering as the goal', async () => {
    const c = consoleChat();
    await c.say('i want mle');
    expect(await c.say('actually nah de is safer')).toMatch(/^Noted: you are heading for data engineering\./);
    expect(await c.say('what do u remember about me')).toMatch(/you are heading for data engineering/);
  });

  it('"actually de pays less right?" is a question, not a goal', async () => {
    const c = consoleChat();
    await c.say('i want mle');
    await c.say('actually de pays less right?');
    expect(await c.say('what do u remember about me')).toMatch(/you are heading for ML engineering/);
  });
});

describe('a change of mind about the role they are heading for', () => {
  it.each([
    'wait no i think de is better for me tbh',
    'actually nah i changed my mind, de is more my thing',
    'actually im going de instead',
    'actually nah, after reading more i think de suits me better',
  ])('after "im leaning mle rn", "%s" turns them to data engineering, and pay is then a data engineer\'s', async (changed) => {
    const c = consoleChat();
    await c.say('im leaning mle rn');
    expect(await c.say(changed)).toMatch(/^Noted: you are heading for data engineering\./);
    expect(firstLine(await c.say('what would i earn as a junior'))).toBe('Data Engineer pay, entry level:');
  });

  it('"is de better for me?" asks, and changes nothing they told', async () => {
    const c = consoleChat();
    await c.say('im leaning mle rn');
    expect(await c.say('is de better for me?')).not.toMatch(/^Noted/);
  });
});

describe('a choice of move, and a role dropped, in few words (forty-fifth session)', () => {
  it('"from de" after "which move do you mean?" is the move that starts in data engineering', async () => {
    for (const [reply, move] of [
      ['from de', 'How long the move from Data Engineer to ML Engineer takes:'],
      ['from mle', 'How long the move from ML Engineer to Data Engineer takes:'],
    ] as const) {
      const c = consoleChat();
      await c.say('how long would the switch take me');
      expect(firstLine(await c.say(reply)), reply).toBe(move);
    }
  });

  it('"ok forget mle, de it is" keeps their job and turns them to data engineering', async () => {
    const c = consoleChat();
    await c.say('im a data analyst, 3 yoe');
    await c.say('im aiming for mle');
    expect(await c.say('ok forget mle, de it is')).toMatch(
      /^Noted: you work as a data analyst \(3 years in\) and you are heading for data engineering\./,
    );
  });
});

describe('what new users typed (forty-sixth session)', () => {
  it('a role chosen after the quiz result outranks it: what to learn first and how long are for that role', async () => {
    const c = consoleChat();
    for (const line of ['/quiz', '2', '2', '2', '3', '2']) await c.say(line);
    expect(firstLine(await c.say('actually nah i think ill go mle anyway, ml is cooler'))).toMatch(
      /^Noted: you are heading for ML engineering\./,
    );
    expect(firstLine(await c.say('what should i learn first'))).toBe('What to learn first to become an ML Engineer:');
    expect(firstLine(await c.say('how long will it take me'))).toBe('Getting into ML Engineer:');
    // (The result taken again is the newer say.)
    for (const line of ['/quiz', '2', '2', '2', '3', '2']) await c.say(line);
    expect(firstLine(await c.say('what should i learn first'))).toBe('Next steps for your quiz result, Data Engineer:');
  });

  it('reads a change of mind opened by "hmm ok but tbh" as the role they now head for', async () => {
    expect(firstLine(await consoleChat().say('hmm ok but tbh i wanna do mle, changed my mind'))).toMatch(
      /^Noted: you are heading for ML engineering\./,
    );
  });

  it('"how much at senior level" after a role\'s day asks that role\'s pay at that level', async () => {
    const c = consoleChat();
    await c.say('what do mle do day to day');
    expect(await opening(c, 'how much at senior level')).toEqual([
      'ML Engineer pay, senior level:',
      'ML Engineer Salary (2026): Senior (5-8 years): $200K-$270K base. Total comp: $300K-$480K [1]',
    ]);
  });

  it('"which one should i pick as a beginner" after another question is answered as if asked alone', async () => {
    const alone = await opening(consoleChat(), 'which one should i pick as a beginner');
    for (const before of ['whats the difference between de and mle', 'why do mle earn more', 'what does an mle do']) {
      const c = consoleChat();
      await c.say(before);
      expect(await opening(c, 'which one should i pick as a beginner'), before).toEqual(alone);
    }
  });

  it('where they live, told on its own, does not make "which role fits me?" forget their job', async () => {
    for (const place of ['based in the uk btw', 'based in manchester btw']) {
      const c = consoleChat();
      await c.say('im a backend dev, 3 yoe');
      await c.say(place);
      expect(firstLine(await c.say('which role fits me?')), place).toBe('Which role suits you, coming from backend developer:');
    }
  });
});

describe('where they live, told in a few words (forty-sixth session)', () => {
  it('keeps a place said as "in the us", "us based", "germany btw" or "from nigeria actually", with "the" where English says it', async () => {
    for (const [told, kept] of [
      ['in the us', 'you are in the US'],
      ['us based', 'you are in the US'],
      ['uk based', 'you are in the UK'],
      ['germany btw', 'you are in Germany'],
      ['from nigeria actually', 'you are in Nigeria'],
    ] as const) {
      const c = consoleChat();
      await c.say('im a data analyst');
      await c.say(told);
      expect(firstLine(await c.say('what do u remember about me')), told).toContain(`you work as a data analyst and ${kept}.`);
    }
  });

  it('a place kept from "us based" does not count as more of their story when they ask which role fits them', async () => {
    const c = consoleChat();
    for (const line of ['yo im a data analyst, 2 yoe', 'us based', 'whats mle pay at my level tbh']) await c.say(line);
    expect(firstLine(await c.say('ok which fits me better'))).toBe('Which role suits you, coming from data analyst:');
  });

  it('does not take chat said with "btw" for a place ("thanks btw")', async () => {
    const c = consoleChat();
    await c.say('im a data analyst');
    await c.say('thanks btw');
    expect(firstLine(await c.say('what do u remember about me'))).toMatch(/^What I keep about you: you work as a data analyst\. /);
  });
});

describe('a job changed since (forty-sixth session)', () => {
  it('"actually no i moved to backend dev last year" is their job now, and the switch asked next starts there', async () => {
    const c = consoleChat();
    await c.say('im a data analyst, 4 yrs');
    expect(firstLine(await c.say('actually no i moved to backend dev last year'))).toMatch(/^Noted: you work as a backend developer/);
    expect(firstLine(await c.say('how long would my switch to de take'))).toBe('The move from backend developer to Data Engineer:');
  });
});
