/**
 * Everything the bot stores, behind the core's interfaces. This folder is the only code that knows about
 * SQLite: moving to a server database means another implementation of `Storage`, and nothing else.
 */
import type { ActivityRepository, UserDataRepository } from '../activity/repository.js';
import type { QuizPosts } from '../posts/quizPosts.js';
import type { QuizRepository } from '../quiz/repository.js';
import type { AnswerChannelRepository } from '../settings/answerChannels.js';
import { openDatabase } from './database.js';
import { SqliteAnswerChannelRepository } from './sqliteAnswerChannels.js';
import { SqliteQuizPosts } from './sqliteQuizPosts.js';
import { SqliteActivityRepository, SqliteUserDataRepository } from './sqliteActivity.js';
import { SqliteQuizRepository } from './sqliteQuizzes.js';

/** The repositories over one database connection. */
export interface Storage {
  quizzes: QuizRepository;
  activity: ActivityRepository;
  users: UserDataRepository;
  answerChannels: AnswerChannelRepository;
  /** Where a chat front end posted each quiz (its thread, the sharing of its result). */
  quizPosts: QuizPosts;
  close(): void;
}

/** Opens DATABASE_PATH (or ':memory:'), creating its folder and bringing the schema up to date. */
export function openStorage(file: string): Storage {
  const db = openDatabase(file);
  return {
    quizzes: new SqliteQuizRepository(db),
    activity: new SqliteActivityRepository(db),
    users: new SqliteUserDataRepository(db),
    answerChannels: new SqliteAnswerChannelRepository(db),
    quizPosts: new SqliteQuizPosts(db),
    close: () => db.close(),
  };
}
