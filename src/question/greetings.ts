/**
 * Greetings, returns and goodbyes: messages that only open or close a conversation, in the words people in a server
 * mix in. None asks anything; each is greeted, welcomed back or seen off rather than searched.
 */

/** "hey", "gm", "hii", "hey again", "bom dia": a greeting and nothing else, in the languages people in a server mix in. */
export const greetingAlone =
  /^\W*(?:(?:hey+|hi+|hello+|helo|yo+|sup|wassup|whats\s+up|gm|good\s+(?:morning|afternoon|evening)|howdy|hiya|heya|greetings|hola|ola|oi|ol[aá]|bom\s+dia|boa\s+(?:tarde|noite)|buenos\s+d[ií]as|buenas(?:\s+tardes)?|bonjour|salut|hallo|namaste|kaise\s+ho|how\s+far|oi\s+tudo\s+bem|tudo\s+bem|que\s+tal|e\s*a[ií]|eae|opa|salve|fala)(?:\s+(?:there|all|everyone|bot|careerbot|guys|folks|bhai|bro|amigo|mano|gente|again))?(?:[\s,!.?]+|$))+$/i;

/** The greetings a return may open with ("hiya im back", "morning! me again"). */
const hello = String.raw`(?:hey+|hi+|hello+|yo+|gm|good\s+(?:morning|afternoon|evening)|morning|mornin|evening|afternoon|hiya|heya|howdy|oi|opa|eae|e\s*a[ií]|salve|ok(?:ay)?|so|well)`;

/**
 * "im back", "hiya im back", "morning! me again, chloe", "back. slept on it", "morning. slept on it lol", "its sam
 * again", "hiii im back 🙋‍♀️": a person returning, with at most their name after it.
 */
export const comesBack = new RegExp(
  String.raw`^\W*(?:${hello}[\s,.!]+)*(?:(?:i'?m|im|i\s+am|we'?re|were)\s+back(?:\s+again)?|back(?:\s+again)?(?:\s+(?:lol|haha|ha))?|(?:it'?s|its)\s+(?:me|\p{L}+\s+again)|(?:(?:it'?s|its)\s+)?me\s+again|${hello}\s+again|(?<=${hello}[\s,.!]+)(?:i\s+)?(?:slept\s+on\s+it|had\s+a\s+think|thought\s+(?:about\s+it|it\s+over))(?:\s+(?:lol|haha))?)(?:[\s.!-]+(?:it'?s|its|i'?m|im)\s+\p{L}+|\s*,\s*\p{L}+(?:\s+here)?)?(?:[\s,.!]+(?:(?:i\s+)?slept\s+on\s+it|had\s+a\s+think|(?:i\s+)?thought\s+(?:about\s+it|it\s+over)))?[^\p{L}\p{N}?]*$`,
  'iu',
);

/** "bye", "ok thanks, gotta go", "cheers mate, ta ra", "take care", "ttyl", "peace": a goodbye, thanked or not. */
export const signsOff =
  /^\W*(?:(?:ok(?:ay)?|thanks?(?:\s+a\s+(?:mil(?:lion)?|lot|bunch|ton))?|thx|tks|ty|cool|cheers|alright|right|anyway|anyways|mate|m8|love|lol|vlw|valeu|obrigad[oa]|gracias|bueno|bot|mano)[\s,!.]+)*(?:bye+(?:\s+bye)?|goodbye|good\s*night|gn|cya|see\s+(?:ya|you|u)(?:\s+(?:later|soon|tomorrow|tmrw))?|later|laters|gtg|g2g|gotta\s+(?:go|run|dash|bounce|head\s+out)|ta\s*-?\s*ra|tara|take\s+care|ttyl|talk\s+(?:to\s+(?:you|u|ya)\s+)?(?:later|soon)|catch\s+(?:you|u|ya)\s+later|peace(?:\s+out)?|night|flw|falou|tchau|adeus|fui|nos\s+vemos|hasta\s+(?:luego|pronto|ma[ñn]ana)|adi[oó]s|chao|ciao)(?:[\s,!.]+(?:mate|m8|all|everyone|then|x+|lol|for\s+now))*\W*$/i;

/**
 * "i will think about this and return later", "ok thx, gonna sleep on it", "gonna think about whether to add u to the
 * server": leave taken for now.
 */
const thinksItOver =
  /^(?:(?:ok(?:ay)?|alright|right|well|k|kk|cool|thanks?|thx|ty|cheers)[\s,]+)*(?:i'?ll|i\s+will|ill|let\s+me|gonna|going\s+to|i\s+need\s+to|i'?m\s+gonna|im\s+gonna)\s+(?:think\s+(?:about\s+)?(?:it|this|that|things|all\s+(?:this|that)|whether\s+[^?]{1,60}|(?:what|which)\s+[^?]{1,40}(?:to\s+do|to\s+pick|to\s+choose)|(?:my|the)\s+options)(?:\s+over)?|sleep\s+on\s+it|mull\s+(?:it|this)\s+over|come\s+back|be\s+back|return|check\s+back)(?:\s+(?:and|then)\s+(?:come\s+back|return|be\s+back|check\s+back|get\s+back\s+to\s+(?:you|u)))?(?:\s+(?:later|soon|tomorrow|tmrw|another\s+time|some\s+other\s+time))?$/i;
/** "thank you very much", "thanks for the help", "cheers": thanks on its own. */
const thanksAlone =
  /^(?:(?:ok(?:ay)?|alright|great|cool)[\s,]+)?(?:thanks?|thank\s+(?:you|u)|thx|ty|tysm|cheers|much\s+appreciated|appreciate\s+it)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again|\s+for\s+(?:the|your|all\s+(?:the|your))\s+help|\s+for\s+everything)*$/i;

/**
 * "bye", "Thank you very much. I will think about this and return later.": a message that takes leave, in one
 * sentence or several (thanks beside the goodbye).
 */
export function takesLeave(text: string): boolean {
  const said = withoutEmoji(text);
  if (signsOff.test(said)) return true;
  const sentences = said
    .split(/[.!;]+|,\s*(?=(?:i'?ll|i\s+will|ill|let\s+me|bye|see\s+(?:ya|you)|take\s+care)\b)/i)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  return (
    sentences.length > 0 &&
    sentences.every((sentence) => thanksAlone.test(sentence) || thinksItOver.test(sentence) || signsOff.test(sentence)) &&
    sentences.some((sentence) => thinksItOver.test(sentence) || signsOff.test(sentence))
  );
}

/** Whether a message only greets, returns or says goodbye. */
export function greetsOrTakesLeave(text: string): boolean {
  const said = withoutEmoji(text);
  return greetingAlone.test(said) || comesBack.test(said) || takesLeave(said);
}

/** A message without its emoji ("hiii im back 🙋‍♀️"), trimmed. */
export function withoutEmoji(text: string): string {
  return text.replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' ').trim();
}

/**
 * The message without the goodbye it ends with ("kk ill go with DE first. gn", "which pays more? thx, bye"): what
 * comes before is what is said or asked. A message that is only a goodbye is kept.
 */
export function withoutClosingGoodbye(text: string): string {
  const said = withoutEmoji(text);
  // ("ok thanks, gotta go": thanks and a goodbye take leave whole.)
  if (takesLeave(said)) return text;
  // The goodbye is its own sentence ("… first. gn", "…? thx, bye") or a word only a goodbye is ("… first gn").
  const apart = /^([\s\S]*?[^\s.!,;])\s*[.!?,;]+\s*([^.!?,;]+?)[\s.!]*$/.exec(said);
  const word = /^([\s\S]*?\S)\s+((?:gn|bye+|cya|ttyl|gtg|g2g)(?:\s+(?:all|everyone|lol|x+))?)[\s.!]*$/i.exec(said);
  for (const m of [apart, word]) {
    if (m && signsOff.test(m[2]!) && /[\p{L}\p{N}]/u.test(m[1]!)) return m[1]!;
  }
  return text;
}
