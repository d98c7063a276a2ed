/**
 * Discord's limits, in one place. Renderers fit text with `clip` and `fitEmbed`; `limitProblems` checks a
 * finished payload (the limits, and that every footnote it cites is listed in it) and is what the tests run
 * over every request the bot makes.
 */
import type { APIEmbed } from 'discord.js';
import { unlistedCitations } from '../answer/footnotes.js';

export const limits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** All embeds of one message together. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  threadName: 100,
  /** An attachment's alt text. */
  attachmentDescription: 1024,
} as const;

/** Cuts text to `max` characters, ending with "…" when something was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Joins lines, dropping whole lines from the end (then saying how many) rather than cutting one mid-way. */
export function joinWithin(lines: string[], max: number, more: (dropped: number) => string = (n) => `… and ${n} more`): string {
  const all = lines.join('\n');
  if (all.length <= max) return all;
  for (let keep = lines.length - 1; keep > 0; keep -= 1) {
    const text = [...lines.slice(0, keep), more(lines.length - keep)].join('\n');
    if (text.length <= max) return text;
  }
  return clip(lines[0] ?? '', max);
}

/** The characters of an embed that count toward Discord's 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Clips every part of an embed to its limit, then the description until the whole fits in 6,000. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    ...(embed.title !== undefined ? { title: clip(embed.title, limits.embedTitle) } : {}),
    ...(embed.description !== undefined ? { description: clip(embed.description, limits.embedDescription) } : {}),
    ...(embed.footer ? { footer: { ...embed.footer, text: clip(embed.footer.text, limits.footer) } } : {}),
    ...(embed.author ? { author: { ...embed.author, name: clip(embed.author.name, limits.authorName) } } : {}),
    ...(embed.fields
      ? {
          fields: embed.fields
            .slice(0, limits.embedFields)
            .map((f) => ({ ...f, name: clip(f.name, limits.fieldName), value: clip(f.value, limits.fieldValue) })),
        }
      : {}),
  };
  const over = embedLength(fitted) - limits.embedsTotal;
  if (over > 0 && fitted.description) fitted.description = clip(fitted.description, Math.max(1, fitted.description.length - over));
  // Still over (fields alone exceed it): fields go from the end, whole.
  while (embedLength(fitted) > limits.embedsTotal && fitted.fields && fitted.fields.length > 0) fitted.fields = fitted.fields.slice(0, -1);
  return fitted;
}

/** What a message payload, as sent to Discord's API (snake_case JSON), breaks; empty when it fits. */
export function limitProblems(body: unknown): string[] {
  const problems: string[] = [];
  if (typeof body !== 'object' || body === null) return problems;
  const payload = body as Record<string, unknown>;
  const data = (typeof payload.data === 'object' && payload.data !== null ? payload.data : payload) as Record<string, unknown>;
  if (typeof data.content === 'string' && data.content.length > limits.content)
    problems.push(`content has ${data.content.length} characters`);
  const embeds = Array.isArray(data.embeds) ? (data.embeds as APIEmbed[]) : [];
  if (embeds.length > limits.embedsPerMessage) problems.push(`${embeds.length} embeds`);
  let total = 0;
  for (const embed of embeds) {
    total += embedLength(embed);
    if ((embed.title?.length ?? 0) > limits.embedTitle) problems.push('embed title too long');
    if ((embed.description?.length ?? 0) > limits.embedDescription)
      problems.push(`embed description has ${embed.description?.length} characters`);
    if ((embed.fields?.length ?? 0) > limits.embedFields) problems.push('too many embed fields');
    for (const field of embed.fields ?? []) {
      if (field.name.length > limits.fieldName || field.value.length > limits.fieldValue)
        problems.push(`field "${field.name.slice(0, 30)}" too long`);
      if (field.value.length === 0 || field.name.length === 0) problems.push('empty embed field');
    }
  }
  if (total > limits.embedsTotal) problems.push(`embeds total ${total} characters`);
  const rows = Array.isArray(data.components) ? (data.components as { components?: { custom_id?: string; label?: string }[] }[]) : [];
  if (rows.length > limits.actionRows) problems.push(`${rows.length} component rows`);
  for (const row of rows) {
    const buttons = row.components ?? [];
    if (buttons.length > limits.buttonsPerRow) problems.push(`${buttons.length} buttons in a row`);
    for (const button of buttons) {
      if ((button.custom_id?.length ?? 0) > limits.customId) problems.push(`custom id "${button.custom_id}" too long`);
      if ((button.label?.length ?? 0) > limits.buttonLabel) problems.push(`button label "${button.label}" too long`);
    }
  }
  const choices = Array.isArray(data.choices) ? (data.choices as { name: string; value: unknown }[]) : [];
  if (choices.length > limits.choices) problems.push(`${choices.length} choices`);
  for (const choice of choices) if (choice.name.length > limits.choiceName) problems.push(`choice "${choice.name.slice(0, 30)}" too long`);
  if (typeof data.name === 'string' && 'auto_archive_duration' in data && data.name.length > limits.threadName)
    problems.push('thread name too long');
  const attachments = Array.isArray(data.attachments) ? (data.attachments as { description?: string }[]) : [];
  for (const a of attachments)
    if ((a.description?.length ?? 0) > limits.attachmentDescription) problems.push(`alt text has ${a.description?.length} characters`);
  // A picture's alt text cites as the message does: its [n] are listed in the message too.
  const unlisted = unlistedCitations([messageText(data.content, embeds), ...attachments.map((a) => a.description ?? '')].join('\n'));
  if (unlisted.length > 0) problems.push(`cites ${unlisted.map((n) => `[${n}]`).join(' ')} without listing the source`);
  return problems;
}

/** All the text a person reads in a message, one part a line: the content, then each embed's parts in order. */
function messageText(content: unknown, embeds: APIEmbed[]): string {
  const parts = typeof content === 'string' ? [content] : [];
  for (const embed of embeds)
    parts.push(
      embed.author?.name ?? '',
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
      embed.footer?.text ?? '',
    );
  return parts.join('\n');
}
