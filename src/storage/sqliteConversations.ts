/** Conversations and what people said about themselves, in SQLite: one JSON row per conversation and per person. */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ConversationRepository, ConversationState, Profile } from '../conversation/types.js';
import { StorageError } from '../ports/storage.js';

const role = z.enum(['de', 'mle']);
const slots = z.object({
  roles: z.array(role),
  level: z.string().optional(),
  region: z.string().optional(),
  direction: z.enum(['de-to-mle', 'mle-to-de']).optional(),
  topic: z.string(),
});
const turn = z.object({
  question: z.string(),
  resolved: z.string(),
  slots,
  passages: z.array(z.string()),
  answered: z.boolean(),
  at: z.number(),
});
/** A conversation as read back: checked, so a damaged row is reported, not trusted. */
const conversationSchema = z.object({
  key: z.string(),
  user: z.string(),
  turns: z.array(turn),
  pending: z
    .object({
      question: z.string(),
      choices: z.array(z.object({ resolved: z.string(), understood: z.string(), slots, within: z.array(z.string()).optional() })),
      at: z.number(),
    })
    .optional(),
  updatedAt: z.number(),
});
const profileSchema = z.object({
  user: z.string(),
  role: role.optional(),
  job: z.string().optional(),
  goal: role.optional(),
  years: z.number().optional(),
  likes: z.array(z.string()),
  quizOutcome: z.enum(['mle', 'de', 'hybrid']).optional(),
  updatedAt: z.number(),
});

/** The conversation repository over one better-sqlite3 connection; each call is one statement or transaction. */
export class SqliteConversationRepository implements ConversationRepository {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      get: db.prepare<[string], { state: string }>('SELECT state FROM conversations WHERE key = ?'),
      save: db.prepare(`INSERT INTO conversations (key, user_id, state, updated_at) VALUES (@key, @user, @state, @updatedAt)
        ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, state = excluded.state, updated_at = excluded.updated_at`),
      profile: db.prepare<[string], { profile: string }>('SELECT profile FROM profiles WHERE user_id = ?'),
      saveProfile: db.prepare(`INSERT INTO profiles (user_id, profile, updated_at) VALUES (@user, @profile, @updatedAt)
        ON CONFLICT (user_id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`),
      expireConversations: db.prepare('DELETE FROM conversations WHERE updated_at < ?'),
      expireProfiles: db.prepare('DELETE FROM profiles WHERE updated_at < ?'),
    };
  }

  async get(key: string): Promise<ConversationState | undefined> {
    const row = this.statements.get.get(key);
    return row && read(conversationSchema, row.state, `conversation ${key}`);
  }

  async save(conversation: ConversationState): Promise<void> {
    this.statements.save.run({
      key: conversation.key,
      user: conversation.user,
      state: JSON.stringify(conversation),
      updatedAt: conversation.updatedAt,
    });
  }

  async profile(user: string): Promise<Profile | undefined> {
    const row = this.statements.profile.get(user);
    return row && read(profileSchema, row.profile, `the profile of ${user}`);
  }

  async saveProfile(profile: Profile): Promise<void> {
    this.statements.saveProfile.run({ user: profile.user, profile: JSON.stringify(profile), updatedAt: profile.updatedAt });
  }

  async expire(conversationsBefore: number, profilesBefore: number): Promise<number> {
    return this.db
      .transaction(
        () =>
          this.statements.expireConversations.run(conversationsBefore).changes + this.statements.expireProfiles.run(profilesBefore).changes,
      )
      .immediate();
  }
}

function read<T>(schema: z.ZodType<T>, json: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StorageError(`${what} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StorageError(`${what} is inconsistent: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
