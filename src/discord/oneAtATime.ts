/**
 * Runs the tasks of one key one after the other. The handlers of one message: an edit that arrives while the
 * question is still being answered waits for that answer (and finds it), so a quick typo fix revises the answer
 * instead of drawing a second one. Opening one quiz's thread: a second /quiz waits and finds the first's thread.
 * Keys are independent; a key is forgotten as soon as its last task ends.
 */
export class OneAtATime {
  private readonly running = new Map<string, Promise<unknown>>();

  /** Runs `task` after the tasks already queued for `key`, whether they succeeded or not; resolves or rejects as it does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.running.get(key) ?? Promise.resolve();
    const result = before.then(task, task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.running.set(key, settled);
    void settled.then(() => {
      if (this.running.get(key) === settled) this.running.delete(key);
    });
    return result;
  }

  /** How many messages have handlers queued or running (it must not grow with every message seen). */
  get size(): number {
    return this.running.size;
  }
}
