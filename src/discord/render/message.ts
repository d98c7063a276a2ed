/** The shape every renderer returns, and small builders for buttons. Mentions are off in every payload. */
import { type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import { clip, fitEmbed, limits } from '../limits.js';

/** No @everyone, @here, role or user ping, whatever the text says; and a reply does not ping its author. */
export const noMentions: { parse: []; repliedUser: false } = { parse: [], repliedUser: false };

/** A message as the renderers describe it; adapters pass it to discord.js as it is. */
export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: typeof noMentions;
}

/** A message within Discord's limits: content, embeds, at most 5 rows of 5 buttons. */
export function message(parts: { content?: string; embeds?: APIEmbed[]; buttons?: APIButtonComponentWithCustomId[][] }): DiscordMessage {
  const rows = (parts.buttons ?? []).filter((r) => r.length > 0).slice(0, limits.actionRows);
  return {
    ...(parts.content !== undefined ? { content: clip(parts.content, limits.content) } : {}),
    // Always sent, so an update that replaces an embed with text clears the old embed.
    embeds: (parts.embeds ?? []).slice(0, limits.embedsPerMessage).map(fitEmbed),
    components: rows.map((buttons) => ({ type: ComponentType.ActionRow, components: buttons.slice(0, limits.buttonsPerRow) })),
    allowedMentions: noMentions,
  };
}

/** A button's colour, by meaning. */
export type ButtonTone = 'primary' | 'secondary' | 'success' | 'danger';
const styles = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
} as const;

export function button(label: string, customId: string, tone: ButtonTone = 'secondary', disabled = false): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: styles[tone],
    label: clip(label, limits.buttonLabel),
    custom_id: customId,
    ...(disabled ? { disabled } : {}),
  };
}

/** The colour bar of an embed: one per kind of reply, so they are told apart at a glance. */
export const colours = { answer: 0x3b82f6, compare: 0x8b5cf6, quiz: 0x10b981, info: 0x64748b } as const;
