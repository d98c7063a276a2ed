/**
 * The only module that reads the environment. Each entry point asks for the variables it needs;
 * every problem is reported at once, named by its variable.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** postgres:// or postgresql:// with a host, as node-postgres reads it. */
function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** Treats `VAR=` in .env the same as an unset variable, and ignores spaces around a value. */
const blankAsUnset = (value: unknown) => (typeof value !== 'string' ? value : value.trim() === '' ? undefined : value.trim());

/** Far beyond any bot's shard count; keeps a typo such as 0-99999999 from listing a hundred million shards. */
const maxShardId = 99_999;

/** Items of SHARD_IDS: a shard id (`3`) or an inclusive range (`0-3`). */
const shardItem = /^(\d+)(?:\s*-\s*(\d+))?$/;

/** SHARD_IDS: `0,1`, `0-3` or both mixed (`0-3,6`), as distinct shard ids in ascending order. */
const shardIds = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    const ids: number[] = [];
    value.split(',').forEach((raw, n) => {
      const item = raw.trim();
      const match = shardItem.exec(item);
      const [first, last] = match ? [Number(match[1]), Number(match[2] ?? match[1])] : [Number.NaN, Number.NaN];
      if (!match || first > last || last > maxShardId) {
        ctx.addIssue({
          code: 'custom',
          message: `entry ${n + 1} ("${item.slice(0, 40)}") must be a shard id (0, 1, …) or a range such as 0-3`,
        });
        return;
      }
      for (let id = first; id <= last; id += 1) {
        if (ids.includes(id)) ctx.addIssue({ code: 'custom', message: `names shard ${id} twice: each shard runs in one process` });
        else ids.push(id);
      }
    });
    return ids.sort((a, b) => a - b);
  });

const variables = {
  DISCORD_TOKEN: z.string({ error: 'is required: the bot token from the Discord developer portal' }).min(1),
  DISCORD_CLIENT_ID: snowflake.or(z.undefined()).refine((v) => v !== undefined, {
    error: 'is required: the application id from the Discord developer portal',
  }),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:3000/api' }).optional(),
  DATABASE_PATH: z.string().default('data/careerbot.sqlite'),
  /** Set: PostgreSQL instead of DATABASE_PATH's SQLite file. Its problems never quote it: it holds a password. */
  DATABASE_URL: z
    .string()
    .refine(isPostgresUrl, {
      error:
        'must be a PostgreSQL URL such as postgres://careerbot:PASSWORD@127.0.0.1:5432/careerbot (postgres:// or postgresql://, with a host)',
    })
    .optional(),
  QUIZ_EXPIRY_HOURS: z
    .string()
    .regex(/^\d+(\.\d+)?$/, { error: 'must be a number of hours, such as 24' })
    .transform(Number)
    .pipe(
      z
        .number()
        .positive({ error: 'must be more than 0 hours' })
        .max(24 * 365, { error: 'must be at most 8760 hours (a year)' }),
    )
    .default(24),
  CONVERSATION_MINUTES: z
    .string()
    .regex(/^\d+(\.\d+)?$/, { error: 'must be a number of minutes, such as 10' })
    .transform(Number)
    .pipe(
      z
        .number()
        .positive({ error: 'must be more than 0 minutes' })
        .max(24 * 60, { error: 'must be at most 1440 minutes (a day)' }),
    )
    .default(10),
  ANSWER_CHANNEL_IDS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      (value ?? '').split(',').forEach((id, n) => {
        if (id.trim() !== '' && !/^\d{17,20}$/.test(id.trim())) {
          ctx.addIssue({ code: 'custom', message: `entry ${n + 1} ("${id.trim().slice(0, 40)}") must be a Discord id (17 to 20 digits)` });
        }
      });
    })
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' }).default('info'),
  /** Unset: readable lines when stderr is a terminal, JSON lines otherwise. */
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  SHARD_IDS: shardIds,
  SHARD_COUNT: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of shards, such as 4' })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: 'must be at least 1' }))
    .optional(),
} as const;

/**
 * Checks that span variables, run once each of `names` was asked for and parsed on its own; each returns its
 * problems, worded like the others.
 */
const together: { names: readonly VariableName[]; check: (values: Record<string, unknown>) => string[] }[] = [
  {
    names: ['SHARD_IDS', 'SHARD_COUNT'],
    check: ({ SHARD_IDS: ids, SHARD_COUNT: count }) => {
      const shardIds = ids as number[] | undefined;
      const shardCount = count as number | undefined;
      if (shardIds && shardCount === undefined)
        return ['SHARD_COUNT is required with SHARD_IDS: the total number of shards, over every process of the bot'];
      if (!shardIds && shardCount !== undefined)
        return ['SHARD_IDS is required with SHARD_COUNT: the shards this process runs, such as 0,1 or 0-3'];
      if (!shardIds || shardCount === undefined) return [];
      return shardIds
        .filter((id) => id >= shardCount)
        .map((id) => `SHARD_IDS names shard ${id}, but with SHARD_COUNT=${shardCount} shards run from 0 to ${shardCount - 1}`);
    },
  },
];

/**
 * Set by discord.js's ShardingManager in each shard process it spawns (with SHARDS and SHARD_COUNT, which the
 * discord.js client reads itself): there the manager says which shard the process runs.
 */
const spawnedByManager = 'SHARDING_MANAGER';
const managedBySharding: ReadonlySet<string> = new Set(['SHARD_IDS', 'SHARD_COUNT']);

type Variables = typeof variables;
export type VariableName = keyof Variables;
export type Config<K extends VariableName> = { [P in K]: z.output<Variables[P]> };

/** Every configuration problem at once, one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`config: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** Defaults to `process.env` after `.env` has been read into it. */
  env?: Record<string, string | undefined>;
}

/**
 * Reads and validates only the named variables; throws ConfigError listing every problem. In a shard process
 * discord.js's ShardingManager spawned, SHARD_IDS and SHARD_COUNT are left out: the manager names the shard.
 */
export function loadConfig<K extends VariableName>(names: readonly K[], options: LoadConfigOptions = {}): Config<K> {
  const env = options.env ?? readProcessEnv();
  const result: Record<string, unknown> = {};
  const problems: string[] = [];
  const parsedAlone = new Set<string>();
  for (const name of names) {
    // In a shard process start:sharded spawned, the manager names its shard (SHARDS, and a SHARD_COUNT of its own);
    // the SHARD_IDS it passes down in the environment are the manager's list, not this process's.
    if (env[spawnedByManager] !== undefined && managedBySharding.has(name)) continue;
    const parsed = (variables[name] as z.ZodType).safeParse(blankAsUnset(env[name]));
    if (parsed.success) {
      result[name] = parsed.data;
      parsedAlone.add(name);
    } else problems.push(...parsed.error.issues.map((issue) => describeIssue(name, issue)));
  }
  for (const { names: spanned, check } of together) if (spanned.every((n) => parsedAlone.has(n))) problems.push(...check(result));
  if (problems.length > 0) throw new ConfigError(problems);
  return result as Config<K>;
}

function describeIssue(name: string, issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? ` (item ${issue.path.map(String).join('.')})` : '';
  const message =
    issue.code === 'invalid_type' && issue.input === undefined && !issue.message.startsWith('is required') ? 'is required' : issue.message;
  return `${name}${where} ${message}`;
}

function readProcessEnv(): Record<string, string | undefined> {
  loadDotenv({ quiet: true });
  return process.env;
}

/** For entry points: prints the problems and exits non-zero (78, EX_CONFIG), or returns the config. */
export function loadConfigOrExit<K extends VariableName>(names: readonly K[], hint?: string): Config<K> {
  try {
    return loadConfig(names);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n${hint ? `${hint}\n` : ''}`);
    process.exit(78);
  }
}
