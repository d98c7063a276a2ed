/**
 * The Discord process: a discord.js client wired to the shared handlers. Used by `npm start`, by each shard
 * of `npm run start:sharded`, and by the end-to-end tests (against the fake Discord).
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { OpenedBot } from '../bot/openBot.js';
import type { Logger } from '../log.js';
import { type Clock, systemClock } from '../quiz/repository.js';
import { AnswerChannels } from '../settings/answerChannels.js';
import type { HandlerDeps } from './commands/types.js';
import { Cooldown, type CooldownOptions, defaultCooldown } from './cooldown.js';
import { dispatchInteraction } from './dispatcher.js';
import { isForbidden } from './errors.js';
import { onMessage } from './freeText.js';
import { noMentions } from './render/message.js';
import { PassageRefs } from './passageRefs.js';

export interface DiscordBotOptions {
  token: string;
  /** DISCORD_API_URL: the REST base, for an API proxy (or the fake Discord in tests). */
  apiUrl?: string;
  /** ANSWER_CHANNEL_IDS: channels that answer free text until /answers says otherwise. */
  answerChannelIds: readonly string[];
  opened: OpenedBot;
  log: Logger;
  clock?: Clock;
  cooldown?: CooldownOptions;
}

/** A running bot: its current client (replaced if Discord refuses an intent), and how to stop it. */
export interface RunningDiscordBot {
  readonly client: Client;
  /** False when Discord refused the privileged MessageContent intent and the bot runs without it. */
  readonly readsAllMessages: boolean;
  stop(): Promise<void>;
}

/** Close code Discord uses when a privileged intent is not enabled for the application. */
const disallowedIntents = 4014;
const hourMs = 3_600_000;

export function createClient(apiUrl: string | undefined, readAllMessages: boolean): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      // Privileged: without it, Discord still sends the text of DMs and of messages that mention the bot.
      ...(readAllMessages ? [GatewayIntentBits.MessageContent] : []),
    ],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: noMentions,
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}

/** Logs in and resolves once the bot is ready to answer; rejects if Discord refuses the login. */
export async function startDiscordBot(options: DiscordBotOptions): Promise<RunningDiscordBot> {
  const clock = options.clock ?? systemClock;
  const { bot } = options.opened;
  const deps: HandlerDeps = {
    bot,
    channels: new AnswerChannels(options.opened.storage.answerChannels, options.answerChannelIds),
    refs: new PassageRefs(bot.kb.passages),
    log: options.log,
    clock,
  };
  const cooldown = new Cooldown(clock, options.cooldown ?? defaultCooldown);
  let client = createClient(options.apiUrl, true);
  let readsAllMessages = true;
  if ((await connect(client, options, deps, cooldown)) === 'disallowed') {
    options.log.warn('Discord refused the Message Content intent: answering only mentions, DMs and slash commands. README says how to enable it.');
    await client.destroy();
    client = createClient(options.apiUrl, false);
    readsAllMessages = false;
    if ((await connect(client, options, deps, cooldown)) === 'disallowed') throw new Error('discord: Discord refused the login intents');
  }
  const sweep = setInterval(() => {
    const expired = bot.quizzes.expireIdle();
    if (expired > 0) options.log.info('expired idle quizzes', { expired });
  }, hourMs);
  sweep.unref();
  let stopped = false;
  return {
    get client() {
      return client;
    },
    readsAllMessages,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(sweep);
      await client.destroy();
      options.opened.close();
      options.log.info('stopped');
    },
  };
}

function connect(client: Client, options: DiscordBotOptions, deps: HandlerDeps, cooldown: Cooldown): Promise<'ready' | 'disallowed'> {
  const { log } = options;
  client.on(Events.InteractionCreate, (interaction) => void dispatchInteraction(interaction, deps));
  client.on(Events.MessageCreate, (message) => {
    onMessage(message, deps, cooldown).catch((error: unknown) => {
      // A channel where the bot may read but not reply is the server's choice, not a fault of ours.
      if (isForbidden(error)) log.warn('no permission to reply', { channel: message.channelId });
      else log.error('message failed', { channel: message.channelId, error });
    });
  });
  client.on(Events.Error, (error) => log.error('discord client error', { error }));
  client.on(Events.Warn, (warning) => log.warn('discord client warning', { warning }));
  client.on(Events.ShardReconnecting, (shard) => log.info('reconnecting to Discord', { shard }));
  client.rest.on('rateLimited', (info) => log.warn('rate limited by Discord', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }));
  return new Promise((resolve, reject) => {
    client.once(Events.ClientReady, (ready) => {
      log.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size });
      resolve('ready');
    });
    client.on(Events.ShardDisconnect, (event, shard) => {
      if (event.code === disallowedIntents) resolve('disallowed');
      else log.warn('disconnected from Discord', { shard, code: event.code });
    });
    client.login(options.token).catch(reject);
  });
}
