import { ApplicationCommandOptionType, MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { clip, limits } from '../limits.js';
import { renderAspects, renderComparison } from '../render/compare.js';
import { everywhere } from './contexts.js';
import type { SlashCommand } from './types.js';

/** /compare aspect: both roles side by side, with autocomplete over the aspects. */
export const compare: SlashCommand = {
  definition: {
    name: 'compare',
    description: 'Data Engineer vs ML Engineer side by side on one aspect, with sources',
    ...everywhere,
    options: [{ type: ApplicationCommandOptionType.String, name: 'aspect', description: 'salary, skills, tools, switching…', required: true, autocomplete: true, max_length: 100 }],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async execute(interaction, { bot }) {
    const reply = bot.compare(interaction.options.getString('aspect') ?? undefined);
    if (reply.kind === 'comparison') await interaction.reply(renderComparison(reply.comparison));
    else await interaction.reply({ ...renderAspects(reply), flags: MessageFlags.Ephemeral });
  },

  async autocomplete(interaction, { bot }) {
    const typed = interaction.options.getFocused();
    const choices = bot
      .aspects(typed)
      .slice(0, limits.choices)
      .map((a) => ({ name: clip(a.label, limits.choiceName), value: a.id }));
    await interaction.respond(choices);
  },
};
