/**
 * Career changers: a move from a job the sources never describe a move from (teaching, accounting, nursing) is
 * answered with what they say of getting into the role, and says so; the pivot between the two roles ("DE to MLE
 * pivot…") is never given as theirs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeChats, consoleChat, firstLine } from './support/consoleChat.js';

afterEach(closeChats);

const pivot = /DE to MLE pivot|MLE to DE pivot/;

describe('how hard, how late, whether at all: a move from a job the sources lack', () => {
  it('"im a teacher thinking of switching to mle. how hard is the switch" says the sources lack the move', async () => {
    const text = await consoleChat().say('im a teacher thinking of switching to mle. how hard is the switch');
    expect(text).not.toMatch(pivot);
    expect(text).toMatch(/Most successful ML engineers have either a master's degree or equivalent self-study/);
    expect(text).toMatch(/My sources say nothing of moving from teacher to ML engineering/);
  });

  it('"…accountant… is it too late to switch into data engineering?", then "what about mle", both from accounting', async () => {
    const c = consoleChat();
    const first = await c.say('im 34, accountant, wife thinks im crazy lol. is it too late to switch into data engineering?');
    expect(first).not.toMatch(pivot);
    expect(first).toMatch(/My sources say nothing of moving from accountant to data engineering/);
    const next = await c.say('what about mle');
    expect(next).not.toMatch(pivot);
    expect(next).toMatch(/My sources say nothing of moving from accountant to ML engineering/);
  });

  it('asked of anyone ("can an accountant switch into data engineering?"), the same', async () => {
    const text = await consoleChat().say('can an accountant switch into data engineering?');
    expect(text.split('\n')[0]).toBe('The move from accountant to Data Engineer:');
    expect(text).toMatch(/My sources say nothing of moving from accountant to data engineering/);
  });

  it('"how hard is it to go from teacher to mle" is getting into ML engineering, not the MLE to DE pivot', async () => {
    const text = await consoleChat().say('how hard is it to go from teacher to mle');
    expect(text).not.toMatch(pivot);
    expect(text).toMatch(/My sources say nothing of moving from teacher to ML engineering/);
  });

  it('a move the sources do describe ("from backend dev to de") keeps its own time, with no such note', async () => {
    const text = await consoleChat().say('how long does it take to go from backend dev to de');
    expect(text).toMatch(/transition from backend engineering or database administration with 2-3 months/);
    expect(text).not.toMatch(/say nothing of moving/);
  });

  it('"can a swe switch to de" is answered from the move they describe ("…transitioning from traditional software…")', async () => {
    const text = await consoleChat().say('can a swe switch to de');
    expect(firstLine(text)).toMatch(/most logical starting point for those transitioning from traditional software/);
    expect(text).not.toMatch(/don't cover|say nothing of moving/);
    const hard = await consoleChat().say('from software engineer to de, how hard');
    expect(firstLine(hard)).toMatch(/Data engineering has a lower barrier to entry/);
    expect(hard).not.toMatch(/don't cover/);
  });

  it('"can a software engineer switch to mle", a move they describe into DE only, says they lack it into ML engineering', async () => {
    const text = await consoleChat().say('can a software engineer switch to mle');
    expect(text).toMatch(/My sources say nothing of moving from software engineer to ML engineering/);
    expect(text).not.toMatch(/traditional software/);
  });

  it('"how long to switch from backend" after ML engineer pay is the move from backend into ML engineering, not the DE to MLE pivot', async () => {
    const c = consoleChat();
    await c.say('how much do mles make at senior');
    const text = await c.say('how long to switch from backend');
    expect(text).not.toMatch(/12-18 months|DE to MLE pivot/);
    expect(text).toMatch(/My sources say nothing of moving from backend to ML engineering/);
    const both = await consoleChat().say('how much do mles make at senior and how long to switch from backend');
    expect(both).not.toMatch(/12-18 months/);
  });

  it('"how long to switch from backend for mle" keeps "backend" as the job, not "backend for mle"', async () => {
    const text = await consoleChat().say('how long to switch from backend for mle');
    expect(firstLine(text)).toBe('The move from backend to ML Engineer:');
  });

  it('"how long" after "what do i learn first" from a junior data analyst is the time into either role, said not to be from their job', async () => {
    const c = consoleChat();
    await c.say('i work as a junior data analyst');
    await c.say('what do i learn first');
    const text = await c.say('how long');
    expect(firstLine(text)).toBe('Getting into either role, from junior data analyst:');
    expect(text).toMatch(/2-3 months/);
    expect(text).toMatch(/6-12 months minimum/);
    expect(text).not.toMatch(/no timelines/);
  });

  it('"from scratch" is no job: the time from scratch is said to be missing, not a move from a job', async () => {
    const text = await consoleChat().say('how long to become a de from scratch');
    expect(text).not.toMatch(/moving from scratch/);
  });

  it('"how long to go from analyst to de" and "…to mle" are getting into each role, never the MLE to DE "3-4 months"', async () => {
    const de = await consoleChat().say('how long to go from analyst to de tbh');
    expect(de).not.toMatch(/3-4 months/);
    expect(de).toMatch(/My sources say nothing of moving from analyst to data engineering/);
    const mle = await consoleChat().say('how long to go from analyst to mle');
    expect(mle).toMatch(/6-12 months minimum/);
    expect(mle).toMatch(/My sources say nothing of moving from analyst to ML engineering/);
  });

  it('a role or a level is no job moved from ("what cert should a data engineer get", "…go from junior to mid")', async () => {
    expect(await consoleChat().say('what cert should a data engineer get')).toMatch(/Top Certification/);
    expect(await consoleChat().say('what do ml engineers need to show to go from junior to mid')).toMatch(/Junior to mid requires/);
  });

  it('a bootcamp grad asking "how long would the switch take me" gets getting into either role, said so, not "which move?"', async () => {
    const c = consoleChat();
    await c.say('bootcamp grad, no cs degree');
    const text = await c.say('how long would the switch take me');
    expect(text.split('\n')[0]).toBe('Getting into either role, from bootcamp grad:');
    expect(text).toMatch(/6-12 months minimum/);
    expect(text).toMatch(/My sources say nothing of moving from bootcamp grad into either role/);
  });

  it('"…data analyst 3 yoe … how does my experience count if i wanna go de?" is getting into DE, said so, not the DE to MLE gaps', async () => {
    const text = await consoleChat().say(
      'hey im a data analyst 3 yoe mostly sql + tableau, how does my experience count if i wanna go de?',
    );
    expect(text.split('\n')[0]).toBe('What your data analyst background counts for in Data Engineer:');
    expect(text).not.toMatch(/The gaps to fill: ML fundamentals/);
    expect(text).toMatch(/My sources say nothing of moving from data analyst to data engineering/);
  });

  it('a backend developer asking the same gets the move the sources describe, with no such note', async () => {
    const text = await consoleChat().say('im a backend dev 4 yoe, does my experience count for de?');
    expect(text).toMatch(/transition from backend engineering or database administration with 2-3 months/);
    expect(text).not.toMatch(/say nothing of moving|The gaps to fill/);
  });

  it('a nurse who asked which fits, then "how long would the switch take", gets getting into either role, never "3-4 months"', async () => {
    const c = consoleChat();
    await c.say('im a nurse, 6 yrs');
    await c.say('which one fits me better');
    const text = await c.say('how long would the switch take');
    expect(text.split('\n')[0]).toBe('Getting into either role, from nurse:');
    expect(text).not.toMatch(/3-4 months/);
    expect(text).toMatch(/My sources say nothing of moving from nurse into either role/);
  });

  it('a math teacher "thinking about switching into tech" asking "is de or mle better for me?" gets the choice from teaching', async () => {
    const c = consoleChat();
    await c.say('hey, im a high school math teacher thinking about switching into tech');
    const text = await c.say('is de or mle better for me?');
    expect(text.split('\n')[0]).toBe('Which role suits you, coming from high school math teacher:');
    expect(text).not.toMatch(/pivot|The infrastructure background helps/);
  });
});

describe('the level of a job outside the roles (forty-second session)', () => {
  it('"im a senior lecturer in music … if i moved into mle what would i earn" is entry-level pay, and so is "and de"', async () => {
    const c = consoleChat();
    const first = await c.say("i'm a senior lecturer in music at a community college, 44. if i moved into mle what would i earn");
    expect(first.split('\n')[0]).toBe('ML Engineer pay, entry level:');
    expect(first).not.toMatch(/Senior \(5-8 years\)/);
    expect((await c.say('and de')).split('\n')[0]).toBe('Data Engineer pay, entry level:');
  });

  it('"a senior accountant" is no senior level asked: the pay cut is not answered from the senior rows', async () => {
    const text = await consoleChat().say('so im a senior accountant making 95k, 36. if i switch to de would i take a pay cut at first');
    expect(text).not.toMatch(/Senior \(5-8 years\)/);
  });

  it('a level of the roles themselves is still the level asked ("im a senior de, whats staff pay")', async () => {
    const text = await consoleChat().say('im a senior de, whats staff de pay');
    expect(firstLine(text)).toMatch(/Staff \(8\+ years\)/);
  });
});
