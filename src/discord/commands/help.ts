import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { renderHelp } from '../render/info.js';
import { everywhere } from './contexts.js';
import type { SlashCommand } from './types.js';

/** /help: what the bot does, to the asker only. */
export const help: SlashCommand = {
  definition: { name: 'help', description: 'What careerbot can do and how to ask it', ...everywhere } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async execute(interaction) {
    await interaction.reply({ ...renderHelp(), flags: MessageFlags.Ephemeral });
  },
};
