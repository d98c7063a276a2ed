/**
 * Where the bot itself can act, beyond the interaction it was given. Installed in a server, it is a member
 * there and can post, fetch and edit through the channel's routes (/channels/…); a user install is used in
 * servers the bot is not in, in group DMs and in DMs between people, where only the interaction reaches:
 * its reply, the edits of that reply (webhook, @original) and follow-ups. discord.js then has no cached guild
 * (`interaction.guild` is null while `guildId` is set) and often no channel.
 */
import { type BaseInteraction, InteractionContextType } from 'discord.js';

/**
 * Whether the bot may use the interaction's channel through the channel's routes: true in a server it is a
 * member of (in this shard's cache: Discord sends a server's interactions to the shard that holds it) and
 * in its own DMs; false in a server it is not in, a group DM, or a DM between other people.
 */
export function botCanUseChannel(interaction: BaseInteraction): boolean {
  if (interaction.guildId) return interaction.client.guilds.cache.has(interaction.guildId);
  // Payloads from before user installs carry no context; they all came from the bot's own DMs.
  return interaction.context === null || interaction.context === InteractionContextType.BotDM;
}
