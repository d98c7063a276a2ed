/**
 * The words a follow-up is recognised by: what carries a turn on ("and", "what about"), asks why, reverses a move,
 * narrows to what was just listed, points back ("it", "they"), or asks for oneself ("me", "for that").
 */
import { undecided } from '../../question/chat.js';
import type { Role } from '../types.js';

/** The other role. */
export const other: Record<Role, Role> = { de: 'mle', mle: 'de' };

/** Words that carry a turn on from the one before ("and", "what about"), at its start. */
export const continuation =
  /^(?:(?:ok(?:ay)?|cool|nice|great|thanks|thank\s+you|thx|ty|got\s+it|gotcha|alright|right|hmm+|ah|oh|damn|wow|lol|wait|hold\s+on|oh\s+wait|ok\s+wait|yeah|yea|interesting|huh),?\s+|so\s+|but\s+|also\s+)*(?:and\s+(?:what|how)\s+about|what\s+about|(?:just\s+)?(?:give|show)\s+me(?=\s+(?:the\s+)?[\p{L}-]+(?:\s+(?:one|figures?|numbers?|pay|then|instead|please|pls))?[\s?!.]*$)|how\s+about|what\s+of|same\s+(?:question\s+)?for|and\s+for|and|for|(?:as\s+)?compared\s+(?:to|with)|vs\.?|versus)\b/iu;
/** "why?", "how come?": the reasons behind the previous answer. */
export const reason =
  /^(?:(?:ok(?:ay)?|but|and|so|wait|hold\s+on|hm+|huh|oh|ah|lol|interesting|damn|wow)[,\s]+)*(?:why|y(?=\s*\?)|y(?=\s*$)|y(?=\s+(?:tho|though|is\s+that|is\s+it|so)\b)|how\s+come|how\s+so|why\s+(?:is|was)\s+(?:that|it)|what\s+makes\s+(?:it|that)(?:\s+so)?|what(?:'s|s|\s+is|\s+was)?\s+the\s+(?:reason|reasons|reasoning|logic|rationale|thinking)(?:\s+(?:behind|for)\s+(?:that|this|it))?)\b/i;
/** "and if i wanna go back to mle later?": a move back into the role the previous move left. */
export const backInto =
  /\b(?:go(?:ing)?|get(?:ting)?|mov(?:e|ing)|switch(?:ing)?|com(?:e|ing)|head(?:ing)?|return(?:ing)?|pivot(?:ing)?)\s+back\s+(?:in)?to\b/i;
/** "what about at startups?", "and from mlops" (after a pay bump from llm skills): the previous question in another setting, named by a preposition. */
export const setting = /^(at|in|on|with|without|inside|outside|during|under|from)\s+\S/i;
/** A choice between the roles asked for oneself ("which one should i aim for first?", "what should i pick"). */
export const choiceForMe =
  /\b(?:which|what)\s+(?:one|role|path|track|career|of\s+(?:the\s+)?(?:two|them|these|those))\b[^?]*\b(?:i|me|my|him|her)\b|\b(?:which|what)\s+(?:fits|suits)\s+(?:me|my)\b|\bwhich\s+(?:is|would\s+be|'s)\s+(?:better|best|right)\s+for\s+me\b|\bshould\s+i\s+(?:(?:actually|really|even|just|then|finally|ultimately)\s+)?(?:pick|choose|go\s+for|aim\s+for|start\s+with|go\s+into|target)\b|\b(?:which|what)\s+(?:(?:one|role|path)\s+)?(?:would|do)\s+(?:you|u|ya)\s+(?:pick|choose|go\s+(?:for|with)|recommend|take)\b|^(?:(?:so|ok|okay|then|hmm+|well|but|and|alright)[\s,]+)*(?:which|wich|whcih)(?:\s+(?:one|1|of\s+(?:the\s+)?(?:two|them)|is\s+it))?(?:[\s,]+(?:then|tho|though|lol|overall|in\s+the\s+end))*\s*[?!.]*$/i;
/** "thoughts?", "any advice?", "wdyt": asking for a view on what was just told, in no words of its own. */
export const vagueAsk =
  /^(?:so\s+|ok(?:ay)?\s+)?(?:any\s+)?(?:thoughts|advice|ideas|suggestions?|opinions?|input|tips|help)(?:\s+(?:pls|please|anyone))?\s*\??$|^(?:what\s+do\s+(?:you|u)\s+think|wdyt|what\s+would\s+(?:you|u)\s+do)\s*\??$/i;
/** "good idea or nah?", "worth it?": a verdict asked on what was just asked or told, in no words of its own. */
export const verdictAsk =
  /^(?:so\s+|ok(?:ay)?,?\s+|but\s+|and\s+)?(?:(?:is|was|would\s+be)\s+(?:that|it|this)\s+)?(?:a\s+|the\s+)?(?:(?:good|bad|smart|dumb|solid|wise|terrible|decent|right)\s+(?:idea|plan|move|call|choice|path)|worth\s+it|(?:does\s+(?:that|it)\s+)?make\s+sense|makes\s+sense|legit|realistic)(?:\s+(?:or\s+(?:nah|not|no)|tho|though|then|lol))*\s*\??$/i;
/** "like what exactly?", "can u explain more", "examples?": more of what was just answered. */
export const elaborate =
  /^(?:so\s+|ok(?:ay)?,?\s+|but\s+|and\s+)?(?:like\s+what(?:\s+exactly)?|(?:can|could)\s+(?:you|u)\s+(?:explain|elaborate|expand|say\s+more)(?:\s+(?:more|on\s+(?:that|it)|that|it))?|explain(?:\s+(?:more|that|it))?|elaborate|examples?|any\s+examples?|for\s+example|such\s+as|tell\s+me\s+more|more\s+(?:details?|info)|go\s+on|what\s+do\s+(?:you|u)\s+mean|wdym|wym|huh|more|and|anything\s+else|what\s+else|any\s+others?(?:\s+ones)?|any\s+other\s+ones|others)(?:\s+(?:besides|apart\s+from|other\s+than|except(?:\s+for)?)\s+[^?]{1,40}?)?(?:\s+(?:pls|please|tho|though|by\s+that))?\s*\??$/i;
/** "source?", "where's that from", "says who?": where the answer just given came from. */
export const asksSource =
  /^(?:(?:and|so|ok(?:ay)?|but|wait|hm+|lol),?\s+)*(?:(?:any|got\s+an?|what(?:'s|s|\s+is|\s+are)\s+(?:the|your|ur)|the|a)\s+)?(?:sources?|src|citations?|cite|links?|refs?|references?|receipts|proof)(?:\s+(?:for|on)\s+(?:that|this|it))?(?:\s+(?:pls|please|tho|though))?\s*\?*\s*$|^(?:(?:and|so|ok(?:ay)?|but|wait|hm+|lol),?\s+)*(?:which|what)\s+(?:sources?|articles?|sites?|websites?|reports?|study|studies)(?:\s+(?:is\s+(?:that|this|it)\s+from|(?:said|says|say)\s+(?:that|this|so)|was\s+(?:that|this|it)|(?:are|were)\s+(?:those|these|they)(?:\s+from)?|did\s+(?:that|this|it)\s+come\s+from))?(?:\s+(?:pls|please|tho|though|exactly))?\s*\?*\s*$|^(?:(?:and|so|ok(?:ay)?|but|wait)\s+)?(?:where(?:'s|s|\s+is|\s+was|\s+did|\s+does)?\s+(?:that|this|it)\s+(?:from|come\s+from|came\s+from|coming\s+from)|where\s+(?:do|did)\s+(?:you|u)\s+get\s+(?:that|this)(?:\s+from)?|says\s+who|according\s+to\s+(?:who|whom|what|which\s+source)|who\s+says\s+(?:that|so)|how\s+do\s+(?:you|u)\s+know(?:\s+(?:that|this))?)\s*\?*\s*$/i;
/** "where do those numbers come from", "what are those figures based on": the data behind figures just given. */
export const asksWhatTheFiguresRestOn =
  /^(?:(?:and|so|ok(?:ay)?|but|wait|hm+|lol|also)[,\s]+)*(?:where\s+(?:do|did|does)\s+(?:those|these|the|that|this|ur|your)\s+(?:numbers?|figures?|stats?|statistics|data|salar(?:y|ies)|ranges?|estimates?)\s+(?:(?:even|actually|really|exactly)\s+)?(?:come|came)\s+from|where(?:'s|s|\s+is|\s+are|'re)\s+(?:those|these|the|that|this|ur|your)\s+(?:(?:salary|pay|comp|growth|job)\s+)?(?:numbers?|figures?|stats?|statistics|data|salar(?:y|ies)|ranges?|estimates?)\s+(?:(?:coming\s+)?from|sourced\s+from)|where\s+(?:do|did)\s+(?:they|you|u)\s+(?:(?:even|actually)\s+)?get\s+(?:those|these|the|that|this)\s+(?:numbers?|figures?|stats?|data|salar(?:y|ies))(?:\s+from)?|how\s+(?:do|did)\s+(?:they|you|u)\s+(?:get|know|calculate|measure|come\s+up\s+with)\s+(?:those|these|the|that)\s+(?:numbers?|figures?|stats?|salar(?:y|ies))|what\s+(?:is|are|were|was)\s+(?:those|these|the|that|this)\s+(?:numbers?|figures?|stats?|data|salar(?:y|ies)|ranges?)\s+based\s+on|(?:based\s+on\s+what|what(?:'s|s|\s+is)\s+(?:that|this|it)\s+based\s+on)|(?:what|which)\s+data\s+(?:is|are)\s+(?:that|this|those|these)\s+(?:based\s+on|from))(?:\s+(?:tho|though|exactly|lol|pls|please))*[\s?!.]*$/i;

/**
 * "when is that from?", "thats from 2023?", "is this data outdated?", "how recent is that", "which source is newer":
 * when the answer just given is dated, in no words of its own.
 */
export const asksWhen =
  /^(?:(?:and|so|ok(?:ay)?|but|wait|hm+|lol|hold\s+on)[,\s]+)*(?:(?:is|was|are|were)\s+(?:that|this|it|these|those)(?:\s+(?:data|info|figure|figures|number|numbers|salary|salaries|pay|table|stuff))?\s+(?:(?:from|as\s+of|for)\s+(?:19|20)\d\d|(?:still\s+)?(?:current|up\s+to\s+date|up-to-date|recent|outdated|old|dated|stale)|from\s+(?:this|last)\s+year)|(?:that'?s|thats|that\s+is|this\s+is|these\s+are|it'?s|its|it\s+is)\s+(?:(?:from|as\s+of|for)\s+(?:19|20)\d\d|(?:so\s+|pretty\s+|kinda\s+|probably\s+)?(?:outdated|old|dated|stale|old\s+data)|from\s+(?:last\s+year|years\s+ago))|(?:from|as\s+of)\s+(?:19|20)\d\d|when\s+(?:is|was|are|were)\s+(?:that|this|it|these|those)(?:\s+(?:data|figures?|numbers?))?\s+from|how\s+(?:old|recent|current|up\s+to\s+date|fresh)\s+(?:is|are)\s+(?:that|this|these|those|it|the\s+(?:data|figures|numbers))(?:\s+(?:data|info|figures?|numbers?))?|what\s+year\s+(?:is|was|are)\s+(?:that|this|it|these)(?:\s+from)?|as\s+of\s+when|(?:still\s+)?(?:up\s+to\s+date|current)|outdated|which\s+(?:source|article|one|of\s+(?:them|those|these|the\s+two|the\s+sources|the\s+articles))\s+(?:is|'s|was)\s+(?:the\s+)?(?:newer|newest|more\s+recent|most\s+recent|latest|older|oldest|more\s+up\s+to\s+date)|how\s+(?:old|recent|current)\s+(?:are|is)\s+(?:the|ur|your|these|those|all\s+the)\s+(?:sources?|articles?)|when\s+(?:were|was)\s+(?:the\s+|ur\s+|your\s+|these\s+|those\s+)?(?:sources?|articles?|they|it)\s+(?:written|published|updated|made))(?:\s+(?:tho|though|lol|bro|no|right|or\s+(?:not|nah)))*[\s?!.]*$/i;
/** "tldr?", "sum it up", "short version pls": the answer just given, in short. */
// ("explain simple", "i not understand", "simple pls": said by someone whose English is their second language, too.)
export const inShort =
  /^(?:(?:so|ok(?:ay)?|and|but|bro|lol)[,\s]+)*(?:tl;?\s?dr|too\s+long\s+didn'?t\s+read|summary|summari[sz]e(?:\s+(?:that|it|this))?|sum\s+(?:it|that|this)\s+up|in\s+short|in\s+a\s+nutshell|short\s+version|(?:give\s+me\s+)?the\s+short\s+(?:version|answer)|bottom\s+line|eli5|(?:(?:explain|say|sum)\s+(?:it\s+|that\s+|this\s+)?(?:up\s+)?)?in\s+(?:(?:simple(?:r)?|plain|layman'?s?|normal)\s+(?:terms|words|english|language)|(?:one|a|1|a\s+single)\s+(?:sentence|line)|short)|(?:explain|say)\s+(?:it\s+|that\s+|this\s+)?(?:simpler|more\s+simply|simply|(?:more\s+)?simple|in\s+simple(?:r)?\s+(?:terms|words)|like\s+i'?m\s+(?:5|five))|simpler|simple|(?:i\s+)?(?:still\s+)?(?:don'?t|dont|do\s+not|not|no)\s+(?:get|understand|understood)(?:\s+(?:it|that|this))?|(?:i'?m|im)\s+(?:still\s+)?(?:lost|confused))(?:\s+(?:pls|please|plz|bro|lol))*[\s?!.]*$/i;
/**
 * "do the sources agree?", "what do the other articles say", "that contradicts what u said before": whether the sources
 * give the same figures.
 */
export const agreementAsked =
  /^(?:(?:and|so|ok(?:ay)?|but|wait|hm+)[,\s]+)*(?:that|this|it)\s+(?:kinda\s+|sort\s+of\s+)?(?:contradicts?|goes\s+against|doesn'?t\s+match)\b|^(?:(?:and|so|ok(?:ay)?|but|wait|hm+)[,\s]+)*(?:do|does|did)\s+(?:(?:the|ur|your|all\s+(?:the\s+|ur\s+|your\s+)?|both|other)\s+)?(?:sources?|articles?|they)\s+(?:all\s+)?(?:agree|say\s+the\s+same|match)\b|\b(?:what|wat)\s+(?:do|does)\s+the\s+other\s+(?:sources?|articles?)\s+say\b|\b(?:same|agree)\s+(?:in|across|for)\s+(?:all|every|the\s+other|other)\s+(?:sources?|articles?)\b/i;
/** "why do the sources disagree on that?", "which one should i believe": the sources' figures set against each other. */
export const sourcesDiffer =
  /\b(?:why|how\s+come)\b.*\b(?:disagree|differ|different|contradict|conflict|don'?t\s+agree)|\b(?:sources?|articles?|numbers|figures)\s+(?:disagree|differ|contradict|conflict|don'?t\s+(?:agree|match))|\bwhich\s+(?:one|source|article|number|figure|of\s+(?:those|them|these|the\s+two))\s+(?:should|do|can|would)\s+(?:i|we|you|u)\s+(?:believe|trust|go\s+(?:by|with))\b|\bwhich\s+(?:one|source|article|number|figure|of\s+(?:those|them|these|the\s+two))\s+(?:is|'s)\s+(?:right|correct|accurate|true|legit)\b|\b(?:seems?|looks?|sounds?|is|are|'s)\s+(?:kinda\s+|a\s+bit\s+|pretty\s+)?(?:inconsistent|contradictory)\b/i;
/**
 * "really?", "wait fr?", "u sure?", "no way", "is that true?", "that seems low", and after a claim reported, "is he
 * right", "so hes wrong?", "so my manager is wrong?", "thats not what i read elsewhere", "ur wrong" (read "your wrong"): doubt of the answer
 * just given, in no words of its own.
 */
export const doubts =
  /^(?:(?:wait|hold\s+on|hm+|ok(?:ay)?|but|so|and)[,\s]+)*(?:fr|frfr|for\s+real|really|rly|seriously|srsly|no\s+way|deadass|true|legit|(?:are\s+)?(?:you|u)\s+sure|(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:true|right|correct|accurate|real|legit|a\s+fact)|(?:(?:that|this|it|those|these)\s+)?(?:(?:seems?|sounds?|looks?|feels?)\s+|(?:that|this|it)\s+is\s+|(?:that'?s|thats|it'?s|its)\s+)(?:(?:way|kinda|pretty|really|too|so|a\s+bit|a\s+little|very|super|hella)\s+)*(?:low|high|wrong|off|inflated|lowball|optimistic|unrealistic|cap|sus|fishy)|(?:that|this|it)\s+can'?t\s+be\s+(?:right|true)|(?:i\s+)?doubt\s+(?:it|that)|how\s+(?:sure|certain|confident|reliable|accurate|trustworthy)\s+(?:is|are|r)\s+(?:that|this|it|those|these|(?:you|u)|(?:the|ur|your)\s+sources?)|(?:can|should)\s+i\s+trust\s+(?:that|this|it|those|these)|(?:is|was|are)\s+(?:he|she|they|(?:my|the|your|ur)\s+[a-z]+)\s+(?:really\s+)?(?:right|wrong|correct|lying|onto\s+something)|(?:he'?s|hes|she'?s|shes|they'?re|theyre|(?:my|the)\s+[a-z]+\s+(?:is|was))\s+(?:just\s+)?(?:wrong|right|lying|correct)|(?:(?:that|this|it)\s+(?:is\s+)?|(?:that'?s|thats|it'?s|its)\s+)not\s+what\s+i\s+(?:read|heard|saw|was\s+told)(?:\s+(?:elsewhere|online|on\s+reddit|before|anywhere))?|i\s+(?:read|heard|saw)\s+(?:otherwise|different(?:ly)?|something\s+(?:else|different))(?:\s+(?:elsewhere|online|on\s+reddit))?|(?:that'?s|thats|that\s+is|(?:you'?re|ur|your|youre|you\s+are|u\s+r))\s+(?:(?:just|so|totally|completely|dead)\s+)?(?:wrong|false|not\s+true|bs|nonsense|incorrect))(?:\s+(?:tho|though|lol|bro|then|or\s+(?:not|nah)))*[\s?!.]*$/i;

/** "source?", "really?", "when is that from", "tldr?", "which source is right?": a question about an answer given. */
export function asksOfTheAnswer(text: string): boolean {
  return [asksSource, asksWhatTheFiguresRestOn, asksWhen, inShort, doubts, sourcesDiffer, agreementAsked].some((pattern) =>
    pattern.test(text),
  );
}
/** "the first one", "the latter": one of the roles, by the order the conversation named them (with its preposition). */
// ("and the second", the noun left out at the end of the turn, is the second role too.)
export const ordinalReference =
  /(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\bthe\s+(?:(first)|second)(?:\s+(?:one|role|path|option|job|career|route)\b|(?=\s*[?!.]*\s*$))|(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\bthe\s+(former|latter)\b/i;
/**
 * "ok what about interviews for the other one", "and if she picked the other role", "what if i go the other route": of
 * the two roles, the one the turn before was not about.
 */
export const otherRoleReference =
  /(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\bthe\s+other\s+(?:one|role|path|route|option|job|career|side)\b|(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\bthe\s+other\b(?=\s*[?!.]*\s*$)/i;
/** "the other way round?": the previous move reversed. */
export const reverse =
  /\b(?:(?:the\s+)?(?:other|opposite)\s+(?:way|direction)(?:\s+(?:round|around))?|the\s+opposite|the\s+reverse|in\s+reverse|reversed?\s+(?:direction|way|move|path|switch|order)|vice\s+versa|going\s+back(?!\s+(?:to|over|on)\b)|go(?:ing)?\s+the\s+other\s+way|backwards?|flip(?:ped|\s+(?:it|that))?|(?:the\s+)?opposite\s+way)\b/i;
/** "which of those…": within the previous answer. */
export const narrowing =
  /\b(?:which|what)\s+(?:one|ones|levels?|of\s+(?:those|these|them|the\s+above))\b|\bof\s+(?:those|these)\b|^\W*(?:(?:ok(?:ay)?|so|and|but)[\s,]+)*(?:which|what|wat)(?:\s+(?:should|do|would)\s+i\s+(?:learn|start\s+with|pick\s+up|focus\s+on|do))?\s+(?:first|1st)\b/i;
/**
 * A comparison of two ("which one pays more?", "which is easier to get into?"): between the two roles, a question
 * of its own, where a superlative ("which one pays most?") or "which of those…" picks among what was just listed.
 */
export const comparesTwo =
  /\b(?:more|less|better|worse|easier|harder|higher|lower|safer|riskier|faster|slower|quicker|bigger|smaller|chiller|cooler|happier|greater|longer|shorter|cheaper|stabler|steadier)\b/i;
/** "what's the DE equivalent?": the same thing for another role. */
export const equivalent = /\b(?:equivalent|counterpart|same\s+(?:thing|q|qn|question)|same\s+but\s+for|version\s+of\s+that)\b/i;
/** A move the person would make themselves ("how long would the switch take me?"). */
export const ownMove =
  /\b(?:switch|switching|(?<!\bwhat(?:'s|s|\s+is)\s+the\s+|\b(?:smart|smarter|smartest|best|right|wise|wisest|good|better|safest|safer|safe|next|natural|obvious|logical)\s+)move|moving|transition|transitioning|pivot|pivoting|jump|my\s+direction|change\s+(?:roles?|careers?))\b/i;
/**
 * "what about me?", "and for someone like me tho", "how about in my case", "for me?": the question before, asked of the person,
 * as the first clause of the turn (a story may follow it: "what about me? im a de with 4 yoe").
 */
export const ofThemselves =
  /^(?:(?:so|ok(?:ay)?|and|but|hm+|alr|alright)[\s,]+)?(?:(?:(?:what|how)\s+about|and)\s+(?:for\s+|in\s+)?|for\s+|in\s+)(?:me|myself|someone\s+like\s+me|people\s+like\s+me|my\s+case|my\s+situation)(?:\s+(?:tho|though|then|lol|rn|personally))?\s*(?:[?!.,;:]|$)/i;
export const aboutMe = /\b(?:me|my|i|i'm|im|i\s+am)\b/i;
/** "how long would that take me?", "how long for someone like me": a duration for the person themselves. */
export const takesMe =
  /\b(?:how\s+long\s+(?:am\s+i|are\s+we)\s+looking\s+at|how\s+long\s+(?:would|will|does|did|should)\s+(?:it|that|this)\s+take\s+me|take\s+me\b|how\s+long\s+(?:would|will)\s+i\b|how\s+long\s+(?:til|till|until|before)\s+i\b|how\s+long\s+(?:(?:would|will|does)\s+(?:it|that)\s+(?:take|be)\s+)?for\s+(?:me|someone\s+like\s+me|a\s+person\s+like\s+me|people\s+like\s+me)\b)/i;
/** A short question of its own words ("which industries tho?"), as opposed to a stray fragment. */
// ("so how long", "ok and what then": the words that carry on from the answer open it as well.)
export const shortQuestion =
  /^(?:(?:so|ok|okay|and|but|then)[\s,]+){0,2}(?:which|what|how|why|when|where|who|is|are|am|does|do|can|any)\b/i;
/** A word that points back at what was just said ("is it growing?", "what do they earn?"). */
// ("…mean for these roles", "in those two jobs": the two roles, not what was said before.)
// ("do i need one" after a PhD's worth: "one" of the thing just discussed.)
export const pointsBack =
  /\b(?:it|its|it's|that|this|they|them|their|(?<!\b(?:is|are|was|were|any)\s+)there(?!\s+(?:is|are|was|were|'s)\b))\b|\b(?:those|these)\b(?!\s+(?:two\s+)?(?:roles|jobs|careers|paths|tracks|fields)\b)|\bby\s+how\s+much\b|\b(?:need|get|have|do|take|worth)\s+one\b(?!\s+of\b)/i;
/** "and for the other role?", "what about the other one": the role the previous question was not about. */
export const otherRole = /\b(?:the\s+)?other\s+(?:role|one|side|path|job|career)\b/i;
/** "so which is better for that", "for someone like that": for what the person just told. */
export const forThat =
  /\bfor\s+(?:that|this|those|someone\s+like\s+(?:that|this|me)|(?:a\s+)?person\s+like\s+(?:that|me))\b|\b(?:suits?|fits?|matches)\s+(?:that|this)\b/i;
/**
 * Whether a question asks which role fits the person ("which one suits me better?", "what should i pick"): what
 * they tell right after it ("i really like stats") is what to judge the fit by.
 */
export function asksWhichFits(question: string): boolean {
  return fitForMe.test(question) || choiceForMe.test(question);
}

/**
 * Whether a turn after someone told about themselves asks in the light of it: about them ("so which fits me"), "then",
 * a vague ask ("thoughts?") or "for that".
 */
export function asksAfterStory(text: string): boolean {
  return (
    aboutMe.test(text) ||
    // ("which one then?", "then what", "so then…": "then" as a conclusion drawn, not "de first then mle".)
    /^\W*(?:(?:so|ok(?:ay)?|and)\s+)?then\b|\bthen\W*$|\b(?:so|ok(?:ay)?)\s+then\b/i.test(text) ||
    vagueAsk.test(text) ||
    verdictAsk.test(text) ||
    forThat.test(text) ||
    whichAlone.test(text) ||
    isThatEnough.test(text)
  );
}

/** "is that enough for mle", "would this be enough": what they told, judged against what a role asks. */
export const isThatEnough = /\b(?:is|would|will)\s+(?:that|this|it|all\s+that)\s+(?:be\s+)?(?:enough|sufficient)\b/i;

/** "so which one", "which is it", "so now which": a choice between the roles in no words of its own. */
export const whichAlone =
  /^(?:(?:so|ok(?:ay)?|and|well|hm+|alr|alright|now)[\s,]+)*which(?:\s+(?:one|1|role|path|is\s+it|should\s+it\s+be))?(?:\s+(?:tho|though|lol|then|now|rn))*\s*\??$/i;

/** "which role fits me", "so what should i do", "so de or mle for me": a fit judged by what the person likes. */
export const fitForMe = new RegExp(
  String.raw`^(?:(?:so|ok|okay|then|hmm|well|idk)[\s,]+)*what\s+(?:should|do|would|shall)\s+i\s+(?:even\s+)?do(?:\s+then)?\s*[?!.]*$|\b(?:did|have)\s+i\s+(?:pick(?:ed)?|chos(?:e|en)|made|gone|went)\s+(?:the\s+)?wrong(?:\s+(?:one|role|path|track|career|choice|way))?\b|\bwas\s+(?:it|that|(?:picking|choosing)\s+(?:mle|de|ml|it))\s+(?:a\s+)?(?:mistake|the\s+wrong\s+(?:call|choice|move))\b|\b(?:fits?|suits?|right|better|best)\s+(?:for\s+)?(?:me|him|her)\b|\bmakes?\s+(?:the\s+)?(?:more|most)\s+sense\s+for\s+(?:me|him|her)\b|\b(?:best|right|better)\s+(?:role|career|path|job|option|choice|fit|track)\s+for\s+(?:me|him|her)\b|\bor\s+(?:an?\s+)?[a-z.]+(?:\s+[a-z.]+)?\s+for\s+me\b|\bshould\s+i\s+(?:(?:actually|really|even|just|then|finally|ultimately)\s+)?(?:pick|choose|go\s+for)\b|\bwhich\s+(?:one|1|role|path)\s+(?:should|shud|do)\s+i\s+(?:do|go\s+with|take)\b|\btell\s+me\s+which(?:\s+(?:one|1|role|path))?\s*[?!.]*$|\b(?:pick|choose|decide)\s+(?:one\s+)?for\s+me\b|\b(?:me|my)\b[^?]*?\bwhich\s+(?:one\s+|role\s+)?(?:fits|suits)\b|${undecided.source}`,
  'i',
);

/** Someone else a message is about: said in the question layer, which the search reads as well. */
export { forSomeoneElse } from '../../question/chat.js';

/** "how long till im a senior de", "until im staff", "before i make it to senior": a level they will reach, later. */
export const reachesALevel =
  /\b(?:until|till|til|before)\s+(?:i'?m|im|i\s+am|i\s+(?:get|make\s+it|reach))\s+(?:to\s+)?(?:an?\s+)?(?:senior|staff|sr|mid|principal|lead)\b/i;
