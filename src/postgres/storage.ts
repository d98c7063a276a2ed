/**
 * The PostgreSQL backend: every port of `Storage` (src/ports/storage.ts) over one node-postgres pool. This folder
 * is the only code that knows about PostgreSQL; DATABASE_URL selects it (src/bot/openBot.ts).
 */
import type { Storage, StorageHealthListener } from '../ports/storage.js';
import { Availability } from './availability.js';
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
 * Later, a call that finds the server gone rejects with StorageUnavailableError, and `health` hears of the
 * outage once and of the server's return once.
 */
export async function openPostgresStorage(url: string, health?: StorageHealthListener): Promise<Storage> {
  const availability = new Availability(url, health);
  // An idle connection cut by the server (a restart) is the first sign of an outage, with no call to reject.
  const pool = await openPool(url, (error) => void availability.lost(error));
  try {
    await migrate(pool, `PostgreSQL database ${describeServer(url)}`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    quizzes: availability.watch(new PostgresQuizRepository(pool)),
    activity: availability.watch(new PostgresActivityRepository(pool)),
    users: availability.watch(new PostgresUserDataRepository(pool)),
    answerChannels: availability.watch(new PostgresAnswerChannelRepository(pool)),
    quizPosts: availability.watch(new PostgresQuizPosts(pool)),
    answerPosts: availability.watch(new PostgresAnswerPosts(pool)),
    conversations: availability.watch(new PostgresConversationRepository(pool)),
    cooldowns: availability.watch(new PostgresCooldownRepository(pool)),
    // Waits for the queries under way; a second close waits for the first.
    close: () => (closing ??= pool.end()),
  };
}
