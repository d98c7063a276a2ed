/**
 * A fake Discord on 127.0.0.1 (REST and gateway on one port) that the real, unmodified discord.js client
 * logs into. See /work/shared/TESTING-DISCORD.md. Fixtures are typed with discord-api-types so that a
 * missing field fails the type check instead of crashing discord.js inside its packet handler.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationFlags,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  EmbedType,
  ForumLayoutType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  OverwriteType,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';
import type {
  GuildMemberFlags,
  GuildSystemChannelFlags,
  RoleFlags,
  ThreadMemberFlags,
  APIApplicationCommandInteractionDataOption,
  APIChannel,
  APIChatInputApplicationCommandInteractionData,
  APIMessageButtonInteractionData,
  APIDMChannel,
  APIGuildForumChannel,
  APIGroupDMChannel,
  APIGuildMember,
  APIInteraction,
  APIMessage,
  APIEmbed,
  APIRole,
  APITextChannel,
  APIThreadChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayMessageCreateDispatchData,
  GatewayMessageDeleteBulkDispatchData,
  GatewayMessageDeleteDispatchData,
  GatewayMessageUpdateDispatchData,
  GatewayReadyDispatchData,
  GatewayThreadCreateDispatchData,
  RESTGetAPIGatewayBotResult,
  TextChannelType,
} from 'discord-api-types/v10';

export interface RecordedRequest {
  method: string;
  /** Without /api/vN, URL-decoded (%40original -> @original), no query. */
  path: string;
  query: string;
  /** Parsed JSON, or the payload_json part of a multipart body, or undefined. */
  body: any;
  /** The files[n] parts of a multipart body (a message with attachments), in order; empty otherwise. */
  files: RecordedFile[];
  at: number;
  status: number;
}
/** One file part of a multipart request. */
export interface RecordedFile {
  /** The part's name ("files[0]"). */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}
export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}
export interface FakeDiscordOptions {
  /** Returned by GET /gateway/bot. */
  shards?: number;
  /** Dispatch MESSAGE_CREATE for the bot's own channel messages, as real Discord does. Default false. */
  echoOwnMessages?: boolean;
  /** Intents the application may not use (a privileged intent not enabled in the portal): IDENTIFY asking for any is closed with GatewayCloseCodes.DisallowedIntents. */
  refusedIntents?: number;
  /** With `shards`: one more server (with a #general) for each shard that does not own the first, so every shard owns one. */
  guildPerShard?: boolean;
  /** How many shards may identify at once (GET /gateway/bot); default `shards`. */
  maxConcurrency?: number;
  /** The permissions of the bot's role (default: all, Administrator included), to stage a server that gave it less. */
  botPermissions?: bigint;
  /** Permissions #help's overwrite for the bot's role denies (no overwrite by default). */
  forumDeniesBot?: bigint;
}

/** A server of the fake and its #general. */
export interface FakeGuild {
  id: string;
  general: string;
}
export type RequestMatch = { method?: string; path?: string | RegExp } | ((r: RecordedRequest) => boolean);
interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const DISCORD_EPOCH = 1420070400000n;
// Fixed ids come from one instant (2023-01-01) so they are stable across runs and still valid snowflakes.
const fixedTime = 1672531200000n - DISCORD_EPOCH;
export const fixedId = (n: number): string => ((fixedTime << 22n) | BigInt(n)).toString();

/** A thread channel as Discord describes one just created: open, unlocked, no messages yet. */
function threadChannel(input: {
  id: string;
  type: ChannelType.PublicThread | ChannelType.PrivateThread;
  guildId: string;
  parentId: string;
  name: string;
  ownerId: string;
  autoArchiveMinutes: number;
  rateLimitPerUser?: number;
  invitable?: boolean;
}): APIThreadChannel {
  const now = new Date().toISOString();
  return {
    id: input.id,
    type: input.type,
    guild_id: input.guildId,
    parent_id: input.parentId,
    name: input.name,
    owner_id: input.ownerId,
    last_message_id: null,
    rate_limit_per_user: input.rateLimitPerUser ?? 0,
    member_count: 1,
    message_count: 0,
    total_message_sent: 0,
    applied_tags: [],
    permission_overwrites: [],
    nsfw: false,
    thread_metadata: {
      archived: false,
      auto_archive_duration: input.autoArchiveMinutes,
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
      ...(input.invitable !== undefined && { invitable: input.invitable }),
    },
  };
}
const ALL_PERMISSIONS = Object.values(PermissionFlagsBits)
  .reduce((a, b) => a | b, 0n)
  .toString();
const P = PermissionFlagsBits;
const MEMBER_PERMISSIONS = (
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.UseApplicationCommands |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.SendMessagesInThreads |
  P.CreatePublicThreads
).toString();
/** An interaction's app permissions where only a user install reaches (Discord's own set for such places). */
const USER_INSTALL_APP_PERMISSIONS = (P.AttachFiles | P.EmbedLinks | P.MentionEveryone).toString();

const toApiUser = (u: FakeUser): APIUser => ({
  id: u.id,
  username: u.username,
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: u.bot ?? false,
});
const matches = (m: RequestMatch, r: RecordedRequest): boolean =>
  typeof m === 'function'
    ? m(r)
    : (!m.method || m.method.toUpperCase() === r.method) &&
      (m.path === undefined || (typeof m.path === 'string' ? m.path === r.path : m.path.test(r.path)));

interface Connection {
  ws: WebSocket;
  seq: number;
  shard: [number, number];
  ready: boolean;
}
interface InteractionRecord {
  id: string;
  token: string;
  channelId: string;
  isCommand: boolean;
  user: FakeUser;
  clickedMessageId?: string;
  acknowledged: boolean;
  originalId?: string;
  /** Authorized by the user's own install of the app (authorizing_integration_owners {"1": user}). */
  userInstall?: boolean;
}
type InteractionKind =
  | { type: InteractionType.ApplicationCommand; data: APIChatInputApplicationCommandInteractionData }
  | {
      type: InteractionType.ApplicationCommandAutocomplete;
      data: APIChatInputApplicationCommandInteractionData & { options: APIApplicationCommandInteractionDataOption[] };
    }
  | { type: InteractionType.MessageComponent; data: APIMessageButtonInteractionData; message: APIMessage };
type Handler = (p: Record<string, string>, body: any, query: URLSearchParams) => FakeResponse;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly threads: APIThreadChannel[] = [];
  readonly applicationId = fixedId(1);
  readonly bot: FakeUser = { id: this.applicationId, username: 'FakeBot', bot: true };
  readonly guildId = fixedId(2);
  /** `forum` is a forum channel (#help): each post in it is a thread. */
  readonly channels = { general: fixedId(3), answers: fixedId(4), other: fixedId(5), forum: fixedId(12) };
  readonly users = {
    alice: { id: fixedId(6), username: 'alice' } as FakeUser,
    bob: { id: fixedId(7), username: 'bob' } as FakeUser,
    someBot: { id: fixedId(8), username: 'someBot', bot: true } as FakeUser,
  };
  readonly dmChannelId = fixedId(9);
  /** The servers: the first is guildId with channels; with guildPerShard, one more per further shard. */
  readonly guilds: FakeGuild[];
  private readonly botRoleId = fixedId(10);
  /** The server's roles a message may mention: the bot's own (managed, tagged with its id) and one for people. */
  readonly roles = { bot: this.botRoleId, mentors: fixedId(41) };
  private readonly ownerId = fixedId(11); // nobody we drive, so no test user gets owner powers
  /**
   * Places only a user install reaches, the bot being in none of them: a server it is not in (`guildId`, with
   * a text channel `channel` and no GUILD_CREATE), a group DM of alice and bob, and a DM between alice and
   * bob (`privateDm`, as alice's client shows it). Interactions from them are
   * authorized by the user's install and carry only an interaction's app permissions; the channel routes
   * refuse them (403 Missing Access), as Discord does for a channel the bot cannot see.
   */
  readonly elsewhere = { guildId: fixedId(61), channel: fixedId(62), groupDm: fixedId(63), privateDm: fixedId(64) };
  apiUrl = '';
  private gatewayUrl = '';
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly connections: Connection[] = [];
  private readonly messages = new Map<string, APIMessage>();
  /** Messages people sent (sendMessage), until deleted: what a reply may reference besides the bot's own. */
  private readonly userMessages = new Map<string, GatewayMessageCreateDispatchData>();
  private readonly dmChannels = new Map<string, APIDMChannel>(); // by recipient id
  private readonly interactions = new Map<string, InteractionRecord>(); // by token
  private readonly interactionTokens = new Map<string, string>(); // interaction id -> token
  private readonly commandIds = new Map<string, string>();
  private readonly failures: { match: RequestMatch; response: FakeResponse; times: number }[] = [];
  private readonly delays: { match: RequestMatch; ms: number; times: number }[] = [];
  private readonly waiters = new Set<() => boolean>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private lastSnowflake = 0n;
  private readonly routes: [string, RegExp, string[], Handler][] = [];

  private constructor(private readonly options: FakeDiscordOptions) {
    this.guilds = [{ id: this.guildId, general: this.channels.general }];
    const shards = options.shards ?? 1;
    const firstShard = Number(fixedTime % BigInt(shards));
    for (let shard = 0; options.guildPerShard && shard < shards; shard += 1) {
      if (shard === firstShard) continue;
      // Discord's rule puts a server on shard (id >> 22) % shards: pick the creation time that lands here.
      const created = fixedTime + BigInt((shard - firstShard + shards) % shards);
      this.guilds.push({
        id: ((created << 22n) | BigInt(20 + 2 * shard)).toString(),
        general: ((created << 22n) | BigInt(21 + 2 * shard)).toString(),
      });
    }
    this.dmChannels.set(this.users.alice.id, this.dmChannel(this.dmChannelId, this.users.alice));
    this.defineRoutes();
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.onConnection(ws));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.server.address() as AddressInfo;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.gatewayUrl = `ws://127.0.0.1:${port}`;
    return fake;
  }

  // Increasing, and derived from the clock so discord.js's createdTimestamp is right.
  private snowflake(): string {
    let id = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
    if (id <= this.lastSnowflake) id = this.lastSnowflake + 1n;
    this.lastSnowflake = id;
    return id.toString();
  }

  // ---------------------------------------------------------------- waiting
  private waitFor<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const waiter = (): boolean => {
        const value = check();
        if (value === undefined) return false;
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(describe()));
      }, timeoutMs);
      if (!waiter()) this.waiters.add(waiter);
    });
  }
  private notify(): void {
    for (const waiter of [...this.waiters]) if (waiter()) this.waiters.delete(waiter);
  }
  private describeRequests(): string {
    return this.requests.map((r, i) => `  #${i} ${r.method} ${r.path} -> ${r.status}`).join('\n') || '  (none)';
  }

  waitForReady(timeoutMs = 5000): Promise<void> {
    return this.waitFor(
      () => {
        const latest = this.connections.at(-1);
        if (!latest?.ready) return undefined;
        const [, count] = latest.shard;
        for (let s = 0; s < count; s++) if (!this.connections.some((c) => c.ready && c.shard[0] === s)) return undefined;
        return true;
      },
      timeoutMs,
      () => `FakeDiscord: no client became ready within ${timeoutMs} ms; requests:\n${this.describeRequests()}`,
    ).then(() => undefined);
  }

  /** The first matching request among those recorded from index `since` on (default: from now). */
  waitForRequest(match: RequestMatch, timeoutMs = 5000, since = this.requests.length): Promise<RecordedRequest> {
    return this.waitFor(
      () => this.requests.slice(since).find((r) => matches(match, r)),
      timeoutMs,
      () =>
        `FakeDiscord: no request matching ${
          typeof match === 'function' ? 'the predicate' : JSON.stringify({ method: match.method, path: String(match.path) })
        } within ${timeoutMs} ms; recorded:\n${this.describeRequests()}`,
    );
  }
  requestsMatching(match: RequestMatch): RecordedRequest[] {
    return this.requests.filter((r) => matches(match, r));
  }

  // ---------------------------------------------------------------- fixtures
  private guildChannel(id: string, name: string, position: number, guildId = this.guildId): APITextChannel {
    return {
      id,
      type: ChannelType.GuildText,
      guild_id: guildId,
      name,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
  }
  /** The id of `user`'s DM with the bot, opened on first use as Discord opens one (alice's is dmChannelId). */
  dmChannelOf(user: FakeUser): string {
    if (!this.dmChannels.has(user.id)) this.dmChannels.set(user.id, this.dmChannel(this.snowflake(), user));
    return this.dmChannels.get(user.id)!.id;
  }
  private dmChannel(id: string, recipient: FakeUser): APIDMChannel {
    return { id, type: ChannelType.DM, recipients: [toApiUser(recipient)], last_message_id: null, name: null };
  }
  private textChannels(guildId?: string): APITextChannel[] {
    const { general, answers, other } = this.channels;
    const first = [
      this.guildChannel(general, 'general', 0),
      this.guildChannel(answers, 'answers', 1),
      this.guildChannel(other, 'other', 2),
    ];
    const more = this.guilds.slice(1).map((g) => this.guildChannel(g.general, 'general', 0, g.id));
    return [...first, ...more].filter((c) => guildId === undefined || c.guild_id === guildId);
  }
  /** The first server's forum channel, #help, with a tag and a default reaction as servers set them up. */
  private forumChannel(): APIGuildForumChannel {
    return {
      id: this.channels.forum,
      type: ChannelType.GuildForum,
      guild_id: this.guildId,
      name: 'help',
      position: 3,
      permission_overwrites: this.options.forumDeniesBot
        ? [{ id: this.botRoleId, type: OverwriteType.Role, allow: '0', deny: this.options.forumDeniesBot.toString() }]
        : [],
      nsfw: false,
      parent_id: null,
      topic: 'One question per post',
      last_message_id: null,
      rate_limit_per_user: 0,
      default_auto_archive_duration: 4320,
      available_tags: [{ id: fixedId(13), name: 'salary', moderated: false, emoji_id: null, emoji_name: '💰' }],
      default_reaction_emoji: { emoji_id: null, emoji_name: '👍' },
      default_thread_rate_limit_per_user: 0,
      default_sort_order: null,
      default_forum_layout: ForumLayoutType.ListView,
    };
  }
  private channel(id: string): APIChannel | undefined {
    return (
      this.textChannels().find((c) => c.id === id) ??
      (id === this.channels.forum ? this.forumChannel() : undefined) ??
      this.threads.find((t) => t.id === id) ??
      [...this.dmChannels.values()].find((c) => c.id === id)
    );
  }
  /** A channel of `elsewhere`, as an interaction from it describes it. */
  private elsewhereChannel(id: string): APITextChannel | APIGroupDMChannel | APIDMChannel | undefined {
    const { alice, bob } = this.users;
    if (id === this.elsewhere.channel) return this.guildChannel(id, 'lounge', 0, this.elsewhere.guildId);
    if (id === this.elsewhere.privateDm) return this.dmChannel(id, bob);
    if (id !== this.elsewhere.groupDm) return undefined;
    return { id, type: ChannelType.GroupDM, name: 'study group', recipients: [toApiUser(alice), toApiUser(bob)], owner_id: alice.id };
  }
  private guildOf(channelId: string): string | undefined {
    const channel = this.channel(channelId);
    return channel && 'guild_id' in channel ? channel.guild_id : undefined;
  }
  private member(user: FakeUser, roles: string[] = []): APIGuildMember {
    return {
      user: toApiUser(user),
      roles,
      joined_at: '2023-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
    };
  }
  private guildCreate(guildId: string): GatewayGuildCreateDispatchData {
    const role = (id: string, name: string, permissions: string, position: number): APIRole => ({
      id,
      name,
      permissions,
      position,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    });
    return {
      id: guildId,
      name: guildId === this.guildId ? 'Fake Guild' : `Fake Guild ${this.guilds.findIndex((g) => g.id === guildId) + 1}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.ownerId,
      region: 'us-west',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      mfa_level: GuildMFALevel.None,
      // @everyone gets member-level permissions; the bot gets everything through its own role.
      // The bot's role is the one Discord creates when the bot joins: managed, and tagged with the bot's id.
      roles: [
        role(guildId, '@everyone', MEMBER_PERMISSIONS, 0),
        {
          ...role(this.botRoleId, 'FakeBot', this.options.botPermissions?.toString() ?? ALL_PERMISSIONS, 1),
          managed: true,
          tags: { bot_id: this.bot.id },
        },
        role(this.roles.mentors, 'Mentors', MEMBER_PERMISSIONS, 2),
      ],
      emojis: [],
      stickers: [],
      features: [],
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: GuildPremiumTier.None,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      hub_type: null,
      incidents_data: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      premium_subscription_count: 0,
      joined_at: '2023-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 4,
      members: [this.member(this.bot, [this.botRoleId])],
      channels: [...this.textChannels(guildId), ...(guildId === this.guildId ? [this.forumChannel()] : [])],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
  /** A message from the bot, built from a create-message style body. */
  private botMessage(channelId: string, body: any, extra: Partial<APIMessage> = {}): APIMessage {
    const message: APIMessage = {
      id: this.snowflake(),
      channel_id: channelId,
      author: toApiUser(this.bot),
      content: body?.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body?.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: attachmentsOf(body),
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type: body?.message_reference ? MessageType.Reply : MessageType.Default,
      flags: body?.flags ?? 0,
      ...extra,
    };
    if (body?.message_reference) {
      message.message_reference = { guild_id: this.guildOf(channelId), channel_id: channelId, ...body.message_reference };
    }
    this.messages.set(message.id, message);
    return message;
  }
  private edit(message: APIMessage, body: any): APIMessage {
    for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
      if (body?.[key] !== undefined) (message as any)[key] = body[key] ?? (key === 'content' ? '' : []);
    }
    if (body?.attachments !== undefined) message.attachments = attachmentsOf(body);
    message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  // ---------------------------------------------------------------- gateway
  private onConnection(ws: WebSocket): void {
    const conn: Connection = { ws, seq: 0, shard: [0, 1], ready: false };
    ws.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: any };
      if (payload.op === GatewayOpcodes.Heartbeat) ws.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
      // Sessions do not survive here; op 9 with d:false makes the client identify afresh.
      if (payload.op === GatewayOpcodes.Resume) ws.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
      if (payload.op === GatewayOpcodes.Identify) this.identify(conn, payload.d);
    });
    ws.on('close', () => {
      const i = this.connections.indexOf(conn);
      if (i >= 0) this.connections.splice(i, 1);
      this.notify();
    });
  }
  readonly identifiedIntents: number[] = [];
  /** The shard ([id, count]) each accepted IDENTIFY asked for, in order. */
  readonly identifiedShards: [number, number][] = [];
  private identify(conn: Connection, d: { shard?: [number, number]; intents?: number }): void {
    this.identifiedIntents.push(d.intents ?? 0);
    if (this.options.refusedIntents && ((d.intents ?? 0) & this.options.refusedIntents) !== 0) {
      conn.ws.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    conn.shard = d.shard ?? [0, 1];
    this.identifiedShards.push([...conn.shard]);
    this.connections.push(conn);
    const owned = this.guilds.filter((g) => (BigInt(g.id) >> 22n) % BigInt(conn.shard[1]) === BigInt(conn.shard[0]));
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: toApiUser(this.bot),
      guilds: owned.map((g) => ({ id: g.id, unavailable: true })),
      session_id: `session-${this.snowflake()}`,
      resume_gateway_url: this.gatewayUrl,
      shard: conn.shard,
      application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.send(conn, GatewayDispatchEvents.Ready, ready);
    for (const guild of owned) this.send(conn, GatewayDispatchEvents.GuildCreate, this.guildCreate(guild.id));
    conn.ready = true;
    this.notify();
  }
  private send(conn: Connection, t: GatewayDispatchEvents, d: unknown): void {
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: ++conn.seq, d }));
  }
  /** To every ready connection whose shard owns the guild (DMs live on shard 0). */
  private dispatch(t: GatewayDispatchEvents, d: unknown, guildId: string | undefined): void {
    const targets = this.connections.filter(
      (c) => c.ready && (guildId ? (BigInt(guildId) >> 22n) % BigInt(c.shard[1]) === BigInt(c.shard[0]) : c.shard[0] === 0),
    );
    for (const conn of targets) this.send(conn, t, d);
  }

  // ---------------------------------------------------------------- driving the bot
  /** `replyTo` makes it a reply to a stored message; like Discord's default, the reply pings that message's author. */
  sendMessage(input: {
    author: FakeUser;
    channelId: string;
    content: string;
    mentionsBot?: boolean;
    webhookId?: string;
    replyTo?: string;
    /** The message's id; by default a new one (a forum post's starter message has the post's). */
    id?: string;
  }): { messageId: string } {
    const channel = this.channel(input.channelId);
    if (!channel) throw new Error(`FakeDiscord: unknown channel ${input.channelId}`);
    const guildId = this.guildOf(input.channelId);
    const botMention = `<@${this.bot.id}>`;
    const content =
      input.mentionsBot && !input.content.includes(botMention) && !input.content.includes(`<@!${this.bot.id}>`)
        ? `${botMention} ${input.content}`
        : input.content;
    const known = [this.bot, ...Object.values(this.users)];
    const mentioned = [...content.matchAll(/<@!?(\d+)>/g)]
      .map((m) => known.find((u) => u.id === m[1]))
      .filter((u): u is FakeUser => u !== undefined);
    const referenced = input.replyTo === undefined ? undefined : this.messages.get(input.replyTo);
    if (input.replyTo !== undefined && !referenced) throw new Error(`FakeDiscord: replyTo unknown message ${input.replyTo}`);
    const repliedTo = referenced && known.find((u) => u.id === referenced.author.id);
    if (repliedTo) mentioned.push(repliedTo);
    const message: GatewayMessageCreateDispatchData = {
      id: input.id ?? this.snowflake(),
      channel_id: input.channelId,
      author: toApiUser(input.author),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [...new Set(mentioned)].map(toApiUser),
      mention_roles: guildId ? this.mentionedRoles(content) : [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: MessageType.Default,
      // Without channel_type discord.js cannot build an uncached (partial) DM channel and drops the message.
      channel_type: channel.type as TextChannelType,
      ...(guildId && { guild_id: guildId }),
      ...(guildId && !input.webhookId && { member: withoutUser(this.member(input.author)) }),
      ...(input.webhookId && { webhook_id: input.webhookId }),
      ...(referenced && {
        type: MessageType.Reply,
        message_reference: { message_id: referenced.id, channel_id: referenced.channel_id, ...(guildId && { guild_id: guildId }) },
        referenced_message: referenced,
      }),
    };
    this.userMessages.set(message.id, message);
    this.dispatch(GatewayDispatchEvents.MessageCreate, message, guildId);
    return { messageId: message.id };
  }

  /**
   * Someone opens a post in a forum (#help by default): THREAD_CREATE (a public thread of the forum,
   * `newly_created`, its name the post's title) and the starter MESSAGE_CREATE, whose id is the thread's and
   * whose channel is the thread. Discord usually sends the thread first; `order` stages the message first, or
   * alone (the thread event never seen). Later messages in the post: sendMessage with the thread's id.
   */
  createForumPost(input: {
    author: FakeUser;
    title: string;
    content: string;
    forumId?: string;
    mentionsBot?: boolean;
    webhookId?: string;
    order?: 'thread-first' | 'message-first' | 'message-only';
  }): { threadId: string; messageId: string } {
    const forumId = input.forumId ?? this.channels.forum;
    const guildId = this.guildOf(forumId);
    if (!guildId) throw new Error(`FakeDiscord: unknown forum ${forumId}`);
    const thread = threadChannel({
      id: this.snowflake(),
      type: ChannelType.PublicThread,
      guildId,
      parentId: forumId,
      name: input.title,
      ownerId: input.author.id,
      autoArchiveMinutes: 4320,
    });
    this.threads.push(thread);
    const order = input.order ?? 'thread-first';
    const event: GatewayThreadCreateDispatchData = { ...thread, newly_created: true };
    const threadCreate = () => this.dispatch(GatewayDispatchEvents.ThreadCreate, event, guildId);
    if (order === 'thread-first') threadCreate();
    const { author, content, mentionsBot, webhookId } = input;
    this.sendMessage({
      author,
      channelId: thread.id,
      content,
      id: thread.id,
      ...(mentionsBot && { mentionsBot }),
      ...(webhookId && { webhookId }),
    });
    if (order === 'message-first') threadCreate();
    return { threadId: thread.id, messageId: thread.id };
  }

  /** The server roles `<@&id>` names in the text (Discord lists only real roles in mention_roles). */
  private mentionedRoles(content: string): string[] {
    const known: string[] = Object.values(this.roles);
    return [...new Set([...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1] ?? ''))].filter((id) => known.includes(id));
  }

  /**
   * The author edits a message sent with sendMessage: MESSAGE_UPDATE with the whole message, its new text (and
   * its mentions, read from it) and `edited_timestamp` now, as Discord sends an edit.
   */
  editMessage(input: { messageId: string; content: string }): void {
    const message = this.userMessages.get(input.messageId);
    if (!message) throw new Error(`FakeDiscord: editMessage on unknown message ${input.messageId}`);
    const known = [this.bot, ...Object.values(this.users)];
    const named = [...input.content.matchAll(/<@!?(\d+)>/g)].flatMap((m) => known.filter((u) => u.id === m[1]));
    const replied = message.referenced_message ? known.filter((u) => u.id === message.referenced_message?.author.id) : [];
    Object.assign(message, {
      content: input.content,
      mentions: [...new Set([...named, ...replied])].map(toApiUser),
      mention_roles: message.guild_id ? this.mentionedRoles(input.content) : [],
      edited_timestamp: new Date().toISOString(),
    });
    this.dispatchUpdate(message);
  }

  /**
   * Discord adds a link preview to a message: MESSAGE_UPDATE with the embed added and nothing else changed (the
   * edit time stays as it was: the author did not edit).
   */
  addLinkPreview(input: { messageId: string; url: string; title: string }): void {
    const message = this.userMessages.get(input.messageId);
    if (!message) throw new Error(`FakeDiscord: addLinkPreview on unknown message ${input.messageId}`);
    const embed: APIEmbed = { type: EmbedType.Link, url: input.url, title: input.title };
    message.embeds = [...message.embeds, embed];
    this.dispatchUpdate(message);
  }

  private dispatchUpdate(message: GatewayMessageCreateDispatchData): void {
    const update: GatewayMessageUpdateDispatchData = { ...message };
    this.dispatch(GatewayDispatchEvents.MessageUpdate, update, message.guild_id);
  }

  /** Someone (the author, a moderator, AutoMod) deletes a message: MESSAGE_DELETE carries its ids alone. */
  deleteMessage(messageId: string): void {
    const message = this.userMessages.get(messageId) ?? this.messages.get(messageId);
    if (!message) throw new Error(`FakeDiscord: deleteMessage on unknown message ${messageId}`);
    this.userMessages.delete(messageId);
    this.messages.delete(messageId);
    const guildId = this.guildOf(message.channel_id);
    const event: GatewayMessageDeleteDispatchData = {
      id: messageId,
      channel_id: message.channel_id,
      ...(guildId && { guild_id: guildId }),
    };
    this.dispatch(GatewayDispatchEvents.MessageDelete, event, guildId);
  }

  /** A moderator purges messages of one channel at once: MESSAGE_DELETE_BULK. */
  bulkDeleteMessages(channelId: string, messageIds: string[]): void {
    for (const id of messageIds) {
      this.userMessages.delete(id);
      this.messages.delete(id);
    }
    const guildId = this.guildOf(channelId);
    const event: GatewayMessageDeleteBulkDispatchData = { ids: messageIds, channel_id: channelId, ...(guildId && { guild_id: guildId }) };
    this.dispatch(GatewayDispatchEvents.MessageDeleteBulk, event, guildId);
  }

  private interact(
    user: FakeUser,
    channelId: string,
    record: Partial<InteractionRecord>,
    kind: InteractionKind,
    permissions = MEMBER_PERMISSIONS,
    appPermissions = ALL_PERMISSIONS,
  ): { interactionId: string; token: string } {
    const away = this.elsewhereChannel(channelId);
    const channel = this.channel(channelId) ?? away;
    if (!channel) throw new Error(`FakeDiscord: unknown channel ${channelId}`);
    const id = this.snowflake();
    const token = `fake-interaction-token-${id}`;
    const guildId = this.guildOf(channelId) ?? (away && 'guild_id' in away ? away.guild_id : undefined);
    const byUser = away !== undefined || record.userInstall === true;
    const common = {
      ...kind,
      id,
      application_id: this.applicationId,
      token,
      version: 1 as const,
      channel_id: channelId,
      channel,
      app_permissions: away ? USER_INSTALL_APP_PERMISSIONS : appPermissions,
      locale: Locale.EnglishUS,
      entitlements: [],
      attachment_size_limit: 8 * 1024 * 1024,
    };
    const payload: APIInteraction = guildId
      ? {
          ...common,
          guild_id: guildId,
          guild: { id: guildId, locale: Locale.EnglishUS, features: [] },
          guild_locale: Locale.EnglishUS,
          member: { ...this.member(user), user: toApiUser(user), permissions },
          context: InteractionContextType.Guild,
          authorizing_integration_owners: byUser
            ? { [ApplicationIntegrationType.UserInstall]: user.id }
            : { [ApplicationIntegrationType.GuildInstall]: guildId },
        }
      : {
          ...common,
          user: toApiUser(user),
          context: away ? InteractionContextType.PrivateChannel : InteractionContextType.BotDM,
          authorizing_integration_owners: byUser ? { [ApplicationIntegrationType.UserInstall]: user.id } : {},
        };
    this.interactions.set(token, { id, token, channelId, user, acknowledged: false, isCommand: false, ...record, userInstall: byUser });
    this.interactionTokens.set(id, token);
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload, guildId);
    return { interactionId: id, token };
  }

  slashCommand(input: {
    user: FakeUser;
    name: string;
    options?: { name: string; type: number; value: string | number | boolean }[];
    channelId?: string;
    permissions?: string;
    appPermissions?: string;
    /** Through the user's own install (implied in `elsewhere`'s channels; in the bot's DM, say so). */
    userInstall?: boolean;
  }): { interactionId: string; token: string } {
    const options = input.options ?? [];
    // Discord sends the channels named by channel options in `resolved`, with the invoker's permissions in each.
    const channels = Object.fromEntries(
      options
        .filter((o) => o.type === ApplicationCommandOptionType.Channel)
        .flatMap((o) => {
          const channel = this.channel(String(o.value)) ?? this.elsewhereChannel(String(o.value));
          return channel ? [[channel.id, { ...channel, permissions: input.permissions ?? MEMBER_PERMISSIONS }]] : [];
        }),
    );
    return this.interact(
      input.user,
      input.channelId ?? this.channels.general,
      { isCommand: true, ...(input.userInstall && { userInstall: true }) },
      {
        type: InteractionType.ApplicationCommand,
        data: {
          id: this.commandId(input.name),
          name: input.name,
          type: ApplicationCommandType.ChatInput,
          options: options as APIApplicationCommandInteractionDataOption[],
          ...(Object.keys(channels).length > 0
            ? { resolved: { channels } as APIChatInputApplicationCommandInteractionData['resolved'] }
            : {}),
        },
      },
      input.permissions,
      input.appPermissions,
    );
  }
  autocomplete(input: { user: FakeUser; name: string; option: string; value: string; channelId?: string }): {
    interactionId: string;
    token: string;
  } {
    return this.interact(
      input.user,
      input.channelId ?? this.channels.general,
      {},
      {
        type: InteractionType.ApplicationCommandAutocomplete,
        data: {
          id: this.commandId(input.name),
          name: input.name,
          type: ApplicationCommandType.ChatInput,
          options: [{ name: input.option, type: ApplicationCommandOptionType.String, value: input.value, focused: true }],
        },
      },
    );
  }
  /**
   * A click on a stored message. `asShown`: the message as the person's client still showed it (a copy taken
   * earlier): a double click, or a second client not yet updated, sends that, not the message as it is now.
   */
  clickButton(input: {
    user: FakeUser;
    messageId: string;
    customId: string;
    channelId?: string;
    asShown?: APIMessage;
    userInstall?: boolean;
  }): {
    interactionId: string;
    token: string;
  } {
    const stored = this.messages.get(input.messageId);
    if (!stored) throw new Error(`FakeDiscord: clickButton on unknown message ${input.messageId}`);
    const message = input.asShown ?? stored;
    return this.interact(
      input.user,
      input.channelId ?? message.channel_id,
      { clickedMessageId: message.id, ...(input.userInstall && { userInstall: true }) },
      {
        type: InteractionType.MessageComponent,
        message,
        data: { custom_id: input.customId, component_type: ComponentType.Button },
      },
    );
  }
  private commandId(name: string): string {
    if (!this.commandIds.has(name)) this.commandIds.set(name, this.snowflake());
    return this.commandIds.get(name)!;
  }

  // ---------------------------------------------------------------- the store
  message(id: string): APIMessage | undefined {
    return this.messages.get(id);
  }
  /** The latest message the bot created in the channel (edits do not reorder). */
  lastMessageIn(channelId: string): APIMessage | undefined {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId).at(-1);
  }
  replyMessageOf(interactionId: string): APIMessage | undefined {
    const id = this.interactions.get(this.interactionTokens.get(interactionId) ?? '')?.originalId;
    return id === undefined ? undefined : this.messages.get(id);
  }

  // ---------------------------------------------------------------- failures
  failNext(match: RequestMatch, response: FakeResponse, times = 1): void {
    this.failures.push({ match, response, times });
  }
  delayNext(match: RequestMatch, ms: number, times = 1): void {
    this.delays.push({ match, ms, times });
  }
  private take<T extends { match: RequestMatch; times: number }>(rules: T[], r: RecordedRequest): T | undefined {
    const rule = rules.find((x) => x.times > 0 && matches(x.match, r));
    if (rule) rule.times--;
    return rule;
  }

  /** Like the bot process dying. A client left running reconnects, gets op 9 and re-identifies (~5-6.5 s throttle). */
  disconnectClients(): void {
    // Forget them now: 'close' fires later, and a waitForReady called meanwhile must not see them.
    this.connections.length = 0;
    for (const ws of this.wss.clients) ws.terminate();
  }
  async close(): Promise<void> {
    this.disconnectClients();
    for (const timer of this.timers) clearTimeout(timer);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- REST
  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname
      .replace(/^\/api(\/v\d+)?/, '')
      .split('/')
      .map(decodeURIComponent)
      .join('/');
    const files = parseFiles(Buffer.concat(chunks), req.headers['content-type'] ?? '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.search.slice(1),
      body: withFileNames(parseBody(Buffer.concat(chunks), req.headers['content-type'] ?? ''), files),
      files,
      at,
      status: 0,
    };
    let response: FakeResponse;
    try {
      response = this.take(this.failures, record)?.response ?? this.route(record, url.searchParams);
    } catch (error) {
      console.error('FakeDiscord: handler crashed on', record.method, record.path, error);
      response = { status: 500, body: { message: `FakeDiscord handler crashed: ${String(error)}`, code: RESTJSONErrorCodes.GeneralError } };
    }
    record.status = response.status;
    this.requests.push(record);
    this.notify();
    const headers: Record<string, string> = { ...response.headers };
    const body = response.body as { retry_after?: number } | undefined;
    if (response.status === 429 && body?.retry_after !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after'))
      headers['retry-after'] = String(body.retry_after);
    const answer = (): void => {
      // A JSON content type with an empty body crashes discord.js, so bodiless answers carry no content type.
      if (response.body === undefined) res.writeHead(response.status, headers).end();
      else res.writeHead(response.status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(response.body));
    };
    const delay = this.take(this.delays, record);
    if (!delay) return answer();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      answer();
    }, delay.ms);
    this.timers.add(timer);
  }

  private route(r: RecordedRequest, query: URLSearchParams): FakeResponse {
    for (const [method, regex, names, handler] of this.routes) {
      const m = r.method === method ? regex.exec(r.path) : null;
      if (m) return handler(Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? ''])), r.body, query);
    }
    return notFound();
  }
  private on(method: string, pattern: string, handler: Handler): void {
    const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
    this.routes.push([method, new RegExp(`^${pattern.replace(/:\w+/g, '([^/]+)')}$`), names, handler]);
  }

  private defineRoutes(): void {
    const ok = (body: unknown, status = 200): FakeResponse => ({ status, body });
    this.on('GET', '/gateway/bot', () => {
      const shards = this.options.shards ?? 1;
      // max_concurrency = shards by default, or @discordjs/ws spaces shard identifies 5 s apart.
      const result: RESTGetAPIGatewayBotResult = {
        url: this.gatewayUrl,
        shards,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.options.maxConcurrency ?? shards },
      };
      return ok(result);
    });
    this.on('GET', '/users/@me', () => ok(toApiUser(this.bot)));
    // The portal's Message Content toggle shows in the application's flags (GatewayMessageContentLimited: on, under 100 servers).
    this.on('GET', '/applications/@me', () =>
      ok({
        id: this.applicationId,
        name: 'FakeBot',
        description: '',
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: 'fake',
        flags: (this.options.refusedIntents ?? 0) & GatewayIntentBits.MessageContent ? 0 : ApplicationFlags.GatewayMessageContentLimited,
      }),
    );
    this.on('PATCH', '/channels/:channel', (p, body) =>
      this.withChannel(p, (c) => {
        const thread = this.threads.find((t) => t.id === c.id);
        if (!thread) return { status: 403, body: { code: RESTJSONErrorCodes.MissingPermissions, message: 'Missing Permissions' } };
        if (body?.archived !== undefined) thread.thread_metadata = { ...thread.thread_metadata!, archived: body.archived };
        return ok(thread);
      }),
    );
    this.on('POST', '/users/@me/channels', (_, body) => {
      const recipient = [...Object.values(this.users), this.bot].find((u) => u.id === body?.recipient_id);
      if (!recipient) return notFound(RESTJSONErrorCodes.UnknownUser, 'Unknown User');
      this.dmChannelOf(recipient);
      return ok(this.dmChannels.get(recipient.id));
    });
    this.on('GET', '/channels/:channel', (p) => this.withChannel(p, (c) => ok(c)));
    this.on('POST', '/channels/:channel/typing', (p) => this.withChannel(p, () => ({ status: 204 })));
    this.on('POST', '/channels/:channel/messages', (p, body) =>
      this.withChannel(p, (c) => {
        const reference = body?.message_reference;
        if (
          reference?.message_id !== undefined &&
          !this.messages.has(reference.message_id) &&
          !this.userMessages.has(reference.message_id)
        ) {
          // A reply to a message that is gone: refused, unless the reference may be dropped.
          if (reference.fail_if_not_exists !== false) return unknownReference();
          body = { ...body, message_reference: undefined };
        }
        const message = this.botMessage(c.id, body);
        if (this.options.echoOwnMessages) {
          this.dispatch(GatewayDispatchEvents.MessageCreate, { ...message, guild_id: this.guildOf(c.id) }, this.guildOf(c.id));
        }
        return ok(message);
      }),
    );
    const inChannel = (p: Record<string, string>) => {
      const message = this.messages.get(p.message ?? '');
      return message?.channel_id === p.channel ? message : undefined;
    };
    this.on('GET', '/channels/:channel/messages/:message', (p) => {
      const message = inChannel(p);
      return message ? ok(message) : notFound(RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
    });
    this.on('PATCH', '/channels/:channel/messages/:message', (p, body) => {
      const message = inChannel(p);
      return message ? ok(this.edit(message, body)) : notFound(RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
    });
    this.on('DELETE', '/channels/:channel/messages/:message', (p) =>
      inChannel(p) && this.messages.delete(p.message ?? '')
        ? { status: 204 }
        : notFound(RESTJSONErrorCodes.UnknownMessage, 'Unknown Message'),
    );
    this.on('DELETE', '/channels/:channel', (p) =>
      this.withChannel(p, (c) => {
        const i = this.threads.findIndex((t) => t.id === c.id);
        if (i < 0) return { status: 403, body: { code: RESTJSONErrorCodes.MissingPermissions, message: 'Missing Permissions' } };
        const [deleted] = this.threads.splice(i, 1);
        return ok(deleted);
      }),
    );
    this.on('POST', '/channels/:channel/threads', (p, body) => this.withChannel(p, (c) => ok(this.createThread(c.id, body), 201)));
    this.on('POST', '/channels/:channel/messages/:message/threads', (p, body) => {
      const message = inChannel(p);
      if (!message) return notFound(RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
      const thread = this.createThread(message.channel_id, body, message.id);
      Object.assign(message, { thread, flags: (message.flags ?? 0) | MessageFlags.HasThread });
      return ok(thread, 201);
    });
    const putCommands = (p: Record<string, string>, body: any): FakeResponse => {
      if (p.app !== this.applicationId || !Array.isArray(body))
        return notFound(RESTJSONErrorCodes.UnknownApplication, 'Unknown Application');
      return ok(
        body.map((cmd: any) => ({
          type: ApplicationCommandType.ChatInput,
          description: '',
          options: [],
          default_member_permissions: null,
          nsfw: false,
          ...cmd,
          id: this.commandId(cmd.name),
          application_id: this.applicationId,
          version: this.snowflake(),
          ...(p.guild && { guild_id: p.guild }),
        })),
      );
    };
    this.on('PUT', '/applications/:app/commands', putCommands);
    this.on('PUT', '/applications/:app/guilds/:guild/commands', putCommands);
    this.on('POST', '/interactions/:id/:token/callback', (p, body, query) => this.callback(p, body, query));
    this.on('POST', '/webhooks/:app/:token', (p, body) =>
      this.withInteraction(p, (i) => ok(this.botMessage(i.channelId, body, this.interactionExtras(i)))),
    );
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      this.on(method, '/webhooks/:app/:token/messages/:message', (p, body) =>
        this.withInteraction(p, (i) => {
          const message = this.messages.get((p.message === '@original' ? i.originalId : p.message) ?? '');
          if (!message) return notFound(RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
          if (method === 'GET') return ok(message);
          if (method === 'PATCH') return ok(this.edit(message, body));
          this.messages.delete(message.id);
          return { status: 204 };
        }),
      );
    }
  }

  private withChannel(p: Record<string, string>, then: (c: APIChannel) => FakeResponse): FakeResponse {
    if (this.elsewhereChannel(p.channel ?? ''))
      return { status: 403, body: { code: RESTJSONErrorCodes.MissingAccess, message: 'Missing Access' } };
    const channel = this.channel(p.channel ?? '');
    return channel ? then(channel) : notFound(RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
  }
  private withInteraction(p: Record<string, string>, then: (i: InteractionRecord) => FakeResponse): FakeResponse {
    const interaction = this.interactions.get(p.token ?? '');
    if (!interaction || p.app !== this.applicationId) return notFound(RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    return then(interaction);
  }
  private interactionExtras(i: InteractionRecord): Partial<APIMessage> {
    return {
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      type: i.isCommand ? MessageType.ChatInputCommand : MessageType.Default,
      interaction_metadata: {
        id: i.id,
        type: i.isCommand ? InteractionType.ApplicationCommand : InteractionType.MessageComponent,
        user: toApiUser(i.user),
        authorizing_integration_owners: i.userInstall ? { [ApplicationIntegrationType.UserInstall]: i.user.id } : {},
      } as APIMessage['interaction_metadata'],
    };
  }

  private callback(p: Record<string, string>, body: any, query: URLSearchParams): FakeResponse {
    const i = this.interactions.get(p.token ?? '');
    if (!i || i.id !== p.id) return notFound(RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
    if (i.acknowledged)
      return {
        status: 400,
        body: { message: 'Interaction has already been acknowledged.', code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged },
      };
    i.acknowledged = true;
    const data = body?.data ?? {};
    const T = InteractionResponseType;
    if (body?.type === T.ChannelMessageWithSource) {
      i.originalId = this.botMessage(i.channelId, data, this.interactionExtras(i)).id;
    } else if (body?.type === T.DeferredChannelMessageWithSource) {
      i.originalId = this.botMessage(i.channelId, { flags: (data.flags ?? 0) | MessageFlags.Loading }, this.interactionExtras(i)).id;
    } else if (body?.type === T.UpdateMessage || body?.type === T.DeferredMessageUpdate) {
      // For component interactions "@original" is the message the component is on.
      i.originalId = i.clickedMessageId;
      const clicked = this.messages.get(i.clickedMessageId ?? '');
      if (!clicked)
        return {
          status: 400,
          body: { message: 'Invalid Form Body (no message to update)', code: RESTJSONErrorCodes.InvalidFormBodyOrContentType },
        };
      if (body.type === T.UpdateMessage) this.edit(clicked, data);
    }
    if (query.get('with_response') !== 'true') return { status: 204 };
    const message = i.originalId === undefined ? undefined : this.messages.get(i.originalId);
    return {
      status: 200,
      body: {
        interaction: {
          id: i.id,
          type: i.isCommand ? InteractionType.ApplicationCommand : InteractionType.MessageComponent,
          response_message_id: message?.id,
          response_message_loading: body?.type === T.DeferredChannelMessageWithSource,
          response_message_ephemeral: ((message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
        },
        resource: { type: body?.type, ...(message && { message }) },
      },
    };
  }

  private createThread(parentId: string, body: any, messageId?: string): APIThreadChannel {
    const now = new Date().toISOString();
    const guildId = this.guildOf(parentId) ?? this.guildId;
    const id = messageId ?? this.snowflake(); // a thread started from a message shares its id, as on Discord
    const type = body?.type === ChannelType.PrivateThread ? ChannelType.PrivateThread : ChannelType.PublicThread;
    const thread: APIThreadChannel = {
      ...threadChannel({
        id,
        type,
        guildId,
        parentId,
        name: body?.name ?? 'thread',
        ownerId: this.bot.id,
        autoArchiveMinutes: body?.auto_archive_duration ?? 1440,
        rateLimitPerUser: body?.rate_limit_per_user ?? 0,
        ...(type === ChannelType.PrivateThread && { invitable: body?.invitable ?? true }),
      }),
      member: { id, user_id: this.bot.id, join_timestamp: now, flags: 0 as ThreadMemberFlags },
    };
    this.threads.push(thread);
    const event: GatewayThreadCreateDispatchData = { ...thread, newly_created: true };
    this.dispatch(GatewayDispatchEvents.ThreadCreate, event, guildId);
    return thread;
  }
}

function withoutUser({ user: _user, ...member }: APIGuildMember): Omit<APIGuildMember, 'user'> {
  return member;
}

/** Discord's answer to a reply whose message is gone (fail_if_not_exists not false). */
function unknownReference(): FakeResponse {
  return {
    status: 400,
    body: {
      message: 'Invalid Form Body',
      code: RESTJSONErrorCodes.InvalidFormBodyOrContentType,
      errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } },
    },
  };
}

function notFound(code = RESTJSONErrorCodes.GeneralError, message = '404: Not Found'): FakeResponse {
  return { status: 404, body: { message, code } };
}

function parseBody(raw: Buffer, contentType: string): any {
  if (raw.length === 0) return undefined;
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (contentType.startsWith('multipart/form-data') && boundary) {
    for (const part of raw.toString('utf8').split(`--${boundary[1] ?? boundary[2]}`)) {
      const split = part.indexOf('\r\n\r\n');
      if (split >= 0 && /name="payload_json"/.test(part.slice(0, split))) return JSON.parse(part.slice(split + 4).replace(/\r\n$/, ''));
    }
    return undefined;
  }
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The files[n] parts of a multipart/form-data body (Discord's way of sending attachments), bytes as sent. */
function parseFiles(raw: Buffer, contentType: string): RecordedFile[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!contentType.startsWith('multipart/form-data') || !boundary) return [];
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const files: RecordedFile[] = [];
  let at = raw.indexOf(marker);
  while (at >= 0) {
    const next = raw.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = raw.subarray(at + marker.length + 2, next - 2); // past the CRLF after the marker, before the CRLF ending the part
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, Math.max(split, 0)).toString('utf8');
    const field = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    if (split >= 0 && /^files\[\d+\]$/.test(field))
      files.push({
        field,
        filename: /filename="([^"]*)"/.exec(head)?.[1] ?? '',
        contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '',
        data: Buffer.from(part.subarray(split + 4)),
      });
    at = next;
  }
  return files;
}

/** payload_json names an attachment by its part (`id` n for files[n]); Discord takes its file name from the part. */
function withFileNames(body: any, files: RecordedFile[]): any {
  for (const a of body?.data?.attachments ?? body?.attachments ?? [])
    a.filename ??= files.find((f) => f.field === `files[${a.id}]`)?.filename;
  return body;
}

/** A message's attachments as Discord shows them, from the `attachments` of a payload_json (ids, names, alt text). */
function attachmentsOf(body: any): APIMessage['attachments'] {
  if (!Array.isArray(body?.attachments)) return [];
  return body.attachments.map((a: { id?: string | number; filename?: string; description?: string }, i: number) => ({
    id: String(a.id ?? i),
    filename: a.filename ?? '',
    ...(a.description !== undefined ? { description: a.description } : {}),
    size: 0,
    url: `https://cdn.fake/attachments/${a.filename ?? i}`,
    proxy_url: `https://cdn.fake/attachments/${a.filename ?? i}`,
  }));
}
