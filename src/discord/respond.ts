/** Small, careful ways of answering an interaction that can outlive its token or its message. */
import { type ButtonInteraction, MessageFlags, type RepliableInteraction } from 'discord.js';
import { isArchivedThread, isServerError, isUnknownInteraction } from './errors.js';
import type { DiscordMessage } from './render/message.js';
import { botCanUseChannel } from './reach.js';

/** Replies only the clicker sees, whatever has already been said. */
export async function tellPrivately(interaction: RepliableInteraction, payload: DiscordMessage): Promise<void> {
  // A deferred click's editReply would overwrite the clicked message itself, which others may see.
  if (interaction.deferred && !interaction.replied && !interaction.isMessageComponent()) await interaction.editReply(payload);
  else if (interaction.deferred || interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

/**
 * Moves the clicked message on. If the interaction's token is no longer usable (we missed the 3 s, or it
 * expired after 15 minutes) or Discord failed the callback, a message in a channel is edited through the
 * channel instead, which needs no token, so the quiz on screen never falls behind what is stored. An
 * ephemeral message, or one in a channel the bot is not in, can only be reached through its token, so then
 * the error is rethrown.
 */
export async function updateClicked(interaction: ButtonInteraction, payload: DiscordMessage): Promise<void> {
  try {
    await interaction.update(payload);
  } catch (error) {
    const channel = interaction.channel;
    if (isArchivedThread(error) && channel?.isThread()) {
      // A quiz resumed after its thread archived: reopen the thread, then move the message on.
      await channel.setArchived(false, 'A quiz in it continued');
      await interaction.update(payload);
      return;
    }
    const throughChannel = !interaction.message.flags.has(MessageFlags.Ephemeral) && botCanUseChannel(interaction);
    if (!(isUnknownInteraction(error) || isServerError(error)) || !throughChannel) throw error;
    await interaction.message.edit(payload);
  }
}
