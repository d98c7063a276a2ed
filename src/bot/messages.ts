/**
 * Every sentence the bot says about itself, in one place, so wording is reviewed once and the console and
 * Discord say the same thing. Facts from the articles never live here: they are quoted from passages.
 */
import type { UserData } from '../activity/repository.js';
import type { Answer } from '../answer/types.js';
import type { Lean } from '../quiz/definition.js';
import type { ResultExplanation } from '../quiz/explain.js';
import type { ServiceNotice } from '../quiz/service.js';

/** Something the person typed, said back to them: short, and without invisible or control characters. */
export function echo(text: string, max = 40): string {
  const visible = text.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return visible.length > max ? `${visible.slice(0, max - 1).trimEnd()}…` : visible;
}

export const leanLabel: Record<Lean, string> = { mle: 'ML Engineer', de: 'Data Engineer', both: 'either way' };

/** What each quiz notice tells the person. */
export const quizNotices: Record<ServiceNotice, string> = {
  resumed: 'You already have a quiz going here, so we carry on where you left off. (Type restart to begin again.)',
  restarted: 'Starting over from question 1.',
  stale: 'That question was already answered, so nothing changed.',
  'unknown-option': "That isn't one of the options.",
  'nothing-to-go-back-to': 'This is the first question; there is nothing before it.',
  'already-finished': 'That quiz is finished. Start a new one with /quiz.',
  'already-quit': 'You quit that quiz. Start a new one with /quiz.',
  abandoned: 'Quiz stopped. Type /quiz whenever you want to start a new one.',
  expired: 'That quiz sat idle too long and has expired. Start a new one with /quiz.',
  'expired-started-new': 'Your last quiz sat idle too long and expired, so here is a fresh one.',
  'not-owner': 'This quiz belongs to someone else; start your own with /quiz.',
  'not-found': 'I no longer have that quiz. Start a new one with /quiz.',
};

export function notOwner(ownerName: string): string {
  return `This quiz belongs to ${ownerName}; start your own with /quiz.`;
}

export function questionHeading(step: number, total: number, topic: string): string {
  return `Question ${step + 1} of ${total} · ${topic}`;
}

export function resultHeadline(result: ResultExplanation): string {
  const { mle, de, both } = result.counts;
  if (result.outcome === 'hybrid') {
    return `Your fit: ${result.label}, for people who like both equally (${mle} answers toward ML Engineer, ${de} toward Data Engineer, ${both} either way)`;
  }
  const same = result.outcome === 'mle' ? mle : de;
  const other = result.outcome === 'mle' ? `${de} toward Data Engineer` : `${mle} toward ML Engineer`;
  return `Your fit: ${result.label} (${same} of ${result.total} answers leaned that way; ${other}, ${both} either way)`;
}

const counted = (n: number) => (n === 1 ? 'one answer' : `${n} answers`);

/** "Changing one answer would make it Data Engineer: Q5 research-y ambiguity, "Low…" instead of "High…"." */
export function whatIfLine(whatIf: ResultExplanation['whatIfs'][number]): string {
  const changes = whatIf.changes.map((c) => `Q${c.step + 1} ${c.topic}, "${c.to}" instead of "${c.from}"`).join('; ');
  return `Changing ${counted(whatIf.changes.length)} would make it ${whatIf.label}: ${changes}.`;
}

export function storedSummary(data: UserData): string {
  const parts = [
    [data.quizzes, 'quiz', 'quizzes'],
    [data.answers, 'quiz answer', 'quiz answers'],
    [data.declinedQuestions, 'question I could not answer', 'questions I could not answer'],
    [data.feedback, 'rating', 'ratings'],
  ] as const;
  const held = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return held.length === 0 ? 'nothing' : held.join(', ');
}

export const forgetMe = {
  nothing: 'I have nothing stored about you.',
  confirm: (data: UserData) => `I have stored: ${storedSummary(data)}. Delete all of it? This cannot be undone.`,
  done: (data: UserData) => `Deleted ${storedSummary(data)}. I keep nothing else about you.`,
  kept: 'Nothing was deleted.',
};

export const declineIntro = {
  empty: 'Ask me something about Data Engineer or ML Engineer careers: pay, skills, tools, switching, interviews…',
  notCovered: "I couldn't find that in my sources. I know about Data Engineer and ML Engineer careers.",
  closest: 'The closest they have:',
};

/** What the sources lack, by the kind of answer that was asked for. */
const missingWhat: Record<NonNullable<Answer['missingKind']>, string> = {
  money: 'figures',
  duration: 'timelines',
  percent: 'percentages',
  reason: 'explanation',
  instructions: 'step-by-step instructions',
};

/** "“germany”", "“exam” or “cost”": the person's own words, quoted. */
function quotedWords(words: string[]): string {
  const quoted = words.slice(0, 3).map((w) => `“${echo(w, 40)}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** Beside an answer: the salient words of the question the sources do not cover ("leetcode", "netflix"). */
export function uncoveredNote(words: string[]): string {
  return `My sources don't mention ${quotedWords(words)}.`;
}

/**
 * Why a question about these careers is declined, in the person's own words: "My sources have no pay figures
 * for “germany”." or "My sources don't mention “h1b”." The closest passages follow it.
 */
export function missingIntro(answer: Pick<Answer, 'uncovered' | 'missingKind' | 'topic'>): string {
  const words = answer.uncovered;
  const forWords = words.length > 0 ? ` for ${quotedWords(words)}` : ' on that';
  if (answer.missingKind === 'instructions') return `My sources compare the two careers; they have no ${missingWhat.instructions}${words.length > 0 ? ` for ${quotedWords(words)}` : ''}.`;
  // "no salary figures for “germany”": the kind of figure, named by the person's own word for the topic.
  if (answer.missingKind === 'money' && answer.topic) return `My sources have no ${echo(answer.topic, 30)} figures${forWords}.`;
  if (answer.missingKind) return `My sources have no ${missingWhat[answer.missingKind]}${forWords}.`;
  return words.length > 0 ? `My sources don't mention ${quotedWords(words)}.` : "My sources don't answer that directly.";
}

export const feedbackThanks = { up: 'Thanks, noted 👍', down: 'Thanks, noted 👎. That helps me find gaps.' };

export const somethingWentWrong = 'Sorry, something went wrong on my side; please try again. Nothing already saved (quiz answers included) is lost.';

/** Headings of a quiz result, the same on every front end. */
export const resultHeadings = {
  pushes: 'How your answers pushed it:',
  why: 'Why:',
  change: 'What would change it:',
  nextSteps: 'Next steps from the sources:',
};

export const aspectsIntro = {
  list: 'Compare the two roles on one of these:',
  unknown: (aspect: string) => `I don't know the aspect "${echo(aspect)}". Try one of these:`,
};

export const sourcesIntro = 'My sources (every answer quotes one of these):';

/** On the console the quiz is driven by typed words; on Discord by buttons. */
const quizKeys = 'back · restart · quit';

/** What the console says about itself. */
export const consoleText = {
  greeting: (name: string) => `careerbot: Data Engineer or ML Engineer? Hi ${name}. Ask me anything about the two roles, or type /help.`,
  quizInProgress: (question: string) => `You have a quiz in progress at question ${question}: type /quiz to carry on.`,
  typeOption: (count: number) => `Type 1-${count} · ${quizKeys}`,
  previousAnswer: '   (your answer before)',
  outOfRange: (count: number) => `Type a number from 1 to ${count}, or ${quizKeys}.`,
  quizWaiting: (question: string) => `(Your quiz is waiting at question ${question}: type an option's number, or ${quizKeys}.)`,
  noQuiz: 'There is no quiz running. Type /quiz to start one.',
  unknownCommand: (name: string) => `I don't know the command /${echo(name, 30)}. Type /help for the list.`,
  rateHint: 'Rate this: /up or /down',
  nothingToRate: 'There is nothing to rate yet: ask a question or /compare first.',
  forgetHow: 'Type yes to delete, anything else to keep it.',
  bye: 'Bye.',
  byeWithQuiz: (question: string) => `Bye. Your quiz is saved at question ${question}: /quiz picks it up next time.`,
  afterResult: 'Type /quiz to take it again, or /compare to look at one aspect side by side.',
};

/** What the Discord adapter says about itself: button labels, acknowledgements, refusals. */
export const discordText = {
  buttons: {
    moreSources: 'More sources', up: '👍', down: '👎', back: '◀ Back', restart: '↺ Restart', quit: '✖ Quit', share: 'Share in channel', shared: 'Shared ✓', retake: 'Retake', forget: 'Delete everything', keep: 'Keep it',
    /** /compare's pages: More ▸ on the public first page, ◀ and ▸ on the pages it opens. */
    morePages: (page: number, pages: number) => `More ▸ (page ${page} of ${pages})`,
    pageBack: (page: number, pages: number) => `◀ Page ${page} of ${pages}`,
    pageNext: (page: number, pages: number) => `Page ${page} of ${pages} ▸`,
  },
  alsoInSources: 'Also in my sources:',
  sourcesHeading: 'Sources',
  nothingMore: 'That is everything my sources say on this.',
  morePassagesGone: 'Those passages are no longer in my sources (they changed since this message). Ask again for a fresh answer.',
  quizThreadName: (name: string) => `Career quiz · ${name}`,
  quizOpened: (threadId: string) => `Your quiz is in <#${threadId}>. Answer with the buttons there; only you can.`,
  quizContinues: (threadId: string) => `You already have a quiz going: it continues in <#${threadId}>.`,
  quizHere: 'I can\'t open a thread here, so the quiz runs in this message (only you can see it).',
  previousAnswer: (label: string) => `Your answer before: ${label}`,
  shared: (channelId: string) => `Shared in <#${channelId}>.`,
  shareHeadline: (name: string, label: string) => `${name} took the career quiz: ${label}.`,
  cannotShare: "I can't post in that channel, so the result stays here.",
  sharing: 'Your result is being shared right now.',
  notYourResult: 'Only the person who took this quiz can share it.',
  cooldown: (seconds: number) => `You're asking faster than I can keep up. I'll answer your questions again in ${seconds} s.`,
  answersOn: (channelId: string) => `I'll now answer questions in <#${channelId}> without being mentioned.`,
  answersOff: (channelId: string) => `I'll stay quiet in <#${channelId}> unless someone mentions me.`,
  answersNowOn: (channels: string[]) => (channels.length === 0 ? 'Free-text answering is on in no channel of this server (mentions and /ask always work).' : `Free-text answering is on in: ${channels.map((id) => `<#${id}>`).join(', ')}.`),
  answersNotText: 'Pick a text channel: I only answer questions in text channels.',
  answersGuildOnly: '/answers works in servers only: in DMs I always answer.',
  needManageServer: 'Only people with the Manage Server permission can change where I answer.',
  unknownButton: 'That button is from an older version of me and no longer works. Try the command again.',
  unknownCommand: (name: string) => `I don't know /${name} any more. Try /help.`,
  /** On Discord the quiz is driven by buttons, so notices that name typed words read differently. */
  quizNotices: {
    resumed: 'You already have a quiz going, so we carry on where you left off. (Restart begins again.)',
    stale: 'That question was already answered, so nothing changed. /quiz shows where your quiz stands.',
  },
  answerStands: (question: number, label: string) => `Question ${question} was already answered with "${label}", and that answer stands. Use Back to change it.`,
  quizFooter: (name: string) => `${name}'s quiz`,
  tryTheQuiz: 'Take it yourself with `/quiz`.',
  roles: { de: 'Data Engineer', mle: 'ML Engineer', both: 'Both roles' },
  compareTitle: (aspect: string) => `Data Engineer vs ML Engineer — ${aspect}`,
  sourcesDiffer: '⚠ Sources differ',
  sourcesContinued: 'Sources (continued)',
  comparePageTitle: (title: string, page: number, pages: number) => `${title} (page ${page} of ${pages})`,
  comparePageFooter: (page: number, pages: number) => (page === 1 ? `Page 1 of ${pages}: More ▸ shows the rest` : `Page ${page} of ${pages}`),
  comparePageGone: 'That page of the comparison is no longer there (my sources changed since). Run /compare again.',
  nothingSpecific: '(my sources say nothing specific here)',
  help: [
    'I help you choose between **Data Engineer** and **ML Engineer**. Every answer quotes its sources.',
    '',
    '`/ask question:` a question about the two roles: pay, skills, tools, switching, interviews…',
    '`/compare aspect:` both roles side by side on one aspect (salary, skills, tools…)',
    '`/quiz` the five-question "which role fits you" diagnostic, in a thread of its own',
    '`/sources` the articles I quote',
    '`/forget-me` delete everything I store about you',
    '`/answers channel: state:` (Manage Server) where I answer questions without being mentioned',
    '`/help` this list',
    '',
    'You can also mention me with a question, or DM me. I never ping anyone.',
  ].join('\n'),
} as const;
