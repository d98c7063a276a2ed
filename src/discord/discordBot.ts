/**
 * The Discord process: a discord.js client wired to the shared handlers. Used by `npm start`, by each shard
 * of `npm run start:sharded`, and by the end-to-end tests (against the fake Discord).
 */
import { ApplicationFlags, Client, Events, GatewayIntentBits, Partials, REST, Routes } from 'discord.js';
import type { OpenedBot } from '../bot/openBot.js';
import type { Logger } from '../log.js';
import { type Clock, systemClock } from '../quiz/repository.js';
import type { HandlerDeps } from './deps.js';
import { drawChartsAhead } from './render/compareChart.js';
import { Cooldown, type CooldownOptions, defaultCooldown } from '../cooldown/cooldown.js';
import { describeInteraction, dispatchInteraction, refuseWhileStopping } from './dispatcher.js';
import { isClosedThread, isForbidden } from './errors.js';
import { onMessage } from './freeText.js';
import { InFlight } from './inFlight.js';
import { onMessageEdited, onMessagesDeleted } from './questionEdits.js';
import { OneAtATime } from './oneAtATime.js';
import { answerPostDays } from '../posts/answerPosts.js';
import { noMentions } from './render/message.js';
import { PassageRefs } from './passageRefs.js';

/** What the Discord process needs: credentials, the API base, defaults, the opened bot, a logger. */
export interface DiscordBotOptions {
  token: string;
  /** DISCORD_API_URL: the REST base, for an API proxy (or the fake Discord in tests). */
  apiUrl?: string;
  opened: OpenedBot;
  log: Logger;
  clock?: Clock;
  cooldown?: CooldownOptions;
  /**
   * SHARD_IDS and SHARD_COUNT: run only these shards of `count` (the other processes of the bot run the rest).
   * Unset: every shard, or the one a sharding manager gave this process.
   */
  shards?: ShardSet;
  /** How long stop() waits for handlers in flight, in milliseconds (default drainBoundMs). */
  drainBoundMs?: number;
}

/** Which shards a process runs: their ids, each below `count`, the number of shards over every process. */
export interface ShardSet {
  ids: readonly number[];
  count: number;
}

/** A running bot: its client, and how to stop it. */
export interface RunningDiscordBot {
  readonly client: Client;
  /** False when the portal does not allow the privileged Message Content intent and the bot runs without it. */
  readonly readsAllMessages: boolean;
  /**
   * Starts no new handler, waits for those in flight (at most drainBoundMs, logged), then disconnects and
   * closes storage. Never rejects; calling it again returns the same stop.
   */
  stop(): Promise<void>;
  /** Stops waiting for handlers in flight now (a second signal); stop() then closes as usual. */
  cutShort(): void;
}

/**
 * How long a stop waits for handlers in flight: a reply takes well under a second, and 8 s leaves the
 * disconnect and the database's close inside the 10 s that `docker stop` allows before it kills.
 */
export const drainBoundMs = 8_000;

/** Close code Discord uses when a privileged intent is not enabled for the application. */
const disallowedIntents = 4014;
const hourMs = 3_600_000;
/** How long no handler must have run before the next chart is drawn ahead, in milliseconds. */
const chartQuietMs = 200;
/** Application flags saying the portal's Message Content toggle is on (verified, or under 100 servers). */
const messageContentFlags = ApplicationFlags.GatewayMessageContent | ApplicationFlags.GatewayMessageContentLimited;

export function createClient(apiUrl: string | undefined, readAllMessages: boolean, shards?: ShardSet): Client {
  return new Client({
    // discord.js identifies exactly these shards; without them, those a sharding manager named, or all.
    ...(shards ? { shards: [...shards.ids], shardCount: shards.count } : {}),
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      // Privileged: without it, Discord still sends the text of DMs and of messages that mention the bot.
      ...(readAllMessages ? [GatewayIntentBits.MessageContent] : []),
    ],
    // DM channels are not cached before their first message arrives; edits and deletes of messages not cached
    // (sent before a restart, or pushed out of the cache) arrive only as partial messages.
    partials: [Partials.Channel, Partials.Message],
    allowedMentions: noMentions,
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}

/**
 * Whether the portal allows the Message Content intent, asked before connecting: a client refused an
 * intent cannot be swapped for another inside a shard (the sharding manager only knows the first one).
 */
async function messageContentAllowed(options: DiscordBotOptions): Promise<boolean> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const application = (await rest.get(Routes.currentApplication())) as { flags?: number };
  return ((application.flags ?? 0) & messageContentFlags) !== 0;
}

/** Logs in and resolves once the bot is ready to answer; rejects if Discord refuses the login. */
export async function startDiscordBot(options: DiscordBotOptions): Promise<RunningDiscordBot> {
  const clock = options.clock ?? systemClock;
  const { bot } = options.opened;
  const deps: HandlerDeps = {
    bot,
    quizPosts: options.opened.storage.quizPosts,
    answerPosts: options.opened.storage.answerPosts,
    refs: new PassageRefs(bot.passages()),
    log: options.log,
    clock,
  };
  const cooldown = new Cooldown(options.opened.storage.cooldowns, clock, options.cooldown ?? defaultCooldown);
  const inFlight = new InFlight();
  const readsAllMessages = await messageContentAllowed(options);
  if (!readsAllMessages) {
    options.log.warn(
      'The Message Content intent is not enabled in the developer portal: answering only mentions, DMs and slash commands. README says how to enable it.',
    );
  }
  const client = createClient(options.apiUrl, readsAllMessages, options.shards);
  if ((await connect(client, options, deps, cooldown, inFlight)) === 'disallowed') {
    await client.destroy();
    throw new Error(
      'discord: Discord refused the Message Content intent although the application allows it; check Privileged Gateway Intents in the developer portal.',
    );
  }
  // The charts /compare attaches are drawn now, in the background whenever no handler has run for a moment, so
  // the first /compare of an aspect need not wait.
  void drawChartsAhead(bot, options.log, { idle: () => inFlight.quiet(chartQuietMs), stopping: () => inFlight.stopping });
  const sweep = setInterval(() => {
    // Tracked like a handler: its writes commit before storage closes.
    const expiring = Promise.all([
      bot.expireIdleQuizzes(),
      bot.expireConversations(),
      deps.answerPosts.expire(clock.now() - answerPostDays * 24 * hourMs),
      options.opened.storage.cooldowns.expire(clock.now()),
    ]).then(
      ([expired, forgotten]) => {
        if (expired > 0) options.log.info('expired idle quizzes', { expired });
        if (forgotten > 0) options.log.info('forgot conversations and profiles past their time', { forgotten });
      },
      // A busy or failing database must not take the bot down from a timer; the next sweep tries again.
      (error: unknown) => options.log.error('expiring idle quizzes or old conversations failed', { error }),
    );
    void inFlight.track('expiring idle quizzes and old conversations', expiring);
  }, hourMs);
  sweep.unref();
  const boundMs = options.drainBoundMs ?? drainBoundMs;
  const { log } = options;
  let stopping: Promise<void> | undefined;
  const shutDown = async () => {
    clearInterval(sweep);
    const running = inFlight.describe();
    log.info('draining handlers in flight', { inFlight: running.length, handlers: running, boundMs });
    const report = await inFlight.drain(boundMs);
    if (report.reason)
      log.warn('stopped waiting for handlers in flight', {
        reason: report.reason,
        cut: report.cut,
        drained: report.drained,
        ms: report.ms,
      });
    else log.info('drained handlers in flight', { drained: report.drained, ms: report.ms });
    // Storage closes last. A handler cut short cannot be mid-write (better-sqlite3 writes are synchronous, and
    // PostgreSQL's pool ends once the queries under way have); one that tries to write later fails and logs instead.
    await client.destroy();
    await options.opened.close();
    log.info('stopped');
  };
  return {
    client,
    readsAllMessages,
    stop: () => (stopping ??= shutDown()),
    cutShort: () => inFlight.cutShort(),
  };
}

function connect(
  client: Client,
  options: DiscordBotOptions,
  deps: HandlerDeps,
  cooldown: Cooldown,
  inFlight: InFlight,
): Promise<'ready' | 'disallowed'> {
  const { log } = options;
  client.on(Events.InteractionCreate, (interaction) => {
    // Autocomplete reads memory only and answers at once: served until the client closes.
    const refused = inFlight.stopping && !interaction.isAutocomplete();
    const work = refused ? refuseWhileStopping(interaction, deps) : dispatchInteraction(interaction, deps);
    void inFlight.track(describeInteraction(interaction), work);
  });
  // Not started once stopping. Unlike an interaction, an unanswered message shows no error, and most are not for the bot.
  const notStarted = (what: string, messageId: string, channel: string) => {
    log.debug(`${what} not started: stopping`, { messageId, channel });
  };
  const perMessage = new OneAtATime();
  client.on(Events.MessageCreate, (message) => {
    if (inFlight.stopping) return notStarted('message', message.id, message.channelId);
    const work = perMessage
      .run(message.id, () => onMessage(message, deps, cooldown))
      .catch((error: unknown) => {
        // A channel where the bot may read but not reply is the server's choice, not a fault of ours.
        if (isForbidden(error)) log.warn('no permission to reply', { channel: message.channelId });
        else if (isClosedThread(error)) log.warn('the thread was archived or locked before the reply', { channel: message.channelId });
        else log.error('message failed', { channel: message.channelId, error });
      });
    void inFlight.track(`message ${message.id}`, work);
  });
  const failed = (what: string, channel: string) => (error: unknown) => {
    if (isForbidden(error)) log.warn(`no permission to follow up a question ${what}`, { channel });
    else if (isClosedThread(error)) log.warn(`the thread of a question ${what} was archived or locked`, { channel });
    else log.error(`following up a question ${what} failed`, { channel, error });
  };
  client.on(Events.MessageUpdate, (before, after) => {
    if (inFlight.stopping) return notStarted('edit', after.id, after.channelId);
    const work = perMessage.run(after.id, () => onMessageEdited(before, after, deps, cooldown)).catch(failed('edited', after.channelId));
    void inFlight.track(`edit of message ${after.id}`, work);
  });
  client.on(Events.MessageDelete, (message) => {
    if (inFlight.stopping) return notStarted('delete', message.id, message.channelId);
    const work = onMessagesDeleted([message.id], message.channel, deps).catch(failed('deleted', message.channelId));
    void inFlight.track(`delete of message ${message.id}`, work);
  });
  client.on(Events.MessageBulkDelete, (messages, channel) => {
    if (inFlight.stopping) return notStarted('bulk delete', [...messages.keys()].join(','), channel.id);
    const work = onMessagesDeleted([...messages.keys()], channel, deps).catch(failed('deleted', channel.id));
    void inFlight.track(`bulk delete in ${channel.id}`, work);
  });
  client.on(Events.Error, (error) => log.error('discord client error', { error }));
  client.on(Events.Warn, (warning) => log.warn('discord client warning', { warning }));
  // Closing the client on stop raises this too; only a reconnect while running is news.
  client.on(Events.ShardReconnecting, (shard) => inFlight.stopping || log.info('reconnecting to Discord', { shard }));
  // discord.js also raises this when it paces itself ahead of a limit, not only after a 429: a busy moment, not a fault.
  client.rest.on('rateLimited', (info) =>
    log.info('waiting for a rate limit', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }),
  );
  // A 429 means Discord refused a request (discord.js waits and retries it): worth a warning.
  client.rest.on('response', (request, response) => {
    if (response.status === 429) log.warn('rate limited by Discord', { route: request.route, method: request.method });
  });
  return new Promise((resolve, reject) => {
    client.once(Events.ClientReady, (ready) => {
      // Which shards this process runs, of how many: under SHARD_IDS, or a sharding manager, a share of them.
      const shards = [...ready.ws.shards.keys()].sort((a, b) => a - b);
      log.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size, shards, of: ready.options.shardCount });
      resolve('ready');
    });
    client.on(Events.ShardDisconnect, (event, shard) => {
      if (event.code === disallowedIntents) resolve('disallowed');
      else log.warn('disconnected from Discord', { shard, code: event.code });
    });
    client.login(options.token).catch(reject);
  });
}
