/** /compare on Discord: one embed, the two roles as side-by-side fields, both-role quotes, disagreements, sources. */
import { type APIEmbedField, escapeMarkdown } from 'discord.js';
import type { CompareReply } from '../../bot/careerBot.js';
import { aspectsIntro, discordText, echo } from '../../bot/messages.js';
import { Footnotes } from '../../answer/footnotes.js';
import type { Comparison, ComparisonPoint } from '../../compare/types.js';
import { encodeButton } from '../customIds.js';
import { clip, joinWithin, limits } from '../limits.js';
import { ratingButtons } from './answer.js';
import { button, colours, type DiscordMessage, message } from './message.js';

/** Points shown per side before "More sources"; the rest wait behind the button. */
export const pointsPerSide = 4;

/** A point's lines joined with " · ", keeping whole lines (a salary band is not cut mid-figure). */
function point(p: ComparisonPoint, notes: Footnotes, max: number): string {
  const [first = '', ...rest] = p.text.split(/\n+/);
  let text = `${p.label ? `**${p.label}:** ` : ''}${clip(first, max)}`;
  for (const line of rest) {
    if (text.length + line.length + 3 > max) {
      text += ' · …';
      break;
    }
    text += ` · ${line}`;
  }
  return `• ${text} [${notes.ref(p.citation)}]`;
}

function side(name: string, points: ComparisonPoint[], notes: Footnotes): APIEmbedField {
  const lines = points.slice(0, pointsPerSide).map((p) => point(p, notes, 220));
  return { name, value: lines.length > 0 ? joinWithin(lines, limits.fieldValue) : discordText.nothingSpecific, inline: true };
}

export function renderComparison(comparison: Comparison): DiscordMessage {
  const notes = new Footnotes();
  const fields: APIEmbedField[] = [side(discordText.roles.de, comparison.dataEngineer, notes), side(discordText.roles.mle, comparison.mlEngineer, notes)];
  if (comparison.both.length > 0) {
    const quotes = comparison.both.slice(0, 2).map((p) => `"${clip(p.text.replace(/\n+/g, ' · '), 300)}" [${notes.ref(p.citation)}]`);
    fields.push({ name: discordText.roles.both, value: joinWithin(quotes, limits.fieldValue) });
  }
  if (comparison.disagreements.length > 0) {
    const lines = comparison.disagreements.map((d) => `${d.topic}: ${d.figures.map((f) => `${clip(f.value, 120)} [${notes.ref(f.citation)}]`).join(' vs ')}`);
    fields.push({ name: discordText.sourcesDiffer, value: joinWithin(lines, limits.fieldValue) });
  }
  fields.push({ name: discordText.sourcesHeading, value: joinWithin(notes.render(), limits.fieldValue) });
  return message({
    embeds: [{ color: colours.compare, title: discordText.compareTitle(comparison.aspect.label), fields }],
    // More sources is always offered: the sides above are clipped to a phone's width, it quotes them whole.
    buttons: [[button(discordText.buttons.moreSources, encodeButton({ kind: 'more-compare', aspect: comparison.aspect.id })), ...ratingButtons('compare', comparison.aspect.id)]],
  });
}

/** "More sources" for a comparison: every point of both sides, quoted in full with its source. */
export function renderComparisonSources(comparison: Comparison): DiscordMessage {
  const notes = new Footnotes();
  const block = (name: string, points: ComparisonPoint[]) =>
    points.length === 0 ? [] : [`**${name}**`, ...points.map((p) => point(p, notes, 600)), ''];
  const lines = [...block(discordText.roles.de, comparison.dataEngineer), ...block(discordText.roles.mle, comparison.mlEngineer), ...block(discordText.roles.both, comparison.both)];
  return message({
    embeds: [
      {
        color: colours.compare,
        title: `${discordText.buttons.moreSources} — ${comparison.aspect.label}`,
        description: joinWithin(lines, limits.embedDescription - 1100),
        fields: [{ name: discordText.sourcesHeading, value: joinWithin(notes.render(), limits.fieldValue) }],
      },
    ],
  });
}

/** No aspect given, or one I don't know: the aspects, as a short list. */
export function renderAspects(reply: Extract<CompareReply, { kind: 'aspects' }>): DiscordMessage {
  const intro = reply.unknown === undefined ? aspectsIntro.list : aspectsIntro.unknown(escapeMarkdown(echo(reply.unknown)));
  return message({ content: joinWithin([intro, reply.aspects.map((a) => `\`${a.id}\` ${a.label}`).join(' · ')], limits.content) });
}
