/** Who is acting and where, from a Discord interaction or message, in the core's terms. */
import type { BaseInteraction, Message, User } from 'discord.js';
import type { BotContext } from '../bot/careerBot.js';
import type { Place } from '../quiz/repository.js';
import type { Actor } from '../quiz/service.js';

export function actorOf(user: User, displayName?: string | null): Actor {
  return { id: `discord:${user.id}`, name: displayName || user.globalName || user.username };
}

/**
 * A quiz or answer happens in a channel; inside a thread, that is the thread's channel. The key is
 * "discord:<guild or dm>/<channel>": only this adapter reads it back (channelOfPlace).
 */
export function placeOf(guildId: string | null, channelId: string, parentId?: string | null): Place {
  const channel = parentId ?? channelId;
  return {
    key: `discord:${guildId ?? 'dm'}/${channel}`,
    label: guildId ? `channel ${channel} in server ${guildId}` : `channel ${channel} (direct messages)`,
  };
}

/** The channel a place of this adapter's names, or undefined for another front end's place. */
export function channelOfPlace(place: Place): string | undefined {
  return /^discord:[^/]+\/(\d+)$/.exec(place.key)?.[1];
}

/**
 * Who and where for an interaction. From a server the bot is not in (a user install) discord.js has neither
 * the server nor the channel cached: the member is Discord's raw one (its nick), and a thread there is a
 * place of its own, as its parent is unknown (no quiz thread is ever opened there to share it).
 */
export function interactionContext(interaction: BaseInteraction): BotContext {
  const channel = interaction.channel;
  const parentId = channel?.isThread() ? channel.parentId : undefined;
  const member = interaction.member;
  const name = member && 'displayName' in member ? member.displayName : (member?.nick ?? interaction.user.globalName);
  return { actor: actorOf(interaction.user, name), place: placeOf(interaction.guildId, interaction.channelId ?? 'unknown', parentId) };
}

export function messageContext(message: Message): BotContext {
  const parentId = message.channel.isThread() ? message.channel.parentId : undefined;
  return { actor: actorOf(message.author, message.member?.displayName), place: placeOf(message.guildId, message.channelId, parentId) };
}
