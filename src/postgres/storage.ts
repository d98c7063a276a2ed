/**
 * The PostgreSQL backend: every port of `Storage` (src/ports/storage.ts) over one node-postgres pool. This folder
 * is the only code that knows about PostgreSQL; DATABASE_URL selects it (src/bot/openBot.ts).
 */
import type { Storage } from '../ports/storage.js';
import { describeServer, openPool } from './connection.js';
import { migrate } from './migrations.js';
import { PostgresActivityRepository, PostgresUserDataRepository } from './postgresActivity.js';
import { PostgresAnswerChannelRepository } from './postgresAnswerChannels.js';
import { PostgresAnswerPosts } from './postgresAnswerPosts.js';
import { PostgresConversationRepository } from './postgresConversations.js';
import { PostgresCooldownRepository } from './postgresCooldowns.js';
import { PostgresQuizPosts } from './postgresQuizPosts.js';
import { PostgresQuizRepository } from './postgresQuizzes.js';

/**
 * Connects to DATABASE_URL (`postgres://user:password@host:port/database`) and brings the schema up to date;
 * throws StorageError (naming host, port and database, never the password) when the server cannot be used.
 */
export async function openPostgresStorage(url: string): Promise<Storage> {
  const pool = await openPool(url);
  try {
    await migrate(pool, `PostgreSQL database ${describeServer(url)}`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    quizzes: new PostgresQuizRepository(pool),
    activity: new PostgresActivityRepository(pool),
    users: new PostgresUserDataRepository(pool),
    answerChannels: new PostgresAnswerChannelRepository(pool),
    quizPosts: new PostgresQuizPosts(pool),
    answerPosts: new PostgresAnswerPosts(pool),
    conversations: new PostgresConversationRepository(pool),
    cooldowns: new PostgresCooldownRepository(pool),
    // Waits for the queries under way; a second close waits for the first.
    close: () => (closing ??= pool.end()),
  };
}
