/** An answer as a Discord reply: the best sentence, the passage quoted, more passages, numbered sources. */
import { type APIEmbed, escapeMarkdown } from 'discord.js';
import type { Answer, AnswerPassage, Suggestion } from '../../answer/types.js';
import {
  alsoAskedLine,
  leftUnaskedLine,
  declineIntro,
  declineIntroOf,
  echo,
  missingIntro,
  quizInvite,
  answerNotes,
  notesBeforeTheQuote,
  understoodLine,
} from '../../bot/messages.js';
import { discordText } from '../text.js';
import { blockQuote, roleBulletOf, closestOf, isCounterpart, leadOf, quoteAddsToLead, shownInOrder } from '../../answer/presentation.js';
import { maxAsksAnswered } from '../../question/chat.js';
import type { Asker } from '../conversations.js';
import { encodeButton, maxChoices } from '../customIds.js';
import { clip, embedLength, fitEmbed, limits } from '../limits.js';
import { shortRef } from '../passageRefs.js';
import { CitedLines } from './cited.js';
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
export function renderDecline(answer: Answer, reserved = 0): DiscordMessage {
  const closest = closestOf(answer);
  const understood = understoodOf(answer);
  if (closest.length > 0) {
    return message({
      embeds: [
        citedEmbed(answer.question, reserved, (cited) => {
          for (const line of [...understood, escapeMarkdown(missingIntro(answer)), declineIntro.closest]) cited.text(line);
          for (const passage of closest)
            cited.add([passage.citation], ([n]) => `• ${escapeMarkdown(clip(roleBulletOf(passage), 300))} [${n}]`);
        }),
      ],
    });
  }
  const intro = answer.declineReason === 'empty' ? declineIntroOf(answer) : escapeMarkdown(declineIntroOf(answer));
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
  // The other things the message asked ("…? also is remote common?"): an embed each after this answer's, in the room
  // Discord leaves a message, this answer's own embed fitted in the rest.
  // (What it asked beyond them closes the last: named, to be asked again.)
  const left = answer.leftUnasked && answer.leftUnasked.length > 0 ? leftUnaskedLine(answer.leftUnasked.map(readableMentions)) : undefined;
  const also = (answer.also ?? []).slice(0, maxAlso).map((other, i, all) => alsoEmbed(other, i === all.length - 1 ? left : undefined));
  const reserved = also.reduce((sum, embed) => sum + embedLength(embed), 0);
  const main = renderMain(answer, reserved, asker);
  return also.length === 0 ? main : { ...main, embeds: [...(main.embeds ?? []), ...also.map(fitEmbed)] };
}

/** How many other asks of one message are answered beside the first, and the room each may take. */
const maxAlso = maxAsksAnswered - 1;
const alsoRoom = 1400;

/** Another thing the same message asked, answered compactly: its opening sentence (or why not), cited. */
function alsoEmbed(answer: Answer, closing?: string): APIEmbed {
  const title = clip(`${escapeMarkdown(alsoAskedLine(readableMentions(answer.question)))}`, limits.embedTitle);
  const cited = new CitedLines({ description: alsoRoom - 400, total: alsoRoom - title.length });
  if (answer.declineReason === 'statement' && answer.noted) cited.text(escapeMarkdown(answer.noted));
  else if (answer.answered) {
    const [best, ...others] = shownInOrder(answer);
    for (const line of understoodOf(answer)) cited.text(line);
    for (const note of notesBeforeTheQuote(answer)) cited.text(escapeMarkdown(note));
    for (const passage of [best, ...others.filter((p) => isCounterpart(answer, p))])
      if (passage) cited.add([passage.citation], ([n]) => `**${clip(leadOf(passage, answer), 400)}** [${n}]`);
    for (const note of answerNotes(answer)) cited.text(escapeMarkdown(note));
  } else {
    const closest = closestOf(answer).slice(0, 2);
    if (closest.length > 0) {
      cited.text(escapeMarkdown(missingIntro(answer)));
      for (const passage of closest) cited.add([passage.citation], ([n]) => `• ${escapeMarkdown(clip(roleBulletOf(passage), 300))} [${n}]`);
    } else cited.text(escapeMarkdown(declineIntroOf(answer)));
  }
  if (closing) cited.text(escapeMarkdown(closing));
  return { color: colours.answer, title, ...cited.embed() };
}

function renderMain(answer: Answer, reserved: number, asker?: Asker): DiscordMessage {
  if (answer.clarify) return renderClarify(answer.clarify, asker);
  // Said back as plain text: the noted facts are the person's own words, so no markdown of theirs is drawn.
  if (answer.declineReason === 'statement' && answer.noted) return message({ content: escapeMarkdown(answer.noted) });
  if (!answer.answered) return renderDecline(answer, reserved);
  const shown = shownInOrder(answer);
  const [best, ...others] = shown;
  const beside = others.filter((p) => isCounterpart(answer, p));
  const rest = others.filter((p) => !beside.includes(p));
  const embed = citedEmbed(answer.question, reserved, (cited) => {
    for (const line of understoodOf(answer)) cited.text(line);
    for (const note of notesBeforeTheQuote(answer)) cited.text(escapeMarkdown(note));
    if (best) {
      for (const passage of [best, ...beside]) cited.add([passage.citation], ([n]) => `**${leadOf(passage, answer)}** [${n}]`);
      // A table row reads better as its key sentence than as raw markdown table syntax.
      if (best.kind !== 'row' && quoteAddsToLead(best, answer) && !answer.brief) cited.text(blockQuote(best.text, quoteLimit));
    }
    for (const note of answerNotes(answer)) cited.text(escapeMarkdown(note));
    if (rest.length > 0 && !answer.brief) {
      cited.text('');
      cited.text(`**${discordText.alsoInSources}**`);
      for (const passage of rest) cited.add([passage.citation], ([n]) => `• ${clip(roleBulletOf(passage), 300)} [${n}]`);
    }
  });
  const more = answer.passages.filter((p) => !shown.includes(p));
  const buttons = [
    ...(more.length > 0
      ? [button(discordText.buttons.moreSources, encodeButton({ kind: 'more-answer', passages: more.map((p) => shortRef(p.id)) }))]
      : []),
    ...(best ? ratingButtons('answer', shortRef(best.id)) : []),
  ];
  // Said above the answer rather than in it, so however long the answer, the invitation is never cut.
  return message({ ...(answer.invite === 'quiz' ? { content: quizInvite } : {}), embeds: [embed], buttons: [buttons] });
}

/** How long an answer's text may be: short enough to read on a phone, whatever Discord allows. */
const answerLength = limits.embedDescription - 1100;

/** Mentions as an embed title shows them: Discord draws no mention there, so `<@&123…>` would show as code. */
function readableMentions(text: string): string {
  return text
    .replace(/<@&\d{5,25}>/g, '@role')
    .replace(/<@!?\d{5,25}>/g, '@someone')
    .replace(/<#\d{5,25}>/g, '#channel');
}

/** The question said back as the title, the lines `write` adds with their footnotes, and the Sources they point to. */
function citedEmbed(question: string, reserved: number, write: (cited: CitedLines) => void): APIEmbed {
  const title = clip(`“${escapeMarkdown(echo(readableMentions(question), limits.embedTitle))}”`, limits.embedTitle);
  const cited = new CitedLines({ description: answerLength, total: limits.embedsTotal - reserved - title.length });
  write(cited);
  return { color: colours.answer, title, ...cited.embed() };
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
  const title = discordText.buttons.moreSources;
  const cited = new CitedLines({ description: answerLength, total: limits.embedsTotal - title.length });
  for (const p of passages) cited.add([p.citation], ([n]) => `[${n}]\n${blockQuote(p.text, 500)}\n`);
  return message({ embeds: [{ color: colours.answer, title, ...cited.embed() }] });
}
