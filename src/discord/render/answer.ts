/** An answer as a Discord reply: the best sentence, the passage quoted, more passages, numbered sources. */
import { escapeMarkdown } from 'discord.js';
import type { Answer, AnswerPassage, Suggestion } from '../../answer/types.js';
import { declineIntro, echo, missingIntro, uncoveredNote, understoodLine } from '../../bot/messages.js';
import { discordText } from '../text.js';
import { Footnotes } from '../../answer/footnotes.js';
import { blockQuote, closestOf, isCounterpart, leadOf, quoteAddsToLead, shownInOrder } from '../../answer/presentation.js';
import type { Asker } from '../conversations.js';
import { encodeButton, maxChoices } from '../customIds.js';
import { clip, joinWithin, limits } from '../limits.js';
import { shortRef } from '../passageRefs.js';
import { button, colours, type DiscordMessage, message } from './message.js';

/** How much of a passage is quoted: enough to read, short enough for a phone. */
const quoteLimit = 700;

export function suggestionText(suggestion: Suggestion): string {
  return suggestion.kind === 'compare' ? `\`/compare aspect:${suggestion.aspect}\`` : `"${suggestion.text}"`;
}

/**
 * The decline. When the sources lack what was asked: what is missing, in the person's words, and the closest
 * they have, cited. Otherwise: what I know about, and two or three things to try.
 */
export function renderDecline(answer: Answer): DiscordMessage {
  const closest = closestOf(answer);
  const understood = understoodOf(answer);
  if (closest.length > 0) {
    const notes = new Footnotes();
    const lines = [...understood, escapeMarkdown(missingIntro(answer)), declineIntro.closest];
    for (const passage of closest) lines.push(`• ${escapeMarkdown(clip(passage.keySentence, 300))} [${notes.ref(passage.citation)}]`);
    return message({ embeds: [citedEmbed(answer.question, lines, notes)] });
  }
  const intro =
    answer.declineReason === 'empty'
      ? declineIntro.empty
      : answer.declineReason === 'missing'
        ? escapeMarkdown(missingIntro(answer))
        : declineIntro.notCovered;
  const tries = [...answer.suggestions.map(suggestionText), '`/quiz`'];
  return message({ content: [...understood, intro, `Try: ${tries.join(' · ')}`].join('\n') });
}

/**
 * A follow-up's answer starts with what was understood ("*ML Engineer pay, senior level:*"), so a wrong guess
 * shows: said back without invisible characters, and escaped, so nothing typed turns into markup or a mention.
 */
function understoodOf(answer: Answer): string[] {
  // Nothing to search for was read from what was typed, whatever it followed.
  if (answer.declineReason === 'empty') return [];
  const understood = answer.understood && echo(answer.understood, 200);
  return understood ? [`*${inert(understoodLine(understood))}*`] : [];
}

/** Text from the person, shown as written: no markdown, and no mention syntax (`<@…>`, `<#…>`) that Discord would draw. */
function inert(text: string): string {
  return escapeMarkdown(text).replace(/<(?=[@#&])/g, '\\<');
}

/**
 * A question asked back (a follow-up that could mean two things): the question and one button per reading,
 * for the asker (`asker`: their conversation, which the click continues); without an asker, the readings as a list.
 */
export function renderClarify(clarify: NonNullable<Answer['clarify']>, asker?: Asker): DiscordMessage {
  const choices = clarify.choices.slice(0, maxChoices).map((c) => understoodLine(echo(c, limits.buttonLabel)).replace(/:$/, ''));
  const prompt = inert(echo(clarify.prompt, 300));
  if (!asker) return message({ content: [prompt, ...choices.map((c) => `• ${inert(c)}`), discordText.clarifyHint].join('\n') });
  const buttons = choices.map((label, choice) =>
    button(
      label,
      encodeButton({
        kind: 'clarify',
        user: asker.user,
        channel: asker.channel,
        choice,
        ...(clarify.asked !== undefined ? { asked: clarify.asked } : {}),
      }),
      'primary',
    ),
  );
  const rows: (typeof buttons)[] = [];
  for (let i = 0; i < buttons.length; i += limits.buttonsPerRow) rows.push(buttons.slice(i, i + limits.buttonsPerRow));
  return message({ content: `${prompt}\n${discordText.clarifyHint}`, buttons: rows });
}

/**
 * A cited answer as an embed, with More sources and 👍/👎; a declined one as the decline; a question asked
 * back as its choices, for `asker`.
 */
export function renderAnswer(answer: Answer, asker?: Asker): DiscordMessage {
  if (answer.clarify) return renderClarify(answer.clarify, asker);
  if (!answer.answered) return renderDecline(answer);
  const notes = new Footnotes();
  const shown = shownInOrder(answer);
  const [best, ...others] = shown;
  const beside = others.filter((p) => isCounterpart(answer, p));
  const rest = others.filter((p) => !beside.includes(p));
  const lines: string[] = understoodOf(answer);
  if (best) {
    lines.push(`**${leadOf(best, answer)}** [${notes.ref(best.citation)}]`);
    for (const passage of beside) lines.push(`**${leadOf(passage, answer)}** [${notes.ref(passage.citation)}]`);
    // A table row reads better as its key sentence than as raw markdown table syntax.
    if (best.kind !== 'row' && quoteAddsToLead(best)) lines.push(blockQuote(best.text, quoteLimit));
  }
  if (answer.uncovered.length > 0) lines.push(escapeMarkdown(uncoveredNote(answer.uncovered)));
  if (rest.length > 0) {
    lines.push('', `**${discordText.alsoInSources}**`);
    for (const passage of rest) lines.push(`• ${clip(passage.keySentence, 300)} [${notes.ref(passage.citation)}]`);
  }
  const more = answer.passages.filter((p) => !shown.includes(p));
  const buttons = [
    ...(more.length > 0
      ? [button(discordText.buttons.moreSources, encodeButton({ kind: 'more-answer', passages: more.map((p) => shortRef(p.id)) }))]
      : []),
    ...(best ? ratingButtons('answer', shortRef(best.id)) : []),
  ];
  return message({ embeds: [citedEmbed(answer.question, lines, notes)], buttons: [buttons] });
}

/** The question said back as the title, the lines cited with footnotes, and the Sources they point to. */
function citedEmbed(question: string, lines: string[], notes: Footnotes) {
  return {
    color: colours.answer,
    title: clip(`“${escapeMarkdown(echo(question, limits.embedTitle))}”`, limits.embedTitle),
    description: joinWithin(lines, limits.embedDescription - 1100),
    fields: [{ name: discordText.sourcesHeading, value: joinWithin(notes.render(), limits.fieldValue) }],
  };
}

export function ratingButtons(target: 'answer' | 'compare', subject: string) {
  return [
    button(discordText.buttons.up, encodeButton({ kind: 'rate', target, vote: 1, subject })),
    button(discordText.buttons.down, encodeButton({ kind: 'rate', target, vote: -1, subject })),
  ];
}

/** "More sources": the passages the answer left out, each quoted with its source. */
export function renderMorePassages(
  passages: { text: string; keySentence?: string; citation: AnswerPassage['citation'] }[],
): DiscordMessage {
  if (passages.length === 0) return message({ content: discordText.nothingMore });
  const notes = new Footnotes();
  const lines = passages.flatMap((p) => [`[${notes.ref(p.citation)}]`, blockQuote(p.text, 500), '']);
  return message({
    embeds: [
      {
        color: colours.answer,
        title: discordText.buttons.moreSources,
        description: joinWithin(lines, limits.embedDescription - 1100),
        fields: [{ name: discordText.sourcesHeading, value: joinWithin(notes.render(), limits.fieldValue) }],
      },
    ],
  });
}
