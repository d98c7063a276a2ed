import { ApplicationCommandOptionType, MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { interactionContext } from '../context.js';
import { renderAnswer } from '../render/answer.js';
import { everywhere } from './contexts.js';
import type { SlashCommand } from './types.js';

/** /ask question: the cited answer in the channel, or the decline to the asker only. */
export const ask: SlashCommand = {
  definition: {
    name: 'ask',
    description: 'Ask about Data Engineer and ML Engineer careers; the answer quotes its sources',
    ...everywhere,
    options: [{ type: ApplicationCommandOptionType.String, name: 'question', description: 'e.g. how long does switching from DE to MLE take?', required: true, max_length: 500 }],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async execute(interaction, { bot }) {
    const answer = await bot.ask(interactionContext(interaction), interaction.options.getString('question', true));
    // A cited answer helps the channel; a decline only helps the asker.
    await interaction.reply({ ...renderAnswer(answer), ...(answer.answered ? {} : { flags: MessageFlags.Ephemeral }) });
  },
};
