/** The cooldown windows in SQLite: one row per person, read, ruled on and written in one transaction. */
import type { Database } from 'better-sqlite3';
import {
  type CooldownOptions,
  type CooldownRepository,
  type CooldownVerdict,
  countMessage,
  windowFromStore,
  windowJson,
} from '../cooldown/cooldown.js';

/** Cooldown windows over one better-sqlite3 connection, shared by every process that opens the file. */
export class SqliteCooldownRepository implements CooldownRepository {
  private readonly counting;
  private readonly expireStatement;

  constructor(db: Database) {
    const select = db.prepare<[string, number], { state: string }>('SELECT state FROM cooldowns WHERE user_id = ? AND expires_at > ?');
    const upsert = db.prepare(`INSERT INTO cooldowns (user_id, state, expires_at) VALUES (@user, @state, @expiresAt)
      ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at`);
    this.expireStatement = db.prepare('DELETE FROM cooldowns WHERE expires_at <= ?');
    const count = db.transaction((user: string, now: number, options: CooldownOptions): CooldownVerdict => {
      const row = select.get(user, now);
      const { window, verdict, expiresAt } = countMessage(row && windowFromStore(user, row.state), now, options);
      upsert.run({ user, state: windowJson(window), expiresAt });
      return verdict;
    });
    // IMMEDIATE takes the write lock before the read: another process cannot write in between (which would
    // fail this transaction's write with SQLITE_BUSY_SNAPSHOT rather than wait for the busy timeout).
    this.counting = count.immediate;
  }

  async count(user: string, now: number, options: CooldownOptions): Promise<CooldownVerdict> {
    return this.counting(user, now, options);
  }

  async expire(now: number): Promise<number> {
    return this.expireStatement.run(now).changes;
  }
}
