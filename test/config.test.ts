import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { createLogger, type LoggerOptions } from '../src/log.js';

const clientId = '123456789012345678';
const otherId = '223456789012345678';

/** Runs loadConfig and returns the ConfigError it throws (fails the test if it does not throw one). */
function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}

describe('loadConfig', () => {
  it('fills in the defaults for DATABASE_PATH, LOG_LEVEL, ANSWER_CHANNEL_IDS and KNOWLEDGE_DIR when they are unset', () => {
    const config = loadConfig(['DATABASE_PATH', 'LOG_LEVEL', 'ANSWER_CHANNEL_IDS', 'KNOWLEDGE_DIR'], { env: {} });
    expect(config).toEqual({
      DATABASE_PATH: 'data/careerbot.sqlite',
      LOG_LEVEL: 'info',
      ANSWER_CHANNEL_IDS: [],
      KNOWLEDGE_DIR: 'knowledge',
    });
  });

  it('reads QUIZ_EXPIRY_HOURS as hours, 24 by default, and explains a value it cannot use', () => {
    expect(loadConfig(['QUIZ_EXPIRY_HOURS'], { env: {} })).toEqual({ QUIZ_EXPIRY_HOURS: 24 });
    expect(loadConfig(['QUIZ_EXPIRY_HOURS'], { env: { QUIZ_EXPIRY_HOURS: ' 1.5 ' } })).toEqual({ QUIZ_EXPIRY_HOURS: 1.5 });
    const problem = (value: string) => configError(() => loadConfig(['QUIZ_EXPIRY_HOURS'], { env: { QUIZ_EXPIRY_HOURS: value } })).problems;
    expect(problem('a day')).toEqual(['QUIZ_EXPIRY_HOURS must be a number of hours, such as 24']);
    expect(problem('-3')).toEqual(['QUIZ_EXPIRY_HOURS must be a number of hours, such as 24']);
    expect(problem('0')).toEqual(['QUIZ_EXPIRY_HOURS must be more than 0 hours']);
    expect(problem('10000')).toEqual(['QUIZ_EXPIRY_HOURS must be at most 8760 hours (a year)']);
  });

  it('returns exactly the variables it was asked for, with the values given', () => {
    const config = loadConfig(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'LOG_LEVEL'], {
      env: { DISCORD_TOKEN: 'token-value', DISCORD_CLIENT_ID: clientId, LOG_LEVEL: 'debug', DATABASE_PATH: 'elsewhere.sqlite' },
    });
    expect(config).toEqual({ DISCORD_TOKEN: 'token-value', DISCORD_CLIENT_ID: clientId, LOG_LEVEL: 'debug' });
  });

  it('treats blank values (VAR= or whitespace) as unset, so defaults apply and optional ids stay absent', () => {
    const config = loadConfig(
      [
        'DISCORD_TOKEN',
        'DISCORD_CLIENT_ID',
        'DISCORD_GUILD_ID',
        'DISCORD_API_URL',
        'DATABASE_PATH',
        'ANSWER_CHANNEL_IDS',
        'LOG_LEVEL',
        'KNOWLEDGE_DIR',
      ],
      {
        env: {
          DISCORD_TOKEN: 'token-value',
          DISCORD_CLIENT_ID: clientId,
          DISCORD_GUILD_ID: '',
          DISCORD_API_URL: '   ',
          DATABASE_PATH: '  ',
          ANSWER_CHANNEL_IDS: '',
          LOG_LEVEL: '',
          KNOWLEDGE_DIR: '\t',
        },
      },
    );
    expect(config.DATABASE_PATH).toBe('data/careerbot.sqlite');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.ANSWER_CHANNEL_IDS).toEqual([]);
    expect(config.KNOWLEDGE_DIR).toBe('knowledge');
    expect(config.DISCORD_GUILD_ID).toBeUndefined();
    expect(config.DISCORD_API_URL).toBeUndefined();
  });

  it('reports a blank required variable as missing', () => {
    const error = configError(() => loadConfig(['DISCORD_TOKEN'], { env: { DISCORD_TOKEN: '   ' } }));
    expect(error.problems).toEqual(['DISCORD_TOKEN is required: the bot token from the Discord developer portal']);
  });

  it('parses comma-separated channel ids, trimming spaces and skipping empty items', () => {
    const config = loadConfig(['ANSWER_CHANNEL_IDS'], { env: { ANSWER_CHANNEL_IDS: ` ${clientId} , ${otherId},, ` } });
    expect(config.ANSWER_CHANNEL_IDS).toEqual([clientId, otherId]);
  });

  it('accepts a Discord API URL and a guild id when they are well formed', () => {
    const config = loadConfig(['DISCORD_API_URL', 'DISCORD_GUILD_ID'], {
      env: { DISCORD_API_URL: 'http://127.0.0.1:3000/api', DISCORD_GUILD_ID: otherId },
    });
    expect(config).toEqual({ DISCORD_API_URL: 'http://127.0.0.1:3000/api', DISCORD_GUILD_ID: otherId });
  });

  it('reports every problem at once in one ConfigError, each named by its variable', () => {
    const error = configError(() =>
      loadConfig(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_API_URL', 'ANSWER_CHANNEL_IDS', 'LOG_LEVEL'], {
        env: {
          DISCORD_CLIENT_ID: 'not-a-snowflake',
          LOG_LEVEL: 'verbose',
          DISCORD_API_URL: 'not a url',
          ANSWER_CHANNEL_IDS: `${clientId},nope`,
        },
      }),
    );
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toHaveLength(5);
    const byVariable = (name: string) => error.problems.filter((p) => p.startsWith(`${name} `));
    expect(byVariable('DISCORD_TOKEN')).toEqual(['DISCORD_TOKEN is required: the bot token from the Discord developer portal']);
    expect(byVariable('DISCORD_CLIENT_ID')).toEqual(['DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits)']);
    expect(byVariable('LOG_LEVEL')).toEqual(['LOG_LEVEL must be one of debug, info, warn, error']);
    expect(byVariable('DISCORD_API_URL')).toEqual(['DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:3000/api']);
    expect(byVariable('ANSWER_CHANNEL_IDS')).toEqual(['ANSWER_CHANNEL_IDS entry 2 ("nope") must be a Discord id (17 to 20 digits)']);
  });

  it('takes a postgres:// or postgresql:// DATABASE_URL, leaves it unset when blank, and lists a bad one with the other problems without quoting it', () => {
    const url = 'postgres://careerbot:s3cret@db.internal:5432/careerbot';
    expect(loadConfig(['DATABASE_URL'], { env: { DATABASE_URL: url } })).toEqual({ DATABASE_URL: url });
    expect(loadConfig(['DATABASE_URL'], { env: { DATABASE_URL: 'postgresql://127.0.0.1/careerbot' } }).DATABASE_URL).toBe(
      'postgresql://127.0.0.1/careerbot',
    );
    expect(loadConfig(['DATABASE_URL'], { env: { DATABASE_URL: ' ' } })).toEqual({ DATABASE_URL: undefined });
    for (const bad of ['mysql://careerbot:s3cret@db/careerbot', 'careerbot.sqlite', 'postgres://', 'postgres:///careerbot']) {
      const error = configError(() => loadConfig(['DATABASE_URL', 'LOG_LEVEL'], { env: { DATABASE_URL: bad, LOG_LEVEL: 'loud' } }));
      expect(error.problems).toEqual([
        'DATABASE_URL must be a PostgreSQL URL such as postgres://careerbot:PASSWORD@127.0.0.1:5432/careerbot (postgres:// or postgresql://, with a host)',
        'LOG_LEVEL must be one of debug, info, warn, error',
      ]);
      expect(error.message).not.toContain('s3cret');
    }
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/api'])('refuses a DISCORD_API_URL that is not http(s): %s', (url) => {
    expect(() => loadConfig(['DISCORD_API_URL'], { env: { DISCORD_API_URL: url } })).toThrow(/DISCORD_API_URL must be an http\(s\) URL/);
  });

  it('ignores spaces around a value', () => {
    expect(loadConfig(['DISCORD_TOKEN', 'LOG_LEVEL'], { env: { DISCORD_TOKEN: ' tok ', LOG_LEVEL: ' warn ' } })).toEqual({
      DISCORD_TOKEN: 'tok',
      LOG_LEVEL: 'warn',
    });
  });

  it('lists the problems in its message, one per line, with a count', () => {
    const error = configError(() => loadConfig(['DISCORD_TOKEN', 'LOG_LEVEL'], { env: { LOG_LEVEL: 'loud' } }));
    expect(error.message).toBe(
      'config: 2 problems:\n' +
        '  - DISCORD_TOKEN is required: the bot token from the Discord developer portal\n' +
        '  - LOG_LEVEL must be one of debug, info, warn, error',
    );
  });

  it('says DISCORD_CLIENT_ID is required when it is missing', () => {
    const error = configError(() => loadConfig(['DISCORD_CLIENT_ID'], { env: {} }));
    expect(error.problems).toEqual(['DISCORD_CLIENT_ID is required: the application id from the Discord developer portal']);
    expect(error.message).toBe(
      'config: 1 problem:\n  - DISCORD_CLIENT_ID is required: the application id from the Discord developer portal',
    );
  });

  it('does not require DISCORD_TOKEN when only KNOWLEDGE_DIR is asked for', () => {
    expect(loadConfig(['KNOWLEDGE_DIR'], { env: {} })).toEqual({ KNOWLEDGE_DIR: 'knowledge' });
    expect(loadConfig(['KNOWLEDGE_DIR'], { env: { KNOWLEDGE_DIR: '/srv/knowledge' } })).toEqual({ KNOWLEDGE_DIR: '/srv/knowledge' });
  });

  it('leaves LOG_FORMAT unset (the logger picks by terminal) unless it is json or pretty, and explains any other value', () => {
    expect(loadConfig(['LOG_FORMAT'], { env: {} })).toEqual({ LOG_FORMAT: undefined });
    expect(loadConfig(['LOG_FORMAT'], { env: { LOG_FORMAT: '' } })).toEqual({ LOG_FORMAT: undefined });
    expect(loadConfig(['LOG_FORMAT'], { env: { LOG_FORMAT: ' pretty ' } })).toEqual({ LOG_FORMAT: 'pretty' });
    expect(loadConfig(['LOG_FORMAT'], { env: { LOG_FORMAT: 'json' } })).toEqual({ LOG_FORMAT: 'json' });
    expect(configError(() => loadConfig(['LOG_FORMAT'], { env: { LOG_FORMAT: 'xml' } })).problems).toEqual([
      'LOG_FORMAT must be json or pretty',
    ]);
  });

  it('ignores problems in variables it was not asked for', () => {
    const config = loadConfig(['LOG_LEVEL'], { env: { LOG_LEVEL: 'warn', DISCORD_CLIENT_ID: 'bad', DISCORD_API_URL: 'bad' } });
    expect(config).toEqual({ LOG_LEVEL: 'warn' });
  });
});

describe('loadConfig: SHARD_IDS and SHARD_COUNT, the shards this process runs', () => {
  const shards = ['SHARD_IDS', 'SHARD_COUNT'] as const;
  const problemsOf = (env: Record<string, string>) => configError(() => loadConfig(shards, { env })).problems;

  it('leaves both unset by default: the process runs every shard', () => {
    expect(loadConfig(shards, { env: {} })).toEqual({ SHARD_IDS: undefined, SHARD_COUNT: undefined });
    expect(loadConfig(shards, { env: { SHARD_IDS: ' ', SHARD_COUNT: '' } })).toEqual({ SHARD_IDS: undefined, SHARD_COUNT: undefined });
  });

  it('reads ids and ranges, in any order and with spaces, as distinct ids in ascending order', () => {
    expect(loadConfig(shards, { env: { SHARD_IDS: '0,1', SHARD_COUNT: '2' } })).toEqual({ SHARD_IDS: [0, 1], SHARD_COUNT: 2 });
    expect(loadConfig(shards, { env: { SHARD_IDS: '0-3', SHARD_COUNT: '4' } })).toEqual({ SHARD_IDS: [0, 1, 2, 3], SHARD_COUNT: 4 });
    expect(loadConfig(shards, { env: { SHARD_IDS: ' 7 , 2 - 4 ', SHARD_COUNT: '8' } })).toEqual({
      SHARD_IDS: [2, 3, 4, 7],
      SHARD_COUNT: 8,
    });
  });

  it('wants both or neither, saying what the missing one is', () => {
    expect(problemsOf({ SHARD_IDS: '0' })).toEqual([
      'SHARD_COUNT is required with SHARD_IDS: the total number of shards, over every process of the bot',
    ]);
    expect(problemsOf({ SHARD_COUNT: '2' })).toEqual([
      'SHARD_IDS is required with SHARD_COUNT: the shards this process runs, such as 0,1 or 0-3',
    ]);
  });

  it('wants every id below SHARD_COUNT', () => {
    expect(problemsOf({ SHARD_IDS: '1-5', SHARD_COUNT: '4' })).toEqual([
      'SHARD_IDS names shard 4, but with SHARD_COUNT=4 shards run from 0 to 3',
      'SHARD_IDS names shard 5, but with SHARD_COUNT=4 shards run from 0 to 3',
    ]);
  });

  it('lists every problem at once: a bad entry, a shard named twice, a reversed range, a count below one, and the other variables', () => {
    const problems = configError(() =>
      loadConfig([...shards, 'LOG_LEVEL'], { env: { SHARD_IDS: '0,0-2,two,5-3', SHARD_COUNT: '0', LOG_LEVEL: 'loud' } }),
    ).problems;
    expect(problems).toEqual([
      'SHARD_IDS names shard 0 twice: each shard runs in one process',
      'SHARD_IDS entry 3 ("two") must be a shard id (0, 1, …) or a range such as 0-3',
      'SHARD_IDS entry 4 ("5-3") must be a shard id (0, 1, …) or a range such as 0-3',
      'SHARD_COUNT must be at least 1',
      'LOG_LEVEL must be one of debug, info, warn, error',
    ]);
    expect(problemsOf({ SHARD_IDS: '0', SHARD_COUNT: 'four' })).toEqual(['SHARD_COUNT must be a whole number of shards, such as 4']);
    expect(problemsOf({ SHARD_IDS: '0-99999999', SHARD_COUNT: '4' })).toEqual([
      'SHARD_IDS entry 1 ("0-99999999") must be a shard id (0, 1, …) or a range such as 0-3',
    ]);
  });

  it("leaves both to the manager in a shard process start:sharded spawned (discord.js's SHARDING_MANAGER, SHARDS, SHARD_COUNT)", () => {
    const env = { SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2', SHARD_IDS: '0-1', LOG_LEVEL: 'warn' };
    expect(loadConfig([...shards, 'LOG_LEVEL'], { env })).toEqual({ LOG_LEVEL: 'warn' });
  });
});

describe('createLogger', () => {
  const capture = (options: Omit<LoggerOptions, 'write'> = {}) => {
    const lines: string[] = [];
    const log = createLogger({ ...options, write: (line) => lines.push(line) });
    return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
  };

  it('drops messages below the configured level and keeps the rest', () => {
    const { log, parsed } = capture({ level: 'warn' });
    log.debug('debug message');
    log.info('info message');
    log.warn('warn message');
    log.error('error message');
    expect(parsed().map((entry) => [entry.level, entry.message])).toEqual([
      ['warn', 'warn message'],
      ['error', 'error message'],
    ]);
  });

  it('logs at info and above by default', () => {
    const { log, parsed } = capture();
    log.debug('hidden');
    log.info('shown');
    expect(parsed().map((entry) => entry.message)).toEqual(['shown']);
  });

  it('logs everything at debug level', () => {
    const { log, lines } = capture({ level: 'debug' });
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    expect(lines).toHaveLength(4);
  });

  it('writes one JSON object per line with time, level, message and the given fields', () => {
    const { log, lines } = capture();
    log.info('answered', { question: 'what is on-call like?', passages: 3 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(['time', 'level', 'message', 'question', 'passages']);
    expect(entry).toMatchObject({ level: 'info', message: 'answered', question: 'what is on-call like?', passages: 3 });
    expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('serialises an Error field as its name, message and stack', () => {
    const { log, parsed } = capture();
    log.error('failed', { error: new TypeError('bad input') });
    const error = parsed()[0]!.error as Record<string, unknown>;
    expect(error.name).toBe('TypeError');
    expect(error.message).toBe('bad input');
    expect(String(error.stack)).toContain('TypeError: bad input');
  });

  it('never writes a secret: it is replaced by [redacted] in messages, fields and errors', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.fake-token-for-tests';
    const { log, lines } = capture({ secrets: [token] });
    log.info(`logging in with ${token}`, { token, nested: { header: `Bot ${token}` } });
    log.error('login failed', { error: new Error(`401 for ${token}`) });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain(token);
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, any>);
    expect(first!.message).toBe('logging in with [redacted]');
    expect(first!.token).toBe('[redacted]');
    expect(first!.nested.header).toBe('Bot [redacted]');
    expect(second!.error.message).toBe('401 for [redacted]');
  });

  it('keeps the line its own level and message when a field has the same name', () => {
    const { log, parsed } = capture();
    log.warn('disk almost full', { level: 'debug', message: 'something else' });
    expect(parsed()[0]).toMatchObject({ level: 'warn', message: 'disk almost full' });
  });

  it('keeps the line its own time too, and writes each key once', () => {
    const { log, lines } = capture();
    log.info('tick', { time: 'yesterday', level: 'debug', message: 'other', n: 1 });
    expect(lines[0]!.match(/"(time|level|message)":/g)).toEqual(['"time":', '"level":', '"message":']);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', message: 'tick', n: 1 });
    expect(JSON.parse(lines[0]!).time).not.toBe('yesterday');
  });

  it('serialises Errors nested in arrays and objects, and survives a cycle', () => {
    const { log, parsed } = capture();
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    log.error('several failed', { failures: [new RangeError('first'), { inner: new Error('second') }], cycle });
    const entry = parsed()[0] as Record<string, any>;
    expect(entry.failures[0]).toMatchObject({ name: 'RangeError', message: 'first' });
    expect(entry.failures[1].inner).toMatchObject({ name: 'Error', message: 'second' });
    expect(entry.cycle.a).toBe(1);
  });

  it('redacts a secret holding characters JSON escapes, in short and long strings, keys and nested values', () => {
    // A control character makes every string holding it go through JSON.stringify; without one, pino
    // escapes short strings itself and leaves a lone surrogate as it is.
    for (const token of ['quo"te\\back\u0001ctl\ud800lone', 'quo"te\\back\ud800lone']) {
      const { log, lines } = capture({ secrets: [token] });
      log.info(`short ${token}`, { [token]: 1, nested: { deep: [token] }, long: `${'x'.repeat(200)}${token}` });
      log.error('failed', { error: new Error(`bad ${token}`) });
      const text = lines.join('\n');
      for (const form of [token, JSON.stringify(token).slice(1, -1), token.replace(/["\\]/g, '\\$&')]) expect(text).not.toContain(form);
      const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, any>);
      expect(first!.message).toBe('short [redacted]');
      expect(first!['[redacted]']).toBe(1);
      expect(first!.nested.deep).toEqual(['[redacted]']);
      expect(first!.long).toBe(`${'x'.repeat(200)}[redacted]`);
      expect(second!.error.stack).toContain('Error: bad [redacted]');
    }
  });

  it('writes readable lines in the pretty format, with secrets redacted there too', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.fake-token-for-tests';
    const { log, lines } = capture({ format: 'pretty', secrets: [token] });
    log.debug('hidden');
    log.info(`logging in with ${token}`, { shard: 0, header: `Bot ${token}` });
    log.error('login failed', { error: new TypeError(`401 for ${token}`) });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain(token);
    expect(lines[0]).toMatch(
      /^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: logging in with \[redacted\]\n {4}shard: 0\n {4}header: "Bot \[redacted\]"$/,
    );
    expect(lines[1]).toMatch(/^\[[\d:.]+\] ERROR: login failed\n/);
    expect(lines[1]).toContain('TypeError: 401 for [redacted]');
    expect(lines[1]).not.toContain('\u001b['); // no colours when writing to a sink
  });
});
