/**
 * Whether the PostgreSQL server answers, as the calls find it: a lost connection turns into StorageUnavailableError
 * (the core's word for "try again later"), and the change of state is told once to a listener, not per call.
 */
import { StorageUnavailableError, type StorageHealthListener } from '../ports/storage.js';
import { describeServer, withoutPassword } from './connection.js';

/** Node's socket errors and PostgreSQL's own codes for a connection that failed or was cut (class 08, 57P01-57P03). */
const lostCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** True when `error` says the server could not be reached or the connection was lost, not that a statement failed. */
export function connectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (lostCodes.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true;
  // node-postgres's own words when a socket closes under it or no connection comes in time.
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(message)
  );
}

/** The server's state as the last call found it, told to `listener` on each change. */
export class Availability {
  private down = false;

  constructor(
    private readonly url: string,
    private readonly listener: StorageHealthListener | undefined,
  ) {}

  /** A call that reached the server. */
  reached(): void {
    if (!this.down) return;
    this.down = false;
    this.listener?.restored();
  }

  /** A connection lost (by a call, or by an idle connection's 'error'); returns the error for the caller to throw. */
  lost(error: unknown): StorageUnavailableError {
    const reason = withoutPassword(error instanceof Error ? error.message : String(error), this.url);
    if (!this.down) {
      this.down = true;
      this.listener?.unavailable(reason);
    }
    return new StorageUnavailableError(`PostgreSQL at ${describeServer(this.url)} cannot be reached (${reason})`, { cause: error });
  }

  /**
   * `repository` with every method watched: a lost connection rejects with StorageUnavailableError, any other
   * failure as it was; each outcome tells this availability.
   */
  watch<T extends object>(repository: T): T {
    return new Proxy(repository, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          try {
            const result: unknown = await value.apply(target, args);
            this.reached();
            return result;
          } catch (error) {
            if (connectionLost(error)) throw this.lost(error);
            // The server answered, if only to refuse the statement.
            this.reached();
            throw error;
          }
        };
      },
    });
  }
}
