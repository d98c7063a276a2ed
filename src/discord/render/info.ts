/** /sources, /help and /forget-me as Discord messages. */
import type { UserData } from '../../activity/repository.js';
import type { SourceInfo } from '../../bot/careerBot.js';
import { discordText, forgetMe, sourcesIntro } from '../../bot/messages.js';
import { encodeButton } from '../customIds.js';
import { clip, joinWithin, limits } from '../limits.js';
import { button, colours, type DiscordMessage, message } from './message.js';

export function renderSources(sources: SourceInfo[]): DiscordMessage {
  const lines = sources.map((s, i) => `**${i + 1}. ${s.publisher ? `${s.publisher} — ` : ''}${s.title}**\n${clip(s.summary, 300)} (${s.passages} passages)`);
  return message({ embeds: [{ color: colours.info, title: sourcesIntro, description: joinWithin(lines, limits.embedDescription) }] });
}


export function renderHelp(): DiscordMessage {
  return message({ embeds: [{ color: colours.info, title: 'careerbot', description: discordText.help }] });
}

export function renderForgetConfirm(data: UserData): DiscordMessage {
  const empty = data.quizzes + data.answers + data.declinedQuestions + data.feedback === 0;
  if (empty) return message({ content: forgetMe.nothing });
  return message({
    content: forgetMe.confirm(data),
    buttons: [[button(discordText.buttons.forget, encodeButton({ kind: 'forget', confirmed: true }), 'danger'), button(discordText.buttons.keep, encodeButton({ kind: 'forget', confirmed: false }))]],
  });
}

export function renderForgetDone(data: UserData | undefined): DiscordMessage {
  return message({ content: data ? forgetMe.done(data) : forgetMe.kept });
}
