/**
 * The handlers running right now, so a stopping bot can let them finish: a reply under way when a new
 * version is rolled out still arrives, and its storage writes commit before the database closes.
 */

/** How a drain ended: how many handlers finished during it, which were still running when it stopped waiting. */
export interface DrainReport {
  /** Handlers that finished while draining (those running at its start and any started during it). */
  drained: number;
  /** What each handler still running was doing (e.g. "/quiz", "message 123…"), when the bound or a cut ended the wait. */
  cut: string[];
  /** Why the wait ended early: the bound passed, or cutShort() was called (a second signal). Absent when all finished. */
  reason?: 'bound' | 'cut short';
  /** Milliseconds the drain took. */
  ms: number;
}

export class InFlight {
  private readonly running = new Map<number, string>();
  private next = 0;
  private finishedSinceDrain = 0;
  private draining = false;
  private onSettle: (() => void) | undefined;
  private cut: (() => void) | undefined;
  private cutRequested = false;
  private lastActive = performance.now();

  /** Whether a drain has begun: new events should not be started. */
  get stopping(): boolean {
    return this.draining;
  }

  /** What the handlers running now are doing. */
  describe(): string[] {
    return [...this.running.values()];
  }

  /** Counts `work` as running until it settles (its outcome is the caller's; `work` is returned as is). */
  track<T>(what: string, work: Promise<T>): Promise<T> {
    const id = this.next++;
    this.running.set(id, what);
    const settled = () => {
      this.running.delete(id);
      this.lastActive = performance.now();
      if (this.draining) this.finishedSinceDrain += 1;
      this.onSettle?.();
    };
    work.then(settled, settled);
    return work;
  }

  /**
   * Stops taking work (`stopping` turns true) and resolves once nothing runs, `boundMs` milliseconds have
   * passed, or cutShort() is called, whichever comes first. Never rejects. Call it once.
   */
  drain(boundMs: number): Promise<DrainReport> {
    this.draining = true;
    const started = performance.now();
    return new Promise((resolve) => {
      const finish = (reason?: DrainReport['reason']) => {
        clearTimeout(timer);
        this.onSettle = undefined;
        this.cut = undefined;
        resolve({
          drained: this.finishedSinceDrain,
          cut: reason ? this.describe() : [],
          ...(reason ? { reason } : {}),
          ms: Math.round(performance.now() - started),
        });
      };
      const timer = setTimeout(() => finish('bound'), boundMs);
      this.onSettle = () => {
        if (this.running.size === 0) finish();
      };
      this.cut = () => finish('cut short');
      if (this.cutRequested) this.cut();
      else this.onSettle();
    });
  }

  /**
   * Resolves once no handler has run for `quietMs` milliseconds (checked every `quietMs`), so background work
   * can wait its turn: a burst of interactions is acknowledged before charts are drawn. Never rejects.
   */
  async quiet(quietMs: number): Promise<void> {
    while (this.running.size > 0 || performance.now() - this.lastActive < quietMs)
      await new Promise((resolve) => setTimeout(resolve, quietMs).unref());
  }

  /** Ends a drain under way now, leaving what still runs unfinished (for a second stop signal). */
  cutShort(): void {
    this.cutRequested = true;
    this.cut?.();
  }
}
