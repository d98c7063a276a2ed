/**
 * An option chosen by typing its words instead of its number or button: "model accuracy", "pipelines", "yes",
 * "not sure". Platform-neutral: the console and a chat thread both read a typed line with it.
 */
import type { QuizOption, QuizQuestion } from './definition.js';

/** More words than an option's label has is a question, not a choice ("is model accuracy what matters most?"). */
const maxTypedWords = 6;

/** Lowercase words, punctuation and "i'd"-style apostrophes aside. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** "pipelines" is "pipeline", "modelling" starts "model": a typed word names a label's word when one starts the other. */
function names(typed: string, label: string): boolean {
  const shorter = Math.min(typed.length, label.length);
  if (shorter < 3) return typed === label;
  return typed.startsWith(label.slice(0, Math.max(3, label.length - 2))) || label.startsWith(typed.slice(0, Math.max(3, typed.length - 1)));
}

/**
 * The option of `question` whose label holds every word typed, when exactly one does; undefined otherwise (a
 * number, a question, words of two options, or none). Case, punctuation and plurals do not matter.
 */
export function optionTyped(question: Pick<QuizQuestion, 'options'>, text: string): QuizOption | undefined {
  const typed = wordsOf(text);
  if (typed.length === 0 || typed.length > maxTypedWords || typed.every((w) => /^\d+$/.test(w))) return undefined;
  const matching = question.options.filter((option) => {
    const label = wordsOf(option.label);
    return typed.every((word) => label.some((l) => names(word, l)));
  });
  return matching.length === 1 ? matching[0] : undefined;
}
