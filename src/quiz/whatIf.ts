/**
 * "what if i had said yes on q2?", "what if i said no to the stats question", "what if q2 was yes deeply": a finished
 * quiz scored again with one answer changed, to say what the result would have been. Platform-neutral; the answers
 * are the option ids a result was reached with, in step order.
 */
import type { OutcomeId, QuizDefinition, QuizOption } from './definition.js';
import { ordinalPlaces } from '../question/ordinals.js';
import { scoreQuiz } from './scoring.js';
import { optionTyped } from './typedOption.js';

/** A quiz answer changed, and what the quiz would have said. */
export type WhatIfAnswer =
  /** `to` was already the answer given at `step` (from 0). */
  | { kind: 'same'; step: number; option: QuizOption; outcome: OutcomeId }
  /** With `to` instead of `from` at `step`, the result would be `outcome` (`was`: the result reached). */
  | {
      kind: 'changed';
      step: number;
      from: QuizOption;
      to: QuizOption;
      outcome: OutcomeId;
      was: OutcomeId;
      counts: { mle: number; de: number; both: number };
      /** Every answer changed, in step order, when the line changes several ("yes on q2 and models on q3"). */
      changes?: { step: number; from: QuizOption; to: QuizOption }[];
    }
  /**
   * The question is told (or none), but not which of its options: with the question, each other answer it could have
   * been and the result it would give.
   */
  | { kind: 'unclear'; step?: number; alternatives?: { option: QuizOption; outcome: OutcomeId }[] };

/** "what if i (had) said …", "what if q2 was …", "what would it be if i answered …": an answer of the quiz changed. */
const asksWhatIf =
  /^\s*(?:(?:so|and|but|ok(?:ay)?|hm+|wait)[,\s]+)*(?:what\s+if|what\s+about\s+if|and\s+if|what\s+(?:would|will)\s+(?:it|the\s+result|my\s+result|i\s+get|i\s+have\s+gotten)\s+(?:be\s+|have\s+been\s+)?if)\s+(?:i\s+(?:had\s+|would\s+have\s+|'?d\s+)?(?:said|say|answered|answer|picked|pick|chose|choose|chosen|put|went\s+with|go\s+with|changed?|switched?|clicked|flip(?:ped)?|swap(?:ped)?|reversed?)\b|(?:q|question)\s*\d\b|(?:the\s+)?(?:first|second|third|fourth|fifth|last)\s+(?:question|answer|one)\b|my\s+(?:answer|q\d))/i;
/** The opening of such a line, up to what was said ("what if i had said"). */
const opening =
  /^\s*(?:(?:so|and|but|ok(?:ay)?|hm+|wait)[,\s]+)*(?:what\s+if|what\s+about\s+if|and\s+if|what\s+(?:would|will)\s+(?:it|the\s+result|my\s+result|i\s+get|i\s+have\s+gotten)\s+(?:be\s+|have\s+been\s+)?if)(?:\s+i\s+(?:had\s+|would\s+have\s+|'?d\s+)?(?:said|say|answered|answer|picked|pick|chose|choose|chosen|put|went\s+with|go\s+with|changed?|switched?|clicked|flip(?:ped)?|swap(?:ped)?|reversed?))?\b/i;

/** "q2", "question 2", "#2", "the second question", "the last one": a step named by its place. */
const stepNamed =
  /(?:\b(?:on|for|to|in|at)\s+)?(?:\b(?:q|question)\s*(\d)\b|#(\d)\b|\b(?:the\s+)?(first|second|third|fourth|fifth|last)\s+(?:question|q|one)\b)/i;

/** Words around an option that choose nothing ("was", "instead", "on the"). */
const around =
  /\b(?:on|for|to|in|at|instead|of|the|was|were|is|be|been|would|it|then|there|that|question|q|one|answer|my|a|an|too|also|as\s+well|what\s+happens|what\s+then|what\s+would\s+(?:it|that)\s+be|instead)\b/gi;

/** Between two answers changed in one line: "…yes on q2 and models on q3", "…q1 pipelines, q4 no". */
const betweenChanges =
  /\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:also\s+)?|\s+plus\s+|\s*&\s*)(?:if\s+)?(?:i\s+(?:had\s+)?(?:said|picked|put|answered|chose)\s+)?/i;

/**
 * Other ways people put a what-if, in the words the patterns read: "i'd said" ("what if i'd said low on q5"), "would
 * it change if i said …", "if i said no to stats would it change", "can i change my answer to q5 to high".
 */
function asAWhatIf(text: string): string {
  const step = String.raw`(?:q\s*\d|question\s*\d|the\s+(?:first|second|third|fourth|fifth|last)\s+(?:one|question|q))`;
  return (
    text
      // ("wait i meant high on the last one", after the result: the answer changed, asked as a what-if.)
      .replace(
        new RegExp(
          String.raw`^\s*(?:(?:wait|oh|oops|sorry|no|actually)[,\s]+)*i\s+meant\s+(.{1,40}?)\s+(?:on|for|at)\s+(${step})\s*[?!.]*\s*$`,
          'i',
        ),
        'what if i had said $1 on $2',
      )
      // ("can i change my answer to q5 to high", "change q5 to high", "wait can i change q4 to max comp", "actually change
      // my answer to q2, i loved stats": the same.)
      .replace(
        new RegExp(
          String.raw`^\s*(?:(?:wait|oh|ok(?:ay)?|so|actually|hey|hm+)[,\s]+)*(?:(?:can|could)\s+i\s+)?(?:change|switch|set)\s+(?:my\s+answer\s+(?:to|on|for)\s+)?(${step})(?:\s+answer)?(?:\s+to\s+|\s*[,:]\s*)(.{1,40}?)\s*[?!.]*\s*$`,
          'i',
        ),
        'what if i had said $2 on $1',
      )
      .replace(/\bi['’]?d\s+(?=(?:said|answered|picked|chosen|chose|put|gone\s+with|went\s+with)\b)/gi, 'i had ')
      .replace(
        /^\s*(?:(?:so|and|but|ok(?:ay)?|hm+|wait)[,\s]+)*(?:would|will|does|did)\s+(?:it|that|the\s+result|my\s+result)\s+(?:change|be\s+different|flip)\s+if\s+/i,
        'what if ',
      )
      .replace(
        /^\s*(?:(?:so|and|but|ok(?:ay)?|hm+|wait)[,\s]+)*if\s+(i\s+(?:had\s+)?(?:said|answered|picked|chose|put|went\s+with)\b.*?)[\s,]*(?:would|will|does)\s+(?:it|that|the\s+result|my\s+result)\s+(?:change|be\s+different|flip)\s*\??\s*$/i,
        'what if $1',
      )
      // ("what if i changed q3" → "and q1?", "ok what about q5": another question of the quiz, changed in turn; "what
      // about the last one" may be of a list, so only a question named by its number.)
      .replace(
        /^\s*(?:(?:ok(?:ay)?|so|hm+|and)[,\s]+)*(?:and|what\s+about|how\s+about|and\s+(?:for|on))\s+(q\s*\d|question\s*\d)(?:\s+(?:then|tho|instead))?\s*[?!.]*\s*$/i,
        'what if i changed $1',
      )
      // ("what if i said yes to q3" → "wait i meant q2 not q3": the question named instead, changed in turn.)
      .replace(
        /^\s*(?:(?:wait|oh|oops|sorry|no|nah|actually|my\s+bad)[,\s]+)*i\s+meant?\s+(q\s*\d|question\s*\d)(?:\s*,?\s*not\s+(?:q\s*\d|question\s*\d))?\s*[?!.]*\s*$/i,
        'what if i changed $1',
      )
      // ("and q5 low too", right after a what-if: one more answer changed on top of it.)
      .replace(
        new RegExp(
          String.raw`^\s*(?:and|also|plus)\s+(${step})\s+(?:was\s+|as\s+|to\s+)?(.{1,40}?)\s+(too|also|as\s+well)\s*[?!.]*\s*$`,
          'i',
        ),
        'and if $1 was $2 $3',
      )
      // ("if q2 was yes instead", "if i had picked yes for stats": a what-if without its "what".)
      .replace(
        new RegExp(
          String.raw`^\s*(?:(?:so|and|but|ok(?:ay)?|hm+|wait)[,\s]+)*if\s+(?=(?:i\s+(?:had\s+)?(?:said|answered|picked|chose|chosen|put|went\s+with|clicked)|${step}\s+(?:was|were|had\s+been|is)|my\s+answer)\b)`,
          'i',
        ),
        'what if ',
      )
  );
}

/** "on everything", "for all of them", "on every question": one answer given to each question. */
const everyQuestion =
  /\s+(?:on|for|to|in)\s+(?:everything|every\s+(?:question|one|q)|all(?:\s+of\s+them|\s+(?:the\s+)?(?:questions|qs|five|5))?)\b/i;

/** "what if i flipped q1 and q3", "switch q2": the answer named turned to the other role's (a middle one has none). */
const flips = /\b(?:flip(?:ped)?|switch(?:ed)?|swap(?:ped)?|reverse[ds]?|invert(?:ed)?|opposite\s+(?:on|for|of))\b/i;

/**
 * "what if i hated stats", "what if money didnt matter", "what if i was fine with ambiguity": a what-if in the person's
 * own words, naming no answer nor question; a quiz's only when the words choose one option of one question.
 */
const inTheirOwnWords =
  /^\s*(?:(?:so|and|but|ok(?:ay)?|hm+|wait)[,\s]+)*(?:what\s+if|and\s+if)\s+(?:i\s+(?:was|were|am|had|hated?|liked?|loved?|didn'?t|did\s+not|don'?t|do\s+not|cared?|wanted?|prefer(?:red)?|enjoy(?:ed)?|was\s+into|am\s+into)\b|(?:money|pay|comp|tc|stats|statistics|math|ambiguity|models?|pipelines?)\s+(?:didn'?t|did\s+not|doesn'?t|does\s+not|wasn'?t|was|were|mattered|matters|is)\b)/i;

/** Whether a line is a what-if in the person's own words, naming no answer nor question ("what if i hated stats"). */
export function asksWhatIfInOwnWords(text: string): boolean {
  return !asksQuizWhatIf(text) && inTheirOwnWords.test(text);
}

/** Whether a line asks what a finished quiz would have said with an answer changed. */
export function asksQuizWhatIf(text: string): boolean {
  return asksWhatIf.test(asAWhatIf(text));
}

/**
 * What the quiz would have said had one answer been `text`'s: the step named by its number or place, or by a word of
 * its topic ("the stats question", "the comp one"); the option by its words or place ("yes deeply", "option 1").
 * When no step is named, the one question whose options alone the words typed choose. `answers`: the option ids given.
 */
export function quizWhatIf(quiz: QuizDefinition, answers: readonly string[], typed: string): WhatIfAnswer {
  const said = asAWhatIf(typed);
  // ("what if i said 1 on everything": the same answer to each question, every one changed.)
  const text = everyQuestion.test(said)
    ? said
        .replace(everyQuestion, '')
        .replace(/^(.*?)\s*[?!.]*\s*$/, (_, all: string) =>
          [all.replace(opening, (o) => o.trim()), ...quiz.questions.slice(1).map(() => all.replace(opening, '').trim())]
            .map((part, i) => `${part} on q${i + 1}`)
            .join(' and '),
        )
    : said;
  const flipped = flipsOf(quiz, answers, text);
  if (flipped) return flipped;
  // ("what if i said yes on q2 and models on q3": each part an answer changed, all of them scored together.)
  const parts = text
    .replace(opening, ' ')
    .split(betweenChanges)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    const each = parts.map((part) => oneChanged(quiz, answers, `what if ${part}`));
    const steps = new Set(each.map((e) => (e.kind === 'unclear' ? -1 : e.step)));
    if (!steps.has(-1) && steps.size === each.length) return scoredTogether(quiz, answers, each);
  }
  return oneChanged(quiz, answers, text);
}

/**
 * "what if i flipped q1 and q3": each question named answered with the option leaning to the other role. Undefined when
 * the line flips nothing; unclear when an answer named leaned to neither (nothing to flip it to).
 */
function flipsOf(quiz: QuizDefinition, answers: readonly string[], text: string): WhatIfAnswer | undefined {
  if (!flips.test(text)) return undefined;
  const steps = [...text.matchAll(new RegExp(stepNamed.source, 'gi'))]
    .map((m) => stepOfPlace(m, quiz.questions.length))
    .filter((step) => step !== undefined);
  if (steps.length === 0) return undefined;
  const each: WhatIfAnswer[] = [...new Set(steps)].map((step) => {
    const question = quiz.questions[step]!;
    const given = question.options.find((o) => o.id === answers[step]);
    const other = given?.lean === 'mle' ? 'de' : given?.lean === 'de' ? 'mle' : undefined;
    const to = question.options.find((o) => o.lean === other);
    return to ? scored(quiz, answers, step, to) : unclear(quiz, answers, step);
  });
  if (each.some((e) => e.kind === 'unclear')) return each.find((e) => e.kind === 'unclear');
  return each.length === 1 ? each[0] : scoredTogether(quiz, answers, each);
}

function oneChanged(quiz: QuizDefinition, answers: readonly string[], text: string): WhatIfAnswer {
  // ("…the first one on the last question": the place that names a question is the step; another is the option's.)
  const places = [...text.matchAll(new RegExp(stepNamed.source, 'gi'))];
  const placed = places.find((m) => /\b(?:q|question)\b|\bq\s*\d|#/i.test(m[0])) ?? places[0];
  const byPlace = placed ? stepOfPlace(placed, quiz.questions.length) : undefined;

  const said = (placed ? text.replace(placed[0], ' ') : text).replace(opening, ' ');
  const optionWords = (words: string) =>
    words
      .replace(around, ' ')
      .replace(/[?!.,;:]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const chosen = (step: number, words: string) => {
    const typed = words ? optionTyped(quiz.questions[step]!, words) : undefined;
    return typed?.kind === 'option' ? typed.option : undefined;
  };
  if (byPlace !== undefined) {
    const option = chosen(byPlace, optionWords(said));
    return option ? scored(quiz, answers, byPlace, option) : unclear(quiz, answers, byPlace);
  }
  // ("what if i said no to the stats question", "…1 on the math one": the question named by a word of its own, the
  // rest its option; "what if i said pipelines": that word may be the option's too.)
  const topic = stepOfTopic(quiz, said);
  if (topic !== undefined) {
    const option =
      chosen(topic.step, optionWords(said.replace(new RegExp(`\\b${topic.word}\\b`, 'i'), ' '))) ?? chosen(topic.step, optionWords(said));
    return option ? scored(quiz, answers, topic.step, option) : unclear(quiz, answers, topic.step);
  }
  // ("what if i said max comp", "what if i picked model accuracy": the one question an option of which those words choose.)
  const found = quiz.questions.flatMap((_, step) => {
    const option = chosen(step, optionWords(said));
    return option ? [{ step, option }] : [];
  });
  return found.length === 1 ? scored(quiz, answers, found[0]!.step, found[0]!.option) : { kind: 'unclear' };
}

/** A question named without its answer: each other answer it could have been, and the result each would give. */
function unclear(quiz: QuizDefinition, answers: readonly string[], step: number): WhatIfAnswer {
  const alternatives = quiz.questions[step]!.options.filter((o) => o.id !== answers[step]).map((option) => ({
    option,
    outcome: scoreQuiz(
      quiz,
      answers.map((id, i) => (i === step ? option.id : id)),
    ).outcome,
  }));
  return { kind: 'unclear', step, alternatives };
}

function stepOfPlace(placed: RegExpMatchArray, total: number): number | undefined {
  const number = placed[1] ?? placed[2];
  const place = placed[3]?.toLowerCase();
  const step = number ? Number(number) - 1 : place === 'last' ? total - 1 : place ? ordinalPlaces[place] : undefined;
  return step !== undefined && step >= 0 && step < total ? step : undefined;
}

/** Words too common to name a question by ("the", "you", "more"). */
const commonWords = new Set([
  ...['the', 'and', 'you', 'one', 'for', 'did', 'had', 'was', 'not', 'run', 'how', 'why', 'all', 'any', 'but', 'say', 'got'],
  ...['what', 'said', 'with', 'they', 'that', 'this', 'more', 'want', 'work', 'have', 'would', 'question', 'answer', 'picked'],
]);

/**
 * "the stats question", "the money one": the one question whose topic or names have a word sharing its first four
 * letters with one typed (a word of three letters, whole).
 */
function stepOfTopic(quiz: QuizDefinition, text: string): { step: number; word: string } | undefined {
  const typed = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((t) => t.length >= 3 && !commonWords.has(t));
  const hits = quiz.questions.flatMap((question, step) => {
    const topicWords = [...(question.topic.toLowerCase().match(/\p{L}+/gu) ?? []), ...(question.names ?? [])].filter(
      (w) => w.length >= 3 && !commonWords.has(w),
    );
    // (Four letters in common, "stats" and "statistics"; a word of three, "pay", whole.)
    const word = typed.find((t) => topicWords.some((w) => (t.length >= 4 && w.length >= 4 ? w.slice(0, 4) === t.slice(0, 4) : w === t)));
    return word ? [{ step, word }] : [];
  });
  return hits.length === 1 ? hits[0] : undefined;
}

function scored(quiz: QuizDefinition, answers: readonly string[], step: number, to: QuizOption): WhatIfAnswer {
  const was = scoreQuiz(quiz, [...answers]).outcome;
  const from = quiz.questions[step]!.options.find((o) => o.id === answers[step])!;
  if (from.id === to.id) return { kind: 'same', step, option: to, outcome: was };
  const changed = answers.map((id, i) => (i === step ? to.id : id));
  const result = scoreQuiz(quiz, changed);
  return { kind: 'changed', step, from, to, outcome: result.outcome, was, counts: result.counts };
}

/** Several answers changed at once: scored together, the steps in order. */
function scoredTogether(quiz: QuizDefinition, answers: readonly string[], each: WhatIfAnswer[]): WhatIfAnswer {
  const changes = each
    .flatMap((e) => (e.kind === 'changed' ? [{ step: e.step, from: e.from, to: e.to }] : []))
    .sort((a, b) => a.step - b.step);
  const [first] = changes;
  if (!first) return each[0]!;
  const was = scoreQuiz(quiz, [...answers]).outcome;
  const changed = answers.map((id, i) => changes.find((c) => c.step === i)?.to.id ?? id);
  const result = scoreQuiz(quiz, changed);
  return { kind: 'changed', ...first, outcome: result.outcome, was, counts: result.counts, ...(changes.length > 1 ? { changes } : {}) };
}

/**
 * The one question a line speaks of, zero-based: by its number or place ("q3", "the last question"), or by a word of
 * its topic ("i said i kinda wanted money": the comp question); undefined when it names none, or several.
 */
export function questionSpokenOf(quiz: QuizDefinition, text: string): number | undefined {
  const placed = stepNamed.exec(text);
  return (placed ? stepOfPlace(placed, quiz.questions.length) : undefined) ?? stepOfTopic(quiz, text)?.step;
}
