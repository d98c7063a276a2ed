/**
 * What the bot says about itself on every front end, reviewed in one place: quiz notices and result
 * headings, declines, forget-me, thanks. Each front end keeps its own wording (src/console/text.ts,
 * src/discord/text.ts). Facts from the articles never live here: they are quoted from passages.
 */
import type { UserData } from '../activity/repository.js';
import type { Answer, CheckUnsaid, MoveUnsaid } from '../answer/types.js';
import { acknowledges } from '../question/chat.js';
import { comesBack, greetingAlone, takesLeave, withoutEmoji } from '../question/greetings.js';
import { saysOnlyOfSomeoneElse } from '../question/thirdPerson.js';
import { inAnotherLanguage, isOtherLanguageWord } from '../question/language.js';
import { withArticle } from '../question/article.js';
import type { Lean, OutcomeId, QuizDefinition } from '../quiz/definition.js';
import type { ResultExplanation } from '../quiz/explain.js';
import type { ServiceNotice } from '../quiz/service.js';
import type { QuizQuestion } from '../quiz/definition.js';
import type { WhatIfAnswer } from '../quiz/whatIf.js';
import type { ResultFromAnswers } from '../quiz/resultFromAnswers.js';
import { ofThemselves } from '../conversation/followUp/patterns.js';
import { formerly, isAField, jobItself, saidWithThe, stillLearning } from '../conversation/profile.js';

/** Something the person typed, said back to them: short, and without invisible or control characters. */
export function echo(text: string, max = 40): string {
  // Line breaks and tabs part words ("DE or MLE?\nhow much…" is two sentences); other invisible characters go.
  const visible = text
    // (A mention said back is a word, never a tag: "<@&123>" is "@role".)
    .replace(/<@&\d+>/g, '@role')
    .replace(/<@!?\d+>/g, '@user')
    .replace(/<#\d+>/g, '#channel')
    .replace(/@(everyone|here)\b/g, '$1')
    .replace(/[\t\n\r\v\f]+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
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
    return `Your fit: ${result.label}, for people who like both equally (${leanings({ mle, de, both })})`;
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

/** How a result's answers leaned: "answers: 1 toward ML Engineer, 2 toward Data Engineer, 2 either way". */
function leanings(counts: { mle: number; de: number; both: number }): string {
  return `answers: ${counts.mle} toward ML Engineer, ${counts.de} toward Data Engineer, ${counts.both} either way`;
}

/**
 * "what if i had said yes on q2?" after a quiz result: what the result would have been with that answer, the
 * diagnostic's words for it; or, when the answer or the question is not clear, the options to say it with.
 */
export function whatIfText(quiz: QuizDefinition, answer: WhatIfAnswer): string {
  const label = (outcome: OutcomeId) => quiz.outcomes[outcome].label;
  const asked = (step: number) => `question ${step + 1} (${quiz.questions[step]!.topic})`;
  if (answer.kind === 'same')
    return `You answered "${answer.option.label}" on ${asked(answer.step)} already: your result stays ${label(answer.outcome)}.`;
  if (answer.kind === 'changed') {
    const would =
      answer.outcome === answer.was
        ? `your result would still be ${label(answer.outcome)}`
        : `your result would be ${label(answer.outcome)} instead of ${label(answer.was)}`;
    if (answer.changes) {
      const each = answer.changes.map((c) => `"${c.to.label}" on ${asked(c.step)}`);
      const joined = `${each.slice(0, -1).join(', ')} and ${each.at(-1)}`;
      return `With ${joined} instead of your answers, ${would} (${leanings(answer.counts)}).`;
    }
    const quote = answer.to.quote ? ` The diagnostic (DataDriven): "${answer.to.quote}"` : '';
    return `With "${answer.to.label}" instead of "${answer.from.label}" on ${asked(answer.step)}, ${would} (${leanings(answer.counts)}).${quote}`;
  }
  if (answer.step !== undefined) {
    const others = (answer.alternatives ?? []).map((a) => `"${a.option.label}" would make it ${label(a.outcome)}`).join('; ');
    return `On ${asked(answer.step)}: ${others}.`;
  }
  const questions = quiz.questions.map((q, i) => `Q${i + 1} ${q.topic}`).join(' · ');
  return `Which question, and which answer? Say it like "what if i said yes on q2". The questions: ${questions}.`;
}

/** A what-if about a quiz whose answers this conversation no longer keeps. */
/**
 * "what was my quiz result": the latest result kept, with the answers it was reached with (option labels, in question
 * order); or that there is none. `outcome` is the result's id ("mle", "de", "hybrid").
 */
export function theirResultText(
  outcome: string | undefined,
  answers: readonly string[] | undefined,
  questions: readonly { options: readonly { id: string; label: string }[] }[],
): string {
  if (!outcome) return 'You have no quiz result yet: /quiz asks you five questions and tells you which role fits, and why.';
  const given = (answers ?? [])
    .map((id, step) => questions[step]?.options.find((o) => o.id === id)?.label)
    .map((label, step) => (label ? `${step + 1}. ${label}` : undefined))
    .filter((line) => line !== undefined);
  const answered = given.length > 0 ? ` Your answers: ${given.join(' · ')}.` : '';
  return `Your latest quiz result: ${outcomeNames[outcome] ?? outcome}.${answered} Ask "why?" or "what if i had said yes on q2", or take /quiz again.`;
}

/**
 * "what did we talk about last time?": the questions this conversation keeps, oldest first, each as typed (cut to 80
 * characters), with the question a short follow-up was taken as, and whether the sources had it; `earlier` when the
 * conversation's window had closed (a later visit). Only the last few questions are kept (`keptTurns`), which the reply
 * says.
 */
export function discussedText(asked: readonly { question: string; resolved: string; answered: boolean }[], earlier: boolean): string {
  if (asked.length === 0)
    return 'I have no earlier questions of yours in this conversation: I keep only the last few, and only for a while. "What do you know about me?" says what I kept about you.';
  const cut = (q: string) => {
    const one = q.replace(/\s+/g, ' ').trim();
    return one.length > 80 ? `${one.slice(0, 79)}…` : one;
  };
  // (A short follow-up, "and mles?", is said with the question it was taken as.)
  const taken = (t: { question: string; resolved: string }) =>
    t.resolved.trim().toLowerCase() !== t.question.trim().toLowerCase() && t.question.split(/\s+/).length <= 6 && t.resolved.length <= 80
      ? ` (taken as "${cut(t.resolved)}")`
      : '';
  const lines = asked.map((t) => `  • "${cut(t.question)}"${taken(t)}${t.answered ? '' : " (my sources didn't cover it)"}`);
  return [
    `${earlier ? 'Last time' : 'So far'} you asked me (the last ${asked.length === 1 ? 'question' : `${asked.length} questions`} I keep, oldest first):`,
    ...lines,
    'Ask any of them again, or follow up on the last one. "What do you know about me?" says what I kept about you.',
  ].join('\n');
}

/** The quiz's outcomes by id, as results name them. */
const outcomeNames: Record<string, string> = {
  mle: 'ML Engineer',
  de: 'Data Engineer',
  hybrid: 'ML data engineer / ML platform engineer (the hybrid)',
};
/** How many answers a quiz has (at most eight), as a word. */
const countWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/**
 * "explain my quiz result", "why DE? i said i kinda wanted money": the result said from their own answers, each with
 * where it leaned, and the answer to the question they spoke of set against the rest. Numbers are one-based.
 */
export function resultFromAnswersText({ result, spokenOf }: ResultFromAnswers): string {
  const { outcome, counts, pushes: answers } = result;
  const name = outcomeNames[outcome] ?? outcome;
  const tally = `${counts.de} leaned Data Engineer, ${counts.mle} ML Engineer, ${counts.both} either way`;
  const rule =
    outcome === 'hybrid'
      ? 'the two roles came out even, which points to the hybrid'
      : `more of them leaned ${name} than ${outcome === 'de' ? 'ML Engineer' : 'Data Engineer'}`;
  const lines = answers.map(
    (a) =>
      `  Q${a.step + 1} ${a.question.topic}: "${a.option.label}" ▶ ${leanLabel[a.option.lean]}${a.step === spokenOf ? '  ← the one you mean' : ''}`,
  );
  const spoken = spokenOf !== undefined ? answers[spokenOf] : undefined;
  const against = spoken
    ? spoken.option.lean === 'both'
      ? `On Q${spoken.step + 1} you answered "${spoken.option.label}", which leans neither way, so the other answers decided it.`
      : leanLabel[spoken.option.lean] === name
        ? `Your answer on Q${spoken.step + 1}, "${spoken.option.label}", is one of those that pushed it to ${name}.`
        : `Your answer on Q${spoken.step + 1}, "${spoken.option.label}", did count toward ${leanLabel[spoken.option.lean]}, but the others outweighed it.`
    : undefined;
  return [
    `Your quiz result, ${name}, comes from your ${countWords[answers.length] ?? answers.length} answers: ${tally}; ${rule}.`,
    ...lines,
    ...(against ? [against] : []),
    `To see what another answer would do, ask "what if i had said … on q${(spokenOf ?? 0) + 1}", or take /quiz again.`,
  ].join('\n');
}

/** A what-if of the quiz from someone with no result yet (none taken, or one still running). */
export const noQuizResultText =
  'You have no quiz result yet, so there is no answer to change: finish /quiz (five questions), then ask things like "what if i had said yes on q2".';

export const quizAnswersGoneText =
  "I don't have the answers of your last quiz in this conversation any more: take /quiz again to try other answers (it shows what would change the result).";

export function storedSummary(data: UserData): string {
  const parts = [
    [data.quizzes, 'quiz', 'quizzes'],
    [data.answers, 'quiz answer', 'quiz answers'],
    [data.declinedQuestions, 'question I could not answer', 'questions I could not answer'],
    [data.feedback, 'rating', 'ratings'],
    // (A conversation is kept from the first question asked: what it holds is named, so it reads as no more than that.)
    [
      data.conversations,
      'record of our chats (your recent questions, what you told me about yourself)',
      'records of our chats (your recent questions, what you told me about yourself)',
    ],
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
  knownTopics: 'I know about Data Engineer and ML Engineer careers.',
  otherLanguage: 'I can only read English for now: try asking in English, like "how much do data engineers make?"',
  aboutYou:
    'Tell me about yourself first: the role you work in and your years ("I\'m a backend dev with 3 yoe"), and ask again. Or take /quiz: five questions on what you like.',
  closest: 'The closest they have:',
};

/**
 * The first line of a decline with nothing close to offer: what asks nothing is invited to ask; what the sources lack
 * is named ("dbt or airflow?" → "My sources don't cover “dbt”.") where the question touches them at all.
 */
export function declineIntroOf(
  answer: Pick<Answer, 'declineReason' | 'question' | 'uncovered' | 'missingKind' | 'topic' | 'passages'>,
): string {
  if (answer.declineReason === 'empty') return emptyIntro(answer.question);
  // "¿cuánto gana un ingeniero de datos?": the words it lacks are the language, not a topic.
  // ("quanto ganha a de in brazil": read all the same, its Portuguese spelt out; what it lacks is Brazil, said so.)
  const lacksOnlyEnglish =
    answer.uncovered.length > 0 && answer.uncovered.every((u) => /^[\p{Script=Latin}\s'’.-]+$/u.test(u) && !isOtherLanguageWord(u));
  if (inAnotherLanguage(answer.question) && !lacksOnlyEnglish) return declineIntro.otherLanguage;
  if (answer.declineReason === 'missing') return missingIntro(answer);
  // Named where part of the question touches the sources ("dbt or airflow?"); "how do I bake sourdough?" touches nothing.
  if (answer.uncovered.length > 0 && answer.passages.length > 0) return `${missingIntro(answer)} ${declineIntro.knownTopics}`;
  return declineIntro.notCovered;
}

/** A command typed as a word ("quiz"): what to type instead. */
const commandWithoutSlash = {
  quiz: 'Type /quiz to take the five-question quiz: it says which role your answers point to, and why.',
  compare: 'Type /compare and an aspect (salary, skills, tools, interviews, remote…) to see both roles side by side.',
  help: 'Type /help to see what I can do.',
  sources: 'Type /sources to see the articles I answer from.',
  'forget-me': 'Type /forget-me to see what I keep about you and delete it.',
} as const;

/**
 * "take the quiz", "can i start the quiz", "lets do the quiz pls", "quiz pls", "quiz me", "can u quiz me to see which fits": the
 * quiz asked to be run now, which /quiz
 * does ("give me a quick quiz", asking what it is, is shown its questions).
 */
// ("test me", "i wanna do the personality test thing", "do the quiz with me", "can we do the questionnaire".)
const takesTheQuiz =
  /^\W*(?:(?:ok(?:ay)?|so|hey|hi|hello|yo|cool|alright|sure|yes|yeah|ya|then|hm+|nvm|nevermind|never\s+mind|actually|fine|lol|anyways?)[\s,!.]+)*(?:(?:can|could|may)\s+i\s+|(?:can|could|shall)\s+we\s+|(?:can|could|would|will)\s+(?:you|u)\s+|i\s*(?:want\s+to|wanna|would\s+like\s+to|'?d\s+like\s+to)\s+|(?:i'?ll|ill|i\s+will|i\s+can)\s+|let'?s\s+|pls\s+|please\s+|(?:maybe|just)\s+)?(?:(?:take|start|do|begin|run|try|re-?take|redo|retry)\s+(?:the\s+|a\s+|that\s+|your\s+|ur\s+)?(?:(?:personality|career|role|fit)\s+)?(?:(?:\d|five)\s+)?(?:quiz|quizz|qiuz|test|diagnostic|questionnaire|questions)|(?:re-?take|redo|retry)\s+it|take\s+it\s+again|(?:quiz|quizz|qiuz)\s+(?:pls|plz|please|time|me|again)|(?:another|(?:a\s+)?new|one\s+more)\s+(?:quiz|quizz|qiuz)|go\s+(?:quiz|quizz|qiuz)|test\s+me|ask\s+me\s+(?:some\s+|a\s+few\s+|the\s+|those\s+|your\s+|ur\s+)?(?:(?:\d|five)\s+)?(?:questions|qs)|i\s*(?:want|need|'?d\s+like|would\s+like)\s+(?:a|the|your|ur)\s+(?:(?:quick|short|little)\s+)?(?:quiz|quizz|test|diagnostic|questionnaire))(?:[\s,]+(?:with\s+me|pls|plz|please|now|again|then|or\s+(?:smth|something|sth|whatever)|(?:to\s+(?:see|figure(?:\s+out)?|find\s+out|work\s+out|decide|tell)|and\s+tell\s+me)\s+.{0,60}|(?:on|for|about|between)\s+(?:the\s+)?(?:de|mle|data\s+eng\w*|ml\s+eng\w*|roles|two|both|them)\b.{0,30}|(?:de|mle)\s*(?:or|vs\.?|versus|\/)\s*(?:de|mle)|which\s+(?:role|one|path)\s+(?:fits|suits)\s+me))*\W*$/i;

/**
 * "delete my data pls", "forget me", "can u remove what u stored abt me", "how do i delete my data": what /forget-me does,
 * asked in words; pointed to it (deleting asks for a confirmation first, which the command shows).
 */
const asksToBeForgotten =
  /^\W*(?:(?:ok(?:ay)?|so|hey|yo|pls|please|also|and|actually|wait)[\s,!.]+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+|how\s+(?:do|can)\s+i\s+|i\s+(?:want|wanna|would\s+like)\s+(?:you\s+|u\s+)?(?:to\s+)?|(?:pls|please)\s+)?(?:forget|delete|remove|erase|wipe|clear|purge)\s+(?:(?:about\s+)?me|(?:all\s+)?(?:of\s+)?(?:my|me)\s+(?:data|info|information|details|stuff|history|profile|account|everything)|everything(?:\s+(?:about|abt)\s+me|\s+(?:you|u)\s+(?:have|know|stored|saved|kept)(?:\s+(?:about|abt|on)\s+me)?)?|what\s+(?:you|u|i)\s+(?:have\s+)?(?:stored|saved|kept|know|have|told\s+(?:you|u))(?:\s+(?:about|abt|on|of)\s+me)?)(?:\s+(?:pls|plz|please|now|thanks|thx))?\W*$/i;

/**
 * "wait what does that delete", "is it permanent?", "will it delete my quiz result too?", "what about my quiz": a question
 * about a deletion asked to be confirmed.
 */
export const asksAboutTheDeletion =
  /\b(?:what\s+(?:does|will|would|gets?|is)\s+(?:that|this|it)?\s*(?:delete|deleted|remove|removed|erase|wipe|mean)|what\s+(?:do|did)\s+(?:you|u)\s+(?:keep|store|have)|permanent|undo|undone|reversible|get\s+it\s+back|(?:will|does|would|do)\s+(?:it|that|this|you|u)\s+(?:also\s+)?(?:delete|remove|erase|wipe|keep)|what\s+(?:about|happens\s+to)\s+my\b)/i;

/** "yes", "Yes.", "yes please", "yep", "sure", "ok do it", "yes delete everything": a deletion confirmed. */
export const confirmsTheDeletion =
  /^\W*(?:y|yes+|yep|yup|yeah|yea|ya|sure|ok(?:ay)?|confirm(?:ed)?|do\s+it|go\s+(?:ahead|for\s+it)|delete(?:\s+it)?)(?:[\s,!.]+(?:please|pls|plz|do\s+it|go\s+ahead|delete(?:\s+(?:it|it\s+all|everything|all(?:\s+of\s+it)?))?|i'?m\s+sure|sure|thanks|thx))*\W*$/i;

/** "quiz", "take the quiz", "quiz me pls": the quiz asked to be run now, in words (a terminal can simply run it). */
export function asksToStartTheQuiz(message: string): boolean {
  const text = message
    .trim()
    .replace(/\b(?:lemme|let\s+me)\s+/i, "let's ")
    .replace(/\s+thing\b/i, '');
  // ("can i redo the quiz", "could i retake it?": asked whether it can be, which is answered, not started.)
  if (/^\W*(?:can|could|may)\s+i\s+(?:re-?take|redo|re-do|retry)\b/i.test(text)) return false;
  return (
    takesTheQuiz.test(text) ||
    /^\W*(?:(?:ok(?:ay)?|so|yes|yeah|sure|fine|alright)[\s,!.]+)*(?:the\s+)?(?:quiz|qiuz|quizz)\W*$/i.test(text) ||
    /^\W*(?:(?:can|could)\s+(?:you|u)\s+)?(?:give\s+me|gimme)\s+(?:the\s+|a\s+)?(?:quiz|quizz|qiuz|test)(?:\s+(?:pls|plz|please|now))?\W*$/i.test(
      text,
    )
  );
}

/**
 * "im a backend dev 2 yoe. quiz pls", "quiz me pls im a fresher", "im confused, give me the quiz", "which role fits me?
 * maybe quiz me": the quiz asked for beside words of another kind (who they are, where they stand, which fits them).
 * Those other words, to be read as told ('' when there are none worth reading); undefined when no quiz is asked for so.
 */
export function quizAskedBeside(message: string): string | undefined {
  const text = message.trim();
  if (asksToStartTheQuiz(text)) return '';
  // (Split where a sentence or clause ends, or where "im …" starts one: "quiz me pls im a fresher".)
  const cuts = [...text.matchAll(/[.!?;,]+\s*|\s+(?=(?:i'?m|im|i\s+am)\b)/gi)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const [end, start] of cuts) {
    const [before, after] = [text.slice(0, end).trim(), text.slice(start).trim()];
    if (before === '' || after === '') continue;
    const [quiz, told] = asksToStartTheQuiz(after) ? [after, before] : asksToStartTheQuiz(before) ? [before, after] : [];
    // (What else was said may not ask anything of its own, but which role fits them, which the quiz answers.)
    if (quiz && told !== undefined && (!asking.test(told) || fitAsked.test(told)))
      return /^\W*(?:hi|hey|hello|yo)\W*$/i.test(told) ? '' : told;
  }
  return undefined;
}

/** A question mark or a question's first word: the words beside a quiz asked for ask something of their own. */
const asking = /\?|^\W*(?:what|whats|how|why|which|who|where|when|is|are|do|does|should|would|can|could)\b/i;
/** "which role fits me?", "what suits me": which role fits them, which the quiz is for. */
const fitAsked = /\b(?:fits?|suits?|right\s+for\s+me|for\s+me)\b/i;

/** "quiz", "compare", "help": a command typed without its slash, and what to type instead (undefined for any other message). */
export function commandHint(message: string): string | undefined {
  if (quizAskedBeside(message) !== undefined) return commandWithoutSlash.quiz;
  if (asksToBeForgotten.test(message.trim())) return commandWithoutSlash['forget-me'];
  const command = /^\W*(quiz|compare|help|sources|forget-me)\W*$/i.exec(message.trim())?.[1]?.toLowerCase();
  return command ? commandWithoutSlash[command as keyof typeof commandWithoutSlash] : undefined;
}

/**
 * Said for a message that asks nothing: thanks are answered as thanks ("ok cool thx"), "what about me?" from someone who
 * told nothing about themselves asks them to, anything else invites a question.
 */
export function emptyIntro(question: string): string {
  if (ofThemselves.test(question.trim())) return declineIntro.aboutYou;
  const command = commandHint(question);
  if (command) return command;
  if (takesLeave(question)) return 'Bye! Come back any time: ask me about pay, skills, tools, switching or interviews, or type /quiz.';
  // ("hiya im back", "morning! me again, chloe": a return, welcomed; what was kept of them is theirs to ask for.)
  if (comesBack.test(withoutEmoji(question))) return `Welcome back! ${declineIntro.empty} "What do you know about me?" says what I kept.`;
  // ("hey", "gm", "sup": a greeting, greeted back before the invitation.)
  if (greetingAlone.test(question.trim())) return `Hi! ${declineIntro.empty}`;
  // ("sorry for all the dumb questions lol": an apology, whatever word it is said with.)
  if (/^\W*(?:(?:also|and|oh|ok(?:ay)?|btw|lol)[\s,]+)*(?:(?:i'?m\s+)?(?:so\s+)?(?:sorry|sry|soz)|my\s+bad|apologies)\b/i.test(question))
    return apologyReply;
  // ("this bot is useless lol", "ur answer is wrong": a complaint, owned, with a way to ask again.)
  if (
    /\b(?:useless|bakwas|dumb|stupid|trash|garbage|annoying|broken|pointless|bs|mid|mediocre|vague|unhelpful|not\s+(?:helpful|useful|working)|not\s+(?:(?:really|even|exactly|quite)\s+)?(?:an?\s+|the\s+)?(?:real\s+)?(?:answer|reply|help|what\s+i\s+asked)|(?:didn'?t|didnt|did\s+not|doesn'?t|doesnt|does\s+not|don'?t|dont)\s+(?:really\s+|even\s+|actually\s+)?(?:help|answer|make\s+(?:any\s+)?sense))\b/i.test(
      question,
    ) &&
    // ("useless", "useless, these are usd": said alone, or of what was shown.)
    /\b(?:this|the|ur|your|you|u|that'?s|thats|that|it'?s|its|it|these|those)\b|^\W*(?:(?:so|lol|bro|man|ugh|yaar)\W+)*(?:useless|bakwas|pointless|trash|garbage)\W*(?:(?:lol|bro|man|yaar|mate|m8|innit)\W*)*$/i.test(
      question,
    )
  )
    return "Sorry that didn't help. Try asking it another way, in your own words: pay, skills, tools, switching, interviews…";
  if (
    /\b(?:thanks?|thx|tnx|tanx|tks|salamat|ty|tysm|ta|thank\s+(?:you|u)|cheers|appreciate\s+it|gracias|merci|danke|obrigad[oa]|valeu|vlw|grazie|dhanyavaa?d|shukriya|arigato)\b/i.test(
      question,
    )
  )
    return "You're welcome! Ask me anything else about the two careers: pay, skills, tools, switching, interviews…";
  // ("oops my bad", "sorry my english is bad": an apology, which needs none.)
  if (/\b(?:sorry|sry|soz|my\s+bad|oops+)\b/i.test(question)) return apologyReply;
  // ("wait what", "huh?", "wdym": the answer before was not clear to them.)
  if (confused.test(question.trim()))
    return "Sorry, that wasn't clear. Ask about the part you'd like explained, in your own words, or type /help to see what I can do.";
  // ("good bot", "ur pretty good actually": a kind word about the bot.)
  if (
    /\b(?:good|nice|great|based)\s+bot\b|\b(?:you'?re|youre|ur|u\s+r|you\s+are)\s+(?:not\s+(?:(?:that|too|so|half)\s+)?bad|(?:(?:so|really|pretty|actually|kinda|honestly|lowkey)\s+)*(?:good|great|helpful|useful|awesome|amazing|decent|smart|goated|cool|the\s+best|a\s+legend))\b/i.test(
      question,
    )
  )
    return 'Glad it helps! Ask me anything else about the two careers: pay, skills, tools, switching, interviews…';
  // ("lol ok", "thats a lot", "makes sense": the answer taken in; "ok im back" is a greeting.)
  // ("hmm", "uh": still thinking, nothing taken in yet.)
  if (acknowledges(question) && !/\bback\b/i.test(question) && !/^\W*(?:h+m+|u+h+|u+m+|e+r+m*)\W*$/i.test(question))
    return 'Got it. Ask me anything else about the two careers: pay, skills, tools, switching, interviews…';
  return declineIntro.empty;
}

const apologyReply = 'No worries! Ask me anything about the two careers, however you type it: pay, skills, tools, switching, interviews…';

/** "wait what", "huh??", "wdym", "im confused", "i dont get it": the answer before was not clear. */
const confused =
  /^\W*(?:(?:wait|um+|uh+|sorry|lol|bro)[\s,.!]+)*(?:wh?at+\W*|wut|wat|huh+|wdym|what\s+do\s+(?:you|u)\s+mean|what\s+does\s+that\s+(?:even\s+)?mean|idk\s+what\s+that\s+means|i\s+(?:don'?t|dont|do\s+not)\s+(?:get|understand)(?:\s+(?:it|that|this))?|(?:i'?m|im|i\s+am)\s+(?:so\s+|kinda\s+|a\s+bit\s+)?(?:confused|lost)|confused|lost)[\s?!.]*$/i;

/** What the sources lack, by the kind of answer that was asked for. */
const missingWhat: Record<NonNullable<Answer['missingKind']>, string> = {
  money: 'figures',
  duration: 'timelines',
  percent: 'percentages',
  reason: 'explanation',
  instructions: 'step-by-step instructions',
  definition: 'definition',
  price: 'prices',
};

/** "“germany”", "“exam” or “cost”": the person's own words, quoted. */
function quotedWords(words: string[]): string {
  const quoted = words.slice(0, 3).map((w) => `“${echo(w, 40)}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * Beside an answer about one role quoted from a passage about the other: "My sources say this of data engineers;
 * they don't say it of ML engineers."
 */
/**
 * The notes said before an answer's opening sentence: a move the sources never describe, so that "2-3 months" from
 * backend engineering is never read first as an accountant's own time. Plain text, like `answerNotes`.
 */
export function notesBeforeTheQuote(answer: Pick<Answer, 'moveUnsaid'>): string[] {
  return answer.moveUnsaid ? [moveUnsaidNote(answer.moveUnsaid)] : [];
}

/**
 * The notes under an answer's quote, in order: whose the opening passage is, the level its figures are for, and
 * the words the sources do not cover. Plain text; a front end escapes them as its markup needs.
 */
export function answerNotes(
  answer: Pick<
    Answer,
    | 'saidOf'
    | 'levelGiven'
    | 'periodGiven'
    | 'currencyGiven'
    | 'placeUnsaid'
    | 'placeLacked'
    | 'checkUnsaid'
    | 'uncovered'
    | 'sourcesDiffer'
    | 'onlySource'
  >,
): string[] {
  return [
    answer.sourcesDiffer ? sourcesDifferNote(answer.sourcesDiffer) : undefined,
    answer.onlySource ? `Only ${answer.onlySource} gives this figure among my sources, so there is nothing to set it against.` : undefined,
    answer.placeUnsaid ? placeUnsaidNote(answer.placeUnsaid) : undefined,
    answer.placeLacked ? placeLackedNote(answer.placeLacked) : undefined,
    answer.checkUnsaid ? checkUnsaidNote(answer.checkUnsaid) : undefined,
    answer.saidOf ? saidOfNote(answer.saidOf) : undefined,
    answer.levelGiven ? levelGivenNote(answer.levelGiven) : undefined,
    answer.periodGiven ? periodGivenNote(answer.periodGiven) : undefined,
    answer.currencyGiven ? currencyGivenNote(answer.currencyGiven) : undefined,
    answer.uncovered.length > 0 ? uncoveredNote(answer.uncovered) : undefined,
  ].filter((note): note is string => note !== undefined);
}

/**
 * "Skilldential doesn't say whether its figures are base; AI Pulse gives base and total comp apart (above)." Or, when
 * no source shown says: "Skilldential doesn't say whether these figures are base."
 */
export function checkUnsaidNote(check: CheckUnsaid): string {
  const what = echo(check.check, 40);
  // ("is that base?" after AI Pulse's "… base. Total comp: …": the figures say it themselves.)
  if (check.unsaid === undefined)
    return `${check.said ?? 'My source'} gives base and total comp apart: the first figure is base, then total comp.`;
  return check.said
    ? `${check.unsaid} doesn't say whether its figures are ${what}; ${check.said} gives base and total comp apart (above).`
    : `${check.unsaid} doesn't say whether these figures are ${what}.`;
}

/** "My sources give these figures in US dollars only; they convert them to no other currency." */
export function currencyGivenNote(currency: string): string {
  return `My sources give these figures in ${currency} only; they convert them to no other currency.`;
}

/**
 * "My sources give these figures per month only; they give no yearly or hourly figure for them." (Of these figures:
 * the sources give remote and Nigerian pay per month, the rest per year.)
 */
export function periodGivenNote(period: 'month' | 'year'): string {
  return period === 'month'
    ? 'My sources give these figures per month only; they give no yearly or hourly figure for them.'
    : 'My sources give these figures per year only; they give no monthly or hourly figure for them.';
}

/** "My sources say nothing of this in Nigeria (they give pay figures there only); what they say in general:" */
export function placeUnsaidNote(place: string): string {
  return `My sources say nothing of this in ${echo(place, 40)}: they give pay figures there only. This is what they say in general.`;
}

/** "My sources have no pay figures for Toronto: these are the figures they give in general, in US dollars." */
export function placeLackedNote(place: string): string {
  return `My sources have no pay figures for ${echo(placeName(place), 40)}: these are the figures they give in general, in US dollars.`;
}

/** "My sources say nothing of moving from backend developer to ML engineering; this is what they say of getting into it." */
export function moveUnsaidNote(move: MoveUnsaid): string {
  // ("…from scratch": no start at all.)
  if (move.from === 'scratch') return 'My sources give no time from scratch; this is what they say of getting in.';
  if (move.to === undefined)
    return `My sources say nothing of moving from ${echo(move.from, 60)} into either role; this is what they say of getting into each.`;
  const into = move.to === 'de' ? 'data engineering' : 'ML engineering';
  return `My sources say nothing of moving from ${echo(move.from, 60)} to ${into}; this is what they say of getting into it.`;
}

/** "My sources differ: AI Pulse says 6-9 months; DataDriven says 12-18 months." */
export function sourcesDifferNote(figures: readonly { source: string; figure: string }[]): string {
  return `My sources differ: ${figures.map((f) => `${f.source} says ${f.figure}`).join('; ')}.`;
}

/** "My sources give these figures for mid-senior engineers only." */
export function levelGivenNote(level: string): string {
  // (A FAANG grade: the sources give L5 and L6, so "L6 only" would say too much.)
  if (/^L\d$/.test(level)) return `My sources give this figure for ${level}; they have none for the level asked.`;
  return `My sources give these figures for ${level.toLowerCase()} engineers only.`;
}

export function saidOfNote(saidOf: 'de' | 'mle'): string {
  const names = { de: 'data engineers', mle: 'ML engineers' } as const;
  return `My sources say this of ${names[saidOf]}; they don't say it of ${names[saidOf === 'de' ? 'mle' : 'de']}.`;
}

/**
 * Beside an answer: the salient words of the question the sources do not cover ("leetcode", "netflix"). "Cover", not
 * "mention": a bootcamp the sources name in passing is still one they say nothing about.
 */
export function uncoveredNote(words: string[]): string {
  return `My sources don't cover ${quotedWords(words)}.`;
}

/**
 * Why a question about these careers is declined, in the person's own words: "My sources have no pay figures
 * for “germany”." or "My sources don't cover “h1b”." The closest passages follow it.
 */
export function missingIntro(answer: Pick<Answer, 'uncovered' | 'missingKind' | 'topic'>): string {
  const words = answer.uncovered;
  const forWords = words.length > 0 ? ` for ${quotedWords(words)}` : ' on that';
  if (answer.missingKind === 'instructions')
    return `My sources compare the two careers; they have no ${missingWhat.instructions}${words.length > 0 ? ` for ${quotedWords(words)}` : ''}.`;
  // "no salary figures for “germany”": the kind of figure, named by the person's own word for the topic.
  if (answer.missingKind === 'money' && answer.topic) return `My sources have no ${echo(answer.topic, 30)} figures${forWords}.`;
  if (answer.missingKind) return `My sources have no ${missingWhat[answer.missingKind]}${forWords}.`;
  return words.length > 0 ? `My sources don't cover ${quotedWords(words)}.` : "My sources don't answer that directly.";
}

export const feedbackThanks = { up: 'Thanks, noted 👍', down: 'Thanks, noted 👎. That helps me find gaps.' };

export const somethingWentWrong =
  'Sorry, something went wrong on my side; please try again. Nothing already saved (quiz answers included) is lost.';

export const storageUnavailable =
  "Sorry, I can't reach my database right now, so that didn't go through; please try again in a minute. Nothing already saved (quiz answers included) is lost.";

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

/** How to pick a reading of a question asked back, where choices are typed. */
export function clarifyHint(count: number): string {
  return `Type 1-${count} to choose, or ask it another way.`;
}

/** Said under an answer to "which role fits me?" from someone who has told nothing about themselves. */
export const quizInvite = 'Which one fits you depends on you: /quiz asks you five questions and tells you which, and why.';

/** "yes", "ok do that", "sure lets go", "ya why not": the quiz offered just before (`quizInvite`), taken up. */
export const takesUpTheInvite =
  /^\W*(?:(?:y|yes+|yep|yup|yeah|yea|ya|sure|ok(?:ay)?|k|alright|fine|cool|go\s+on|why\s+not|ya\s+why\s+not|(?:ok(?:ay)?|sure|yes|yeah)?\s*(?:lets?|let'?s)\s+(?:do|go|try)(?:\s+(?:it|that|this|the\s+quiz))?|do\s+(?:it|that)|(?:i'?ll|ill)\s+(?:do|take|try)\s+(?:it|that|the\s+quiz))[\s,!.]*)+(?:pls|plz|please|then|now)?\W*$/i;

/** Before the answer to another thing the same message asked: that ask, in the person's words. */
export function alsoAskedLine(question: string): string {
  return `You also asked: “${echo(question, 120)}”`;
}

/** After the answers to a message that asked more than they take: what it asked beyond them, to ask again. */
export function leftUnaskedLine(left: readonly string[]): string {
  const quoted = left.map((ask) => `“${echo(ask, 80)}”`).join(', ');
  return `That's as many as I answer at once; ask again for ${quoted}.`;
}

/** A follow-up's answer starts with what was understood, so a wrong guess shows. */
export function understoodLine(understood: string): string {
  return `${understood[0]!.toUpperCase()}${understood.slice(1)}:`;
}

export const sourcesIntro = 'My sources (every answer quotes one of these):';

const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

/**
 * What a person who told what they want or mind ("i hate ambiguity", "kinda bored of crud apis") gets, when it fills no
 * part of their profile: said back in their words, and kept for the question that follows.
 */
export function notedStoryText(told: string): string {
  // ("my son likes math and hates on call": told of someone else, asked about as them.)
  const them = ofWhom(told);
  if (them)
    return `Noted: “${echo(told, 80)}”. I'll weigh that in what you ask about ${them.object} in this conversation: try "which role fits ${them.object}?" or "how long would it take ${them.object}?".`;
  return `Noted: “${echo(told, 80)}”. I'll weigh that in what you ask next: try "which role fits me?" or "so which is better for that?".`;
}

/** Whom a story that says nothing of the teller is about, as "him", "her" or "them"; undefined for their own story. */
function ofWhom(told: string): { object: string } | undefined {
  if (!saysOnlyOfSomeoneElse(told)) return undefined;
  if (/\b(?:he|him|his|he'?s|hes|son|brother|nephew|husband|boyfriend|bf|dad|father|uncle)\b/i.test(told)) return { object: 'him' };
  if (/\b(?:she|her|she'?s|shes|daughter|sister|niece|wife|girlfriend|gf|mom|mum|mother|aunt)\b/i.test(told)) return { object: 'her' };
  return { object: 'them' };
}

/** What a person told about themselves, as kept (conversation/types.ts Profile, without who and when). */
interface ToldFacts {
  role?: 'de' | 'mle';
  job?: string;
  goal?: 'de' | 'mle';
  years?: number;
  level?: string;
  likes: string[];
  dislikes?: string[];
  knows?: string[];
  place?: string;
  pay?: string;
}

/**
 * What the bot now knows about a person who told it about themselves and asked nothing: said back, so a wrong
 * reading shows, with what it is good for.
 */
export function notedText(
  profile: ToldFacts,
  /** False for a job the sources name no move from ("data analyst"): the switch is no question to suggest. */
  movesKnown = true,
  /** What they said they want or mind that the profile keeps no place for ("want remote"), as typed; '' for none. */
  wants = '',
): string {
  const tips = wants
    ? '"so which is better for that?" or "which role fits me?"'
    : movesKnown
      ? '"how long would the switch take me?" or "which role fits me?"'
      : '"which role fits me?" or "what do data engineers do all day?"';
  const also = wants ? `, and “${echo(wants, 100)}”` : '';
  return `Noted: ${echo(toldFacts(profile) ?? 'what you said about yourself', 200)}${also}. I'll keep it in mind: ask me something like ${tips}.`;
}

/**
 * "are you a bot?", "is this bot legit": what careerbot is and where its answers come from. `articles`: how many
 * articles it answers from.
 */
export function aboutTheBotText(articles: number): string {
  return `I'm careerbot, a bot that helps you choose between Data Engineer and ML Engineer. I answer only from ${articles} published articles comparing the two roles, quoting them word for word with their sources (/sources lists them), and I say so when they don't cover something: nothing is made up or generated.`;
}

/**
 * "what do you know about me?": what is kept about the person, for how long, and how to delete it. `days`: how long a
 * profile is kept after the person last wrote.
 */
export function keptAboutYouText(
  profile: (ToldFacts & { quizOutcome?: 'de' | 'mle' | 'hybrid' }) | undefined,
  days: number,
  /** What they told in this conversation that the profile did not keep ("im doing a phd in physics"), as typed. */
  toldHere: readonly string[] = [],
  /** How long a conversation is kept after its last message, in minutes. */
  minutes = 10,
): string {
  const quiz = profile?.quizOutcome
    ? `your latest quiz result was ${profile.quizOutcome === 'de' ? 'Data Engineer' : profile.quizOutcome === 'mle' ? 'ML Engineer' : 'the hybrid role'}`
    : undefined;
  const facts = [profile ? toldFacts(profile) : undefined, quiz].filter((f): f is string => f !== undefined);
  // ("im doing a phd in physics" was noted for this conversation: said back too, with how long it lasts.)
  const here =
    toldHere.length > 0
      ? ` In this conversation (kept ${minutes} minutes after its last message) you also told me: ${toldHere
          .slice(-3)
          .map((t) => `“${echo(t, 80)}”`)
          .join(', ')}.`
      : '';
  if (facts.length === 0)
    return here
      ? `I keep nothing about you for later yet.${here} /forget-me deletes it.`
      : 'I keep nothing about you yet. Tell me your job, your years or what you like ("i\'m a backend dev with 3 yoe") and I\'ll use it in later answers; /forget-me deletes it.';
  return `What I keep about you: ${echo(facts.join('; '), 300)}. It is kept ${days} days after you last write to me; /forget-me shows it all and deletes it.${here}`;
}

/**
 * Said to "what do you know about my son?": only what the person says of themselves is kept for later; what they told
 * of someone else in this conversation (`toldOfThem`, as typed) is said back, as weighed while the conversation lasts
 * (`minutes` after its last message). `who` is as typed ("my son", "him").
 */
export function keptAboutOthersText(who: string, toldOfThem: readonly string[] = [], minutes = 10): string {
  const them = /^my\s+/i.test(who)
    ? `your ${who.replace(/^my\s+/i, '').toLowerCase()}`
    : /^(?:him|her)$/i.test(who)
      ? who.toLowerCase()
      : 'them';
  if (toldOfThem.length > 0)
    return `In this conversation you told me: ${toldOfThem
      .slice(-3)
      .map((t) => `“${echo(t, 80)}”`)
      .join(
        ', ',
      )}. I weigh it in what you ask about ${them} for ${minutes} minutes after your last message, and keep nothing about ${them} for later.`;
  return `I keep only what you tell me about yourself, nothing about ${them}. For an answer that fits ${them}, ask with what matters ("which role suits someone who likes math?"), or have ${them} take /quiz.`;
}

/** How each part of a profile asked to be forgotten is named back (conversation/forgetting.ts ForgettableField). */
const forgottenNames: Record<string, string> = {
  place: 'where you live',
  pay: 'what you make',
  job: 'your job',
  years: 'your years of experience',
  level: 'your level',
  goal: 'the role you are heading for',
  likes: 'what you like',
  dislikes: 'what you mind',
  knows: 'what you know',
  degree: 'your degree',
  age: 'your age',
  story: 'what you told me',
};

/**
 * The reply to "forget where i live": what is no longer kept (the first field asked names it), then what still is, or
 * that nothing is.
 */
export function forgottenText(
  fields: readonly string[],
  profile: ToldFacts | undefined,
  /** The one thing liked or minded forgotten ("math"), when only that was asked. */
  item?: string,
  /** Whether a conversation was under way, which starts afresh so nothing said in it carries on. */
  conversationCleared = false,
): string {
  const facts = profile ? toldFacts(profile) : undefined;
  const gone = item ? `that you ${fields[0] === 'likes' ? 'like' : 'mind'} ${echo(item, 60)}` : (forgottenNames[fields[0] ?? ''] ?? 'that');
  const rest = facts ? `What I still keep about you: ${echo(facts, 300)}.` : 'I keep nothing else you told me about yourself.';
  const afresh = conversationCleared ? ' Our conversation starts afresh too, so nothing said before carries on.' : '';
  return `Done: I no longer keep ${gone}. ${rest}${afresh} /forget-me shows everything and deletes it.`;
}

/** A place as kept (lowercased) written as a name: "Manchester UK", "NYC", "Sao Paulo". */
function placeName(place: string): string {
  // ("you are in the US", "in the Philippines": names said with "the".)
  const the = saidWithThe(place) ? 'the ' : '';
  return (
    the +
    place.replace(/\p{L}+/gu, (word) =>
      /^(?:uk|us|usa|uae|nyc|sf|la|dc|eu)$/.test(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
  );
}

/** "you work as a backend developer (4 years in), you are in Berlin and you like sql", or undefined for nothing told. */
/** Whether a profile holds anything `notedText` would say back (a job, years, a level, a place, likes…). */
export function saysBackAnything(profile: ToldFacts): boolean {
  return toldFacts(profile) !== undefined;
}

function toldFacts(profile: ToldFacts): string | undefined {
  const roleName = { de: 'a data engineer', mle: 'an ML engineer' } as const;
  // A job is a person ("a backend developer"); a field ("teaching", "finance") is where they come from.
  const field = profile.job !== undefined && !profile.role && isAField(profile.job);
  // ("ex teacher", "former nurse": a job they have left.)
  const left = !profile.role && profile.job !== undefined && formerly.test(profile.job);
  // ("an IT graduate", "a CSE student": the letters a field is known by, said as letters.)
  const named = (left ? jobItself(profile.job!) : profile.job)?.replace(/\b(?:it|cs|cse|ece|ai|ml|qa|bi|sre|dba|mca|bca)\b/g, (w) =>
    w.toUpperCase(),
  );
  const job = profile.role ? roleName[profile.role] : named ? (field ? named : withArticle(named)) : undefined;
  // ("a data engineer (8 years in, senior)": the level they said, beside the years.)
  const level =
    profile.level === undefined
      ? undefined
      : /^l\d$/.test(profile.level)
        ? profile.level.toUpperCase()
        : profile.level === 'entry'
          ? 'entry level'
          : profile.level === 'mid'
            ? 'mid-level'
            : profile.level;
  const facts = [
    // ("a phd student", "an intern": who they are, not a job they work as.)
    job &&
      `${field ? 'you come from' : left ? 'you used to work as' : stillLearning.test(job) ? 'you are' : 'you work as'} ${job}${profile.years === undefined ? (level && !left ? ` (${level})` : '') : profile.years === 0 ? ' (no experience yet)' : left ? ` (${years(profile.years)})` : ` (${years(profile.years)} in${level ? `, ${level}` : ''})`}`,
    !job && level && `you work at ${/level$/.test(level) ? level : `${level} level`}`,
    !job && profile.years !== undefined
      ? profile.years === 0
        ? 'you have no experience yet'
        : `you have ${years(profile.years)} of experience`
      : undefined,
    profile.place && `you are in ${placeName(profile.place)}`,
    profile.pay && `you make ${profile.pay} now`,
    profile.goal && `you are heading for ${profile.goal === 'de' ? 'data engineering' : 'ML engineering'}`,
    profile.likes.length > 0 && `you like ${profile.likes.join(' and ')}`,
    // (What they dislike and what they are weak at, "i hate math" and "i'm rusty on stats", are kept as one.)
    (profile.dislikes?.length ?? 0) > 0 && `you'd rather avoid ${profile.dislikes!.join(' or ')}`,
    (profile.knows?.length ?? 0) > 0 && `you know ${profile.knows!.join(' and ')}`,
  ].filter((f): f is string => typeof f === 'string');
  return facts.length > 1 ? `${facts.slice(0, -1).join(', ')} and ${facts.at(-1)}` : facts[0];
}

/** "how many questions left" while question `number` (from 1) of `total` waits. */
export function quizStandsText(number: number, total: number): string {
  const after = total - number;
  return `This is question ${number} of ${total}: ${after === 0 ? 'the last one' : `${after} more after it`}, then your result.`;
}

/**
 * "why?" typed while a quiz waits on `question` (number `number`, from 1): why the diagnostic asks it, in its own
 * words (each option's quote), and that the result comes after the last question.
 */
export function quizQuestionWhyText(question: QuizQuestion, number: number, total: number): string {
  const quotes = question.options.flatMap((o) => (o.quote ? [o.quote] : []));
  const said = quotes.length > 0 ? ` The diagnostic (DataDriven) says: "${quotes.join(' ')}"` : '';
  return `Question ${number} asks about ${question.topic} because each answer leans toward one role or the other.${said} Your result comes after question ${total}.`;
}
