/**
 * Where the bot answers free-text questions without being mentioned. Server managers switch channels on or
 * off with /answers; ANSWER_CHANNEL_IDS is the default for channels nobody has switched.
 */

/** One channel's stored switch. */
export interface AnswerChannelSetting {
  /** The community (a server) the channel belongs to, as the front end names it. */
  communityId: string;
  channelId: string;
  on: boolean;
  updatedAt: number;
}

/** The stored switches, declared by the core; src/storage/ implements it. */
export interface AnswerChannelRepository {
  /** The stored switch for a channel, or undefined when nobody has set it. */
  get(channelId: string): Promise<AnswerChannelSetting | undefined>;
  set(setting: AnswerChannelSetting): Promise<void>;
  /** Every stored switch in a community, for /answers' summary. */
  inCommunity(communityId: string): Promise<AnswerChannelSetting[]>;
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

  async isOn(channelId: string): Promise<boolean> {
    return (await this.repository.get(channelId))?.on ?? this.defaults.has(channelId);
  }

  async set(communityId: string, channelId: string, on: boolean, now: number): Promise<void> {
    await this.repository.set({ communityId, channelId, on, updatedAt: now });
  }

  /** Channels of a community where answering is on: the defaults not switched off, plus those switched on. */
  async onIn(communityId: string, channelIds: Iterable<string>): Promise<string[]> {
    const stored = new Map((await this.repository.inCommunity(communityId)).map((s) => [s.channelId, s.on]));
    return [...channelIds].filter((id) => stored.get(id) ?? this.defaults.has(id));
  }
}
