/** Conversations and profiles in SQLite: one row each, what they keep as JSON checked when it is read back. */
import type { Database } from 'better-sqlite3';
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

function prepareStatements(db: Database) {
  return {
    conversation: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE key = ?'),
    saveConversation: db.prepare(`INSERT INTO conversations (key, user_id, state, updated_at) VALUES (@key, @user, @state, @updatedAt)
      ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, state = excluded.state, updated_at = excluded.updated_at`),
    profile: db.prepare<[string], ProfileRow>('SELECT * FROM profiles WHERE user_id = ?'),
    saveProfile: db.prepare(`INSERT INTO profiles (user_id, profile, updated_at) VALUES (@user, @profile, @updatedAt)
      ON CONFLICT (user_id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`),
    expireConversations: db.prepare('DELETE FROM conversations WHERE updated_at < ?'),
    expireProfiles: db.prepare('DELETE FROM profiles WHERE updated_at < ?'),
    anyDue: db.prepare<[number, number], { due: number }>(
      'SELECT EXISTS (SELECT 1 FROM conversations WHERE updated_at < ?) OR EXISTS (SELECT 1 FROM profiles WHERE updated_at < ?) AS due',
    ),
  };
}

/**
 * The conversation repository over one better-sqlite3 connection. A value that could not be read back is refused
 * before it is written (a StorageError, nothing changes); a damaged row is a StorageError naming its key.
 */
export class SqliteConversationRepository implements ConversationRepository {
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db);
  }

  async get(key: string): Promise<ConversationState | undefined> {
    const row = this.statements.conversation.get(key);
    return row && conversationFromStore({ key: row.key, user: row.user_id, updatedAt: row.updated_at }, row.state);
  }

  async save(conversation: ConversationState): Promise<void> {
    const stored = conversationToStore(conversation);
    this.statements.saveConversation.run({
      key: stored.key,
      user: stored.user,
      state: conversationJson(stored),
      updatedAt: stored.updatedAt,
    });
  }

  async profile(user: string): Promise<Profile | undefined> {
    const row = this.statements.profile.get(user);
    return row && profileFromStore({ user: row.user_id, updatedAt: row.updated_at }, row.profile);
  }

  async saveProfile(profile: Profile): Promise<void> {
    const stored = profileToStore(profile);
    this.statements.saveProfile.run({ user: stored.user, profile: profileJson(stored), updatedAt: stored.updatedAt });
  }

  async expire(conversationsBefore: number, profilesBefore: number): Promise<number> {
    // Every start and every sweep asks: the write lock is taken only when something is due.
    if (this.statements.anyDue.get(conversationsBefore, profilesBefore)?.due !== 1) return 0;
    return this.db
      .transaction(
        () =>
          this.statements.expireConversations.run(conversationsBefore).changes + this.statements.expireProfiles.run(profilesBefore).changes,
      )
      .immediate();
  }
}
