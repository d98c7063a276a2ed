/** Conversations and profiles in PostgreSQL: one row each, what they keep as JSON text checked when it is read back. */
import type pg from 'pg';
import {
  conversationFromStore,
  conversationJson,
  conversationToStore,
  profileFromStore,
  profileJson,
  profileToStore,
} from '../conversation/stored.js';
import type { ConversationRepository, ConversationState, Profile } from '../conversation/types.js';

interface ConversationRow {
  key: string;
  user_id: string;
  state: string;
  updated_at: number;
}

interface ProfileRow {
  user_id: string;
  profile: string;
  updated_at: number;
}

/**
 * The conversation repository over a pool. A value that could not be read back is refused before it is written
 * (a StorageError, nothing changes); a damaged row is a StorageError naming its key.
 */
export class PostgresConversationRepository implements ConversationRepository {
  constructor(private readonly pool: pg.Pool) {}

  async get(key: string): Promise<ConversationState | undefined> {
    const { rows } = await this.pool.query<ConversationRow>('SELECT * FROM conversations WHERE key = $1', [key]);
    const row = rows[0];
    return row && conversationFromStore({ key: row.key, user: row.user_id, updatedAt: row.updated_at }, row.state);
  }

  async save(conversation: ConversationState): Promise<void> {
    const stored = conversationToStore(conversation);
    await this.pool.query(
      `INSERT INTO conversations (key, user_id, state, updated_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, state = excluded.state, updated_at = excluded.updated_at`,
      [stored.key, stored.user, conversationJson(stored), stored.updatedAt],
    );
  }

  async profile(user: string): Promise<Profile | undefined> {
    const { rows } = await this.pool.query<ProfileRow>('SELECT * FROM profiles WHERE user_id = $1', [user]);
    const row = rows[0];
    return row && profileFromStore({ user: row.user_id, updatedAt: row.updated_at }, row.profile);
  }

  async saveProfile(profile: Profile): Promise<void> {
    const stored = profileToStore(profile);
    await this.pool.query(
      `INSERT INTO profiles (user_id, profile, updated_at) VALUES ($1, $2, $3)
      ON CONFLICT (user_id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`,
      [stored.user, profileJson(stored), stored.updatedAt],
    );
  }

  async expire(conversationsBefore: number, profilesBefore: number): Promise<number> {
    // Both tables in one statement, so one transaction.
    const { rows } = await this.pool.query<{ removed: number }>(
      `WITH c AS (DELETE FROM conversations WHERE updated_at < $1 RETURNING 1),
        p AS (DELETE FROM profiles WHERE updated_at < $2 RETURNING 1)
      SELECT ((SELECT count(*) FROM c) + (SELECT count(*) FROM p))::int AS removed`,
      [conversationsBefore, profilesBefore],
    );
    return rows[0]?.removed ?? 0;
  }
}
