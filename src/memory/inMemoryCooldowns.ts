/** Cooldown windows in memory, kept as SQLite keeps them: JSON text checked on the way out, with an expiry. */
import {
  type CooldownOptions,
  type CooldownRepository,
  type CooldownVerdict,
  countMessage,
  windowFromStore,
  windowJson,
} from '../cooldown/cooldown.js';
import type { InMemoryDatabase } from './inMemoryStorage.js';

/** Cooldown windows over one in-memory database; each count reads, rules and writes before it returns (atomic). */
export class InMemoryCooldownRepository implements CooldownRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  async count(user: string, now: number, options: CooldownOptions): Promise<CooldownVerdict> {
    const row = this.db.cooldowns.get(user);
    const stored = row && row.expiresAt > now ? windowFromStore(user, row.state) : undefined;
    const { window, verdict, expiresAt } = countMessage(stored, now, options);
    this.db.cooldowns.set(user, { state: windowJson(window), expiresAt });
    return verdict;
  }

  async expire(now: number): Promise<number> {
    let gone = 0;
    for (const [user, row] of [...this.db.cooldowns]) if (row.expiresAt <= now && this.db.cooldowns.delete(user)) gone += 1;
    return gone;
  }
}
