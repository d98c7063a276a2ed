/**
 * Reads a question as people type it: chat markup (links, mentions, emphasis) removed, chat abbreviations spelled out, misspelt
 * words corrected, the ask separated from the person's context, and the ask's words the articles never use
 * sorted by how much they matter (a place or a company matters; "tbh" does not).
 */
import { titlesOnlyOtherJobs } from '../question/jobWords.js';
import {
  expandAbbreviations,
  fieldAsRole,
  forSomeoneElse,
  placeholderIt,
  pronounUs,
  whoSaidIt,
  splitQuestion,
  undecided,
  takingBack,
  type ChatVocabulary,
  whereTheAskerIs,
} from '../question/chat.js';
import type { EnglishLexicon } from '../question/lexicon.js';
import { stripMarkup } from '../question/markup.js';
import { escapeRegExp } from '../question/regexp.js';
import { type Analyzer, chooseTerm, normalizeText, type QueryTerm, stem, synonymPrefix, words } from './analyzer.js';
import { type Direction, namesBothMoves, questionDestination, questionDirection } from './direction.js';
import { currencyAsked, currencyWords } from './currencies.js';
import { definedTerm, type Intent, questionIntent } from './intent.js';
import { rolesIn } from './sides.js';
import type { Role } from './vocabulary.js';
import { withTheTimeAsked } from './timeAsked.js';
import { createCorrector } from './typos.js';

/**
 * A word of the ask that the articles never use, by kind: a `name` (a place, a company, a nationality), a
 * `title` (a job the articles never name), `jargon` (neither English nor in the articles: "h1b", "zoomcamp")
 * or a `common` English word ("marathon", "cost").
 */
export interface UnknownTerm {
  word: string;
  kind: 'name' | 'title' | 'jargon' | 'common';
  /** Whether it is in the main question of the post (its first asking sentence), not a side question. */
  inMainAsk: boolean;
  /** A title or a company the articles do name, in passing: it is missing only where the closest passage leaves it out. */
  mentioned?: true;
  /** For a kind of thing (an exam, a course): covered only where the closest passage is about it, not naming it in passing. */
  prominent?: true;
  /** How specific the word is in general English, 0.25..1 (see EnglishLexicon.specificity). */
  specificity: number;
  /** The word as typed, when it was corrected to `word`. */
  typed?: string;
  /** Where the person says they live or work ("i'm in berlin", "backend dev 2 yrs in bangalore"): it matters for pay only. */
  told?: true;
}

/** A question as the engine understands it. */
export interface ReadQuestion {
  /** As typed, trimmed. */
  text: string;
  /** Without markup, with chat abbreviations spelled out. */
  plain: string;
  /** `plain` with each misspelt word corrected ("senoir pay" → "senior pay"), lowercased where corrected. */
  spelled: string;
  /** What is asked (drives retrieval and must be covered). */
  ask: string;
  /** What the person says about themselves (re-ranks only). */
  context: string;
  /** The ask's terms. */
  terms: QueryTerm[];
  /** The context's terms that the ask does not already have. */
  contextTerms: QueryTerm[];
  /** The context remarks on the roles ("they both write python"), saying nothing of the person: it weighs less. */
  commentary?: true;
  /** The roles the ask names: of two, the one set against the other ("…that an MLE doesn't") is left out. */
  roles: ('de' | 'mle')[];
  /** The role the ask sets its subject against ("what does a DE need that an MLE doesn't": mle), if one. */
  contrasted?: 'de' | 'mle';
  intent: Intent;
  direction?: Direction;
  /** The ask's words the articles never use, most telling first. */
  unknown: UnknownTerm[];
  /** How messages name the synonym groups of this question's terms ("pay" for syn:salary). */
  labels: ReadonlyMap<string, string>;
  /**
   * Set when the ask named nothing ("which one should I pick?") and its topic was taken from what the person
   * said about themselves ("I mostly care about the comp ceiling").
   */
  fromContext?: boolean;
  /** Settings the question rules out ("…, not faang, just in general"): their synonym terms ("syn:faang"). */
  ruledOut?: readonly string[];
}

/**
 * The role a question sets its subject against: "…that an MLE doesn't", "which DEs don't need", "unlike DEs",
 * "but not an MLE", "pick de over mle" (one of its groups holds it).
 */
const contrast =
  /\b(?:that|which|who)\s+((?:[\w'-]+\s+){1,4}?)(?:doesn'?t|does\s+not|don'?t|do\s+not|dont|doesnt|won'?t|wouldn'?t|lacks?|never)\b|\b(?:unlike|but\s+not)\s+((?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2})|\b(?:pick|picks|picking|choose|chooses|choosing|prefer|prefers|go\s+for|going\s+for)\s+(?:[\w'-]+\s+){1,3}?(?:over|rather\s+than|instead\s+of)\s+((?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2})/gi;

/**
 * "do mles need deep sql like des do", "do des need to know as much stats as mles": what one role needs, measured by
 * the other's (the other is the yardstick, not asked about). Only in questions of needing or knowing: "do des earn
 * as much as mles" compares the two.
 */
const yardstick =
  /\blike\s+((?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:do|does|did)\b|\bas\s+(?:much|many|deep(?:ly)?|well|good)\s+(?:[\w'-]+\s+){0,3}?as\s+((?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2})/gi;
/** The same, for testing whether a question measures one role's need by the other's (the conversation turns it round). */
export const measuredByTheOther = new RegExp(yardstick.source, 'i');
const needing = /\b(?:need|needs|know|knows|learn|learns|use|uses|require|requires|go\s+deep)\b/i;

/**
 * "what are the pros of going mle, besides the pay\": what a question sets aside is not what it asks about (the
 * pay would make it a question for a figure). The clause runs to the next mark or the end, at most four words.
 */
// ("i want to get hired fast, dont care about max pay": what they do not care about is set aside likewise; "would i
// hate mle if i dont care about ml" asks of it.)
const setAside =
  /(?:^|,\s*|\s)(?:besides|apart from|aside from|not counting|excluding|(?:i\s+)?(?<!\b(?:if|when|whether)\s+(?:i\s+)?)(?:dont|don't|do\s+not|doesnt|doesn't)\s+(?:really\s+)?(?:care|mind)\s+(?:about|for|much\s+about)|not\s+(?:bothered|fussed)\s+about)\s+(?:[^\s,.?!;]+\s*){1,4}?(?=[,.?!;]|$)/gi;

/**
 * "less likely to get automated away in 10 yrs", "in the next five years": a time ahead, the future asked about, never
 * years of experience nor a figure.
 */
export const horizon =
  /\b(?:in|within|by|over\s+the\s+next|for\s+the\s+next)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:(?:like|about|around|maybe|roughly|say)\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?|a\s+few|few|couple(?:\s+of)?|a\s+couple(?:\s+of)?|two|three|five|ten|twenty)\s*\+?\s*(?:years?|yrs?|decades?)(?!\s+(?:of\s+experience|in|as|at)\b)(?:\s+(?:time|from\s+now))?\b|\b(?:\d{1,2}|five|ten|twenty)\s*(?:years?|yrs?)\s+from\s+now\b/gi;

/** "whats a normal day like for an mle, not at a faang", "…, not just big tech": a setting ruled out is not asked about. */
const ruledOut =
  /(?:,\s*|\s+)(?:but\s+)?(?:not\s+(?:at|in|just|only|including|counting)|outside(?:\s+of)?)\s+(?:[^\s,.?!;]+\s*){1,6}?(?=[,.?!;]|$)/gi;

/** A job told as the person's own: "i'm a …", "as an …", "… here", or who a choice is for ("for a …"). */
/** "im a cs student", "fresher", "2025 passout", "bootcamp grad", "no experience": someone new to the field. */
const newToIt =
  /\b(?:students?|grad|graduate|undergrad|fresher|passout|pass\s+out|bootcamp(?:er)?|new\s+to\s+(?:this|tech|it|the\s+field)|no\s+(?:experience|internships?|job\s+yet)|(?:just|recently)\s+(?:finished|graduated|completed)|final\s+(?:yr|year)|(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:yr|year))\b/i;
/** "love stats", "hate on-call", "into sql": a liking or dislike told, which a choice turns on. */
const toldWhatTheyLike =
  /\b(?:like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|hate|hates|prefer|prefers|into|mind|minds|care|cares|passion(?:ate)?|good\s+at|bad\s+at|strong\s+in|weak\s+in)\b/i;
const ownJob = /^\s*for\s+an?\s|\b(?:i'?m|im|i\s+am|as|been|currently)\s+an?\s|\bhere\b/i;
/** "i'm a backend engineer", "im an sre", "been a data analyst": the job the person holds (its words, group 1). */
const heldJob =
  /\b(?:i'?m|im|i\s+am|been)\s+(?:an?\s+)?((?:[\p{L}+#./-]+\s+){0,2}?(?:engineer|developer|dev|analyst|scientist|admin|administrator|dba|sre|programmer|architect))s?\b/iu;
/** A role's name among a job's words ("data engineer", "ml engineer", "mle"). */
const namesARole = /\b(?:data|ml|machine\s+learning|mle|de)\b/i;
/** Countries people write in capitals ("uk", "usa"). */
const countryCodes = /^(?:us|usa|uk|uae|eu)$/;
/** "went to mle", "switching into data", "move over to de": a move into one of the roles, said in passing. */
/** "how much would i lose", "how much money would i gain": what a move would cost or bring, in pay. */
const howMuchLost =
  /\bhow\s+much\s+(?:money\s+|pay\s+)?(?:would|will|do|does|could|might|am|would\s+i\s+be)\s*(?:i|you|u|one|we)?\s+(?:lose|gain|losing|gaining)\b|\bhow\s+much\s+(?:more|less)\s+(?:money\s+)?(?:would|will|could|might|do|does)\s+(?:i|you|u|one|we)\s+(?:make|earn|get\s+paid|be\s+paid)\b/i;

/** "would i make more as an mle", "will i earn less as a de": pay in a role someone would move into, set against now. */
const earnsMoreAs =
  /\b(?:would|will|could|do|does|wud|wld)\s+(?:i|you|u|one)\s+(?:make|earn|get\s+paid|be\s+paid)\s+(?:more|less)\s+(?:money\s+)?(?:as|in|at)\s+(?:an?\s+)?(?:de|des|mle|mles|ml|data\s+eng|machine\s+learning)\b/i;

const movesToARole =
  /\b(?:switch\w*|mov(?:e|ed|ing)|went|go|going|pivot\w*|transition\w*|thinking(?:\s+(?:about|of))?|considering)\s+(?:from\s+(?:an?\s+)?(?:\S+\s+){1,3}?)?(?:to|into|over|across)?\s*(?:an?\s+)?(?:de|mle|ml|data|machine)\b/i;
/** Words that say a job is or was the person's own ("i'm a", "i was a", "worked as an"). */
const pastOwnJobMarkers = /\b(?:i'?m|im|i\s+am|i\s+was|was|as|been|currently|worked\s+as)\s+(?=an?\b)/giu;
/** Words that say a job is the person's own ("i'm a", "as a"), which `otherJobTitle` passes over. */
const ownJobMarkers = /\b(?:i'?m|im|i\s+am|as|been|currently)\s+(?=an?\b)/giu;
/** A choice asked, then for whom: "which one is better | for a data analyst", "de or mle | for someone coming from …". */
const forWhom =
  /^(?<ask>[^.?!\n]*?\b(?:which|better|best|easier|harder|pick|choose|or|vs\.?|versus)\b[^.?!\n]*?)\s+(?<whom>for\s+(?:an?|someone|somebody|a\s+person|people|ppl|folks)\b[^.?!\n]*?)\s*(?<end>[?!.]*)\s*$/iu;
/**
 * "how cooked am i as an econ major wanting mle", "…, not faang, just in general": who is asking, said inside the
 * ask ("as an econ major"), or a setting ruled out after a comma, is not what the question asks about.
 */
const asWho = /\s+as an? (?:[\p{L}+#./-]+\s+){0,2}?(?:major|student|grad|graduate|dropout|undergrad)\b/giu;
/** Words of pay ("what would i earn", "salary"), for what a level said of the asker means. */
const asksPay = /\b(?:earn|earning|make|making|paid|pay|salary|salaries|comp|tc)\b/i;
/** "coming from a ds background, do mles need sql?": the person's background, said inside the ask, is context. */
const background = /(?:^|,\s*|\s)(?:coming\s+)?(?:from|with)\s+an?\s+(?:[\p{L}+#./-]+\s+){1,3}?background\b,?/giu;
/** "what would u pick in my shoes", "if you were me": the bot asked to choose for the person, which "for me" says. */
const inTheirPlace =
  /\s*\b(?:if\s+(?:you|u)\s+were\s+(?:me|in\s+my\s+(?:shoes|position|place|situation))|in\s+my\s+(?:shoes|position|place))\b/gi;
/** "how long would it take me if i grind": the effort the person means to put in, not how hard the thing is. */
const effort =
  /\s*\bif\s+i\s+(?:really\s+)?(?:grind|hustle|work\s+hard|study\s+hard|go\s+hard|lock\s+in|put\s+in\s+the\s+(?:work|hours|time))(?:\s+(?:really\s+|super\s+)?(?:hard|a\s+lot|daily|every\s+day|full[-\s]time))?\b/gi;
/**
 * "ok in english: whats the difference", "what do they own in terms of infrastructure", ", like not the linkedin
 * version", "…in simple words", "…in one sentence": how to say it (or not), not what is asked about ("eli5" asks for an analogy, which the articles have).
 */
const plainly =
  /(?:,\s*|\s)(?:(?:like|i\s+mean|so)\s+)?not\s+(?:the\s+)?(?:[a-z'-]+\s+){1,2}(?:version|answer|take|definition|spin|pitch)\b\s*(?=[,.?!;]|$)|\b(?:in\s+(?:plain\s+|simple\s+|normal\s+)?english|in\s+(?:simple|plain|layman'?s?|normal|easy|basic)\s+(?:terms|words|language)|in\s+terms\s+of|in\s+(?:(?:just\s+)?(?:one|a|1|two|2|three|3|a\s+few|few)|a\s+single)\s+(?:sentences?|words?|lines?)|in\s+a\s+nutshell)\b\s*[:,]?|^\s*(?:(?:ok(?:ay)?|so|fine)[,\s]+)?(?:plain\s+|simple\s+)?english\s*[:,-]/gi;
/** "i like modeling and pipelines about the same", "enjoy models and infra equally": both sides liked alike. */
const likedAlike =
  /\b(?:like|love|enjoy|(?:am|'m|m)\s+into)\s+(?:[\p{L}-]+\s+){1,3}?(?:and|&|n)\s+(?:[\p{L}-]+\s+){1,3}?(?:about\s+the\s+same|(?:pretty\s+)?equally|the\s+same(?:\s+amount)?|just\s+as\s+much|50\/50|fifty[\s-]fifty)\b/giu;
/** "i live in …", "living near …": where someone lives, said with a word the articles use otherwise ("live coding"). */
/** Words that ask how normal a figure is ("a realistic tc", "normal salary"), not about anything else. */
const payHedges = /^(?:realistic|normal|typical|average|fair|decent|reasonable|expected|usual|standard|competitive|good)$/;
/** "pay for a cert", "offered to cover a course": someone meeting the cost of learning, which says nothing of pay. */
const paidFor =
  /\b(?:pay|pays|paid|paying|cover|covers|covered|covering|reimburse|reimburses|reimbursed|fund|funds|funded|sponsor|sponsors)\s+for\s+(?=(?:(?:a|an|one|the|my|any|some|this|that)\s+)?(?:[\w-]+\s+)?(?:certs?|certifications?|certificates?|courses?|bootcamps?|degrees?|masters|training|exams?|classes)\b)/gi;

/** A question of growth or of the market's trend, which a year may measure ("are mle listings up this year"). */
const growthAsked = /\b(?:grow|grows|grew|growing|growth|up|down|rise|rising|fall|falling|listings?|postings?|demand|trend\w*|hiring)\b/i;

/** The concept of choosing between the roles ("which should i pick", "choose"). */
/** A role's growth asked alone (`syn:growth`), and the words that only say how fast. */
const growthTerm = `${synonymPrefix}growth`;
const genaiTerm = `${synonymPrefix}genai`;
/** An AI assistant by name, as people blame one for taking jobs ("chatgpt", "claude", "copilot"). */
/** "llms", "ai", "gen ai", "chatgpt": a name of AI itself, as a word or a phrase of the question. */
const aiNamed =
  /^(?:ai|a\.i\.?|llms?|gen\s?ai|generative\s+ai|large\s+language\s+models?|chat\s?gpt|gpt-?\d?|claude|gemini|copilot|agents?)$/i;
/** A role's work done by something else: replaced, automated, made obsolete, its jobs taken. */
const threatened =
  /\b(?:replac\w*|automat\w*|obsolete|redundant|(?:take|steal)\s+(?:over\s+)?(?:(?:my|our|their|your|the|all\s+the)\s+)?(?:[\w']+\s+){0,2}?jobs?|kill\w*|wipe\w*\s+out|do\s+(?:my|our|their|your|the)\s+jobs?)\b/i;
/** "can chatgpt do a data engineers job", "will ai take my job as a de": AI doing a role's work. */
const aiDoesTheJob =
  /\b(?:ai|llms?|chat\s?gpt|gpt|claude|copilot|agents?)\b[^.?!]{0,30}\b(?:do|take|steal|replace)\s+(?:(?:my|our|their|your|the|an?)\s+)?(?:[\w']+\s+){0,3}?jobs?\b/i;
const aiAssistant = /^(?:chat\s?gpt|gpt-?\d?|claude|gemini|(?:github\s+)?copilot)$/i;
const salaryGrowthTerm = `${synonymPrefix}salarygrowth`;
const comparatives = new Set(['faster', 'fastest', 'more', 'most', 'quicker', 'quickest', 'quickly', 'fast', 'lately', 'now', 'still']);
/** Words in which a person speaks of themselves (a story told before the ask that sets things against each other without them is the choice asked about). */
const firstPerson = /\b(?:i|im|i'm|ive|i've|id|i'd|me|my|mine|myself|we|our|us|wanna|tryna|lemme|imma)\b/i;

/** "NOT moving to sf", "wont relocate to nyc", "dont want to move to london": a place refused (group 1). */
const placeRefused =
  /\b(?:not|never|won'?t|wont|dont\s+want\s+to|don't\s+want\s+to|do\s+not\s+want\s+to|can'?t|cant|refuse\s+to)\s+(?:be\s+)?(?:mov(?:e|ing)|relocat(?:e|ing))\s+(?:over\s+)?to\s+([^,.?!;]{1,30})/gi;
const residence = /\bliv(?:e|es|ed|ing)\s+(?=(?:in|near|outside|out\s+in|on)\b)/gi;
/**
 * "at 40", "is 40 too old", "35 years old", "in my 30s", "over 40", "im 35 is that too late": the person's age, which no
 * figure of the articles is about.
 */
const anAge =
  /\b(?:(?:i'?m|im|i\s+am|over|past)\s+)[2-7]\d\b(?!\s*(?:%|k\b|\+|\$|months?|years?\s+(?:of|in|at|as|into)|yrs?\s+(?:of|in|at|as|into)|yoe|hours?|hrs?|h\b|mins?|people|percent|days?|weeks?))(?!\s+years?\s+(?:experience|exp))|\b(?:at|by)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?[1-7]\d\b(?!\s*(?:%|k\b|\+|months?|years?\s+(?:of|in)|yrs?\s+(?:of|in)|yoe|hours?))|\b[1-7]\d\s*(?:years?\s+old|yrs?\s+old|yo)\b|\bin\s+(?:my|their|your|his|her|our)\s+(?:early\s+|late\s+|mid\s+)?[2-7]0s\b|\b[1-7]\d\s+(?=(?:is\s+)?too\s+(?:old|late)\b)/gi;
/**
 * "im 24, cs grad, backend dev…", "26 yo data analyst": an age told as who the person is, said in passing. It is
 * asked about only where the message speaks of age ("too old", "at my age", "is 35 too late") or asks it ("at 30").
 */
const toldAge = /^(?:\b(?:i'?m|im|i\s+am)\s+[2-7]\d|[1-7]\d\s*(?:years?\s+old|yrs?\s+old|yo))$/i;
/** "i'm in lagos", "i live in berlin", "based in toronto": where the person is (the place's words captured). */
const whereTheyAre =
  /\b(?:i'?m|i am|i live|i'm living|living|based|i work|working|moving|(?:my|our)\s+(?:flat|house|home|apartment|place|city|town|room))\s+(?:in|at|from|to|near)\s+((?:[\p{L}\p{N}]+\s*){1,2})/gu;
/** The role a story says the person heads for ("wanna go mle", "want to move into de"), if one. */
function headsFor(story: string): 'de' | 'mle' | undefined {
  const named =
    /\b(?:go|going|be|become|becoming|get\s+into|break\s+into|into|to)\s+(?:an?\s+)?(mle|ml\s*eng\w*|machine\s+learning(?:\s+eng\w*)?|de|data\s+eng\w*)\b/i.exec(
      story,
    )?.[1];
  return questionDestination(story) ?? (named === undefined ? undefined : /^(?:mle|ml|machine)/i.test(named) ? 'mle' : 'de');
}

/** "manager", "engineering manager", "directors": a title of who leads others, a job of its own the sources name only as a rung of the ladder. */
export const leadsOthers = /\b(?:manager|director)s?$/i;

/** Short names of jobs people type beside the vocabulary's title nouns ("backend dev", "sde", "dba", "cs grad"). */
const shortJobNames = ['devs?', 'swes?', 'sdes?', 'dbas?', 'admins?', 'grads?', 'students?'];

/** "im 45 and a nurse", "im 30, a teacher": an age told before a job. */
const toldAgeThenJob = /\b(i'?m|im|i\s+am)\s+[2-7]\d\s*(?:,\s*|\s+and\s+)(?=an?\s)/gi;
/** Words that make an age part of what is asked: being too old or young, late, or one's age itself. */
const ageConcern =
  /\b(?:too\s+(?:old|late|young)|old(?:er)?|age[ds]?|young(?:er)?|late\s+(?:start|starter|bloomer)|(?:is\s+it|am\s+i)\s+late|ageism)\b/i;
const ruledOutBare =
  /,\s*(?:but\s+)?not\s+(?:an?\s+)?(?:faang|maang|big\s+tech|startups?|google|meta|amazon|apple|netflix)\b[^,.?!;]{0,20}(?=[,.?!;]|$)/gi;

/** "besides salary whats the main difference", "apart from pay which is more fun": set aside before the question itself. */
/** ("# de skills\nbesides sql and python what should a data engineer know": at a line's start, two things set aside.) */
const setAsideFirst =
  /(^|\n)(?:besides|apart\s+from|aside\s+from|other\s+than)\s+(?:the\s+)?(?:[^\s,.?!;]+\s+){1,4}?(?=(?:what|whats|what's|which|how|why|is|are|do|does|who|should|would|can)\b)/i;

/** The synonym group of pay (knowledge/vocabulary.json). */
const salaryTerm = `${synonymPrefix}salary`;
/** "use day to day", "touch daily": a verb of using, then how often. */
const usedDaily =
  /\b(?:use|uses|using|touch|touches|work\s+with|works\s+with|rely\s+on)\s+(?:\w+\s+){0,2}?(?:day\s+to\s+day|day-to-day|daily|every\s?day|on\s+a\s+daily\s+basis)\b/i;
/** "what do data engineers use", "what do they use instead", "what does an mle use daily": a role's tools, asked plainly. */
const whatTheyUse =
  /^\W*(?:(?:so|and|ok(?:ay)?|but)[\s,]+)*(?:what|wat|which\s+(?:stuff|things))\s+(?:do|does|would|will|did)\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+){0,3}?(?:use|actually\s+use|usually\s+use)(?:\s+(?:instead|then|daily|every\s*day|at\s+work|most|mostly|on\s+the\s+job|day\s+to\s+day))?[\s?!.]*$/iu;
const toolTerm = `${synonymPrefix}tool`;
/** The words of "day to day", "daily", "every day". */
const dayWords = /^(?:day|days|daily|everyday|every day|day to day|day-to-day)$/i;

/** The vocabulary's group of pay premiums ("which skills pay the most"). */
const premiumTerm = `${synonymPrefix}premium`;
/** The vocabulary's group for the United States, its states and cities among its phrases. */
export const usTerm = `${synonymPrefix}us`;
const entryLevelTerm = `${synonymPrefix}entry`;
export const nigeriaTerm = `${synonymPrefix}nigeria`;
const remoteTerm = `${synonymPrefix}remote`;
/** A sum of pay as people write it: "$150k", "150k", "150,000". */
const quotesPay = /\$\s?\d|\b\d{2,3}k\b|\b\d{2,3},\d{3}\b/i;

/** The synonym group of moving between the roles (knowledge/vocabulary.json). */
const switchTerm = `${synonymPrefix}switch`;
const gapTerm = `${synonymPrefix}gap`;
const overviewTerm = `${synonymPrefix}overview`;
const skillTerm = `${synonymPrefix}skill`;
const educationTerm = `${synonymPrefix}education`;
const priorityTerm = `${synonymPrefix}priority`;
const outlookTerm = `${synonymPrefix}outlook`;
const difficultyTerm = `${synonymPrefix}difficulty`;
const careerPathTerm = `${synonymPrefix}careerpath`;
const yearTerm = `${synonymPrefix}year`;
const dayToDayTerm = `${synonymPrefix}daytoday`;
/**
 * "…what a de does all day, is it just writing sql", "isnt de basically just writing sql all day": a premise put as
 * what the work comes down to (group 1), which the day's work answers.
 */
const justThePremise =
  /\b(?:just|only|basically|literally|mostly|all)\s+((?:writing|doing|building|making|moving|cleaning|running|fixing|plumbing|copying|gluing|babysitting|tuning|training)\b[^,.?!;]*)/i;
/** The measures the roles are compared on by which a choice between them may be asked ("for the money", "to get hired fast"). */
const comparedMeasures = new Set([salaryTerm, difficultyTerm]);
/** "the highest", "the max", "top": the top of a range asked for. */
const topOfPay = /\b(?:highest|max|maximum|top|most|peak)\b/i;
/** The words of `topOfPay` as terms. */
const topWords = new Set(['highest', 'maximum', 'max', 'top', 'peak']);
/**
 * "150k", "3yoe", "2x", "5th", "10am": a number as chat writes a sum, a span, a multiple or a rank, which names nothing
 * the sources could lack ("5x5", "200gb", "gpt4" do: a thing's name).
 */
const aNumberSaid =
  /^\d+(?:[.,]\d+)?(?:k|m|mm|b|x|yoe|yr|yrs|y|yo|s|st|nd|rd|th|am|pm|h|hr|hrs|min|mins|d|w|wk|wks|mo|mos|month|months|year|years|ish|lpa|l|cr)?$/i;
/** A role judged lesser or passing: "just a cope", "a hype bubble", "overrated", "a fad", "a trap". */
const judgedAsLesser =
  /\b(?:cope|copium|hype|hyped|overhyped|overrated|bubble|fad|scam|meme|trap|dead\s+end|glorified|fake|mediocre|lame|meh|underwhelming|trash|garbage|pointless)\b/i;
/**
 * "i'm a data engineer (5 yoe) … would mle be realistic for me?": someone in one role asking whether the other is for
 * them asks about the move between the two, from theirs. Only a role they are (not one they admire or work beside),
 * and only an ask about themselves doing the other.
 */
function moveOfTheirOwn(context: string, ask: string, contextRoles: readonly Role[], askRoles: readonly Role[]): Direction | undefined {
  if (contextRoles.length !== 1 || askRoles.length !== 1 || contextRoles[0] === askRoles[0]) return undefined;
  if (
    !/\b(?:i'?m|i\s+am|im|i\s+work\s+as|working\s+as|been\s+(?:an?\s+)?)\s*(?:an?\s+)?(?:\w+\s+){0,2}?(?:data\s+eng\w*|de|ml\s+eng\w*|mle|machine\s+learning\s+eng\w*)\b/i.test(
      context,
    )
  )
    return undefined;
  if (!/\b(?:for\s+me|could\s+i|can\s+i|should\s+i|would\s+i|me\s+to|realistic|doable|feasible|possible)\b/i.test(ask)) return undefined;
  return contextRoles[0] === 'de' ? 'de-to-mle' : 'mle-to-de';
}

/** Whether a word is said of a currency named right after it ("pakistani rupees", "australian dollars"). */
function namesACurrency(word: string, text: string): boolean {
  return new RegExp(`\\b${escapeRegExp(word)}\\s+${currencyWords}`, 'i').test(text);
}

/** "which role", "which career path", "which job": the choice between the two roles named by a generic noun. */
const choiceNounAfterWhich =
  /\bwhich\s+((?:role|job|career|path|option|field|track|position)s?(?:\s+(?:role|job|career|path|option|field|track|position)s?)?)\b/i;

/** The FAANG setting, which a FAANG grade ("L5", "l6") names by itself. */
const faangTerm = `${synonymPrefix}faang`;
const faangGrade = /^l[3-8]$/;

/** Names, titles and jargon are what a question is about; a missing common word may be incidental. */
export const salientKinds: ReadonlySet<UnknownTerm['kind']> = new Set(['name', 'title', 'jargon']);

export interface CorpusWords {
  /** Every word of the articles with how many times it occurs. */
  counts: ReadonlyMap<string, number>;
  /** Whether an analysed term (a stem, a role or a synonym term) occurs in the articles. */
  knows: (term: string) => boolean;
  /** Every pair of adjacent stems in the articles ("data engin"), to tell job titles they use from ones they don't. */
  bigrams: ReadonlySet<string>;
}

/** "…more than…", "…rather than…": a preference between two things may follow (checked first: it is rarely there). */
const prefersOver = /\b(?:more than|rather than|instead of|over)\b/i;

/** How many readings QuestionReader keeps: enough for the few texts one turn reads, bounded so memory is flat. */
const recentReadings = 8;

/** "what college should i go to", "which uni", "what courses should i take": a school or a course to pick (group 1). */
const whichSchool =
  /\b(?:which|what|best|good|top|recommended)\s+(colleges?|universit(?:y|ies)|unis?|schools?|courses?|books?|tutorials?)\b(?!\s+(?:degree|major|math|stats|level|subjects?|classes|courses?|years?|grades?|completion|load|work))/i;

/** "is <a book> worth reading", "should i read <a book>": what is to be read, which the articles never review. */
const toBeRead =
  /^(?:(?:so|ok|and|but|also)\s+)?(?:is|are)\s+(.{3,60}?)\s+(?:really\s+|even\s+|still\s+)?(?:worth\s+(?:reading|a\s+read|the\s+read)|a\s+good\s+read|a\s+must[- ]read)\b|\bshould\s+i\s+(?:(?:actually|really|even)\s+)?read\s+(?!(?:about|up|more|into|on)\b)(.{3,60}?)(?=\s+(?:for|if|before|to|as|or)\b|\s*[?,.!]|$)/i;

/**
 * "in sao paulo", "from rio de janeiro": a place of more than one word, named whole where one of its words is
 * unknown to the articles and the others name nothing they know ("sao" alone would say nothing).
 */
function placeNamedWhole(unknown: UnknownTerm[], ask: string, terms: QueryTerm[]): UnknownTerm[] {
  const known = new Set(terms.flatMap((t) => words(t.from)));
  let out = unknown;
  for (const m of ask.matchAll(
    /\b(?:in|from|near|out\s+of|about)\s+(\p{L}+(?:\s+\p{L}+){1,2})\s*(?=[?,.!;]|$|\s+(?:as|for|and|but|tho|though|rn|now|actually)\b)/gu,
  )) {
    const place = m[1]!;
    const parts = place.split(/\s+/);
    // ("pay in and kenya", "in ok and ghana": a joining word is no part of a name.)
    if (parts.some((part) => joiningWord.test(part))) continue;
    const last = out.find((u) => u.word === parts.at(-1) && (u.kind === 'name' || u.kind === 'jargon'));
    // ("in denver colorado": a US city and state, each read as the US, stay two.)
    const read = (w: string) => known.has(w) && !out.some((u) => u.word === w && !u.mentioned);
    if (!last || last.mentioned || parts.slice(0, -1).some(read)) continue;
    out = [...out.filter((u) => !parts.includes(u.word)), { ...last, word: place }];
  }
  return out;
}

/** Words that join or open what is said ("and", "ok"), never a word of a place's name. */
const joiningWord =
  /^(?:and|or|but|ok|okay|so|also|then|the|a|an|what|how|about|like|hmm|um|uh|well|yeah|yes|no|in|at|from|to|for|of|near)$/i;

/**
 * Programming languages whose names are other words or no word ("go", "r", "c++", "c#"), spelt as one word the
 * vocabulary lists as a tool where they are used as a language ("is go useful for de", "do mles use r", "python or
 * r", "is c++ good for mle"); "go into de", "r u sure" stay as they are. Said back as typed (`languageTyped`).
 */
function languagesSpelt(text: string): string {
  const asALanguage = String.raw`(?:about|and|use|uses|using|used|learn|learning|know|knowing|in|with|write|writing|code\s+in|coding\s+in|is|does|do|need|needs|master|pick\s+up)`;
  return text
    .replace(/(?<![\p{L}\p{N}])c\+\+(?![\p{L}\p{N}])/giu, 'cplusplus')
    .replace(/(?<![\p{L}\p{N}])c#(?![\p{L}\p{N}])/giu, 'csharp')
    .replace(
      new RegExp(
        String.raw`\b(${asALanguage})\s+go\b(?!\s+(?:to|into|for|with|back|from|through|over|ahead|up|down|on|in|the|an?|de|mle|ml|data|fast|far|and\s+\w+ing|get|work|study|learn|with)\b)(?=\s+(?:useful|good|worth|needed|used|required|necessary|important|relevant|better|or|vs\.?|for|and|over)\b|\s*[?!.,]|\s*$)`,
        'gi',
      ),
      '$1 golang',
    )
    .replace(/\bgo\s+(or|vs\.?|versus)\s+(?=python|rust|java|scala|rlang|cplusplus)/gi, 'golang $1 ')
    .replace(/\b(python|rust|java|scala|cplusplus)\s+(or|vs\.?|versus|and|\/)\s+go\b(?!\s+(?:to|into|for)\b)/gi, '$1 $2 golang')
    .replace(
      new RegExp(
        String.raw`\b(${asALanguage})\s+r\b(?!\s*(?:u|you|ur|we|they|there)\b)(?=\s+(?:useful|good|worth|needed|used|required|necessary|important|relevant|better|or|vs\.?|for|and|over|much|at\s+all|anymore)\b|\s*[?!.,]|\s*$)`,
        'gi',
      ),
      '$1 rlang',
    )
    .replace(/\br\s+(or|vs\.?|versus|and|\/)\s*(?=python\b)/gi, 'rlang $1 ')
    .replace(/\b(python)\s*(or|vs\.?|versus|and|\/)\s+r\b(?!\s*(?:u|you)\b)/gi, '$1 $2 rlang');
}

/** How a language `languagesSpelt` spelt as one word was typed: said back in the person's words. */
export const languageTyped: Readonly<Record<string, string>> = { cplusplus: 'c++', csharp: 'c#', rlang: 'r', golang: 'go' };

export class QuestionReader {
  private readonly correct: (word: string) => string | undefined;
  private readonly titleNouns: Set<string>;
  private readonly jobHeldIn: RegExp;
  /** Another name given for a job just named ("… aka ML platform engineer"). */
  private readonly alias: RegExp;
  /** Chat words closing a question ("… for mle tbh", "… ngl"), with the punctuation after them (captured). */
  private readonly closingChat: RegExp;
  private readonly employers: Set<string>;
  private readonly salientNouns: Set<string>;
  private readonly possessiveEmployer: RegExp;
  /** The salient nouns of more than one word ("laid off"). */
  private readonly salientPhrases: string[];
  /** Words any question here may use without naming a topic: "pick", "choose", "role", "path". */
  private readonly generic: Set<string>;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly corpus: CorpusWords,
    private readonly lexicon: EnglishLexicon,
    private readonly chat: ChatVocabulary,
    jobTitleNouns: string[],
    vocabularyWords: Iterable<string>,
  ) {
    const known = new Map(corpus.counts);
    for (const word of vocabularyWords) if (!known.has(word)) known.set(word, 1);
    // A company or a kind of thing people ask about ("linkedin", "bootcamp") is what they typed, never a typo of ours.
    for (const word of [...chat.employers, ...chat.salientNouns]) if (!known.has(word)) known.set(word, 1);
    this.correct = createCorrector(known, (word) => lexicon.classify(word) !== 'unknown', lexicon.frequentWords, {
      isFormOfKnown: (word) => corpus.knows(stem(word)),
      isRareWord: (word) => lexicon.classify(word) === 'word',
      isName: (word) => lexicon.classify(word) === 'name',
    });
    // Matched as written, not stemmed: "marketer" and "market" share a stem, but only one is a job.
    this.titleNouns = new Set(jobTitleNouns.flatMap((noun) => [noun, `${noun}s`, `${noun}es`].map((n) => normalizeText(n))));
    // "backend dev 2 yrs in bangalore", "im a data engineer 3 years of experience in lagos": a job the person holds, at
    // the start of a clause, and where (the place's words captured).
    this.jobHeldIn = new RegExp(
      String.raw`(?:^|[,;.]\s*|\b(?:i'?m|im|i\s+am)\s+(?:an?\s+)?)(?:\p{L}+\s+){0,2}(?:${[...[...this.titleNouns].map(escapeRegExp), ...shortJobNames].join('|')})(?:\s+(?:for\s+|with\s+|w\s+)?\d{1,2}\s*\+?\s*(?:years?|yrs?|yoe)(?:\s+of\s+experience)?)?\s+(?:in|at|from|out\s+of)\s+((?:[\p{L}\p{N}]+\s*){1,2})`,
      'gu',
    );
    // "an ml data engineer aka ml platform engineer": the second name is the same job; it is no other job asked about.
    this.alias = new RegExp(
      `\\b(?:also known as|also called|otherwise known as)\\s+(?:[\\p{L}\\p{N}+#./-]+\\s+){0,3}?(?:${[...this.titleNouns].join('|')})\\b`,
      'giu',
    );
    this.closingChat = new RegExp(`(?<=\\S)(?:[\\s,]+(?:${chat.closers.map(escapeRegExp).join('|')}))+\\s*([?!.]*)\\s*$`, 'iu');
    this.employers = new Set(chat.employers);
    // ("googles interview", "metas loop": a company's possessive typed without its apostrophe.)
    const simpleNames = chat.employers.filter((e) => /^[\p{L}]+$/u.test(e) && !e.endsWith('s'));
    this.possessiveEmployer = new RegExp(`\\b(${simpleNames.map(escapeRegExp).join('|')})s\\b`, 'giu');
    this.salientNouns = new Set(chat.salientNouns);
    this.salientPhrases = chat.salientNouns.filter((n) => n.includes(' '));
    this.generic = new Set([...chat.careerVerbs, ...chat.genericNouns]);
  }

  /**
   * Questions read lately, by their text: one turn reads its question several times (answering it, resolving a
   * follow-up, updating what the person said about themselves), and a reading is a pure function of the text.
   * Readings are shared: callers never change one.
   */
  private readonly recent = new Map<string, ReadQuestion>();

  /** Whether a text names a job by a title noun ("analyst", "engineer", "developer"), ours or another. */
  namesJobTitle(text: string): boolean {
    return words(text).some((w) => this.titleNouns.has(w));
  }

  /** How the engine reads `question`: its ask and context, terms, intent, corrections and unknown words. */
  read(question: string): ReadQuestion {
    const known = this.recent.get(question);
    if (known) return known;
    const read = this.readUncached(question);
    if (this.recent.size >= recentReadings) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(question, read);
    return read;
  }

  /**
   * "i loooove stats", "soooo", "pleaseee": a word typed with a letter held, as meant. A run of three or more of one
   * letter is one letter or two, whichever makes the more common English word ("love", "cool"), else two.
   */
  private unstretched(text: string): string {
    return text.replace(/\p{L}*(\p{L})\1{2,}\p{L}*/gu, (word) => {
      const [once, twice] = ['$1', '$1$1'].map((kept) => word.replace(/(\p{L})\1{2,}/gu, kept)) as [string, string];
      // (Both may be words, "col" and "cool": the more common one is meant.)
      // (Equally common, "god" and "good", two letters held are likelier than one.)
      const words = [twice, once].filter((w) => this.lexicon.classify(w.toLowerCase()) !== 'unknown');
      const common = (w: string) => this.lexicon.specificity(w.toLowerCase());
      return words.sort((a, b) => common(a) - common(b))[0] ?? twice;
    });
  }

  private readUncached(question: string): ReadQuestion {
    const text = question.trim();
    // ("whats better for money", "which is better money wise": which of the two pays more, however it is put.)
    const plain = midAsSlang(
      theirSourcesAside(
        fieldAsRole(
          expandAbbreviations(
            languagesSpelt(this.unstretched(stripMarkup(text)))
              .replace(romanceOf, ' ')
              .replace(this.possessiveEmployer, "$1's"),
            this.chat.abbreviations,
          )
            .replace(this.alias, ' ')
            // (Of interviews, a take-home is the exercise.)
            .replace(takeHomePay, (said, _at: number, whole: string) => (/\binterview/i.test(whole) ? said : 'pay after tax'))
            .replace(subjectDropped, (_, before: string, verb: string) => `${before}${/^been$/i.test(verb) ? "i've" : 'i'} `)
            // ("wat skils r needed for mle tbh": a question closed by chat reads as it would without it; "wait fr?" is
            // all reaction, kept whole.)
            .replace(this.closingChat, (closing, mark: string, at: number, whole: string) =>
              words(whole.slice(0, at)).length >= 3 ? mark : closing,
            )
            .replace(betterForMoney, 'which pays more')
            .replace(baseAsPay, 'base pay')
            .replace(neededAlone, (_, thing: string, role?: string) => `do i need ${thing}${role ? ` as ${role}` : ''}?`),
        ),
      ),
    );
    const split = splitQuestion(
      this.forWhomAside(plain)
        .replace(setAsideFirst, '$1')
        .replace(setAside, ' ')
        .replace(ruledOut, ' ')
        .replace(ruledOutBare, ' ')
        // ("what would i earn as a new grad": of pay, the graduate is the level asked.)
        .replace(asWho, (who) => (asksPay.test(plain) && /\b(?:new|fresh|recent)\s+grad/i.test(who) ? who : ' '))
        .replace(background, ' ')
        .replace(effort, ' ')
        // ("my manager said he'd pay for one cert, which one should i get": paying for a course is its cost, no salary.)
        .replace(paidFor, ' ')
        // ("one cert this year", "land in the next year": the year it is now, not years of experience nor pay per
        // year; of growth, "up this year" is the year's growth.)
        .replace(/\b(?:this|(?:the\s+)?next)\s+year\b/gi, (year) => (growthAsked.test(plain) ? year : ' '))
        .replace(plainly, ' ')
        .replace(likedAlike, 'like both equally')
        .replace(inTheirPlace, ' for me')
        .replace(horizon, ' in the future ')
        // ("im 45 and a nurse": who they are, the age set aside.)
        .replace(toldAgeThenJob, (all, im: string) => (ageConcern.test(plain) ? all : `${im} `))
        .replace(anAge, (age) => (toldAge.test(age.trim()) && !ageConcern.test(plain) ? ' ' : ' at my age '))
        // ("am i too old to become an ml engineer": being too old is about age, told or not, which no figure is about.)
        .replace(/\btoo\s+old\b(?![^.?!]*\bat\s+my\s+age\b)/i, 'too old at my age')
        .replace(pronounUs, 'we')
        .replace(/^[\s,;]+/, ''),
    );
    // "based in toronto. what do des make here", "im in DE (germany lol) how much would an mle make here": "here" is
    // the place named around the ask, asked about as if named in it (so a place the sources lack is said).
    // ("I am 45 years old. Is it too late for me to make this kind of career change?": the age told before an ask that
    // speaks of being late or old is what the ask is about, as "is it too late at 45" is.)
    const ageTold = /\bat\s+my\s+age\b/i.test(split.context) && !/\bat\s+my\s+age\b/i.test(split.ask) && ageConcern.test(split.ask);
    const aged = ageTold
      ? {
          ...split,
          ask: split.ask.replace(/[?.!\s]*$/, ' at my age?'),
          mainAsk: split.mainAsk.replace(/[?.!\s]*$/, ' at my age?'),
        }
      : split;
    const place = whereTheAskerIs.test(aged.ask) ? this.placeNamed(aged.context) : undefined;
    const placed = place
      ? { ...aged, ask: aged.ask.replace(whereTheAskerIs, `in ${place}`), mainAsk: aged.mainAsk.replace(whereTheAskerIs, `in ${place}`) }
      : aged;
    // ("i only have a bs in cs, no masters. could i still land an mle job w that": what "that" points to, told before
    // the ask, is asked about with it.)
    // ("i only have a bachelors in cs, no masters. can i still land an mle job": "still" concedes what was told.)
    // (Only an ask with nothing of its own to look up, "can i still do DE or is it all equations" asks of equations; and
    // only what was told of a thing the sources speak of, a degree or math, not "im 45 and a nurse".)
    const asksNothingOfItsOwn = () =>
      this.analyzer
        .analyzeQuery(placed.ask, this.correct)
        .every((t) => t.kind === 'role' || this.generic.has(t.from) || this.analyzer.isChatWord(t.from));
    const toldOfATopic = () => this.analyzer.analyzeQuery(placed.context, this.correct).some((t) => t.kind === 'synonym' && !t.inferred);
    const withWhatWasTold =
      placed.context !== '' &&
      (withThat.test(placed.ask) || (despiteWhatWasTold.test(placed.ask) && asksNothingOfItsOwn() && toldOfATopic()));
    const parts = withWhatWasTold
      ? { ...placed, ask: `${placed.context} ${placed.ask}`, mainAsk: `${placed.context} ${placed.mainAsk}`, context: '' }
      : placed;
    let { ask, context } = parts;
    const told = plain.match(background);
    if (told) context = `${context} ${told.join(' ')}`.trim();
    // What is ruled out is looked up only where the question rules something out (rarely).
    const ruledOutText = /\bnot\b|\boutside\b/i.test(plain)
      ? [...plain.matchAll(ruledOut), ...plain.matchAll(ruledOutBare)].map((m) => m[0]).join(' ')
      : '';
    const excluded = ruledOutText
      ? [...new Set(this.analyzer.analyzeQuery(ruledOutText, this.correct).map((t) => t.term))].filter((t) => this.analyzer.isSetting(t))
      : [];
    const askTerms = this.analyzer.analyzeQuery(ask, this.correct).filter((t) => !this.isMannerAdverb(t));
    let terms = askTerms;
    // ("live in the middle of nowhere": where someone lives is no "live coding" round.)
    let contextTerms = this.analyzer.analyzeQuery(context.replace(residence, ' '), this.correct).filter((t) => !this.isMannerAdverb(t));
    // ("got 2 kids and i am NOT moving to sf. which one is easier to land remote?": a place they will not go to tells
    // no figures of that place.)
    const notGoingTo = [...context.matchAll(placeRefused)].map((m) => m[1]!).join(' ');
    if (notGoingTo) {
      const refused = new Set(this.analyzer.analyzeQuery(notGoingTo, this.correct).map((t) => t.term));
      contextTerms = contextTerms.filter((t) => !refused.has(t.term));
    }
    // The form is read from the words meant, not typed: "whcih pays more" compares.
    // (The ask alone says the form when what was told is asked about with it.)
    const meant = (withWhatWasTold ? placed.ask : ask).replace(/\p{L}+/gu, (word) => this.correct(word.toLowerCase()) ?? word);
    const formOf = questionIntent(meant, this.chat.careerVerbs);
    const defines = definedTerm(meant);
    const intent: Intent = defines ? { ...formOf, defines } : formOf;
    // "which one should I pick?" after "I mostly care about the comp ceiling": the criteria are in the context.
    // A role and a figure asked for ("how long would it take me to move into ML eng?") is an ask of its own;
    // "is that true, and by how much?" or "any numbers on that?" points back at the context.
    // "pick", "which is better": a choice with no criteria of its own.
    const genericWord = (w: string) => this.generic.has(w) || this.analyzer.isChatWord(w);
    const generic = (t: QueryTerm) => (t.from.includes(' ') ? t.from.split(' ').every(genericWord) : genericWord(t.from));
    const content = terms.filter((t) => t.kind !== 'role' && !generic(t));
    // ("2 yoe mle, what's the range": pay asked with no role, of the role and years just told.)
    const payOfWhoIsTold =
      content.length > 0 &&
      content.every(
        (t) => t.term === salaryTerm || (t.kind === 'word' && content.some((u) => u.term === salaryTerm && u.from === t.from)),
      ) &&
      !terms.some((t) => t.kind === 'role') &&
      contextTerms.some((t) => t.kind === 'role');
    const pointsBack = (/\b(that|this|it|those|these|them)\b/.test(parts.ask) && content.length <= 1) || payOfWhoIsTold;
    // "what does an mle do (besides training models)?" asks what the role is, whatever the story after it.
    const asksWhatItDoes =
      /\bwhat (?:does|do|would|will) (?:an? |the )?[\p{L} ]{1,40}? (?:do|does)\b/iu.test(ask) && terms.some((t) => t.kind === 'role');
    // "…how do i get into de", "how can i become an mle": how to reach a role is an ask of its own, in career verbs.
    // ("been a DBA for 10 years. can i move to de?": a move into a role, asked, is an ask of its own as well.)
    const asksHowToBecome =
      (/\bhow (?:do|can|should|would|could|to)\b/i.test(ask) || questionDestination(ask) !== undefined) &&
      terms.some((t) => t.kind === 'role');
    const asksSomething =
      (content.length > 0 && !pointsBack) ||
      asksWhatItDoes ||
      asksHowToBecome ||
      (intent.wanted !== undefined && terms.some((t) => t.kind === 'role')) ||
      // ("im a de w 5 yoe, would i make more as an mle": the pay of a role named, set against theirs, is asked.)
      (terms.some((t) => t.term === salaryTerm) && /\b(?:more|less)\b/i.test(ask) && terms.some((t) => t.kind === 'role'));
    const fromContext = !asksSomething && contextTerms.some((t) => t.kind !== 'role');
    // "are these real career tracks?" after naming two job titles: what "these" stands for counts, as a side.
    // "is it better to split it and pick one track?" asks something of its own: that "it" stands for what follows.
    const itStandsForWhatFollows = placeholderIt.test(parts.mainAsk);
    // ("…an internal RAG thing at work. what does the de do vs the mle on that kind of project?": "that kind of
    // project" is the one told about.)
    // ("only a bachelors, no phd. am i cooked for ml eng?": one's own chances, asked in an idiom, are judged on what the
    // person just told; the story's topic is what the ask is about.)
    const judgesOwnChances =
      content.length > 0 && content.every((t) => t.inferred && t.term === difficultyTerm) && /\b(?:i|me|my|i'?m|im)\b/i.test(parts.ask);
    const refersBack =
      !fromContext &&
      (judgesOwnChances ||
        (!itStandsForWhatFollows &&
          (/^(?:so |and |but )?(?:is|are|do|does|did|was|were|will|would|can|could)? ?(?:these|those|they|this|that|it)\b/i.test(
            parts.mainAsk,
          ) ||
            // ("got a de interview in 2 weeks, what do they usually test": "they" are what was just told of.)
            /^(?:so |and |but |ok )?(?:what|how|which|where|when)\s+(?:do|does|did|will|would|are|is|can)\s+(?:they|these|those|it)\b/i.test(
              parts.mainAsk,
            ) ||
            // ("got 2 mle offers, one at an ai startup and one at an insurance company. does the work look different
            // between them?": the two told are what is set apart.)
            /\bbetween\s+(?:them|those|these|the\s+two)\b/i.test(parts.mainAsk) ||
            /\b(?:on|in|for|with)\s+(?:that|this|such\s+an?)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?:project|thing|setup|team|situation|product|platform|system)s?\b/i.test(
              parts.mainAsk,
            )))) &&
      contextTerms.some((t) => t.kind !== 'role');
    // What "that" points back to names the role asked about ("> senior mle = 400k+ easy / is that cap?").
    const referredRoles = refersBack ? contextTerms.filter((t) => t.kind === 'role') : [];
    if (refersBack) {
      terms = [...terms, ...contextTerms.filter((t) => t.kind !== 'role').map((t) => ({ ...t, aside: true }))];
      contextTerms = [];
    } else if (fromContext && intent.wanted === 'duration' && questionDirection(context) !== undefined) {
      // ("im an ml engineer … hate the ambiguity … thinking of moving to de. how long would that take": the time of the
      // move told is asked, not of everything else the story says.)
      const [from, to] = questionDirection(context) === 'mle-to-de' ? ['ml engineer', 'data engineer'] : ['data engineer', 'ml engineer'];
      ask = `${ask.replace(/[?!.\s]+$/, '')} to move from ${from} to ${to}?`;
      terms = [...terms, ...this.analyzer.analyzeQuery(`move from ${from} to ${to}`, this.correct)];
    } else if (
      (fromContext || !asksSomething) &&
      intent.wanted === 'duration' &&
      headsFor(context) !== undefined &&
      /^\W*(?:(?:so|ok(?:ay)?|and|but)[\s,]+)*how\s+long(?:\s+(?:would|will|does)\s+(?:it|that)\s+take(?:\s+me)?)?[\s?!.]*$/i.test(ask)
    ) {
      // ("im a data analyst in toronto, wanna go mle. how long": the time of getting into the role they head for;
      // where they live and the job they hold are who asks.)
      // ("im a de, wanna go mle. how long": from the role they are in, the move between the two.)
      const to = headsFor(context)!;
      const roleWord = { de: 'data engineer', mle: 'ml engineer' } as const;
      const isIn = /\b(?:i'?m|im|i\s+am)\s+(?:an?\s+)?(?:(mle|ml\s*eng\w*)|(de|data\s+eng\w*))\b/i.exec(context);
      const from = isIn ? (isIn[1] ? 'mle' : 'de') : undefined;
      ask =
        from !== undefined && from !== to
          ? `how long does it take to move from ${roleWord[from]} to ${roleWord[to]}?`
          : `how long does it take to become a ${roleWord[to]}?`;
      terms = this.analyzer.analyzeQuery(ask, this.correct);
      contextTerms = [];
    } else if (
      (fromContext || undecided.test(ask)) &&
      context !== '' &&
      terms.filter((t) => t.kind === 'role').length === 2 &&
      (terms.some((t) => t.term === chooseTerm) || /\b(?:or|vs\.?|versus|between)\b/i.test(ask)) &&
      newToIt.test(context) &&
      !toldWhatTheyLike.test(context)
    ) {
      // ("i am fresher btech 2025 passout. should i go de or mle?", "im a cs student. de or mle?": someone new to it, who
      // told nothing they like or mind, asks which suits a beginner; what they study is who asks, not what to choose by.)
      ask = `which is better for a beginner, ${ask}`;
      terms = this.analyzer.analyzeQuery(ask, this.correct);
      contextTerms = [];
    } else if (fromContext) {
      const told = context;
      ask = `${context} ${ask}`.trim();
      context = '';
      // "senior analyst 6 yrs, sql is my thing. de or mle?": how senior the person is, and for how long, is who
      // asks; what they do and like is what the choice turns on.
      const choosing = intent.form !== 'amount' && terms.filter((t) => t.kind === 'role').length === 2;
      // ("senior mle, 6 yoe, burnt out on model tuning. so which should i pick": a choice asked with the roles unnamed
      // is no question of the level they are at either.)
      const choice = intent.form !== 'amount' && terms.some((t) => t.term === chooseTerm);
      // ("data analyst 3yoe here, which should i pick": a job the sources never describe is who asks; its words would
      // find passages that name analysts in passing.)
      const lacked = ownJob.test(told) ? this.otherJobTitle(told.replace(ownJobMarkers, ' '), false)?.title : undefined;
      const lackedWords = new Set(lacked ? words(lacked) : []);
      // ("i'm a backend engineer 6 years, want to go mle. what should i learn": the job they hold, and their years in
      // it, is who asks, heard as context; the role they head for, and what they ask of it, is the question. Their job's
      // words would find how backend engineers move into the other role.)
      const heading = contextTerms.filter((t) => t.kind === 'role');
      const held = heading.length === 1 && !choice ? heldJob.exec(told) : null;
      const heldWords = new Set(held && !namesARole.test(held[1]!) ? words(held[1]!) : []);
      const isHeld = (t: QueryTerm) =>
        heldWords.size > 0 &&
        (t.from.split(' ').every((w) => heldWords.has(w)) ||
          (/^(?:years?|yrs?|yoe)$/i.test(t.from) && /\b\d{1,2}\s*\+?\s*(?:years?|yrs?|yoe)\b/i.test(told)));
      terms = [
        ...contextTerms.filter(
          (t) =>
            !(choosing && t.qualifier) &&
            !(choice && levelTerms.has(t.term)) &&
            !(t.kind === 'word' && lackedWords.has(t.from)) &&
            !isHeld(t),
        ),
        ...terms,
      ];
      contextTerms = contextTerms.filter(isHeld);
    } else if (parts.mainAsk !== parts.ask) {
      const main = new Set(words(parts.mainAsk));
      terms = terms.map((t) => (t.kind !== 'role' && !words(t.typed ?? t.from).some((w) => main.has(w)) ? { ...t, aside: true } : t));
    }
    // "physics phd dropout, love stats and math. mle or de?": the two roles alone, set against each other, ask which
    // to choose (read as "which should i choose"), with whatever was told around them to choose by.
    // ("de vs mle, what are L5s pulling": the roles set against each other, then what is asked of them.)
    const mainTerms = parts.ask === ask ? askTerms : this.analyzer.analyzeQuery(parts.ask, this.correct);
    const bareChoice =
      /\b(?:or|vs\.?|versus)\b/i.test(parts.ask) &&
      parts.ask.trim().split(/\s+/).length <= 6 &&
      mainTerms.length === 2 &&
      mainTerms.every((t) => t.kind === 'role') &&
      mainTerms[0]!.term !== mainTerms[1]!.term;
    // ("should i move to mle or de", "what should i switch into, de or mle?": a move into one of the two, from nowhere named, is which to
    // choose, not a move between them.)
    const moveIntoEither =
      !bareChoice &&
      !/\bfrom\b/i.test(parts.ask) &&
      /\b(?:move|moving|switch|switching|go|going|transition|transitioning|pivot|pivoting|get|getting)\s+(?:in)?to[,:]?\s+(?:an?\s+)?\S+(?:\s+\S+)?\s+(?:or|vs\.?|versus)\s+/i.test(
        parts.ask,
      ) &&
      new Set(mainTerms.filter((t) => t.kind === 'role').map((t) => t.term)).size === 2 &&
      mainTerms.every((t) => t.kind === 'role' || t.term === switchTerm || /^(?:move|switch|go|transit|pivot|get)/.test(t.term));
    if (moveIntoEither) terms = terms.filter((t) => t.term !== switchTerm && !/^(?:move|switch|go|transit|pivot|get)/.test(t.term));
    if ((bareChoice || moveIntoEither) && !terms.some((t) => t.term === chooseTerm))
      terms = [
        ...terms,
        ...this.analyzer.analyzeQuery('which should i choose', this.correct).map((t) => ({ ...t, inferred: true as const })),
      ];
    // "so which is growing faster, de or mle?", "which one is growing faster": a role growing, with nothing else named
    // to grow, is its jobs growing
    // (not its pay: "faster" alone would find "faster salary growth").
    // ("is mle dying bc of chatgpt": an AI assistant named beside whether a role lasts is what threatens it, as "ai" in
    // "replaced by ai" is; the role's outlook is asked, not generative AI.)
    // ("can chatgpt do a data engineers job", "will ai take my job as a de": an AI doing the role's work is its outlook.)
    if (!terms.some((t) => t.term === outlookTerm) && terms.some((t) => t.kind === 'role') && aiDoesTheJob.test(plain))
      terms = [...terms, { term: outlookTerm, kind: 'synonym', from: '', inferred: true }];
    if (terms.some((t) => t.term === outlookTerm))
      terms = terms.filter((t) => !(t.term === genaiTerm && aiAssistant.test(t.from)) && !(t.kind === 'word' && aiAssistant.test(t.from)));
    // ("will llms automate mle work", "will ai make de obsolete": what would replace the role is who threatens it, not
    // what is asked; "how will genai change mle" still asks of generative AI.)
    // ("will llms make mle obsolete": "make" what it makes of the role, no pay.)
    if (terms.some((t) => t.term === outlookTerm) && threatened.test(plain))
      terms = terms.filter(
        (t) =>
          t.kind === 'role' ||
          !(
            aiNamed.test(t.from) ||
            (t.term === salaryTerm && /^make$/i.test(t.from)) ||
            // ("is de gonna be automated": the outlook asked, not "intelligent automation" as a kind of work.)
            (t.kind === 'word' && /^(?:automat\w*|replac\w*|obsolete)$/i.test(t.from))
          ),
      );
    const growthWords = terms.filter((t) => t.term === growthTerm).map((t) => t.from);
    if (
      growthWords.length > 0 &&
      (terms.some((t) => t.kind === 'role') || intent.form === 'comparison') &&
      terms.every((t) => t.kind === 'role' || growthWords.includes(t.from) || comparatives.has(t.from) || t.aside)
    )
      terms = [...terms, ...this.analyzer.analyzeQuery('job postings', this.correct).map((t) => ({ ...t, inferred: true as const }))];
    // "is it growing though, what is the senior de salary": growth asked with pay and nothing else is pay's growth,
    // however far apart the words ("salary growing" together is a phrase of the vocabulary already).
    const payFrom = new Set(terms.filter((t) => t.term === salaryTerm && !t.aside).map((t) => t.from));
    const qualifierFrom = new Set(
      terms.filter((t) => t.qualifier || levelTerms.has(t.term)).flatMap((t) => [t.from, ...t.from.split(' ')]),
    );
    if (
      growthWords.length > 0 &&
      payFrom.size > 0 &&
      !terms.some((t) => t.term === salaryGrowthTerm) &&
      terms.every(
        (t) =>
          t.kind === 'role' ||
          payFrom.has(t.from) ||
          growthWords.includes(t.from) ||
          qualifierFrom.has(t.from) ||
          comparatives.has(t.from) ||
          t.aside ||
          generic(t),
      )
    )
      terms = [...terms, { term: salaryGrowthTerm, kind: 'synonym', from: '', inferred: true }];
    // "what tools do data engineers use day to day": how often the tools are used, not a question about the day; the
    // tools are what is asked.
    // ("junior de in lagos", "senior mle in nigeria?": a role in a place the sources give figures for, and nothing else
    // asked, is its pay there.)
    // ("what does an mle do at faang": what the role does there, day to day, is asked, not its pay.)
    const inASettingOnly = (t: QueryTerm) =>
      t.kind === 'role' ||
      this.analyzer.isSetting(t.term) ||
      terms.some((u) => u !== t && u.from.split(' ').includes(t.from) && this.analyzer.isSetting(u.term));
    if (asksWhatItDoes && terms.some((t) => this.analyzer.isSetting(t.term)) && terms.every(inASettingOnly))
      terms = [...terms, { term: `${synonymPrefix}daytoday`, kind: 'synonym', from: '', inferred: true }];
    // ("2 yoe as de, what can i expect", "junior mle what should i expect": what to expect of a role, nothing else asked,
    // is its pay.)
    if (
      expectsPay.test(parts.ask) &&
      terms.some((t) => t.kind === 'role') &&
      !terms.some((t) => t.term === salaryTerm) &&
      terms.every(
        (t) =>
          t.kind === 'role' ||
          t.qualifier ||
          levelTerms.has(t.term) ||
          /^(?:expect|years?|experience|yoe)$/i.test(t.from) ||
          t.term === `${synonymPrefix}year` ||
          this.analyzer.isSetting(t.term) ||
          generic(t),
      )
    )
      terms = [...terms, { term: salaryTerm, kind: 'synonym', from: '', inferred: true }];
    if (
      !asksWhatItDoes &&
      terms.some((t) => this.analyzer.isSetting(t.term)) &&
      terms.some((t) => t.kind === 'role') &&
      terms.every((t) => {
        const bare = (u: QueryTerm) => u.kind === 'role' || u.qualifier === true || this.analyzer.isSetting(u.term);
        // (A word's own form beside its group, "senior" beside syn:senior, is that group.)
        return bare(t) || (t.kind === 'word' && terms.some((u) => u !== t && u.from === t.from && bare(u)));
      })
    )
      terms = [...terms, { term: salaryTerm, kind: 'synonym', from: '', inferred: true }];
    // ("what do data engineers use", "what do they use instead": what a role uses, named of nothing else, is its tools.)
    if (whatTheyUse.test(parts.mainAsk) && !terms.some((t) => t.kind === 'synonym' && !t.inferred))
      terms = [...terms, { term: toolTerm, kind: 'synonym', from: '', inferred: true }];
    if (usedDaily.test(parts.mainAsk) && terms.some((t) => t.kind !== 'role' && !dayWords.test(t.from) && !t.inferred))
      terms = terms.filter((t) => !dayWords.test(t.from));
    // "what actually changes day to day if i move to mle?": a move named as the condition of an ask with a topic of its
    // own sets the role; the topic is what is asked (the day's work there), not the move.
    const conditionalMove =
      /\bif\s+i\s+(?:\w+\s+)?(?:move|moved|switch|switched|go|went|pivot|pivoted|transition|transitioned)\b(?:\s+\w+){0,3}\s*[?!.]*$/i;
    if (
      conditionalMove.test(parts.mainAsk) &&
      terms.some(
        (t) =>
          t.kind === 'synonym' &&
          // ("how much would i make if i switched to mle": pay, read from "how much … make", is the topic.)
          (!t.inferred || (t.term === salaryTerm && intent.wanted === 'money')) &&
          !t.aside &&
          !t.qualifier &&
          t.term !== switchTerm,
      )
    )
      terms = terms.flatMap((t) =>
        t.term === switchTerm || /^(?:move|moved|switch|switched|pivot|pivoted|transition|transitioned)$/i.test(t.from)
          ? // (Pay there is the role's pay: a move's passages would answer with its time or its pay cut.)
            intent.wanted === 'money'
            ? []
            : [{ ...t, aside: true }]
          : [t],
      );
    // "what do interviews test at senior level for MLE?": the sources give interviews, tools and a day's work by no level,
    // so a level named beside them narrows nothing they say; it is no topic (the promotion to senior is not asked).
    // ("what certs should a junior mle get", "what does a junior de do all day": no passage on junior pay or the path up
    // from junior answers it; the level is left out.)
    if (
      terms.some((t) => unlevelledTopics.has(t.term) && !t.aside && (!t.inferred || t.from !== '')) &&
      terms.some((t) => levelTerms.has(t.term))
    )
      terms = terms.filter((t) => !(qualifierFrom.has(t.from) || /^levels?$/i.test(t.from) || levelTerms.has(t.term)));
    // "which one pays the most?", "which role is best paid": of the two roles, which earns more, not which skill earns a
    // premium (the words "pays the most" are the premium's only where a skill or a tool is what is chosen).
    if (
      terms.some((t) => t.term === premiumTerm && t.inferred) &&
      terms.every((t) => t.kind === 'role' || t.term === premiumTerm || t.aside) &&
      (/\bwhich\s+(?:one|role|job|career|path|of\s+(?:the\s+)?(?:two|them|both))\b|^(?:so\s+)?which\s+(?:is|pays|gets|earns)\b/i.test(
        parts.mainAsk,
      ) ||
        terms.filter((t) => t.kind === 'role').length === 2)
    )
      terms = terms.map((t) => (t.term === premiumTerm && t.inferred ? { ...t, term: salaryTerm } : t));
    // ("what does it take to get to senior", "how do i make staff": reaching a level is the promotion ladder; how long
    // it takes is the level's years, which the pay tables give, so a duration keeps the level alone.)
    if (
      intent.form !== 'duration' &&
      intent.form !== 'amount' &&
      /\b(?:get(?:ting)?|reach(?:ing)?|make|making|hit(?:ting)?|become|becoming)\s+(?:to\s+)?(?:a\s+)?(?:senior|staff|sr|mid[\s-]?level|principal)\b/i.test(
        parts.mainAsk,
      ) &&
      terms.some((t) => levelTerms.has(t.term)) &&
      !terms.some((t) => t.term === careerPathTerm)
    )
      terms = [...terms, { term: careerPathTerm, kind: 'synonym', from: '', inferred: true }];
    // ("how long till senior", "how long until im staff": the time a level takes, and nothing else asked, is the years the
    // pay tables give each level ("Senior (5-8 years)").
    if (
      intent.form === 'duration' &&
      terms.some((t) => levelTerms.has(t.term)) &&
      !terms.some((t) => t.kind === 'synonym' && !t.qualifier && !levelTerms.has(t.term))
    )
      terms = [...terms, { term: yearTerm, kind: 'synonym', from: '', inferred: true, qualifier: true }];
    // ("what % premium does an mle get over a de at the same level": a premium of one role over the other, with no
    // skill or tool named, is the gap between them, whatever stands between "premium" and "over".)
    if (
      terms.filter((t) => t.kind === 'role').length === 2 &&
      terms.some((t) => t.term === premiumTerm && !t.inferred) &&
      /\bover\b/i.test(parts.mainAsk) &&
      terms.every(
        (t) =>
          t.kind === 'role' ||
          t.from === 'premium' ||
          t.aside ||
          t.qualifier ||
          levelTerms.has(t.term) ||
          /^(?:same|levels?)$/i.test(t.from),
      )
    )
      terms = [
        ...terms.filter((t) => t.from !== 'premium' && !/^same$/i.test(t.from)),
        { term: gapTerm, kind: 'synonym', from: 'premium', inferred: true },
      ];
    // ("de or mle which is quicker", "which one is faster for me": of the two roles, which is quicker is how soon one gets
    // in, their "which is easier to break into"; nothing else of theirs is quick.)
    const speedWord = /^(?:quick|quicker|quickest|fast|faster|fastest|sooner|soonest)$/i;
    const moveWord = /^(?:move|switch|transition|pivot|path|route|way|jump|change)$/i;
    if (
      terms.filter((t) => t.kind === 'role').length === 2 &&
      terms.some((t) => t.kind === 'word' && speedWord.test(t.from)) &&
      // ("which is the faster move for me, de or mle": a move into one of them, neither said to start from the other.)
      terms.every(
        (t) =>
          t.kind === 'role' ||
          speedWord.test(t.from) ||
          t.aside ||
          t.qualifier ||
          (moveWord.test(t.from) && !questionDirection(parts.mainAsk) && !namesBothMoves(parts.mainAsk)),
      )
    )
      terms = [
        ...terms,
        ...this.analyzer.analyzeQuery('easier to break into', this.correct).map((t) => ({ ...t, inferred: true as const })),
      ];
    // ("are there more de jobs than mle jobs", "fewer ml roles?": how many jobs there are is demand, the role's name
    // standing between "more" and "jobs".)
    if (
      /\b(?:more|fewer|less|most)\s+(?:\w+\s+){1,2}(?:jobs|roles|openings|positions|postings|vacancies)\b/i.test(parts.mainAsk) &&
      terms.some((t) => t.kind === 'role') &&
      !terms.some((t) => t.term === `${synonymPrefix}demand`)
    )
      terms = [...terms, { term: `${synonymPrefix}demand`, kind: 'synonym', from: '', inferred: true }];
    // "how much more does mlops pay", "how much more do u make w genai skills": what is paid more is a skill, not one of the
    // two roles, so "how much more" asks its premium, not the gap between the roles (a level, a place or FAANG named is
    // still the gap).
    const howMuchMore = terms.find((t) => t.term === gapTerm && t.inferred && /^how\s+much\s+more$/i.test(t.from));
    if (howMuchMore && !terms.some((t) => t.kind === 'role')) {
      const payFrom = new Set(terms.filter((t) => t.term === salaryTerm).map((t) => t.from));
      // ("how much more at staff": a level named is the gap at that level, as a place is.)
      const qualified = new Set(terms.filter((t) => t.qualifier || levelTerms.has(t.term)).map((t) => t.from));
      const subject = terms.filter(
        (t) => t.term !== gapTerm && t.term !== salaryTerm && !t.aside && !t.inferred && !payFrom.has(t.from) && !qualified.has(t.from),
      );
      if (subject.length > 0) terms = terms.map((t) => (t === howMuchMore ? { ...t, term: premiumTerm } : t));
    }
    // ("anyone know if mle pays more", "do u know why des earn less": asking whether someone knows is how the question
    // is put, not knowledge to have, a skill.)
    if (
      /\b(?:anyone|anybody|some(?:one|body)|y'?all|(?:do|does|did)\s+(?:you|u|anyone|anybody))\s+know\s+(?:if|whether|why|how|what|which|when|where|who)\b/i.test(
        parts.mainAsk,
      )
    )
      terms = terms.filter((t) => !/^know$/i.test(t.from));
    // "which role pays more?", "which job pays better": of pay, the noun after "which" is the choice between the two
    // roles, not a topic (the diagnostic's "how important is comp ceiling" says "role" and is no nearer the answer).
    // (Elsewhere the word helps: "which role is chill with not knowing" finds "…which role fits you".)
    const choiceNoun = intent.form === 'comparison' && intent.wanted === 'money' ? choiceNounAfterWhich.exec(parts.mainAsk) : null;
    if (choiceNoun) {
      const nouns = new Set(choiceNoun[1]!.toLowerCase().split(/\s+/));
      if (terms.some((t) => !nouns.has(t.from.toLowerCase()) && t.kind !== 'role'))
        terms = terms.filter((t) => !nouns.has(t.from.toLowerCase()));
    }
    // ("what do des make at each level?", "salary by level": every level, the whole list, not the one row whose label
    // says "level" ("Mid-level").)
    if (/\b(?:each|every|all|all\s+the|different)\s+levels?\b|\b(?:by|per)\s+level\b|\blevel\s+by\s+level\b/i.test(parts.ask))
      terms = terms.filter((t) => !/^levels?$/i.test(t.from));
    // "is de worth it tho", "is mle worthwhile": a role judged with nothing else named is asked as a career worth
    // having (its outlook), not as what the role is.
    if (
      terms.some((t) => t.kind === 'role') &&
      terms.every((t) => t.kind === 'role' || t.aside) &&
      /\bworth\s*(?:it|while|doing|pursuing|getting\s+into)\b|\bworthwhile\b/i.test(parts.mainAsk)
    )
      terms = [...terms, ...this.analyzer.analyzeQuery('good career', this.correct).map((t) => ({ ...t, inferred: true as const }))];
    // "from lagos 🇳🇬 … what do des make here": "here" is the place the person named around the ask.
    if (whereTheAskerIs.test(ask)) {
      const places = contextTerms.filter((t) => this.analyzer.isSetting(t.term) && !terms.some((a) => a.term === t.term));
      if (places.length > 0) terms = [...terms, ...places];
    }
    // "got a call for an L5 role at a faang. de vs mle tc at that level?": the level is the one named around the ask.
    if (/\b(?:that|this|my|the\s+same)\s+(?:level|band|tier)\b/i.test(ask)) {
      const named = contextTerms.filter((t) => this.analyzer.isSetting(t.term) || levelTerms.has(t.term));
      const from = new Set(named.map((t) => t.from));
      const levels = contextTerms.filter((t) => from.has(t.from) && !terms.some((a) => a.term === t.term));
      if (levels.length > 0) terms = [...terms.filter((t) => t.term !== levelWord), ...levels];
    }
    // "I like model accuracy way more than pipeline reliability": what comes after "more than" is what they like
    // less; it counts half.
    const lessLiked = new Set(
      [
        ...(prefersOver.test(ask) ? ask : '')
          .toLowerCase()
          .matchAll(/\b(?:like|prefer|enjoy|love|care about|into)\b[^.?!]*?\b(?:more than|rather than|instead of|over)\s+([^,.?!]+)/g),
      ].flatMap((m) => words(m[1]!)),
    );
    if (lessLiked.size > 0)
      terms = terms.map((t) => (t.kind !== 'role' && words(t.from).every((w) => lessLiked.has(w)) ? { ...t, aside: true } : t));
    // What the work is said to come down to ("is it just writing sql") is checked against what the day holds: the day's
    // work is asked, the premise's words count half.
    const premise = terms.some((t) => t.term === dayToDayTerm && !t.aside) ? justThePremise.exec(ask)?.[1] : undefined;
    if (premise !== undefined) {
      const premiseWords = new Set(words(premise));
      terms = terms.map((t) =>
        t.kind !== 'role' && t.term !== dayToDayTerm && words(t.from).every((w) => premiseWords.has(w)) ? { ...t, aside: true } : t,
      );
    }
    const asked = new Set(terms.map((t) => t.term));
    const rolesOf = (list: QueryTerm[]) => [
      ...new Set(list.map((t) => this.analyzer.roleOf(t.term)).filter((r): r is 'de' | 'mle' => r === 'de' || r === 'mle')),
    ];
    // ("i want to be an mle. actually no wait, de. how long…": the role named after taking the first back is the one.)
    const correction = new RegExp(String.raw`\b(?:${takingBack}|sorry)\b(?=[^.?!]*$|[^.?!]*[.?!]\s*$)`, 'i').exec(context);
    const correctedRoles = correction ? rolesOf(this.analyzer.analyzeQuery(context.slice(correction.index), this.correct)) : [];
    const contextRoles = correctedRoles.length === 1 ? correctedRoles : rolesOf([...contextTerms, ...referredRoles]);
    contextTerms = contextTerms.filter((t) => !asked.has(t.term) && t.kind !== 'role');
    // ("why do mles get paid more than des anyway, they both write python lol": what is said around the ask of the roles,
    // not of the person, is a remark on them, which says less of what to answer.)
    const commentary = contextTerms.length > 0 && !firstPerson.test(context);
    // An ask that names no role is about the one role the rest names ("# staff DE comp / how high does it go?").
    const named = rolesOf(terms);
    const contrasted = this.contrastedRole(ask, named);
    const askRoles = named.filter((role) => role !== contrasted);
    const said = askRoles.length === 0 && contextRoles.length === 1 ? contextRoles : askRoles;
    // ("does mle pay more", "mle pays more?": one role paid more than the other, which is asked about as much.)
    const againstTheOther =
      intent.form === 'comparison' &&
      intent.wanted === 'money' &&
      said.length === 1 &&
      askRoles.length === 1 &&
      /\b(?:more|less|better|higher|lower)\b/i.test(parts.mainAsk) &&
      !/\b(?:than|vs\.?|versus|or|compared|over)\b/i.test(parts.mainAsk);
    // ("if i went to mle would my pay go up", "…would i take a pay cut": pay across a move is the two roles' pay.)
    const acrossAMove =
      (intent.wanted === 'money' || intent.wanted === 'percent') &&
      said.length === 1 &&
      askRoles.length === 1 &&
      (/\b(?:pay\s*cut|paycut|take\s+a\s+cut|pay\s+bump|(?:go|goes|going|went)\s+(?:up|down)|lose\s+(?:money|out)|gain)\b/i.test(
        parts.mainAsk,
      ) ||
        howMuchLost.test(parts.mainAsk)) &&
      movesToARole.test(parts.mainAsk);
    const roles: ('de' | 'mle')[] = againstTheOther || acrossAMove ? [said[0]!, said[0] === 'de' ? 'mle' : 'de'] : said;
    // "a DE with 3 yoe": for a pay question, years of experience name a level.
    // ("i have 6 yoe as a de what should i be making": the years told before the ask are the person's level, unless
    // the ask names one.)
    // Only for an ask of pay alone ("which skills pay the most?" asks about skills).
    const namesLevel = askTerms.some((t) => levelTerms.has(t.term));
    const payWords = new Set(askTerms.filter((t) => t.term === salaryTerm).flatMap((t) => words(t.from)));
    const asksPayAlone = askTerms.every(
      (t) =>
        t.kind === 'role' ||
        t.term === salaryTerm ||
        generic(t) ||
        words(t.from).every((w) => payWords.has(w)) ||
        // ("whats a realistic total comp": how normal a figure is, not another topic.)
        payHedges.test(t.from) ||
        // ("what are you guys pulling": a common word in no group of ours says nothing of a topic.)
        (t.kind === 'word' && !askTerms.some((o) => o.kind === 'synonym' && o.from === t.from) && this.lexicon.specificity(t.from) <= 0.25),
    );
    // ("whats the avg de salary", "a typical mle salary": of pay, how normal a figure is asked is no word to search by;
    // "average" would find "ML engineer wins on average", a sentence on the ceiling, not the figures.)
    if (intent.wanted === 'money' && terms.some((t) => t.term === salaryTerm))
      terms = terms.filter((t) => !(t.kind === 'word' && payHedges.test(t.from)));
    // ("accountant, 9 years, cpa. … what would i earn", "6 years of research": years in another job are no level in
    // these roles; whoever comes from one starts at the entry level, which the conversation knows from their profile.)
    // ("i was a teacher for 10 years", "i worked as an accountant for 7 years": their own job, told as theirs, is
    // another job all the same.)
    const elsewhere = (text: string) =>
      levelOfYears(text) !== undefined &&
      (this.otherJobTitle(text, false) !== undefined ||
        this.otherJobTitle(text.replace(pastOwnJobMarkers, ' '), false) !== undefined ||
        /\b\d{1,2}\s*\+?\s*(?:years?|yrs?|yoe)\s+(?:(?:of\s+)?(?:experience|exp)\s+)?(?:of|in|as\s+an?)\s+(?!(?:experience|exp|de|data|ml|mle|engineering|industry|tech|software|it)\b)\w+|\bbeen\s+in\s+(?!(?:de|data|ml|mle|engineering|the\s+industry|tech|software|it)\b)\w+(?:ing|ance|care)\b/i.test(
          text,
        ));
    const startsOver = firstPerson.test(`${parts.context} ${parts.ask}`) ? `${synonymPrefix}entry` : undefined;
    const yearsOf = (text: string) => (elsewhere(text) ? startsOver : levelOfYears(text));
    // ("5 yoe in accounting": years read as a level are no level when they were spent in another job.)
    // (Read only where pay is asked: most questions never need it.)
    const toldLevel = () =>
      elsewhere(parts.context)
        ? startsOver
        : // ("im a senior accountant. if i switch to de…": the level of a job outside the roles is theirs there.)
          // (Read from the context as told: the ask may have taken its terms up as its own, "what should i make" after "im a
          // senior de with 8 yoe", and a level named outweighs the level their years would make.)
          (this.analyzer
            .analyzeQuery(parts.context, this.correct)
            .find((t) => levelTerms.has(t.term) && !titlesOnlyOtherJobs(parts.context, t.from))?.term ?? yearsOf(parts.context));
    // ("im a senior de with 8 yoe, what should i make": a level named outweighs the level their years would make.)
    const askedLevel = namesLevel ? undefined : yearsOf(parts.ask);
    // ("is 120k low for a de with 4 yoe": a sum of pay judged at their years is asked at that level too.)
    // ("i make 120k as a de with 4 yoe, is that low?": the sum and their years told, then judged.)
    const judgesASum = intent.form !== 'amount' && quotesPay.test(`${parts.context} ${ask}`);
    // ("whats the range for a 6 yoe mle": the range of pay, at their years, is a figure asked for as well.)
    // ("2 yoe as de, what can i expect": pay expected, at their years, likewise.)
    const rangeAsked = (/\branges?\b/i.test(ask) || expectsPay.test(parts.ask)) && terms.some((t) => t.term === salaryTerm);
    const level =
      intent.form === 'amount' || judgesASum || rangeAsked
        ? (askedLevel ?? (namesLevel || (!asksPayAlone && !judgesASum) ? undefined : toldLevel()))
        : undefined;
    if (level && !terms.some((t) => t.term === level))
      terms = [...terms, { term: level, kind: 'synonym', from: '', inferred: true, qualifier: true }];
    // ("im a junior de in nigeria, what would i make as mle": where they work, told before the ask, is where the pay is
    // asked, as their level is.)
    // (The US needs no saying: the figures given by level are US figures already.)
    // ("staff de pay in lagos": a Nigerian city is Nigeria, whose figures the sources give, as surely as its name.)
    // (Its name searched too: the passages say "Nigeria", never the city.)
    const cities = new Set(terms.filter((t) => t.term === nigeriaTerm && t.inferred && t.from !== '').map((t) => t.from));
    if (cities.size > 0)
      terms = terms.map((t) =>
        !cities.has(t.from)
          ? t
          : t.kind === 'word'
            ? { ...t, term: stem('nigeria') }
            : t.term === nigeriaTerm
              ? { ...t, inferred: undefined }
              : t,
      );
    const toldNigeria = contextTerms.some((t) => t.term === nigeriaTerm);
    // (A level named with the pay, "a junior mle", asks pay still: the words that name it.)
    const levelFrom = new Set(askTerms.filter((t) => levelTerms.has(t.term)).map((t) => t.from));
    // ("i live in lagos. what does a junior mle earn vs a junior de": pay of the two set side by side, there too.)
    if (
      (intent.form === 'amount' || intent.wanted === 'money') &&
      (asksPayAlone || askTerms.every((t) => t.kind === 'role' || payWords.has(t.from) || levelFrom.has(t.from))) &&
      toldNigeria &&
      !terms.some((t) => t.term === nigeriaTerm || t.term === usTerm)
    )
      terms = [...terms, { term: nigeriaTerm, kind: 'synonym', from: '', inferred: true, qualifier: true }];
    // "how much do mles make at L5?": pay at a grade of the big tech ladders is pay at FAANG, where the articles give it.
    // ("what do l5 mles need to know" is what the articles say of that level: "Required at L5+".)
    if (intent.wanted === 'money' && askTerms.some((t) => faangGrade.test(t.from)) && !terms.some((t) => t.term === faangTerm))
      terms = [...terms, { term: faangTerm, kind: 'synonym', from: '', inferred: true, qualifier: true }];
    // "is 150k good for a mid level de?": a sum of pay asks about pay, though the number itself is not searched.
    if (quotesPay.test(ask) && !terms.some((t) => t.term === salaryTerm))
      terms = [...terms, { term: salaryTerm, kind: 'synonym', from: '', inferred: true }];
    // "is DE just a cope for people who can't do ML", "isn't ML engineering just a hype bubble": a role judged, and
    // nothing else named, asks what the role is worth and where it is going.
    if (
      judgedAsLesser.test(ask) &&
      terms.some((t) => t.kind === 'role') &&
      // ("ngl de seems mid": the judging words themselves name nothing else.)
      terms.every(
        (t) =>
          t.kind === 'role' ||
          t.qualifier ||
          /^(?:ml|machine learning|seems?|looks?|sounds?|feels?|kind|land|get|until)$/i.test(t.from) ||
          judgedAsLesser.test(t.from),
      )
    )
      terms = [...terms, { term: outlookTerm, kind: 'synonym', from: '', inferred: true }];
    // "what do ML engineers need that data engineers dont": what one role needs and the other does not, asking for
    // nothing else by name, is its own skills.
    if (contrasted && askTerms.every((t) => t.kind === 'role' || genericWord(t.from)) && /\bneeds?\b/i.test(ask))
      terms = [...terms, { term: skillTerm, kind: 'synonym', from: '', inferred: true }];
    // ("how much does a data engineer cost", "what does a junior de cost vs a senior one": a person's cost to hire is
    // their pay.)
    if (
      /\bcosts?\b/i.test(ask) &&
      !terms.some((t) => t.term === salaryTerm) &&
      terms.every(
        (t) => t.kind === 'role' || t.qualifier || levelTerms.has(t.term) || /^(?:cost|costs|junior|senior|staff|mid)$/i.test(t.from),
      ) &&
      (terms.some((t) => t.kind === 'role') || /\b(?:each|either|both|one)\b/i.test(ask))
    )
      terms = [...terms, { term: salaryTerm, kind: 'synonym', from: '', inferred: true }];
    // ("ok how much in the us then", "how much for a senior de in nigeria": how much, asked of a place and nothing
    // else, is what the role pays there. Remote is a way of working, no place: "how much remote work".)
    const placeWords = new Set(terms.filter((t) => t.term === usTerm || this.analyzer.isSetting(t.term)).map((t) => t.from));
    // ("by how much" after which role has more remote jobs: how far apart, not pay.)
    if (
      /\bhow\s+much\b/i.test(ask) &&
      !/\bby\s+how\s+much\b/i.test(ask) &&
      placeWords.size > 0 &&
      !terms.some((t) => t.term === salaryTerm) &&
      terms.every((t) => t.kind === 'role' || t.qualifier || levelTerms.has(t.term) || placeWords.has(t.from) || generic(t))
    )
      terms = [...terms, { term: salaryTerm, kind: 'synonym', from: '', inferred: true }];
    // ("what should i study for mle", "so what do i study now" after choosing: what to study for a role is what to
    // learn for it; for a major or a degree, "what should i study in college", it stays education.)
    const studyAsked = terms.find((t) => t.term === educationTerm && t.inferred && /\bstudy\b/i.test(t.from));
    if (
      studyAsked &&
      terms.some((t) => t.kind === 'role') &&
      !/\b(?:college|uni|university|school|major|minor|degree|masters?|phd|bachelors?|undergrad|grad\s+school)\b/i.test(ask)
    )
      terms = [...terms.filter((t) => t !== studyAsked), { term: skillTerm, kind: 'synonym', from: studyAsked.from, inferred: true }];
    // ("how much for mle", "how much for a senior de": how much, asked of a role and nothing else, is its pay.)
    if (
      /^\W*(?:(?:so|and|ok|okay)\s+)?how\s+much\s+(?:for|as|do|does|is|are)\b/i.test(ask) &&
      !terms.some((t) => t.term === salaryTerm) &&
      terms.some((t) => t.kind === 'role') &&
      terms.every(
        (t) =>
          t.kind === 'role' ||
          t.qualifier ||
          levelTerms.has(t.term) ||
          generic(t) ||
          /^(?:junior|senior|staff|mid|entry|principal|lead|new\s+grad)$/i.test(t.from),
      )
    )
      terms = [...terms, { term: salaryTerm, kind: 'synonym', from: '', inferred: true }];
    // ("what would i make at first", "pay at the beginning": pay at the start of a career is entry-level pay, no
    // "first" to find.)
    if (terms.some((t) => t.term === salaryTerm) && /\bat\s+first\b|\bat\s+the\s+(?:start|beginning|begining)\b/i.test(ask)) {
      terms = terms.filter((t) => !(t.kind === 'word' && /^(?:first|start|beginning|begining)$/i.test(t.from)));
      if (!terms.some((t) => t.term === entryLevelTerm))
        terms = [...terms, { term: entryLevelTerm, kind: 'synonym', from: 'at first', qualifier: true }];
    }
    // ("in rupees how much would i get": how much, in a currency, is pay; "how much is that in pakistani rupees" asks
    // of the figures before.)
    if (
      /\bhow\s+much\b/i.test(ask) &&
      !/\b(?:that|this|those|these|it)\b/i.test(ask) &&
      // ("how much in rupees" after Nigeria's pay asks of those figures: a currency beside a person or a role asks afresh.)
      (firstPerson.test(ask) || terms.some((t) => t.kind === 'role')) &&
      new RegExp(`\\b${currencyWords}\\b`, 'i').test(ask) &&
      !terms.some((t) => t.term === salaryTerm)
    )
      terms = [...terms, { term: salaryTerm, kind: 'synonym', from: '', inferred: true }];
    // ("12 lpa is good for de?", "is 50k euros normal for a junior de": a sum in a currency is pay, and its number no
    // word to find ("12" in "12-18 months").)
    const sumInACurrency = new RegExp(`\\b(\\d+(?:[.,]\\d+)?)\\s*(?:k|m)?\\s*${currencyWords}\\b`, 'i').exec(ask);
    if (sumInACurrency) {
      terms = terms.filter((t) => t.from !== sumInACurrency[1]);
      if (!terms.some((t) => t.term === salaryTerm))
        terms = [...terms, { term: salaryTerm, kind: 'synonym', from: sumInACurrency[0], inferred: true }];
    }
    // ("how much time will it take for de": how much time a move takes, not how the day's time is spent.)
    if (intent.form === 'duration' && /\bhow\s+much\s+time\b.*\b(?:take|takes|taking|took)\b/i.test(ask))
      terms = terms.filter((t) => !(t.term === `${synonymPrefix}daytoday` && t.from === 'how much time'));
    // ("how much is a senior mle per month in the us": the period pay is asked in is no part of what it is about; the
    // place is. The answer says when the figures come in the other period.)
    const period = /\b(?:per|a|each|every)\s+(month|year)\b|\b(month)ly\b|\b(year)ly\b|\bannual(?:ly)?\b/i.exec(ask);
    if (
      period &&
      intent.wanted === 'money' &&
      terms.some((t) => this.analyzer.isSetting(t.term) || t.term === usTerm || t.term === remoteTerm)
    ) {
      const unit = (period[1] ?? period[2] ?? period[3] ?? 'year').toLowerCase();
      terms = terms.map((t) => (words(t.from).some((w) => w.startsWith(unit) || w.startsWith('annual')) ? { ...t, aside: true } : t));
    }
    // ("should i learn sql or python first for de", "start with spark or airflow first?": which of two to take up first
    // is what to prioritize, with the two as its candidates.)
    if (
      !terms.some((t) => t.term === priorityTerm) &&
      /\b(?:learn|learning|study|studying|start|starting|pick\s+up|focus\s+on)\b(?:\s+\S+){1,2}?\s+or\s+(?:\S+\s+){1,2}?(?:first|1st)\b/i.test(
        ask,
      )
    )
      terms = [...terms, { term: priorityTerm, kind: 'synonym', from: 'first', inferred: true }];
    // ("what should a new grad learn first?": what to learn first is a priority among skills.)
    if (terms.some((t) => t.term === priorityTerm && /\blearn/i.test(t.from)) && !terms.some((t) => t.term === skillTerm))
      terms = [...terms, { term: skillTerm, kind: 'synonym', from: '', inferred: true }];
    // ("im a senior mle … what would the de to mle or mle to de move look like for me": both moves named, the one
    // from the role they told.)
    // ("if i switch from de to mle will i take a pay cut?": the two roles' pay set side by side is what is asked; the
    // move is its condition, no move asked about.)
    // ("…thinking of moving to de. how long would that take and would i take a pay cut?": the move's time is asked
    // first; the pay cut is the side question.)
    // ("if i went to mle would my pay go up", "would i lose money going mle or gain": how pay changes with the move is
    // the gap between the roles, as a pay cut is; "go up" is no growth of the field.)
    const payChanges =
      (intent.wanted !== 'duration' &&
        ((terms.some((t) => t.term === salaryTerm || /\bmoney\b/i.test(t.from)) &&
          /\b(?:(?:go|goes|going|went)\s+(?:up|down)|increase|decrease|rise|drop|lose\s+(?:money|out)|gain|bump|jump)\b/i.test(
            parts.ask,
          )) ||
          howMuchLost.test(parts.ask)) &&
        // ("thinking of going mle. how much more wud i make": the move told just before the ask.)
        movesToARole.test(`${parts.context} ${parts.ask}`)) ||
      // ("im a de w 5 yoe, would i make more as an mle": more or less in the other role is the gap between them.)
      earnsMoreAs.test(parts.ask);
    // ("whats the % difference between junior de and junior mle": a difference asked in percent is how far apart the
    // two roles' pay is, not how the roles differ.)
    if (
      intent.wanted === 'percent' &&
      /%|\bpercent/i.test(parts.ask) &&
      terms.some((t) => t.term === overviewTerm && /\bdiff/i.test(t.from))
    )
      terms = terms.map((t) =>
        t.term === overviewTerm ? { term: gapTerm, kind: 'synonym' as const, from: t.from, inferred: true as const } : t,
      );
    // ("llmops vs mlops whats the diff": a difference between two things neither of them a role is theirs to tell,
    // not the overview of how the two roles differ.)
    if (
      terms.some((t) => t.term === overviewTerm && t.inferred) &&
      !terms.some((t) => t.kind === 'role') &&
      /\b(?:vs\.?|versus|between|or|and)\b/i.test(parts.ask) &&
      // ("whats the diff between the two, in short": "the two" are the roles.)
      !/\bbetween\s+(?:them|those|these|the\s+two(?:\s+(?:roles?|jobs?|careers?|paths?))?|both)\b/i.test(parts.ask) &&
      terms.filter((t) => t.kind === 'word' && !generic(t)).length >= 2
    )
      terms = terms.filter((t) => t.term !== overviewTerm);
    // ("is mle pay really higher than de?": "higher" of pay set against pay is the comparison itself, which "more" is
    // too, no word a passage should match: "a higher salary ceiling in specialized niches" answers no such question.)
    if (intent.wanted === 'money' && intent.form === 'comparison')
      terms = terms.filter((t) => !(t.kind === 'word' && /^(?:higher|lower|bigger|greater|larger|smaller)$/i.test(t.from)));
    // ("whats the difference in tools", "diff in interviews", "the diffrence in pay": a difference in something named is
    // that thing, each role's, not the overview of how the two roles differ.)
    const differenceIn =
      /\b(?:diff\w*|difer\w*)\s+(?:in|of|for|on)\s+(?!(?:them|it|that|this|those|these|the\s+(?:two|roles?|jobs?))\b)\p{L}/iu.test(
        parts.ask,
      );
    if (differenceIn && terms.some((t) => t.kind === 'synonym' && t.term !== overviewTerm && !t.aside && !t.qualifier))
      terms = terms.filter((t) => !(t.term === overviewTerm && /\bdiff/i.test(t.from)));
    // ("whats the difference in salary between de and mle": a difference in pay is the gap between the two roles' pay,
    // as "pay gap" says; no sentence that merely says "salary".)
    if (
      differenceIn &&
      intent.form === 'comparison' &&
      intent.wanted === 'money' &&
      terms.some((t) => t.term === salaryTerm && !t.aside) &&
      !terms.some((t) => t.term === gapTerm)
    )
      terms = [...terms, { term: gapTerm, kind: 'synonym' as const, from: '', inferred: true as const }];
    if (payChanges)
      terms = [
        ...terms.filter((t) => !(t.inferred && t.qualifier && /\b(?:up|down|rise|increase|drop)\b/i.test(t.from))),
        ...(terms.some((t) => t.term === gapTerm)
          ? []
          : [{ term: gapTerm, kind: 'synonym' as const, from: 'pay cut', inferred: true as const }]),
      ];
    const payCut =
      intent.wanted !== 'duration' &&
      terms.some(
        (t) =>
          t.term === gapTerm &&
          (/\b(?:pay\s*cut|paycut|take\s+a\s+cut|the\s+cut)\b/i.test(t.from) ||
            // ("whats the pay bump if i switch to mle"; "which of those gives the biggest bump" of premiums is no move.)
            (/\bbump\b/i.test(t.from) && /\b(?:switch\w*|mov(?:e|ed|ing)|go(?:ing)?|went|pivot\w*|transition\w*)\b/i.test(parts.ask))),
      );
    if (payCut) {
      terms = terms.map((t) =>
        t.term === switchTerm || /^(?:switch|move|go|pivot|transition)\w*$/i.test(t.from) ? { ...t, aside: true } : t,
      );
      if (!terms.some((t) => t.term === salaryTerm)) terms = [...terms, { term: salaryTerm, kind: 'synonym', from: 'pay', inferred: true }];
    }
    // (The move's words read as meant: "switch to data engeneer" goes to data engineering.)
    const spell = (text: string) => text.replace(/\p{L}+/gu, (word) => this.correct(word.toLowerCase()) ?? word);
    // ("my cousin is a data engineer … my friend says mle is where the money is. … which one should i go for": what
    // others are and say is no move of the person's; a story's move is read from the ask and their own sentences.)
    const theirOwn = parts.context
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => !forSomeoneElse.test(sentence))
      .join(' ');
    const spelled = spell(plain);
    const moveTold = parts.context === '' ? spelled : `${spell(theirOwn)} ${spell(parts.ask)}`;
    const direction = payCut
      ? undefined
      : namesBothMoves(parts.ask) && contextRoles.length === 1
        ? contextRoles[0] === 'mle'
          ? 'mle-to-de'
          : 'de-to-mle'
        : (questionDirection(moveTold) ?? moveOfTheirOwn(parts.context, parts.ask, contextRoles, askRoles));
    // ("i'm a data engineer … would mle be realistic for me?": whether their move is doable is what the move's own
    // passage says, "achievable but requires substantial upskilling"; no word of difficulty need be in it.)
    if (direction && !questionDirection(moveTold)) terms = terms.filter((t) => !(t.term === difficultyTerm && t.inferred));
    // "polars or pandas for a new de project, which should i pick": what the choice is between, told before it and
    // saying nothing of the person, is asked as much as the choice; its words may be ones the sources lack.
    const impersonal = fromContext && !firstPerson.test(parts.context) && /\b(?:or|vs\.?|versus)\b/i.test(parts.context);
    const unknownOf = () => [
      ...(impersonal
        ? this.unknownTerms(ask, ask, [...terms.filter((t) => !t.inferred)], roles.length > 0)
        : this.unknownTerms(parts.ask, parts.mainAsk, askTerms, roles.length > 0)),
      // ("i'm in berlin. what would a de make": where the person is, told aside, decides the pay asked.)
      ...(intent.wanted === 'money' && context !== '' ? this.placesToldIn(context) : []),
    ];
    let unknown: UnknownTerm[] | undefined;
    // "how long to go MLE -> DE", "how long to become an mle", "can i become an mle in a year?": a move between the
    // roles, or getting into one, and the time given (src/search/timeAsked.ts).
    terms = withTheTimeAsked(terms, { ask, plain: spelled, intent, direction, roles });
    if (payCut || payChanges) terms = terms.filter((t) => !(t.term === switchTerm && t.inferred && t.from === ''));
    // ("is mle better than de", "is de better?": better, of the roles alone, is which to choose.)
    if (
      /\b(?:better|best|superior|the\s+(?:smarter|right)\s+(?:choice|pick|move))\b/i.test(ask) &&
      terms.some((t) => t.kind === 'role') &&
      terms.every((t) => t.kind === 'role' || t.aside)
    )
      terms = [...terms, { term: chooseTerm, kind: 'synonym', from: '', inferred: true }];
    // ("which one should i go for if i want to get hired fast", "i just want the most money, which do i pick": a choice
    // made on one measure the roles are compared on, and nothing else, asks that comparison; the verdicts on whom each
    // role suits do not answer it.)
    if (terms.some((t) => t.term === chooseTerm)) {
      const measures = terms.filter((t) => comparedMeasures.has(t.term) && !t.aside);
      const measureWords = new Set(measures.map((t) => t.from));
      const others = terms.filter(
        (t) =>
          !t.aside &&
          t.kind !== 'role' &&
          t.term !== chooseTerm &&
          !comparedMeasures.has(t.term) &&
          !generic(t) &&
          !measureWords.has(t.from),
      );
      if (measures.length > 0 && others.length === 0) terms = terms.filter((t) => t.term !== chooseTerm);
    }
    // ("what makes the de one safe", "what made mle so hyped": a cause asked, not what anyone makes.)
    if (/\bwhat\s+(?:makes|made|make)\s+(?!(?:more|less|the\s+most|most|bank)\b)/i.test(ask))
      terms = terms.filter((t) => !(t.term === salaryTerm && /^(?:make|makes|made)$/.test(t.from)));
    // ("whats the highest mle pay", "the max a de can earn", "highest paying level for de": the top of one role's pay
    // is its top level's figures, not the articles' "highest-paid" asides nor the comp-ceiling diagnostic.)
    const payAsked = terms.some((t) => (t.term === salaryTerm || (t.term === premiumTerm && t.inferred)) && !t.aside);
    const oneRole = new Set(terms.filter((t) => t.kind === 'role' && !t.aside).map((t) => t.term)).size === 1;
    if (
      payAsked &&
      oneRole &&
      topOfPay.test(ask) &&
      !terms.some((t) => levelTerms.has(t.term) || t.term === skillTerm || t.term === faangTerm || t.term === usTerm)
    )
      terms = [
        ...terms.filter((t) => !(t.term === `${synonymPrefix}highest` || topWords.has(t.term) || (t.term === premiumTerm && t.inferred))),
        ...(terms.some((t) => t.term === salaryTerm)
          ? []
          : [{ term: salaryTerm, kind: 'synonym' as const, from: '', inferred: true as const }]),
        ...this.analyzer.analyzeQuery('staff', this.correct).map((t) => ({ ...t, inferred: true as const })),
      ];
    // ("what skills bump de pay", "which mle skills get u a salary bump": a bump in pay from a skill is a premium.)
    if (
      terms.some((t) => t.term === skillTerm && !t.aside) &&
      terms.some((t) => t.term === gapTerm && /\b(?:bump|boost|raise|increase)/i.test(t.from)) &&
      !terms.some((t) => t.term === premiumTerm)
    )
      terms = [...terms, { term: premiumTerm, kind: 'synonym', from: '', inferred: true }];
    return {
      text,
      plain,
      spelled,
      ask,
      context,
      terms,
      contextTerms,
      ...(commentary ? { commentary } : {}),
      roles,
      ...(contrasted ? { contrasted } : {}),
      intent,
      ...(direction ? { direction } : {}),
      ...(fromContext ? { fromContext } : {}),
      ...(excluded.length > 0 ? { ruledOut: excluded } : {}),
      labels: this.labelsOf(terms),
      // What the person says about themselves is never what the sources lack. Worked out when first asked for:
      // most readings (a follow-up's pieces, the topic words of a turn) never need it.
      get unknown() {
        unknown ??= unknownOf();
        return unknown;
      },
    };
  }

  /**
   * Where the person says they live or work ("i'm in berlin", "based in london", "data analyst 3 yrs in london"), when
   * the sources give no figures there: a place whose name the vocabulary reads (Lagos as Nigeria, Austin as the US) is
   * theirs.
   */
  private placesToldIn(context: string): UnknownTerm[] {
    const lower = context.toLowerCase();
    const said = [...lower.matchAll(whereTheyAre), ...lower.matchAll(this.jobHeldIn)].flatMap((m) => words(m[1]!));
    return [...new Set(said)]
      .filter((word) => this.namesAPlace(word) && !this.analyzer.analyzeQuery(word, this.correct).some((t) => t.kind !== 'word'))
      .filter((word) => !this.corpus.knows(this.analyzer.analyzeQuery(word, this.correct)[0]?.term ?? word))
      .map((word) => ({ word, kind: 'name' as const, inMainAsk: false, told: true as const, specificity: 1 }));
  }

  /** Whether a word is a place ("germany", "bangalore india"): a name in general English that is no role and no company. */
  namesAPlace(word: string): boolean {
    // ("bangalore india": a place of two words, one a name the dictionary may lack.)
    const parts = words(word);
    // ("6 yrs in icu": an acronym names a ward, a team or a company far more often than a place; the countries people
    // write in capitals are places still.)
    const name = (part: string) => this.lexicon.classify(part) === 'name' && (!this.lexicon.isAcronym(part) || countryCodes.test(part));
    return (
      parts.some(name) &&
      parts.every(
        (part) =>
          this.lexicon.classify(part) !== 'word' &&
          !this.analyzer.isChatWord(part) &&
          !this.employers.has(part) &&
          this.analyzer.analyzeQuery(part).every((t) => t.kind !== 'role'),
      )
    );
  }

  /** The first place a text names ("germany", "lagos"). */
  private placeNamed(text: string): string | undefined {
    const place = (word: string) => this.namesAPlace(word);
    // ("hey from lagos": the name after "in" or "from" first; "hey" is a greeting, whatever the dictionary says.)
    const after = [...text.toLowerCase().matchAll(/\b(?:in|from|at|near)\s+([\p{L}]+)/gu)].map((m) => m[1]!).find(place);
    return after ?? words(text).find(place);
  }

  /**
   * "what skills does a DE need that an MLE doesn't?", "what do MLEs do unlike DEs": a question about one role set
   * against the other is about the one; the other is what it is contrasted with. Undefined unless the ask names
   * both roles and sets exactly one against the other.
   */
  private contrastedRole(ask: string, roles: readonly ('de' | 'mle')[]): 'de' | 'mle' | undefined {
    if (roles.length < 2) return undefined;
    const contrasted = new Set<'de' | 'mle'>();
    for (const match of ask.matchAll(contrast))
      for (const role of rolesIn(this.analyzer, match[1] ?? match[2] ?? match[3]!)) contrasted.add(role);
    if (needing.test(ask))
      for (const match of ask.matchAll(yardstick)) for (const role of rolesIn(this.analyzer, match[1] ?? match[2]!)) contrasted.add(role);
    return contrasted.size === 1 ? [...contrasted][0] : undefined;
  }

  /**
   * "apparently", "supposedly", "reasonably": an English adverb made of an adjective, which the articles never use,
   * says how the person feels about what they ask, never what it is about (nor what the sources lack).
   */
  private isMannerAdverb(term: QueryTerm): boolean {
    if (term.kind !== 'word' || term.from.length < 7 || !term.from.endsWith('ly') || this.corpus.knows(term.term)) return false;
    const base = term.from.slice(0, -2);
    const adjectives = [base, base.replace(/i$/, 'y'), `${base}e`, base.replace(/ab$/, 'able').replace(/ib$/, 'ible')];
    return adjectives.some((a) => a !== term.from && this.lexicon.classify(a) === 'word');
  }

  /** The synonyms' labels ("pay" for the salary group), by term. */
  private labelsOf(terms: readonly QueryTerm[]): Map<string, string> {
    const labels = new Map<string, string>();
    for (const t of terms) {
      const label = t.kind === 'synonym' ? this.analyzer.labelOf(t.term) : undefined;
      if (label) labels.set(t.term, label);
    }
    return labels;
  }

  /** The latest year the articles name ("through 2032"): how far ahead they speak. */
  private lastYearNamed(): number {
    if (this.lastYear === undefined) {
      this.lastYear = 0;
      for (let year = 1990; year <= 2100; year += 1) if (this.corpus.knows(String(year))) this.lastYear = year;
    }
    return this.lastYear;
  }

  private lastYear: number | undefined;

  /** The ask's words the articles never use, names and titles first. */
  private unknownTerms(ask: string, mainAsk: string, terms: QueryTerm[], namesRole: boolean): UnknownTerm[] {
    const out: UnknownTerm[] = [];
    const lowerAsk = ask.toLowerCase();
    // "…, i'm in lagos", "i live in berlin", "based in toronto": where the person is, not what they ask about.
    const personal = new Set(
      [
        ...ask.toLowerCase().matchAll(whereTheyAre),
        // ("im 24, cs grad, backend dev 2 yrs in bangalore, …": where the job told is held.)
        ...ask.toLowerCase().matchAll(this.jobHeldIn),
      ].flatMap((m) => words(m[1]!)),
    );
    // "analytics enginer tc?": a title is a title however it is misspelt.
    const spell = (text: string) => text.replace(/\p{L}+/gu, (word) => this.correct(word.toLowerCase()) ?? word);
    const main = new Set([...words(mainAsk), ...words(spell(mainAsk))].filter((w) => !personal.has(w)));
    const inMainAsk = (word: string) => word.split(' ').every((w) => main.has(w));
    // (Where the person is: it decides pay, which the sources give by country, and nothing else they say.)
    const toldOf = (word: string) => (word.split(' ').every((w) => personal.has(w)) ? { told: true as const } : {});
    const other = this.otherJobTitle(ask, namesRole) ?? this.otherJobTitle(spell(ask), namesRole);
    const title = other?.title;
    if (other)
      out.push({
        word: other.title,
        kind: 'title',
        inMainAsk: inMainAsk(other.title),
        ...(other.mentioned ? { mentioned: true } : {}),
        specificity: 1,
      });
    // "what college should i go to for this", "what courses should i take": which school or course to pick is not the
    // articles' to say (they name degrees, never a school, and no course).
    const school = whichSchool.exec(lowerAsk)?.[1];
    if (school) out.push({ word: school, kind: 'name', inMainAsk: inMainAsk(school), specificity: 1 });
    const read = toBeRead.exec(lowerAsk);
    const book = words((read?.[1] ?? read?.[2])?.replace(/^\s*(?:the|a|an)\s+/i, '') ?? '').join(' ');
    if (book && !/^(?:it|this|that|they|these|those|them)$/.test(book))
      out.push({ word: book, kind: 'name', inMainAsk: inMainAsk(book), specificity: 1 });
    // "in austin", "bay area": a city or a state is read as its country, where the articles give figures, and is still
    // named, since they give none for the city itself (nor set two of them apart).
    for (const term of terms)
      if (term.term === usTerm && term.inferred && term.from !== '' && !out.some((u) => u.word === term.from))
        out.push({ word: term.from, kind: 'name', inMainAsk: inMainAsk(term.from), ...toldOf(term.from), mentioned: true, specificity: 1 });
    // A word of a vocabulary phrase ("cert" for certification) is known through its phrase.
    const inPhrases = new Set(terms.filter((t) => t.kind !== 'word').flatMap((t) => t.from.split(' ')));
    for (const term of terms) {
      // A company, an exam or a course is what the question is about even where the articles name it in passing
      // ("Google" as a certification's maker): it is covered only where the closest passage speaks of it.
      // "i read that…", "i read somewhere…": a noun of the list used as the verb it also is, to report something,
      // names nothing ("should i read <a book>" still asks about the book).
      const asVerb =
        this.salientNouns.has(term.from) &&
        (new RegExp(`\\b(?:i|you|we|they|ive|i've|just|also)\\s+${term.from}\\s+(?:that|somewhere|online|on|about)\\b`).test(lowerAsk) ||
          // "i read mle debugging is way harder": what was read is reported, not a book asked about ("should i read …" is).
          (term.from === 'read' &&
            /(?<!\b(?:should|can|could|would|to|must|do|will)\s+)\b(?:i|ive|i've|just)\s+read\s+(?!(?:a|the|this|that|any)\s+book)/.test(
              lowerAsk,
            )));
      // "an uber eats type app", "netflix-style recommendations": a company named as an example of a kind of
      // product is not the company asked about. ("what's the loop at stripe like for de" asks about the company.)
      const example =
        this.employers.has(term.from) &&
        new RegExp(
          `\\b${escapeRegExp(term.from)}(?:\\s+[\\p{L}\\p{N}]+)?[\\s-]+(?:type|style|like|esque)\\s+(?!(?:for|at|in|to|on|with|as|when|if|is|are|was|these|rn|now|tho|though)\\b)\\p{L}`,
          'u',
        ).test(lowerAsk);
      // ("saw on reddit: …", "read on linkedin that …": where something was seen, not what is asked about.)
      const seenOn =
        this.employers.has(term.from) &&
        new RegExp(
          `\\b(?:saw|seen|read|heard|found|posted)\\b(?:\\s+\\S+){0,3}?\\s+(?:on|in|at)\\s+(?:the\\s+|a\\s+)?${escapeRegExp(term.from)}\\b`,
        ).test(lowerAsk);
      // ("which is better for bootcamp grads", "as a self-taught bootcamp student": a kind of person asking, not the
      // bootcamp asked about.)
      const ofAPerson =
        this.salientNouns.has(term.from) &&
        new RegExp(
          `\\b${escapeRegExp(term.from)}\\s+(?:grads?|graduates?|students?|people|folks|ppl|alumni|kids?|guys?|learners?)\\b`,
        ).test(lowerAsk);
      // ("once every bootcamp pumps out ml ppl", "with so many bootcamps now": the kind in general, none asked about.)
      const inGeneral =
        this.salientNouns.has(term.from) &&
        new RegExp(
          `\\b(?:every|each|all(?:\\s+(?:the|these|those))?|so\\s+many|too\\s+many|more\\s+and\\s+more)\\s+${escapeRegExp(term.from)}s?\\b`,
        ).test(lowerAsk);
      if (example || seenOn || ofAPerson || inGeneral) continue;
      // ("can i do de part time": a phrase of the list, "part time", names it though neither of its words alone does.)
      const inAPhrase = this.salientPhrases.some(
        (p) => p.split(' ').includes(term.from) && new RegExp(`\\b${escapeRegExp(p)}\\b`).test(lowerAsk.replace(/-/g, ' ')),
      );
      if (term.kind === 'word' && (this.employers.has(term.from) || ((this.salientNouns.has(term.from) || inAPhrase) && !asVerb))) {
        // A company may be covered where a passage speaks of it; an exam, a course or a book only where a passage
        // is about it (not "more bootcamps" in passing).
        const mentioned = this.employers.has(term.from)
          ? { mentioned: true as const }
          : { mentioned: true as const, prominent: true as const };
        // ("laid off", "work life balance": named as the list writes it, not by one of its words.)
        const phrase = this.salientPhrases.find((p) => p.split(' ').includes(term.from) && lowerAsk.replace(/-/g, ' ').includes(p));
        if (!out.some((u) => u.word === term.from || u.word === phrase))
          out.push({
            word: phrase ?? term.from,
            kind: 'name',
            inMainAsk: inMainAsk(term.typed ?? term.from),
            ...mentioned,
            specificity: 1,
            ...(term.typed && term.typed !== term.from ? { typed: term.typed } : {}),
          });
        continue;
      }
      // A year the articles never speak of ("MLE salary in 2030") is as salient as a place.
      // ("is mle gonna be oversaturated by 2030": a horizon up to the last year the articles project to is theirs.)
      const year = /^(19|20)\d\d$/.test(term.from);
      const horizon =
        year &&
        Number(term.from) <= this.lastYearNamed() &&
        new RegExp(`\\b(?:by|until|till|til|through|thru|before)\\s+(?:like\\s+|around\\s+|about\\s+)?${term.from}\\b`).test(lowerAsk);
      if (term.kind === 'word' && year && !this.corpus.knows(term.term) && !horizon) {
        out.push({ word: term.from, kind: 'name', inMainAsk: inMainAsk(term.typed ?? term.from), specificity: 1 });
        continue;
      }
      if (term.kind !== 'word' || this.corpus.knows(term.term) || inPhrases.has(term.from) || aNumberSaid.test(term.from)) continue;
      if (title?.split(' ').includes(term.from)) continue;
      // ("staff de pay in eur": a currency asked is said of the figures given, never a thing the sources lack.)
      // ("in pakistani rupees": the word before the currency says whose it is, no place asked about.)
      if (currencyAsked(term.from) !== undefined || namesACurrency(term.from, lowerAsk)) continue;
      // A word any career question may use ("aim", "land", "path") names nothing the sources could lack.
      if (this.generic.has(term.from)) continue;
      const english = this.lexicon.classify(term.from);
      // Three letters and no digit ("smh", "fwiw", a clipped word) are more often chat than a thing's name.
      // ("is dbt worth learning", "should i learn dbt": three letters learnt or used are a tool's name.)
      // ("what does dbt do in a de stack": three letters the vocabulary lists as a tool are its name, however asked.)
      const learnt =
        term.from.length === 3 &&
        (this.analyzer.isCategoryMember(term.term) ||
          new RegExp(
            `\\b(?:learn|learning|use|using|know|knowing|master|mastering|pick\\s+up)\\s+${term.from}\\b|\\b${term.from}\\s+(?:worth\\s+(?:learning|it|using)|skills?|experience|certs?|certification)\\b`,
          ).test(lowerAsk));
      // ("does cmu require the gre", "at cmu": three letters English lacks, used as a thing that does or is somewhere, are
      // a name, as an institution's or an exam's initials are.)
      const initials =
        term.from.length === 3 &&
        english === 'unknown' &&
        new RegExp(
          `\\b(?:does|did|do|at|from)\\s+${term.from}\\b|\\b${term.from}\\s+(?:require|requires|required|accept|accepts|want|wants|offer|offers|hire|hires|admit|admits)\\b`,
        ).test(lowerAsk);
      const jargon = english === 'unknown' && (term.from.length >= 4 || /\d/.test(term.from) || learnt);
      // "the ai bubble is about to pop", "i'm rusty on stats": a name that English also writes in lowercase, used as a
      // verb or an adjective, names nothing.
      const nameAsVerb =
        english === 'name' &&
        this.lexicon.writesLowercase(term.from) &&
        // ("move to turkey": "to" after a verb of going is a preposition, and what follows it a place.)
        new RegExp(
          `\\b(?:(?:about|going|want|wants|need|needs|trying|try|able|start|starting|begin|used|how|likely)\\s+to|will|would|gonna|can|could|might|may|should|must|wanna|gotta|i'?m|im|am|so|very|pretty|kinda|super|too|bit|getting|feel|feeling)\\s+${term.from}\\b`,
        ).test(lowerAsk);
      // ("is java useful for de": a tool the vocabulary lists is a name, though English has the word too; one English
      // lacks, "dbt", is jargon still.)
      const kind: UnknownTerm['kind'] =
        this.employers.has(term.from) ||
        (this.analyzer.isCategoryMember(term.term) && english !== 'unknown') ||
        (english === 'name' && !nameAsVerb) ||
        initials
          ? 'name'
          : jargon
            ? 'jargon'
            : 'common';
      const typed =
        languageTyped[term.from] !== undefined
          ? { typed: languageTyped[term.from]! }
          : term.typed && term.typed !== term.from
            ? { typed: term.typed }
            : {};
      if (!out.some((u) => u.word === term.from))
        out.push({
          word: term.from,
          kind,
          inMainAsk: inMainAsk(term.typed ?? term.from),
          ...(kind === 'name' ? toldOf(term.from) : {}),
          specificity: this.lexicon.specificity(term.from),
          ...typed,
        });
    }
    const order = { name: 0, title: 1, jargon: 2, common: 3 } as const;
    // (With the book named, "reading" is how it is asked about, not a second thing the sources lack.)
    const named = placeNamedWhole(book ? out.filter((u) => !/^read(?:ing)?$/.test(u.word)) : out, lowerAsk, terms);
    return named.sort((a, b) => order[a.kind] - order[b.kind]);
  }

  /**
   * "which one is better for a data analyst", "is de or mle better for someone coming from data analytics": a choice
   * asked for a kind of person is asked by them; who they are is told first, as a story is (so a job the sources never
   * describe is who asks, not the career asked about).
   */
  private forWhomAside(text: string): string {
    const m = forWhom.exec(text);
    if (!m) return text;
    const whom = m.groups!.whom!;
    const last = words(whom.replace(/\s+(?:coming\s+from|with|who|that)\b.*$/i, '')).at(-1) ?? '';
    // ("which is more beginner friendly for someone who only knows a bit of python": a person described is who asks.)
    const aPerson =
      /\b(?:coming\s+from|with\s+an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+background|(?:someone|somebody|person|people|ppl|folks)\s+(?:who|that|with|coming)\b)/iu.test(
        whom,
      );
    if (!aPerson && !(this.titleNouns.has(last) || agentNoun(last))) return text;
    return `${whom}.\n${m.groups!.ask!}${m.groups!.end ?? ''}`;
  }

  /**
   * A job title other than ours: a title noun the articles never mention ("nurse") in a question that names
   * neither role, or a title noun after a word that makes it another job ("analytics engineer", "data
   * scientist"). `mentioned` says whether the articles use the title at all (in passing, perhaps).
   */
  private otherJobTitle(ask: string, namesRole: boolean): { title: string; mentioned: boolean } | undefined {
    const raw = words(ask);
    // "head of ML", "VP of data": a leadership title, which the articles name only as where a career ends.
    const lead = /\b(head|director|vp|chief|manager) of (\w+)/.exec(raw.join(' '));
    if (lead)
      return {
        title: lead[0],
        mentioned: this.corpus.bigrams.has(`${stem(lead[1]!)} of`) && this.corpus.bigrams.has(`of ${stem(lead[2]!)}`),
      };
    for (let i = 0; i < raw.length; i += 1) {
      if (!this.titleNouns.has(raw[i]!) && !agentNoun(raw[i]!)) continue;
      const noun = stem(raw[i]!);
      const before = raw[i - 1];
      const compound = before !== undefined && !this.analyzer.isChatWord(before) && !/^\d/.test(before);
      // "I'm a backend dev", "as a data analyst": the person's own job is context, whichever sentence it is in.
      if (isOwnJob(raw, compound ? i - 1 : i, i)) continue;
      // Beside one of our roles, an unknown title ("certs recruiters care about for DEs") is someone in the
      // story, not the career asked about.
      if (!this.corpus.knows(noun)) {
        if (namesRole) continue;
        return { title: raw[i]!, mentioned: false };
      }
      // ("and manager?", "what about managers": a leadership title alone, nothing else asked, is that job.)
      const leads = leadsOthers.test(raw[i]!);
      if (!compound) {
        if (leads && raw.every((w, j) => j === i || this.analyzer.isChatWord(w) || /^(?:and|what|about|how|for|a|an|the|or)$/.test(w)))
          return { title: raw[i]!, mentioned: true };
        continue;
      }
      // ("de manager", "engineering manager": who manages engineers is a job of its own, whatever word names them.)
      if (leads && !/^(?:senior|junior|staff|principal|mid|lead|entry|new|first|level|l\d)$/.test(before!)) {
        // ("data engineer manager": the role's name whole, two words.)
        const twoBefore =
          raw[i - 2] !== undefined &&
          this.analyzer.analyzeQuery(`${raw[i - 2]} ${before}`).some((t) => t.kind === 'role' && t.from.includes(' '));
        const title = twoBefore ? `${raw[i - 2]} ${before} ${raw[i]}` : `${before} ${raw[i]}`;
        return { title, mentioned: this.corpus.bigrams.has(`${stem(before!)} ${noun}`) || this.corpus.knows(noun) };
      }
      // "junior engineer", "ML engineer": a level or a role word before the title keeps it one of ours.
      // ("machine learnign engineer": a typo of a role's word keeps it the role.)
      const meant = this.correct(before) ?? before;
      if (this.analyzer.analyzeQuery(`${meant} ${raw[i]}`).some((t) => t.kind !== 'word')) continue;
      if (meant !== before && this.analyzer.analyzeQuery(`${raw[i - 2] ?? ''} ${meant} ${raw[i]}`).some((t) => t.kind === 'role')) continue;
      if (this.analyzer.analyzeQuery(before).some((t) => t.kind !== 'word')) continue;
      // ("ml platform eng": a title of the vocabulary three words long, "ML platform engineer", is the hybrid role.)
      if (
        this.analyzer
          .analyzeQuery(`${raw[i - 2] ?? ''} ${meant} ${raw[i]}`)
          .some((t) => t.kind !== 'word' && t.from.split(' ').length === 3 && t.from.endsWith(raw[i]!))
      )
        continue;
      // ("ml platfrom engineer": a title the articles use, misspelt, is that title.)
      if (meant !== before && this.corpus.bigrams.has(`${stem(meant)} ${noun}`)) return { title: `${meant} ${raw[i]}`, mentioned: true };
      return { title: `${before} ${raw[i]}`, mentioned: this.corpus.bigrams.has(`${stem(before)} ${noun}`) };
    }
    return undefined;
  }
}

/**
 * "hygienist", "physician", "optometrist": a noun of someone's occupation by its ending, for jobs the vocabulary's list
 * of title nouns does not name (verbs that end the same way, "insist", "assist", and lists, "checklist", are not).
 */
function agentNoun(word: string): boolean {
  return word.length >= 7 && /(?:ists?|icians?)$/.test(word) && !/lists?$|^(?:per|con|in|re|as|ex|en|co|sub)sists?$|^twists?$/.test(word);
}

/**
 * Whether the title starting at `start` (its noun at `noun`) is the person's own: "i am a …", "i'm an …", "as a …",
 * "been a …", or their experience in it ("is my dba experience useful for de").
 */
function isOwnJob(raw: string[], start: number, noun = start): boolean {
  if (raw[start - 1] === 'my' && /^(?:experience|exp|background|skills?|years?|work|time)$/.test(raw[noun + 1] ?? '')) return true;
  let at = start - 1;
  // ("as a high school math teacher": a few words may describe the job between the article and its noun.)
  const article = [at, at - 1, at - 2].find((i) => raw[i] === 'a' || raw[i] === 'an');
  if (article !== undefined) at = article - 1;
  const verb = raw[at];
  if (verb === 'as' || verb === 'im' || verb === 'been' || verb === 'currently') return true;
  return (verb === 'am' || verb === 'was') && raw[at - 1] === 'i';
}

/** The level of the articles' salary tables that a number of years of experience falls in (their bands: 0-2, 3-5, 5-8, 8+). */
export function levelForYears(years: number): 'entry' | 'mid' | 'senior' | 'staff' {
  return years <= 2 ? 'entry' : years < 5 ? 'mid' : years < 8 ? 'senior' : 'staff';
}

/** The level a question's years of experience ("3 yoe") fall in, as its synonym term. */
/** The synonym groups of the levels the articles' pay tables use. */
/** The word "level" as the index reads it: said of a level named elsewhere ("at that level"), it adds nothing. */
const levelWord = 'level';
/**
 * Whether a question names a move only as the condition of an ask with a topic of its own ("what changes day to day if
 * i move to mle?"): its switch terms are all set aside.
 */
export function moveSetAside(read: { terms: readonly QueryTerm[] }): boolean {
  const moves = read.terms.filter((t) => t.term === switchTerm);
  return moves.length > 0 && moves.every((t) => t.aside);
}

/** Topics the sources describe by no level (interviews, tools, a day's work, remote work). */
export const unlevelledTopics: ReadonlySet<string> = new Set(
  ['interview', 'tool', 'daytoday', 'remote', 'certification', 'skill'].map((t) => `${synonymPrefix}${t}`),
);
/**
 * "ngl de seems mid", "mle is kinda mid tbh": "mid" said of a thing, slang for mediocre, is no level of experience
 * ("mid level", "mid de", "mid career", "so mid or junior?" still are).
 */
const slangMid =
  /(?<=\b(?:is|s|seems?|looks?|sounds?|feels?|kinda|so|pretty|lowkey|mad|lowk|hella|super|just|bit|of|honestly)\s+)mid\b(?!\s*(?:-|level|lvl|career|senior|sized?|tier|market|range|point|twenties|20s|30s|40s|engineers?|engs?|des?|mles?|roles?|yoe|jobs?|positions?|\d|\s*(?:or|\/)\s*(?:junior|senior|entry|staff|jr|sr|lead|principal|new\s+grad)))/gi;

function midAsSlang(text: string): string {
  // (A look-behind tried at every place costs: only where the word is.)
  return /\bmid\b/i.test(text) ? text.replace(slangMid, 'mediocre') : text;
}

/**
 * "whats a de take home per month", "k so whats mle take home": pay after tax, not the take-home exercise of an
 * interview ("a take-home or live model training exercise", "do they give take home assignments").
 */
const takeHomePay =
  /(?<!\b(?:a|any|the|do|does|give|gives|giving)\s+)\btake[\s-]?home(?:\s+pay)?\b(?!\s+(?:exercises?|assignments?|tests?|projects?|tasks?|challenges?|rounds?|problems?|interviews?|questions?|or|and)\b)(?=\s+(?:pay|salary|per|a\s+month|monthly|yearly|annually|after|each|every|in|for)\b|\s*[?!.]*$)/gi;

/**
 * "was a dba for 5 yoe at a bank.", "been a teacher 10 yrs": a job and its years told with the "i" left out, as chat
 * leaves it out; said with it, the story is theirs (and "was a masters worth it" is no job).
 */
const subjectDropped =
  /(^|[.!?;]\s+|,\s*)(?=(was|been|worked\s+as|working\s+as)\s+(?:an?\s+)[^.?!,;]{2,40}?\s+(?:for\s+(?:about\s+|like\s+|almost\s+|over\s+)?)?(?:\d+|a\s+few|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:years?|yrs?|yoe|y)\b)/gi;

/**
 * "do your sources give salaries in pounds", "do the articles say anything about dbt": the sources asked about are
 * the bot's, no topic to search; what they are asked to give is.
 */
const yourSources =
  /(?<=\b(?:do|does|did|would|will|can)\s+)(?:your|ur|the|these|those|ya)\s+(?:sources|articles|docs|data)\s+(?=(?:ever\s+|even\s+|actually\s+)?(?:give|have|say|mention|cover|list|show|include|talk|tell|know|state|break|split)\b)/gi;

/** "what does mlops mean in ur sources", "according to your articles": where the answer is to come from, no topic. */
const inYourSources =
  /\s*\b(?:in|from|according\s+to|per|based\s+on|by)\s+(?:your|ur|ya|yr|the|these|those|ur\s+own|your\s+own)\s+(?:sources|articles|docs)\b/gi;

function theirSourcesAside(text: string): string {
  let out = text;
  if (/\b(?:sources|articles|docs|data)\b/i.test(out)) out = out.replace(yourSources, '').replace(inYourSources, '');
  if (/\bhires?\b/i.test(out)) out = out.replace(aHire, '');
  if (/\b40[13]/.test(out)) out = out.replace(retirementPlan, 'retirement plan');
  return out.replace(whoSaidIt, '$1');
}

/** "401k", "401(k)", "403b": a retirement plan, never a sum of pay ("401k" is no "$401K"). */
const retirementPlan = /\b40[13]\s*\(?\s*[kb]\s*\)?(?![\p{L}\p{N}])/giu;

/** "interviews for a de hire", "our first hire": a hire is the person hired, no hiring (demand) asked about. */
const aHire =
  /(?<=\b(?:an?|our|the|my|first|next|new|de|des|mle|mles|data\s+engineer|ml\s+engineer|data|ml)\s+)hires?\b(?!\s+(?:an?|the|more|de|des|mle|mles|data|ml|someone|people|ppl|both|one|for)\b)/gi;

/** "w that", "with that", "given all that": the ask points back at what was told before it. */
/** "can i still…", "is it still possible", "do i still have a shot": asked despite what was told before it. */
const despiteWhatWasTold =
  /\b(?:can|could|would|will|do|does|is|am|should)\s+(?:i|it|that|one|someone|u|you)\s+still\b|\bstill\s+(?:possible|doable|realistic|have\s+a\s+(?:shot|chance))\b/i;
const withThat = /\b(?:w|with|given|having)\s+(?:all\s+)?(?:that|this|those|these)\s*[?!.]*$/i;

/**
 * "engenheiro de ml", "ingeniero de datos", "salário de um": "de" after a Portuguese, Spanish or French noun is "of",
 * not the data engineer.
 */
const romanceOf =
  /(?<=\b(?:engenheir[oa]s?|ingenier[oa]s?|ingénieurs?|cientistas?|analistas?|sal[aá]rios?|salaires?|sueldos?|carreiras?|carreras?|vagas?|trabalho|trabajo|engenharia|ingenier[ií]a|[aá]rea)\s+)de\b/giu;

/** "what can i expect", "what should i expect to make": what a role holds in store, asked of nothing else. */
const expectsPay = /\bwhat\s+(?:can|should|could|would|do|will)\s+i\s+expect\b(?:\s+to\s+(?:make|earn|get))?(?=\s+(?:as|with|at)\s|\W*$)/i;

/** "kafka needed?", "is pytorch required", "mlflow a must?": whether a thing is needed, asked in two or three words. */
const neededAlone =
  /^\s*(?:(?:so|and|ok|is|are)\s+)*((?:[\p{L}\p{N}+#.-]+\s+){0,2}?[\p{L}\p{N}+#.-]+)\s+(?:really\s+)?(?:needed|required|necessary|mandatory|a\s+must)(?:\s+(?:for|as|in)\s+(?:an?\s+)?(des?|mles?|data\s+eng\w*|ml\s+eng\w*))?\s*[?!.]*\s*$/iu;

/**
 * "what should base be around", "my base is 120k", "whats the base for a junior de": "base" said for base pay (not
 * "the base of", "a solid base in sql", "base model").
 */
const baseAsPay =
  /\b(?:(?<=\b(?:my|the|their|his|her|ur|your|what'?s|whats|should|would|decent|good|a)\s+)base(?=\s+(?:be|is|was|range|around|look|looks|for|at|like|salary|pay|comp|supposed|gonna|going|meant)\b|\s*[?!.,]|\s*$)|base(?=\s+(?:be|around|range)\b))(?!\s+(?:pay|salary|comp)\b)/gi;

/** "whats better for money", "which one is better money wise", "what's better pay wise": which of the two pays more. */
const betterForMoney =
  /\b(?:what(?:'s|s|\s+is)|which(?:\s+(?:one|1|role|job))?(?:\s+is)?)\s+better\s+(?:for\s+(?:the\s+)?(?:money|pay|comp|salary)|(?:money|pay|comp|salary)[\s-]?wise)\b/gi;

/** The vocabulary's levels of experience (entry, mid, senior, staff). */
export const levelTerms: ReadonlySet<string> = new Set(['entry', 'midlevel', 'senior', 'staff'].map((l) => `${synonymPrefix}${l}`));

export function levelOfYears(text: string): string | undefined {
  // ("5-8 yrs": the span's start.)
  // ("1.5 yoe": a half year counts with the year before it, never as "5".)
  const m = /(?<![\d.])(\d{1,2}(?:\.\d)?)(?:\s*[-–]\s*\d{1,2})?\s*\+?\s*(?:years? of experience|years?|yrs?|yoe)\b/i.exec(text);
  if (!m) return undefined;
  const level = levelForYears(Number(m[1]));
  return `${synonymPrefix}${level === 'mid' ? 'midlevel' : level}`;
}
