/**
 * What a person says about themselves, read from their questions: the job they do now (one of the two roles, or
 * another in their words), the role they are heading for, their years of experience, and what they love doing.
 * Each later statement replaces the earlier one; nothing is guessed from a question that says nothing about them.
 */
import { escapeRegExp } from '../question/regexp.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { synonymPrefix } from '../search/analyzer.js';
import { levelForYears } from '../search/questionReader.js';
import { currencyWords } from '../search/currencies.js';
import { editDistance } from '../search/typos.js';
import { EnglishLexicon } from '../question/lexicon.js';
import { namesRole } from './slots.js';
import type { PayLevel, Profile, Role } from './types.js';
import { acknowledges, asksAnything } from '../question/chat.js';
import { firstPersonWord, inTheFirstPerson, saysOnlyOfSomeoneElse } from '../question/thirdPerson.js';
import { forSomeoneElse } from './followUp/patterns.js';
import { jobNounWords, techJob } from '../question/jobWords.js';

/** The nouns that end a job's name ("backend dev", "data analyst", "dba"). */
const jobNoun = `(?:(?!(?:i|i'm|im|am|an?|the|my|so|is|are|was|be|just|and|or|but|for|to|from|of|about|with|vs|than|what|how|which|who|why|when|where|like|between|deciding|considering|choosing|torn|thinking|leaning|heading|aiming|planning|hoping|looking|trying|going|moving|switching|stuck|doing|working|in|at|as|nvm|nevermind|actually|nah|ok|okay|yeah|yea|hmm|lol|wait|want|goal|forget|ditch|drop|screw|skip|scratch|not|no)\\s)[a-z+#./-]+\\s+){0,4}?(?:${jobNounWords.join('|')})`;
/** The one-word nouns a job's name ends with ("accountant", "analyst"), as `jobNoun` lists them. */
const jobNouns = jobNounWords.filter((w) => /^[a-z]{5,}$/.test(w));

/**
 * Where a job's noun stands, so a word there may be one misspelt (the last word, group 1 or 2): "im an acountant",
 * "data analist here", "qa tster for 3 yrs", "backend enginer 5 yrs".
 */
const jobPlace =
  /\b(?:i'?m|im|i\s+am|been|as|work(?:ing)?\s+as)\s+an?\s+(?:[a-z]+\s+)?([a-z]{5,})\b|(?:^|[,.;!?]\s*)(?:an?\s+)?(?:[a-z]+\s+)?([a-z]{5,})(?=\s+(?:here\b|for\s+\d|w\/?\s*\d|with\s+\d|\d{1,2}\s*\+?\s*(?:years?|yrs?|yoe)\b))/gi;

/** Kinds of developer said in one word, which a misspelling ("bakend") may still name. */
const developerKinds = ['backend', 'frontend', 'fullstack', 'devops', 'android'];
const lexicon = EnglishLexicon.shared();

/** The job noun a word at a job's place was typed for ("acountant", "analist", "tster"), if exactly one is that close. */
function jobMeant(word: string): string | undefined {
  if (jobNouns.includes(word) || jobNouns.includes(word.replace(/s$/, ''))) return undefined;
  const near = jobNouns.filter((noun) => editDistance(word, noun, 2) <= (noun.length >= 8 ? 2 : 1));
  return near.length === 1 ? near[0] : undefined;
}

/** How the name of a field of work ends ("accounting", "finance", "healthcare", "retail"; a regular-expression source). */
const fieldEnding = 'ing|ance|ics|ism|ogy|ure|ment|care|law|sales|retail';

const endsAsAField = new RegExp(`(?:${fieldEnding})$`, 'i');

/**
 * "5 yoe in accounting", "been in nursing 9 yrs", "my background is in finance", "been teaching 6 yrs": a field of work
 * (group 1 or 2).
 */
const fieldStatement = new RegExp(
  [
    `\\b(?:(?:years?|yrs?|yoe)\\s+(?:of\\s+experience\\s+)?in|(?:i'?ve\\s+|ive\\s+|i\\s+have\\s+)?been\\s+in|(?:i\\s+)?was\\s+in|(?:i\\s+)?work(?:ed|ing)?\\s+in|career\\s+in|background\\s+(?:is\\s+)?in)\\s+((?!(?:the|a|an|my|this|that|it|tech|data|software|ml|ai|de|mle)\\b)(?=[a-z]{4,})[a-z]*(?:${fieldEnding}))\\b`,
    // ("been teaching 6 yrs": the field said as what they have been doing, and for how long.)
    "\\b(?:(?:i'?ve|ive|i\\s+have)\\s+)?been\\s+((?!(?:coding|programming|engineering|developing|working|doing|learning|studying|building|using|trying|thinking|looking|going|getting|applying|interviewing|grinding|leetcoding)\\b)[a-z]{4,}ing)\\s+(?:for\\s+)?(?:like\\s+)?\\d",
  ].join('|'),
  'i',
);

/** "38 year old ", "38-year-old ", "38yo ": an age said before a job. */
const ageBefore = String.raw`\d{2}[\s-]*(?:years?|yrs?)[\s-]*old\s+|\d{2}\s*(?:yo|y\/o)\s+`;
/** "3rd year ", "final-year ", "second year ": a year of study said before a student's job. */
const yearOfStudy = String.raw`(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|final|last)[\s-]+(?:year|yr)\s+`;
/** "rn", "atm", "currently", "tbh" after the job they do ("6 yoe as a de rn"): said of now, not part of the job. */
const nowSaid = String.raw`(?:rn|now|right\s+now|currently|atm|at\s+the\s+moment|tbh|ngl|lol|btw)\b`;

/** Kinds of developer people name without the noun ("3 yoe backend"). */
const bareKinds = 'backend|back-end|frontend|front-end|fullstack|full-stack|full\\s+stack|web|mobile|devops|sre|qa|ios|android';
/** Words before "i'm" that make what follows a time to come or a supposition ("till im a senior de", "if im an mle"). */
const notYet = String.raw`(?<!\b(?:till|til|until|untill|before|when|once|if|after|whenever|by\s+the\s+time)\s+)`;
/**
 * "i'm a backend dev", "i work as a data engineer", "currently an analyst", and a job said the way posts open:
 * "3 yoe backend dev here", "data analyst here,", "as a backend dev, …". The job is the first group that matched.
 */
const jobStatement = new RegExp(
  [
    // ("i'm actually an mle rn": a word of how it is said between "i'm" and the job.)
    // ("im a 3rd year cs student": the year of study, which starts with a digit, is said with the job.)
    // ("how long till im a senior de", "once im an mle": a job they will hold, supposed, is not theirs.)
    `${notYet}\\b(?:i'?m|i\\s+am|im|i\\s+work\\s+as|(?:and\\s+)?work(?:ing)?\\s+as|currently|i've\\s+been|ive\\s+been|i\\s+have\\s+been|(?<=(?:^|[,.;]\\s*))been)\\s+(?:(?:actually|currently|now|still|also|just|really|technically|basically|literally)\\s+)*(?!(?:gonna|going\\s+to|planning|thinking|about\\s+to|trying|tryna|leaning|more|into|kinda|really|so)\\b)(?:(?:an?|working\\s+as\\s+an?)\\s+)?(?:${ageBefore})?((?:${yearOfStudy})?${jobNoun})s?\\b`,
    `(?:^|[,.;!?]\\s*|\\b(?:yoe|yrs?|years?(?:\\s+of\\s+experience)?|experience)\\s+(?:as\\s+an?\\s+)?)(${jobNoun})\\s+here\\b`,
    `(?:^|[,.;!?]\\s*)as\\s+an?\\s+(${jobNoun})\\s*,`,
    // ("i make 120k as a de with 4 yoe", "im paid 90k as a data analyst": what they earn in the job they do.)
    `\\bi(?:'?m|\\s+am)?\\s+(?:make|making|earn|earning|get|getting|paid|(?:get|getting)\\s+paid|on)\\s+(?:like\\s+|about\\s+|around\\s+|only\\s+)?[$£€₹₦]?\\d[\\d.,]*\\s*(?:k|m|lpa|lakhs?)?\\s*(?:a\\s+year|\\/\\s*y(?:ea)?r|per\\s+year|base|tc|total\\s+comp)?\\s+as\\s+an?\\s+(${jobNoun})\\b`,
    // ("i work in lagos as a backend dev": where they work, then the job they do there.)
    `\\bi\\s+work(?:ed)?\\s+(?:in|at|for)\\s+[\\p{L} ]{2,30}?\\s+as\\s+an?\\s+(${jobNoun})\\b`,
    // ("burnt out on research as an mle tbh", "tired of dashboards as a data analyst": how their work feels, in it.)
    `\\b(?:burnt|burned|tired|bored|sick|done|fed\\s+up|stuck|unhappy|miserable|struggling)\\b[^,.;!?]{0,40}?\\bas\\s+an?\\s+(${jobNoun})\\b`,
    // "im 34, high school math teacher, …": the age, then the job.
    `\\b(?:i'?m|i\\s+am|im)\\s+\\d{2}\\s*(?:,|\\s+and)\\s*(?:an?\\s+)?(${jobNoun})\\b`,
    // "phd student in physics, 4th year, …", "DBA for 10 years, …", "de with 4 yoe here", "3 yoe backend dev (java/spring)",
    // "teacher with a math degree": a post that
    // opens with the job, or with the years and then the job. ("bi dev from munich, 6 years", "analyst - berlin - 2 yoe":
    // where they are between.)
    // ("ok so background: data analyst 4 yoe", "29 ex bartender, …": a label or an age said before it.)
    `^(?:(?:hey|hi|hii+|hello|so|ok|okay|well)[\\s,!.]+)*(?:(?:background|context|about\\s+me|bg|me)\\s*[:\\-–]\\s*)?(?:[1-7]\\d\\s*(?:,\\s*|\\s+(?=(?:ex|former|retired)\\b)))?(?!(?:gonna|going|gotta|will|ill|i'?ll|pick|picking|choose|choosing|go|prob|probably|maybe|thinking|leaning|def|definitely|actually)\\b)(?:an?\\s+)?(?:${ageBefore})?(${jobNoun}|(?:[a-z+#]+\\s+)?(?:${bareKinds}))(?:\\s+by\\s+(?:trade|profession|training))?(?:\\s*(?:[-–]\\s*)?(?:in|at|of|from)\\s+[\\p{L} ]{2,30}?|\\s+[-–]\\s+[\\p{L} ]{2,30}?)?\\s*(?:,|\\s+[-–]\\s+|\\s+for\\s+\\d|\\s+(?:with\\s+)?\\d{1,2}(?:\\.\\d)?\\s*\\+?\\s*(?:years?|yrs?|yoe)\\b|\\s+(?:w|w\\/|with)\\s+(?:\\d+|an?|some|no|one|two|three)\\s+(?:[\\p{L}-]+\\s+)?(?:internships?|years?|yrs?|yoe)\\b|\\s+(?:w|w\\/|with)\\s+(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:degree|masters?|bachelors?|phd|bsc|msc|diploma)\\b)`,
    // ("im in toronto, data analyst, 5 yoe": the job and its years as a clause of their own, after where they are.)
    `(?:[,.;!?]\\s*)(?:an?\\s+)?(${jobNoun})\\s*,?\\s*(?:with\\s+|w\\s+)?\\d{1,2}\\s*\\+?\\s*(?:years?|yrs?|yoe)\\b`,
    // ("been in accounting 6 yrs, senior accountant rn": the job they hold now, said as a clause of its own.)
    `(?:^|[,.;!?]\\s*)(?:(?:currently|now)\\s+)?(?:an?\\s+)?(${jobNoun})\\s+(?:rn|right\\s+now|now|atm|currently|at\\s+the\\s+moment)\\b`,
    // ("2 yoe as sql developer at a software house": where they do it may follow.)
    `\\b(?:yoe|yrs?|years?(?:\\s+of\\s+experience)?|experience)\\s+(?:as\\s+an?\\s+|as\\s+)?(${jobNoun})(?:\\s*\\(|\\s*[,.;!?]|\\s*$|\\s+(?:at|in|for|with|using|doing|on|mostly)\\b|\\s+${nowSaid})`,
    // ("ive been doing de for like 2 yrs", "doing ml engineering for 3 years now": one of the roles, done for a while.)
    `\\b(?:been\\s+)?doing\\s+(de|mle|data\\s+eng\\w*|ml\\s+eng\\w*|machine\\s+learning\\s+eng\\w*)\\s+(?:work\\s+)?(?:for\\s+)?(?:like\\s+|about\\s+|around\\s+|almost\\s+|over\\s+|nearly\\s+)?(?:\\d|a\\s+(?:year|couple|few)\\b|(?:two|three|four|five|six)\\s+(?:years?|yrs?)\\b)`,
    // ("actually no i moved to backend dev last year", "i switched to data engineering in march": the job they moved into.)
    // ("what if i moved to de": supposed, no move made.)
    `(?<!\\b(?:if|when|once|after|before|should|would|could)\\s+)\\bi\\s+(?:(?:have|just|recently|finally|then)\\s+)?(?:moved|switched|transitioned|pivoted|went)\\s+(?:over\\s+)?(?:to|into)\\s+(?:an?\\s+|being\\s+an?\\s+)?(${jobNoun})\\b`,
    // "im java backend 6 yoe", "i'm backend": the kind of developer after "i'm", the noun left out.
    `${notYet}\\b(?:i'?m|im|i\\s+am)\\s+(?:an?\\s+)?((?:(?!(?:into|more|not|in|also|so|really|kinda|very|from|at|doing|on|a|an)\\b)[\\p{L}+#]+\\s+)?(?:${bareKinds}))\\b(?!\\s+(?:dev|devs|developer|engineer|engineering|stuff|work|side|roles?)\\b)`,
    // "3 yoe backend, …", "5 yrs frontend": the kind of developer, the noun left out.
    `\\b(?:yoe|yrs?|years?(?:\\s+of\\s+experience)?|experience)\\s+(?:as\\s+(?:an?\\s+)?|in\\s+)?(${bareKinds})(?=\\s*[,.;!(]|(?:\\s+(?:dev|developer|engineer))?\\s*$|\\s+here\\b|\\s+${nowSaid})`,
  ].join('|'),
  'iu',
);
const jobStatements = new RegExp(jobStatement.source, 'giu');
/** Whether a text holds a job's noun at all (the last word of every job `jobStatement` reads). */
const namesAJob = new RegExp(
  `\\b${jobNoun.replace(/^.*\?\(\?:/, '(?:')}s?\\b|\\b(?:yoe|yrs?|years?(?:\\s+of\\s+experience)?|experience)\\s+(?:as\\s+(?:an?\\s+)?|in\\s+)?(?:${bareKinds})\\b|\\b(?:i'?m|im|i\\s+am)\\s+(?:an?\\s+)?(?:[a-z+#]+\\s+)?(?:${bareKinds})\\b|^\\W*(?:(?:so|ok|okay)\\s+)*(?:(?:background|context|about\\s+me|bg|me)\\s*[:\\-–]\\s*)?(?:[a-z+#]+\\s+)?(?:${bareKinds})\\b`,
  'i',
);
/** A field of study: a word or two, up to where, when or how it is studied ("data science" of "…at fast nuces"). */
const studied = String.raw`((?!(?:a|an|the|my|for|to|it|that|this)\b)[a-z]+(?:\s+(?!(?:at|from|in|and|but|so|rn|now|tbh|ngl|lol|student|grad|graduate|final|year|yr)\b)[a-z]+)?)`;
/** The degrees people name by their letters ("bs cs", "btech cse", "mca"), before the field. */
const degreeLetters = String.raw`(?:bs|bsc|ba|btech|b\s?tech|be|bachelors?|masters?|ms|msc|mtech|m\s?tech|mca|bca|bsit|bscs)`;
/**
 * What a student or graduate studies or studied, said as people open in a server: "cs grad", "IT grad from mapua",
 * "comp sci student", "just graduated in statistics", "doing bs data science at fast nuces", "btech cse". Group 1 is a
 * whole student's or graduate's title; group 2 a field graduated in; group 3 a field being studied.
 */
const studyStatement = new RegExp(
  [
    String.raw`(?:^|[,.;!?]\s*)(?:an?\s+)?((?:${yearOfStudy})?(?:(?!(?:for|a|an|the|next|another|other|my|his|her|their|our|ok|okay|so|asking|of|one|this|that|is|was|am|about|new)\b)[a-z+#./-]+\s+){1,3}?(?:student|grad|graduate|undergrad))(?=\s*(?:[,.;!?]|$)|\s+(?:from|at|in)\b)`,
    String.raw`\b(?:just\s+|recently\s+)?graduated\s+(?:in|with\s+(?:an?\s+)?(?:degree|${degreeLetters})\s+in)\s+${studied}`,
    String.raw`(?:\b(?:doing|studying|pursuing|taking|in)\s+(?:an?\s+|my\s+)?|(?:^|[,.;!?]\s*)(?:(?:${yearOfStudy})\s*)?)${degreeLetters}\s+(?:in\s+)?${studied}(?=\s*(?:[,.;!?]|$)|\s+(?:at|from|in)\b)`,
  ].join('|'),
  'i',
);

/** "22 from philippines", "21 india, …", "19 m from lagos": an age said first, then where they are (group 1). */
const agedIntro = /^\s*(?:i'?m\s+|im\s+)?[1-7]\d\s*(?:(?:m|f|yo)\b)?\s*,?\s*(from\s+|in\s+)?([a-z]+(?:\s+[a-z]+)?)/i;

/** Words that deny what follows: "not a data engineer", "no longer a student". */
const negated = /^(?:not|no\s+longer|never|hardly)\b/i;
/** "switching from DE to MLE", "moving from backend to DE". */
const move =
  /\b(?:switch(?:ing)?|mov(?:e|ing)|transition(?:ing)?|pivot(?:ing)?|go(?:ing)?)\s+from\s+(.{2,40}?)\s+(?:in)?to\s+(.{2,40}?)(?:[,.!?]|\s+(?:and|but|with)\b|$)/i;
/** "switching careers from teaching", "coming from finance": where a move starts, named without where it ends. */
const leaving =
  /\b(?:switch(?:ing)?|mov(?:e|ing)|transition(?:ing)?|pivot(?:ing)?|com(?:e|ing))\s+(?:(?:careers?|over|across)\s+)?from\s+(?:an?\s+|the\s+)?([a-z][a-z+#./ -]{1,30}?)(?:[,.!?]|\s+(?:and|but|with|to|into|for|as|because|bc)\b|$)/i;
/** "thinking about DE", "i lean towards de", "want to become an MLE", "moving into data engineering", "want to move to de". */
export const goalStatement =
  /\b(?:thinking\s+(?:about|of)|(?:thinking|leaning|lean(?:ing)?\s+more)(?=\s+(?:de|mle|ml|data\s+eng\w*|ml\s+eng\w*)\b)|considering|(?:lean|leaning|leans)\s+(?:more\s+)?(?:towards?|to)|drawn\s+to|mov(?:e|ing)\s+(?:in)?to|switch(?:ing)?\s+(?:in)?to|(?:transition|pivot)(?:ing)?\s+(?:in)?to|(?:want\s+to|wanna)\s+(?:be(?:come)?|get\s+into|go(?:\s+into|\s+to)?|try(?:\s+out)?)|want(?=\s+(?:de|mle|data\s+eng\w*|ml\s+eng\w*)\b)|(?:my\s+)?goal\s+is(?:\s+to\s+(?:be(?:come)?|get\s+into))?|going\s+for|aiming\s+for|trying\s+to\s+(?:become|get\s+into)|into)\s+(?:an?\s+)?(.{2,40}?)(?:[,.!?]|\s+(?:and|but|with|because|bc)\b|$)/i;
/**
 * "i think ill go mle", "gonna go with de", "i want to do mle" (group 1); "nah de sounds chill", "ok de then", "mle it
 * is" (group 2); "i changed my mind, de", "nvm, going mle" (group 3); "nah de" (group 4); "i think de suits me better", "de is
 * more my thing" (group 5); "im going de instead" (group 6): a role settled on, in the words of a choice.
 */
const roleChosen =
  /(?:^|[,.;!?]\s*)(?:(?:nah|ok(?:ay)?|k|kk|so|but|and|lol|actually|hmm+|fine|alright|yeah|yea|then|i\s+think|i\s+guess|prob(?:ably)?|wait|no|nope|nvm|never\s*mind|honestly|tbh|ngl|after\s+(?:reading|thinking)(?:\s+about\s+it)?(?:\s+more)?)[\s,]+)*(?:(?:(?:i'?ll|ill|i\s+will|gonna|i'?m\s+gonna|im\s+gonna|i\s+am\s+gonna|i'?m\s+going\s+to|im\s+going\s+to|i\s+am\s+going\s+to)\s+(?:go|pick|choose|do|try|pursue|aim|target)(?:\s+(?:with|for))?|(?:i\s+)?(?:want\s+to|wanna)\s+do)\s+(?:an?\s+)?((?:data|ml|machine\s+learning)\s+eng\w*|de|mle|ml)\b|((?:data|ml)\s+eng\w*|de|mle)\s+(?:it\s+is|then|sounds\s+(?:\w+\s+)?(?:chill|good|better|nice|fun|cool|right|great|easier)|seems\s+(?:\w+\s+)?(?:chill|good|better|nice|fun|cool|right|great|easier))|(?:(?:i\s+|i'?ve\s+|ive\s+)?changed\s+my\s+mind|nvm|never\s*mind)[\s,.:;-]+(?:(?:i\s+think|i\s+guess|prob(?:ably)?|maybe)\s+)?(?:(?:(?:i'?m\s+|im\s+)?going|go(?:ing)?\s+with|to|i'?ll\s+go|ill\s+go)\s+)?((?:data|ml)\s+eng\w*|de|mle)(?=\s*[,.!?]|\s*$|\s+(?:instead|now|then|after\s+all|actually|tbh|ngl|lol|honestly|fr)\b)|(?:nah|no|nope|actually)(?:[\s,]+(?:nah|actually|no|wait))*[\s,]+(?:(?:i\s+think|i\s+guess|prob(?:ably)?|maybe)\s+)?((?:data|ml)\s+eng\w*|de|mle)(?=\s*[,.!?]|\s*$|\s+(?:instead|now|then|after\s+all|actually|tbh|ngl|lol|honestly|fr|is\s+(?:safer|better|cooler|more\s+\w+|the\s+one)|it\s+is)\b)|((?:data|ml)\s+eng\w*|de|mle)\s+(?:is|suits|fits|seems|sounds|feels)\s+(?:(?:more|much|way|prob(?:ably)?|just|really|def(?:initely)?|honestly|kinda|a\s+lot)\s+)*(?:(?:better|more)\s+(?:for|suited\s+(?:to|for))\s+me|(?:more\s+)?my\s+(?:thing|vibe|style|jam)|(?:the\s+)?(?:one|right\s+(?:one|fit|path|choice))\s+for\s+me|me\s+(?:more|better))(?![^?]*\?)|(?:i'?m|im|i\s+am)\s+going\s+(?:with\s+|for\s+)?((?:data|ml)\s+eng\w*|de|mle)\s+instead)\b/i;

/** Whether a text settles on a role in the words of a choice ("i wanna do mle", "nvm, de"), whichever role. */
export function choosesARole(text: string): boolean {
  return roleChosen.test(text);
}

/** The role a message settles on ("i think ill go mle", "nah de sounds chill"), if it says one in the words of a choice. */
export function roleSettledOn(text: string, patterns: Record<Role, RegExp>): Role | undefined {
  // ("nvm de, changed my mind, mle": of several, the last one said is where they settled.)
  const chose = [...text.matchAll(new RegExp(roleChosen.source, 'gi'))].at(-1);
  return chose ? roleIn((chose[1] ?? chose[2] ?? chose[3] ?? chose[4] ?? chose[5] ?? chose[6]!).trim(), patterns) : undefined;
}

/**
 * The role a message turns to after a "but" that sets it against the other one ("i was leaning de but tbh mle sounds more
 * fun", "i used to want mle but now im more into de"); undefined where the message turns to neither.
 */
function turnedTo(text: string, patterns: Record<Role, RegExp>): Role | undefined {
  // ("forget mle, im going de", "screw de, mle it is": a role dropped, then the one taken.)
  const dropped = /^\W*(?:(?:ok|so|nah|yeah)[\s,]+)*(?:forget|screw|nvm|never\s*mind|not)\s+[^,.;]{1,30}[,;]\s*/i.exec(text);
  const parts = dropped ? [dropped[0], text.slice(dropped[0].length)] : text.split(/\bbut\b/i);
  if (parts.length < 2) return undefined;
  // (What the sentence after says, not a question asked after it: "nah, de it is. where do i start".)
  const after = parts.at(-1)!.split(/(?<=[.!?])\s+/)[0]!;
  const before = parts.slice(0, -1).join(' ');
  const roles = (['de', 'mle'] as const).filter((role) => patterns[role].test(after));
  if (roles.length !== 1) return undefined;
  const role = roles[0]!;
  const other: Role = role === 'de' ? 'mle' : 'de';
  if (!patterns[other].test(before) || asksAnything(after)) return undefined;
  return /\b(?:into|prefer|want|wanna|leaning|rather|sounds|seems|looks|feels|going|go|pick|picking|choose|it\s+is|it'?s\s+(?:gonna\s+be\s+)?(?:de|mle)|then)\b/i.test(
    after,
  )
    ? role
    : undefined;
}

/**
 * "… since my professor failed me", "… now after my last class": what made someone feel so, said after what they feel
 * (to the end of the message); no part of what they like or mind.
 */
export const whatMadeItSo =
  /\s+(?:now\s+)?(?:after|since|because|bc|cuz|cause|ever\s+since|thanks\s+to)\s+(?:my|the|a|that|this|i|last)\b.*$/i;

/**
 * "0 yoe in tech", "2 years in software": years said to be in the field, which outweigh other years the same message
 * gives ("10 yrs teaching not coding, i have 0 yoe in tech").
 */
const yearsInTheField =
  /(?<![\d.])(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?|yoe)\s+(?:of\s+(?:experience|exp)\s+)?(?:in|of)\s+(?:tech|the\s+industry|industry|software|data|coding|programming|it|the\s+field)\b/i;
/**
 * "i was a teacher for 10 yrs", "i used to be a nurse": a job they held before (group 1), kept as "ex teacher" when
 * they name none they hold now.
 */
const formerJob = new RegExp(
  `\\b(?:i\\s+was|i\\s+used\\s+to\\s+be|used\\s+to\\s+be|i\\s+worked\\s+as)\\s+an?\\s+((?:[a-z]+\\s+)?(?:${jobNounWords.join('|')}))\\b`,
  'i',
);
/** "3 yoe", "4 years of experience", "10+ yrs". */
// ("a 38 year old accountant": an age is no experience.)
// ("1.5 yoe": a half year is part of the count, never "5 years".)
export const yearsSaid = /(?<![\d.])(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?|yoe)\b(?![\s-]*old\b)/i;
/** "i know sql and python", "actually i also know some pytorch", "i'm good at sql", "i can code in python". */
const knowStatement =
  /(?:\bi(?:'?m|\s+am)?\s+|(?:^|[,.;!?]\s*)(?=(?:also|already)\s+know\b|(?:(?:pretty|really|very|quite)\s+)?(?:good|decent|solid|strong)\s+(?:at|with)\b))(?:(?:also|already|really|do|kinda|actually|pretty|quite|decent|somewhat|very)\s+){0,3}(?:know|(?:good|decent|solid|strong|comfortable)\s+(?:at|with|in)|can\s+(?:code|program)\s+in|have\s+(?:experience|exp)\s+(?:in|with))\s+((?!(?:that|this|it|what|how|if|whether|why|where|when|which|who|about|of|much|a\s+lot\s+about)\b)[^.!?]{2,60}?)(?:[.!?]|,\s*(?=(?:no|not|never|zero|hate|dislike|can'?t|don'?t|dont|i|i'?m|im|idk|tbh|ngl|but)\b)|\s+(?:but|so|and\s+i|which|what|how|should|do|does|can|is|are)\b|$)/i;
/** "i love stats", "i enjoy building pipelines", "i'm into modelling", "student, love math". */
const likeStatement =
  /(?:\bi\s+(?:(?:also|really|honestly|genuinely|actually|do|kinda|kind\s+of|sort\s+of|lowkey|just|still)\s+){0,3}(?:love|like|enjoy|prefer|am\s+into|'m\s+into)|\b(?:i'm|im|i\s+am)\s+(?:(?:really|so|also|kinda|lowkey|genuinely|honestly|super|very|actually)\s+){0,2}into|(?:^|[,;]\s*)(?:(?:also|really)\s+)?(?:love|enjoy|into)|\band\s+(?:(?:also|really)\s+)?(?:like|love|enjoy|prefer))\s+(.{2,50}?)(?:[,.!?]|\s+(?=(?:it'?s|that'?s|thats)\s)|\s+(?:but|and\s+i|so|(?:and\s+)?(?:(?:kind\s+of|kinda|really|also|lowkey|honestly)\s+)?(?:hate|dislike|can'?t\s+stand|don'?t|do\s+not))\b|$)/i;

/**
 * "i hate math", "ngl i really cant stand ambiguity", "im bad at stats", "i'm rusty on stats", "i love sql and hate
 * math": what the person dislikes or is weak at.
 */
export const dislikeStatement =
  /(?:\bi\s+(?:(?:really|honestly|kinda|kind\s+of|lowkey|just|also|absolutely|still)\s+){0,2}|\b(?:i'?m|im)\s+(?:(?:really|so|kinda|kind\s+of|pretty|super|very|honestly|genuinely|actually|lowkey|lowk|lwk|highkey|lowkey\s+kinda|a\s+bit|still|ngl|tbh|fr)\s+){0,2}(?=bad|terrible|awful|not\s+(?:good|great)|rusty|weak)|\b(?:and|but)\s+(?:(?:really|also|kinda|kind\s+of|lowkey)\s+)?(?=hate|dislike|can'?t\s+stand|cant\s+stand|suck\s+at)|(?<=\b(?:love|like|enjoy)\s+[\w+#.-]+(?:\s+[\w+#.-]+)?\s+)(?=hate\b|dislike\b)|(?:^|[,;]\s*)(?=hate\b|dislike\b|can'?t\s+stand\b))(?:hate|dislike|can'?t\s+stand|cant\s+stand|don'?t\s+(?:(?:really|much|particularly|actually)\s+)?(?:like|enjoy)|dont\s+(?:(?:really|much|particularly|actually)\s+)?(?:like|enjoy)|(?:am\s+(?:(?:really|so|kinda|kind\s+of|pretty|very|honestly|genuinely|actually|lowkey|lowk|lwk|highkey|a\s+bit|still|ngl|tbh|fr)\s+){0,2})?(?:bad|terrible|awful|not\s+(?:good|great)|rusty|weak)\s+(?:at|on|in|with)|suck\s+at)\s+(.{2,40}?)(?:[,.!?]|\s+(?:but|and|so|tbh|ngl|lol)\b|$)/i;

/**
 * "i want strong job security", "i hate ambiguity lol", "wlb doesnt matter to me", "need a job within a year": what
 * a person wants, needs or minds, told of themselves. The first person, then a verb of wanting or minding (a few
 * words may come between: "i just really want").
 */
const aboutThemselves =
  /\b(?:i|i'?m|im|i\s+am|i'?d|i'?ll)\s+(?:[a-z']+\s+){0,3}?(?:want|wanna|need|hate|hated|love|loved|like|liked|enjoy|enjoyed|prefer|preferred|care|dislike|disliked|mind|can'?t\s+stand|cant\s+stand|fine\s+with|ok\s+with|okay\s+with|good\s+at|bad\s+at|suck\s+at|struggle\s+with|value|anxious|stressed|bored|nervous|overwhelmed|comfortable|uncomfortable|scared|afraid|excited|fan|barely\s+(?:passed|scraped)|failed|never\s+(?:took|studied|did|learned|liked)|did(?:n'?t|nt)\s+(?:study|take|do|like)|(?:terrible|awful|horrible)\s+at|weak\s+(?:at|in)|not\s+(?:good|great)\s+at|strong\s+(?:at|in)|studied|majored|feel|felt|feeling|burnt|burned|stuck|finished|finishing|completed|graduated|graduating|doing|taking)\b|\b(?:need|want)\s+(?:a\s+|to\s+)?(?:job|jobs|money|stability|security|income|work)\b|^(?:(?:just|recently|currently)\s+)?(?:finished|finishing|completed|graduated|graduating|doing|did|taking|took)\s+(?:an?\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:bootcamp|degree|course|masters?|phd|internship|program)\b|\b(?:matters?|counts?)\s+(?:(?:most|more|a\s+lot)\s+)?to\s+me\b|\bdoes(?:n'?t|nt|\s+not)\s+matter\s+to\s+me\b|^\s*(?:i'?m\s+|im\s+)?[1-7]\d\s*(?:,|\s+y(?:ea)?rs?\s+old\b|\s*(?:m|f|yo)\b|\s+(?:from|in)\s+[a-z]|\s+(?!(?:years?|yrs?|yoe|k|months?|weeks?|days?|hours?|hrs?|percent|lpa|usd|dollars?|and|or|to|of)\b)[a-z]+\s*(?:,|$))|\b(?!(?:so|ok|okay|the|some|quick|little|bit|of|a|my|first)\b)[\w-]+\s+background\b|\bno\s+(?:cs\s+|college\s+|uni\s+)?degree\b|^\W*(?:(?:and|but|also|oh)\s+)?(?:no|zero|0)\s+(?:internships?|work\s+experience|experience|real\s+experience|industry\s+experience|job\s+yet)\b|\bjust\s+an?\s+(?:cs\s+|bs\s+|bsc\s+|bachelors?\s+|math\s+|stats?\s+)?degree\b/i;

/** Places English says with "the" (regular-expression source): "the us", "the philippines". */
const placesSaidWithThe = '(?:us|usa|uk|states|netherlands|philippines|uae|bay\\s+area)';
/** "the us", "the uk": a place said after "the" (regular-expression source, case-insensitive, before the place's name). */
export const placeAfterThe = `the\\s+(?=${placesSaidWithThe}\\b)`;
const placeSaidWithThe = new RegExp(`^${placesSaidWithThe}$`, 'i');

/** Whether English says a place with "the" ("the us", "the philippines"; "lagos" without). */
export function saidWithThe(place: string): boolean {
  return placeSaidWithThe.test(place.trim());
}

/** A place as said after "in": "the us", "lagos". */
export function placeWithThe(place: string): string {
  return saidWithThe(place) ? `the ${place}` : place;
}

/** "i'm in canada btw", "based in berlin", "i live in lagos": where the person is (told, or a place for the question before). */
export const whereTheyLive = new RegExp(
  `\\b(?:i'?m|im|i\\s+am|i\\s+live|i\\s+work|(?:and|but|also|who)\\s+live|based|living|located)\\s+(?:currently\\s+|now\\s+|also\\s+)?(?:in|from|out\\s+of)\\s+(?:${placeAfterThe}|(?!(?:a|an|the|my)\\b))\\p{L}`,
  'iu',
);
/** "based in lagos nigeria", "i live in berlin", "at a bank in lagos,": a place, as the person named it (group 1). */
export const placeTold = new RegExp(
  // ("learning sql from youtube": where something is learnt from is no place of theirs.)
  `\\b(?:in|(?<!\\b(?:learn\\w*|taught|self[\\s-]taught|stud\\w*|watch\\w*|tutorials?|courses?|videos?)\\b(?:\\s+\\S+){0,3}\\s+)from|out\\s+of)\\s+(?:${placeAfterThe}|(?!(?:a|an|the|my|tech|data|ml|it)\\b))(\\p{L}[\\p{L}' -]{1,30}?)\\s*(?:[,.!?;]|\\s+(?:and|but|btw|tho|though|rn|right\\s+now|now|currently|atm|actually|anyway|anyways|too|also|lol|haha|lmao|tbh|ngl|fr|honestly|itself|myself|with|for|since|working|doing|looking|trying|tryna|wanting|want|wanna|hoping|planning|thinking|aiming|learning|studying|who|where|as|here|not|instead|so|if|does|do|is|would|will|should|can|could|how|what|which|why)\\b|\\s+(?=(?:bs|bsc|btech|ms|msc|mca|bca)\\b)|\\s+(?=\\d)|$)`,
  'iu',
);

/**
 * "i think DE pays more", "my manager says DE is dying": a claim to check, not a story; "sounds like what i want":
 * a reaction to the answer before, which a follow-up may still build on.
 */
const claim =
  /\bi\s+(?:(?:kinda|kind\s+of|really|honestly|just|also)\s+)?(?:think|thought|heard|hear|read|saw|see|feel\s+like|believe|guess|bet|reckon|doubt|wonder|assume|suppose)\b|\b(?:i'?m|im|i\s+am)\s+(?:pretty\s+|fairly\s+|quite\s+|not\s+)?(?:sure|convinced|certain|told)\b|\b(?:says|said|claims?|told\s+me|tells\s+me|reckons)\b|\b(?:people|ppl|everyone|they)\s+say\b|\b(?:sounds?|seems?|looks?)\b|\bwhat\s+i\s+(?:want|need|like)\b|^\s*(?:that'?s|thats|this\s+is|it'?s|its)\b|\b(?:change\s+my\s+mind|prove\s+me\s+wrong|fight\s+me|cmv)\b/i;

/**
 * Whether a message that asks nothing tells about the person (so it is part of their story, weighed by the question
 * that follows) rather than making a claim about the roles to be checked.
 */
export function tellsAboutThemselves(text: string): boolean {
  // ("hello, finishing a physics phd…": a greeting is no part of what is told.)
  const told = text.replace(greeting, '');
  return aboutThemselves.test(told) && !claim.test(told) && !promotes.test(told);
}

/**
 * Whether a message that asks nothing may be about the person, said in passing ("my biggest fear is being stuck",
 * "math teacher, 8 years, 34yo"): told, when no question came just before it to be followed up ("i'm in lagos btw",
 * "than de i mean" right after a question finish that question).
 */
export function mayTellAboutThemselves(text: string): boolean {
  const told = text.replace(greeting, '');
  return (firstPerson.test(told) || selfDescribed.test(told)) && !claim.test(told) && !promotes.test(told);
}

/** Whether a message describes the person in fragments ("lowkey afraid of layoffs", "math teacher, 8 years"): see `selfDescribed`. */
export function describesThemselves(text: string): boolean {
  return selfDescribed.test(text.replace(greeting, ''));
}

/** "join my crypto discord", "check out my channel", "dm me for …": an invitation or an ad, nothing about the person. */
const promotes =
  /^\W*(?:join|subscribe\s+to|follow|check\s+out|visit|buy|use\s+my\s+code|dm\s+me|message\s+me|click)\b|\b(?:100x|guaranteed\s+(?:returns?|profits?)|airdrop|promo\s+code|giveaway)\b/i;

/** "hi all", "sup.", "hey guys,": a greeting opening a message. */
const greeting =
  /^(?:(?:hi+|hey+|hello|yo+|sup|wassup|hiya|howdy|heya|gm|hola|bonjour|hallo|salut|ciao|namaste|ola|oi)(?:\s+(?:all|guys|everyone|folks|yall|y'all|there|team))?(?:[\s,.!]+|$))+/i;
/** "my biggest fear is…", "i work remote from portugal…": a message in the first person that asks nothing tells. */
const firstPerson = /\b(?:i|i'?m|im|i'?ve|ive|my|me|myself)\b/i;
/**
 * "math teacher, 8 years, 34yo", "lowkey afraid of layoffs", "kinda bored of crud apis", "kinda burnt out tbh", "dont
 * care much about the work itself", "money matters most rn" (not "sql or python which matters more"): a self-description in fragments, a worry, a weariness, a
 * priority, what they mostly do ("mostly sql and tableau dashboards"), or a liking said without "i".
 */
const selfDescribed =
  /^(?:(?:and|but|also|plus)\s+)?(?:mostly|mainly|primarily|usually|largely|lots\s+of|a\s+lot\s+of)\s+[a-z]|\b(?<!\b(?:which|wich|what|wat|who)\s+(?:\w+\s+)?)(?:matters?|counts?)\s+(?:the\s+)?(?:most|more|a\s+lot)\b|\b\d{1,2}\s*(?:\+\s*)?(?:yoe|years?|yrs?)\b|\b[1-7]\d\s*(?:yo|y\/o|years?\s+old)\b|\b(?:afraid|scared|worried|nervous|anxious|terrified)\s+(?:of|about|that)\b|^(?:(?:kinda|kind\s+of|lowkey|honestly|really|so|pretty|getting|tbh|ngl)\s+)*(?:(?:bored|tired|sick|burnt\s+out|burned\s+out|fed\s+up|done)\s+(?:of|with)\b|(?:burnt|burned|stressed|worn)\s+out\b|exhausted\b|miserable\b)|^(?:(?:honestly|tbh|ngl|also|and|but|really|kinda|lowkey|just|def|definitely)\s+)*(?:(?:do\s*n'?t|do\s+not|never)\s+(?:really\s+|much\s+)?)?(?:care|mind|like|love|hate|enjoy|want|need|prefer)\b/i;

/** "ex teacher", "former nurse", "ex-accountant": a job named as one left behind (the words before it). */
export const formerly = /^(?:ex|former|formerly|retired)[\s-]+(?=\p{L})/iu;

/** The job itself, however it was said to be left behind ("ex nurse" → "nurse"): what a move starts from. */
export function jobItself(job: string): string {
  return job.replace(formerly, '');
}

/** Whether a person works in a job outside software and data (a nurse, a teacher), and in neither role. */
export function comesFromAnotherJob(profile: Profile): boolean {
  return !profile.role && profile.job !== undefined && !stillLearning.test(profile.job) && !techJob.test(profile.job);
}

/**
 * The salary-table level a person would be paid at in the roles: their years' level when they work in software or
 * data (or told only years), the entry level when they come from another job or are still learning (a nurse of 7
 * years starts as a junior engineer); undefined when they told neither years nor a job.
 */
export function levelTheyWouldEarnAt(profile: Profile): PayLevel | undefined {
  if (comesFromAnotherJob(profile) || (!profile.role && profile.job && stillLearning.test(profile.job))) return 'entry';
  // ("im a senior de, 8 yoe": the level they said outweighs the one their years would make.)
  if (profile.level) return profile.level;
  return profile.years === undefined ? undefined : levelForYears(profile.years);
}

/** Level words as people type them ("sr", "mid level", "senoir", "L5"). */
const levelSaid = 'entry[- ]?level|junior|junoir|jr|mid[- ]?level|mid|senior|senoir|seinor|snr|sr|staff|principal|l[3-7]';
/** Words for the job a level is said of ("senior de", "staff ml eng", "sr swe"). */
const jobAfterLevel = String.raw`data\s+eng\w*|ml\s+eng\w*|machine\s+learning\s+eng\w*|des?|mles?|engineers?|eng|devs?|developers?|swes?|sdes?|software\s+eng\w*|backend|frontend|analysts?|scientists?|ds`;
/**
 * A level the person says they work at: before their job ("im a senior de", "senior mle, 6 yoe", "as a staff
 * engineer"), alone ("im senior", "staff now", "senior btw"), as a clause beside the job ("…, 5 yoe, L5"), or
 * reached ("got promoted to senior"). Not a year of school ("im a senior in college").
 */
const levelTold = new RegExp(
  String.raw`(?:${notYet}\b(?:i'?m|im|i\s+am|i\s+work\s+as|working\s+as|as|been|currently)\s+(?:an?\s+|the\s+)?(?:(?:currently|now)\s+)?(${levelSaid})[\s-]+(?:${jobAfterLevel})\b` +
    // ("senior mle, 6 yoe", "sr de here": a message that opens with the job, told with its years or "here"; "junior de"
    // alone asks.)
    String.raw`|^\W*(?:an?\s+)?(${levelSaid})[\s-]+(?:${jobAfterLevel})\b(?=\s*,\s*\d|\s+here\b|\s+(?:with|w\/?)\s+\d|\s+\d{1,2}\s*\+?\s*(?:years?|yrs?|yoe)\b))` +
    // ("i mean senior" corrects the level asked, not theirs.)
    // ("correction, im actually senior", "actually im senior not mid", "wait actually im staff now, got promoted lol".)
    String.raw`|^\W*(?:(?:ok|so|well|and|but|also|actually|wait|no|nah|oh|sorry|correction|update|oops|my\s+bad)[,:\s]+)*(?:(?:i'?m|im|i\s+am)\s+(?:at\s+)?(?:(?:now|currently|actually|really)\s+)?|(?:now|currently)\s+)(${levelSaid})(?:\s+(?:level|now|rn|atm|btw|tho|lol|actually))*(?:\s+(?:not|instead\s+of)\s+(?:${levelSaid})(?:\s+level)?)?(?:[,\s]+(?:just\s+)?got\s+promoted(?:\s+(?:lol|lmao|finally|yay))*)?\s*[.!]*$` +
    String.raw`|^\W*(?:(?:ok|so|oh|and|also|actually|wait|no|nah|sorry)[,\s]+)*(${levelSaid})(?:\s+level)?(?:\s+(?:now|btw|fyi|tbh|actually|rn|lol))+\s*[.!]*$` +
    String.raw`|[,;]\s*(?:at\s+)?(${levelSaid})(?:\s+level)?\s*(?=[,;.!]|$)` +
    String.raw`|\bpromoted\s+to\s+(${levelSaid})\b`,
  'i',
);

/** The level a word names, as the salary tables name it ("sr" → senior, "jr" → entry, "L5" → l5). */
function payLevelOf(word: string): PayLevel {
  const said = word.toLowerCase().replace(/[- ]?level$/, '');
  if (/^(?:entry|junior|junoir|jr)$/.test(said)) return 'entry';
  if (/^(?:senior|senoir|seinor|snr|sr)$/.test(said)) return 'senior';
  return said as PayLevel;
}

/** The level a message says the person works at, if it says one of their own (not asked, nor a year of school). */
function levelToldIn(text: string, namesTheirJob: boolean): PayLevel | undefined {
  const told = levelTold.exec(text);
  if (!told || asked(text, told.index)) return undefined;
  // ("mid level mle salary 2026?": a level that opens a question is what is asked, not who asks.)
  if (!/\b(?:i'?m|im|i|as|been|currently|now|promoted)\b/i.test(told[0]) && asksAnything(text)) return undefined;
  const [word, clause] = [told[1] ?? told[2] ?? told[3] ?? told[4] ?? told[6], told[5]];
  // (A clause of its own, ", L5", is theirs only beside a job or years they told in the same message.)
  const level = word ?? (namesTheirJob ? clause : undefined);
  if (
    !level ||
    /^\s+(?:in|at)\s+(?:college|high\s+school|uni|university|school)\b|^\s+year\b/i.test(text.slice(told.index + told[0].length))
  )
    return undefined;
  return payLevelOf(level);
}

/** "i teach", "been teaching", "ive been nursing", "i bartend": a job said as what they do (group 1). */
const jobDone =
  /(?:\b(?:i\s+(?:still\s+|currently\s+)?|(?:i'?ve\s+|ive\s+|i\s+have\s+)?been\s+|(?:i'?m|im|i\s+am)\s+(?:still\s+|currently\s+)?)|(?:^|[,.;]\s*))(teach|teaching|taught|nursing|bartend|bartending|tutor|tutoring)\b/i;
/** The one who does it, for the verbs `jobDone` reads ("teach" → "teacher"). */
const jobDoers: Readonly<Record<string, string>> = {
  teach: 'teacher',
  taught: 'teacher',
  nurs: 'nurse',
  bartend: 'bartender',
  tutor: 'tutor',
};

/** The kinds of software work said of a job ("backend", "frontend"), before or after it. */
const workKinds = 'backend|back-end|frontend|front-end|full[- ]?stack|mobile|web|platform|infra|embedded';

/** Who is still learning rather than working in a job: a student, a graduate, an intern ("computer science student"). */
export const stillLearning = /\b(?:student|grad|graduate|intern|bootcamper|fresher|passout)s?$/i;

/**
 * Whether the sources name no move from a job ("data analyst"): asked about, it is a title they lack; or from a field
 * of work they never speak of ("accounting", "nursing"; they do speak of "backend engineering").
 */
export function sourcesLackJob(kb: KnowledgeBase, job: string): boolean {
  const unknown = kb.read(`a ${job}`).unknown;
  return unknown.some((u) => u.kind === 'title') || (isAField(job) && !techJob.test(job) && unknown.some((u) => u.kind === 'common'));
}

/**
 * "i dont mind ambiguity", "ambiguity doesnt bother me", "im fine with math now": a thing said not to be minded (group 1,
 * 2 or 3 holds it).
 */
export const noLongerMinded =
  /\bi\s+(?:(?:actually|really|honestly|kinda|guess\s+i)\s+)?(?:(?:don'?t|dont|do\s+not)\s+(?:really\s+)?(?:hate|dislike|mind)|no\s+longer\s+(?:hate|dislike|mind))\s+(.{2,40}?)\s+(?:any\s*more|now)\b|\bi\s+(?:(?:actually|really|honestly|kinda|guess\s+i)\s+)?(?:don'?t|dont|do\s+not)\s+(?:really\s+)?mind\s+(.{2,40}?)(?:[,.!?]|\s+(?:but|and|tbh|ngl|lol|tho|though|anymore|that\s+much|much|now|actually)\b|$)|^\W*(?:(?:actually|ok(?:ay)?|so|hm+|wait|nah)[\s,]+)*(?:tbh\s+)?([a-z][\w\s-]{1,30}?)\s+(?:doesn'?t|doesnt|does\s+not|don'?t|dont|do\s+not)\s+(?:really\s+)?(?:bother|scare|stress|worry)\s+me\b|\b(?:i'?m|im|i\s+am)\s+(?:actually\s+|totally\s+|pretty\s+|kinda\s+)?(?:fine|ok|okay|good|cool)\s+with\s+(.{2,40}?)(?:[,.!?]|\s+(?:but|and|tbh|ngl|lol|tho|though|now|actually)\b|$)/i;

/** "actually nah", "nvm", "changed my mind", "wait no": a message that opens by taking back what came before. */
export const changesTheirMind =
  /^\W*(?:(?:ok(?:ay)?|hm+|so|lol|wait|oh|well)[\s,]+)*(?:actually|nah|nvm|never\s*mind|scratch\s+that|changed\s+my\s+mind|wait\s+no|no\s+wait)\b/i;

/** Whether two phrases share a word's first four letters ("i hate stats now" and the kept "statistics"). */
export function sharesAStem(a: string, b: string): boolean {
  const stems = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4)));
  const bs = stems(b);
  return [...stems(a)].some((stem) => bs.has(stem));
}

/**
 * The things kept (likes, or dislikes) less what the person now says the other way: "math and statistics" liked, then
 * "i hate stats now", keeps "math". A thing named in several ("math and statistics") loses only the part turned.
 */
function withoutWhatIsNow(kept: readonly string[], turned: readonly string[] | undefined): string[] {
  if (!turned || turned.length === 0) return [...kept];
  const weighty = (thing: string) => thing.split(/\s+/).filter((w) => w.length > 2);
  const overlaps = (a: string, b: string) => weighty(a).some((w) => weighty(b).includes(w));
  return kept.flatMap((thing) => {
    const parts = thing.split(/\s*(?:,|\band\b|&|\+)\s*/).filter((part) => part !== '');
    const left = parts.filter((part) => !turned.some((other) => overlaps(part, other)));
    return left.length === parts.length ? [thing] : left.length > 0 ? [left.join(' and ')] : [];
  });
}

/** Whether a job as kept names a field of work ("accounting", "healthcare") rather than a person ("an accountant"). */
export function isAField(job: string): boolean {
  return endsAsAField.test(job);
}

/** A level before a job ("a mid level DE", "senior data engineer") says how far along, not which job. */
// ("a senoir de": a level misspelt, as people type it, is a level still.)
const levelWords = /^(?:(?:mid|entry)[- ]?level|mid|senior|senoir|seinor|snr|sr|junior|junoir|jr|staff|lead|principal)\s+/i;

/** Which of the two roles a phrase names, if either ("mid level de" is a data engineer). */
function roleOf(phrase: string, patterns: Record<Role, RegExp>): Role | undefined {
  const job = phrase.trim().replace(levelWords, '');
  return (['de', 'mle'] as const).find((role) => new RegExp(`^\\s*(?:${patterns[role].source})\\s*$`, 'iu').test(job));
}

/** The one role a phrase names somewhere ("mle mostly", "ml eng tbh"), if it names exactly one. */
function roleIn(phrase: string, patterns: Record<Role, RegExp>): Role | undefined {
  const named = (['de', 'mle'] as const).filter((role) => namesRole(patterns[role], phrase));
  return named.length === 1 ? named[0] : undefined;
}

/** "kinda burnt out on model tuning tbh", "sick of dashboards": what wore the person out is what they now mind. */
const wornOut =
  /\b(?:(?:burnt|burned|worn)\s+out|tired|sick|fed\s+up|bored|done)\s+(?:on|of|from|with)\s+(.{2,40}?)(?:[,.!?]|\s+(?:tbh|ngl|lol|and|but|so|honestly|rn)\b|$)/i;

/**
 * "math is NOT my thing", "stats isnt really for me", "not a math person", "ambiguity stresses me out", "pipelines bore me",
 * "stats was my worst class": a thing the
 * person says is not for them.
 */
export const notForThem =
  /\b(?!(?:it|that|this|which|what|there|here)\b)([a-z][\w+#-]{1,30})\s+(?:is|are|was|were|s)?\s*(?:(?:really|just|so|definitely|honestly|def|totally)\s+)?(?:not|n'?t|isn'?t|aren'?t|wasn'?t|never)\s+(?:really\s+|exactly\s+|at\s+all\s+)?(?:my\s+(?:thing|strength|strong\s+(?:suit|point)|cup\s+of\s+tea|jam|forte|vibe)|for\s+me)\b|\bnot\s+(?:much\s+of\s+)?an?\s+([a-z][\w+#-]{1,30})\s+(?:person|guy|girl|fan)\b|\b(?!(?:it|that|this|which|what|there|here|everything|work|life)\b)([a-z][\w+#-]{2,30})\s+(?:(?:really|kinda|kind\s+of|honestly|just|lowkey|always)\s+)?(?:stresses|stress|scares|scare|terrifies|terrify|drains|drain|exhausts|exhaust|frustrates|frustrate|bores|bore)\s+me\b|\b(?!(?:it|that|this|which|what)\b)([a-z][\w+#-]{1,30})\s+(?:was|is|were)\s+(?:(?:always|honestly|def|definitely)\s+)?my\s+(?:worst|least\s+fav(?:ou?rite)?)\s+(?:class|subject|course|module|part)\b|\bi\s+(?:(?:barely|just\s+barely)\s+(?:passed|scraped(?:\s+through)?)|failed|flunked|struggled\s+(?:with|in))\s+(?:my\s+|the\s+)?(math|maths|algebra|calc|calculus|stats|statistics|linear\s+algebra|probability)\b/i;

/**
 * "i dont have a stats background", "no math background", "i never studied stats", "zero ml experience": a subject they
 * lack (group 1 or 2), kept with what they mind, as being weak at it is.
 */
const lackOf =
  /\b(?:(?:i\s+)?(?:do(?:n'?t|nt|\s+not)\s+have|have\s+no|got\s+no|lack)|zero|no)\s+(?:an?\s+|any\s+|much\s+(?:of\s+an?\s+)?|real\s+|strong\s+)?(math|maths|stats|statistics|ml|machine\s+learning|linear\s+algebra|probability|calculus)\s+(?:background|experience|knowledge|foundation|skills?)\b|\bi\s+(?:have\s+)?never\s+(?:really\s+)?(?:studied|took|did|learned|learnt|done)\s+(?:any\s+)?(math|maths|stats|statistics|linear\s+algebra|probability|calculus)\b/i;

/** "what would i hate about de", "if i like stats": a liking asked about or supposed, not told ("would" before the "i"). */
function asked(text: string, at: number): boolean {
  return /\b(?:would|will|could|might|should|if|whether|wud|wld)\s+$/i.test(text.slice(0, at));
}

/**
 * The profile after a question: `before` with whatever the question says about the person replaced; undefined
 * when the question says nothing about them and there was no profile.
 */
/**
 * "i moved to berlin actually", "just relocated to lagos", "im moving to bangalore next year": where the person lives
 * now, or soon (group 1); pay "there" is pay where they are headed.
 */
const movedTo =
  /(?<!\b(?:if|when|once|say|suppose|supposing|imagine|should|would|could)\s+)\b(?:i\s+(?:(?:just|recently|have|'ve|actually|finally|also|literally)\s+)*(?:moved|relocated)|(?:i'?m|im|i\s+am)\s+(?:(?:probably|prob|gonna\s+be|soon)\s+)?(?:moving|relocating)|i'?(?:ll|\s+will)\s+(?:be\s+)?(?:move|moving|relocate|relocating)|(?:gonna|going\s+to)\s+(?:move|relocate))\s+(?:over\s+)?to\s+(\p{L}[\p{L}' -]{1,30}?)\s*(?:[,.!?;]|\s+(?:and|but|btw|actually|tho|though|now|last|this|next|soon|in|later|after|once|recently|rn|what|how|would|could|will|do|does|is)\b|$)/iu;

/** "a hs junior", "college sophomore", "senior in high school": a year of school (the school in group 1 or 2). */
const schoolYearSaid =
  /\b(?:(?:i'?m|im|i\s+am)\s+(?:a\s+|an\s+)?)?(?:(hs|high\s+school|college|uni|university)\s+(?:freshman|sophomore|junior|senior|freshie|fresher)|(?:freshman|sophomore|junior|senior)\s+(?:in|at)\s+(?:the\s+)?(hs|high\s+school|college|uni|university))\b/i;

/** "he is a second year cs student", "my daughter hates math": a story of someone else, told in the third person. */
export function tellsAboutSomeoneElse(text: string): boolean {
  return sentencesOfOthers.test(text) && !firstPersonWord.test(text) && mayTellAboutThemselves(inTheFirstPerson(text));
}

/**
 * What was told of someone else the person asks for ("my son likes math and hates on call", "he is a student"), read
 * as a profile of theirs, for this conversation's answers about them only: never stored. Undefined when it tells none.
 */
export function profileOfSomeoneElse(kb: KnowledgeBase, told: readonly string[], patterns: Record<Role, RegExp>): Profile | undefined {
  let theirs: Profile | undefined;
  for (const message of told) {
    // ("I am a nurse, and my son is 17 and loves Python": only the clauses about them, never the teller's own.)
    const ofThem = message
      .split(/(?<=[.!?;])\s+|,\s*/)
      .filter((clause) => clauseOfOthers.test(clause) && !firstPersonWord.test(clause))
      .join('. ');
    if (ofThem) theirs = updateProfile(kb, 'someone-else', inTheFirstPerson(ofThem), theirs, patterns, 0) ?? theirs;
  }
  return theirs;
}

/** "he is 21", "she's a nurse", "my son likes math": a sentence whose subject is someone else. */
const sentencesOfOthers =
  /(?:^|[.!?;]\s*)(?:he|she|he'?s|she'?s|hes|shes|they|they'?re|my\s+(?:son|daughter|kid|child|brother|sister|friend|nephew|niece|cousin|wife|husband|partner|boyfriend|girlfriend|bf|gf|client|mentee|student)s?)\b/i;

/** A clause whose subject is someone else ("and my son is 17", "he hates on call"). */
const clauseOfOthers = new RegExp(`^\\W*(?:(?:and|but|so|also|plus)\\s+)*${sentencesOfOthers.source.replace('(?:^|[.!?;]\\s*)', '')}`, 'i');

/** The text without the sentences about someone else that say nothing of the person themselves. */
function withoutOthersSentences(text: string): string {
  return text
    .split(/(?<=[.!?;])\s+/)
    .filter((sentence) => !(sentencesOfOthers.test(sentence) && !firstPersonWord.test(sentence)))
    .join(' ');
}

/** "im 19 first year cs", "i'm a 2nd year student", "im a freshman": a year of study, no year of work. */
const yearOfStudySaid =
  /\b(?:i'?m|im|i\s+am)\s+(?:(?:a|an|\d{2}|\d{2}\s+and|\d{2},|only|just|currently|now)\s+)*(?:(?:first|1st|second|2nd|third|3rd|fourth|4th|final|last)[\s-]+year(?!\s+(?:not|as|of\s+(?:work|my\s+job)|in\s+(?:the\s+)?(?:industry|role|job|field)|at\s+(?:work|my\s+job)|de|mle|data\s+eng\w*|ml\s+eng\w*|analyst|dev|swe|engineer))|freshman|sophomore|undergrad)\b/i;

/** A stage of schooling said as where someone is ("in high school", "in college"), as the student they are. */
const stageOfSchooling =
  /^(?:(?:my\s+)?(?:first|second|third|final|last|senior|junior)\s+year\s+(?:of|in|at)\s+)?(high\s+school|college|uni|university|grad\s+school|school|a\s+bootcamp|bootcamp|secondary\s+school|middle\s+school)\b/i;

/** Whether words name a place: one whose pay or jobs the sources give, or a name the articles never use ("berlin"). */
function namesAPlace(kb: KnowledgeBase, words: string): boolean {
  const read = kb.read(`pay in ${words}`);
  return (
    // ("nyc", "the bay area": a US place, whose pay is the articles' US figures.)
    read.terms.some((t) => kb.analyzer.isSetting(t.term) || t.term === `${synonymPrefix}us`) ||
    read.unknown.some((u) => u.kind === 'name' && words.includes(u.word) && kb.namesAPlace(u.word))
  );
}

/** Whether words name a field of work, no place: "i work in accounting", "im in finance" (English words, no setting). */
function namesAField(kb: KnowledgeBase, words: string): boolean {
  const read = kb.read(`pay in ${words}`);
  return !namesAPlace(kb, words) && read.unknown.length > 0 && read.unknown.every((u) => u.kind === 'common');
}

const remoteTerm = `${synonymPrefix}remote`;

/** The things of a list no other item names as whole words ("sql" beside "sql and building pipelines" is dropped). */
function notSaidInAnother(items: readonly string[]): string[] {
  return items.filter(
    (item, i) => !items.some((other, j) => j !== i && other !== item && new RegExp(`\\b${escapeRegExp(item)}\\b`, 'i').test(other)),
  );
}

/** "i use …", "mostly …", "stack is …", and after a job "with …": a list of tools may follow (group 1). */
const toolsMarker =
  /\b(?:(?:i\s+(?:(?:mostly|mainly|also)\s+)?(?:use|used|work\s+with|worked\s+with)|(?:i'?ve|ive|i\s+have)\s+used|(?:my\s+)?(?:stack|tools?)\s*(?:is|are|:|=|-))|(mostly|mainly|primarily|using|with))\s+([^.!?;:]{2,60}?)(?=\s*(?:[.!?;:]|,\s*(?:no|not|never|but|and\s+i|i|im|i'?m|hate|dislike|looking|thinking|want|wanna)\b|\s+(?:but|so|and\s+i|which|what|how|should|do|does|can|is|are|in|at|for|since|no|daily|every|at\s+work|rn|now|based|located|living|working|from|here|there|mostly|and\s+(?:some|a\s+bit\s+of|basic)\s+\w+\s+(?:in|at))\b|$))/i;
/** Words of a list of tools that name none ("some sql", "excel + tableau", "a bit of python"). */
const listWords =
  /^(?:and|n|or|some|basic|bit|of|little|lil|plus|also|etc|stuff|decent|good|strong|advanced|intermediate|beginner|mostly|mainly)$/;

/**
 * The tools someone says their work uses, as a list the sources can read ("excel, tableau and some sql"), or undefined:
 * every word a tool the articles name or a name they never use (Excel, Tableau), at least one they name, no figure,
 * role or common word ("with 3 yoe", "with a bank", "with the weekends" list no tools). "mostly", "using" and "with"
 * count only when `toldAJob` (a job or years said in the same message).
 */
function toolsTheyUse(kb: KnowledgeBase, text: string, toldAJob: boolean): string | undefined {
  const marker = new RegExp(toolsMarker.source, 'gi');
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    // (A marker whose words list no tools, "with 2 yoe, mostly airflow…", is passed over for the next one within them.)
    marker.lastIndex = m.index + 1;
    if ((m[1] && !toldAJob) || asked(text, m.index)) continue;
    // ("with some kafka, does my …": the comma that closed the list is no part of it.)
    const phrase = m[2]!
      .trim()
      .toLowerCase()
      .replace(/[\s,]+$/, '');
    if (/\d/.test(phrase) || /^(?:a|an|the|my|our|their|his|her|clients?|people|teams?|customers?|stakeholders?)\b/.test(phrase)) continue;
    const words = phrase
      .replace(/[+&/,()]/g, ' ')
      .split(/\s+/)
      .filter((w) => w !== '' && !listWords.test(w));
    if (
      words.length === 0 ||
      words.length > 6 ||
      words.some((w) => /^(?:de|mle|ds|ml|ai|data|engineer\w*|scientists?|analysts?|developers?|devs?)$/.test(w))
    )
      continue;
    const read = kb.read(words.join(' '));
    const unknown = new Set(read.unknown.map((u) => u.word.toLowerCase()));
    if (read.unknown.some((u) => u.kind === 'common') || !read.terms.some((t) => !unknown.has(t.from.toLowerCase()))) continue;
    return phrase
      .replace(/\s*[+&/]\s*/g, ', ')
      .replace(/\s*,\s*/g, ', ')
      .replace(/,\s*([^,]+)$/, ' and $1')
      .replace(/\s+and\s+and\s+/, ' and ');
  }
  return undefined;
}

/** "naira", "usd", "lakhs": a currency asked in ("in naira abeg") is no place of theirs. */
const aCurrency = new RegExp(`^${currencyWords}\\b`, 'i');

/** A message of one to three words that name a place and nothing else ("lagos nigeria", "in seattle."), lowercased. */
function barePlace(kb: KnowledgeBase, text: string): string | undefined {
  // ("and kenya", "ok and ghana", "what about lagos": a place asked after, a follow-up, not where they are.)
  if (/^\s*(?:(?:ok|okay|so|hmm+|well)[\s,]+)?(?:and|or|but|also|what\s+about|how\s+about)\b/i.test(text)) return undefined;
  // ("k ta", "cheers mate": thanks, however few the words, is no place.)
  if (acknowledges(text)) return undefined;
  const said = text
    // ("i meant melbourne", "sorry, melbourne": a place said again as a correction is the place.)
    .replace(/^\s*(?:(?:sorry|sry|oops|wait|actually|no|nah|typo|my\s+bad|lol)[\s,.!]+)*(?:i\s+meant?|meant)\s+/i, 'in ')
    // ("germany btw", "from nigeria actually": chat after the place says nothing more.)
    .replace(/(?:[\s,]+(?:btw|fyi|actually|tbh|ngl|lol|haha|rn|now|too|also|fr|here))+[\s.!]*$/i, '')
    // ("us based", "london based": the place, then "based".)
    .replace(/^\s*(\p{L}[\p{L} ]{1,30}?)[\s-]+based[\s.!]*$/iu, 'based in $1')
    // ("in the us", "from the uk".)
    .replace(new RegExp(`^(\\s*(?:from|in|based\\s+in)\\s+)${placeAfterThe}`, 'i'), '$1');
  const m = /^\s*(?:(?:from|in|based\s+in)\s+)?(\p{L}[\p{L}' ,-]{1,40}?)[\s.!]*$/u.exec(said);
  const place = m?.[1]?.replace(/,/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!place || place.split(' ').length > 3 || aCurrency.test(place)) return undefined;
  const read = kb.read(`pay in ${place}`);
  // ("hola", "bonjour": one word the articles never use, said alone, is a greeting or a word of another language as
  // likely as a place; "from X", "in X" or a place they know, "lagos nigeria", says where.)
  // ("germany btw": said with a word of telling, a name is where they are too.)
  const introduced = /^\s*(?:from|in|based\s+in)\s+/i.test(said) || said !== text;
  if (!introduced && !place.includes(' ') && !read.terms.some((t) => kb.analyzer.isSetting(t.term) && t.term !== remoteTerm))
    return undefined;
  // (A way of working, "remote", is a setting of the articles but no place.)
  const placeWord = (w: string) =>
    // (A place of more than one word, "pune india", is one name.)
    read.unknown.some((u) => u.kind === 'name' && u.word.split(' ').includes(w)) ||
    read.terms.some(
      (t) => (kb.analyzer.isSetting(t.term) || t.term === `${synonymPrefix}us`) && t.term !== remoteTerm && t.from.split(' ').includes(w),
    );
  // ("pune india": a city the word lists lack, read as a typo of another word, beside a place that is known.)
  const unread = (w: string) =>
    read.unknown.some((u) => u.word.split(' ').includes(w) || u.typed === w) ||
    read.terms.some((t) => t.corrected === true && t.typed === w);
  const named = place.split(' ');
  return named.some(placeWord) && named.every((w) => placeWord(w) || unread(w)) ? place : undefined;
}

/**
 * "sorry typo, 3 not 5", "i meant boston not austin", "its 4 yoe not 3": what it should have been (group 1), then the
 * thing told before that it replaces (group 2).
 */
const saidInstead =
  /(?:^|[\s,;:])(?:(?:i\s+meant|i\s+mean|meant|it'?s|its|i\s+have|i'?m\s+in|im\s+in|in)\s+)?([\p{L}\d][\p{L}\d.' -]{0,30}?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:in\s+)?([\p{L}\d][\p{L}\d.' -]{0,30}?)[\s,]*(?:lol|sorry|my\s+bad|oops|haha)?(?:\s*[,;]\s*(?:and|also|plus)\s+[^,;]{1,40})?[\s.!]*$/iu;

/** Whether a message corrects something told before by what it should have been ("sorry typo, 3 not 5"). */
export function saysInstead(text: string): boolean {
  return saidInstead.test(text);
}

/**
 * Years, a place or the role they head for, told before and corrected ("sorry typo, 3 not 5" after "5 yoe", "i meant de
 * not mle"): the fact as it now stands, or nothing when the words replaced are not what they told.
 */
function correctedFact(
  kb: KnowledgeBase,
  text: string,
  before: Profile,
  patterns: Record<Role, RegExp>,
): Pick<Profile, 'years' | 'place' | 'goal' | 'job'> {
  const m = saidInstead.exec(text);
  if (!m) return {};
  const [meant, replaced] = [m[1]!.trim().toLowerCase(), m[2]!.trim().toLowerCase()];
  // ("sorry i meant de not mle" after "how long to switch to mle": the role they head for, corrected.)
  const meantWords = meant.split(/\s+/);
  const toRole = [1, 2, 3].map((n) => roleOf(meantWords.slice(-n).join(' '), patterns)).find((role) => role !== undefined);
  const fromRole = roleOf(replaced, patterns);
  if (toRole && fromRole && toRole !== fromRole && before.goal === fromRole) return { goal: toRole };
  // ("sorry typo 3 not 5": the words before it run into what it should have been; the number or place ends them.)
  const number = (said: string, whole: boolean) =>
    new RegExp(`${whole ? '^' : '(?:^|\\s)'}(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?|yoe)?$`).exec(said)?.[1];
  const [now, then] = [number(meant, false), number(replaced, true)];
  if (now !== undefined && then !== undefined && before.years === Number(then)) return { years: Number(now) };
  // ("wait actually i meant backend not frontend" after "im a frontend dev": the job, those words of it replaced.)
  const job = before.job?.toLowerCase();
  if (job !== undefined && new RegExp(`(?:^|\\s)${escapeRegExp(replaced)}(?:\\s|$)`).test(job)) {
    // ("i meant i am 3rd year not 2nd": a year of study or other figure is replaced by the figure said, not the last word.)
    const instead = /^\d/.test(replaced)
      ? (meantWords.findLast((w) => /^\d/.test(w)) ?? replaced)
      : meantWords.slice(-replaced.split(/\s+/).length).join(' ');
    if (instead !== replaced && /^[\p{L}\p{N}+#-]+(?:\s+[\p{L}\p{N}+#-]+)*$/u.test(instead) && roleOf(instead, patterns) === undefined)
      return { job: job.replace(replaced, instead) };
  }
  if (before.place === undefined || replaced.replace(/^the\s+/, '') !== before.place) return {};
  const words = meant.replace(/^the\s+/, '').split(/\s+/);
  // (The shortest ending that names a place: "i meant boston", "ugh typo, new york".)
  const place = [1, 2, 3].map((n) => words.slice(-n).join(' ')).find((ending) => namesAPlace(kb, ending));
  return place !== undefined ? { place } : {};
}

/** A sum of pay as people type it: "95k", "$150,000", "32/hr", "12 lpa", "₦450k a month", "R$ 8.000 gross". */
const payAmount = String.raw`(?:(?:us|ca|au|r|c)?[$£€₹₦]\s*)?\d[\d,.]*\s*(?:k|m|mil|lpa|lakhs?|lacs?)?(?:\s*(?:usd|cad|aud|euros?|eur|gbp|inr|ngn|brl|reais|dollars|pounds|quid|rupees|naira|bucks))?(?:\s*(?:\/|per|a|an)\s*(?:year|yr|annum|month|mo|hour|hr|h|week|wk))?(?:\s*(?:usd|cad|aud|euros?|eur|gbp|inr|ngn|brl|reais|dollars|pounds|quid|rupees|naira|bucks))?(?:\s+(?:base|tc|total\s+comp|gross|net|pre-?tax|before\s+tax))?`;
/** "i make", "im on", "my salary is": pay said of themselves now (not "would i make", which asks). */
const earnsNow = new RegExp(
  String.raw`(?<!\b(?:would|could|will|can|do|does|should|might|much|if)\s+)\b(?:i\s+(?:currently\s+|only\s+|now\s+)?(?:make|earn|get\s+paid|take\s+home|pull\s+in|pull)|(?:i'?m|im|i\s+am)\s+(?:currently\s+|only\s+|now\s+)?(?:making|earning|on|paid|at)|my\s+(?:current\s+)?(?:salary|pay|income|comp|tc|base|wage)\s+(?:is|=|of|rn|now\s+is)?|^\W*(?:(?:currently|rn|atm|now)\s+)?on)\s*(?:like\s+|about\s+|around\s+|roughly\s+|approx(?:imately)?\s+|~\s*|only\s+|just\s+|barely\s+)?(${payAmount})`,
  'i',
);

/**
 * What a person says they earn now, as typed and trimmed ("95k CAD", "$32/hr"), or undefined. A bare number is no pay
 * ("im on 3 yoe"): it needs a currency, a thousands mark ("k", "150,000"), "lpa" or a period.
 */
export function payNow(text: string): string | undefined {
  const said = earnsNow
    .exec(text)?.[1]
    ?.trim()
    .replace(/[.,]+$/, '');
  if (!said) return undefined;
  const isPay =
    /[$£€₹₦]|\d\s*(?:k|m|mil|lpa|lakhs?|lacs?)\b|\d[,.]\d{3}|\d{4,}|usd|cad|aud|euros?|eur|gbp|inr|ngn|brl|reais|dollars|pounds|quid|rupees|naira|bucks|\/|per\s|\ban?\s+(?:year|month|hour)/i.test(
      said,
    );
  // (A number of years or a level, "im on 3 yoe", "i am at l4", is no sum.)
  const end = text.indexOf(said) + said.length;
  return isPay && !/^\s*(?:yoe|years?|yrs?|months?)\b/i.test(text.slice(end, end + 12)) ? said.slice(0, 40) : undefined;
}

export function updateProfile(
  kb: KnowledgeBase,
  user: string,
  question: string,
  before: Profile | undefined,
  patterns: Record<Role, RegExp>,
  now: number,
): Profile | undefined {
  // ("sup. ml engineer, 4 yoe": a greeting is no part of the job.)
  // ("i love <@&123> and @here": a mention is nobody's liking, job or place, and is never said back.)
  let text = kb
    .read(question)
    .plain.replace(greeting, '')
    // ("im 28 data analyst in toronto": an age before the job is who they are, no part of the job.)
    .replace(/\b(i'?m|im|i\s+am)\s+[1-7]\d\s+(?!(?:years?|yrs?|yo|yoe|k|months?|and|been|now|rn)\b)(?=[a-z])/gi, '$1 ')
    .replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g, ' ')
    // ("ex teacher (english lit, 9 yrs) now doing…": what is said in brackets is said as a clause of its own.)
    .replace(/\s*\(([^()]{2,60})\)\s*(?=[\p{L}\p{N}])/gu, ', $1, ')
    .replace(/\s+(?:and|or|,)\s*(?=[,.!?]|$)/g, '')
    .replace(jobPlace, (said, ...groups: (string | undefined)[]) => {
      const typed = groups.slice(0, 2).find((g) => g !== undefined);
      const meant = typed ? jobMeant(typed.toLowerCase()) : undefined;
      return meant ? said.replace(new RegExp(`${typed}$`), meant) : said;
    })
    // ("bakend dev", "fronted engineer": a kind of developer misspelt, a word English lacks.)
    .replace(/\b[a-z]{5,}\b/gi, (word) => {
      if (lexicon.classify(word.toLowerCase()) !== 'unknown') return word;
      const near = developerKinds.filter((kind) => editDistance(word.toLowerCase(), kind, 1) <= 1);
      return near.length === 1 ? near[0]! : word;
    });
  const found: Partial<Profile> = {};
  // ("i'm asking for my son. he is 21, second year cs", "how long would that take him? he is a student": a sentence
  // about someone else, with no word of the person's own, tells nothing about them.)
  if (sentencesOfOthers.test(text)) text = withoutOthersSentences(text);
  const moved = move.exec(text);
  if (moved) {
    // ("i want to move to mle eventually, currently de 4 yoe": where they are now, said with "currently".)
    const said = moved[1]!.replace(/^\s*(?:currently|now|right\s+now|rn|atm)\s+(?:an?\s+)?/i, '');
    const from = roleOf(said, patterns);
    const to = roleOf(moved[2]!, patterns);
    if (from) found.role = from;
    else found.job = said.trim();
    if (to) found.goal = to;
  }
  // "i'm not a data engineer, i'm a student": a job denied is no job; the next statement may say the real one.
  const left = moved ? undefined : leaving.exec(text);
  if (left) {
    const from = roleOf(left[1]!, patterns);
    if (from) found.role = from;
    else found.job = left[1]!.trim().toLowerCase();
  }
  // (Most turns name no job: the full pattern, costly at every position, runs only on those that name one.)
  // ("im a bootcamp grad, 1 yoe as a data analyst": the job they hold over the schooling they came from.)
  // ("mech eng grad, sde 3 yoe": a field named before "grad" or "degree" is what they studied, not their job.)
  const jobs = namesAJob.test(text)
    ? [...text.matchAll(jobStatements)]
        .filter((m) => !/^\s*(?:grad|graduate|degree|major|student|undergrad)\b/i.test(text.slice(m.index + m[0].length)))
        .map((m) => m.slice(1).find((group) => group !== undefined)!)
        // ("currently de 4 yoe": the role they are in now, "currently" no part of it.)
        .map((named) => named.replace(/^\s*(?:currently|now|rn|atm)\s+(?:an?\s+)?/i, ''))
        .filter((named) => !negated.test(named))
    : [];
  const named = jobs.find((named) => !stillLearning.test(named.trim())) ?? jobs[0];
  // ("swe backend 5yoe": the kind of work said after the job is part of it, "backend software engineer".)
  const kindAfter = named ? new RegExp(`\\b${escapeRegExp(named.trim())}\\s+(${workKinds})\\b`, 'i').exec(text)?.[1] : undefined;
  const job = named && kindAfter ? `${kindAfter} ${named.trim()}` : named;
  // ("5 yoe in accounting", "been in nursing 9 yrs", "background in finance": a field they work in, no job named.)
  const fieldSaid = !job && !moved && !left ? fieldStatement.exec(text) : null;
  const inField = fieldSaid
    ?.slice(1)
    .find((g) => g !== undefined)
    ?.toLowerCase();
  if (inField && !techJob.test(inField) && !namesAPlace(kb, inField)) found.job = inField;
  // ("been teaching math for 10 yrs", "i teach algebra at a hs", "ive been bartending 6 years": the job, said as what they do.)
  const doing = !job && !moved && !left && !inField ? jobDone.exec(text)?.[1]?.toLowerCase() : undefined;
  if (doing && !asked(text, text.toLowerCase().indexOf(doing))) found.job = jobDoers[doing.replace(/ing$/, '')] ?? doing;
  // ("hey 22 from india, cs grad", "just graduated in statistics": what a student or graduate studies, no job named.)
  const study = !job && !moved && !left && !inField ? studyStatement.exec(text) : null;
  const studying = study
    ? (study[1]?.trim() ?? (study[2] ? `${study[2].trim()} graduate` : study[3] ? `${study[3].trim()} student` : undefined))
    : undefined;
  if (studying && !namesAPlace(kb, studying.replace(/\s+(?:student|grad|graduate|undergrad)$/i, '')))
    found.job = studying.toLowerCase().replace(/\bgrad$/, 'graduate');
  // ("i teach 5th grade": the job said as what they do.)
  const taught = !job && !moved && !left && /\bi\s+(?:(?:currently|still|now)\s+)?teach\b/i.test(text) ? 'teacher' : undefined;
  if (taught) found.job = taught;
  // ("im a hs junior", "a college sophomore", "senior in high school": a year of school is who they are, a student.)
  const schoolYear = !job && !moved && !left && !inField && !doing && !studying && !taught ? schoolYearSaid.exec(text) : null;
  const school = schoolYear ? (schoolYear[1] ?? schoolYear[2])!.toLowerCase() : undefined;
  if (school) found.job = `${/^(?:hs|high\s+school)$/.test(school) ? 'high school' : school.replace(/^uni$/, 'university')} student`;
  else if (!job && !moved && !left && !inField && !doing && !studying && !taught && yearOfStudySaid.test(text)) found.job = 'student';
  // ("i was a teacher for 10 yrs before this, now learning python": the job they held, theirs no longer.)
  const held =
    !job && !moved && !left && !inField && !doing && !studying && !taught && !school ? formerJob.exec(text)?.[1]?.toLowerCase() : undefined;
  if (held && !techJob.test(held) && roleOf(held, patterns) === undefined) found.job = `ex ${held}`;
  if (job && !moved && !left) {
    const role = roleOf(job, patterns);
    if (role) found.role = role;
    else
      found.job = job
        .trim()
        .toLowerCase()
        .replace(/\bdev$/, 'developer')
        .replace(new RegExp(`\\b(?:${bareKinds})$`), (kind) => `${kind} developer`);
  }
  const goal = goalStatement.exec(text);
  // ("is mle harder to get into than de": a role compared to, after "into … than", is no one's goal.)
  // ("is it hard to break into de": a question of no one in particular heads nowhere; "how do i get into de" does.)
  const ofThemselves = firstPerson.test(text) || !asksAnything(text);
  // ("im a data analyst. my buddy is an mle thinking of going de": the plan is the buddy's, in a sentence of its own.)
  const goalSentence = goal
    ? (text
        .slice(0, goal.index)
        .split(/[.!?;]/)
        .at(-1) ?? '')
    : '';
  const someoneElses = saysOnlyOfSomeoneElse(goalSentence);
  if (goal && !found.goal && ofThemselves && !someoneElses && !/^than\b/i.test(goal[1]!)) {
    // "thinking about moving into DE": the role is what the move leads to.
    const target = goal[1]!.replace(/^(?:moving|move|switching|switch|going|getting|transitioning|pivoting)\s+(?:in)?to\s+/i, '');
    const named = target.replace(/\b(?:role|roles|instead|tbh|ngl|rn|now)\b/gi, ' ').trim();
    // "thinking ml": the field named for the role in it.
    const role = roleIn(named, patterns) ?? (/^(?:ml|machine\s+learning)$/i.test(named) ? 'mle' : undefined);
    if (role) found.goal = role;
  }
  // ("i think ill go mle", "nah de sounds chill", "ok de then", "i want to do mle": a role settled on, said as a choice.)
  const chose = !found.goal ? roleSettledOn(text, patterns) : undefined;
  if (chose) found.goal = chose;
  // ("i was leaning de but tbh mle sounds more fun", "i used to want mle but now im more into de": the role turned to
  // after the "but" is where they head now.)
  const turned = turnedTo(text, patterns);
  if (turned) found.goal = turned;
  const y = yearsInTheField.exec(text) ?? yearsSaid.exec(text);
  // ("my friend is an mle with 6 yoe", "<@…> is a de with 5 yoe": someone else's years are not theirs.)
  const ofSomeoneElse =
    !job &&
    !taught &&
    !moved &&
    (forSomeoneElse.test(text) || /^\s*(?:is|are|was)\s+an?\b/i.test(text)) &&
    !/\b(?:i|i'm|im|i\s+am|i've|ive)\b/i.test(text.slice(0, y?.index ?? 0));
  // ("and de with 3 yoe", "what about with 5 yoe" after a pay answer: the question again at those years, nobody's own.)
  const asksOnAtYears = /^\W*(?:and|or|what\s+about|how\s+about|same\s+for|now)\b/i.test(text) && !firstPerson.test(text);
  if (
    y &&
    !ofSomeoneElse &&
    !asksOnAtYears &&
    (job ||
      taught ||
      held ||
      doing ||
      moved ||
      inField ||
      /\b(?:experience|yoe|i\s+have|i've|ive|been|doing\s+(?:it|this|that))\b/i.test(text) ||
      // ("i meant 9 yrs", "sorry 9 yrs nursing not 8": years corrected, after years were told.)
      (before?.years !== undefined && /\b(?:i\s+meant?|meant|sorry|sry|typo|actually|not\s+\d)\b/i.test(text)))
  )
    found.years = Number(y[1]);
  // "no experience at all", "zero yoe": none.
  else if (/\b(?:no|zero|0)\s+(?:(?:real|work|professional|tech|industry)\s+)?(?:experience|exp|yoe)\b/i.test(text)) found.years = 0;
  const level = ofSomeoneElse || asksOnAtYears ? undefined : levelToldIn(text, Boolean(job || moved || found.years !== undefined));
  if (level) found.level = level;
  const like = likeStatement.exec(text);
  // "i like dashboards less and less", "i don't enjoy it anymore": a liking that is fading is no liking.
  if (like && !asked(text, like.index) && !/\b(?:less|anymore|any\s+more|no\s+longer)\b/i.test(like[0]!)) {
    // ("i like both models and infra tbh": two things liked, without the chat word after them.)
    const liked = like[1]!
      .trim()
      .toLowerCase()
      .replace(/(?:\s+(?:tbh|ngl|lol|lmao|honestly|fr|tho|though|too|as\s+well|equally|now|anymore|these\s+days))+$/, '');
    const both = /^both\s+(.+?)\s+and\s+(.+)$/.exec(liked);
    found.likes = both ? [both[1]!, both[2]!] : [liked];
  }
  // ("actually i also know some pytorch", "i know sql and python": what they can already do.)
  const known = knowStatement.exec(text);
  // ("which one is closer to what i already know": what they know is asked about there, not told.)
  if (known && !asked(text, known.index) && !/\b(?:what|which)\s+$/i.test(text.slice(0, known.index))) {
    const skills = known[1]!
      .trim()
      .toLowerCase()
      .replace(/(?:\s+(?:tbh|ngl|lol|honestly|fr|tho|though|too|as\s+well|already|now))+$/, '')
      // ("sql n tableau": "n" for "and".)
      .replace(/\s+n\s+/g, ' and ');
    if (skills !== '' && !/^(?:that|this|it|what|how|nothing|anything|much)\b/.test(skills)) found.knows = [skills];
  }
  // ("business analyst 3 yrs, mostly excel + tableau + some sql", "i use python and sklearn daily": the tools of their work.)
  if (!found.knows) {
    const tools = toolsTheyUse(kb, text, Boolean(job || found.years !== undefined));
    if (tools) found.knows = [tools];
  }
  const dislike = dislikeStatement.exec(text) ?? wornOut.exec(text) ?? notForThem.exec(text) ?? lackOf.exec(text);
  // ("burnt out on research as an mle": research is what they mind; the job it is done in is told apart.)
  // ("i hate stats now": when they came to mind it is no part of it.)
  // ("kinda bored of my job tbh", "sick of it": their own job, or the thing just talked of, is no kind of work to avoid.)
  const disliked = dislike ? (dislike[1] ?? dislike[2] ?? dislike[3] ?? dislike[4] ?? dislike[5] ?? '').trim() : '';
  if (dislike && !asked(text, dislike.index) && !/^(?:my|our|this|that|it|current|the\s+current)\b/i.test(disliked))
    found.dislikes = [
      (dislike[1] ?? dislike[2] ?? dislike[3] ?? dislike[4] ?? dislike[5]!)
        .trim()
        .toLowerCase()
        .replace(/\s+as\s+an?\s+.+$/, '')
        // ("i hate math now after my last class", "… since my professor failed me": what made it so is no part of it.)
        .replace(whatMadeItSo, '')
        .replace(/(?:\s+(?:now|anymore|any\s+more|these\s+days|tbh|ngl|lol|honestly|fr|tho|though|too))+$/, ''),
    ];
  // Where they are: said so ("i live in berlin"), or a place named beside their job or years ("4 years at a bank in
  // lagos") that the sources know or that is a name ("python" in "i work in python" is neither).
  // ("… with 6 yoe in fintech, based in london": where they say they live, before any other "in" of the story.)
  const livesAt = whereTheyLive.exec(text)?.index;
  const placeSaid =
    livesAt !== undefined
      ? (placeTold.exec(text.slice(livesAt))?.[1] ?? placeTold.exec(text)?.[1])?.trim().toLowerCase()
      : job || found.years !== undefined
        ? placeTold.exec(text)?.[1]?.trim().toLowerCase()
        : undefined;
  // ("18 yoe in accounting in toronto": the field they work in, then where; the place is the last "in".)
  const lastIn = placeSaid?.split(/\s+in\s+/).at(-1);
  const place = lastIn !== undefined && lastIn !== placeSaid && namesAPlace(kb, lastIn) ? lastIn : placeSaid;
  // ("im in high school", "i'm in college": a stage of schooling is who they are, not where.)
  const schooling = place !== undefined ? stageOfSchooling.exec(place) : null;
  if (schooling) {
    if (!found.job && !found.role && !job) found.job = `${schooling[1]!.replace(/^uni$/, 'university')} student`;
  } else if (
    place &&
    place !== found.job &&
    !aCurrency.test(place) &&
    ((whereTheyLive.test(text) && !namesAField(kb, place)) || namesAPlace(kb, place))
  ) {
    // ("i work in devops", "im in qa": a field of tech work is where they work, not a place.)
    // ("i work in mlops", "im in data science": a field of data work, which the sources speak of as a setting, is no place.)
    const dataWork = /^(?:mlops|ml\s+ops|llmops|data\s+science|machine\s+learning|ml|ai|analytics|data\s+analytics)$/i.test(place);
    if (techJob.test(place) && (!namesAPlace(kb, place) || dataWork)) {
      // (Its engineers are the job: "devops" is a devops engineer's work.)
      if (!found.job && !found.role && !job)
        found.job = /^(?:devops|sre|qa|frontend|backend|full[- ]?stack|software|platform|infra|mlops|llmops)$/.test(place)
          ? `${place} engineer`
          : place;
    }
    // ("na phone i dey use", read "i am in use": words the articles use name no place the person is in.)
    else if (namesAPlace(kb, place) || kb.read(`pay in ${place}`).unknown.length > 0) found.place = place;
  }
  // ("22 from philippines, it grad", "hey 18 india jee aspirant": an age said first, then where they are.)
  const aged = !found.place ? agedIntro.exec(text) : null;
  if (aged) {
    const [first, second] = aged[2]!.toLowerCase().split(/\s+/);
    // (Said with "from", a name is where they are from, as "i'm from …" says; bare, only a place the sources know.)
    const named = [first, second ? `${first} ${second}` : undefined].find(
      (words) =>
        words !== undefined &&
        barePlace(kb, `in ${words}`) !== undefined &&
        (aged[1] !== undefined ? !namesAField(kb, words) : namesAPlace(kb, words)),
    );
    if (named) found.place = named;
  }
  // ("lagos nigeria", "pune, india": a message that is a place and nothing else says where they are.)
  const bare = barePlace(kb, text);
  if (bare) found.place = bare;
  // ("data analyst, 1 yoe, manchester uk", "devops, 3 yoe, kano nigeria": a clause of its own beside the job or years
  // that names a place and nothing else says where they are, as "in" before it would.)
  else if (!found.place && (job || found.job || found.years !== undefined)) {
    const clausePlace = text
      .split(/[,;]|\s+-\s+/)
      .slice(1)
      .map((clause) => barePlace(kb, `in ${clause.trim()}`))
      // (A name beside a job may be a credential, "cpa": only a place the sources or the place names know.)
      .find((named) => named !== undefined && namesAPlace(kb, named));
    if (clausePlace) found.place = clausePlace;
    // ("dba here 7 yoe oracle/postgres lagos", "im a dba 7yoe lagos": a place the sources or the place names know, said
    // last, with no comma before it.)
    else {
      const last = text
        .replace(/[\s.!?]+$/, '')
        .split(/\s+/)
        .slice(-2)
        .map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
      // (Two words only when they name one place together, "new york"; not "yoe lagos".)
      const both = last.join(' ');
      const onePlace = (words: string) => {
        const read = kb.read(`pay in ${words}`);
        return read.unknown.some((u) => u.word === words) || read.terms.some((t) => t.from === words && t.kind === 'synonym');
      };
      const ending = [...(last.length === 2 && onePlace(both) ? [both] : []), last.at(-1)!].find(
        (words) => words !== '' && /^[\p{L} ]+$/u.test(words) && namesAPlace(kb, words) && !namesAField(kb, words),
      );
      // ("learning sql from youtube": what they learn from is no place.)
      const saidBefore =
        ending === undefined
          ? ''
          : text
              .replace(/[\s.!?]+$/, '')
              .slice(0, -ending.length)
              .toLowerCase();
      if (
        ending &&
        !/\b(?:from|on|via|with|using|watching|off|thru|through)\s*$/.test(saidBefore) &&
        !/\b(?:learn\w*|study\w*|taught|tutorials?|courses?|videos?)\b/.test(saidBefore) &&
        !(found.job ?? job ?? '').toLowerCase().split(/\s+/).includes(ending)
      )
        found.place = ending;
    }
  }
  // ("i moved to berlin actually": where they are now, if those words name a place.)
  const movedHere = movedTo.exec(text)?.[1]?.trim().toLowerCase();
  if (movedHere && namesAPlace(kb, movedHere)) found.place = movedHere;
  // ("i make like 95k CAD rn", "im on 32/hr cad", "my salary is $150,000": what they earn now, kept as said.)
  const pay = payNow(question);
  if (pay) found.pay = pay;
  // ("i like sql and i hate ambiguity" → "actually ambiguity doesnt bother me": a thing minded, taken back.)
  const unminded = noLongerMinded.exec(text);
  const unmindedThing = unminded ? (unminded[1] ?? unminded[2] ?? unminded[3] ?? unminded[4])?.trim().toLowerCase() : undefined;
  const takesBack = unmindedThing !== undefined && (before?.dislikes ?? []).some((d) => sharesAStem(d, unmindedThing));
  // ("sorry typo, 3 not 5 yoe": the years read first are the ones replaced; the correction stands.)
  if (before) {
    const corrected = correctedFact(kb, text, before, patterns);
    // ("wait sorry i meant im a backend dev not analyst": a job said whole stands as said.)
    if (found.job !== undefined || found.role !== undefined) delete corrected.job;
    Object.assign(found, corrected);
  }
  if (Object.keys(found).length === 0 && !takesBack) return before;
  // A new job replaces the old one, whichever way it was said.
  const base: Profile = { user, likes: [], ...before, updatedAt: now };
  if (found.role || found.job) {
    // ("teacher, 7 yoe" → "now im a data analyst, started 3 months ago": a job changed to keeps none of the old one's
    // years.)
    const changedJob =
      (base.role ?? base.job) !== undefined &&
      (found.role ?? found.job) !== (base.role ?? base.job) &&
      /\b(?:now|quit|left|switched|started|new\s+job|these\s+days|currently|anymore)\b/i.test(text);
    // (Another job's level is not known: a level kept goes with the job it was said of.)
    if (!found.level && (base.role ?? base.job) !== undefined && (found.role ?? found.job) !== (base.role ?? base.job)) delete base.level;
    delete base.role;
    delete base.job;
    // ("wait no im a student" after "a data engineer, 5 yoe": someone still learning has no years of the job before.)
    if (
      found.years === undefined &&
      ((found.job !== undefined && /\b(?:student|grad|graduate|undergrad|intern|bootcamper)\b/i.test(found.job)) || changedJob)
    )
      delete base.years;
  }
  // ("i want models, love ml stuff" → "actually nah i think i prefer building pipelines": a liking taken back for
  // another replaces the ones before.)
  // (Not a thing they minded, now liked: "i hate stats and i like pipelines" → "actually i love stats now" turns stats
  // alone.)
  const turnsAMinded = found.likes?.some((like) => (base.dislikes ?? []).some((d) => sharesAStem(d, like))) === true;
  if (found.likes && changesTheirMind.test(text) && !turnsAMinded && !/\b(?:also|too|as\s+well)\b/i.test(text)) base.likes = [];
  // What they now like is no longer disliked, and the other way round: the latest word on a thing stands.
  // ("sql and building pipelines", then "i love sql and hate math": a thing a longer liking already names is not kept twice.)
  const likes = found.likes ? notSaidInAnother([...new Set([...found.likes, ...base.likes])]).slice(0, 3) : base.likes;
  const dislikes = found.dislikes
    ? notSaidInAnother([...new Set([...found.dislikes, ...(base.dislikes ?? [])])]).slice(0, 3)
    : base.dislikes;
  // ("some pytorch", then "sql, python and some pytorch": what a later word already says is not said twice.)
  const knowsAll = found.knows ? [...new Set([...found.knows, ...(base.knows ?? [])])] : base.knows;
  // ("sql and tableau", then "sql, tableau and some python": a list another one holds whole is not said twice.)
  const wordsOfList = (list: string) =>
    new Set(
      list
        .toLowerCase()
        .match(/[\p{L}\p{N}+#.]+/gu)
        ?.filter((w) => !/^(?:and|or|some|a|bit|of|little|the)$/.test(w)),
    );
  const holds = (other: string, k: string) => other !== k && [...wordsOfList(k)].every((w) => wordsOfList(other).has(w));
  const knows = knowsAll?.filter((k, i) => !knowsAll.some((other, j) => j !== i && holds(other, k))).slice(0, 3);
  // ("pivot into de", then "im a de 3 yoe": the role they now say they work in is no longer where they head.)
  if (found.role !== undefined && found.goal === undefined && base.goal === found.role) delete base.goal;
  // ("i love stats" → "actually i hate math now": the mind changed on the same thing, named in other words the
  // vocabulary holds as one, takes the liking back.)
  const sameThing = (a: string, b: string) => {
    const terms = new Set(kb.analyze(b).flatMap((t) => (t.kind === 'synonym' ? [t.term] : [])));
    return kb.analyze(a).some((t) => t.kind === 'synonym' && terms.has(t.term));
  };
  // (A liking that names the thing in the same words, "math n stats" → "i hate stats now", keeps what else it names:
  // withoutWhatIsNow.)
  const saidAlike = (like: string, d: string) => like.split(/\s+/).some((w) => w.length > 2 && d.split(/\s+/).includes(w));
  const likesLeft =
    found.dislikes && changesTheirMind.test(text)
      ? likes.filter((like) => !found.dislikes!.some((d) => !saidAlike(like, d) && sameThing(like, d)))
      : likes;
  return {
    ...base,
    ...found,
    likes: withoutWhatIsNow(likesLeft, found.dislikes),
    ...(dislikes ? { dislikes: withoutWhatIsNow(dislikes, [...(found.likes ?? []), ...(takesBack ? [unmindedThing] : [])]) } : {}),
    ...(knows ? { knows } : {}),
    updatedAt: now,
  };
}
