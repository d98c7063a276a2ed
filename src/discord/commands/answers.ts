import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { discordText } from '../../bot/messages.js';
import { ReplyableError } from '../errors.js';
import { message } from '../render/message.js';
import type { SlashCommand } from './types.js';

const textChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/** Switches free-text answering on or off in a channel; stored, so it survives restarts. */
export const answers: SlashCommand = {
  definition: {
    name: 'answers',
    description: 'Turn answering questions without a mention on or off in a channel',
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      { type: ApplicationCommandOptionType.Channel, name: 'channel', description: 'The channel', required: true, channel_types: [...textChannels] },
      {
        type: ApplicationCommandOptionType.String,
        name: 'state',
        description: 'on: answer questions there; off: only when mentioned',
        required: true,
        choices: [
          { name: 'on', value: 'on' },
          { name: 'off', value: 'off' },
        ],
      },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async execute(interaction, { channels, clock, log }) {
    if (!interaction.guildId) throw new ReplyableError(discordText.answersGuildOnly);
    // Server admins can widen who sees the command; the setting itself still needs Manage Server.
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) throw new ReplyableError(discordText.needManageServer);
    const channel = interaction.options.getChannel('channel', true);
    if (!textChannels.includes(channel.type as (typeof textChannels)[number])) throw new ReplyableError(discordText.answersNotText);
    const on = interaction.options.getString('state', true) === 'on';
    await channels.set(interaction.guildId, channel.id, on, clock.now());
    log.info('answer channel switched', { guild: interaction.guildId, channel: channel.id, on, by: interaction.user.id });
    const guildChannels = interaction.guild ? interaction.guild.channels.cache.keys() : [channel.id];
    const summary = discordText.answersNowOn(await channels.onIn(interaction.guildId, guildChannels));
    const said = on ? discordText.answersOn(channel.id) : discordText.answersOff(channel.id);
    await interaction.reply({ ...message({ content: `${said}\n${summary}` }), flags: MessageFlags.Ephemeral });
  },
};
