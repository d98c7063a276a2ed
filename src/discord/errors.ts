/** The errors the Discord adapter tells apart: ours to explain, and Discord's by status and code. */
import { DiscordAPIError, HTTPError } from 'discord.js';

/** A failure a user should be told about in words: logged at info and shown only to them. */
export class ReplyableError extends Error {
  override name = 'ReplyableError';
}

/** Discord's JSON error codes we act on. */
export const apiErrors = {
  unknownChannel: 10003,
  unknownMessage: 10008,
  unknownInteraction: 10062,
  missingAccess: 50001,
  missingPermissions: 50013,
  threadArchived: 50083,
  threadLocked: 160005,
} as const;

/** Discord said no: a 403, or missing access or permissions. */
export function isForbidden(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.status === 403 || error.code === apiErrors.missingAccess || error.code === apiErrors.missingPermissions)
  );
}

/** The interaction's token is spent or expired: the message must be edited through its channel instead. */
export function isUnknownInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === apiErrors.unknownInteraction;
}

export function isGone(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.status === 404 || error.code === apiErrors.unknownChannel || error.code === apiErrors.unknownMessage)
  );
}

/** Discord's side failed (5xx), after discord.js's own retries. */
export function isServerError(error: unknown): boolean {
  return (error instanceof HTTPError || error instanceof DiscordAPIError) && error.status >= 500;
}

/** Discord refused the request itself (any 4xx: no permission, too many active threads, gone…). */
export function isRefused(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.status >= 400 && error.status < 500;
}

/** The thread (a forum post) was archived or locked before the bot could post in it: closed, by someone's choice. */
export function isClosedThread(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.code === apiErrors.threadArchived || error.code === apiErrors.threadLocked);
}

/** The message lives in an archived thread, which must be unarchived before it changes. */
export function isArchivedThread(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === apiErrors.threadArchived;
}
