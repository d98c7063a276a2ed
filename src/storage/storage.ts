/**
 * The SQLite backend: every port of `Storage` (src/ports/storage.ts) over one better-sqlite3 connection. This
 * folder is the only code that knows about SQLite.
 */
import type { Storage } from '../ports/storage.js';
import { openDatabase } from './database.js';
import { SqliteAnswerChannelRepository } from './sqliteAnswerChannels.js';
import { SqliteAnswerPosts } from './sqliteAnswerPosts.js';
import { SqliteCooldownRepository } from './sqliteCooldowns.js';
import { SqliteConversationRepository } from './sqliteConversations.js';
import { SqliteQuizPosts } from './sqliteQuizPosts.js';
import { SqliteActivityRepository, SqliteUserDataRepository } from './sqliteActivity.js';
import { SqliteQuizRepository } from './sqliteQuizzes.js';

/** Opens DATABASE_PATH (or ':memory:'), creating its folder and bringing the schema up to date. */
export function openStorage(file: string): Storage {
  const db = openDatabase(file);
  return {
    quizzes: new SqliteQuizRepository(db),
    activity: new SqliteActivityRepository(db),
    users: new SqliteUserDataRepository(db),
    answerChannels: new SqliteAnswerChannelRepository(db),
    quizPosts: new SqliteQuizPosts(db),
    answerPosts: new SqliteAnswerPosts(db),
    conversations: new SqliteConversationRepository(db),
    cooldowns: new SqliteCooldownRepository(db),
    close: async () => {
      db.close();
    },
  };
}
