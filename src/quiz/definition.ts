/**
 * The diagnostic quiz as data (knowledge/quiz.json): questions, options and which way each leans, and
 * per outcome the passages behind it. Validated with zod, then checked against the passages it cites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonData } from '../knowledge/jsonData.js';
import type { Passage } from '../knowledge/passages.js';
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/types.js';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
/** Options are shown as buttons, and chat platforms cap a button label at 80 characters. */
const buttonLabel = z.string().min(1).max(80);

const citedQuote = z.strictObject({ passage: z.string().min(1), quote: z.string().min(1) });

/**
 * A quote behind an outcome. `presumes` names the questions (by id) whose answer it takes for granted ("enjoy math and
 * statistics" presumes the statistics question): when that answer leaned to the other role, the quote is not shown,
 * as it would say of the person what they denied. An `alternative` is shown only in place of a quote so dropped.
 */
const whyQuote = z.strictObject({
  passage: z.string().min(1),
  quote: z.string().min(1),
  presumes: z.array(slug).min(1).optional(),
  alternative: z.literal(true).optional(),
});

const optionSchema = z.strictObject({
  /** Short, because a button's custom id (at most 100 characters on chat platforms) carries it. */
  id: slug.max(40),
  label: buttonLabel,
  lean: z.enum(['mle', 'de', 'both']),
  /** The words of the question's passage that say where this answer leans. */
  quote: z.string().min(1).optional(),
  /**
   * What people type for this option in words its label lacks ("not about money" for "I wouldn't do ML just for the
   * pay"): each phrase chooses it when its words come in order in what was typed; the longest phrase found wins.
   */
  typed: z.array(z.string().min(2).max(60)).max(80).optional(),
  /**
   * The option a softened choice of this one is ("money matters i guess" for "Maximum comp is the priority" is "It
   * matters, but it won't decide"): the id of another option of the same question.
   */
  softened: slug.max(40).optional(),
});

const questionSchema = z.strictObject({
  id: slug,
  /** A few words naming the question in a result ("comp ceiling"). */
  topic: z.string().min(1).max(60),
  /** Words people name the question by, beside its topic's ("math", "money": "what if i said yes on the math one"). */
  names: z.array(z.string().min(2).max(30)).max(12).optional(),
  prompt: z.string().min(1).max(300),
  passage: z.string().min(1),
  options: z
    .array(optionSchema)
    .min(2)
    .max(4, 'at most 4 options, so they fit one row of buttons beside nothing else')
    .refine((options) => new Set(options.map((o) => o.id)).size === options.length, 'option ids must be unique')
    .refine((options) => options.some((o) => o.lean === 'both'), 'needs an honest middle option (lean "both")')
    .refine(
      (options) => options.every((o) => o.softened === undefined || options.some((other) => other.id === o.softened && other !== o)),
      'softened must name another option of the question',
    ),
});

const outcomeSchema = z.strictObject({
  label: z.string().min(1).max(80),
  why: z
    .array(whyQuote)
    .min(1)
    .refine((quotes) => quotes.some((q) => !q.alternative), 'needs at least one quote that is not an alternative'),
  nextSteps: z.array(z.strictObject({ label: z.string().min(1).max(80), quotes: z.array(citedQuote).min(1) })).min(1),
});

export const quizSchema = z.strictObject({
  $comment: z.string().optional(),
  id: slug,
  title: z.string().min(1),
  /** The article section the questions come from; their citations name it. */
  source: z.strictObject({ document: z.string().min(1), section: z.string().min(1) }),
  questions: z
    .array(questionSchema)
    .min(1)
    // Every set of answers is weighed when explaining what would change a result; 8 keeps that instant.
    .max(8, 'at most 8 questions: a diagnostic should be short')
    .refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, 'question ids must be unique'),
  outcomes: z.strictObject({ mle: outcomeSchema, de: outcomeSchema, hybrid: outcomeSchema }),
});

/** The validated contents of knowledge/quiz.json. */
export type QuizDefinition = z.infer<typeof quizSchema>;
/** One diagnostic question with its options. */
export type QuizQuestion = QuizDefinition['questions'][number];
/** One answer a person can give, and which way it leans. */
export type QuizOption = QuizQuestion['options'][number];
/** Toward ML Engineer, toward Data Engineer, or both. */
export type Lean = QuizOption['lean'];
/** ML Engineer, Data Engineer, or the hybrid. */
export type OutcomeId = keyof QuizDefinition['outcomes'];
/** Words quoted from a passage, named by its id. */
export type CitedQuote = z.infer<typeof citedQuote>;
/** A quote behind an outcome, with the answers it presumes. */
export type WhyQuote = z.infer<typeof whyQuote>;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every passage the quiz cites must exist, and every quote must be in it word for word. */
export function checkQuizReferences(quiz: QuizDefinition, passage: (id: string) => Passage | undefined): string[] {
  const problems: string[] = [];
  const check = (where: string, id: string, quote?: string) => {
    const found = passage(id);
    if (!found) problems.push(`${where}: no passage "${id}" in the articles`);
    else if (quote !== undefined && !squash(found.text).includes(squash(quote))) {
      problems.push(`${where}: the quote "${quote}" is not in passage "${id}"`);
    }
  };
  quiz.questions.forEach((question, q) => {
    const found = passage(question.passage);
    if (found && (found.source !== quiz.source.document || !found.section.startsWith(quiz.source.section))) {
      problems.push(`questions.${q}.passage: "${question.passage}" is not under ${quiz.source.document} › ${quiz.source.section}`);
    }
    check(`questions.${q}.passage`, question.passage);
    question.options.forEach((option, o) => {
      if (option.quote !== undefined) check(`questions.${q}.options.${o}.quote`, question.passage, option.quote);
    });
  });
  for (const [id, outcome] of Object.entries(quiz.outcomes)) {
    for (const [i, c] of outcome.why.entries()) {
      check(`outcomes.${id}.why.${i}`, c.passage, c.quote);
      for (const presumed of c.presumes ?? []) {
        if (!quiz.questions.some((q) => q.id === presumed)) problems.push(`outcomes.${id}.why.${i}.presumes: no question "${presumed}"`);
      }
    }
    for (const [s, step] of outcome.nextSteps.entries()) {
      for (const [i, c] of step.quotes.entries()) check(`outcomes.${id}.nextSteps.${s}.quotes.${i}`, c.passage, c.quote);
    }
  }
  return problems;
}

/** Loads knowledge/quiz.json and checks it against the passages; throws KnowledgeError with file and line. */
export function loadQuiz(knowledgeDir: string, passage: (id: string) => Passage | undefined): QuizDefinition {
  const file = join(knowledgeDir, 'quiz.json');
  const quiz = readJsonData(file, quizSchema);
  const problems = checkQuizReferences(quiz, passage);
  if (problems.length > 0) {
    const lines = readFileSync(file, 'utf8').split('\n');
    throw new KnowledgeError(problems.map((message): KnowledgeProblem => ({ file, line: lineOf(lines, message), message })));
  }
  return quiz;
}

/** The first line holding the quoted value a problem names, so the error points at it. */
function lineOf(lines: string[], message: string): number {
  const quoted = /"([^"]+)"/.exec(message)?.[1];
  // A whole JSON string first ("statistic" is not the id "statistics"), then any line holding the text.
  const index =
    quoted === undefined
      ? -1
      : ([JSON.stringify(quoted), JSON.stringify(quoted).slice(1, -1)]
          .map((text) => lines.findIndex((line) => line.includes(text)))
          .find((i) => i >= 0) ?? -1);
  return index + 1 || 1;
}
