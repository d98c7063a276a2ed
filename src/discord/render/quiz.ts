/** The quiz on Discord: a question with one button per option, the result with its sources, notices. */
import { escapeMarkdown } from 'discord.js';
import { notOwner, questionHeading, quizNotices, resultHeadings, resultHeadline, whatIfLine } from '../../bot/messages.js';
import { discordText } from '../text.js';
import { Footnotes } from '../../answer/footnotes.js';
import { blockQuote } from '../../answer/presentation.js';
import type { ResultExplanation } from '../../quiz/explain.js';
import type { QuizView, ServiceNotice } from '../../quiz/service.js';
import { encodeButton } from '../customIds.js';
import { clip, limits } from '../limits.js';
import { CitedLines } from './cited.js';
import { button, colours, type DiscordMessage, message } from './message.js';

const notices: Record<ServiceNotice, string> = { ...quizNotices, ...discordText.quizNotices };

export function noticeText(notice: ServiceNotice, ownerName?: string): string {
  return notice === 'not-owner' && ownerName ? notOwner(escapeMarkdown(ownerName)) : notices[notice];
}

type QuestionView = Extract<QuizView, { kind: 'question' }>;

export function renderQuestion(view: QuestionView): DiscordMessage {
  const { question, quiz } = view;
  const previous = question.options.find((o) => o.id === view.previous);
  const options = question.options.map((o) =>
    button(
      o.label,
      encodeButton({ kind: 'quiz-answer', quizId: quiz.id, version: quiz.version, step: view.step, option: o.id }),
      o === previous ? 'success' : 'primary',
    ),
  );
  const controls = [
    button(
      discordText.buttons.back,
      encodeButton({ kind: 'quiz-back', quizId: quiz.id, version: quiz.version, step: view.step }),
      'secondary',
      view.step === 0,
    ),
    button(discordText.buttons.restart, encodeButton({ kind: 'quiz-retake', quizId: quiz.id }), 'secondary', view.step === 0),
    button(discordText.buttons.quit, encodeButton({ kind: 'quiz-quit', quizId: quiz.id, version: quiz.version }), 'danger'),
  ];
  return message({
    ...(view.notices.length > 0 ? { content: view.notices.map((n) => noticeText(n)).join('\n') } : {}),
    embeds: [
      {
        color: colours.quiz,
        title: questionHeading(view.step, view.total, question.topic),
        description: [question.prompt, ...(previous ? ['', `*${discordText.previousAnswer(previous.label)}*`] : [])].join('\n'),
        footer: { text: discordText.quizFooter(escapeMarkdown(quiz.ownerName)) },
      },
    ],
    buttons: [options, controls],
  });
}

const leanShort = { mle: 'ML', de: 'DE', both: 'both' } as const;

/** The result: the fit, how each answer pushed it, the quotes behind it, what would change it, next steps. */
export function renderResult(
  result: ResultExplanation,
  quizId: number,
  notices: ServiceNotice[] = [],
  options: { shared?: boolean } = {},
): DiscordMessage {
  const title = clip(resultHeadline(result), limits.embedTitle);
  const cited = new CitedLines({ description: limits.embedDescription - 1100, total: limits.embedsTotal - title.length });
  cited.text(`**${resultHeadings.pushes}**`);
  for (const p of result.pushes) cited.add([p.citation], ([n]) => `Q${p.step + 1} ${p.topic}: ${p.answer} ▶ ${leanShort[p.lean]} [${n}]`);
  cited.text('');
  cited.add(
    result.why.map((w) => w.citation),
    (refs) => `**${resultHeadings.why}** ${result.why.map((w, i) => `"${w.text}" [${refs[i]}]`).join(' ')}`,
  );
  const [nearest] = result.whatIfs;
  if (nearest) {
    cited.text('');
    cited.text(`**${resultHeadings.change}** ${whatIfLine(nearest)}`);
  }
  cited.text('');
  cited.text(`**${resultHeadings.nextSteps}**`);
  for (const step of result.nextSteps)
    cited.add(
      step.quotes.map((q) => q.citation),
      (refs) => `• ${step.label}: ${step.quotes.map((q, i) => `"${clip(q.text, 300)}" [${refs[i]}]`).join(' · ')}`,
    );
  return message({
    ...(notices.length > 0 ? { content: notices.map((n) => noticeText(n)).join('\n') } : {}),
    embeds: [{ color: colours.quiz, title, ...cited.embed() }],
    buttons: [
      [
        options.shared
          ? button(discordText.buttons.shared, encodeButton({ kind: 'quiz-share', quizId }), 'secondary', true)
          : button(discordText.buttons.share, encodeButton({ kind: 'quiz-share', quizId }), 'primary'),
        button(discordText.buttons.retake, encodeButton({ kind: 'quiz-retake', quizId })),
      ],
    ],
  });
}

/** The result as shared in the channel: who, which fit, and the main reason, cited. */
export function renderSharedResult(ownerName: string, result: ResultExplanation): DiscordMessage {
  const notes = new Footnotes();
  const why = result.why.slice(0, 1).map((w) => `${blockQuote(w.text, 400)} [${notes.ref(w.citation)}]`);
  return message({
    embeds: [
      {
        color: colours.quiz,
        title: clip(discordText.shareHeadline(escapeMarkdown(ownerName), result.label), limits.embedTitle),
        description: [resultHeadline(result).replace(/^Your fit: /, ''), ...why, '', ...notes.render(), '', discordText.tryTheQuiz].join(
          '\n',
        ),
      },
    ],
  });
}

/** A quiz message that no longer takes answers (quit, expired): the text, no buttons. */
export function renderClosed(text: string): DiscordMessage {
  return message({ embeds: [{ color: colours.info, description: text }] });
}
