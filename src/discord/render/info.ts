/** /sources, /help and /forget-me as Discord messages. */
import type { UserData } from '../../activity/repository.js';
import type { SourceInfo } from '../../bot/careerBot.js';
import type { Command, ListItem } from '../../commands/registry.js';
import { forgetMe, sourcesIntro } from '../../bot/messages.js';
import { discordText } from '../text.js';
import { encodeButton } from '../customIds.js';
import { clip, joinWithin, limits } from '../limits.js';
import { CitedLines } from './cited.js';
import { button, colours, type DiscordMessage, message } from './message.js';

export function renderSources(sources: SourceInfo[]): DiscordMessage {
  const lines = sources.map(
    (s, i) =>
      `**${i + 1}. ${s.publisher ? `${s.publisher} — ` : ''}${s.title}**\n${clip(s.summary, 300)} (${s.updated ? `updated ${s.updated}, ` : ''}${s.passages} passages)`,
  );
  return message({ embeds: [{ color: colours.info, title: sourcesIntro, description: joinWithin(lines, limits.embedDescription) }] });
}

/** A list reply: its heading, one line per item with its footnote, and the sources the footnotes name. */
export function renderList(reply: { heading: string; items: readonly ListItem[] }): DiscordMessage {
  const title = clip(reply.heading, limits.embedTitle);
  const cited = new CitedLines({ description: limits.embedDescription, total: limits.embedsTotal - title.length });
  for (const item of reply.items) {
    const { citation } = item;
    if (citation) cited.add([citation], ([n]) => `• ${item.text} [${n}]`);
    else cited.text(`• ${item.text}`);
  }
  return message({ embeds: [{ color: colours.info, title, ...cited.embed() }] });
}

/** /help: every slash command with its options and what it does, from the command registry. */
export function renderHelp(commands: readonly Command[]): DiscordMessage {
  const line = (c: Command) => `\`/${[c.name, ...c.options.map((o) => `${o.name}:`)].join(' ')}\` ${c.help}`;
  const description = [
    discordText.helpIntro,
    '',
    ...commands.filter((c) => c.frontEnds.includes('discord')).map(line),
    '',
    discordText.helpOutro,
  ].join('\n');
  return message({ embeds: [{ color: colours.info, title: 'careerbot', description }] });
}

export function renderForgetConfirm(data: UserData): DiscordMessage {
  const empty = Object.values(data).every((n) => n === 0);
  if (empty) return message({ content: forgetMe.nothing });
  return message({
    content: forgetMe.confirm(data),
    buttons: [
      [
        button(discordText.buttons.forget, encodeButton({ kind: 'forget', confirmed: true }), 'danger'),
        button(discordText.buttons.keep, encodeButton({ kind: 'forget', confirmed: false })),
      ],
    ],
  });
}

export function renderForgetDone(data: UserData | undefined): DiscordMessage {
  return message({ content: data ? forgetMe.done(data) : forgetMe.kept });
}
