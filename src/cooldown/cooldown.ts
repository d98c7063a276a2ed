/**
 * A per-person limit on answers to typed questions: at most `limit` in any `windowMs`. The first message over
 * the limit is told how long to wait; the rest of that wait passes in silence, so the warning cannot flood the
 * place either. The count lives in storage (the `CooldownRepository` port), not in a process: a person whose
 * messages reach several processes of the bot (one per shard, on one machine or many) has one allowance.
 */
import { z } from 'zod';
import { StorageError } from '../ports/storage.js';
import type { Clock } from '../quiz/repository.js';

/** Answer, warn once (with the whole seconds left until the next answer), or stay quiet. */
export type CooldownVerdict = { kind: 'go' } | { kind: 'warn'; seconds: number } | { kind: 'quiet' };

/** At most `limit` answers (a whole number, at least 1) per person in any `windowMs` milliseconds. */
export interface CooldownOptions {
  limit: number;
  windowMs: number;
}

export const defaultCooldown: CooldownOptions = { limit: 4, windowMs: 60_000 };

/** One person's window as stored: when the answers it counts were given (ms, oldest first), and whether they were warned since. */
export interface CooldownWindow {
  counted: number[];
  warned: boolean;
}

const windowSchema = z.strictObject({ counted: z.array(z.number().int()), warned: z.boolean() });

/** A window as a backend keeps it: JSON text. */
export const windowJson = (window: CooldownWindow): string => JSON.stringify({ counted: window.counted, warned: window.warned });

/** The window a backend read back for `user`, checked before it is trusted; a damaged one is a StorageError naming the user. */
export function windowFromStore(user: string, text: string): CooldownWindow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StorageError(`the cooldown of ${user} is damaged: ${(error as Error).message}`, { cause: error });
  }
  const parsed = windowSchema.safeParse(value);
  if (!parsed.success) throw new StorageError(`the cooldown of ${user} is damaged: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The window after counting one message, the verdict on it, and when the window has passed and may be deleted (ms). */
export interface CountedMessage {
  window: CooldownWindow;
  verdict: CooldownVerdict;
  expiresAt: number;
}

/**
 * The rule every backend applies inside its transaction: one message from a person whose stored window is
 * `stored` (undefined: none, or one that has passed), at `now`. Only an answer counts toward the limit; the
 * warning resets with the next answer. Throws RangeError for a limit below 1.
 */
export function countMessage(stored: CooldownWindow | undefined, now: number, options: CooldownOptions): CountedMessage {
  if (!Number.isInteger(options.limit) || options.limit < 1)
    throw new RangeError(`cooldown: limit must be a whole number from 1, not ${options.limit}`);
  const counted = (stored?.counted ?? []).filter((t) => now - t < options.windowMs);
  const warned = stored?.warned ?? false;
  let window: CooldownWindow;
  let verdict: CooldownVerdict;
  if (counted.length < options.limit) {
    window = { counted: [...counted, now], warned: false };
    verdict = { kind: 'go' };
  } else if (warned) {
    window = { counted, warned };
    verdict = { kind: 'quiet' };
  } else {
    window = { counted, warned: true };
    verdict = { kind: 'warn', seconds: Math.max(1, Math.ceil((counted[0]! + options.windowMs - now) / 1000)) };
  }
  // Once the newest answer leaves the window, the window says nothing a missing one would not.
  return { window, verdict, expiresAt: Math.max(...window.counted) + options.windowMs };
}

/** The stored windows, declared by the core; each backend implements it (src/storage, src/memory). */
export interface CooldownRepository {
  /**
   * Counts a message from `user` at `now` (ms) and says whether to answer it, warn, or stay quiet: read, rule
   * (`countMessage`) and write in one atomic step, so two processes counting one person at once share one allowance.
   */
  count(user: string, now: number, options: CooldownOptions): Promise<CooldownVerdict>;
  /** Deletes the windows that have passed by `now` (ms); resolves to how many. */
  expire(now: number): Promise<number>;
}

/** The cooldown a front end asks: the stored windows, the clock, and the limit. */
export class Cooldown {
  constructor(
    private readonly windows: CooldownRepository,
    private readonly clock: Clock,
    private readonly options: CooldownOptions = defaultCooldown,
  ) {}

  /** Counts a message from `user` (a namespaced user id) and says whether to answer it, warn once, or stay quiet. */
  check(user: string): Promise<CooldownVerdict> {
    return this.windows.count(user, this.clock.now(), this.options);
  }
}
