/** The one fake clock: starts at a fixed instant and moves only when a test says so. */
import type { Clock } from '../../src/quiz/repository.js';

export class FakeClock implements Clock {
  constructor(private current = Date.UTC(2026, 10, 23, 12, 0, 0)) {}

  now(): number {
    return this.current;
  }

  advanceHours(hours: number): void {
    this.current += hours * 3_600_000;
  }

  advanceMs(ms: number): void {
    this.current += ms;
  }
}
