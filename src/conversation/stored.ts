/**
 * What a stored conversation and profile must look like, for every backend: checked before a save (a value that
 * could not be read back is refused, and nothing changes) and after a read (a damaged or hand-edited row is
 * reported, not trusted). Both throw StorageError naming the conversation's key or the profile's user.
 */
import { z } from 'zod';
import { StorageError } from '../ports/storage.js';
import type { ConversationState, Profile } from './types.js';

const role = z.enum(['de', 'mle']);
/** Milliseconds since the epoch; whole, as SQLite's INTEGER columns keep them. */
const time = z.number().int();

const slots = z.object({
  roles: z.array(role),
  level: z.string().optional(),
  region: z.string().optional(),
  direction: z.enum(['de-to-mle', 'mle-to-de']).optional(),
  topic: z.string(),
});

const turn = z.object({
  question: z.string(),
  resolved: z.string(),
  slots,
  passages: z.array(z.string()),
  lead: z.string().max(1000).optional(),
  answered: z.boolean(),
  at: time,
  whatWouldChange: z.string().max(2000).optional(),
  quizAnswers: z.array(z.string().max(100)).max(20).optional(),
  whatIfAnswers: z.array(z.string().max(100)).max(20).optional(),
  list: z.string().max(300).optional(),
  fitPointedTo: z.enum(['de', 'mle']).optional(),
});

const pending = z.object({
  question: z.string(),
  choices: z.array(z.object({ resolved: z.string(), understood: z.string(), slots, within: z.array(z.string()).optional() })),
  at: time,
});

export const storedConversation = z.object({
  key: z.string(),
  user: z.string(),
  turns: z.array(turn),
  pending: pending.optional(),
  updatedAt: time,
}) satisfies z.ZodType<ConversationState>;

export const storedProfile = z.object({
  user: z.string(),
  role: role.optional(),
  job: z.string().optional(),
  goal: role.optional(),
  years: z.number().min(0).optional(),
  level: z.enum(['entry', 'mid', 'senior', 'staff', 'principal', 'l3', 'l4', 'l5', 'l6', 'l7']).optional(),
  likes: z.array(z.string()),
  dislikes: z.array(z.string()).optional(),
  knows: z.array(z.string().max(60)).max(5).optional(),
  place: z.string().max(40).optional(),
  pay: z.string().max(40).optional(),
  quizOutcome: z.enum(['mle', 'de', 'hybrid']).optional(),
  quizAnswers: z.array(z.string().max(40)).max(10).optional(),
  goalAfterQuiz: z.boolean().optional(),
  updatedAt: time,
}) satisfies z.ZodType<Profile>;

/** A name for what failed: `conversation "console:alice"`, `the profile of console:alice`. */
const conversationName = (key: unknown) => `conversation ${JSON.stringify(key)}`;
const profileName = (user: unknown) => `the profile of ${String(user)}`;

function check<T>(schema: z.ZodType<T>, value: unknown, problem: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StorageError(`${problem}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The conversation as it will be stored (a copy, unknown fields dropped), or a StorageError. */
export function conversationToStore(conversation: ConversationState): ConversationState {
  return check(storedConversation, conversation, `${conversationName(conversation.key)} cannot be stored`);
}

export function profileToStore(profile: Profile): Profile {
  return check(storedProfile, profile, `${profileName(profile.user)} cannot be stored`);
}

/**
 * A conversation read back: its columns (key, user, updatedAt) and its stored JSON text of the rest. A text
 * that is not JSON or not a conversation is a StorageError naming the key.
 */
export function conversationFromStore(columns: Pick<ConversationState, 'key' | 'user' | 'updatedAt'>, json: string): ConversationState {
  return check(
    storedConversation,
    { ...parseJson(json, conversationName(columns.key)), ...columns },
    `${conversationName(columns.key)} is damaged`,
  );
}

export function profileFromStore(columns: Pick<Profile, 'user' | 'updatedAt'>, json: string): Profile {
  return check(storedProfile, { ...parseJson(json, profileName(columns.user)), ...columns }, `${profileName(columns.user)} is damaged`);
}

/** The JSON text of what a row keeps beside its columns. */
export function conversationJson({ turns, pending }: ConversationState): string {
  return JSON.stringify({ turns, pending });
}

export function profileJson({ user: _user, updatedAt: _updatedAt, ...rest }: Profile): string {
  return JSON.stringify(rest);
}

function parseJson(json: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new StorageError(`${name} is damaged: ${(error as Error).message}`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StorageError(`${name} is damaged: not a JSON object`);
  return value as Record<string, unknown>;
}
