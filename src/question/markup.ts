/**
 * Discord markup is not part of a question: links, headers, spoilers, emphasis, emoji, code, mentions and
 * timestamps are removed or unwrapped, so `# salary of data engineers` asks what `salary of data engineers`
 * asks. Plain text in, plain text out; nothing here knows the corpus.
 */

/**
 * One code point of an emoji, matched one at a time on purpose: joiners, skin tones and variation selectors go
 * with the emoji they join.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point of a joined emoji is matched on its own
const emojiCodePoint = /[\p{Extended_Pictographic}\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{fe0f}\u{200d}\u{20e3}]/u;

/**
 * Replacements applied in order; each says what it removes in its name, and may give what a text must hold for
 * it to apply (most questions hold no markup: a substring test is far cheaper than running the pattern).
 */
const rules: [name: string, pattern: RegExp, replacement: string, needs?: string | RegExp][] = [
  // Pasted from a terminal: colour and cursor codes are no words ("\x1b[31m" would leave "[31m" behind).
  ['terminal escape', /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g, ' ', '\x1b'],
  // A fenced block beside other text is pasted code or logs, not the question.
  ['fenced code', /```[\s\S]*?(```|$)/g, ' ', '```'],
  ['masked link', /\[([^\]\n]{1,200})\]\(<?https?:\/\/[^)\s]+>?\)/g, '$1', ']('],
  ['link', /<?\b(?:https?:\/\/|www\.)[^\s<>]+>?/gi, ' ', /http|www\./i],
  ['timestamp', /<t:-?\d{1,13}(?::[tTdDfFR])?>/g, ' ', '<t:'],
  ['custom emoji', /<a?:\w{1,32}:\d{5,25}>/g, ' ', '<'],
  ['mention', /<(?:@[!&]?|#)\d{5,25}>/g, ' ', '<'],
  ['slash command mention', /<\/[\w -]{1,100}:\d{5,25}>/g, ' ', '</'],
  // "@careerbot how much…" typed as text (no real mention), "@everyone": a name called out, not the question.
  ['typed mention', /(^|\s)@[\w.-]{2,32}/g, '$1', '@'],
  ['emoji shortcode', /(^|\s):[a-z0-9_+-]{2,32}:(?=\s|$|[.,!?])/gi, '$1 ', ':'],
  // In chat an emoji mostly ends a sentence ("do i need a phd 😭 i only have a bachelors"): a run of them between
  // words is read as a sentence break, so what follows can be told apart as context.
  ['emoji between words', new RegExp(`(?<=[\\p{L}\\p{N}?!.,)]\\s*)${emojiCodePoint.source}+(?=\\s+\\p{L})`, 'gu'), '\n', /[^\x00-\x7f]/],
  ['pictographic emoji', new RegExp(emojiCodePoint.source, 'gu'), ' ', /[^\x00-\x7f]/],
  ['header, quote or list marker', /^[ \t]*(?:#{1,3}|-#|>{1,3}|[-*]|\d{1,3}\.)[ \t]+/gm, ''],
  // A spoiler between words of one sentence is part of it: "is ||designing data intensive applications|| worth reading".
  // (Opening the message, "||de or mle|| for a fresh grad??", and going on in the same sentence, it is part of it too.)
  ['spoiler inside a sentence', /(?<=\p{L}[ \t]+|^[ \t]*)\|\|([^|\n]{1,200})\|\|(?=[ \t]+\p{L})/gmu, '$1', '||'],
  // Otherwise a spoiler is a piece of its own: "which role is that ||asking for my therapist||" asks before it.
  ['spoiler', /\|\|([\s\S]*?)\|\|/g, '\n$1\n', '||'],
  // Inline code keeps its words ("is `dbt` used by DEs?") but loses the backticks.
  ['inline code', /`{1,2}([^`\n]*)`{1,2}/g, '$1', '`'],
  ['bold, italic, underline, strike', /(\*{1,3}|_{2}|~~)(?=\S)([^\n]*?\S)\1/g, '$2', /[*_~]/],
  ['single-underscore italic', /(^|\s)_(?=\S)([^_\n]*?\S)_(?=\s|$|[.,!?])/g, '$1$2', '_'],
  ['escape', /\\([*_~`|>#\\])/g, '$1', '\\'],
];

/**
 * A whole message inside one code fence ("```\nhow much do MLEs make?\n```"): its content is the message. A language
 * tag is a word alone on the fence's first line; "```should i do a masters```" on one line has none.
 */
const wholeFence = /^\s*```(?:[\w-]*\n)?([\s\S]*?)\n?```\s*$/;

/** The question's own words, without Discord markup; whitespace runs collapsed. */
export function stripMarkup(text: string): string {
  let out = text.replace(wholeFence, '$1');
  for (const [, pattern, replacement, needs] of rules) {
    if (needs !== undefined && !(typeof needs === 'string' ? out.includes(needs) : needs.test(out))) continue;
    out = out.replace(pattern, replacement);
  }
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
