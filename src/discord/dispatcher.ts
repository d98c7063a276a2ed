/**
 * Every interaction goes through here, with the one try/catch: a ReplyableError is shown to the person
 * (logged at info), a database out of reach gets its own apology (logged at info: the outage is logged once
 * elsewhere), anything else is logged at error and gets the generic apology. Nothing escapes.
 */
import { type Interaction, MessageFlags } from 'discord.js';
import { somethingWentWrong, storageUnavailable } from '../bot/messages.js';
import { StorageUnavailableError } from '../ports/storage.js';
import { onButton } from './buttons.js';
import type { HandlerDeps } from './deps.js';
import { ReplyableError } from './errors.js';
import { runSlashCommand, suggestOptions } from './slashCommands.js';
import { message } from './render/message.js';
import { tellPrivately } from './respond.js';
import { discordText } from './text.js';

export async function dispatchInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  const started = performance.now();
  const what = describeInteraction(interaction);
  try {
    if (interaction.isChatInputCommand()) {
      await runSlashCommand(interaction, deps);
    } else if (interaction.isAutocomplete()) {
      await suggestOptions(interaction, deps);
    } else if (interaction.isButton()) {
      await onButton(interaction, deps);
    }
    deps.log.debug('interaction handled', { what, user: interaction.user.id, ms: Math.round((performance.now() - started) * 100) / 100 });
  } catch (error) {
    const replyable = error instanceof ReplyableError;
    // The outage itself is logged once by the storage's health listener (src/discord/launch.ts), not per interaction.
    const unavailable = error instanceof StorageUnavailableError;
    if (replyable) deps.log.info('interaction refused', { what, user: interaction.user.id, reason: error.message });
    else if (unavailable) deps.log.info('interaction failed: storage unavailable', { what, user: interaction.user.id });
    else deps.log.error('interaction failed', { what, user: interaction.user.id, error });
    if (!interaction.isRepliable()) return;
    try {
      const content = replyable ? error.message : unavailable ? storageUnavailable : somethingWentWrong;
      await tellPrivately(interaction, message({ content }));
    } catch (replyError) {
      deps.log.warn('could not tell the user about a failure', { what, error: replyError });
    }
  }
}

/**
 * A command or click arriving while the bot stops is not started: it gets a private notice at once, since
 * Discord shows "The application did not respond" to one left unanswered, and its quiz or question is
 * untouched, so trying again after the restart works. Never rejects.
 */
export async function refuseWhileStopping(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  const what = describeInteraction(interaction);
  deps.log.info('not started: stopping', { what, user: interaction.user.id });
  if (!interaction.isRepliable()) return;
  try {
    await interaction.reply({ ...message({ content: discordText.restarting }), flags: MessageFlags.Ephemeral });
  } catch (error) {
    deps.log.warn('could not tell the user the bot is restarting', { what, error });
  }
}

/** What an interaction asks for, for logs: "/ask", "/compare autocomplete", "button q:…". */
export function describeInteraction(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isAutocomplete()) return `/${interaction.commandName} autocomplete`;
  if (interaction.isButton()) return `button ${interaction.customId}`;
  return `interaction type ${interaction.type}`;
}
