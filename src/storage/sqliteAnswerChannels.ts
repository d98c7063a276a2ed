/** /answers switches in SQLite. */
import type { Database } from 'better-sqlite3';
import type { AnswerChannelRepository, AnswerChannelSetting } from '../settings/answerChannels.js';

interface Row {
  guild_id: string;
  channel_id: string;
  answers_on: number;
  updated_at: number;
}

const fromRow = (row: Row): AnswerChannelSetting => ({
  guildId: row.guild_id,
  channelId: row.channel_id,
  on: row.answers_on === 1,
  updatedAt: row.updated_at,
});

/** Answer-channel switches in SQLite, one row per channel. */
export class SqliteAnswerChannelRepository implements AnswerChannelRepository {
  private readonly selectOne;
  private readonly selectGuild;
  private readonly upsert;

  constructor(db: Database) {
    this.selectOne = db.prepare<[string], Row>('SELECT * FROM answer_channels WHERE channel_id = ?');
    this.selectGuild = db.prepare<[string], Row>('SELECT * FROM answer_channels WHERE guild_id = ? ORDER BY channel_id');
    this.upsert = db.prepare(`INSERT INTO answer_channels (channel_id, guild_id, answers_on, updated_at)
      VALUES (@channelId, @guildId, @on, @updatedAt)
      ON CONFLICT (channel_id) DO UPDATE SET answers_on = excluded.answers_on, updated_at = excluded.updated_at`);
  }

  get(channelId: string): AnswerChannelSetting | undefined {
    const row = this.selectOne.get(channelId);
    return row && fromRow(row);
  }

  set(setting: AnswerChannelSetting): void {
    this.upsert.run({ ...setting, on: setting.on ? 1 : 0 });
  }

  inGuild(guildId: string): AnswerChannelSetting[] {
    return this.selectGuild.all(guildId).map(fromRow);
  }
}
