/** Structured, levelled logs as JSON lines on stderr, so stdout stays free for answers and JSON. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Strings that must never appear in a log line (tokens); each is replaced by "[redacted]". */
  secrets?: string[];
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = order[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const emit = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (order[level] < threshold) return;
    const own = { time: new Date().toISOString(), level, message };
    // The line's own fields come first and cannot be overwritten by a field of the same name.
    let line = JSON.stringify(Object.assign({ ...own }, fields, own), errorsAsObjects);
    // Secrets are matched as they appear inside JSON strings, so quotes or backslashes in them can't hide them.
    for (const secret of secrets) line = line.split(JSON.stringify(secret).slice(1, -1)).join('[redacted]');
    write(line);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

function errorsAsObjects(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}
