import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { interactionContext } from '../context.js';
import { renderForgetConfirm } from '../render/info.js';
import { everywhere } from './contexts.js';
import type { SlashCommand } from './types.js';

/** Shows what is stored and asks first; the buttons (only this person sees them) delete or keep it. */
export const forgetMe: SlashCommand = {
  definition: { name: 'forget-me', description: 'Delete everything careerbot stores about you', ...everywhere } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async execute(interaction, { bot }) {
    const data = await bot.storedAbout(interactionContext(interaction).actor);
    await interaction.reply({ ...renderForgetConfirm(data), flags: MessageFlags.Ephemeral });
  },
};
