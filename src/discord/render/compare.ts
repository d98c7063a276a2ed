/**
 * /compare on Discord: the comparison page by page. The first page (the public reply) shows both roles side
 * by side, what they share, where the sources differ and the Sources of its footnotes; "More ▸" opens the
 * following pages privately, and ◀ / ▸ turn them. Together the pages show every point of the comparison.
 */
import { escapeMarkdown } from 'discord.js';
import type { CompareReply } from '../../bot/careerBot.js';
import { aspectsIntro, echo } from '../../bot/messages.js';
import { discordText } from '../text.js';
import type { Comparison } from '../../compare/types.js';
import { encodeButton } from '../customIds.js';
import { clip, joinWithin, limits } from '../limits.js';
import { ratingButtons } from './answer.js';
import { comparePages, pageEmbed } from './comparePages.js';
import { button, colours, type DiscordMessage, message } from './message.js';

/** The title of every page: the aspect's label is data, so it is kept short enough for the page mark. */
const titleOf = (comparison: Comparison) => clip(discordText.compareTitle(comparison.aspect.label), limits.embedTitle - 40);

/** How many pages the comparison takes. */
export function comparisonPageCount(comparison: Comparison): number {
  return comparePages(comparison, titleOf(comparison)).length;
}

/** Page `page` (from 1) of the comparison, or undefined past the last. */
export function renderComparisonPage(comparison: Comparison, page: number): DiscordMessage | undefined {
  const title = titleOf(comparison);
  const pages = comparePages(comparison, title);
  const content = pages[page - 1];
  if (!content) return undefined;
  const count = pages.length;
  const first = page === 1;
  const embed = {
    ...pageEmbed(first ? title : discordText.comparePageTitle(title, page, count), content, first),
    color: colours.compare,
    ...(count > 1 ? { footer: { text: discordText.comparePageFooter(page, count) } } : {}),
  };
  const to = (target: number) => encodeButton({ kind: 'more-compare', aspect: comparison.aspect.id, page: target });
  const buttons = first
    ? [...(count > 1 ? [button(discordText.buttons.morePages(2, count), to(2))] : []), ...ratingButtons('compare', comparison.aspect.id)]
    : [
        button(discordText.buttons.pageBack(page - 1, count), to(page - 1)),
        ...(page < count ? [button(discordText.buttons.pageNext(page + 1, count), to(page + 1))] : []),
      ];
  return message({ embeds: [embed], buttons: [buttons] });
}

/** The public reply to /compare: the first page, with More ▸ when there are more, and 👍/👎. */
export function renderComparison(comparison: Comparison): DiscordMessage {
  return renderComparisonPage(comparison, 1)!;
}

/** No aspect given, or one I don't know: the aspects, as a short list. */
export function renderAspects(reply: Extract<CompareReply, { kind: 'aspects' }>): DiscordMessage {
  const intro = reply.unknown === undefined ? aspectsIntro.list : aspectsIntro.unknown(escapeMarkdown(echo(reply.unknown)));
  return message({ content: joinWithin([intro, reply.aspects.map((a) => `\`${a.id}\` ${a.label}`).join(' · ')], limits.content) });
}
