/**
 * A per-user limit on free-text answers: at most `limit` in any `windowMs`. The first message over the
 * limit is told how long to wait; the rest of that wait passes in silence, so the warning cannot flood
 * the channel either.
 */
import type { Clock } from '../quiz/repository.js';

/** Answer, warn once (with the seconds left), or stay quiet. */
export type CooldownVerdict = { kind: 'go' } | { kind: 'warn'; seconds: number } | { kind: 'quiet' };

/** At most `limit` answers per user in any `windowMs`. */
export interface CooldownOptions {
  limit: number;
  windowMs: number;
}

export const defaultCooldown: CooldownOptions = { limit: 4, windowMs: 60_000 };

/** Per-user answer counts over a sliding window, in memory (each shard keeps its own). */
export class Cooldown {
  private readonly recent = new Map<string, { times: number[]; warned: boolean }>();
  private checks = 0;

  constructor(
    private readonly clock: Clock,
    private readonly options: CooldownOptions = defaultCooldown,
  ) {}

  /** Counts a message from `user` and says whether to answer it, warn once, or stay quiet. */
  check(user: string): CooldownVerdict {
    const now = this.clock.now();
    if (++this.checks % 1000 === 0) this.forgetIdle(now);
    const entry = this.recent.get(user) ?? { times: [], warned: false };
    entry.times = entry.times.filter((t) => now - t < this.options.windowMs);
    this.recent.set(user, entry);
    if (entry.times.length < this.options.limit) {
      entry.times.push(now);
      entry.warned = false;
      return { kind: 'go' };
    }
    if (entry.warned) return { kind: 'quiet' };
    entry.warned = true;
    const seconds = Math.max(1, Math.ceil((entry.times[0]! + this.options.windowMs - now) / 1000));
    return { kind: 'warn', seconds };
  }

  /** How many users are being tracked (the map must not grow with every user ever seen). */
  get size(): number {
    return this.recent.size;
  }

  private forgetIdle(now: number): void {
    for (const [user, entry] of this.recent) if (entry.times.every((t) => now - t >= this.options.windowMs)) this.recent.delete(user);
  }
}
