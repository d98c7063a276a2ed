import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

/** Installed in servers; usable there and in DMs with the bot. */
export const everywhere = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};
