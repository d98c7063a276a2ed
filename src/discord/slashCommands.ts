/**
 * The slash commands, derived from the command registry (src/commands/registry.ts): their definitions for
 * deploy-commands, the checks Discord's scope and option types call for, and each reply kind drawn as a
 * Discord message. A new command needs no change here unless its reply is of a new kind.
 */
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { type Command, type CommandOption, type CommandReply, type CommandRequest, commandsFor } from '../commands/registry.js';
import type { HandlerDeps } from './deps.js';
import { interactionContext } from './context.js';
import { isForum, missingToAnswer } from './channelAccess.js';
import { conversationKey, linkAnswer, sendingAnswer } from './conversations.js';
import { ReplyableError } from './errors.js';
import { forumChannelTypes } from './forumPosts.js';
import { clip, limits } from './limits.js';
import { startQuiz } from './quizFlow.js';
import { renderAnswer } from './render/answer.js';
import { renderAspects, renderComparison } from './render/compare.js';
import { comparisonChartImage, withChart } from './render/compareChart.js';
import { renderForgetConfirm, renderHelp, renderList, renderSources } from './render/info.js';
import { message } from './render/message.js';
import { discordText } from './text.js';

/** The commands Discord offers, in the registry's order. */
export const slashCommands = commandsFor('discord');

/** Channels people write in, where the bot can answer: text channels, and forums, whose posts are the questions. */
const textChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ...forumChannelTypes] as const;

function optionDefinition(option: CommandOption): APIApplicationCommandOption {
  const common = { name: option.name, description: option.description, required: option.required };
  switch (option.kind) {
    case 'text':
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        max_length: option.maxLength,
        ...(option.suggest ? { autocomplete: true } : {}),
      };
    case 'channel':
      return { ...common, type: ApplicationCommandOptionType.Channel, channel_types: [...textChannels] };
    case 'choice':
      return { ...common, type: ApplicationCommandOptionType.String, choices: option.choices.map((c) => ({ name: c, value: c })) };
  }
}

/**
 * A command as deploy-commands registers it. A command for everyone is offered by both installs, a server's
 * and a person's own (a user install), in servers, in DMs with the bot and in group DMs and other private
 * chats; a command for a community's managers only by a server install, in that server. Discord applies
 * `integration_types` and `contexts` to global commands only: a user install sees the commands once they are
 * deployed globally.
 */
export function definitionOf(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const managers = command.scope === 'community-managers';
  return {
    name: command.name,
    description: command.description,
    integration_types: managers
      ? [ApplicationIntegrationType.GuildInstall]
      : [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
    contexts: managers
      ? [InteractionContextType.Guild]
      : [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
    ...(managers ? { default_member_permissions: String(PermissionFlagsBits.ManageGuild) } : {}),
    ...(command.options.length > 0 ? { options: command.options.map(optionDefinition) } : {}),
  };
}

export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = slashCommands.map(definitionOf);

const byName = new Map(slashCommands.map((c) => [c.name, c]));

/** Runs a slash command: its scope and options checked, its handler called, its reply drawn. */
export async function runSlashCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const command = byName.get(interaction.commandName);
  if (!command) throw new ReplyableError(discordText.unknownCommand(interaction.commandName));
  const request = requestOf(command, interaction);
  const renderer = replies[command.replies];
  // A reply that takes several REST calls (opening a thread) is acknowledged first, within the 3 s, and before
  // anything is stored, so a refused acknowledgement leaves nothing behind.
  if (renderer.acknowledgeFirst) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = await command.run(deps.bot, request);
  await (renderer.send as (i: ChatInputCommandInteraction, r: CommandReply, d: HandlerDeps) => Promise<void>)(interaction, reply, deps);
}

/** Offers the /compare aspects (or whatever an option suggests) as the person types. */
export async function suggestOptions(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const option = byName.get(interaction.commandName)?.options.find((o) => o.name === interaction.options.getFocused(true).name);
  if (option?.kind !== 'text' || option.suggest !== 'aspects') return;
  const choices = deps.bot
    .aspects(interaction.options.getFocused())
    .slice(0, limits.choices)
    .map((a) => ({ name: clip(a.label, limits.choiceName), value: a.id }));
  await interaction.respond(choices);
}

function requestOf(command: Command, interaction: ChatInputCommandInteraction): CommandRequest {
  // Checked before the options: a server the bot is not in has channels discord.js cannot resolve.
  const community = command.scope === 'community-managers' ? communityOf(command, interaction) : undefined;
  const args: Record<string, string | undefined> = {};
  for (const option of command.options) {
    if (option.kind === 'channel') {
      const channel = interaction.options.getChannel(option.name, option.required);
      if (channel && !textChannels.includes(channel.type as (typeof textChannels)[number]))
        throw new ReplyableError(discordText.notATextChannel);
      args[option.name] = channel?.id;
    } else {
      args[option.name] = interaction.options.getString(option.name, option.required) ?? undefined;
    }
  }
  return {
    context: interactionContext(interaction),
    args,
    // /ask and free text from one person in one channel are one conversation.
    conversation: conversationKey(interaction.user.id, interaction.channelId),
    ...(community ? { community } : {}),
  };
}

/** The server a command for its managers runs in, once the person and the place are checked. */
function communityOf(command: Command, interaction: ChatInputCommandInteraction): NonNullable<CommandRequest['community']> {
  if (!interaction.guildId) throw new ReplyableError(discordText.serversOnly(command.name));
  // Server admins can widen who sees the command; using it still needs Manage Server.
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    throw new ReplyableError(discordText.needManageServer(command.name));
  // A server the bot is not in (its commands left behind, or a user install): nothing there for it to answer.
  if (!interaction.guild) throw new ReplyableError(discordText.notInServer(command.name));
  return { id: interaction.guildId, channelIds: [...interaction.guild.channels.cache.keys()] };
}

/** How each kind of reply is sent. */
type Replies = {
  [K in CommandReply['kind']]: {
    acknowledgeFirst?: true;
    send(interaction: ChatInputCommandInteraction, reply: Extract<CommandReply, { kind: K }>, deps: HandlerDeps): Promise<void>;
  };
};

const privately = { flags: MessageFlags.Ephemeral } as const;

/** How long a /compare reply waits for its chart to be drawn before it is deferred (Discord allows 3 s in all). */
const chartWaitMs = 1000;
const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref());

const replies: Replies = {
  list: { send: async (interaction, reply) => void (await interaction.reply({ ...renderList(reply), ...privately })) },
  answer: {
    // A cited answer helps the channel; a decline only helps the asker. A question asked back is shown where
    // the answer will be: it becomes the answer when a reading is picked.
    send: async (interaction, { answer }, deps) => {
      const shown = renderAnswer(answer, { user: interaction.user.id, channel: interaction.channelId });
      if (!answer.answered && !answer.clarify) return void (await interaction.reply({ ...shown, ...privately }));
      // A reply to this answer continues its conversation: the reply's message id names it. Discord says the id in
      // its response to the reply itself; fetching the message instead kept every fetched answer in memory.
      await sendingAnswer(interaction.channelId, async () => {
        const response = await interaction.reply({ ...shown, withResponse: true });
        const messageId = response.interaction.responseMessageId ?? response.resource?.message?.id;
        if (messageId) await linkAnswer(deps, conversationKey(interaction.user.id, interaction.channelId), messageId);
        else deps.log.warn('Discord gave no message id for an answer; a reply to it starts afresh', { user: interaction.user.id });
      });
    },
  },
  comparison: {
    send: async (interaction, { reply }, deps) => {
      if (reply.kind !== 'comparison') return void (await interaction.reply({ ...renderAspects(reply), ...privately }));
      // "which of those is faster?" typed next in the channel asks within what it cited; the comparison is shown
      // whether or not it could be kept.
      await deps.bot
        .rememberComparison(interactionContext(interaction), conversationKey(interaction.user.id, interaction.channelId), reply.comparison)
        .catch((error: unknown) => deps.log.warn('a comparison could not be kept as a turn of the conversation', { error }));
      const page = renderComparison(reply.comparison);
      if (!reply.chart) return void (await interaction.reply(page));
      const { comparison, chart } = reply;
      const drawing = comparisonChartImage(comparison, chart);
      const failed = (error: unknown) => {
        deps.log.warn('the chart of a comparison could not be drawn; it is sent without', { aspect: comparison.aspect.id, error });
        return undefined;
      };
      // A picture kept from before is sent at once; a first one is waited for only while the 3 s allow, then
      // the reply is deferred and completed when it is drawn.
      const ready = await Promise.race([drawing.catch(failed), delay(chartWaitMs)]);
      if (ready) return void (await interaction.reply(withChart(page, comparison, chart, ready)));
      await interaction.deferReply();
      const image = await drawing.catch(failed);
      await interaction.editReply(image ? withChart(page, comparison, chart, image) : page);
    },
  },
  quiz: { acknowledgeFirst: true, send: (interaction, { view }, deps) => startQuiz(interaction, view, deps) },
  sources: { send: async (interaction, { sources }) => void (await interaction.reply({ ...renderSources(sources), ...privately })) },
  help: { send: async (interaction, { commands }) => void (await interaction.reply({ ...renderHelp(commands), ...privately })) },
  stored: { send: async (interaction, { data }) => void (await interaction.reply({ ...renderForgetConfirm(data), ...privately })) },
  'answer-channels': {
    send: async (interaction, { change }, deps) => {
      deps.log.info('answer channel switched', {
        guild: interaction.guildId,
        channel: change.channelId,
        on: change.on,
        by: interaction.user.id,
      });
      const on = isForum(interaction.guild, change.channelId) ? discordText.answersOnForum : discordText.answersOn;
      const said = change.on ? on(change.channelId) : discordText.answersOff(change.channelId);
      const missing = change.on ? missingToAnswer(interaction.guild, change.channelId) : [];
      const lines = [
        said,
        ...(missing.length > 0 ? [discordText.cannotAnswerIn(change.channelId, missing)] : []),
        discordText.answersNowOn(change.nowOn),
      ];
      await interaction.reply({ ...message({ content: lines.join('\n') }), ...privately });
    },
  },
};
