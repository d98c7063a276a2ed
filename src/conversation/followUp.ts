/**
 * Follow-up questions, resolved deterministically: a turn that lacks something inherits it from the previous
 * question as parsed (its roles, topic, level, region, the direction of a move), "why?" asks for the reasons
 * behind the previous answer, "the other way round?" reverses its move, "which of those…" stays within its
 * passages. A question complete on its own is never bent. The result says what was understood, so a wrong
 * guess shows; where a turn could mean two things, the choices are asked back instead of guessed.
 */
import type { AnswerOptions } from '../answer/answer.js';
import { expandAbbreviations } from '../question/chat.js';
import { type QueryTerm, synonymPrefix, words as wordsOf } from '../search/analyzer.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { levelForYears } from '../search/questionReader.js';
import {
  levelLabel,
  levelWord,
  readSlots,
  roleLabel,
  roleName,
  roleNames,
  regionLabel,
  rolePatterns,
  swapRoles,
  withLevel,
  withRegion,
  withRoles,
  withSlotsSpelled,
  withoutLevel,
} from './slots.js';
import type { Profile, Role, Turn, TurnSlots } from './types.js';

/** One reading of a turn: the question to answer, what was understood, in words, and how the answer is steered. */
export interface Reading extends AnswerOptions {
  resolved: string;
  understood: string;
  slots: TurnSlots;
  /** The passages the answer comes from ("which of those…": the previous answer's). */
  within?: string[];
}

export type Resolution =
  /** Complete on its own: answered as typed. */
  | { kind: 'complete'; slots: TurnSlots }
  | ({ kind: 'follow-up' } & Reading)
  /** Could mean two things: the choices to ask back. */
  | { kind: 'clarify'; prompt: string; choices: Reading[] };

const other: Record<Role, Role> = { de: 'mle', mle: 'de' };

/** Words that carry a turn on from the one before ("and", "what about"), at its start. */
const continuation =
  /^(?:(?:ok(?:ay)?|cool|nice|great|thanks|thank\s+you|thx|ty|got\s+it|gotcha|alright|right|hmm+|ah|oh|damn|wow|lol),?\s+|so\s+|but\s+|also\s+)*(?:and\s+(?:what|how)\s+about|what\s+about|how\s+about|what\s+of|same\s+(?:question\s+)?for|and\s+for|and|for)\b/i;
/** "why?", "how come?": the reasons behind the previous answer. */
const reason =
  /^(?:ok(?:ay)?,?\s+|but\s+|and\s+)?(?:why|how\s+come|how\s+so|why\s+(?:is|was)\s+(?:that|it)|what\s+makes\s+(?:it|that)(?:\s+so)?|what(?:'s|s|\s+is|\s+was)?\s+the\s+(?:reason|reasons|reasoning|logic|rationale|thinking)(?:\s+(?:behind|for)\s+(?:that|this|it))?)\b/i;
/** "and if i wanna go back to mle later?": a move back into the role the previous move left. */
const backInto =
  /\b(?:go(?:ing)?|get(?:ting)?|mov(?:e|ing)|switch(?:ing)?|com(?:e|ing)|head(?:ing)?|return(?:ing)?|pivot(?:ing)?)\s+back\s+(?:in)?to\b/i;
/** "what about at startups?": the previous question in another setting, named by a preposition. */
const setting = /^(at|in|on|with|without|inside|outside|during|under)\s+\S/i;
/** A choice between the roles asked for oneself ("which one should i aim for first?", "what should i pick"). */
const choiceForMe =
  /\b(?:which|what)\s+(?:one|role|path|track|career|of\s+(?:the\s+)?(?:two|them|these|those))\b[^?]*\b(?:i|me|my)\b|\bshould\s+i\s+(?:pick|choose|go\s+for|aim\s+for|start\s+with|go\s+into|target)\b/i;
/** "thoughts?", "any advice?", "wdyt": asking for a view on what was just told, in no words of its own. */
const vagueAsk =
  /^(?:so\s+|ok(?:ay)?\s+)?(?:any\s+)?(?:thoughts|advice|ideas|suggestions?|opinions?|input|tips|help)(?:\s+(?:pls|please|anyone))?\s*\??$|^(?:what\s+do\s+(?:you|u)\s+think|wdyt|what\s+would\s+(?:you|u)\s+do)\s*\??$/i;
/** "good idea or nah?", "worth it?": a verdict asked on what was just asked or told, in no words of its own. */
const verdictAsk =
  /^(?:so\s+|ok(?:ay)?,?\s+|but\s+|and\s+)?(?:(?:is|was|would\s+be)\s+(?:that|it|this)\s+)?(?:a\s+|the\s+)?(?:(?:good|bad|smart|dumb|solid|wise|terrible|decent|right)\s+(?:idea|plan|move|call|choice|path)|worth\s+it|(?:does\s+(?:that|it)\s+)?make\s+sense|makes\s+sense|legit|realistic)(?:\s+(?:or\s+(?:nah|not|no)|tho|though|then|lol))*\s*\??$/i;
/** "like what exactly?", "can u explain more", "examples?": more of what was just answered. */
const elaborate =
  /^(?:so\s+|ok(?:ay)?,?\s+|but\s+|and\s+)?(?:like\s+what(?:\s+exactly)?|(?:can|could)\s+(?:you|u)\s+(?:explain|elaborate|expand|say\s+more)(?:\s+(?:more|on\s+(?:that|it)|that|it))?|explain(?:\s+(?:more|that|it))?|elaborate|examples?|any\s+examples?|for\s+example|such\s+as|tell\s+me\s+more|more\s+(?:details?|info)|go\s+on|what\s+do\s+(?:you|u)\s+mean)(?:\s+(?:pls|please|tho|though))?\s*\??$/i;
/** "the first one", "the latter": one of the roles, by the order the conversation named them (with its preposition). */
const ordinalReference =
  /(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\bthe\s+(?:(first)|second)\s+(?:one|role|path|option|job|career)\b|(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\bthe\s+(former|latter)\b/i;
/** "the other way round?": the previous move reversed. */
const reverse =
  /\b(?:(?:the\s+)?(?:other|opposite)\s+(?:way|direction)(?:\s+(?:round|around))?|the\s+opposite|the\s+reverse|in\s+reverse|reversed?\s+(?:direction|way|move|path|switch|order)|vice\s+versa|going\s+back(?!\s+(?:to|over|on)\b)|go(?:ing)?\s+the\s+other\s+way|backwards?|flip(?:ped|\s+(?:it|that))?|(?:the\s+)?opposite\s+way)\b/i;
/** "which of those…": within the previous answer. */
const narrowing = /\b(?:which|what)\s+(?:one|ones|of\s+(?:those|these|them|the\s+above))\b|\bof\s+(?:those|these)\b/i;
/**
 * A comparison of two ("which one pays more?", "which is easier to get into?"): between the two roles, a question
 * of its own, where a superlative ("which one pays most?") or "which of those…" picks among what was just listed.
 */
const comparesTwo =
  /\b(?:more|less|better|worse|easier|harder|higher|lower|safer|riskier|faster|slower|quicker|bigger|smaller|chiller|cooler|happier|greater|longer|shorter|cheaper|stabler|steadier)\b/i;
/** "what's the DE equivalent?": the same thing for another role. */
const equivalent = /\b(?:equivalent|counterpart|same\s+thing|version\s+of\s+that)\b/i;
/** A move the person would make themselves ("how long would the switch take me?"). */
const ownMove =
  /\b(?:switch|switching|(?<!\bwhat(?:'s|s|\s+is)\s+the\s+)move|moving|transition|transitioning|pivot|pivoting|jump|change\s+(?:roles?|careers?))\b/i;
const aboutMe = /\b(?:me|my|i|i'm|im|i\s+am)\b/i;
/** "how long would that take me?": a duration for the person themselves. */
const takesMe =
  /\b(?:how\s+long\s+(?:would|will|does|did|should)\s+(?:it|that|this)\s+take\s+me|take\s+me\b|how\s+long\s+(?:would|will)\s+i\b|how\s+long\s+(?:til|till|until|before)\s+i\b)/i;
/** A short question of its own words ("which industries tho?"), as opposed to a stray fragment. */
const shortQuestion = /^(?:which|what|how|why|when|where|who|is|are|does|do|can|any)\b/i;
/** A word that points back at what was just said ("is it growing?", "what do they earn?"). */
const pointsBack = /\b(?:it|its|it's|that|this|they|them|their|those|these|there)\b|\bby\s+how\s+much\b/i;
/** "and for the other role?", "what about the other one": the role the previous question was not about. */
const otherRole = /\b(?:the\s+)?other\s+(?:role|one|side|path|job|career)\b/i;
/** "so which is better for that", "for someone like that": for what the person just told. */
const forThat = /\bfor\s+(?:that|this|those|someone\s+like\s+(?:that|this|me)|(?:a\s+)?person\s+like\s+(?:that|me))\b/i;
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
  return aboutMe.test(text) || /\bthen\b/i.test(text) || vagueAsk.test(text) || verdictAsk.test(text) || forThat.test(text);
}

/** "which role fits me": a fit judged by what the person likes. */
const fitForMe = /\b(?:fits?|suits?|right|better|best)\s+(?:for\s+)?me\b|\bshould\s+i\s+(?:pick|choose|go\s+for)\b/i;

/**
 * "going back to the switch, …", "that first number u said": a turn that returns to something asked before the
 * last question (the words are removed, what follows is the question).
 */
const returnsTo =
  /^(?:(?:ok(?:ay)?|so|and|but|also|wait),?\s+)*(?:(?:going|go|coming|circling|getting)\s+back\s+(?:to|on)|back\s+to)\s+(?:(?:the|that|what|your|my)\s+)?|\b(?:you|u)\s+(?:said|mentioned|gave|quoted|told\s+me)\b|\b(?:said|mentioned|asked)\s+(?:earlier|before|at\s+the\s+start)\b|\b(?:the|that)\s+first\s+(?:thing|number|figure|question|answer)\b/i;

/**
 * The turn a question follows up on: the last one, or, when it says it returns to something asked before that
 * ("going back to the switch, how long does it take"), the earlier turn that shares most of its words (the oldest
 * when none does). `turns` oldest first; undefined when there are none.
 */
export function referredTurn(kb: KnowledgeBase, question: string, turns: readonly Turn[]): Turn | undefined {
  const last = turns.at(-1);
  const earlier = turns.slice(0, -1).filter((t) => t.answered && t.passages.length > 0);
  if (earlier.length === 0 || !returnsTo.test(question)) return last;
  const asked = new Set(kb.analyze(question.replace(returnsTo, ' ')).map((t) => t.term));
  const shared = (turn: Turn) => kb.analyze(turn.resolved).filter((t) => asked.has(t.term)).length;
  const lastShares = last ? shared(last) : 0;
  let best: Turn | undefined;
  for (const turn of earlier) if (!best || shared(turn) > shared(best)) best = turn;
  // The last turn shares more of the words: it is the one returned to after all.
  return best && shared(best) >= lastShares ? best : last;
}

/** The question without the words that say it returns to an earlier one ("going back to the switch, how long…"). */
export function withoutReturn(question: string): string {
  if (!returnsTo.test(question)) return question;
  return question
    .replace(new RegExp(returnsTo.source, 'gi'), ' ')
    .replace(/^[\s,]+|\s+(?=[,?.!])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The roles a conversation has been about, the previous turn's included. */
function rolesMentioned(mentioned: readonly Role[], before: TurnSlots): Role[] {
  return [...new Set([...mentioned, ...before.roles])];
}

/** The most words a resolved question keeps (the longest question of the articles' kind is well under it). */
const maxResolvedWords = 40;

/** Words a follow-up uses around what it changes ("at that level", "specifically", "the same thing"). */
const followUpWords =
  /\b(?:level|levels|specifically|exactly|then|tho|though|instead|too|also|side|same|thing|things|one|ones|case|later|now)\b/gi;

/** How many words of a question name a topic of its own (not a role, a level, a place or a filler). */
function topicWords(kb: KnowledgeBase, text: string): number {
  const terms = kb.analyze(text.replace(followUpWords, ' ')).filter((t) => t.kind !== 'role' && !t.qualifier);
  const specific = terms.filter((t) => kb.specificity(t.from) > 0.3);
  // A topic named in common words ("how much do mles make": pay) is a topic all the same: "make" alone weighs
  // little, but the group it is read as does not.
  const named = terms.filter(
    (t) => t.kind === 'synonym' && kb.analyzer.labelOf(t.term) !== undefined && !specific.some((s) => s.from === t.from),
  );
  return specific.length + named.length;
}

/** How many words of the question name a topic: a word and the group it is read as ("gaps": gap, skills gap) once. */
function distinctTopicWords(kb: KnowledgeBase, text: string): number {
  const terms = kb.analyze(text.replace(followUpWords, ' ')).filter((t) => t.kind !== 'role' && !t.qualifier);
  return new Set(terms.filter((t) => kb.specificity(t.from) > 0.3 || kb.analyzer.labelOf(t.term) !== undefined).map((t) => t.from)).size;
}

/** The question without the places in it the articles never name ("mle salary in germany?" → "mle salary?"). */
function withoutUnknownPlaces(kb: KnowledgeBase, text: string): string {
  const places = kb
    .read(text)
    .unknown.filter((u) => u.kind === 'name')
    .map((u) => (u.typed ?? u.word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (places.length === 0) return text;
  return text
    .replace(new RegExp(`\\s*\\b(?:in|at|for|from)\\s+(?:${places.join('|')})\\b`, 'gi'), '')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
}

/** What was understood, in a few words: "ML Engineer pay, senior level". */
export function understoodOf(kb: KnowledgeBase, resolved: string, slots: TurnSlots): string {
  const words = understoodWords(kb, resolved, slots)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words !== '') return words;
  // No role, topic or label to name ("whats better long term"): the question itself, in quotes, says what was taken.
  const asked = kb
    .read(resolved)
    .plain.replace(/[?.!\s]+$/, '')
    .split(/\s+/);
  return `"${asked.slice(0, 8).join(' ')}${asked.length > 8 ? '…' : ''}"`;
}

function understoodWords(kb: KnowledgeBase, resolved: string, slots: TurnSlots): string {
  const read = kb.read(resolved);
  const roles = slots.roles.length === 2 ? 'both roles' : slots.roles.length === 1 ? roleLabel[slots.roles[0]!] : '';
  const label = [...read.labels.values()].find((l) => !/^(?:entry|senior|mid|staff|us|nigeria|remote|month|year)/i.test(l));
  // The topic's own words, as the person wrote them: the words the engine searches, not "do", "need" or "lol".
  // Taken from the resolved question as already read (its roles, level and place are not the topic's words):
  // reading the topic again would cost a turn a second reading of a long question.
  const inTopic = new Set(wordsOf(slots.topic));
  const topicFrom = (terms: readonly QueryTerm[]) =>
    terms
      .filter(
        (t) =>
          (t.kind === 'word' || t.kind === 'synonym') &&
          !t.inferred &&
          t.from !== '' &&
          wordsOf(t.typed ?? t.from).every((w) => inTopic.has(w)),
      )
      .map((t) => t.from);
  const asked = topicFrom(read.terms);
  // An ask of one word ("which should i pick?") says little on its own: what the person told around it names the topic.
  const found = [...new Set(asked.length > 1 ? asked : [...topicFrom(read.contextTerms), ...asked])];
  // A word inside a phrase also found says nothing more ("day" beside "day to day").
  const searched = found.filter((w) => !found.some((o) => o !== w && o.includes(' ') && ` ${o} `.includes(` ${w} `)));
  // Nothing searched and no label: the roles alone say it ("does a do" would only echo the question's glue).
  const topic = label ?? searched.slice(0, 5).join(' ');
  const move = slots.direction === 'de-to-mle' ? 'Data Engineer to ML Engineer' : 'ML Engineer to Data Engineer';
  const head = slots.direction
    ? read.intent.form === 'duration'
      ? `how long the move from ${move} takes`
      : `the move from ${move}${label ? `, ${label}` : ''}`
    : [roles, topic].filter(Boolean).join(' ');
  return [head, slots.level ? levelLabel(slots.level) : '', slots.region ? regionLabel(slots.region) : ''].filter(Boolean).join(', ');
}

/**
 * Resolves a turn against the conversation's previous turn and what the person said about themselves. `turn` is
 * the question as typed; `previous` the last turn answered in this conversation, if any.
 */
export function resolveTurn(
  kb: KnowledgeBase,
  turn: string,
  previous: Turn | undefined,
  profile: Profile | undefined,
  patterns = rolePatterns(kb),
  /** What the person said about themselves earlier in this conversation, oldest first ("currently a data analyst"). */
  told: readonly string[] = [],
  /** The roles this conversation has been about, in the order they came up. */
  mentioned: readonly Role[] = [],
): Resolution {
  // "what does it take to get promoted in the first one?" after questions on MLE, then DE: the first is MLE.
  const ordinal = ordinalReference.exec(turn);
  if (ordinal && mentioned.length === 2 && readSlots(kb, turn, patterns).roles.length === 0) {
    const role = mentioned[ordinal[1] || ordinal[2]?.toLowerCase() === 'former' ? 0 : 1]!;
    const named = turn.replace(ordinalReference, ` as a ${roleName[role]}`);
    const resolution = resolveTurn(kb, named, previous, profile, patterns, told);
    if (resolution.kind !== 'complete') return resolution;
    // Complete once the role is named: answered so, and saying which role "the first one" was taken for.
    return { kind: 'follow-up', resolved: named, slots: resolution.slots, understood: understoodOf(kb, named, resolution.slots) };
  }
  const own = readSlots(kb, turn, patterns);
  // Invisible and control characters are no part of a question (and never echoed back in what was understood).
  const read = kb.read(turn);
  // "thats less than i thought. why": a remark, then the follow-up itself; the follow-up is what is read.
  const pieces = read.plain.split(/(?<=[.!?])\s+/);
  const last = pieces.at(-1) ?? '';
  const bareAsk =
    pieces.length > 1 &&
    /^(?:why|how\s+come|how\s+so|and\b|what\s+about|worth\s+it)/i.test(last) &&
    last.split(/\s+/).length <= 6 &&
    !pieces.slice(0, -1).some((p) => /\?\s*$|^(?:what|which|how|why|who|when|where|is|are|do|does|can|should)\b/i.test(p));
  const text = (bareAsk ? last : read.plain)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Nothing to read (emoji, code, marks alone) is never a follow-up: it gets what it would get alone.
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'complete', slots: own };
  const reading = (resolved: string, slots: TurnSlots, understood?: string, within?: string[], narrowAsk?: string): Reading => ({
    // A follow-up of a follow-up builds on it: kept to its first words, so a long run of them never grows a question.
    resolved: resolved.split(/\s+/).slice(0, maxResolvedWords).join(' '),
    slots,
    understood: understood ?? understoodOf(kb, resolved, slots),
    ...(within ? { within } : {}),
    ...(narrowAsk ? { narrowAsk } : {}),
  });
  const follow = (r: Reading): Resolution => ({ kind: 'follow-up', ...r });

  // "how much would i make after switching?", "how much should i be making?": pay for the person's role (or the one
  // they are moving to), at the level their years make them.
  const asksPay = kb.read(turn).terms.some((t) => t.term === `${synonymPrefix}salary`);
  const current = profile?.role;
  if (asksPay && aboutMe.test(text) && own.roles.length <= 1 && !own.level && profile && (current || profile.goal)) {
    const moving = ownMove.test(text) || /\bafter\b|\bif\s+i\b/i.test(text);
    const target = own.roles[0] ?? (moving ? (profile.goal ?? other[current!]) : (current ?? profile.goal))!;
    const level = profile.years === undefined ? undefined : levelForYears(profile.years);
    const slots: TurnSlots = { ...own, roles: [target], ...(level ? { level } : {}) };
    const asked = `how much do ${level ? `${levelWord(level)} ` : ''}${roleNames[target]} make`;
    return follow(reading(asked, slots, [`${roleLabel[target]} pay`, level ? levelLabel(level) : ''].filter(Boolean).join(', ')));
  }
  // A move the person would make ("how long would the switch take me?"), with no roles named: from what they said
  // they do to where they said they are heading (or the role the conversation was about).
  // "which role is the more natural move for me?" chooses between the roles: it is not a move between them.
  const choosing = choiceForMe.test(text) && own.roles.length === 0;
  // "how long would it take to switch to de" from an ML engineer, "how long to become an mle" from a data
  // scientist: their own move, whether or not they say "i".
  const movesAway =
    own.roles.length === 1 &&
    ((profile?.role !== undefined && own.roles[0] !== profile.role) || (profile?.job !== undefined && !profile.role));
  const becoming = /\bbecom(?:e|ing)\b/i.test(text) && movesAway;
  if (
    (ownMove.test(text) || takesMe.test(text) || becoming) &&
    (aboutMe.test(text) || (movesAway && (ownMove.test(text) || becoming))) &&
    own.roles.length <= 1 &&
    !own.direction &&
    !choosing
  ) {
    // "how long would it take me from de": the role named after "from" is where the move starts.
    const startsFrom = (['de', 'mle'] as const).find((role) =>
      new RegExp(`\\bfrom\\s+(?:an?\\s+|being\\s+an?\\s+)?(?:${patterns[role].source})`, 'iu').test(text),
    );
    const target = startsFrom
      ? other[startsFrom]
      : (own.roles[0] ??
        profile?.goal ??
        (previous?.slots.roles.length === 1 ? previous.slots.roles[0] : mentioned.length === 1 ? mentioned[0] : undefined));
    const from = startsFrom ?? profile?.role;
    const ask = takesMe.test(text) ? 'how long does it take to move' : text.replace(/[?.!\s]+$/, '');
    // From the role they work in, to the other one (the role they head for is the other one, if they named it).
    if (from) {
      const slots: TurnSlots = { ...own, roles: [from, other[from]], direction: from === 'de' ? 'de-to-mle' : 'mle-to-de' };
      return follow(reading(`${ask} from ${roleName[from]} to ${roleName[other[from]]}`, slots));
    }
    if (profile?.job && target) {
      const slots: TurnSlots = { ...own, roles: [target] };
      return follow(
        reading(`${ask} from ${profile.job} to ${roleName[target]}`, slots, `the move from ${profile.job} to ${roleLabel[target]}`),
      );
    }
    // A backend developer who named no role to head for: into which of the two is asked back.
    if (profile?.job && !target) {
      const moves = (['de', 'mle'] as const).map((to) =>
        reading(
          `${ask} from ${profile.job} to ${roleName[to]}`,
          { ...own, roles: [to] },
          `the move from ${profile.job} to ${roleLabel[to]}`,
        ),
      );
      return { kind: 'clarify', prompt: 'Which move do you mean?', choices: moves };
    }
    if (!previous?.slots.direction && ownMove.test(text)) {
      const moves = (['de', 'mle'] as const).map((start) => {
        const slots: TurnSlots = { ...own, roles: [start, other[start]], direction: start === 'de' ? 'de-to-mle' : 'mle-to-de' };
        return reading(`${ask} from ${roleName[start]} to ${roleName[other[start]]}`, slots);
      });
      return { kind: 'clarify', prompt: 'Which move do you mean?', choices: moves };
    }
  }
  // "which one should i aim for first?" from someone who said what they do: asked as that person ("…as a backend
  // developer"), so what the sources say about coming from that job counts.
  if (
    choiceForMe.test(text) &&
    own.roles.length === 0 &&
    profile?.job &&
    !profile.likes.length &&
    !new RegExp(`\\b${profile.job.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text) &&
    topicWords(kb, text.replace(choiceForMe, ' ')) <= 1
  ) {
    const asked = text.replace(/[?.!\s]+$/, '');
    return follow(
      reading(`${asked} as a ${profile.job}`, { ...own, roles: ['de', 'mle'] }, `which role suits you, coming from ${profile.job}`),
    );
  }
  if (
    fitForMe.test(text) &&
    own.roles.length <= 1 &&
    profile &&
    profile.likes.length > 0 &&
    topicWords(kb, text.replace(fitForMe, ' ')) <= 1 &&
    // A story told just now ("i have a stats masters and i love experimentation … only notebooks") says more than the
    // one like read from it: it is asked with the story, below.
    !(
      profile.likes.length < 2 &&
      told.length > 0 &&
      previous?.answered === true &&
      previous.passages.length === 0 &&
      told.join(' ').split(/\s+/).length > 12
    )
  ) {
    const slots: TurnSlots = { ...own, roles: ['de', 'mle'] };
    // Two things liked, told apart ("i love stats" … "but i also like building reliable systems"): liking both is
    // what the sources answer for.
    const both = profile.likes.length === 2 ? 'both ' : '';
    return follow(
      reading(
        // What they like told in the first person, as one message would: context that weighs the passages, so a long
        // list of likes does not drown the ask.
        `which role fits ${profile.job ? `a ${profile.job} like me` : 'me'}${both ? ' if i like both' : ''}? i love ${profile.likes.join(' and ')}`,
        slots,
        `which role fits you, who likes ${profile.likes.join(' and ')}`,
      ),
    );
  }
  // Someone who told their story and now asks about themselves ("so whats the move for someone like me"): the
  // question is asked with the story, as one message would have told it.
  const afterStory = previous?.answered === true && previous.passages.length === 0;
  const verdict = verdictAsk.test(text);
  const vague = vagueAsk.test(text) || verdict;
  if (
    afterStory &&
    told.length > 0 &&
    asksAfterStory(text) &&
    // "so which is better for that, de or mle": naming both roles, it still chooses between them for the story.
    (own.roles.length === 0 || (own.roles.length === 2 && forThat.test(text)))
  ) {
    const story = told.map((t) => t.replace(/[.!?\s]+$/, '')).join('. ');
    const slots: TurnSlots = { ...own, roles: previous.slots.roles };
    // "thoughts?" after a story asks which of the roles the story points to.
    return follow(
      reading(`${story}. ${vague && !verdict ? 'which role fits me better' : text}`, slots, 'your question, with what you told me'),
    );
  }
  // "do i need a masters?" from someone who said they are a data engineer with 5 years: asked as that data engineer
  // ("should i do it?" is about what was just discussed, not about their role).
  if (
    profile?.role &&
    own.roles.length === 0 &&
    aboutMe.test(text) &&
    !pointsBack.test(text) &&
    !choosing &&
    !fitForMe.test(text) &&
    !ownMove.test(text)
  ) {
    const level = own.level ?? (profile.years === undefined ? undefined : levelForYears(profile.years));
    const asked = `${text.replace(/[?.!\s]+$/, '')} as a ${level && !own.level ? `${levelWord(level)} ` : ''}${roleName[profile.role]}`;
    return follow(reading(asked, { ...own, roles: [profile.role], ...(level ? { level } : {}) }));
  }
  if (!previous) return { kind: 'complete', slots: own };
  const textTerms = kb.analyze(text);
  // "what is the?": no word that means anything and nothing that carries a turn on: no follow-up either.
  const carriesNothing =
    textTerms.length === 0 &&
    !pointsBack.test(text) &&
    ![continuation, reason, reverse, narrowing, otherRole, equivalent, verdictAsk, vagueAsk, elaborate].some((pattern) =>
      pattern.test(text),
    );
  if (carriesNothing) return { kind: 'complete', slots: own };
  // A turn that named no role ("ok i know sql already") continues the one role the conversation has been about.
  const before: TurnSlots =
    previous.slots.roles.length === 0 && mentioned.length === 1 ? { ...previous.slots, roles: [...mentioned] } : previous.slots;
  const rest = text
    .replace(continuation, ' ')
    .replace(/[?.!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // The turn's own topic: its words once its roles, level, place and the words that carry a turn on are gone.
  const bare = own.topic
    .replace(continuation, ' ')
    .replace(reason, ' ')
    .replace(reverse, ' ')
    .replace(narrowing, ' ')
    .replace(equivalent, ' ');
  const ownTopic = topicWords(kb, bare);
  // A question the sources could not answer leaves nothing to follow up on, but for another role, level or place
  // of a question about the roles ("mle salary in germany?" then "and in the us?").
  const slotsOnly = ownTopic === 0 && (own.roles.length > 0 || own.level !== undefined || own.region !== undefined);
  // "and the cons?" after "what are the pros of being a de" (declined: the sources weigh no pros): the same role,
  // a topic of its own, which gets its own answer or its own honest decline.
  const newTopicAfterDecline = continuation.test(text) && ownTopic > 0 && own.roles.length === 0 && before.roles.length > 0;
  if (!previous.answered && !(slotsOnly && before.roles.length > 0) && !newTopicAfterDecline) return { kind: 'complete', slots: own };

  // "like what exactly?", "can u explain more": the question before again, opened by another passage than its answer's.
  if (elaborate.test(text) && previous.passages.length > 0) {
    return follow({
      ...reading(previous.resolved, before, `${understoodOf(kb, previous.resolved, before)}: more`),
      ...(previous.passages[0] ? { beyond: previous.passages[0] } : {}),
    });
  }

  // "good idea or nah?" after "should i do the hybrid first?": the same question, the verdict its answer gives.
  if (verdict && own.roles.length === 0) {
    // Asked with the verdict's words ("worth it", "good idea"), which find the passages that judge the move or choice.
    return follow({
      ...reading(
        `${previous.resolved.replace(/[?.!\s]+$/, '')}, ${rest}?`,
        before,
        `${understoodOf(kb, previous.resolved, before)}: ${rest}`,
      ),
      judging: true,
    });
  }
  // "than de i mean" after "i read mle debugging is way harder": the other side of its comparison, completing it;
  // "is it harder than de's?" after MLE interviews compares the two on it.
  const comparedWith =
    /\bthan\b/i.test(rest) &&
    comparesTwo.test(read.spelled) &&
    /^(?:so\s+|and\s+|but\s+)?(?:is|are|was|does|do)\s+(?:it|that|this|they)\b/i.test(rest);
  if ((/^than\b/i.test(rest) || comparedWith) && own.roles.length > 0) {
    const roles = [...new Set([...before.roles, ...own.roles])];
    const other = rest
      .replace(/\b(?:i\s+mean|tho|though|lol)\b/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return follow(reading(`${previous.resolved.replace(/[?.!\s]+$/, '')} ${other}`, { ...before, roles }));
  }
  // "so which is quicker?", "who wins?" after the two roles' figures: the two roles compared on what was just asked.
  const picksARole =
    /^(?:so\s+|ok(?:ay)?\s+|and\s+|but\s+)?(?:which|who)\b/i.test(rest) &&
    (comparesTwo.test(kb.read(turn).spelled) || /\bwho\s+wins\b|\bwhich\s+(?:one\s+)?wins\b/i.test(text)) &&
    !/\bof\s+(?:those|these|them|the\s+above)\b/i.test(text);
  if (picksARole && own.roles.length === 0 && ownTopic <= 1 && !before.direction && rolesMentioned(mentioned, before).length === 2) {
    const roles: Role[] = ['de', 'mle'];
    const asked = `${rest}, data engineer or ML engineer: ${withRoles(previous.resolved, roles, patterns)}`;
    return follow(reading(asked, { ...before, roles }, `${understoodOf(kb, previous.resolved, { ...before, roles })}: ${rest}`));
  }
  // "why do mles get paid more tho" after DE pay names its own role and topic: a question of its own.
  const ownQuestion = own.roles.some((r) => !before.roles.includes(r)) && ownTopic >= 1;
  if (reason.test(text) && ownTopic <= 1 && !ownQuestion) {
    // "why's the de one so much lower?": lower than what the previous answer compared, no topic of its own. ("why
    // is DE the safe bet?" may be answered by the list item that said so, so it searches as asked.)
    const explainsComparison =
      comparesTwo.test(bare) &&
      topicWords(kb, bare.replace(new RegExp(comparesTwo.source, 'gi'), ' ')) === 0 &&
      own.roles.every((r) => before.roles.includes(r));
    return follow({
      ...reading(`why ${previous.resolved}`, before, `why: ${understoodOf(kb, previous.resolved, before)}`),
      // A bare "why?" wants reasons: the figures again would not do. "why is DE the safe bet?" may be answered by
      // the list item that said so, so it searches as asked.
      ...((ownTopic === 0 && own.roles.length === 0) || explainsComparison
        ? { explaining: true, ...(previous.passages[0] ? { after: previous.passages[0] } : {}) }
        : {}),
    });
  }
  // "go back to mle" after a move out of it: the same move the other way round.
  const movesBack = backInto.test(text) && own.roles.length === 1 && before.direction?.startsWith(`${own.roles[0]}-`) === true;
  // "what about mle -> de, is that common?" after the move from DE to MLE: that move the other way round.
  const namesReverse = own.direction !== undefined && before.direction !== undefined && own.direction !== before.direction;
  if ((reverse.test(text) && distinctTopicWords(kb, bare) <= 1) || (movesBack && ownTopic <= 2) || (namesReverse && ownTopic <= 1)) {
    const direction = before.direction === 'de-to-mle' ? 'mle-to-de' : before.direction === 'mle-to-de' ? 'de-to-mle' : undefined;
    // One role named: the other way round is the other role (the question's role names are swapped alike).
    const roles = before.roles.length === 1 ? [other[before.roles[0]!]] : [...before.roles].reverse();
    const slots: TurnSlots = { ...before, ...(direction ? { direction } : {}), roles };
    return follow(reading(swapRoles(previous.resolved, patterns), slots));
  }
  const ofThose = /\bof\s+(?:those|these|them|the\s+above)\b/i.test(text);
  // Read as meant: "which one pays beter" compares.
  const spelled = kb.read(turn).spelled;
  // "which one would suit me?" chooses between the roles, not among what was just listed ("which of those suits me?" does).
  const choosesRole = !ofThose && (fitForMe.test(text) || choiceForMe.test(text));
  if (
    narrowing.test(text) &&
    (ofThose || !comparesTwo.test(spelled)) &&
    !choosesRole &&
    previous.passages.length > 0 &&
    own.roles.length === 0
  ) {
    const slots: TurnSlots = { ...before, topic: `${rest} ${before.topic}` };
    // "which of those should i learn first?" asks what to prioritise: asked of the previous roles, the previous
    // answer's passages preferred (one that says what to prioritise may still answer it better). Any other ask
    // ("which of those pays most?") is about what the previous question was about, so it keeps its words.
    const prioritising = kb.analyze(rest).some((t) => t.term === `${synonymPrefix}priority`);
    const asked = prioritising && before.roles.length > 0 ? withRoles(rest, before.roles, patterns) : `${rest} ${previous.resolved}`;
    return follow(reading(asked, slots, `${understoodOf(kb, previous.resolved, before)}: ${rest}`, previous.passages, rest));
  }
  if (otherRole.test(text) && own.roles.length === 0 && before.roles.length === 1 && ownTopic === 0) {
    const roles: Role[] = [other[before.roles[0]!]];
    return follow(reading(withRoles(previous.resolved, roles, patterns), { ...before, roles }));
  }
  // "what does that look like in de then": the previous question, asked of the role named.
  // ("which of those do de interviews have too?" picks among the previous answer's items for that role: not the same.)
  const sameOfRole =
    own.roles.length === 1 && /\b(?:that|it|this|those|the\s+same)\b/i.test(text) && ownTopic <= 1 && !narrowing.test(text);
  if ((equivalent.test(text) || sameOfRole) && own.roles.length > 0 && !before.roles.every((r) => own.roles.includes(r))) {
    const slots: TurnSlots = { ...before, roles: own.roles };
    return follow(reading(withRoles(previous.resolved, own.roles, patterns), slots));
  }
  const words = rest.split(/\s+/).filter(Boolean).length;
  // "at a startup?", "in nigeria tho?": a few words naming a setting carry the previous question on by themselves.
  const carriesOn =
    continuation.test(text) ||
    /\b(?:there|too|as well|instead)\s*\??$/i.test(text) ||
    (setting.test(rest) && words <= 5 && own.roles.length === 0);
  // "is it growing?", "which industries tho?": a short question about what was just discussed, naming no role.
  // "do they pay more than …?": a question whose subject points back is about what was just discussed, however
  // many words of its own it has.
  const subjectPointsBack =
    /^(?:so\s+|and\s+|but\s+)?(?:do|does|did|are|is|was|were|can|could|will|would)\s+(?:they|it|those|these|them|that)\b/i.test(rest);
  // "how do i prepare?", "how long to get to senior?": a short question in words the articles use that names no
  // topic of these careers (alone it would be declined as off-topic) is about what was just discussed. A word the
  // articles never use ("any good pizza places?") keeps it a question of its own.
  const lacksTopic =
    words <= 6 &&
    ownTopic === 0 &&
    shortQuestion.test(rest) &&
    kb.read(turn).unknown.length === 0 &&
    !textTerms.some((t) => t.kind === 'role' || (t.kind === 'synonym' && !t.qualifier && (!t.inferred || t.from.includes(' '))));
  // "what if i already know python?": the question before, with something changed.
  const whatIf = /^(?:so\s+|but\s+|and\s+)?(?:what|how\s+about)\s+if\b/i.test(rest);
  const onThePrevious =
    whatIf ||
    (own.roles.length === 0 &&
      (ownTopic <= 2 || (subjectPointsBack && ownTopic <= 4)) &&
      (pointsBack.test(text) || (words <= 3 && shortQuestion.test(rest)) || lacksTopic));
  // "why is demand so high?" after the outlook for ML engineers: a reason asked in words of its own, naming no role,
  // on a topic of the question before or of the answer it got, is about the same role(s).
  const sharesTopic = () => {
    const shown = previous.passages[0] ? kb.passage(previous.passages[0]) : undefined;
    const earlier = new Set([
      ...kb.analyze(previous.resolved).map((t) => t.term),
      ...(shown ? kb.analyzer.analyzeDocument(shown.text) : []),
    ]);
    return kb
      .analyze(bare)
      .some((t) => t.kind !== 'role' && !t.qualifier && !t.inferred && kb.specificity(t.from) > 0.3 && earlier.has(t.term));
  };
  // "is it closer to de or mle?" after "what does 'ai infrastructure engineer' mean", "who does it, de or mle?" after
  // "what is feature engineering": "it" is what was just asked about, set beside the two roles.
  const asksWhichRole =
    /^(?:so\s+|and\s+|but\s+)?(?:who|which\s+(?:one|role))\s+(?:does|do|owns?|handles?|needs?|uses?)\s+(?:it|that|this|them)\b/i.test(rest);
  // ("do they overlap with mle?" after "tell me about llm platform engineer roles": "they" are those roles, set
  // beside the one named.)
  // "It" is too often no one ("is it a good idea to go mle…"): only "they", "those", "these" are.
  const pluralPointsBack = /^(?:so\s+|and\s+|but\s+)?(?:do|did|are|were|can|could|will|would)\s+(?:they|those|these)\b/i.test(rest);
  const besideRoles = own.roles.length === 2 || (own.roles.length === 1 && before.roles.length === 0 && pluralPointsBack);
  if ((subjectPointsBack || asksWhichRole) && besideRoles && ownTopic <= 2) {
    return follow(
      reading(`${rest} ${previous.resolved}`, { ...before, roles: own.roles }, `${understoodOf(kb, previous.resolved, before)}: ${rest}`),
    );
  }
  // "whats the pay at each rung?" after the data engineer's career ladder: a topic of the articles' own (pay,
  // interviews, tools…) asked in a few words naming no role, after a question about one role, is about that role.
  const labelledTopic = () =>
    before.roles.length === 1 &&
    // "how much does an analyst make?" is about another job, not the role before; "at netflix?" is a place.
    !kb.namesJobTitle(bare) &&
    !kb.read(turn).unknown.some((u) => u.kind === 'title' || u.kind === 'name') &&
    shortQuestion.test(rest) &&
    !comparesTwo.test(kb.read(turn).spelled) &&
    !choiceForMe.test(text) &&
    kb.analyze(bare).some((t) => t.kind === 'synonym' && !t.qualifier && kb.analyzer.labelOf(t.term) !== undefined);
  if (
    !carriesOn &&
    !onThePrevious &&
    own.roles.length === 0 &&
    before.roles.length > 0 &&
    words <= 8 &&
    !own.direction &&
    ((reason.test(text) && sharesTopic()) || labelledTopic())
  ) {
    const slots: TurnSlots = { ...own, roles: before.roles };
    return follow(reading(withRoles(text, before.roles, patterns), slots));
  }
  // "base or total?", "is that base or tc?" after pay figures: a choice between two things the answer just shown
  // speaks of, naming no role, is a question about that answer.
  const alternatives = /^(?:(?:is|are|was)\s+(?:that|this|it|those|these)\s+)?(\S+(?:\s+\S+)?)\s+or\s+(\S+(?:\s+\S+)?)\s*\??$/i.exec(rest);
  const shown = previous.passages.map((id) => kb.passage(id)).filter((p) => p !== undefined);
  const speaksOf = (phrase: string) => shown.some((p) => kb.mentions(p, expandAbbreviations(phrase, kb.vocabulary.chat.abbreviations)));
  if (alternatives && own.roles.length === 0 && shown.length > 0 && speaksOf(alternatives[1]!) && speaksOf(alternatives[2]!)) {
    return follow(
      reading(`${rest} ${previous.resolved}`, before, `${understoodOf(kb, previous.resolved, before)}: ${rest}`, previous.passages, rest),
    );
  }
  if (!carriesOn && !onThePrevious && (words > 5 || ownTopic > 0)) return { kind: 'complete', slots: own };
  if (ownTopic === 0 && (own.roles.length > 0 || own.level || own.region)) {
    let resolved = own.level || own.region ? withSlotsSpelled(kb, previous.resolved) : previous.resolved;
    // A place the sources have no figures for gives way to the one asked now ("in germany" → "in the US").
    if (own.region) resolved = withoutUnknownPlaces(kb, resolved);
    const slots: TurnSlots = { ...before };
    if (own.roles.length > 0) {
      resolved = withRoles(resolved, own.roles, patterns);
      slots.roles = own.roles;
      // A move's other end follows its role: "and for MLEs?" after "DE to MLE" keeps no move.
      delete slots.direction;
    }
    if (own.level) {
      resolved = withLevel(resolved, own.level);
      slots.level = own.level;
    }
    if (own.region) {
      // The figures of a place are not given by level ("and in nigeria?" after junior pay): a level kept from before
      // would bring back the US table, so a new place leaves it behind unless this turn names one.
      if (!own.level && slots.level && own.region !== before.region) {
        resolved = withoutLevel(resolved);
        delete slots.level;
      }
      resolved = withRegion(resolved, own.region);
      slots.region = own.region;
    }
    return follow(reading(resolved, slots));
  }
  // "what about in germany?": a place (or a company) the articles never name, asked of the previous question; the
  // answer then says what the sources lack for it, with the closest they have.
  const names = kb.read(turn).unknown.filter((u) => u.kind === 'name' && u.inMainAsk);
  if (carriesOn && names.length > 0 && ownTopic <= names.length && own.roles.length === 0 && !own.region) {
    const place = names.map((u) => (u.typed ?? u.word).replace(/^\p{L}/u, (c) => c.toUpperCase())).join(' and ');
    const resolved = `${previous.resolved.replace(/[?.!\s]+$/, '')} in ${place}`;
    return follow(reading(resolved, before, `${understoodOf(kb, previous.resolved, before)}, in ${place}`));
  }
  // "what about at startups?" after "what does an mle do day to day at faang": the previous question, in that setting.
  const inSetting = setting.exec(rest);
  if (carriesOn && inSetting && own.roles.length === 0 && !own.level && !own.region) {
    const phrase = rest.replace(/(?:\s+(?:though|too|then|instead|as well))+$/i, '').replace(/[?.!\s]+$/, '');
    const same = new RegExp(`\\b${inSetting[1]}\\s+.+?(?=\\s+(?:in|at|on|for|with|without|during)\\b|[,.?!]|$)`, 'i');
    const base = previous.resolved.replace(/[?.!\s]+$/, '');
    const resolved = same.test(base) ? base.replace(same, phrase) : `${base} ${phrase}`;
    const topic = same.test(before.topic) ? before.topic.replace(same, phrase) : `${before.topic} ${phrase}`;
    return follow(reading(resolved, { ...before, topic }));
  }
  if (carriesOn && (ownTopic > 0 || (words >= 4 && !pointsBack.test(rest))) && own.roles.length === 0 && before.roles.length > 0) {
    // "and the interviews?": a new topic for the same role(s) ("and what would my day look like": one in common words).
    const slots: TurnSlots = {
      ...own,
      topic: bare.trim(),
      roles: before.roles,
      ...(own.level ? {} : before.level ? { level: before.level } : {}),
    };
    return follow(reading(withRoles(rest, before.roles, patterns), slots));
  }
  // "how much do they make remotely?" after a question about ML engineers: "they" are ML engineers, and the
  // question has a topic of its own; it is asked of them rather than glued to the question before.
  const they = /\b(?:they|them|their)\b/i;
  // "and what do they actually do on the job?": a question of its own about them, though in no topic word.
  // ("what do they ask?" after a question on interviews asks what the interviews ask: "they" is not the role.)
  const asksWhatTheyDo = /^(?:what|how|where)\s+(?:do|did)\s+they\s+(?:\w+\s+){0,2}(?:do|work|spend|make|earn|use)\b/i.test(rest);
  if ((onThePrevious || carriesOn) && (ownTopic >= 1 || asksWhatTheyDo) && before.roles.length === 1 && they.test(text)) {
    const role = before.roles[0]!;
    const resolved = text.replace(/\b(?:they|them)\b/i, roleNames[role]).replace(/\btheir\b/i, `${roleNames[role]}'`);
    return follow(reading(resolved, { ...own, roles: [role], ...(before.region && !own.region ? { region: before.region } : {}) }));
  }
  if (onThePrevious) {
    // After a turn that named no role ("ok i know sql already"), the one role the conversation has been about.
    const roles = before.roles.length > 0 ? before.roles : mentioned.length === 1 ? [...mentioned] : [];
    const slots: TurnSlots = { ...before, roles, topic: `${bare} ${before.topic}` };
    const glued = `${rest} ${previous.resolved}`;
    return follow(
      reading(
        before.roles.length === 0 && roles.length > 0 ? withRoles(glued, roles, patterns) : glued,
        slots,
        `${understoodOf(kb, previous.resolved, slots)}: ${rest}`,
      ),
    );
  }
  return { kind: 'complete', slots: own };
}
