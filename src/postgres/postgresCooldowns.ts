/** The cooldown windows in PostgreSQL: one row per person, locked, ruled on and written in one transaction. */
import type pg from 'pg';
import {
  type CooldownOptions,
  type CooldownRepository,
  type CooldownVerdict,
  countMessage,
  windowFromStore,
  windowJson,
} from '../cooldown/cooldown.js';
import { inTransaction } from './connection.js';

/** Cooldown windows over a pool, shared by every process of the bot on the same database. */
export class PostgresCooldownRepository implements CooldownRepository {
  constructor(private readonly pool: pg.Pool) {}

  count(user: string, now: number, options: CooldownOptions): Promise<CooldownVerdict> {
    return inTransaction(this.pool, async (client) => {
      // A row to lock first: two processes counting a new person at once then take turns on it (the second
      // insert waits for the first and does nothing), rather than both reading "no window".
      await client.query(`INSERT INTO cooldowns (user_id, state, expires_at) VALUES ($1, $2, 0) ON CONFLICT (user_id) DO NOTHING`, [
        user,
        windowJson({ counted: [], warned: false }),
      ]);
      const { rows } = await client.query<{ state: string; expires_at: string }>(
        'SELECT state, expires_at FROM cooldowns WHERE user_id = $1 FOR UPDATE',
        [user],
      );
      const row = rows[0]!;
      const stored = Number(row.expires_at) > now ? windowFromStore(user, row.state) : undefined;
      const { window, verdict, expiresAt } = countMessage(stored, now, options);
      await client.query('UPDATE cooldowns SET state = $2, expires_at = $3 WHERE user_id = $1', [user, windowJson(window), expiresAt]);
      return verdict;
    });
  }

  async expire(now: number): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM cooldowns WHERE expires_at <= $1', [now]);
    return rowCount ?? 0;
  }
}
