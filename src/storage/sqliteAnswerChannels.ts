/** /answers switches in SQLite. */
import type { Database } from 'better-sqlite3';
import type { AnswerChannelRepository, AnswerChannelSetting } from '../settings/answerChannels.js';

interface Row {
  community_id: string;
  channel_id: string;
  answers_on: number;
  updated_at: number;
}

const fromRow = (row: Row): AnswerChannelSetting => ({
  communityId: row.community_id,
  channelId: row.channel_id,
  on: row.answers_on === 1,
  updatedAt: row.updated_at,
});

/** Answer-channel switches in SQLite, one row per channel. */
export class SqliteAnswerChannelRepository implements AnswerChannelRepository {
  private readonly selectOne;
  private readonly selectCommunity;
  private readonly upsert;

  constructor(db: Database) {
    this.selectOne = db.prepare<[string], Row>('SELECT * FROM answer_channels WHERE channel_id = ?');
    this.selectCommunity = db.prepare<[string], Row>('SELECT * FROM answer_channels WHERE community_id = ? ORDER BY channel_id');
    this.upsert = db.prepare(`INSERT INTO answer_channels (channel_id, community_id, answers_on, updated_at)
      VALUES (@channelId, @communityId, @on, @updatedAt)
      ON CONFLICT (channel_id) DO UPDATE SET answers_on = excluded.answers_on, updated_at = excluded.updated_at`);
  }

  async get(channelId: string): Promise<AnswerChannelSetting | undefined> {
    const row = this.selectOne.get(channelId);
    return row && fromRow(row);
  }

  async set(setting: AnswerChannelSetting): Promise<void> {
    this.upsert.run({ ...setting, on: setting.on ? 1 : 0 });
  }

  async inCommunity(communityId: string): Promise<AnswerChannelSetting[]> {
    return this.selectCommunity.all(communityId).map(fromRow);
  }
}
