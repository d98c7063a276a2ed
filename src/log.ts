/**
 * Structured, levelled logs on stderr (stdout stays free for answers and JSON), through pino: one JSON
 * line per record, or readable lines through pino-pretty on a terminal. Every write is synchronous, so
 * what was logged before process.exit is out.
 */
import { createRequire } from 'node:module';
import { pino } from 'pino';
import type PinoPretty from 'pino-pretty';

// pino-pretty is loaded only for readable output (about 25 ms at start-up that JSON logs don't need).
const loadPretty = () => createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** `json`: one JSON object a line; `pretty`: readable lines for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Default: `pretty` when stderr is a terminal and no `write` is given, `json` otherwise. */
  format?: LogFormat;
  /** Strings that must never appear in a log line (tokens); each is replaced by "[redacted]". */
  secrets?: string[];
  /** Receives each record, without its final newline. Default: stderr, written synchronously. */
  write?: (line: string) => void;
}

/** The keys that open every record (time, level, message); a field of the same name is left out. */
const ownKeys = new Set(['time', 'level', 'message']);

export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? (options.write === undefined && process.stderr.isTTY ? 'pretty' : 'json');
  const write = options.write ?? writeToStderr;
  const redact = redactor(options.secrets ?? []);
  const prettify =
    format === 'pretty'
      ? loadPretty().prettyFactory({
          messageKey: 'message',
          translateTime: 'SYS:HH:MM:ss.l',
          colorize: options.write === undefined && process.stderr.isTTY === true && process.stderr.hasColors(),
        })
      : undefined;
  // The last step before a record leaves: secrets are replaced in the serialised line, whatever field,
  // nesting, error or escaping they came in, and again in the readable form.
  const destination = {
    write(chunk: string) {
      const line = redact.json(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk);
      write(prettify ? redact.text(prettify(line).replace(/\n$/, '')) : line);
    },
  };
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: null,
      messageKey: 'message',
      // pino writes the level formatter's object, then the timestamp, then the logged object. To keep the
      // line's order (time, level, message, fields), the level formatter adds nothing, the timestamp opens
      // the object (pino's ISO time without its leading comma), and level and message open the logged
      // object (see emit).
      formatters: { level: () => ({}), log: (record) => errorsAsRecords(record) as Record<string, unknown> },
      timestamp: () => pino.stdTimeFunctions.isoTime().slice(1),
    },
    destination,
  );
  const emit = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (!logger.isLevelEnabled(level)) return;
    const record: Record<string, unknown> = { level, message };
    for (const key in fields) if (!ownKeys.has(key) && Object.hasOwn(fields, key)) record[key] = fields[key];
    logger[level](record);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

let stderr: pino.DestinationStream | undefined;
/** One synchronous stderr destination for the process (fs.writeSync underneath: nothing waits in a buffer). */
function writeToStderr(line: string): void {
  stderr ??= pino.destination({ dest: 2, sync: true });
  stderr.write(`${line}\n`);
}

/**
 * Replaces each secret (of 4 characters or more) by "[redacted]": in a JSON line, in every form a JSON
 * string can hold it (escaped as JSON.stringify does, and as pino writes short strings, which leaves lone
 * surrogates as they are); in readable text, as it is.
 */
function redactor(secrets: string[]) {
  const kept = secrets.filter((secret) => secret.length >= 4);
  const inJson = [...new Set(kept.flatMap((secret) => [JSON.stringify(secret).slice(1, -1), secret.replace(/["\\]/g, '\\$&')]))];
  const replace = (text: string, forms: string[]) => forms.reduce((out, form) => out.split(form).join('[redacted]'), text);
  return { json: (line: string) => replace(line, inJson), text: (text: string) => replace(text, kept) };
}

/** Every Error in a record, at any depth, as its name, message and stack (JSON would make it `{}`). */
function errorsAsRecords(value: unknown, within = new Set<object>()): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  // Only arrays and plain objects are walked; a cycle is left to pino's stringify, which marks it.
  if (typeof value !== 'object' || value === null || within.has(value)) return value;
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return value;
  within.add(value);
  const copy = Array.isArray(value)
    ? value.map((item) => errorsAsRecords(item, within))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, errorsAsRecords(item, within)]));
  within.delete(value);
  return copy;
}
