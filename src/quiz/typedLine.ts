/**
 * What a line typed during the quiz means, and one typed beside it: an option chosen in words or by its number, a
 * move ("go back", "stop", "start over"), a question about the quiz itself ("what does this mean", "how many left"),
 * an earlier answer changed, or none of these (a question for the answering side, the quiz waiting). Platform-neutral:
 * the console reads every line with it and renders what it returns; any adapter that takes typed lines can.
 */
import { commandHint, quizAskedBeside } from '../bot/messages.js';
import { mayTellAboutThemselves } from '../conversation/profile.js';
import { acknowledges, asksAnything } from '../question/chat.js';
import { greetsOrTakesLeave } from '../question/greetings.js';
import { inTheFirstPerson } from '../question/thirdPerson.js';
import { ordinalPlaces } from '../question/ordinals.js';
import type { QuizOption } from './definition.js';
import type { QuizEvent } from './machine.js';
import type { QuestionView } from './service.js';
import { optionTyped, saysOnlyADegree } from './typedOption.js';
import { asksQuizWhatIf } from './whatIf.js';

/** What a line typed while the quiz waits on a question means. Steps are zero-based. */
export type QuizLine =
  /** An option chosen; `read` when it was taken from words (to say which option it was taken for), not its number. */
  | { kind: 'answer'; option: QuizOption; read: boolean }
  /** A number beyond the options. */
  | { kind: 'out-of-range' }
  /** A move of the quiz itself: back, restart, abandon, or start (the question waiting, shown again). */
  | { kind: 'move'; event: QuizEvent }
  /** A command asked in words ("forget me"): pointed to, the quiz waiting. */
  | { kind: 'command-hint'; hint: string }
  /** "how many questions left", "whats my result": where the quiz stands. */
  | { kind: 'stands' }
  /** "why this question", "what does this mean": why the diagnostic asks the question waiting. */
  | { kind: 'why' }
  /** "go back to q1": back question by question to `step`. */
  | { kind: 'back-to'; step: number }
  /** "wait no 1" just after an answer: the question before answered again with `option`. */
  | { kind: 'change-last'; option: QuizOption }
  /** "wait i meant pipelines for q1": question `step`'s answer changed, the quiz staying where it is. */
  | { kind: 'change-earlier'; step: number; option: QuizOption }
  /** "what if q4 was max comp" mid-quiz: no answer taken; what-ifs are asked of a result. */
  | { kind: 'what-if' }
  /** Words about question `step`, another than the one waiting, that change nothing. */
  | { kind: 'other-question'; step: number }
  /** Words that fit more than one option. */
  | { kind: 'ambiguous'; options: QuizOption[] }
  /** Words that answer earlier question `step` ("the substrate i guess" at question 4). */
  | { kind: 'earlier-option'; step: number; option: QuizOption }
  /** A few words that choose no option and ask nothing. */
  | { kind: 'not-understood' }
  /** A question, thanks, or who they are told aside: answered as usual, the quiz waiting. */
  | { kind: 'aside' };

/** What a line typed with no quiz running means for the quiz, when it means anything for it. */
export type LineBesideQuiz =
  /** "actually 2" right after a result: the last answer changed, asked as this what-if of the finished quiz. */
  | { kind: 'what-if'; question: string }
  /** "ok restart", "again" after a result: the quiz taken again. */
  | { kind: 'retake' }
  /** A number, "back" or "restart" with no quiz to apply it to. */
  | { kind: 'no-quiz' }
  /** "undo", "change my last answer": a finished quiz's answers stay. */
  | { kind: 'nothing-to-change' }
  /** The quiz asked for in words; `told` is who they are, said with it, to note first ("im a backend dev 2 yoe. quiz pls"). */
  | { kind: 'start'; told?: string };

const quizWords: Record<string, QuizEvent> = {
  back: { type: 'back' },
  restart: { type: 'restart' },
  // ("start over", "start again" while it runs: the quiz from its first question.)
  'start over': { type: 'restart' },
  'start again': { type: 'restart' },
  'restart quiz': { type: 'restart' },
  'restart the quiz': { type: 'restart' },
  quit: { type: 'abandon' },
  exit: { type: 'abandon' },
};

/** Words that change an answer, around the question and the option named ("actually change q1 to pipelines"). */
const changeWords =
  /\b(?:actually|wait(?:\s+no)?|no\s+wait|change|changed|make|set|switch|should\s+(?:be|have\s+been)|to|is|was|my|answer|for|on|it|that|i\s+meant?)\b/gi;

/**
 * "wait no 1", "actually 2", "no wait, the first one", "2 actually": what a line settles on after taking back what was
 * just said, or undefined when it takes nothing back.
 */
function takenBack(text: string): string | undefined {
  const opening =
    // ("sorry i meant 2", "oops my bad, 1": a word of taking back, then "i meant", then the choice.)
    /^\W*(?:(?:(?:wait[,\s]+no|no[,\s]+wait|wait|actually|sorry|oops|nvm|my\s+bad)[,.!:\s]+)+(?:i\s+meant?[,:\s]+)?|(?:i\s+meant?|change\s+(?:that|it|my\s+(?:last\s+)?answer)\s+to|make\s+(?:that|it)|scratch\s+that)[,:\s]+)(\S.{0,40})$/i.exec(
      text,
    );
  if (opening) return opening[1];
  return /^\W*(\S.{0,40}?)[,\s]+actually\W*$/i.exec(text)?.[1];
}

/**
 * "stop", "cancel", "stop the quiz", "end quiz pls", "can we stop", "im done with this quiz", "nvm i dont wanna do this
 * rn", "nah forget it", "no more questions pls", "enough", "i quit", "no thanks", "nvm": the quiz given up (never an
 * answer "no").
 */
const stopsTheQuiz =
  /^(?:(?:ok(?:ay)?|pls|please|nvm|actually|hmm+|ugh|sorry|tbh|nah|no|nope|whatever|meh)[\s,]+)*(?:(?:(?:can|could)\s+(?:we|i)\s+|i\s+(?:want|wanna|would\s+like)\s+(?:to\s+)?|let'?s\s+|i\s+)?(?:stop|cancel|end|abort|quit|exit)(?:\s+(?:the\s+|this\s+)?(?:quiz|test|it|this))?|forget\s+(?:it|this|the\s+quiz|about\s+it)|no\s+(?:thanks|thank\s+you|thx|ty)|nvm|never\s*mind|no\s+more\s+(?:questions|qs)|enough(?:\s+(?:of\s+this|questions))?|(?:i'?m|im|i\s+am)\s+done(?:\s+with\s+(?:this|the|it)(?:\s+(?:quiz|test))?)?|i\s+(?:dont|don'?t|do\s+not)\s+(?:wanna|want\s+to)\s+(?:do\s+)?(?:this|the\s+quiz|it|this\s+quiz)(?:\s+anymore)?)(?:\s+(?:pls|please|now|rn|right\s+now|for\s+now))?[\s.!?]*$/;

/**
 * "what does this question mean", "explain this one", "wdym", "huh", "not sure what u mean": the question waiting, not
 * understood; why the diagnostic asks it says what it means.
 */
const asksWhatTheQuestionMeans =
  /^(?:(?:hmm+|um+|ok(?:ay)?|so|sorry|wait)[\s,]+)*(?:what\s+(?:does|do)\s+(?:this|that|the|this\s+question|that\s+question|it)(?:\s+question)?\s+mean|what\s+(?:is|'s)\s+(?:this|that)\s+(?:question\s+)?(?:asking|about)|explain\s+(?:this|that|it)(?:\s+(?:one|question))?|wdym|what\s+do\s+(?:you|u)\s+mean|huh|(?:i\s+)?(?:don'?t|dont)\s+(?:get|understand)\s+(?:it|this|that|the\s+question)|not\s+sure\s+what\s+(?:you|u)\s+mean)[\s?!.]*$/;

/** "idk whats a substrate", "which pays more rn", "how much do mles make": a question opened by its question word. */
const asksOfItsOwn =
  /^\W*(?:(?:ok(?:ay)?|so|wait|hmm+|um+|but|and|idk|dunno|i\s+(?:don'?t|dont)\s+know|sorry)[\s,]+)*(?:what(?!\s+about\b)|whats|what's|wat|wut|which|how|who)\b/i;

/**
 * "what i enjoy is…", "what i care about most is…", "what matters to me is…": a line that opens like a question but
 * tells what they like; the rest is the answer.
 */
const saidAsAnAnswer =
  /^\W*(?:(?:honestly|tbh|ngl|i\s+guess|hmm+|ok|so|well)[\s,]+)*what\s+(?:(?:i|i'?d)\s+(?:really\s+|most\s+|actually\s+)?(?:enjoy|like|love|care\s+about|want|prefer|value|find\s+fun)(?:\s+(?:most|more|the\s+most))?|(?:really\s+)?matters\s+(?:(?:most|more)\s+)?to\s+me)\s+(?:is|are)\s+(?:when\s+|that\s+|seeing\s+)?/i;

/**
 * "r pipelines hard to maintain?", "u think models r harder?", "is de harder?": a question said the way people type it,
 * asked of its own while the quiz waits, whatever option's words it holds.
 */
const asksInShort =
  /^\W*(?:(?:ok(?:ay)?|so|wait|hmm+|but|and|lol)[\s,]+)*(?:(?:do|would|will|should)\s+)?(?:r|are|is|does|do|did|can|could|will|would|should|(?:do\s+)?(?:u|you)\s+think|isnt|arent)\s+\S.*\?\s*$/i;

/** "ok back to the quiz", "where were we", "continue": the question waiting, shown again. */
const backToTheQuiz =
  /^(?:(?:ok(?:ay)?|so|anyway|anyways|alright)[\s,]+)*(?:(?:back|return)\s+to\s+(?:the\s+)?quiz|where\s+(?:were\s+we|was\s+i)|(?:lets\s+|let's\s+)?(?:continue|resume)(?:\s+(?:the\s+)?quiz)?)[\s.!?]*$/;

/** "can i skip this one", "skip this question": no answer to give, which the options' "not sure" is. */
const skipsTheQuestion =
  /^(?:(?:ok(?:ay)?|so|hmm+|um+)[\s,]+)*(?:(?:can|could|may)\s+(?:i|we)\s+)?skip(?:\s+(?:this|it|this\s+one|(?:this|the)\s+question))?(?:\s+(?:pls|please))?[\s.!?]*$/;

/** "ok so whats the result", "show me my result": asked before the last answer. */
const asksTheResult =
  /^(?:(?:ok(?:ay)?|so|and|wait|hm+|lol|um+)[\s,]+)*(?:(?:what'?s|whats|wats|what\s+is|show\s+me|give\s+me)\s+(?:the|my)\s+(?:results?|verdict|outcome)(?:\s+so\s+far)?|(?:what|wat|wht)\s+(?:did|do)\s+i\s+get(?:\s+so\s+far)?|what\s+am\s+i(?:\s+so\s+far)?|(?:the\s+|my\s+)?results?|am\s+i\s+(?:an?\s+)?(?:de|mle|data\s+eng\w*|ml\s+eng\w*)(?:\s+or\s+(?:an?\s+)?(?:de|mle|data\s+eng\w*|ml\s+eng\w*))?(?:\s+so\s+far)?)[\s.!?]*$/;

/**
 * "wait go back", "go back pls", "previous question", "undo", "wait change that", "i messed up": back to the question
 * before, in the words people use.
 */
const goesBack =
  /^(?:(?:wait|oops|sorry|hold\s+on|no|actually|hmm|ugh)[\s,.!]+)*(?:(?:can\s+(?:i|we|u|you)\s+)?go\s+back|back(?:\s+(?:up|one))?|previous(?:\s+question)?|prev(?:\s+question)?|undo|(?:can\s+i\s+)?change\s+(?:my\s+)?(?:(?:last|previous)\s+)?answer|change\s+(?:that|it)|i\s+messed\s+(?:that\s+)?up|messed\s+up)(?:\s+(?:pls|please|plz|one|a\s+question))?[\s.!?]*$/;

/**
 * "ok restart", "start over pls", "can i start over?", "let me start again", "redo", "new quiz", "lets redo the quiz",
 * "retake":
 * the quiz from its first question, in the words people use.
 */
const restartsTheQuiz =
  /^(?:(?:ok(?:ay)?|ugh|wait|hmm+|actually|oops|lol|no)[\s,.!]+)*(?:(?:can|could)\s+(?:i|we)\s+|let\s+me\s+|lets\s+|i\s+(?:wanna|want\s+to)\s+)?(?:restart|start\s+(?:over|again|from\s+scratch|fresh)|redo|re-?take|begin\s+again|new\s+quiz|start\s+a\s+new\s+one)(?:\s+(?:the\s+|this\s+)?quiz)?(?:\s+(?:again|it))?(?:\s+(?:pls|please|plz|now))?[\s.!?]*$/;

/** "again", "one more time", "try it again": after a result, the quiz once more (mid-quiz they say nothing of it). */
const takesItOnceMore =
  /^(?:(?:ok(?:ay)?|ugh|hmm+|lol|so)[\s,.!]+)*(?:(?:can|could)\s+(?:i|we)\s+|let\s+me\s+|lets\s+)?(?:again|one\s+more\s+time|(?:do|take|try)\s+it\s+again|try\s+again|another\s+(?:go|round|try))(?:\s+(?:pls|please|plz))?[\s.!?]*$/;

/** "nah 1", "1 i guess", "option 2 pls", "ok 3 then": a number said among words that choose nothing; group 1 is it. */
const numberAmongFillers =
  /^\W*(?:(?:nah|no|yes|yeah|ya|ok(?:ay)?|k|hmm+|um+|uh+|i\s+guess|ig|prob(?:ably)?|maybe|option|opt|choice|number|no\.|lol|tbh|ngl|def(?:initely)?|pls|please|idk|omo|abeg|sha|po|bet|fr)\W*\s*)*#?(\d)(?:\W*\s*(?:i\s+guess|ig|prob(?:ably)?|maybe|lol|tbh|ngl|pls|please|then|i\s+think|for\s+sure|def(?:initely)?|sha|po|fr))*\W*$/i;

/** "the second one", "first option", "the last one": an option by its place; "not the first one" names none. */
const placeWords: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2 };
function optionByPlace(options: readonly QuizOption[], text: string): QuizOption | undefined {
  const chosen = new Set<QuizOption>();
  for (const match of text.matchAll(/(\bnot\s+)?\b(?:the\s+)?(first|1st|second|2nd|third|3rd|last)\s+(?:one|option|answer)\b/gi)) {
    if (match[1]) continue;
    const word = match[2]!.toLowerCase();
    const option = word === 'last' ? options.at(-1) : options[placeWords[word]!];
    if (option) chosen.add(option);
  }
  return chosen.size === 1 ? [...chosen][0] : undefined;
}

/** "…wouldnt do it JUST for pay. 3", "pipelines i think, so 2": a number closing a line, after what led to it ("1.5" is no such line). */
const numberAfterTheReasons = /(?<!\d)[.!?,;:)]\s*(?:(?:so|ok(?:ay)?|i\s+guess|ig|then)[\s,]+)?#?(\d)\W*$/i;

/**
 * The one option whose label's words (its grammar aside) are all said in a line's first clause ("yes deeply
 * actually, …" says "Yes, deeply"), undefined when none or several are.
 */
function labelOpening(options: readonly QuizOption[], text: string): QuizOption | undefined {
  const clause = /^([^,.;!?]+)[,.;!?]\s*\S/.exec(text.trim())?.[1];
  if (!clause) return undefined;
  const said = new Set(clause.toLowerCase().match(/\p{L}+/gu) ?? []);
  const whole = options.filter((o) => {
    const own = (o.label.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !labelGrammar.has(w));
    return own.length > 0 && own.every((w) => said.has(w));
  });
  return whole.length === 1 ? whole[0] : undefined;
}
const labelGrammar = new Set(['i', 'the', 'is', 'a', 'an', 'of', 'to', 'it', 'if', 'on', 'or', 'and', 'but']);

/** "wait no go back to 1", "can we go back to q2": back to a question named by its number. The first group is it. */
const goesBackTo =
  /^(?:(?:wait|oops|sorry|hold\s+on|no|actually|hmm)[\s,.!]+)*(?:can\s+(?:i|we|u|you)\s+)?(?:(?:go\s+)?back\s+(?:to\s+)?|change\s+)(?:the\s+)?(?:q|question|number|no\.?)?\s*#?\s*(\d)(?:st|nd|rd|th)?(?:\s+(?:one|question|pls|please|plz))*[\s.!?]*$/;

/** "no wait", "wait no", "nooo wait": the answer just given taken back, with nothing settled on yet. */
const takesItBack = /^(?:no+[\s,.!]+wait|wait[\s,.!]+no+|no+[\s,.!]+no+[\s,.!]+wait)[\s,.!]*$/;

/** "what if q1 was pipelines", "would it change if…": a supposition, never a change to the quiz being taken. */
const supposes =
  /^\W*(?:(?:so|and|but|hm+|ok(?:ay)?)[\s,]+)*(?:what|how\s+about)\s+if\b|\bwould\b|\bif\s+i\s+(?:had\s+)?(?:said|picked|chose|answered)\b/i;

/** "change q1 to pipelines", "actually set question 2 to yes": an answer named by its question, changed. */
const changesANamedAnswer = /^\W*(?:(?:wait|actually|no|ok(?:ay)?|oops)[\s,]+)*(?:change|set|make|switch)\s+(?:q|question)\s*#?\s*\d\b/i;

/** "im in lagos btw", "i'm a nurse fyi", "i work in finance": the person says who or where they are, answering nothing. */
function toldAside(text: string): boolean {
  return (
    mayTellAboutThemselves(text) && /^\W*(?:(?:oh|also|btw|fyi|ok(?:ay)?|so)[\s,]+)*(?:i'?m|im|i\s+am|i\s+work|i\s+live)\b/i.test(text)
  );
}

/** "im confused", "kinda lost", "idk tbh": where someone stands before the choice, which the quiz is for. */
const standsBeforeTheChoice =
  /^\W*(?:(?:ok(?:ay)?|so|hey|hi|hmm+)[\s,!.]+)*(?:i'?m\s+|im\s+|i\s+am\s+)?(?:(?:so|kinda|kind\s+of|really|very|super|lowkey|a\s+bit)\s+)*(?:confused|lost|stuck|unsure|not\s+sure|torn|undecided|idk|dunno)\b/i;

/** Whether a line says a word (of four letters or more) of the question's topic or of one of its options' labels. */
function namesSomethingOf(question: QuestionView['question'], text: string): boolean {
  const own = (s: string) => s.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const ofIt = new Set([...own(question.topic), ...question.options.flatMap((o) => own(o.label))].map((w) => w.replace(/s$/, '')));
  return own(text).some((w) => ofIt.has(w.replace(/s$/, '')));
}

/** "2", "option 2", "2 ig": whether the option's number is in the line (a question's number is none: "q4: max comp"). */
function namesNumber(text: string, number: number): boolean {
  return new RegExp(`(?<!\\b(?:q|question)\\s*#?\\s*)\\b${number}\\b`, 'i').test(text);
}

/**
 * What `line` means while the quiz waits on `quiz`'s question. Never throws; a line that is none of the quiz's is an
 * `aside` (answered as a question, the quiz waiting) or `not-understood`.
 */
export function readQuizLine(quiz: QuestionView, line: string): QuizLine {
  // ("what i enjoy is when data shows up on time", "why not both lol": an answer said in the shape of a question.)
  const text = line
    .trim()
    .replace(saidAsAnAnswer, '')
    .replace(/^\W*why\s+not\s+both\b/i, 'both');
  const lower = text.toLowerCase();
  const { options } = quiz.question;
  if (/^\d+$/.test(text)) {
    const option = options[Number(text) - 1];
    return option ? { kind: 'answer', option, read: false } : { kind: 'out-of-range' };
  }
  // ("lets redo the quiz": starting it over, said in words, is no command to point to.)
  if (restartsTheQuiz.test(lower)) return { kind: 'move', event: quizWords.restart! };
  // ("quiz", "take the quiz" with one running: the question it waits on, shown again.)
  if (quizAskedBeside(text) === '') return { kind: 'move', event: { type: 'start' } };
  // ("forget me", "quiz pls" mid-quiz: a command asked in words is pointed to, never read as an option.)
  const hint = commandHint(text);
  if (hint) return { kind: 'command-hint', hint };
  // ("stop", "cancel quiz", "end the quiz pls": quitting it, in the words people use.)
  const word = quizWords[lower] ?? (stopsTheQuiz.test(lower) ? quizWords.quit : goesBack.test(lower) ? quizWords.back : undefined);
  if (word) return { kind: 'move', event: word };
  if (backToTheQuiz.test(lower)) return { kind: 'move', event: { type: 'start' } };
  if (asksTheResult.test(lower)) return { kind: 'stands' };
  // ("no wait" just after an answer: that answer taken back, its question asked again.)
  if (quiz.step > 0 && takesItBack.test(lower)) return { kind: 'move', event: quizWords.back! };
  // ("wait no go back to 1": back question by question to the one named, asked again with what was chosen there.)
  const backTo = goesBackTo.exec(lower);
  if (backTo) return { kind: 'back-to', step: Number(backTo[1]) - 1 };
  // ("why?", "why this question": why the diagnostic asks the question waiting, not a follow-up of anything before.)
  if (
    /^(?:(?:but|and|so|ok|hmm)[\s,]+)?why(?:\s+(?:tho|though|this(?:\s+question)?|that(?:\s+question)?|(?:are|do)\s+(?:you|u)\s+ask(?:ing)?(?:\s+(?:this|that))?))?[\s?!.]*$/i.test(
      lower,
    ) ||
    asksWhatTheQuestionMeans.test(lower) ||
    // ("why does this question matter", "whats the point of this q": why it is asked, in other words.)
    /\bwhy\s+(?:does|do|is)\s+(?:this|that|the)\s+(?:question|q)\s+(?:matter|count|important|relevant)\b|\bwhat(?:'?s|\s+is)?\s+the\s+point\s+of\s+(?:this|that|the)\s+(?:question|q)\b/i.test(
      lower,
    )
  )
    return { kind: 'why' };
  // ("how many questions left", "how many more", "how many questions r there": where the quiz stands.)
  if (
    /^(?:(?:so|and|ok|hmm)[\s,]+)?how\s+many\s+(?:more|(?:questions?|qs?)\s+(?:(?:are|r)\s+)?(?:left|more|to\s+go|remaining|there|in\s+(?:it|this|the\s+quiz|total)|is\s+(?:this|it)|does\s+it\s+have)|left|to\s+go)\b/i.test(
      lower,
    )
  )
    return { kind: 'stands' };
  // ("wait i meant pipelines for q1", "q2 should be yes" at question 4: an earlier answer, named by its question and
  // said as a correction, not a supposition, is changed there and this question stays.)
  // ("what if q4 was max comp", "what if i picked max comp here": a supposition, never this question's answer.)
  const namedEarlier = questionNamed(text);
  const earlierStep = namedEarlier ? namedEarlier.step : -1;
  // ("can i change q1 to pipelines": asked, but a change all the same.)
  const correction = /\b(?:change|changed|meant|mean|switch|set)\b/i.test(text);
  if (earlierStep >= 0 && earlierStep < quiz.step && !supposes.test(text) && (correction || !asksAnything(text))) {
    const said = text
      .replace(namedEarlier!.said, ' ')
      .replace(/^\W*(?:(?:wait|so|ok(?:ay)?|hey)[,\s]+)*(?:can|could|may)\s+i\s+/i, ' ')
      // ("no change q1 to accuracy", "sorry i mean change q1 to accuracy": the "no" takes back what was said, never
      // the option named.)
      .replace(/^\W*(?:(?:no|nah|nope|sorry|oops|my\s+bad|wait|actually|ok(?:ay)?)[,.!\s]+)+/i, ' ')
      .replace(changeWords, ' ');
    const chosen = optionTyped(quiz.earlier[earlierStep]!, said);
    if (chosen?.kind === 'option') return { kind: 'change-earlier', step: earlierStep, option: chosen.option };
  }
  // ("change q1 to pipelines" is no supposition: the answer named is changed.)
  if (asksQuizWhatIf(text) && !changesANamedAnswer.test(text)) return { kind: 'what-if' };
  const named = questionNamed(text);
  const namedStep = named ? named.step : quiz.step;
  if (namedStep !== quiz.step && namedStep >= 0 && namedStep < quiz.total && !asksAnything(text)) {
    const words = text.replace(named!.said, ' ').replace(changeWords, ' ');
    const chosen = namedStep === quiz.step - 1 ? optionTyped(quiz.earlier[namedStep]!, words) : undefined;
    if (chosen?.kind === 'option') return { kind: 'change-last', option: chosen.option };
    return { kind: 'other-question', step: namedStep };
  }
  // ("wait no 1", "actually 2", "2 actually" just after an answer: that answer taken back and the question before
  // answered again, then this one asked again.)
  const retaken = quiz.step > 0 ? takenBack(text) : undefined;
  const again = retaken === undefined ? undefined : optionTyped(quiz.earlier.at(-1)!, retaken);
  if (again?.kind === 'option') return { kind: 'change-last', option: again.option };
  // ("prob pipeline reliability? ive spent my career making test rigs not break": an answer said unsure, its question
  // mark a hedge, with nothing asked in its words.)
  const hedged =
    /\b(?:prob|probably|prolly|maybe|perhaps|i\s+guess|i\s+think|i\s+suppose|hm+|likely|mostly)\b/i.test(text) &&
    asksAnything(text) &&
    !asksAnything(text.replace(/\?+/g, '.'))
      ? optionTyped(quiz.question, text.replace(/\?+/g, ' '))
      : undefined;
  if (hedged?.kind === 'option') return { kind: 'answer', option: hedged.option, read: true };
  // ("idk whats research-y ambiguity", "which pays more rn": a question of its own, however near the options' words,
  // is answered with the quiz waiting, never taken as an answer.)
  if (asksOfItsOwn.test(lower) && (asksAnything(text) || /^\W*(?:idk|dunno|i\s+(?:don'?t|dont)\s+know)\b/i.test(lower)))
    return { kind: 'aside' };
  if (asksInShort.test(lower)) return { kind: 'aside' };
  // ("id like good pay but wouldnt do it JUST for pay. 3": the reasons, then the number they settle on.)
  const numbered = numberAmongFillers.exec(text) ?? numberAfterTheReasons.exec(text);
  if (numbered) {
    const option = options[Number(numbered[1]) - 1];
    return option ? { kind: 'answer', option, read: false } : { kind: 'out-of-range' };
  }
  // ("idk the second one i guess", "idk, the first one": the place named chooses, whatever doubt is said around it.)
  const placed = optionByPlace(options, text);
  if (placed) return { kind: 'answer', option: placed, read: true };
  // "model accuracy", "yes", "not sure", "the second one": an option's own words or place choose it, as its number does.
  // ("he likes both i think", answering for a son: said of him as he would say it.)
  const typed =
    optionTyped(quiz.question, skipsTheQuestion.test(lower) ? 'skip' : text) ?? optionTyped(quiz.question, inTheFirstPerson(text));
  // ("not sure, i am his mother": the answer, then who is answering, told aside.)
  const firstClause = typed === undefined && !asksAnything(text) ? /^([^,.;!]{2,40})[,.;!]\s+\S/.exec(text)?.[1] : undefined;
  const ofTheFirstClause = firstClause ? optionTyped(quiz.question, firstClause) : undefined;
  if (ofTheFirstClause?.kind === 'option') return { kind: 'answer', option: ofTheFirstClause.option, read: true };
  // ("yes deeply actually, ive been doing a stats course on the side": an option's whole label said first, then why;
  // the why's words, "a stats course", never outweigh it.)
  const labelled = labelOpening(options, text);
  if (labelled && !(typed?.kind === 'option' && typed.option === labelled)) return { kind: 'answer', option: labelled, read: true };
  if (typed?.kind === 'option')
    return { kind: 'answer', option: typed.option, read: !namesNumber(text, options.indexOf(typed.option) + 1) };
  if (typed?.kind === 'ambiguous') return { kind: 'ambiguous', options: typed.options };
  // ("the substrate i guess" at question 4: an answer to an earlier question, said so, with how to change that one.)
  // ("kinda both", "not really" at question 4: a degree alone says nothing of which question it answers.)
  // ("money matters a lot ngl" at question 3 is no answer to question 2 for its "a lot": a line read as an earlier
  // question's answer names something of that question, its topic or an option's words.)
  const earlier =
    asksAnything(text) || saysOnlyADegree(text)
      ? -1
      : quiz.earlier.findLastIndex((q) => optionTyped(q, text)?.kind === 'option' && namesSomethingOf(q, text));
  if (earlier >= 0) {
    const typedThere = optionTyped(quiz.earlier[earlier]!, text);
    if (typedThere?.kind === 'option') return { kind: 'earlier-option', step: earlier, option: typedThere.option };
  }
  // "pipelinez", "hmm idk man": a few words that choose no option and ask nothing are an answer not understood, not a
  // question to decline; who they are, told aside ("im in lagos btw"), is noted as it would be outside the quiz.
  // ("hii", "hey again" when they come back to it: a greeting, greeted back with the question waiting.)
  if (!asksAnything(text) && !acknowledges(text) && !toldAside(text) && !greetsOrTakesLeave(text)) return { kind: 'not-understood' };
  return { kind: 'aside' };
}

/**
 * The question a line names, zero-based, with the words that name it: "q2", "question 2", "for the first question",
 * "the first one was pipelines" (a place said of "one" only where something is said of it, "the first one" alone being
 * an option's place).
 */
function questionNamed(text: string): { step: number; said: string } | undefined {
  const numbered = /\b(?:q|question)\s*#?\s*(\d)\b/i.exec(text);
  if (numbered) return { step: Number(numbered[1]) - 1, said: numbered[0] };
  const placed =
    /\b(?:for\s+|on\s+|in\s+|to\s+)?(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:question|q\b|one(?=\s+(?:was|is|should\s+(?:be|have\s+been)|to)\b))/i.exec(
      text,
    );
  return placed ? { step: ordinalPlaces[placed[1]!.toLowerCase()]!, said: placed[0] } : undefined;
}

/**
 * What `line`, typed with no quiz running, means for the quiz, if anything. `afterResult`: the line before showed a
 * result; `quizFinished`: a quiz was finished earlier in this conversation.
 */
export function readLineBesideQuiz(line: string, seen: { afterResult: boolean; quizFinished: boolean }): LineBesideQuiz | undefined {
  const text = line.trim();
  const lower = text.toLowerCase();
  const retaken = seen.afterResult ? takenBack(text) : undefined;
  // ("actually 2", "wait no 3", "sorry i meant low" right after the result: the last answer changed, which a finished
  // quiz answers as a what-if, its answers kept.)
  // ("wait how much do mle make", "wait why", "wait really?" right after it: a question, no answer taken back.)
  if (retaken !== undefined && !/\b(?:change|answer|undo|back)\b/i.test(retaken) && !asksAnything(retaken))
    return { kind: 'what-if', question: `what if i had said ${retaken.replace(/[?!.\s]+$/, '')} on the last one` };
  // ("ok restart" after the result, or after questions asked about it: the quiz taken again, from its first question.)
  if ((seen.afterResult || seen.quizFinished) && (restartsTheQuiz.test(lower) || takesItOnceMore.test(lower))) return { kind: 'retake' };
  // ("back" right after the result, whose last answer said "type back to change it": that answer is changed as a what-if.)
  if (lower === 'back' && (seen.afterResult || seen.quizFinished)) return { kind: 'nothing-to-change' };
  if (/^\d+$/.test(text) || lower === 'back' || lower === 'restart') return { kind: 'no-quiz' };
  // ("wait change my last answer", "undo" after the result: a finished quiz's answers stay; what another would change
  // is a what-if, and the quiz can be taken again.)
  if (
    goesBack.test(lower) ||
    takesItBack.test(lower) ||
    /^\W*(?:wait[\s,]+)?(?:can\s+i\s+)?change\s+(?:my\s+)?(?:answers?|q\d|question\s+\d)\W*$/.test(lower)
  )
    return { kind: 'nothing-to-change' };
  const told = quizAskedBeside(text);
  if (told === undefined) return undefined;
  // ("im a backend dev 2 yoe. quiz pls": who they are, told with it, is noted first, as it would be alone.)
  // ("im confused, give me the quiz": how they feel about the choice is what the quiz is for, nothing to note.)
  return told !== '' && mayTellAboutThemselves(told) && !standsBeforeTheChoice.test(told) ? { kind: 'start', told } : { kind: 'start' };
}
