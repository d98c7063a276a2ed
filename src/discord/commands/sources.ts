import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { renderSources } from '../render/info.js';
import { everywhere } from './contexts.js';
import type { SlashCommand } from './types.js';

/** /sources: the articles, to the asker only. */
export const sources: SlashCommand = {
  definition: { name: 'sources', description: 'The articles every answer quotes', ...everywhere } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async execute(interaction, { bot }) {
    await interaction.reply({ ...renderSources(bot.sources()), flags: MessageFlags.Ephemeral });
  },
};
