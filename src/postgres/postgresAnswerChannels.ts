/** /answers switches in PostgreSQL, one row per channel. */
import type pg from 'pg';
import type { AnswerChannelRepository, AnswerChannelSetting } from '../settings/answerChannels.js';

interface Row {
  community_id: string;
  channel_id: string;
  answers_on: boolean;
  updated_at: number;
}

const fromRow = (row: Row): AnswerChannelSetting => ({
  communityId: row.community_id,
  channelId: row.channel_id,
  on: row.answers_on,
  updatedAt: row.updated_at,
});

/** Answer-channel switches over a pool; setting a switch again keeps the community it was first stored with. */
export class PostgresAnswerChannelRepository implements AnswerChannelRepository {
  constructor(private readonly pool: pg.Pool) {}

  async get(channelId: string): Promise<AnswerChannelSetting | undefined> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM answer_channels WHERE channel_id = $1', [channelId]);
    return rows[0] && fromRow(rows[0]);
  }

  async set(setting: AnswerChannelSetting): Promise<void> {
    await this.pool.query(
      `INSERT INTO answer_channels (channel_id, community_id, answers_on, updated_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (channel_id) DO UPDATE SET answers_on = excluded.answers_on, updated_at = excluded.updated_at`,
      [setting.channelId, setting.communityId, setting.on, setting.updatedAt],
    );
  }

  async inCommunity(communityId: string): Promise<AnswerChannelSetting[]> {
    // Ordered by bytes (collation "C"), as SQLite orders text, whatever the database's locale.
    const { rows } = await this.pool.query<Row>('SELECT * FROM answer_channels WHERE community_id = $1 ORDER BY channel_id COLLATE "C"', [
      communityId,
    ]);
    return rows.map(fromRow);
  }
}
