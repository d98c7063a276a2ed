/**
 * Currencies people ask figures in ("in rupees?", "de salary in euros"). The sources give pay in US dollars and, for
 * Nigeria, in naira, and convert none: a question in another currency is answered with the figures as given, saying so.
 */

/** Each currency by the name an answer gives it, with the words and signs a question may name it by. */
export const currencies: readonly [name: string, asked: RegExp][] = [
  ['US dollars', /\b(?:(?:us|american)\s+)?dollars?\b|\busd\b/i],
  ['naira', /\bnaira\b|\bngn\b|₦/i],
  ['rupees', /\brupees?\b|\b(?:inr|pkr|lkr|npr)\b|₹|\b(?:lpa|lakhs?|lacs?|crores?|cr)\b/i],
  ['euros', /\beuros?\b|\beur\b|€/i],
  ['pounds', /\b(?:pounds?(?:\s+sterling)?|gbp|quid)\b|£/i],
  ['reais', /\breais\b|\bbrl\b/i],
  ['yen', /\byen\b|\bjpy\b|¥/i],
  ['Canadian dollars', /\bcad\b|\bcanadian\s+dollars?\b/i],
  ['pesos', /\bpesos?\b|\bmxn\b/i],
  ['Australian dollars', /\baud\b|\baustralian\s+dollars?\b/i],
  ['dirhams', /\bdirhams?\b|\baed\b/i],
  ['rand', /\brand\b|\bzar\b/i],
  ['shillings', /\bshillings?\b|\bkes\b/i],
  ['the local currency', /\b(?:local|my|our)\s+currency\b/i],
];

/** The words of `currencies`, as a regular-expression source for a check typed alone ("in euros?", "usd?"). */
export const currencyWords =
  '(?:usd|(?:us\\s+|american\\s+|canadian\\s+)?dollars?|naira|ngn|rupees?|inr|pkr|lkr|npr|lpa|lakhs?|euros?|eur|pounds?|gbp|quid|reais|brl|yen|jpy|cad|pesos?|mxn|aud|australian\\s+dollars?|dirhams?|aed|zar|shillings?|kes|(?:local|my|our)\\s+currency)';

/** The currency a question names, by the name an answer gives it ("canadian dollars" before "dollars"). */
export function currencyAsked(question: string): string | undefined {
  // ("whats 3.0m naira in dollars": of two currencies, the one the figure is asked in, after "in" or "to".)
  const into = /\b(?:in|into|to)\s+((?:\S+\s+){0,2}\S+)\s*[?!.]*$/i.exec(question.trim())?.[1];
  const target = into === undefined ? undefined : [...currencies].reverse().find(([, pattern]) => pattern.test(into))?.[0];
  return target ?? [...currencies].reverse().find(([, pattern]) => pattern.test(question))?.[0];
}
