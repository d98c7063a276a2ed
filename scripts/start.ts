/**
 * npm start: the bot on Discord. Needs DISCORD_TOKEN (see .env.example); without it, says what is missing
 * and points to the console. SIGINT and SIGTERM close the connection and the database before exiting.
 */
import { loadConfigOrExit } from '../src/config.js';
import { launch, loginProblem, startHint, startVariables } from '../src/discord/launch.js';
import type { RunningDiscordBot } from '../src/discord/discordBot.js';
import { KnowledgeError } from '../src/knowledge/types.js';
import { createLogger } from '../src/log.js';
import { StorageError } from '../src/ports/storage.js';

const config = loadConfigOrExit(startVariables, startHint);
const log = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT, secrets: [config.DISCORD_TOKEN] });

let running: RunningDiscordBot;
try {
  running = await launch(config, log);
} catch (error) {
  if (error instanceof KnowledgeError || error instanceof StorageError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${loginProblem(error)}\n`);
  process.exit(1);
}

const bot = running;
const stop = async (signal: string) => {
  log.info('shutting down', { signal });
  await bot.stop();
  process.exit(0);
};
// Every handler catches its own failures; this is the net under them, so no stray rejection ends the bot.
process.on('unhandledRejection', (error) => log.error('unhandled rejection', { error }));
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
// A shard's manager going away must not leave this process connected on its own.
if (process.send) process.once('disconnect', () => void stop('manager disconnected'));
