/**
 * Figures the sources state (pay, months of study) and what they are about, so that where two articles
 * give different numbers for the same thing, each is shown with its source instead of one being picked.
 */

/** A money amount or range, or a span of months, as written in the source. */
export function findFigure(text: string): string | undefined {
  const money = [
    ...text.matchAll(/(total comp:?\s*)?[$₦][\d.,]+\s*[KkMm]?\+?(?:\s*[-–]\s*[$₦]?[\d.,]+\s*[KkMm]?\+?)?(?:\s*(?:base|\/\s*month))?/gi),
  ];
  // "$180K-$245K base. Total comp: $260K-$420K": both figures, so neither is shown out of context.
  if (money.length > 0)
    return money
      .slice(0, 2)
      .map((m) => m[0].trim().replace(/^total comp:?\s*/i, 'total comp '))
      .join(', ');
  const months = /\b\d+(?:\s*[-–]\s*\d+)?\s+months\b/.exec(text);
  return months?.[0];
}

/** What level of seniority a line speaks of, in words shared by every article. */
export function levelOf(text: string): string | undefined {
  const t = text.toLowerCase();
  if (/\bmid-senior\b/.test(t)) return 'mid-senior';
  if (/\b(entry|junior|0-2 years)\b/.test(t)) return 'entry level';
  if (/\b(mid-level|mid level|3-5 years)\b/.test(t)) return 'mid level';
  if (/\b(senior|5-8 years)\b/.test(t)) return 'senior';
  if (/\b(staff|8\+ years)\b/.test(t)) return 'staff';
  if (/\bl5\b/.test(t)) return 'L5';
  if (/\bl6\b/.test(t)) return 'L6';
  return undefined;
}

export { directionOf } from '../search/direction.js';
