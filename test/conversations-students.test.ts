/**
 * Students open the way they do in a server: an age, where they are, what they study, often with no "i'm" at all
 * ("22 from philippines, IT grad from mapua"). That is who they are, noted, never declined as a question about a
 * place; and what they study is kept, so "how long would it take me" is answered for them, not for a backend engineer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

describe('a student introducing themselves', () => {
  it('notes an age-first intro with no "im", where they are and what they study', async () => {
    for (const [said, noted] of [
      ['22 from philippines, IT grad from mapua', /^Noted: you are an IT graduate and you are in the Philippines\./],
      ['19 from india, comp sci student', /^Noted: you are a computer science student and you are in India\./],
      ['hey 22 from india, btech cse, placed at tcs as a trainee', /^Noted: you are a CSE student and you are in India\./],
      ['hey 18 india jee aspirant', /^Noted: you are in India\./],
      ['hi 21 from brazil, comp sci', /^Noted: you are in Brazil\./],
    ] as const) {
      const text = await consoleChat().say(said);
      expect(firstLine(text), said).toMatch(noted);
      expect(text, said).not.toMatch(/My sources (?:don't cover|have no pay figures)/);
    }
  });

  it('keeps the degree said beside the country ("cs grad", "just graduated in statistics", "bs data science")', async () => {
    for (const [said, noted] of [
      ['hey im 22 from india, cs grad', /^Noted: you are a computer science graduate and you are in India\./],
      ['im 22 from brazil, just graduated in statistics', /^Noted: you are a statistics graduate and you are in Brazil\./],
      ['hi im 21 from pakistan doing bs data science at fast nuces', /^Noted: you are a data science student and you are in Pakistan\./],
      ['im 21 from philippines bs comsci', /^Noted: you are in the Philippines\./],
    ] as const)
      expect(firstLine(await consoleChat().say(said)), said).toMatch(noted);
  });

  it('answers "how long would it take me" for the graduate told, saying the sources have no figure for them', async () => {
    const c = consoleChat();
    await c.say('hey im 22 from india, cs grad');
    const text = await c.say('how long would it take me');
    expect(firstLine(text)).toBe('Getting into either role, from computer science graduate:');
    expect(text).toMatch(/My sources say nothing of moving from computer science graduate into either role/);
  });
});

describe('a role settled on, then how long', () => {
  it('notes "i think ill go mle" as where they head, and "how long will it take me" is getting into ML engineering', async () => {
    const c = consoleChat();
    expect(firstLine(await c.say('i think ill go mle'))).toMatch(/^Noted: you are heading for ML engineering\./);
    const text = await c.say('how long will it take me');
    expect(firstLine(text)).toBe('Getting into ML Engineer:');
    expect(text).toMatch(/6-12 months minimum/);
    expect(text).not.toMatch(/2-3 months/);
  });

  it('answers "nah actually de sounds chill, how long for that" and "ok de then. how long" with getting into DE', async () => {
    const c = consoleChat();
    await c.say('i think ill go mle');
    const changed = await c.say('nah actually de sounds chill, how long for that');
    expect(firstLine(changed)).toBe('Getting into Data Engineer:');
    expect(changed).toMatch(/2-3 months of focused learning/);
    const alone = await consoleChat('bob').say('ok de then. how long');
    expect(firstLine(alone)).toBe('Getting into Data Engineer:');
  });

  it('answers "how long for that" and "how long to get there" after the role settled on, in a message of its own', async () => {
    const c = consoleChat();
    await c.say('i think ill go mle');
    const text = await c.say('how long for that');
    expect(firstLine(text)).toBe('Getting into ML Engineer:');
    expect(text).toMatch(/6-12 months minimum/);
    const d = consoleChat('bob');
    await d.say('nah de sounds chill');
    expect(firstLine(await d.say('how long to get there'))).toBe('Getting into Data Engineer:');
  });
});

describe('what they already know, and the time asked in other words', () => {
  it('notes "already know spark and airflow pretty well", and "how long am i looking at" is the time of their move', async () => {
    const c = consoleChat();
    await c.say('im a de rn and want to go mle');
    expect(firstLine(await c.say('already know spark and airflow pretty well'))).toMatch(/you know spark and airflow/);
    const text = await c.say('how long am i looking at');
    expect(firstLine(text)).toBe('How long the move from Data Engineer to ML Engineer takes:');
    expect(text).toMatch(/Plan for 6-9 months of study/);
  });

  it('"and time wise?" after a move asks how long it takes', async () => {
    const c = consoleChat();
    await c.say('what would an mle to de switch involve');
    expect(await c.say('and time wise?')).toMatch(/The transition is faster \(3-4 months\)/);
  });
});

describe('"how long for that?" after a result or a fit', () => {
  it('right after a quiz result, is getting into the role it gave', async () => {
    const c = consoleChat();
    await c.say('/quiz');
    for (const n of ['2', '2', '2', '2', '2']) await c.say(n);
    expect(firstLine(await c.say('how long for that?'))).toBe('The move into Data Engineer:');
  });

  it('after "which fits me" from a data analyst, is getting into either role, saying the sources lack their move', async () => {
    const c = consoleChat();
    await c.say('hi im a data analyst 2 yoe');
    await c.say('which fits me');
    const text = await c.say('how long for that?');
    expect(firstLine(text)).toBe('Getting into either role, from data analyst:');
    expect(text).toMatch(/My sources say nothing of moving from data analyst into either role/);
  });
});

describe('"de or mle?" after a graduate\'s or a final-year student\'s intro', () => {
  it('is which suits a beginner, never the pay where they live or the degrees table', async () => {
    for (const asked of [
      'hey all, 22 y/o from nigeria, just finished bsc physics. de or mle for me?',
      'hi 21 yo from kenya, final yr bsc cs. de or mle',
    ]) {
      const text = await consoleChat().say(asked);
      expect(firstLine(text), asked).toMatch(/^Choose (?:data|ML) engineering if/);
      expect(text, asked).not.toMatch(/^Nigeria \(Local\)|^Education:/);
    }
  });
});
