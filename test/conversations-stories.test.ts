/**
 * What people tell of themselves before they ask ("hey im 19 from pakistan. …"): where they are from is no move from a
 * role, and the question after the story is answered as asked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine, opening } from './support/consoleChat.js';

afterEach(closeChats);

describe('where someone is from', () => {
  it('"hey im 19 from pakistan. which one is easier to get into de or mle" is which is easier to break into, not a pivot', async () => {
    const text = await consoleChat().say('hey im 19 from pakistan. which one is easier to get into de or mle');
    expect(firstLine(text)).toMatch(/Data engineering has a lower barrier to entry/);
    expect(text).not.toMatch(/^MLE to DE pivot/m);
  });

  it('"how long to switch, im moving from de to mle": a role after "from" is still where the move starts', async () => {
    const text = await consoleChat().say('how long to switch, im moving from de to mle');
    expect(text).toMatch(/12-18 months|6-9 months/);
  });
});

describe('a change of mind about what they like', () => {
  it('"i love math n stats" then "actually nvm i hate stats now" keeps math liked and statistics minded, not both', async () => {
    const c = consoleChat();
    await c.say('i love math n stats');
    const noted = await c.say('actually nvm i hate stats now');
    expect(noted).toMatch(/^Noted: you like math and you'd rather avoid statistics\./);
    expect(noted).not.toMatch(/“actually nvm/);
    expect(await c.say('what do you remember about me')).toMatch(/you like math and you'd rather avoid statistics\./);
  });

  it('"so which one now" after the change answers from what stands: no to statistics leans to data engineering', async () => {
    const c = consoleChat();
    await c.say('i love math n stats');
    await c.say('actually nvm i hate stats now');
    const text = await c.say('so which one now');
    expect(firstLine(text)).toBe('Which role fits you, who likes math and minds statistics:');
    expect(text).toMatch(/No, but you like distributed systems -> data engineer/);
  });
});

describe('pay at their level, asked in a few words', () => {
  it('"pay at my level" after "im a backend dev 4 yoe" is both roles\' mid-level pay, not noted as something told', async () => {
    const c = consoleChat();
    await c.say('im a backend dev 4 yoe');
    const text = await c.say('pay at my level');
    expect(firstLine(text)).toBe('Both roles pay, mid level:');
    expect(text).toMatch(/Mid-level \(3-5 years\): \$135K-\$180K base/);
    expect(text).not.toMatch(/^Noted/);
  });

  it('"pay at my level in india" keeps the place, and says the sources have no figures for it', async () => {
    const c = consoleChat();
    await c.say('im a student');
    expect(firstLine(await c.say('pay at my level in india'))).toBe('My sources have no pay figures for “india”.');
  });
});

describe('a liking taken back for another', () => {
  it('"i want models, love ml stuff" then "actually nah i think i prefer building pipelines" keeps pipelines alone, and "which role then" is data engineering', async () => {
    const c = consoleChat();
    await c.say('i want models, love ml stuff');
    expect(await c.say('actually nah i think i prefer building pipelines')).toMatch(/^Noted: you like building pipelines\./);
    const text = await c.say('which role then');
    expect(text.split('\n')[1]).toMatch(/^Choose data engineering if you enjoy building reliable systems/);
  });

  it('"i also like pipelines" adds to what they like', async () => {
    const c = consoleChat();
    await c.say('i love ml stuff');
    expect(await c.say('actually i also like building pipelines')).toMatch(/building pipelines and ml stuff/);
  });
});

describe('a field they are leaving', () => {
  it('"…want out of healthcare" never makes "which role" an answer about healthcare hiring', async () => {
    const c = consoleChat();
    await c.say('im a nurse in the uk, 30, want out of healthcare');
    await c.say('i like puzzles and organizing stuff, hate uncertainty');
    const text = await c.say('which role');
    expect(text.split('\n')[1]).not.toMatch(/healthcare/);
    expect(text).toMatch(/Low -> data engineer is more comfortable/);
  });
});

describe('a field of tech work told with "in"', () => {
  it('"i work in devops" is their job, a devops engineer, not a place; "which role fits me" is answered from it', async () => {
    const c = consoleChat();
    expect(await c.say('i work in devops')).toMatch(/^Noted: you work as a devops engineer\./);
    expect(firstLine(await c.say('which role fits me'))).toBe('Which role suits you, coming from devops engineer:');
  });

  it('"i work in lagos" is still where they are', async () => {
    expect(await consoleChat().say('i work in lagos')).toMatch(/^Noted: you are in Lagos\./);
  });
});

describe('one of the roles, done for a while', () => {
  it('"ive been doing de for like 2 yrs and i kinda want to try mle" is a data engineer heading for ML engineering', async () => {
    const c = consoleChat();
    const told = await c.say('ive been doing de for like 2 yrs and i kinda want to try mle');
    expect(told).toMatch(/you work as a data engineer \(2 years in\) and you are heading for ML engineering/);
    const next = await c.say('how long would the switch take');
    expect(firstLine(next)).toBe('How long the move from Data Engineer to ML Engineer takes:');
    expect(next).not.toMatch(/Which move do you mean/);
  });
});

describe('what they want, after who they are', () => {
  it('"data analyst, 2 yoe" → "i want the higher pay" → "so which for that" says which pays more, not pay at their level', async () => {
    const c = consoleChat();
    await c.say('data analyst, 2 yoe');
    await c.say('i want the higher pay');
    const text = await c.say('so which for that');
    expect(text.split('\n')[1]).toMatch(/^ML engineer comp is typically 10-20% higher than DE comp/);
  });
});

describe('why, after which role fits them', () => {
  it('"why?" after a fit that leaned to ML engineering says why to choose it, and after one that leaned to DE, why DE', async () => {
    const likes = consoleChat();
    await likes.say('data analyst 2 yoe, i love stats and probability');
    await likes.say('which one fits me');
    expect(await opening(likes, 'why?')).toEqual([
      'Why ML Engineer:',
      expect.stringMatching(/^Choose ML engineering if you're interested in model building/),
    ]);
    const minds = consoleChat();
    await minds.say('im an analyst, 2yrs. i hate math tbh');
    await minds.say('which one fits me');
    expect((await opening(minds, 'why'))[0]).toBe('Why Data Engineer:');
  });
});
