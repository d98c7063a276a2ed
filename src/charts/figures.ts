/**
 * Reads the figures a passage states: money (dollars or naira, an amount or a range, "K" and "m" shorthands,
 * an open top "+", per year or "/ month") and percentages, each with the words that say what it is (base pay
 * or total comp) and the exact text it was read from, so that a chart can show only what a source says.
 */

/** What a figure counts: US dollars, Nigerian naira, or a percentage. */
export type FigureUnit = 'USD' | 'NGN' | '%';

/** One figure as a passage states it. */
export interface Figure {
  /** The figure exactly as written ("$100K-$135K", "₦500k – ₦3.0m / month", "30%"). */
  text: string;
  /** Where `text` starts in what was read. */
  start: number;
  /** The figure's value, or the bottom of its range, in whole units (dollars, naira, percent). */
  low: number;
  /** The top of its range (equal to `low` for a single amount). */
  high: number;
  /** "$160,000 – $240,000+": the top is open. */
  open: boolean;
  unit: FigureUnit;
  /** Money only: pay per year unless the text says per month. */
  period?: 'year' | 'month';
  /** Money only: what the amount is when the source says ("base", "total comp"). */
  basis?: 'base' | 'total comp';
}

const scale: Record<string, number> = { k: 1_000, m: 1_000_000 };

const amount = String.raw`(\d[\d,]*(?:\.\d+)?)\s*([KkMm](?![a-z]))?`;
const money = new RegExp(
  String.raw`([$₦])${amount}(\+)?(?:\s*[-–]\s*[$₦]?${amount}(\+)?)?(\s*(?:base\b|\/\s*month\b|per month\b|a month\b))?`,
  'g',
);
const percent = /(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*%/g;
/** "$105 billion": a market's size, no pay. */
const largeWord = /^\s*(billion|million|trillion|bn)\b/i;

function amountOf(digits: string, suffix: string | undefined): number {
  const value = Number(digits.replace(/,/g, ''));
  return suffix ? value * scale[suffix.toLowerCase()]! : value;
}

/** Every money figure in `text`, in order. A market size ("$105 billion") is no figure of pay. */
export function parseMoney(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(money)) {
    const [whole, sign, lowDigits, lowSuffix, lowPlus, highDigits, highSuffix, highPlus, tail] = m;
    const end = m.index + whole.length;
    if (largeWord.test(text.slice(end))) continue;
    // "₦500k – ₦3.0m": a range whose top carries its own shorthand; "$100K-135K" shares the bottom's.
    const low = amountOf(lowDigits!, lowSuffix ?? (highDigits !== undefined ? highSuffix : undefined));
    const high = highDigits !== undefined ? amountOf(highDigits, highSuffix ?? lowSuffix) : low;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    const basis = /\bbase\b/i.test(tail ?? '') ? 'base' : /total comp:?\s*$/i.test(before) ? 'total comp' : undefined;
    const written = (tail !== undefined && !/base/i.test(tail) ? whole : whole.slice(0, whole.length - (tail?.length ?? 0))).trimEnd();
    out.push({
      text: written,
      start: m.index,
      low,
      high,
      open: Boolean(lowPlus ?? highPlus),
      unit: sign === '₦' ? 'NGN' : 'USD',
      period: tail !== undefined && /month/i.test(tail) ? 'month' : 'year',
      ...(basis ? { basis } : {}),
    });
  }
  return out;
}

/** Every percentage in `text` ("30%", "10-20%", "40–60%"), in order. */
export function parsePercents(text: string): Figure[] {
  return [...text.matchAll(percent)].map((m) => {
    const low = Number(m[1]);
    return { text: m[0], start: m.index, low, high: m[2] !== undefined ? Number(m[2]) : low, open: false, unit: '%' as const };
  });
}

/** Every figure in `text`: money first, then percentages. */
export function parseFigures(text: string): Figure[] {
  return [...parseMoney(text), ...parsePercents(text)].sort((a, b) => a.start - b.start);
}
