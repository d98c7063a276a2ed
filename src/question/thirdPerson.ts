/**
 * Someone else's story said as one's own: "my son likes math and hates on call" read as "i like math and hate on call",
 * so that what is read of a person's own words (their likes, job, years) is read of theirs the same way.
 */
import { forSomeoneElse } from './chat.js';

/** "i", "i'm", "me": a word the person says of themselves ("my" is also said of a son or a student). */
export const firstPersonWord = /\b(?:i|i'?m|im|i'?ve|ive|me|myself)\b/i;

/** "which role fits him?", "my son likes math": said of someone else, with no word of the person's own. */
export function saysOnlyOfSomeoneElse(text: string): boolean {
  return forSomeoneElse.test(text) && !firstPersonWord.test(text);
}

/** A verb said of someone else ("likes", "is", "doesn't"), as said of oneself. */
const ownForm: Record<string, string> = {
  is: 'am',
  has: 'have',
  does: 'do',
  "doesn't": "don't",
  doesnt: 'dont',
  studies: 'study',
};

/** "my son likes", "he also hates", "she's", "and loves": someone else's subject and verb, for the first person's. */
const theirSubjectAndVerb =
  /\b(?:(?:my\s+(?:son|daughter|kid|child|brother|sister|friend|nephew|niece|cousin|wife|husband|partner|boyfriend|girlfriend|bf|gf|client|mentee|student))|he|she)\s+((?:also|really|kinda|just|still|absolutely|totally|actually)\s+)?(likes|loves|enjoys|hates|prefers|minds|wants|dislikes|is|has|was|does(?:n'?t|nt)?|studies|knows|did|works|finds|struggles|can'?t|cant)\b|\b(and|but)\s+(likes|loves|enjoys|hates|prefers|minds|dislikes|finds|struggles)\b|\b(?:he'?s|she'?s|hes|shes)\b|\b(?:his|himself|herself|him)\b|\bher\b(?=(\s+(?:job|major|degree|background|experience|internship|school|university|college|first|second|third|final|current|studies|class|classes)\b)?)/gi;

/** The text with someone else's subjects, verbs and pronouns turned to the first person's. */
export function inTheFirstPerson(text: string): string {
  return text.replace(
    theirSubjectAndVerb,
    (said, adverb?: string, verb?: string, joined?: string, joinedVerb?: string, herThing?: string) => {
      const base = (v: string) => ownForm[v.toLowerCase()] ?? (/^(?:was|did|can'?t|cant)$/i.test(v) ? v : v.replace(/s$/i, ''));
      if (verb) return `i ${adverb ?? ''}${base(verb)}`;
      if (joined && joinedVerb) return `${joined} ${base(joinedVerb)}`;
      if (/^(?:he'?s|she'?s|hes|shes)$/i.test(said)) return "i'm";
      if (/^(?:himself|herself)$/i.test(said)) return 'myself';
      // ("her degree" is hers; "helps her" is her.)
      if (/^his$/i.test(said) || (/^her$/i.test(said) && herThing)) return 'my';
      return 'me';
    },
  );
}
