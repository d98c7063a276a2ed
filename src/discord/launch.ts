/** From configuration to a running Discord bot: what `npm start` and each shard run. */
import { performance } from 'node:perf_hooks';
import { DiscordAPIError } from 'discord.js';
import { openBot } from '../bot/openBot.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { type RunningDiscordBot, startDiscordBot } from './discordBot.js';

export const startVariables = [
  'DISCORD_TOKEN',
  'DISCORD_API_URL',
  'DATABASE_PATH',
  'DATABASE_URL',
  'QUIZ_EXPIRY_HOURS',
  'CONVERSATION_MINUTES',
  'ANSWER_CHANNEL_IDS',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'KNOWLEDGE_DIR',
  'SHARD_IDS',
  'SHARD_COUNT',
] as const;

export const startHint = 'To try careerbot without Discord, run: npm run chat';

/** Loads knowledge and storage (throwing KnowledgeError or StorageError), then logs in. */
export async function launch(config: Config<(typeof startVariables)[number]>, log: Logger): Promise<RunningDiscordBot> {
  const opened = await openBot({
    knowledgeDir: config.KNOWLEDGE_DIR,
    databasePath: config.DATABASE_PATH,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    quizExpiryHours: config.QUIZ_EXPIRY_HOURS,
    conversationMinutes: config.CONVERSATION_MINUTES,
    answerChannelIds: config.ANSWER_CHANNEL_IDS,
    // Once per outage, however many interactions meet it (each of those is logged at info).
    health: {
      unavailable: (reason) => log.error('storage unavailable: replying with an apology until it answers again', { reason }),
      restored: () => log.info('storage reachable again'),
    },
  });
  try {
    await opened.bot.expireIdleQuizzes();
    await opened.bot.expireConversations();
  } catch (error) {
    await opened.close();
    throw error;
  }
  // From the process's start (performance's time origin) to answering, Discord's login excluded.
  log.info('knowledge and storage ready', { startupMs: Math.round(performance.now()), passages: opened.bot.passages().length });
  const shards = config.SHARD_IDS && config.SHARD_COUNT ? { ids: config.SHARD_IDS, count: config.SHARD_COUNT } : undefined;
  if (shards) log.info('running a share of the shards', { shards: shards.ids, of: shards.count });
  try {
    return await startDiscordBot({
      token: config.DISCORD_TOKEN,
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      opened,
      log,
      ...(shards ? { shards } : {}),
    });
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/** Why a login failed, in words for whoever runs the bot. */
export function loginProblem(error: unknown): string {
  const invalidToken =
    (error instanceof DiscordAPIError && error.status === 401) || (error as { code?: unknown } | null)?.code === 'TokenInvalid';
  if (invalidToken)
    return 'discord: Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token in the developer portal (Bot → Reset Token) and put the new one in .env.';
  if (error instanceof Error && /disallowed intents/i.test(error.message)) return `discord: ${error.message}`;
  return `discord: could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`;
}
