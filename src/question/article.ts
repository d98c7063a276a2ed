/** "an accountant", "a nurse": a noun with the indefinite article its first letter takes (a vowel letter takes "an"). */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
