/** How a comparison point reads on one line, for front ends that cannot show its lines one under another. */

/** A point's lines as one: a lead-in ("Common tools:") runs into what it introduces, other lines are joined by " · ". */
export function oneLine(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((out, line) => (out === '' ? line : `${out}${out.endsWith(':') ? ' ' : ' · '}${line}`), '');
}
