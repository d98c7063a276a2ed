/**
 * npm run start:sharded: the bot under discord.js's ShardingManager, one process per shard (Discord
 * requires sharding past 2,500 servers). Every shard opens the same SQLite file; WAL, the busy timeout and
 * short transactions make that safe on one machine. SIGINT/SIGTERM stop every shard cleanly. With SHARD_IDS and
 * SHARD_COUNT it spawns only those shards of SHARD_COUNT (another machine runs the rest, on the same database).
 */
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { loadConfigOrExit } from '../src/config.js';
import { loginProblem, startHint, startVariables } from '../src/discord/launch.js';
import { createLogger } from '../src/log.js';
import { passwordsIn } from '../src/postgres/connection.js';

const config = loadConfigOrExit(startVariables, startHint);
const log = createLogger({
  level: config.LOG_LEVEL,
  format: config.LOG_FORMAT,
  secrets: [config.DISCORD_TOKEN, ...passwordsIn(config.DATABASE_URL)],
});

/**
 * Discord's recommended shard count and how many shards may identify at once, asked through
 * DISCORD_API_URL when set (discord.js's own helper only asks discord.com).
 */
async function gatewayAdvice(): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const advice = (await rest.get(Routes.gatewayBot())) as { shards: number; session_start_limit?: { max_concurrency?: number } };
  return { shards: Math.max(1, advice.shards), maxConcurrency: Math.max(1, advice.session_start_limit?.max_concurrency ?? 1) };
}

let totalShards: number;
let spawnDelay: number;
/** SHARD_IDS, or every shard. */
let shardList: number[] | 'auto' = 'auto';
try {
  const advice = await gatewayAdvice();
  totalShards = config.SHARD_COUNT ?? advice.shards;
  if (config.SHARD_IDS) shardList = [...config.SHARD_IDS];
  // Discord allows max_concurrency identifies per 5 s; shard processes cannot coordinate, so they are spaced.
  spawnDelay = Math.ceil(5_500 / advice.maxConcurrency);
} catch (error) {
  process.stderr.write(`${loginProblem(error)}\n`);
  process.exit(1);
}

// Each shard runs this script's sibling start script the way this one runs: the build (start.js) with plain
// node, or the sources (start.ts) through tsx. Only the loader is passed on, not flags such as --inspect.
const here = fileURLToPath(import.meta.url);
const fromSources = extname(here) === '.ts';
const manager = new ShardingManager(join(dirname(here), `start${extname(here)}`), {
  token: config.DISCORD_TOKEN,
  totalShards,
  shardList,
  mode: 'process',
  // Resolved here, so a shard finds tsx wherever the command was started from.
  // Each shard runs with the V8 flags this process was given (npm run start:sharded's young generation).
  execArgv: [
    ...process.execArgv.filter((flag) => flag.startsWith('--max-semi-space-size')),
    ...(fromSources ? ['--import', import.meta.resolve('tsx')] : []),
  ],
  respawn: true,
});
manager.on('shardCreate', (shard) => log.info('shard launched', { shard: shard.id, of: totalShards }));
log.info('spawning shards', { shards: shardList === 'auto' ? 'all' : shardList, of: totalShards });

let stopping = false;
async function stopAll(signal: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping every shard', { signal });
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          // Each shard drains its handlers, then closes its connection and its database. Asked over IPC: on
          // Ctrl+C the shards got SIGINT from the terminal too, and a SIGTERM would be their second signal.
          if (child.connected) child.send({ careerbot: 'stop' }, (error) => error && child.kill('SIGTERM'));
          else child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(exitCode);
}
process.once('SIGINT', () => void stopAll('SIGINT'));
process.once('SIGTERM', () => void stopAll('SIGTERM'));

try {
  await manager.spawn({ amount: totalShards, delay: spawnDelay, timeout: 60_000 });
  log.info('all shards ready', { shards: manager.shards.size });
} catch (error) {
  log.error('a shard failed to start', { error });
  await stopAll('startup failure', 1);
}
