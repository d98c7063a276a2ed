/** Text as a regular expression that matches it literally ("c++" → "c\+\+"), to build patterns from words people type or the articles write. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
