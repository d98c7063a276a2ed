/**
 * Messages that ask the bot to say back what it keeps of the person: their latest quiz result ("what did my quiz
 * say again"), or what they told it ("what did i tell u about me"). Both are short; a longer message that mentions
 * the quiz or what was said is a question like any other.
 */

/** The most words such a message has, its chat words included ("ok and what did i tell u about me, like do u remember"). */
const maxWords = 14;

/** Chat words that only open a message ("ok", "and", "wait", "remind me"). */
const opening = String.raw`(?:(?:so|ok(?:ay)?|wait|and|hey|also|btw|lol|hm+|sorry|yo|oh|um+|uh+)[,.!:\s]+)*`;

/** The quiz's result named as theirs: "my quiz result", "my result", "what the quiz said", "what i got on the quiz". */
const theirQuizResult =
  /\bmy\s+(?:quiz\s+)?(?:result|outcome|score|answers)\b|\b(?:my|the)\s+quiz\s+(?:said|say|says|gave|give|told|tell|showed|show|result|outcome)\b|\bwhat\s+(?:did\s+)?i\s+(?:got|get)\s+(?:on|in|from)\s+(?:the|my|that)\s+quiz\b|\bwhat\s+(?:was|is)\s+(?:my|the)\s+quiz\s+(?:result|outcome)\b|\bremind\s+me\s+(?:of\s+)?what\s+i\s+got\b|^\W*what\s+did\s+i\s+get(?:\s+again)?\W*$/i;

/** A quiz question asked of the result rather than for it: "what if i had said yes", "why that result", "retake". */
const notRecall = /\b(?:what\s+if|why|retake|redo|again\s+from|start\s+over|change|mean|means|wrong|accurate|agree)\b/i;

/** Recall asked for: "what", "remind me", "do u remember", "show", or the result named alone ("and my quiz result?"). */
const recallWord = /\b(?:what|wat|wht|remind|remember|recall|show|tell\s+me|forgot)\b/i;
const namedAlone = new RegExp(
  String.raw`^\W*${opening}(?:and\s+)?(?:what\s+about\s+)?my\s+(?:quiz\s+)?(?:result|outcome|score)(?:\s+again)?\W*$`,
  'i',
);

/**
 * "what was my quiz result?", "remind me what my quiz result was", "do u remember what my quiz said", "and my quiz
 * result?", "what did i get on the quiz again": their latest result asked for, said back from what is kept.
 */
export function asksTheirResult(plain: string): boolean {
  const text = plain.trim();
  if (words(text) > maxWords || notRecall.test(text)) return false;
  return namedAlone.test(text) || (theirQuizResult.test(text) && recallWord.test(text));
}

/** What they said to the bot, asked back: "what did i tell u", "what have i said to you", "remember telling u". */
const toldTheBot =
  /\bwhat\s+(?:did|have|do|had)\s+i\s+(?:tell|told|say|said|mention(?:ed)?|share[d]?)\s+(?:to\s+)?(?:you|u|ya|the\s+bot)\b|\b(?:remember|recall)\s+(?:me\s+)?(?:telling|saying|what\s+i\s+(?:told|said|say|tell))\b|\b(?:do|did|can|would)\s+(?:you|u|ya|it|this\s+bot|the\s+bot)\s+(?:even\s+|still\s+)?(?:remember|recall|know)\s+(?:me|who\s+i\s+am|anything\s+about\s+me|my\s+(?:background|situation|details|profile|story))\b/i;

/** Their own words aside, what else the message asks ("what did i tell u about pay" asks of pay, not of them). */
const aboutThemOnly =
  /\b(?:told|tell|said|say|mention(?:ed)?|share[d]?|telling|saying|remember|recall|know)\b(?:\s+(?:you|u|ya|me|the\s+bot|to\s+you|to\s+u))?(?:\s+(?:about|of|on)\s+(?:me|myself|my\s+(?:self|background|situation|story)))?(?:[\s,]+(?:like|tho|though|earlier|before|so\s+far|yet|again|last\s+time|lol|fr)\b)*(?:[\s,]+(?:do|did|can)\s+(?:you|u)\s+(?:remember|recall)\b)?\W*$/i;

/**
 * "what did i tell u about myself?", "what do i remember telling u" (said backwards, meant the same), "and what did i
 * tell u about me, like do u remember", "do you even remember me": what is kept of them asked back. "what did i tell
 * you about the pay" is not one: it asks of the pay.
 */
export function asksWhatTheyTold(plain: string): boolean {
  const text = plain.trim();
  if (words(text) > maxWords) return false;
  return (toldTheBot.test(text) && aboutThemOnly.test(text)) || remembersOfThem.test(text) || keptThat.test(text);
}

/**
 * "btw i make 95k cad, did u save that?", "did you get that": whether what was just told is kept, asked ("where did u
 * get this" asks for a source).
 */
const keptThat =
  /(?:^|[,.;!?]\s*|\s(?:so|and|ok)\s+)(?:did|have)\s+(?:you|u|ya)\s+(?:save|saved|store|stored|keep|kept|note|noted|get|got|catch|remember|write\s+down)\s+(?:that|it|this)(?:\s+(?:down|too|as\s+well|lol))*\W*$/i;

/** What of them may be asked back: "where i live", "what my background is", "who i am", "my job". */
const ofThem = String.raw`(?:where\s+i\s+(?:live|am|work|am\s+from|come\s+from)|(?:what|how\s+much)\s+i\s+(?:earn|make|get\s+paid)|my\s+(?:salary|pay|income|comp)|what\s+(?:my\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were)|i\s+(?:do|did)(?:\s+for\s+(?:work|a\s+living))?)|who\s+i\s+am|my\s+(?:name|job|work|background|age|city|situation|offers?|story|details|experience|yoe|years|role|goal))`;

/** "do u remember where i live and what my background is?", "do you know my name": what is kept of them, part by part. */
const remembersOfThem = new RegExp(
  String.raw`^\W*${opening}(?:do|did|can|would)\s+(?:you|u|ya)\s+(?:still\s+|even\s+)?(?:remember|recall|know)\s+${ofThem}(?:\s*(?:,|and|or|&)\s*${ofThem})*\W*$`,
  'i',
);

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * "what did we talk about last time?", "can u summarize what we discussed so far", "recap our chat", "what was i
 * asking earlier": the conversation itself asked back, said from the questions it keeps.
 */
export function asksWhatWeDiscussed(plain: string): boolean {
  const text = plain.trim();
  return words(text) <= maxWords && weDiscussed.test(text);
}

const talkedOf = String.raw`(?:talk(?:ed|ing)?|discuss(?:ed|ing)?|chat(?:ted|ting)?|cover(?:ed|ing)?|go(?:ing)?\s+(?:over|through)|went\s+(?:over|through))`;
const when = String.raw`(?:\s+(?:about|of))?(?:\s+(?:last\s+time|earlier|before|so\s+far|yesterday|today|then|again|here|previously))*`;
const weDiscussed = new RegExp(
  String.raw`^\W*${opening}(?:(?:can|could|would)\s+(?:you|u)\s+(?:pls\s+|please\s+)?)?(?:` +
    String.raw`what\s+(?:did|have|had|were)\s+we\s+(?:just\s+)?${talkedOf}${when}` +
    String.raw`|what\s+(?:was|were|did)\s+i\s+(?:asking|ask(?:ed)?)(?:\s+(?:you|u))?${when}` +
    String.raw`|(?:summari[sz]e|recap|sum\s+up|remind\s+me(?:\s+of)?|(?:give\s+me\s+|do\s+)?(?:a\s+|the\s+)?(?:quick\s+)?(?:recap|summary|rundown)\s+of)\s+(?:what\s+we\s+(?:just\s+)?${talkedOf}|(?:our|the|this)\s+(?:chat|conversation|convo|discussion|talk)|what\s+i\s+asked)${when}` +
    String.raw`|(?:do|did)\s+(?:you|u)\s+remember\s+what\s+we\s+${talkedOf}${when}` +
    String.raw`|where\s+(?:were|did)\s+we\s+(?:leave\s+off|left\s+off|stop|stopped)${when}` +
    String.raw`)\W*$`,
  'i',
);
