/**
 * Which of the readings the bot asked back a typed line chooses by its place ("1", "1.", "#2", "option 1", "the first
 * one", "lol 1", "2nd pls"). Platform-neutral: the console and the core (a number typed on Discord) read it alike.
 */
import { ordinalPlaces } from '../question/ordinals.js';

/** Words around a place that choose nothing ("the first one pls", "lol 1", "i guess 2", "number 2"). */
const around = new Set([
  'the',
  'one',
  'option',
  'opt',
  'choice',
  'number',
  'no',
  'num',
  'pls',
  'plz',
  'please',
  'lol',
  'lmao',
  'haha',
  'ok',
  'okay',
  'k',
  'yeah',
  'yea',
  'yes',
  'ya',
  'yep',
  'uh',
  'um',
  'hmm',
  'i',
  'guess',
  'ig',
  'mean',
  'meant',
  'tbh',
  'prob',
  'probably',
  'go',
  'with',
  'id',
  'say',
  'then',
]);

const cardinals: Readonly<Record<string, number>> = { one: 0, two: 1, three: 2, four: 3, five: 4 };

/**
 * The zero-based place among `count` readings that `text` chooses, or undefined when it chooses none (a question, other
 * words, two places, or a place beyond the list). "one" alone is the first; "the first one" is too.
 */
export function choiceTyped(text: string, count: number): number | undefined {
  if (text.includes('?') || text.length > 40) return undefined;
  const words = text
    .toLowerCase()
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' ')
    .replace(/[#.,!:)(]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const place = (w: string) => (w === 'last' ? count - 1 : /^\d$/.test(w) ? Number(w) - 1 : ordinalPlaces[w]);
  const placed = words.map(place).filter((i) => i !== undefined);
  const rest = words.filter((w) => place(w) === undefined && !around.has(w) && cardinals[w] === undefined);
  if (rest.length > 0) return undefined;
  // ("two", "one pls": a number in words, where no place is said otherwise; "the second one" is not "one".)
  const counted = words.filter((w) => cardinals[w] !== undefined);
  const chosen = placed.length === 1 ? placed[0]! : placed.length === 0 && counted.length === 1 ? cardinals[counted[0]!] : undefined;
  return chosen !== undefined && chosen >= 0 && chosen < count ? chosen : undefined;
}
