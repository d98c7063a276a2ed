/**
 * Where the bot answers free-text questions without being mentioned. Server managers switch channels on or
 * off with /answers; ANSWER_CHANNEL_IDS is the default for channels nobody has switched.
 */

/** One channel's stored switch. */
export interface AnswerChannelSetting {
  guildId: string;
  channelId: string;
  on: boolean;
  updatedAt: number;
}

/** The stored switches, declared by the core; src/storage/ implements it. */
export interface AnswerChannelRepository {
  /** The stored switch for a channel, or undefined when nobody has set it. */
  get(channelId: string): AnswerChannelSetting | undefined;
  set(setting: AnswerChannelSetting): void;
  /** Every stored switch in a server, for /answers' summary. */
  inGuild(guildId: string): AnswerChannelSetting[];
}

/** Answers whether a channel answers free text: its stored switch, else the configured default. */
export class AnswerChannels {
  private readonly defaults: Set<string>;

  constructor(
    private readonly repository: AnswerChannelRepository,
    defaultChannelIds: readonly string[],
  ) {
    this.defaults = new Set(defaultChannelIds);
  }

  isOn(channelId: string): boolean {
    return this.repository.get(channelId)?.on ?? this.defaults.has(channelId);
  }

  set(guildId: string, channelId: string, on: boolean, now: number): void {
    this.repository.set({ guildId, channelId, on, updatedAt: now });
  }

  /** Channels of a server where answering is on: the defaults not switched off, plus those switched on. */
  onIn(guildId: string, guildChannelIds: Iterable<string>): string[] {
    const stored = new Map(this.repository.inGuild(guildId).map((s) => [s.channelId, s.on]));
    return [...guildChannelIds].filter((id) => stored.get(id) ?? this.defaults.has(id));
  }
}
