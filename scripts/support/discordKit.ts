/**
 * Discord's numbers by name, for the tests that drive the bot through the fake Discord, and the small helpers
 * several of them share. The constants are discord-api-types' own (v10), so a test reads
 * `InteractionResponseType.UpdateMessage` where Discord's payload carries 7, and `MessageFlags.Ephemeral`
 * where it carries 64.
 *
 * This module depends on discord-api-types only (no fake, no harness), so any test or support file can use it.
 */
import {
  type APIMessage,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';

export {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationFlags,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';

// ------------------------------------------------------------------ message flags
/** Whether every bit of `flag` is set in a message's (or a payload's) flags; no flags at all is none set. */
export function hasFlag(message: { flags?: number | null } | undefined, flag: MessageFlags): boolean {
  return ((message?.flags ?? 0) & flag) === flag;
}
/** Only the person who used the interaction sees the message (flags carry MessageFlags.Ephemeral). */
export const isEphemeral = (message: { flags?: number | null } | undefined): boolean => hasFlag(message, MessageFlags.Ephemeral);

// ------------------------------------------------------------------ interaction callbacks
/**
 * A callback body replying with a message only the user sees, to match with toMatchObject:
 * `{ type: ChannelMessageWithSource, data: { ...data, flags: Ephemeral } }`.
 */
export function ephemeralReply(data: Record<string, unknown> = {}) {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: { ...data, flags: MessageFlags.Ephemeral } };
}
/** A callback body deferring a reply only the user will see: `{ type: DeferredChannelMessageWithSource, data: { flags: Ephemeral } }`. */
export function ephemeralDeferral() {
  return { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } };
}
/** Any interaction's callback route, as the fake records it (without /api/vN). */
export const anyCallbackPath = /^\/interactions\/\d+\/[^/]+\/callback$/;
/** The callback route of one interaction, as the fake's slashCommand, autocomplete and clickButton return it. */
export const callbackPath = (sent: { interactionId: string; token: string }): string =>
  `/interactions/${sent.interactionId}/${sent.token}/callback`;
/** The interaction's original reply (`@original` arrives URL-encoded; the fake records it decoded). */
export const originalPath = (applicationId: string, token: string): string => `/webhooks/${applicationId}/${token}/messages/@original`;
/** A follow-up message to the interaction. */
export const followUpPath = (applicationId: string, token: string): string => `/webhooks/${applicationId}/${token}`;

// ------------------------------------------------------------------ slash command options
/** A slash command option as the fake's slashCommand takes it. */
export interface CommandOption {
  name: string;
  type: number;
  value: string;
}
export const stringOption = (name: string, value: string): CommandOption => ({ name, type: ApplicationCommandOptionType.String, value });
export const channelOption = (name: string, channelId: string): CommandOption => ({
  name,
  type: ApplicationCommandOptionType.Channel,
  value: channelId,
});

// ------------------------------------------------------------------ buttons
/** A button as a test reads it off a message or a payload. */
export interface Button {
  type: number;
  label?: string;
  custom_id?: string;
  disabled?: boolean;
  style?: number;
}
/** The buttons of a message, row by row, in order (other components left out). */
export function buttonsOf(m: Pick<APIMessage, 'components'> | { components?: unknown[] } | undefined): Button[] {
  return ((m?.components ?? []) as unknown as { components?: Button[] }[])
    .flatMap((row) => row.components ?? [])
    .filter((c) => c.type === ComponentType.Button);
}
/** The button with this label (or a label matching the pattern); throws, listing the labels there are, when none has it. */
export function findButton(
  m: Pick<APIMessage, 'components'> | { components?: unknown[] } | undefined,
  label: string | RegExp,
): Button & { custom_id: string } {
  const found = buttonsOf(m).find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label ?? '')));
  if (!found?.custom_id)
    throw new Error(
      `test: no button ${String(label)}; buttons: ${buttonsOf(m)
        .map((b) => b.label)
        .join(', ')}`,
    );
  return found as Button & { custom_id: string };
}

// ------------------------------------------------------------------ permissions
/** Every permission bit Discord defines. */
export const allPermissions: bigint = Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n);
/** Every permission but these, as an interaction's `app_permissions` string; Administrator goes too, as it would grant them all back. */
export const allPermissionsBut = (...flags: bigint[]): string =>
  flags.reduce((left, flag) => left & ~flag, allPermissions & ~PermissionFlagsBits.Administrator).toString();

// ------------------------------------------------------------------ Discord's error answers
/** A REST error as Discord sends it, for the fake's failNext. */
export interface DiscordErrorResponse {
  status: number;
  body: { code: RESTJSONErrorCodes; message: string };
}
const discordError = (status: number, code: RESTJSONErrorCodes, message: string): DiscordErrorResponse => ({
  status,
  body: { code, message },
});
/** The errors the tests make Discord answer with, each with Discord's own code and wording. */
export const discordErrors = {
  missingPermissions: discordError(403, RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions'),
  unknownMessage: discordError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message'),
  unknownInteraction: discordError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction'),
  unknownChannel: discordError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel'),
  internalServerError: discordError(500, RESTJSONErrorCodes.GeneralError, 'Internal Server Error'),
  /** A message to a thread (a forum post) a moderator locked. */
  threadLocked: discordError(400, RESTJSONErrorCodes.ThreadLocked, 'Thread is locked'),
} as const;
