/**
 * How people type in a chat, as data (knowledge/vocabulary.json, `chat`): abbreviations are spelled out
 * before a question is analysed, and a long post is split into what it asks and what the person says about
 * themselves, so a story ("I'm a backend dev with 4 yoe, mostly java…") does not drown the ask.
 */
import { escapeRegExp } from './regexp.js';

/** The `chat` part of the vocabulary. */
export interface ChatVocabulary {
  /** Lowercase chat forms and what they stand for ("yoe" → "years of experience"). */
  abbreviations: Record<string, string>;
  /** Words with no content in a question ("tbh", "lol"). */
  fillers: string[];
  /** Chat words typed after a question that add nothing to it ("… for mle tbh"): read without them. */
  closers: string[];
  /** Words that judge a claim ("cope", "myth", "hype") rather than name a topic. */
  premiseWords: string[];
  /** Companies English also writes in lowercase ("meta"), recognised as names. */
  employers: string[];
  /** What "how do I …" may ask about a career ("become", "switch"), as opposed to a tool's instructions. */
  careerVerbs: string[];
  /** Nouns any question here may use without naming a topic ("which role", "this path"). */
  genericNouns: string[];
  /** Kinds of thing a question may be about (an exam, a course, a visa, layoffs): covered only where a passage speaks of them. */
  salientNouns: string[];
}

/** A question cut into its ask and the person's context. */
export interface QuestionParts {
  /** The sentences that ask; the whole text when no sentence stands out as asking. */
  ask: string;
  /** The first sentence that asks: the main question of a post that asks several. */
  mainAsk: string;
  /** What the person says about themselves (role, years, likes): it re-ranks, it does not have to be covered. */
  context: string;
}

/** Spells out chat abbreviations, matched as whole words in any case ("W/ 2 YOE" → "with 2 years of experience"). */
export function expandAbbreviations(text: string, abbreviations: Record<string, string>): string {
  let compiled = compiledAbbreviations.get(abbreviations);
  if (!compiled) {
    const keys = Object.keys(abbreviations).sort((a, b) => b.length - a.length);
    compiled = {
      lookup: new Map(keys.map((k) => [k.toLowerCase(), abbreviations[k]!])),
      pattern:
        keys.length === 0
          ? undefined
          : new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}'’])`, 'giu'),
    };
    compiledAbbreviations.set(abbreviations, compiled);
  }
  const { lookup, pattern } = compiled;
  const expanded = pattern ? text.replace(pattern, (match) => lookup.get(match.toLowerCase()) ?? match) : text;
  return /\b2\b/.test(expanded) ? expanded.replace(numeralTo, 'to') : expanded;
}

/**
 * "how long mle 2 de", "hw long 2 switch", "need 2 learn": "2" typed for "to", between a role, a move or a want and
 * what it goes to ("de 2 yoe", "top 2 roles" stay numbers).
 */
const numeralTo =
  /(?<=\b(?:des?|mles?|ml|ds|swe|sde|dev|backend|frontend|analyst|analytics|data\s+eng\w*|ml\s+eng\w*|machine\s+learning|long|switch|switching|move|moving|transition|transitioning|pivot|pivoting|go|going|want|wanna|need|hard|easy|easier|harder|time|ready|from|frm)\s+)2(?=\s+(?:des?|mles?|ml|ds|swe|data|machine|switch|move|transition|pivot|learn|become|get|land|break|go|the|an?|be)\b)/gi;

/** Names of the data engineer role that "ML" may be set against ("de", "data eng", "data engineering"). */
const dataEngineerNames = String.raw`(?:data\s+eng(?:ineer(?:ing|s)?|s)?|des?)`;
/** What sets one thing against another ("or", "vs", "more stressful than"), or a move from one to the other ("to", "back to"). */
const setAgainst = String.raw`(?:\s*(?:or|vs\.?|versus|than|over|compared\s+(?:to|with)|(?:back\s+)?(?:to|into)|/|->|→)\s*|\s+(?:(?:is|are)\s+)?(?:(?:more|less)\s+\p{L}+|\p{L}+er|better|worse)\s+than\s+)`;
/** "ML" not already the start of a role or of something else ("ML engineer", "ML data engineer", "ML pipelines"). */
const bareField = String.raw`(ml|machine\s+learning)(?!\s*(?:eng|engs|engineers?|engineering|data|platform|ops|models?|pipelines?|infra|systems?|research|side|folks|people|person|guys|devs?|roles?|jobs?|work)\b)`;
const fieldAgainstRole = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${bareField}(?=${setAgainst}${dataEngineerNames}(?![\p{L}\p{N}]))|(?<=(?<![\p{L}\p{N}])${dataEngineerNames}${setAgainst})${bareField}(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * "is ML more stressful than DE?", "de or ml", "from data engineering to ML": the field set against the data engineer
 * role stands for the other role, so the question is read as naming both ("ML engineering"); so does the field a
 * question ends on ("do u need math for ml").
 */
export function fieldAsRole(text: string): string {
  return text
    .replace(fieldAgainstRole, (_match, before: string | undefined, after: string | undefined) => `${before ?? after} engineering`)
    .replace(fieldAsCareer, (_match, field: string) => `${field} engineering`)
    .replace(fieldJudged, (_match, field: string) => `${field} engineering`)
    .replace(fieldAsOne, (_match, field: string, one: string) => `${field} engineering ${one}`)
    .replace(fieldAsTheRealThing, (_match, field: string) => `${field} engineering`);
}

/** "is de a cope until u get good enough for real ml": the "real" field, set above data work, is the ML engineer role. */
const fieldAsTheRealThing = new RegExp(String.raw`(?<=\b(?:real|actual|proper|legit|true)\s+)${bareField}(?![\p{L}\p{N}])`, 'giu');

/** "and the machine learning one?", "the ml side": one of the two roles named by its field. */
const fieldAsOne = /\b(ml|machine\s+learning)\s+(one|ones|side|role|path|track|option)\b/giu;

/** "is ML harder", "is ml worth it": the field judged as a career, at the start of the question. */
const fieldJudged =
  /(?<=^\s*(?:(?:so|but|and|ok|ngl|tbh|honestly)[,\s]+)*(?:is|isn'?t|was)\s+)(ml|machine\s+learning)(?=\s+(?:harder|easier|better|worse|worth|more|less|hard|easy|difficult|stressful|boring|fun|dying|dead|safer|riskier)\b)/iu;

/**
 * "do u need math for ml", "how do i get into ml": the field a career question ends on is the career in it (not in
 * "data engineering for ml", data work for ML).
 */
const fieldAsCareer =
  /(?<=\b(?:for|into|in)\s+)(?<!\b(?:data\s+eng(?:ineer(?:ing|s)?)?|des?|data|pipelines?)\s+(?:for|into|in)\s+)(ml|machine\s+learning)(?=\s*(?:tho|though|rn|lol|ngl|tbh)?\s*[?!.]*\s*$)/iu;

/** One pattern per abbreviation table, built once: a question is expanded in a single pass. */
const compiledAbbreviations = new WeakMap<Record<string, string>, { lookup: Map<string, string>; pattern: RegExp | undefined }>();

/**
 * "people like us", "for us", "let us know": "us" the pronoun, after a word that takes one, not the United States
 * ("jobs in the us", "us salaries").
 */
/** "here", "locally", "in my country": where the person asking is, whatever they told of it. */
export const whereTheAskerIs =
  /\b(?:here|locally|local|(?:in\s+|at\s+)?my\s+(?:home\s+)?(?:city|country|area|region|town)|back\s+home|(?:in\s+)?my\s+home\s+country)\b/i;

/** Words a pronoun follows ("people like us", "pay us", "paid more than us"), where "us" is no place ("than the us" is). */
export const beforePronoun =
  'like|than|cost|costs|for|to|with|of|let|lets|help|give|tell|about|among|between|hire|hires|hiring|pay|pays|paying|paid|guys';
/** Verbs of what befalls people, never a country ("replace us", "automate us away", "fire us"). */
export const doneToPeople =
  'replace|replaces|replaced|replacing|automate|automates|automating|kill|kills|killing|threaten|threatens|threatening|fire|fires|firing|lay\\s+off|laying\\s+off|obsolete|outcompete|outcompetes|eat|eats|need|needs|hurt|hurts|affect|affects|impact|impacts|make|makes|leave|leaves|push|pushes';
// ("what about us" as a whole message, or "what about us then", after pay in Nigeria, is the United States: nobody asks
// about themselves so.)
export const pronounUs = new RegExp(
  // ("will llms replace us data engineers": what only befalls people is done to "us", whatever follows.)
  `\\bus\\b(?<=\\b(?:${doneToPeople})\\s+us)|\\bus\\b(?<=\\b(?:${beforePronoun})\\s+us)(?!\\s+(?:salar(?:y|ies)|pay|market|based|compan(?:y|ies)|jobs?|figures?|numbers?|tech|dollars?|citizens?|residents?|junior|juniors|senior|seniors|mid|staff|entry|principal|mles?|des?|ml|data|engineers?|comp|tc|wages?|rates?|levels?|side|ones?)\\b)(?!(?<=^\\W*(?:(?:ok|okay|and|so)\\W+)?(?:what|how)\\s+about\\s+us)(?:\\s+(?:then|tho|though|too|instead|now))?\\W*$)`,
  'gi',
);

/**
 * "skilldential says start w de then move to mle?": a source named as saying it opens the message; what it said is the
 * question (its name would find its own headings, not what it said). ("my cousin says…", "i said…" stay: who said it
 * makes it a claim to check, or a what-if.)
 */
export const whoSaidIt =
  /^(\s*(?:(?:so|ok|okay|but|and|hey|yo|wait)[,\s]+)?)(?!(?:i|he|she|they|we|you|u|it|this|that|everyone|everybody|someone|somebody|people|ppl|nobody|which|what|who|where|how|why|does|do|did|is|are|can|would|should|if)\b)[\p{L}\p{N}'.-]+\s+(?:says|said|claims|claimed|reckons|recommends|suggests)\s+(?:that\s+)?/iu;

/**
 * "is it worth it to…", "would it be better if…", "is it hard to get into mle": an "it" that stands for what follows,
 * never for something said before.
 */
export const placeholderIt = /^(?:so\s+|and\s+|but\s+)?(?:is|was|would|will|isn'?t|wouldn'?t)\s+it\s+(?:\w+\s+){1,2}(?:to|if)\b/i;

/** ("so de or mle for me": the two roles set as a choice ask which.) */
const rolesAsAChoice = '\\b(?:de|mle|ml|data\\s+eng\\w*|ml\\s+eng\\w*)\\s+or\\s+(?:an?\\s+)?(?:de|mle|ml|data\\s+eng\\w*|ml\\s+eng\\w*)\\b';

/** A sentence that asks: it ends in "?", or opens like a question or a request. */
const askingWays = [
  // ("de pays what at mid level", "mle makes how much": the question word said last, as chat says it.)
  '\\b(?:de|des|mle|mles|data\\s+engineers?|ml\\s+engineers?|it|they|that|each)\\s+(?:pays?|earns?|makes?|gets?)\\s+(?:what|how\\s+much)\\b',
  // ("reckon i could work remote for a us company", "u reckon de is safer": asked as what the bot thinks.)
  '^(?:(?:so|and|but|ok|okay|mate|hey)[,!]*\\s+)*(?:do\\s+(?:you|u|ya)\\s+|(?:you|u|ya)\\s+)?reckon\\b',
  '\\?\\s*$',
  // ("mle > de change my mind", "de > mle, convince me otherwise": a dare to argue, which asks.)
  '\\b(?:change\\s+my\\s+mind|convince\\s+me(?:\\s+otherwise)?|prove\\s+me\\s+wrong)\\W*$',
  // ("ok fine, tell me about mlops", "ok so, which pays more": openers, each with its comma or not.)
  '^(?:(?:so|and|but|ok|okay|anyway|also|like|basically|honestly|real talk|wait|hmm+|um+|btw|sorry|fine|alright|cool|sure|yeah|yea|well|hey|yo|hi|hello|lol|nah|just|then)[,!]*\\s+)*(?:what|whats|wats|wuts|wat|wut|waht|wht|which|wich|whcih|wihch|how|hows|hw|why|when|where|wheres|who|whos|whom|whose|is|are|was|were|do|does|did(?!\\s+(?:a|an|some|my)\\s[^?]*$)|can|could|should|shud|shuld|shoud|would|wud|will|shall|may|might|any|anyone|(?:has|have)(?!\\s+(?:my|been|had|no|zero|\\d))|explain|define|tell|remind|compare|give|convince|persuade|list|show|describe|recommend|help|pls|please|eli5|thoughts|advice|tips|quiz|ask|(?:walk|take|run)\\s+me\\s+(?:through|thru)|break\\s+down)\\b',
  // ("im a dba with 5 yoe, is switching to de realistic": a question after the story, past a comma.)
  ',\\s*(?:so\\s+|but\\s+|and\\s+)?(?:is|are|was|would|will)\\s+[a-z]+ing\\b',
  // ("analyst 2 yoe, what tools do des use", "bootcamp grad, no job yet, is de easier to get hired".)
  "[,;:]\\s*(?:so\\s+|but\\s+|and\\s+)?(?:any\\s+(?:\\w+\\s+)?(?:tips|advice|ideas|suggestions|recs|recommendations|thoughts)\\b|(?:what|how|why|where|when|who)(?:'s|s)?\\s+[a-z]+|(?:is|are|do|does|can|could|should|would|will|am)\\s+(?:i|it|there|de|mle|ml|data|this|that|they|u|you)\\s+[a-z]+|(?:is|are)\\s+(?:the|a|an)\\s+[a-z]+)",
  // ("im a cs new grad with a 3.2 gpa, does gpa matter for mle": a question of any subject, past a comma.)
  ',\\s*(?:so\\s+|but\\s+|and\\s+)?(?:does|do|did|can|could|should)\\s+(?!(?:not|nothing|some|more|less|a|an|the)\\b)[a-z]+\\s+(?!(?:it|that|this|them)\\b)[a-z]+',
  // ("…what i make now which is not a lot": "which is" after a noun starts a relative clause, not a question.)
  // ("given all that which is a better fit for me", "so with my background which is easier": what they told, then which.)
  '(?:^|[,;:]\\s*|\\b(?:so|and|but|or|idk|wondering|know|decide|deciding|sure|unsure|confused|about|tell\\s+me|(?:given|knowing|with)\\s+(?:all\\s+)?(?:that|this)|with\\s+my\\s+(?:background|experience|exp|profile|skills|situation)|in\\s+my\\s+(?:case|situation|position))\\s+)which (?:is|pays|would|should|fits|suits)\\b',
  // ("i know java and some sql what to learn first for de": what to do asked with no mark, after what they told.)
  // (Not what they are still working out: "trying to figure out what to learn first that…, what skills overlap?")
  '(?<!\\b(?:out|know|decide|deciding|sure|wondering|wonder|idea|clue|about|on|confused|unsure|lost)\\s+)\\b(?:what|which|how)\\s+(?:to|should\\s+i|do\\s+i)\\s+(?:learn|study|focus\\s+on|start\\s+with|pick|choose)\\b',
  // ("i dont get why mles get paid more", "wondering if…": a question asked as what the person does not know.)
  "\\b(?:(?:don'?t|dont|do\\s+not|cant|can'?t)\\s+(?:get|understand|see|figure\\s+out)|wonder(?:ing)?|idk)\\s+(?:why|how|what|which|if|whether)\\b",
  // ("i dont know what to learn", "not sure which one to pick": what to do next, asked as what the person does not know.)
  "\\b(?:(?:don'?t|dont|do\\s+not)\\s+(?:really\\s+)?know|not\\s+sure|unsure|no\\s+idea|no\\s+clue)\\s+(?:what|which|how|whether|if)\\s+(?:(?:one|role|path|field|skills?)\\s+)?(?:to|i\\s+should|should\\s+i|i\\s+need\\s+to|i\\s+must)\\s+(?:learn|study|focus|start|pick|choose|go|take|do|get|begin|prioriti[sz]e)\\b",
  // ("i got an offer from openai as mle, is 300k tc good": a judgement asked of a figure or an offer, past a comma.)
  '[,;:]\\s*(?:so\\s+|but\\s+|and\\s+)?(?:is|are|was|would|will)\\s+(?:\\S+\\s+){1,3}?(?:good|bad|fair|low|high|enough|decent|normal|ok|okay|realistic|legit|competitive|lowball(?:ed)?|too\\s+(?:old|late|young))\\b',
  // ("this bot is kinda useless ngl, just tell me if de is dying": asked as what to be told.)
  '\\b(?:tell|show)\\s+me\\s+(?:if|whether|what|how|which|why|where|when|who)\\b',
  "\\b(?:which (?:one|role|job|path)|should i|do i|can i|would i|will i|could i|am i|is it|is that|is there|are there|how (?:much|long|many|hard|fast|easy|do|does|can|would)|what (?:is|are|do|does|would|should|will|can|could|did)|what'?s (?:the|a|an|my|ur|your|their)|vs\\.?|versus|worth it)\\b",
  // ("if i went to mle would my pay go up", "say i switch, will i lose money": a supposition, then a question of it.)
  '^(?:(?:so|and|but|ok|okay|ngl|tbh)[,]*\\s+)*(?:if|say|suppose|assuming)\\s+i\\b.{0,60}?\\b(?:would|wuold|woudl|wolud|wud|wld|will|could|cud|should|shud|do|does|can|is|are)\\s+(?:i|my|it|that|this|they|there|u|you)\\b',
  // ("i have some kafka exp at work does that count for de", "be honest do companies hire 44 yr old juniors": a
  // question run on after what they told, with no comma or mark.)
  '\\b(?:does|would|will|can|could|should)\\s+(?:that|this|it|any\\s+of\\s+(?:that|this|it)|my\\s+\\w+(?:\\s+\\w+)?)\\s+(?:count|help|matter|transfer|carry\\s+over|apply|affect|hurt|impact|change|delay|slow|be\\s+(?:enough|useful|relevant|a\\s+plus|valued|a\\s+problem))\\b',
  '\\b(?:do|does|would|will)\\s+(?:companies|employers|recruiters|hiring\\s+managers|teams|they|people)\\s+(?:even\\s+|actually\\s+|really\\s+)?(?:hire|care|accept|look\\s+at|want|count|value|prefer|mind)\\b',
  // ("remote job milti hai kya de me", "kya data engineer ki demand hai": Hindi and Urdu ask with "kya".)
  '\\bkya\\b',
  // ("pay at my level", "salary for me in the us", "tc at my yoe": what they would earn, asked in a few words.)
  "^(?:(?:so|and|ok|okay|what\\s+about|whats|what's)\\s+)*(?:(?:the|my)\\s+)?(?:pay|salary|salaries|comp|compensation|tc|money|earnings)\\s+(?:at|for|on|with)\\s+(?:my|me)\\b",
  // ("pick one for me", "just decide for me": the choice asked of the bot.)
  '^(?:(?:so|ok|okay|just|pls|please|then|ugh)[,!]*\\s+)*(?:pick|choose|decide)\\s+(?:one\\s+)?(?:for\\s+me|between\\s+(?:them|the\\s+two))\\b',
  // ("roadmap for de pls", "tips for mle interviews", "resources to learn spark": a request, named by what is wanted.)
  '^(?:(?:so|ok|okay|hey|yo|need|needs|want|any|a|some|the|best|good)\\s+)*(?:roadmap|roadmaps|tips|advice|resources|guide|guidance|suggestions|recommendations|recs|path|plan|steps)\\s+(?:for|to|on|into)\\b',
];
/** "confused between de and mle", "cant decide between the two": a choice the person stands before, which asks. */
// ("thinking about de or mle", beside a question that asks: where they stand; "…, thinking de or mle" alone asks which.)
export const undecided =
  /\b(?:(?:confused|torn|stuck|undecided|(?:cant|can't|cannot)\s+decide|deciding)\s+(?:between|on)|thinking\s+(?:about|of|abt)\s+(?:\S+\s+){1,3}?(?:or|vs\.?)\s+\S+\s*[.,;]?\s*$|(?:thinking|considering|debating)\s+(?:de|mle|ml|data\s+eng\w*|ml\s+eng\w*)\s+(?:or|vs\.?)\s+(?:de|mle|ml|data\s+eng\w*|ml\s+eng\w*)\s*[.,;!?]?\s*$)/i;
const asking = new RegExp([...askingWays, rolesAsAChoice, undecided.source].join('|'), 'i');
/**
 * A sentence that asks only by naming the two roles as a choice ("kinda torn between moving to mle or de."), beside
 * one that asks outright ("how many interview rounds are there for mle?"): it tells where the person stands.
 */
const askingOutright = new RegExp(askingWays.join('|'), 'i');

/** The space before "its literally the same …", "they're basically …": a remark run on after a question. */
const runOnRemark =
  /\s+(?=(?:it'?s|its|they'?re|theyre|that'?s|thats)\s+(?:literally|basically|just|all|pretty\s+much|kinda|lowkey|the\s+same)\b)/i;

/** "… ngl im rusty af": a short remark about oneself closing a message, after its question. */
const trailingRemark = /\s+(?:(?:ngl|tbh|lol|honestly)\s+)?(?:i'?m|im|i\s+am)\s+(?:\S+\s+){0,2}\S+\s*[.!]*$/i;

/**
 * The comma before a closing first-person remark with no question in it ("…, i keep flip flopping every week"; "…,
 * feel like im underpaid", its "i" left out; "…, tryna figure out if the pay diff is worth it", why they ask).
 */
const trailingStory =
  /,\s*(?=(?:(?:ngl|tbh|lol|honestly|but|and|cause|cuz|bc|since|tho)\s+)?(?:i|i'?m|im|i\s+am|i'?ve|ive|i'?d|id|my|(?:kinda\s+)?feel(?:ing)?\s+like|(?:just\s+)?(?:tryna|trying\s+to)\s+(?:figure\s+out|decide|work\s+out|see|understand|gauge))\s+[^,?\n]*[.!]*\s*$)/i;

/** "anyway my question is", "so my q was:": where a story turns to the question it was told for. */
const questionTurn =
  /[,;.]?\s*(?:\b(?:anyway|anyways)\s*,?\s*)?\b(?:so\s+)?my\s+(?:actual\s+|real\s+|main\s+)?(?:question|q)\s+(?:is|was)\s*:?\s*/i;

/** "pls", "please guide", "thanks in advance", "plz help 🙏": a sentence that only pleads or thanks. */
const pleaAlone =
  /^(?:(?:pls|plz|please|kindly|sir|bro|guys|thanks?|thx|ty|thank\s+you|in\s+advance|help|help\s+me|guide|guide\s+me|asap|urgent)[\s!.,🙏]*)+$/iu;

/** Whether what comes at `offset` of `whole` follows a question of four words or more in the same sentence. */
function closesAQuestion(whole: string, offset: number): boolean {
  const before =
    whole
      .slice(0, offset)
      .split(/[\n.!?]/)
      .at(-1)
      ?.trim() ?? '';
  return before.split(/\s+/).length >= 4 && asking.test(before);
}

/**
 * Pieces a sentence may be cut into: sentence ends, line breaks, "so my question is"-style turns, a story run into
 * its question with no mark between ("self taught web dev (react/node) how do i get into de"), and a remark on
 * where the person came across it ("…, ive seen it in postings", "saw this in another server, is that real").
 */
function sentences(text: string): string[] {
  const marked = text
    .replace(/\b(so )?(my )?(question|q) (is|was)\s*:?/gi, '\n')
    // ("im a support engineer and i want to know: is DE or MLE better for me?", "i wanna know which pays more": the
    // words that announce the question are no part of it.)
    .replace(
      /,?\s*\b(?:and\s+|so\s+)?(?:i\s+)?(?:want|wanna|wanted|would\s+like|'?d\s+like)\s+(?:to\s+)?know\s*[:,]?\s*(?=(?:which|what|how|why|should|is|are|do|does|can|whether)\b)/gi,
      '\n',
    )
    // ("i was a mech eng for 4 yrs, got laid off in march, been doing some python and my cousin says de is easier to
    // get into is that true?": a claim someone made, checked at the end, is the ask; the story run into it is not.)
    .replace(
      /(?<=\S(?:\s+\S+){4,})\s*,?\s+(?:and\s+)?(?=(?:my|a|some|this|our)\s+(?:[\p{L}]+\s+){0,2}?(?:says|said|told\s+me|tells\s+me|claims|claimed|reckons|thinks)\b[^.!?\n]*\?)/iu,
      '\n',
    )
    // ("trying to pick between de and mle for my next move, which is faster to land": where they stand before the
    // choice, then the question it turns to.)
    .replace(
      /(?<=\b(?:trying\s+to\s+(?:decide|choose|pick)|deciding|choosing|torn|stuck|can'?t\s+decide|undecided)\b[^,.!?\n]{0,60}),\s*(?=(?:which|what|how|why|should|is|are|do|does|would)\b)/gi,
      '\n',
    )
    // ("…, so I'm wondering, given all that, which one would pay more": the turn from the story to its question.)
    .replace(
      /,?\s*\b(?:so\s+)?(?:i'?m|im|i\s+am|i\s+was|was|just)\s+wondering\s*,?\s*(?:(?:given|with)\s+all\s+(?:that|this)\s*,?\s*)?(?=(?:which|what|how|why|should|is|are|do|does|can|could|would|will)\b)/gi,
      '\n',
    )
    // ("why do mles get paid more its literally the same python lol": a remark run on after the question, no mark
    // between, on what it holds to be so.)
    .replace(runOnRemark, (space: string, offset: number, whole: string) => (closesAQuestion(whole, offset) ? '\n' : space))
    .replace(trailingRemark, (remark: string, offset: number, whole: string) => {
      // After at least four words of a question ("how much math does mle need"), not inside a clause ("until im an mle").
      const before = whole.slice(0, offset).trim();
      return before.split(/\s+/).length >= 4 &&
        !/\b(?:like|until|till|when|before|once|if|because|since|cause|that|as|where|while)$/i.test(before)
        ? `\n${remark.trim()}`
        : remark;
    })
    // "how much math does de need vs mle, i'm rusty af on calc", "…which one suits me, i keep flip flopping": a remark
    // about oneself closing the message after a comma, when a question of four words or more comes before it.
    .replace(trailingStory, (comma: string, offset: number, whole: string) => (closesAQuestion(whole, offset) ? '\n' : comma))
    // "first onsite soon, what rounds…", "interview next week, how…": what is coming up for the person, before the question.
    .replace(
      /^(\s*(?:[\p{L}\p{N}'+#./-]+\s+){0,6}?(?:soon|tomorrow|tmrw|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday)|this\s+(?:week|month|friday)|in\s+(?:a|an|\d+|two|three|four|few|couple(?:\s+of)?)\s+(?:days?|weeks?|months?|wks?)))\s*,\s*(?=(?:so\s+)?(?:which|what|how|should|is|are|does|do|can|could|would|will|any)\b)/iu,
      '$1\n',
    )
    // "job hunting for 3 months, is the de market dead?", "been grinding leetcode for weeks, should i…": how long
    // something has gone on for the person, before the question (no duration asked).
    .replace(
      /^(\s*(?:[\p{L}\p{N}'+#./-]+\s+){1,8}?for\s+(?:like\s+|about\s+|almost\s+|over\s+|the\s+(?:past|last)\s+)?(?:\d+|a|an|two|three|four|five|six|few|couple(?:\s+of)?)\s*\+?\s*(?:days?|weeks?|months?|years?|yrs?|mos?|wks?)(?:\s+(?:now|already|straight))?)\s*,\s*(?=(?:so\s+)?(?:which|what|should|is|are|does|do|can|could|would|will|any)\b)/iu,
      '$1\n',
    )
    // "seeing titles like agentic ai engineer everywhere on linkedin, what even are these": where they came across
    // it, before the question. A question of a word or two ("heard de salaries are growing fast, how fast") asks of
    // what was heard, and stays with it.
    .replace(
      /^(\s*(?:i\s+)?(?:keep\s+|been\s+|have\s+been\s+|ive\s+been\s+)?(?:seeing|saw|seen|hearing|heard|noticing|noticed)\b[^,?]{0,80}?)\s*,\s*(?=(?:so\s+)?(?:which|what|how|should|is|are|does|do|can|could|would|will|any)\b)(?![^,?]{0,12}\?*\s*$)/iu,
      '$1\n',
    )
    // "as a data analyst, which is easier for me?", "im a data analyst, which…", "data analyst here, which…",
    // "backend swe here (node + postgres), how…": who is asking, before the question.
    .replace(/^(\s*as an? (?:[\p{L}+#./-]+\s+){0,3}?[\p{L}+#./-]+)\s*,\s*/iu, '$1\n')
    .replace(
      /^(\s*(?:(?:hi|hey|hello|yo|ok|so)[,!\s]+)?(?:(?:i'?m|im|i am) an? (?:[\p{L}+#./-]+\s+){0,3}?[\p{L}+#./-]+|(?:[\p{L}+#./-]+\s+){0,3}?[\p{L}+#./-]+ here|(?:i'?ve |ive )?been (?:an? )?(?:[\p{L}+#./-]+\s+){0,3}?[\p{L}+#./-]+ for (?:like |about |almost |over )?\d+\+?\s*(?:years?|yrs?|months?|mos?))(?:\s*\([^()]{0,60}\))?)\s*,\s*(?=(?:so\s+)?(?:which|what|how|should|is|are|does|do|can|could|would|will|(?:kinda\s+|really\s+|so\s+)?(?:confused|torn|stuck|undecided|(?:cant|can't|cannot)\s+decide)\b))/iu,
      '$1\n',
    );
  // ("…, confused between de and mle, please help": a plea closing the message asks nothing more.)
  // "3yoe analyst, would i even get hired…", "analyst 2 yoe, what tools…", "bootcamp grad, no job yet, is de…": who is
  // asking, before the question. ("why do mles get paid more when they both write python all day", "…paid more than
  // de's for basically the same python work": the premise after "when they both" or "for the same" is the person's,
  // split off like one after a comma.)
  return whoIsAskingFirst(
    // ("shud i do masters or not sir kindly advise": the plea said without a comma, and "sir" before it, too.)
    marked.replace(
      /(?:\s*,\s*|\s+)(?:(?:so|and)\s+)?(?:(?:sir|mam|maam|madam|bro)[\s,]+)?(?:pls|plz|please|kindly)\s+(?:help|guide|advise|suggest)(?:\s+me)?\s*[.!🙏]*\s*$/iu,
      '',
    ),
  )
    .split(
      /(?<=[!?…]|(?<!\bvs|\be\.g|\bi\.e|\betc)\.)\s+|\n+|(?<=\b(?:i|i'm|im|i\s+am|i\s+have|i've|ive)\b[^,.?!]{12,160}),\s*(?=(?:so\s+|but\s+|then\s+)?(?:what|how\s+much|how\s+long)\s+(?:would|will|should|could|can|do|does|is|are)\s+(?:my|i)\b)|(?<=\S\s+\S+\s+\S+)\s+(?=(?:how|what|which)\s+(?:do|should|can|would)\s+i\b|(?<!\b(?:out|know|decide|deciding|sure|wondering|wonder|idea|clue|about|on|confused|unsure|lost)\s+)(?:what|which)\s+to\s+(?:learn|study|focus\s+on|start\s+with|pick|choose)\b)|(?<=^\s*(?:(?:ok(?:ay)?|so|and|but)[\s,]+)*(?:given|knowing|with|considering)\s+(?:all\s+)?(?:of\s+)?(?:that|this))[\s,]+(?=(?:which|what|how|should|is|are|do|does|can|would|will)\b)|(?<=\S\s+\S+\s+\S+\s+\S+),\s*(?=(?:so\s+|but\s+|then\s+)?(?:can|could)\s+i\s+(?:still\s+|even\s+|really\s+|realistically\s+)?(?:become|get\s+(?:into|hired)|break\s+into|switch|move|transition|land)\b)|(?<=\))\s+(?=(?:how|what|which|should|is|are|do|does|can)\b)|(?<=^(?!\s*(?:if|when|whenever|since|as|because|cause|cuz|once|while|given|assuming|say|suppose)\b)[^,.?!]*\b(?:my|i|i'm|im|me)\b[^,.?!]{3,120}),\s*(?=(?:so\s+|but\s+|then\s+)?(?:is|are|will|would|does|do|can|could|should)\s+(?:de|mle|ml|data\s+eng\w*|ml\s+eng\w*|machine\s+learning|the\s+(?:field|job|role)|there)\b)|(?<=[:;=]-?\))\s*(?=[a-z])|;\s+|\s+(?:anyway|anyways),?\s+|,\s*(?=(?:kinda\s+|really\s+|so\s+|honestly\s+)?(?:confused|torn|stuck|undecided|(?:cant|can't|cannot)\s+decide)\s+(?:between|on)\b)|,\s*(?:and\s+)?so\s+(?=(?:which|what|how|should|would|could|can|do|does|is|are)\b)|,\s*(?=(?:i've|ive|i\s+have|i|i\s+keep|keep)\s+(?:seen|heard|read|noticed|saw|seeing|hearing)\b)|\s*[,:—–](?<=(?:^|[\n.!?]\s*)(?:i\s+)?(?:saw|seen|heard|read)\s+(?:this|that|it|smth|something)\b[^,:.?!—–]{0,40}[,:—–])\s*|,\s*(?=(?:they|we|it's|its|it\s+is|that's|thats|everyone|everybody|ppl|people)\s+(?:both|all|just|literally|basically|are|say|says|said)\b)|\s+(?:when|since|even\s+though|although|though|considering|given\s+that)\s+(?=(?:they|we|both)\s+(?:both|all|just|literally|basically)\b)|(?<=\b(?:paid|pay|pays|earn|earns|make|makes)\s+(?:so\s+|way\s+|a\s+lot\s+)?(?:more|less)\b[^,.?!]{0,30}?)\s+(?=for\s+(?:basically\s+|essentially\s+|literally\s+|pretty\s+much\s+|kinda\s+)?(?:the\s+)?same\s+)|,(?<=^(?:(?:ngl|tbh|honestly|lol|ok|so)\s+)*(?:i'?m|im|i\s+am)\s+(?:so\s+|really\s+|kinda\s+|lowkey\s+)?(?:scared|worried|afraid|nervous|anxious|terrified|stressed|concerned|paranoid)\b[^,?]{0,60},)\s*(?=(?:so\s+)?(?:which|what|how|should|is|are|does|do|can|will)\b)/i,
    )
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * Where a message moves on to another ask of its own: after a question mark (or a comma) the words that add one
 * ("also", "and also", "plus", "oh and", "btw", "another q"), or "and" before a question word in the middle of an ask
 * ("whats de vs mle pay and which is easier to get into").
 */
const askMarks = [
  // ("…in the US? also is remote common?", "…? and is that base?")
  '(?<=\\?)[\\s\\p{Extended_Pictographic}]*(?:(?:and\\s+)?also|plus|oh\\s+and|btw|and|another\\s+(?:q|question|thing)|one\\s+more\\s+(?:q|question|thing))\\b[\\s,:]*(?=\\S)',
  // ("whats the day to day for an mle. and for a de. and for the hybrid": the same asked of another, after a full stop.)
  '(?<=[.])\\s+(?:(?:and\\s+)?also|plus|and)\\b[\\s,:]*(?=\\S)',
  // ("what skills do i need for de? how long does it take?": a second question after the first's mark.)
  '(?<=\\?)\\s+(?=(?:what|which|how|is|are|do|does|can|could|should|would|will)\\b)',
  // ("wats the wlb like, also is there on call for mles")
  '[,;]\\s*(?:(?:and\\s+)?also|plus|oh\\s+and|btw)\\b[\\s,:]*(?=(?:what|which|how|is|are|do|does|should|can|will|would|any)\\b)',
];
const anotherAsk = new RegExp(
  [
    ...askMarks,
    // ("whats de vs mle pay and which is easier to get into")
    // ("how long would that take and would i take a pay cut")
    // ("how much do juniors make n which is easier to get in": "n" as people type "and".)
    "\\s+(?:and|n|\\+|&)\\s+(?:also\\s+)?(?=(?:which|what|whats|what's|how|is|are|do|does|should|can|would|will|could)\\s+\\S+\\s+\\S+)",
    // ("how much do de make in nigeria and in the us": the same asked of a second place, at the end.)
    '(?<=\\bin\\s+(?:the\\s+)?\\p{L}+)\\s+(?:and|&)\\s+(?=(?:in|for)\\s+(?:the\\s+)?\\p{L}+(?:\\s+\\p{L}+)?\\s*[?.!]*$)',
  ].join('|'),
  'giu',
);

/** The most things one message asks that are answered; what it asks beyond them is named, to be asked again. */
export const maxAsksAnswered = 3;

/**
 * "how much do ML engineers make in the US? also is remote common?", "whats de vs mle pay and which is easier to get
 * into": a message that asks two or three things, each answered in turn. The parts, the first with whatever came
 * before it; one part when the message asks one thing, or when a part would be too short to ask anything.
 */
export function separateAsks(text: string): string[] {
  // (A long message is a story, or a paste: "I am confused about which one pays better and which one is easier" tells
  // what they wonder, pasted again and again; it is read whole, as one ask.)
  if (wordCount(text) > maxAsksWords * 2) return [text];
  const listed = listedAsks(text);
  if (listed) return listed;
  const parts = text
    .split(anotherAsk)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2) return [text];
  // ("whats the pay and how long to get in for mle", "how much and how long for mle": the role the last ask closes
  // with is the role of the asks before it that name none.)
  const closingRole = roleClosing.exec(parts.at(-1)!)?.[0];
  const asks = parts.every(
    (part, i) =>
      // ("what skills am i missing for mle? and for de?": the same asked of the other role, a follow-up of the first.)
      (i > 0 && (otherRoleAsked.test(part) || sameOfAnother.test(part) || anotherPlace.test(part))) ||
      (i === 0
        ? wordCount(part) >= 3 || (closingRole !== undefined && bareHowMuch.test(part))
        : asksOnItsOwn(part) && wordCount(part) <= maxAsksWords),
  );
  const ofTheRole = (part: string, i: number) =>
    closingRole !== undefined && i < parts.length - 1 && !namesARole.test(part) ? `${part.replace(/[\s?.!]+$/, '')}${closingRole}` : part;
  // (A later ask is shown back as asked, without "@everyone" before it.)
  const distinct = onceEach(parts.map((part, i) => ofTheRole(i === 0 ? part : withoutEveryone(part), i)));
  return asks && distinct.length > 1 ? distinct : [text];
}

/** Whether a message lists its asks as items ("1) … 2) …", lines opening "- "): each stands on its own. */
export function listsAsks(text: string): boolean {
  return wordCount(text) <= maxAsksWords * 2 && listedAsks(text) !== undefined;
}

/**
 * "for des: 1) pay 2) tools 3) interviews", "1. how much do mles make 2. is remote common", lines opening "- ": the
 * items of a list, each an ask. An item that is no question of its own ("pay") is asked with the words before the list
 * ("for des:"); a full question is asked as it stands, after those words when they are no question themselves. Undefined
 * when the message holds no list of two items or more, numbered 1, 2, 3… in order.
 */
function listedAsks(text: string): string[] | undefined {
  const numbered = [...text.matchAll(numberedItem)];
  const inOrder = numbered.length >= 2 && numbered.every((m, i) => Number(m[1]) === i + 1);
  const marks = inOrder ? numbered : [...text.matchAll(bulletedItem)];
  if (marks.length < 2) return undefined;
  const items = marks.map((m, i) =>
    text
      .slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length)
      .replace(/[\s,;]+(?:and|&)?\s*$/i, '')
      .trim(),
  );
  if (items.some((item) => !/[\p{L}\p{N}]/u.test(item) || wordCount(item) > maxAsksWords)) return undefined;
  const leadIn = text.slice(0, marks[0]!.index).trim();
  const before = leadIn === '' || wordCount(leadIn) > maxAsksWords / 2 ? '' : leadIn.replace(/\s*[:\-–—]+$/, '');
  return onceEach(
    items.map((listed, i) => {
      const item = i === 0 ? listed : withoutEveryone(listed);
      const own = asksOnItsOwn(item);
      if (before === '' || (own && /[?]\s*$/.test(before))) return item;
      return own ? `${before}: ${item}` : `${before} ${item}`;
    }),
  );
}

/** How many words `text` has, as spaces part them. */
function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** A part of a message that asks something of its own: a question of three words or more ("pay" alone asks nothing). */
export function asksOnItsOwn(part: string): boolean {
  return (asking.test(part) || opensAsQuestion.test(part)) && wordCount(part) >= 3;
}

/** Asks said twice, asked once (whatever their case), in the order first asked. */
function onceEach(asks: readonly string[]): string[] {
  return asks.filter((ask, i) => asks.findIndex((a) => a.toLowerCase() === ask.toLowerCase()) === i);
}

/** A later ask, shown back as asked, without "@everyone" or "@here" in it. */
function withoutEveryone(ask: string): string {
  return ask
    .replace(/(?:^|\s)@(?:everyone|here)\b[\s,:]*/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** "1) ", "2. ", "(3) ": a numbered list's item marker, at the start or after a space. */
const numberedItem = /(?:^|(?<=\s))\(?([1-9])[).]\s+(?=\S)/gu;
/** "- ", "• ", "* " opening a line: a bulleted list's item marker. */
const bulletedItem = /(?:^|(?<=\n))[ \t]*[-•*▪][ \t]+(?=\S)/gu;

/** A role named anywhere in an ask, as people type it ("de", "mles", "ml eng", "data engineers"). */
const rolePhrase = String.raw`(?:des?|mles?|ml\s+eng\w*|data\s+eng\w*|machine\s+learning(?:\s+eng\w*)?)`;
/** " for mle", " for an ML engineer?": the role an ask closes with, said after "for" or "as". */
const roleClosing = new RegExp(String.raw`\s+(?:for|as)\s+(?:an?\s+|the\s+)?${rolePhrase}(?=\s*[?.!]*$)`, 'i');
/** "how much", "how long": a question in two words, which a role said after the asks completes. */
const bareHowMuch = /^\s*(?:so\s+|and\s+)?how\s+(?:much|long|hard|many)\s*[?.!]*$/i;

/** "for de?", "what about mles?": a role alone, asked after a question mark, as a follow-up of what came before. */
const otherRoleAsked =
  /^(?:(?:what|how)\s+about\s+)?(?:for|in|as)?\s*(?:an?\s+|the\s+)?(?:des?|mles?|ml(?:\s+eng\w*)?|data\s+eng\w*|machine\s+learning(?:\s+eng\w*)?)\s*\?+$/i;

/**
 * "for a de.", "senior de pay?", "for the hybrid": after a mark that adds an ask ("also", "and"), a few words that name
 * another role, level or the hybrid, asked as the first ask was.
 */
const sameOfAnother =
  /^(?:(?:what|how)\s+about\s+)?(?:for|in|as|at)?\s*(?:an?\s+|the\s+)?(?:(?:junior|senior|staff|mid(?:-level)?|entry(?:-level)?)\s+)?(?:des?|mles?|ml(?:\s+eng\w*)?|data\s+eng\w*|machine\s+learning(?:\s+eng\w*)?|hybrid|ml\s+data\s+engineers?)(?:\s+(?:pay|salary|one|role|level))?\s*[?.!]*$/i;

/** "in the us", "for remote": the same asked of another place. */
const anotherPlace = /^(?:in|for)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?\s*[?.!]*$/iu;

/** The most words a message of several short asks has; a later ask, more than this, is no short ask. */
const maxAsksWords = 30;

/** "what does an MLE do all day, is it just DS work?", "…, it's all python anyway": a second question or a remark joined by a comma. */
const secondQuestion =
  /,\s*(?:or\s+|and\s+|but\s+)?(?=(?:is|are|do|does|can|could|should|would|will|what|which|how|why|or|it's|it is|its|that's|thats|since|cause|cuz)\b)/i;

/**
 * "do mles need docker or is that devops territory", "is the 500k real or just twitter cope", "is the market growing or is
 * everyone getting laid off": the alternative a question offers after its ask is a foil, not what it asks about.
 */
const offeredAlternative =
  /\s+or\s+(?=(?:is|are|was)\s+(?:that|it|this|they|those|everyone|everybody|people|ppl|companies)\b|just\b|am\s+i\s+(?!cooked\b)\w+ing\b)/i;

/** "…at non-tech companies, like banks and retail": examples closing a question, of what it already named. */
const closingExamples =
  /,\s*(?:(?:e\.?g\.?|such\s+as|for\s+example|for\s+instance)\s+(?=[^?!.]*[?!.]*\s*$)|like\s+(?!(?:the|a|an|my|your|this|that|in|at|for|on|to)\b)(?=[^,?!.]+?(?:\s+(?:and|or|vs\.?|versus)\s+|\s*[,/]\s*)[^?!.]+[?!.]*\s*$))/i;

/**
 * "what are mle interviews like, leetcode or ml theory?": the options a question closes with, after it asked in full
 * ("…, same libraries or nah" offers none).
 */
const closingOptions =
  /,\s*(?=(?:[\p{L}\p{N}+#.'’-]+\s+){0,3}[\p{L}\p{N}+#.'’-]+\s+(?:or|vs\.?|versus)\s+(?!(?:nah|naw|not|no|nope|what|smth|something|whatever|idk|both|neither)\b)(?:[\p{L}\p{N}+#.'’-]+\s+){0,3}[\p{L}\p{N}+#.'’-]+[\s?!.]*$)/iu;
/** "which pays more", "ok so who wins": a question of which of some things, named after it or before. */
const asksBetween = /^\W*(?:(?:so|ok(?:ay)?|and|but|then|hmm+|well|alright)[\s,]+)*(?:which|who|wich|whcih|wihch)\b/i;
/**
 * A question asked in full: it opens with a question word, as typed in chat too ("whats", "wat", "isnt"), with or
 * without its mark.
 */
export const opensAsQuestion =
  /^\s*(?:(?:so|and|but|ok|okay|anyway|anyways|lol|alright|alr|hm+|well)[\s,]+){0,2}(?:what|what'?s|whats|wats|wat|wut|wuts|which|how|how'?s|why|when|where|where'?s|who|who'?s|is|isn'?t|am|are|aren'?t|do|does|doesn'?t|did|should|can|could|would|will|any)\b/i;

/**
 * The first question of an asking sentence, without a second question, an offered alternative, closing examples or
 * closing options joined to it.
 */
function mainQuestion(sentence: string): string {
  const [first] = sentence.split(secondQuestion);
  const main = first && asking.test(first) ? first : sentence;
  const [ask] = main.split(offeredAlternative);
  const [named] = (ask ?? main).split(closingExamples);
  const before = named ?? ask ?? main;
  // ("ok which pays more, data scientist or ml engineer?": what a "which" question closes with is what it asks between.)
  const [offered] = opensAsQuestion.test(before) && !asksBetween.test(before) ? before.split(closingOptions) : [before];
  const enough = (text: string | undefined): text is string => text !== undefined && text.trim().split(/\s+/).length >= 2;
  const full = (text: string | undefined): text is string => enough(text) && text !== ask && text.trim().split(/\s+/).length >= 4;
  return full(offered) ? offered : full(named) ? named : enough(ask) ? ask : main;
}

/**
 * A message's opening words up to the comma before a question ("analyst 2 yoe, what tools…"): at most sixteen words,
 * without a full stop (the fragments end where the first sentence does), then a question in its first words ("did a
 * business degree" is more of the story).
 */
const openingThenQuestion = new RegExp(
  [
    "^(\\s*(?:[\\p{L}\\p{N}+#/'~()-]+(?:\\.[\\p{L}\\p{N}]+)*(?:\\s*,\\s*|\\s+)){0,15}?[\\p{L}\\p{N}+#/'~()-]+(?:\\.[\\p{L}\\p{N}]+)*)",
    "\\s*[,:]\\s*(?=(?:so\\s+|but\\s+|and\\s+)?(?:(?:which|what|how|why)(?:'s|s)?\\s+\\S+\\s+\\S+|(?:is|are)\\s+(?:the|a|an|it|there|this|that|de|mle|ml|data|my|i)\\s+\\S+|(?:should|does|do|did|can|could|would|will|am)\\s+(?:i|it|there|de|mle|ml|data|this|that|they|u|you|my|me)\\s+\\S+|(?:so\\s+)?(?:de|mle|ml|data\\s+eng\\w*|ml\\s+eng\\w*)\\s+or\\s+(?:de|mle|ml|data\\s+eng\\w*|ml\\s+eng\\w*)\\s*\\?))",
  ].join(''),
  'iu',
);
/** Who is asking, in fragments: years of experience ("3yoe"; not "vesting over 4 years") or a job neither role is. */
const experienceOrJob =
  /\b\d+\s*\+?\s*(?:yoe|(?:years?|yrs?)\s+(?:of\s+)?(?:experience|exp|xp))\b|\b\d+yoe\b|\b(?:engineer|dev|developer|manager|analyst|admin|administrator|support|teacher|nurse|accountant|consultant|designer|tester|scientist|dba|swe|sde|architect|specialist|technician|officer)\s+(?:for\s+)?\d+\s*\+?\s*(?:years?|yrs?)\b(?!\s+(?:from\s+now|later|ago|down\s+the))|\b(?:analyst|developer|dev|student|grad|graduate|major|scientist|swe|sde|dba|teacher|intern|phd|bootcamper|career\s+changer)s?\b/iu;
/** "i only have a bootcamp", "but my background is…", "tbh i'd…": a message that opens in the first person. */
export const opensInTheFirstPerson =
  /^\s*(?:(?:ngl|tbh|so|ok|okay|honestly|lol|well|but|and|also|btw|like|fwiw)[\s,]+)*(?:i|i'?m|im|i\s+am|i'?ve|ive|i'?d|id|my)\b/i;
/** What a person likes, hates or wants is what a choice turns on: said first, it stays in the ask. */
const choiceCriteria = /\b(?:like|love|enjoy|hate|prefer|care|want|dislike|into)\b/i;
/** "for de, what…", "about mle: how…": a role named as the subject, not a story. */
const roleAsSubject = /\b(?:for|about|regarding|at|in)\s+(?:de|mle|ml|data\s+eng|machine)\b/i;
/** A role named in a question ("is ml engineering realistic"). */
const namesARole = /\b(?:de|des|mle|mles|ml|data\s+eng\w*|machine\s+learning)\b/i;

/**
 * "3yoe analyst, would i even get hired…", "bootcamp grad, no job yet, is de…", "i only have a bootcamp, is ml
 * engineering realistic…": who is asking, before the comma and the question, set on a line of its own (context).
 * In the first person, only before a question about a role: "…side projects, do i have a shot" asks with its story.
 */
function whoIsAskingFirst(text: string): string {
  const opening = openingThenQuestion.exec(text);
  if (!opening) return text;
  const told = opening[1]!;
  const question = text.slice(opening[0].length);
  // ("staff mle tc (8+ yoe), is the 500k+ thing real": years in brackets qualify what is asked about, not who asks.)
  const outsideBrackets = told.replace(/\([^()]*\)/g, ' ');
  const selfDescribed =
    (experienceOrJob.test(outsideBrackets) && !roleAsSubject.test(told)) ||
    (opensInTheFirstPerson.test(told) && !choiceCriteria.test(told) && namesARole.test(question.split(/[?!.]/)[0]!));
  if (!selfDescribed || asking.test(told)) return text;
  return `${told}\n${question}`;
}

/**
 * The ask is every sentence that asks; the rest (what the person says about themselves, remarks like "feels
 * like everyone treats it that way", qualifiers like "like 8+ years") is context. A sentence can carry both
 * ("i'm a DE, how long would the switch take me?"): it asks, and stays in the ask. With no asking sentence the
 * whole text asks.
 */
/** "makes sense", "got it thanks", "thats wild", "ngl thats wild", "ahh i see", "ok im back": an acknowledgement of the answer before, asking nothing. */
const acknowledgement =
  /^(?:(?:ok(?:ay)?|k|kk|fine|alright|aight|all\s+right|cool|nice|great|neat|sweet|thanks?|thx|tnx|tanx|salamat(?:\s+po)?|ty|tysm|got\s+it|gotcha|makes\s+sense|that\s+makes\s+sense|fair(?:\s+enough)?|i\s+see|ah+|oh+|ohh+|hm+|interesting|damn|dang|wow|whoa|oof|yikes|lol|lmao|haha+|bruh|ngl|tbh|tbf|honestly|lowkey|fr|frfr|omg|jeez|geez|sheesh|sounds\s+good|good\s+to\s+know|but(?=[\s,]+\S)|(?:but|and|so)\s+like|ok(?:ay)?\s+so|(?:i\s+)?(?:didn'?t|didnt|did\s+not)\s+know\s+(?:that|this)|til|(?:that'?s|thats|that\s+is|it'?s|its|ts(?:\s+is)?|this\s+is)\s+(?:(?:so|really|pretty|kinda|kind\s+of|sort\s+of|quite|such|a|way|actually|honestly|genuinely|very|super|hella|lowkey|lowk|mad|deadass|lit(?:erally)?)\s+)*(?:fire|valid|goated|bussin|dope|sick|lit|wild|crazy|insane|nuts|a\s+lot|lot|cool|fair|interesting|while|long|long\s+time|steep|rough|brutal|tough|low|high|good|great|nice|sad|bad|reasonable|surprising|depressing|encouraging|reassuring|helpful|useful|wack|mid|mediocre|boring|lame|dull|meh|useless|pointless|dumb|annoying|vague|unhelpful)|(?:that'?s|thats|that\s+is|it'?s|its)\s+not\s+(?:(?:really|even|exactly|quite)\s+)?(?:an?\s+|the\s+)?(?:real\s+)?(?:answer|reply|help|helpful|useful|what\s+i\s+asked)|(?:that|this|it|u|you)\s+(?:didn'?t|didnt|did\s+not|doesn'?t|doesnt|does\s+not|don'?t|dont)\s+(?:really\s+|even\s+|actually\s+)?(?:help(?:\s+(?:me|much|at\s+all))*|answer\s+(?:my|the)\s+(?:q|qn|question)|answer\s+(?:it|that|anything)|make\s+(?:any\s+)?sense)|(?:this|the|ur|your|you|u)\s+(?:bot|thing|answer|reply|app)?\s*(?:is|was|r|are|'?re|sounds)?\s*(?:(?:so|really|super|very|hella|kinda|kind\s+of|sort\s+of|pretty|literally|completely|totally|lowkey)\s+)*(?:useless|dumb|stupid|trash|garbage|annoying|boring|lame|mid|bs|broken|pointless|not\s+(?:helpful|useful|working))|(?:that'?s|thats|that\s+is|it'?s|its)\s+(?:(?:so|way|a\s+lot|a\s+bit|much|kinda|even)\s+)*(?:quicker|faster|slower|longer|shorter|more|less|higher|lower|better|worse|bigger|smaller)\s+than\s+(?:i\s+(?:thought|expected|imagined|assumed|figured)|expected)|(?:this|that|it)\s+(?:is\s+|was\s+)?(?:(?:so|really|super|very|hella)\s+)?(?:helpful|useful|helps|helped)|(?:(?:so|really|super|very|hella)\s+)?(?:helpful|useful)|appreciate\s+(?:it|that|you)|bot|(?:good|nice|great|based)\s+bot|(?:you'?re|youre|ur|u\s+r|your|you\s+are)\s+(?:not\s+(?:(?:that|too|so|half)\s+)?bad|(?:(?:so|really|pretty|actually|kinda|honestly|lowkey)\s+)*(?:good|great|helpful|useful|awesome|amazing|decent|smart|goated|cool|the\s+best|a\s+legend))|crazy|wild|i\s+guess|i\s+suppose|ig|i\s+see\s+now|then|nvm|never\s*mind|brb|(?:(?:hey|hi|hello|yo)\s+)?(?:i'?m|im|i\s+am)\s+back(?:\s+again)?|np|no\s+(?:problem|worries|prob)|xd+|:d|oops+|(?:(?:i'?m\s+)?(?:so\s+)?(?:sorry|sry|soz)|my\s+bad|apologies)(?:\s+(?:for|about)\s+(?:the|my|this|that|all\s+(?:the|these|those|my)|so\s+many)\s+(?:(?:long|huge|big|many|dumb|stupid|basic)\s+)?(?:wall\s+of\s+text|messages?|msgs?|texts?|posts?|rant|essay|novel|typos?|spam|questions?|qs))?|also|(?:for\s+)?my\s+(?:bad\s+|poor\s+|broken\s+)?(?:english|grammar|spelling|typos?)(?:\s+(?:is|are)\s+(?:(?:so|really|very|kinda|a\s+bit|not\s+so)\s+)?(?:bad|poor|not\s+(?:good|great|perfect)|broken|rusty|good))?|(?:muchas\s+)?gracias|bueno|vale|oye|obrigad[oa]\s+(?:vc|voc[eê]|you)\s+(?:ajudou|ajudo)(?:\s+muito)?|(?:isso\s+)?ajudou(?:\s+(?:muito|demais|mt))?|vlw|tks|kk+|merci(?:\s+beaucoup)?|danke(?:\s+sch(?:ö|oe?)n)?|obrigad[oa]|valeu|grazie|dhanyavaa?d|shukriya|arigato|ta|cheers|mate|m8|innit|w|big\s+w|l|bet|valid|fire|goated|no\s+cap|ong|istg|slay|ykwim|pmo|ts\s+pmo|deadass|grabe|sige|po|ayos|omo|chai|haba|ehn+|oya|e\s+choke|no\s+wahala|no\s+be\s+small\s+thing|e\s+don\s+do|amigo|mano|bhai|bro|hola|ola|oi|bom\s+dia|boa\s+(?:tarde|noite)|buenos\s+d[ií]as|buenas|kaise\s+ho|how\s+far|tudo\s+bem|que\s+tal|bye|byee+|goodbye|cya|see\s+(?:ya|you)|later|gtg|gotta\s+go|good\s*night|gn)[\s,!.]*)+$/i;

/** "makes sense, im not in big tech", "got it. i only have a bs": the answer taken in, before something more. */
export const answerTakenIn =
  /^(?:makes\s+sense|that\s+makes\s+sense|got\s+it|gotcha|i\s+see|ok(?:ay)?\s+(?:cool|got\s+it|makes\s+sense)|fair(?:\s+enough)?)[\s,.!]+/i;

/**
 * The message without the thanks, acknowledgement or greeting it opens with ("Thank you. And what about for a data
 * engineer?", "thanks, that is very helpful. and mles?", Pidgin "how far, im a student…"): what follows is what is asked. A message that is only thanks is kept.
 */
export function withoutOpeningThanks(text: string): string {
  const opening =
    /^\s*([^.!?\n]{1,60}[.!]+|(?:thank\s+you|thanks|thx|ty|tysm)(?:\s+(?:so\s+much|very\s+much|kindly|a\s+lot))?\s*,|(?:how\s+far|kaise\s+ho|tudo\s+bem|que\s+tal)\s*,)\s+(?=\S)/i.exec(
      text,
    );
  if (!opening) return text;
  const said = opening[1]!.replace(/[.!,]+$/, '');
  const thanked = /^(?:thank\s+you|thanks|thx|tnx|tanx|ty|tysm|cheers|much\s+appreciated|appreciate\s+it)\b/i.test(said.trim());
  if (!thanked && !acknowledges(said)) return text;
  const rest = text.slice(opening[0].length);
  // ("thanks, that is very helpful. and mles?": an acknowledgement after the thanks goes too.)
  return withoutOpeningThanks(rest);
}

/** Whether a message only acknowledges the answer before ("makes sense", "got it thanks", "damn thats crazy"). */
export function acknowledges(text: string): boolean {
  return acknowledgement.test(
    text
      .trim()
      .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' ')
      .trim(),
  );
}

/** Words that take back what was just said ("actually", "no wait", "i meant", "scratch that"), as a pattern's source. */
export const takingBack = String.raw`actually|no\s+wait|wait\s+no|i\s+meant?|nvm|never\s*mind|scratch\s+that`;

/** "him", "her", "my son", "my friend is an mle…": someone else a message is about or a question is asked for. */
export const forSomeoneElse =
  /\b(?:him|her|he|she|his|my\s+(?:son|daughter|kid|kids|child|children|brother|bro|sister|sis|friend|buddy|nephew|niece|cousin|students?|classmate|partner|wife|husband|boyfriend|girlfriend|bf|gf|dad|mom|mum|father|mother|colleague|coworker|co-worker|teammate|team\s*mate|workmate|boss|manager|lead|roommate|flatmate|housemate|uncle|aunt|mentor)|he's|she's|hes|shes)\b/i;

/** "my wife is a nurse", "my brother works as a teacher": what someone else the person speaks of does. */
export const someoneElsesJob = new RegExp(`(?:${forSomeoneElse.source})\\s+(?:is|was|works\\s+as)\\s+an?\\s+\\w+`, 'i');

/** Whether any sentence of the text asks something ("i'm a DE with 3 yoe, i love sql" asks nothing). */
export function asksAnything(text: string): boolean {
  const said = sentences(text);
  // ("offered 150k base, 2 yoe, de role. good or nah": a verdict asked of a sum told.)
  // ("got an offer for a de role at 140k base, 3 yoe": an offer told with its sum asks, unsaid, whether it is fair.)
  return said.some((s, i) => asking.test(s) || judgesASumTold(said, i) || (offerTold.test(s) && aSum.test(s)) || (i > 0 && tellsAClaim(s)));
}

/**
 * "got an offer", "offered junior mle", "got 140k base for de", "making 130k", "150k base": an offer or a pay told,
 * beside its sum, which asks unsaid how it compares.
 */
const offerTold = /\b(?:offers?|offered|offering|got|getting|landed|making|earning|paid|base|tc|total\s+comp)\b/i;

/** "check this out", "look at this", "saw this on reddit:": an opening that points at something shared (a link, gone). */
const pointingAtShared =
  /^\s*(?:(?:hey|yo|so|ok(?:ay)?|guys|lol)[\s,]+)*(?:check\s+(?:this|it)(?:\s+out)?|look\s+at\s+this|peep\s+this|(?:just\s+)?(?:saw|found|read)\s+this(?:\s+(?:job\s+)?(?:post|posting|listing|ad|thread|tweet|article|video|comment|link|chart|graph|pic|screenshot|meme))?(?:\s+(?:online|on\s+\w+|today|earlier))?)(?:\s+(?:guys|lol|tho))?[\s,:;.!—–-]+(?=\S)/i;

/**
 * "someone on reddit said mle is dead because of ai, is that true", "my dad says DE is dying, should i listen": a
 * claim reported from someone else and a check of it. Who said it, and where, is context; the claim is what is asked.
 */
const place = "(?:\\s+(?:on|in|at|from)\\s+[\\p{L}\\p{N}'/.]+(?:\\s+[\\p{L}\\p{N}'/.]+){0,2}?)?";
/** Who a claim is reported from, and the verb that reports it ("my manager says", "someone on reddit said"). */
const claimSource = [
  '^(?<source>(?:(?:so|ok|okay|like|um|btw|also|and|but)\\s+)*(?:',
  '(?:some(?:one|body)|a\\s+(?:\\p{L}+\\s+)?(?:friend|guy|girl|dude|coworker|colleague|recruiter|senior|prof|professor|teacher|mentor|youtuber|tiktoker|influencer|redditor|post|thread|video|comment|tweet|article|blog)|(?:my|our)\\s+\\p{L}+(?:\\s+\\p{L}+)?|people|ppl|everyone|everybody|they|\\p{L}+\\s+(?:people|ppl|folks|bros))',
  place,
  '\\s+(?:keeps?\\s+(?:saying|telling\\s+me)|kept\\s+saying|(?:always|keep)\\s+says?|says?|said|told\\s+me|tells\\s+me|is\\s+telling\\s+me|claims?|claimed|thinks?|thought|reckons?|swears?|insists?)',
  '|i\\s+(?:read|heard|saw|seen|keep\\s+(?:reading|hearing|seeing))(?:\\s+(?:somewhere|online))?',
  place,
  '))',
  '(?:\\s+that)?\\s+(?<claim>.+?)',
];
const reportedClaim = new RegExp(
  [
    ...claimSource,
    '(?:[\\s,.;:!?-]+(?:(?:is|was)\\s+(?:that|this|it|he|she|this\\s+guy|that\\s+guy)\\s+(?:true|right|real|correct|legit|accurate|a\\s+thing|so|facts?)|(?:should|do)\\s+i\\s+(?:listen|believe|trust)(?:\\s+(?:him|her|them|it|that|this))?(?:\\s+or\\s+not)?|(?:are|is)\\s+(?:they|he|she)\\s+(?:right|correct|wrong)|(?:do\\s+)?(?:you|u)\\s+agree|any\\s+truth\\s+(?:to|in)\\s+(?:that|this|it)|how\\s+true\\s+is\\s+(?:that|this)|true|thoughts|facts|agree|legit|real|right)\\s*\\??|\\s*\\?)\\s*$',
  ].join(''),
  'iu',
);

/**
 * "my manager says de pays the same as mle at staff", "someone on reddit said ml data eng pays 50% more": a claim about
 * the roles reported from someone else, told without a check of it, which asks all the same whether it holds.
 */
const claimTold = new RegExp(`${claimSource.join('')}[\\s.!]*$`, 'iu');
const namesARoleOrFigure = /\b(?:de|mle|des|mles|data\s+eng\w*|ml\s+eng\w*|machine\s+learning|\d+\s*%|\$?\d+k)\b/i;

/** Whether a sentence reports a claim about the roles, told without a check ("my manager says de pays the same…"). */
export function tellsAClaim(sentence: string): boolean {
  const claim = claimTold.exec(sentence)?.groups?.claim;
  return claim !== undefined && claim.split(/\s+/).length >= 4 && namesARoleOrFigure.test(claim);
}

/** Whether a message reports a claim about the roles, checked or not ("my friend says mle pays double. true?"). */
export function reportsAClaim(text: string): boolean {
  return sentences(text).some((s) => claimAsked(s) !== s);
}

/**
 * A reported claim, asked ("mle is dead because of ai?"). Who said it, and where, says nothing of the person nor of
 * what is asked, and is left out.
 */
function claimAsked(sentence: string, toldAsWell = true): string {
  // ("why do ppl keep saying start w de then go mle": why the claim holds, whoever says it.)
  const why = whyTheySay.exec(sentence)?.groups?.claim?.replace(/[\s,.;:!?-]+$/, '');
  if (why && why.split(/\s+/).length >= 3) return `why ${why}?`;
  const claim = (
    reportedClaim.exec(sentence) ??
    (toldAsWell && tellsAClaim(sentence) ? claimTold.exec(sentence) : null) ??
    checkedAfterAClause(sentence, toldAsWell)
  )?.groups?.claim?.replace(/[\s,.;:!?-]+$/, '');
  // "they say X" needs a claim of a few words: "ppl said what?" is no claim.
  return claim && claim.split(/\s+/).length >= 3 ? `${claim}?` : sentence;
}

/**
 * "im an ex teacher learning python, my mate says de is the way to go for switchers. is he right": a claim reported
 * (checked, or told as well) after a clause of their own and a comma (the clause is who they are, no part of the claim).
 */
function checkedAfterAClause(sentence: string, toldAsWell: boolean): RegExpExecArray | null {
  const clauses = sentence.split(/,\s+/);
  for (let i = 1; i < clauses.length; i++) {
    const rest = clauses.slice(i).join(', ');
    const found = reportedClaim.exec(rest) ?? (toldAsWell && tellsAClaim(rest) ? claimTold.exec(rest) : null);
    if (found) return found;
  }
  return null;
}

/** "why do people keep saying …", "why does everyone recommend …": the reasons for a claim others make (group `claim`). */
const whyTheySay =
  /^\s*(?:(?:so|but|and|ok)\s+)?why\s+(?:do|does|did|would|are|is)?\s*(?:(?:so\s+many|all\s+the|a\s+lot\s+of|some)\s+)?(?:people|ppl|everyone|everybody|they|folks|redditors|(?:my|our)\s+\p{L}+)\s+(?:keep\s+|always\s+)?(?:say(?:ing|s)?|recommend(?:ing|s)?|suggest(?:ing|s)?|tell(?:ing|s)?\s+(?:me|us|people|ppl|everyone))\s+(?:that\s+|to\s+)?(?<claim>.+)$/iu;

/** "is he right?", "is that true", "do u agree": a check that names nothing of its own. */
const bareCheck =
  /^(?:(?:so|but|and|ok|like)\s+)*(?:(?:is|are|was)\s+(?:he|she|they|it|that|this|(?:my|the)\s+\p{L}+)\s+(?:right|true|correct|wrong|legit|accurate|onto\s+something)|(?:do\s+)?(?:you|u)\s+agree|any\s+truth\s+to\s+(?:that|this|it)|true|legit|facts|(?:no\s+)?cap)(?:\s+(?:tho|though|or\s+not|or\s+nah|lol))*\s*\??\s*$/iu;
/** "fair?", "is that good", "too low?", "lowball or nah": a verdict asked in no words of its own, of what was told. */
const verdictOnASum =
  /^(?:(?:so|and|but|ok|like)\s+)*(?:(?:is|was)\s+(?:that|this|it)\s+)?(?:a\s+)?(?:fair|good|decent|normal|reasonable|ok(?:ay)?|low|high|lowball|low\s*ball|too\s+low|too\s+high|underpaid|overpaid|competitive|below\s+(?:avg|average|market)|above\s+(?:avg|average|market))(?:\s+(?:offer|pay|number|deal|for\s+that))?(?:\s+(?:tho|though|or\s+nah|or\s+not|lol|tbh|ngl))*\s*\?*\s*$/i;
/** A sum of money as people type it: "$130k", "130k", "130,000". */
const aSum = /\$\s?\d|\b\d{2,3}(?:\.\d)?\s?k\b|\b\d{2,3},\d{3}\b/i;
/**
 * "is 150k good", "120k base fair?", "is $90k low for a junior": a verdict asked of a sum, in few words of its own. Pay
 * is what is asked, though no word of it is typed.
 */
export const judgesASum = new RegExp(
  String.raw`^\W*(?:(?:so|and|but|ok|like|hey|hi|yo)[\s,]+)*(?:(?:is|would|does|isn'?t|are)\s+)?(?:an?\s+)?(?:${aSum.source})[\d,.]*\s*k?(?:\s+(?:base|tc|total\s+comp|salary|a\s+ye?a?r|per\s+year|\/\s*yr|usd|dollars))*\s+(?:(?:be|seem|sound|count\s+as)\s+)?(?:a\s+)?(?:good|fair|decent|normal|reasonable|ok(?:ay)?|low|high|a\s+lot|enough|bad|competitive|lowball|underpaid|overpaid|too\s+(?:low|high))(?:\s+(?:salary|pay|offer|number|money|base))?(?:\s+for\s+(?:an?\s+)?(?:junior|senior|mid(?:-?level)?|entry(?:-?level)?|staff|new\s+grad|fresher|beginner|my\s+level|\d{1,2}\s*(?:yoe|years?|yrs?)))?(?:\s+(?:tho|though|or\s+nah|or\s+not|lol|tbh|ngl|rn|nowadays|these\s+days))*\W*$`,
  'i',
);
/** Whether `verdict` ("fair?", "good or nah") is a bare verdict asked of a sum told in `told` ("offer: 140k base, 3 yoe"). */
export function judgesTheSumIn(told: string, verdict: string): boolean {
  return verdictOnASum.test(verdict.trim()) && aSum.test(told);
}
/** Whether sentence `i` is a bare verdict ("fair?", "good or nah") asked of a sum told in the sentences before it. */
function judgesASumTold(said: readonly string[], i: number): boolean {
  return i > 0 && said.slice(0, i).some((p) => judgesTheSumIn(p, said[i]!));
}
/** "my senior said this, is it true?", "someone told me that. legit?": who said what came before, and a check of it. */
const saidThisAndChecked =
  /^(?:(?:so|and|but|ok)\s+)?(?:(?:my|our|a|the)\s+\p{L}+(?:\s+\p{L}+)?|some(?:one|body)|people|ppl|everyone|they|he|she)\s+(?:said|says|told\s+me|claims?|claimed|thinks?|keeps?\s+saying)\s+(?:this|that|it)\b[\s,.;:!-]*(?:(?:is|was)\s+(?:it|that|this|he|she)\s+(?:true|right|real|correct|legit|accurate)|true|real|legit|facts|right)?\s*\??\s*$/iu;

/**
 * "idk if that changes anything", "not sure if it matters", "idk if this is the right place": whether what the person
 * told matters, or where they ask, wondered aloud.
 */
const toldMayMatter =
  /\b(?:idk|i\s+(?:don'?t|dont|do\s+not)\s+know|dunno|not\s+sure|no\s+idea)\s+(?:if|whether)\s+(?:(?:that|this|it)\s+(?:changes|matters|helps|counts|makes\s+(?:a|any)\s+difference)|(?:this|here)\s+is\s+the\s+right\s+(?:place|channel|server|spot|sub)|i'?m\s+(?:in\s+)?the\s+right\s+(?:place|channel))\b/i;

/** "trying to decide mle vs de", "torn between the two", "still deciding": the person stands before the choice. */
const standsBetween =
  /(?:^|[,;]\s*)(?:(?:so|ok(?:ay)?|hey|hi|hmm+|well|and)[\s,]+)*(?:i'?m\s+|im\s+|i\s+am\s+)?(?:(?:kinda|kind\s+of|really|so|still|currently|just|lowkey)\s+)*(?:trying\s+to\s+(?:decide|choose|pick)|deciding|choosing|torn|stuck|can'?t\s+decide|undecided)\b/i;

export function splitQuestion(text: string): QuestionParts {
  // ("…im honestly torn because i love sql but the ml team seems cooler…, anyway my question is what does a junior de
  // make": what follows "my question is" is the ask, whatever the story before it says in passing.)
  const turn = questionTurn.exec(text);
  if (turn && turn.index > 0 && text.slice(0, turn.index).trim().split(/\s+/).length >= 5) {
    const after = text.slice(turn.index + turn[0].length);
    if (asking.test(after)) {
      const rest = splitQuestion(after);
      const story = text.slice(0, turn.index).trim();
      return { ...rest, context: [story, rest.context].filter((part) => part !== '').join(' ') };
    }
  }
  // "check this out [link] is data engineering a good career?": pointing at something shared asks nothing.
  const asked = text.replace(pointingAtShared, '');
  // ("should i go de or mle? pls guide": a plea alone asks nothing more.)
  // ("sr de 7yoe. my manager says de pays the same as mle at staff": a claim told without a check asks whether it holds,
  // when nothing else is asked; beside a question, "my manager keeps saying ai will automate de away. which role is
  // safer", it is the story the question is asked in.)
  const plainSentences = sentences(asked.trim() === '' ? text : asked);
  const othersAsk = plainSentences.some((s) => asking.test(s) || bareCheck.test(s));
  const said = plainSentences.map((s) => claimAsked(s, !othersAsk));
  const pieces = said.some((s) => !pleaAlone.test(s)) ? said.filter((s) => !pleaAlone.test(s)) : said;
  // ("… needs a phd. cap or not": a bare check asks, of the claim before it.)
  const mayAsk = pieces.filter((s, i) => asking.test(s) || bareCheck.test(s) || judgesASumTold(pieces, i));
  // ("i live in lagos btw so idk if that changes anything. what does a junior mle earn": wondering whether what was
  // told matters asks nothing beside a question that does.)
  const wondering = mayAsk.filter((s) => toldMayMatter.test(s));
  const anyAsk = wondering.length > 0 && wondering.length < mayAsk.length ? mayAsk.filter((s) => !wondering.includes(s)) : mayAsk;
  // ("kinda torn between mle or de. how many interview rounds are there for mle?": the choice named is the story.)
  // ("trying to decide mle vs de. whats the pay diff at faang?": a choice the person stands before, said without a
  // question mark, tells where they stand beside a question that asks.)
  const outright = anyAsk.filter((s) => askingOutright.test(s) && !(standsBetween.test(s) && !/\?\s*$/.test(s)));
  // ("undecided between the two. what can i learn now that helps either way": where they stand, beside what they ask.)
  const standing = anyAsk.filter((s) => !askingOutright.test(s) && undecided.test(s));
  const asks =
    outright.length > 0 &&
    (outright.some((s) => /\?\s*$/.test(s)) || (standing.length > 0 && standing.length + outright.length === anyAsk.length))
      ? outright
      : anyAsk;
  // "> debugging ml is way worse…\nmy senior said this, is it true?": a claim, then who said it and a check of it;
  // the claim is what is asked (who said it is left out, as in a claim reported in one sentence).
  const at = asks.length === 1 ? pieces.indexOf(asks[0]!) : -1;
  // ("my cousin says mle is just hype and de is where the money is. tbh im 26, … is he right?": a claim reported
  // earlier, then the person's story, then a bare check of it: the claim is what is asked.)
  if (at > 0 && bareCheck.test(asks[0]!)) {
    // (Each earlier sentence read as if it asked: a claim reported in it is what comes back.)
    const asChecked = pieces.slice(0, at).map((p) => `${p.replace(/[\s.!,;:]+$/, '')}?`);
    const reported = asChecked.findIndex((p) => claimAsked(p) !== p);
    if (reported >= 0) {
      const claim = claimAsked(asChecked[reported]!);
      return { ask: claim, mainAsk: claim, context: pieces.filter((_, i) => i !== reported && i !== at).join(' ') };
    }
  }
  if (at > 0 && saidThisAndChecked.test(asks[0]!) && !asking.test(pieces[at - 1]!)) {
    const claim = `${pieces[at - 1]!.replace(/[\s,.;:!?-]+$/, '')}?`;
    return { ask: claim, mainAsk: claim, context: pieces.filter((_, i) => i !== at && i !== at - 1).join(' ') };
  }
  // ("got an offer for de, 130k base, 2 yoe. fair?": a bare verdict asked of a sum just told asks of the whole.)
  if (judgesASumTold(pieces, at)) {
    const ask = pieces.join(' ');
    return { ask, mainAsk: ask, context: '' };
  }
  if (asks.length === 0 || asks.length === pieces.length) {
    const ask = pieces.join(' ');
    return { ask, mainAsk: mainQuestion(asks[0] ?? ask), context: '' };
  }
  return { ask: asks.join(' '), mainAsk: mainQuestion(asks[0]!), context: pieces.filter((s) => !asks.includes(s)).join(' ') };
}
