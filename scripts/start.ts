/**
 * npm start: the bot on Discord. Needs DISCORD_TOKEN (see .env.example); without it, says what is missing
 * and points to the console. SIGINT and SIGTERM let the handlers in flight finish (at most drainBoundMs), then close
 * the connection and the database and exit 0; a second signal stops waiting for those handlers.
 */
import { loadConfigOrExit } from '../src/config.js';
import { launch, loginProblem, startHint, startVariables } from '../src/discord/launch.js';
import type { RunningDiscordBot } from '../src/discord/discordBot.js';
import { KnowledgeError } from '../src/knowledge/types.js';
import { createLogger } from '../src/log.js';
import { passwordsIn } from '../src/postgres/connection.js';
import { StorageError } from '../src/ports/storage.js';

const config = loadConfigOrExit(startVariables, startHint);
const log = createLogger({
  level: config.LOG_LEVEL,
  format: config.LOG_FORMAT,
  secrets: [config.DISCORD_TOKEN, ...passwordsIn(config.DATABASE_URL)],
});

let running: RunningDiscordBot;
try {
  running = await launch(config, log);
} catch (error) {
  if (error instanceof KnowledgeError || error instanceof StorageError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${loginProblem(error)}\n`);
  process.exit(1);
}

const bot = running;
let stopping = false;
let firstSignalAt: number | undefined;
/** One Ctrl+C can reach the bot twice within milliseconds: from the terminal, and forwarded by npm. */
const sameSignalMs = 100;
/**
 * The first stop lets handlers in flight finish (bounded); a second signal stops waiting for them. Signals
 * are counted apart from a manager's request, which may arrive before or after the SIGINT that Ctrl+C sends
 * every shard as well.
 */
const stop = async (why: string, isSignal: boolean) => {
  const now = performance.now();
  const second = isSignal && firstSignalAt !== undefined && now - firstSignalAt > sameSignalMs;
  if (isSignal) firstSignalAt ??= now;
  if (stopping) {
    if (second) {
      log.warn('second stop signal: not waiting for handlers in flight', { signal: why });
      bot.cutShort();
    }
    return;
  }
  stopping = true;
  log.info('shutting down', { signal: why });
  await bot.stop();
  process.exit(0);
};
// Every handler catches its own failures; this is the net under them, so no stray rejection ends the bot.
process.on('unhandledRejection', (error) => log.error('unhandled rejection', { error }));
process.on('SIGINT', () => void stop('SIGINT', true));
process.on('SIGTERM', () => void stop('SIGTERM', true));
if (process.send) {
  // A shard's manager asks over IPC, not with a signal: Ctrl+C also sends this shard a SIGINT, and a
  // SIGTERM on top would count as the second signal that cuts the drain short.
  process.on('message', (message) => {
    if ((message as { careerbot?: unknown } | null)?.careerbot === 'stop') void stop('manager stopping', false);
  });
  // A shard's manager going away must not leave this process connected on its own.
  process.once('disconnect', () => void stop('manager disconnected', false));
}
