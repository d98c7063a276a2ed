/** InFlight (src/discord/inFlight.ts): how a stopping bot waits for its handlers, and for how long at most. */
import { describe, expect, it } from 'vitest';
import { InFlight } from '../src/discord/inFlight.js';

/** A handler that finishes (or fails) when the test says so. */
function handler() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const work = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { work, finish, fail };
}
const never = () => new Promise<void>(() => undefined);

describe('InFlight.drain', () => {
  it('resolves at once, with nothing drained or cut, when no handler runs', async () => {
    const inFlight = new InFlight();
    expect(inFlight.stopping).toBe(false);
    const report = await inFlight.drain(10_000);
    expect(report).toMatchObject({ drained: 0, cut: [] });
    expect(report.reason).toBeUndefined();
    expect(inFlight.stopping).toBe(true);
  });

  it('waits for every handler running, including one that fails and one started while draining', async () => {
    const inFlight = new InFlight();
    const quiz = handler();
    const ask = handler();
    void inFlight.track('/quiz', quiz.work);
    void inFlight.track('/ask', ask.work).catch(() => undefined);
    expect(inFlight.describe()).toEqual(['/quiz', '/ask']);
    let done = false;
    const drained = inFlight.drain(10_000).then((report) => {
      done = true;
      return report;
    });
    const notice = handler();
    void inFlight.track('button q:1', notice.work);
    quiz.finish();
    ask.fail(new Error('Discord said no'));
    await Promise.resolve();
    expect(done).toBe(false);
    notice.finish();
    const report = await drained;
    expect(report).toMatchObject({ drained: 3, cut: [] });
    expect(report.reason).toBeUndefined();
    expect(inFlight.describe()).toEqual([]);
  });

  it('stops waiting when the bound passes, naming the handlers it cut', async () => {
    const inFlight = new InFlight();
    const quick = handler();
    void inFlight.track('/compare', quick.work);
    void inFlight.track('/quiz', never());
    const draining = inFlight.drain(50);
    quick.finish();
    const report = await draining;
    expect(report).toMatchObject({ drained: 1, cut: ['/quiz'], reason: 'bound' });
    expect(report.ms).toBeGreaterThanOrEqual(45);
    expect(report.ms).toBeLessThan(2_000);
  });

  it('stops waiting at once when cut short (a second signal), before or during the drain', async () => {
    const during = new InFlight();
    void during.track('message 42', never());
    const report = during.drain(60_000);
    during.cutShort();
    expect(await report).toMatchObject({ drained: 0, cut: ['message 42'], reason: 'cut short' });

    const before = new InFlight();
    void before.track('/ask', never());
    before.cutShort();
    expect(await before.drain(60_000)).toMatchObject({ cut: ['/ask'], reason: 'cut short' });
  });
});

// Background work (charts drawn ahead) waits on quiet(): people waiting on the bot come first.
describe('InFlight.quiet', () => {
  it('resolves only once no handler has run for the quiet time, later again after each new handler', async () => {
    const inFlight = new InFlight();
    const quiz = handler();
    void inFlight.track('/quiz', quiz.work);
    let quiet = false;
    const waited = inFlight.quiet(20).then(() => {
      quiet = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(quiet).toBe(false);
    const finishedAt = performance.now();
    quiz.finish();
    await waited;
    expect(performance.now() - finishedAt).toBeGreaterThanOrEqual(19);
  });

  it('resolves without waiting when nothing has run for the quiet time', async () => {
    const inFlight = new InFlight();
    await new Promise((resolve) => setTimeout(resolve, 25));
    const first = await Promise.race([
      inFlight.quiet(20).then(() => 'quiet'),
      new Promise((resolve) => setImmediate(() => resolve('a turn of the event loop'))),
    ]);
    expect(first).toBe('quiet');
  });
});
