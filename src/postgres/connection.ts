/**
 * The connection pool to PostgreSQL (node-postgres), what is said about the server without its password, and
 * transactions on one pooled client.
 */
import pg from 'pg';
import { StorageError } from '../ports/storage.js';

/** The server as people may read it: `host:port/database`, never the user's password. */
export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the server in DATABASE_URL';
  }
}

/** The password in `url` as written and as decoded, for a logger to redact; none when there is no URL or password. */
export function passwordsIn(url: string | undefined): string[] {
  let password = '';
  try {
    password = url === undefined ? '' : new URL(url).password;
  } catch {
    return [];
  }
  if (password === '') return [];
  try {
    return [...new Set([password, decodeURIComponent(password)])];
  } catch {
    // Not percent-encoded as a URL should be: the text as written is all there is to hide.
    return [password];
  }
}

/** `text` with the password of `url` (as written and decoded) replaced by `***`. */
export function withoutPassword(text: string, url: string): string {
  return passwordsIn(url).reduce((redacted, password) => redacted.split(password).join('***'), text);
}

/**
 * BIGINT arrives as text (it can exceed 2^53); this schema's BIGINTs are ids, counts and milliseconds since
 * the epoch, all far below that, so they are read as numbers as the ports promise.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** How long a connection attempt may take before the server counts as unreachable. */
export const connectTimeoutMs = 10_000;

/**
 * A pool on DATABASE_URL, checked with one query; throws StorageError naming host and port (never the password)
 * and what to check when the server cannot be reached or refuses us. `onIdleError` hears of idle connections lost.
 */
export async function openPool(url: string, onIdleError: (error: Error) => void = () => undefined): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, types, connectionTimeoutMillis: connectTimeoutMs });
  // An idle client whose connection dropped (a server restart) is an 'error' event with no caller to reject
  // (unhandled, it would end the process); the pool discards that client and the next query opens a new
  // connection or fails where it is awaited.
  pool.on('error', onIdleError);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unreachable(url, error);
  }
  return pool;
}

/** Why the server at `url` could not be used, with what to check. */
function unreachable(url: string, error: unknown): StorageError {
  const code = (error as { code?: string } | null)?.code;
  const reason = withoutPassword(error instanceof Error ? error.message : String(error), url);
  const hint =
    code === '28P01' || code === '28000'
      ? 'Check the user name and password in DATABASE_URL.'
      : code === '3D000'
        ? 'Create the database first (createdb), or fix its name in DATABASE_URL.'
        : 'Is the server running? Is DATABASE_URL right?';
  return new StorageError(`cannot connect to PostgreSQL at ${describeServer(url)} (${reason}). ${hint}`, { cause: error });
}

/**
 * Runs `work` in one transaction on one client of `pool`: committed before the promise resolves, rolled back
 * (and rethrown) when `work` or the commit fails.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      // A connection that cannot even roll back is not handed out again.
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
