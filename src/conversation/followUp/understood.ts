/** What a follow-up was understood to ask, in a few words ("ML Engineer pay, senior level"), shown above its answer. */
import { splitQuestion } from '../../question/chat.js';
import { chooseTerm, type QueryTerm, words as wordsOf } from '../../search/analyzer.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { levelLabel, regionLabel, roleLabel } from '../slots.js';
import type { TurnSlots } from '../types.js';
import { fitForMe } from './patterns.js';

/** Verbs a question asks with ("learn", "become", "choose"), which say nothing of what it is about. */
const askingVerb =
  /^(?:learn|learning|become|becoming|choose|choosing|pick|picking|start|starting|first|get|getting|go|going|take|taking|want|need)$/i;

/** Words that only weigh ("main", "enough", "considered"), which name no topic. */
const weakWord = /^(?:main|considered|enough|real|really|actual|actually|realistic|realistically|possible|stuff|thing|things)$/i;
/** A comparison's words ("easier", "harder"): the topic with a word it compares by, never a topic alone. */
const comparingWord =
  /^(?:more|less|better|worse|best|worst|easier|easiest|harder|hardest|higher|lower|safer|riskier|faster|slower|quicker|bigger|smaller|longer|shorter|closer|closest|hard|easy|tough)$/i;

export function understoodOf(kb: KnowledgeBase, resolved: string, slots: TurnSlots): string {
  const words = understoodWords(kb, resolved, slots)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words !== '') return words;
  // No role, topic or label to name ("whats better long term"): the question itself, in quotes, says what was taken;
  // its ask, not the story told before it ("hi! nurse here, 8 years in icu…").
  const { mainAsk, context } = splitQuestion(resolved);
  const asked = kb
    .read(context !== '' && mainAsk !== '' ? mainAsk : resolved)
    .plain.replace(/[?.!\s]+$/, '')
    .split(/\s+/);
  return `"${asked.slice(0, 8).join(' ')}${asked.length > 8 ? '…' : ''}"`;
}

function understoodWords(kb: KnowledgeBase, resolved: string, slots: TurnSlots): string {
  const read = kb.read(resolved);
  // ("…4 years at a bank in lagos… which one should i go for??": the choice is what was asked, not the story's words.)
  // ("which role fits me? i am a data analyst…": which fits them is the same choice.)
  if (
    slots.roles.length !== 1 &&
    !slots.direction &&
    (read.terms.some((t) => t.term === chooseTerm && !t.aside) || fitForMe.test(resolved))
  )
    return 'which role to choose';
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
          (t.kind === 'synonym' || (t.kind === 'word' && (kb.specificity(t.from) > 0.3 || kb.knows(t.term)))) &&
          (!t.inferred || (t.kind === 'synonym' && topicPart(t) !== '')) &&
          t.from !== '' &&
          // ("Data Engineer tools", not "Data Engineer tools learn": a verb of the ask names no topic, unless it is
          // what a duration is of: "how long to learn".)
          !(read.intent.form !== 'duration' && askingVerb.test(t.from)) &&
          // ("ML Engineer main", "enough runway": a word that only weighs says nothing of what it is about.)
          !weakWord.test(t.from) &&
          (wordsOf(t.typed ?? t.from).every((w) => inTopic.has(w)) || (t.kind === 'synonym' && topicPart(t) !== '')),
      )
      .map((t) => (!t.inferred && wordsOf(t.typed ?? t.from).every((w) => inTopic.has(w)) ? t.from : topicPart(t)));
  // ("what would my day look like": of a phrase that only puts the question on a topic, its words that name one: "day".)
  function topicPart(t: QueryTerm): string {
    return wordsOf(t.typed ?? t.from)
      .filter((w) => inTopic.has(w) && !weakWord.test(w) && !askingVerb.test(w) && !kb.analyzer.isStopWord(w))
      .join(' ');
  }
  const asked = topicFrom(read.terms);
  // An ask of one word ("which should i pick?") says little on its own: what the person told around it names the topic.
  const found = [...new Set(asked.length > 1 ? asked : [...topicFrom(read.contextTerms), ...asked])];
  // A word inside a phrase also found says nothing more ("day" beside "day to day").
  const within = found.filter((w) => !found.some((o) => o !== w && o.includes(' ') && ` ${o} `.includes(` ${w} `)));
  // ("Both roles debugging harder", but not "Both roles easier": a comparison's word beside a topic, never alone.)
  const searched = within.every((w) => comparingWord.test(w)) ? [] : within;
  // Nothing searched and no label: the roles alone say it ("does a do" would only echo the question's glue).
  const topic = label ?? searched.slice(0, 5).join(' ');
  const move = slots.direction === 'de-to-mle' ? 'Data Engineer to ML Engineer' : 'ML Engineer to Data Engineer';
  const head = slots.direction
    ? read.intent.form === 'duration'
      ? `how long the move from ${move} takes`
      : `the move from ${move}${label ? `, ${label}` : ''}`
    : // ("ML Engineer, how long to learn", not "ML Engineer learn".)
      read.intent.form === 'duration' && !label && topic !== ''
      ? [roles, `how long to ${topic}`].filter(Boolean).join(', ')
      : // ("switching roles", not "both roles switching roles".)
        [/\broles?\b/i.test(topic) && slots.roles.length === 2 ? '' : roles, topic].filter(Boolean).join(' ');
  return [head, slots.level ? levelLabel(slots.level) : '', slots.region ? regionLabel(slots.region) : ''].filter(Boolean).join(', ');
}

/**
 * A follow-up as echoed after what it was understood to be about ("Both roles pay: which of those is highest"): its
 * words without the reactions and chat words around them ("damn ok …", "… lol"), a few of them at most; empty when
 * nothing is left.
 */
export function echoOf(kb: KnowledgeBase, rest: string): string {
  const words = rest
    .replace(/[?!.,:;\s]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  // (Chat words only, "damn", "lol", "tbh": a question's own small words, "is that", stay.)
  const chat = (w: string) => {
    const word = w.toLowerCase().replace(/[^\p{L}']/gu, '');
    return (kb.analyzer.isFiller(word) && !kb.analyzer.isStopWord(word)) || /^[^\p{L}\p{N}]+$/u.test(w);
  };
  while (words.length > 0 && (chat(words[0]!) || leadIn.test(words[0]!))) words.shift();
  // ("good idea or nah": the last word of an "or …" is the other choice, not a filler.)
  while (words.length > 1 && chat(words.at(-1)!) && !/^or$/i.test(words.at(-2)!)) words.pop();
  if (words.length === 1 && chat(words[0]!)) words.pop();
  return words.length > maxEchoed ? `${words.slice(0, maxEchoed).join(' ')}…` : words.join(' ');
}

/** Words that only open what is said ("ok", "so", "wait"). */
// ("fr tho is it future proof": "tho" is a stop word, but never the first word of what is asked.)
const leadIn = /^(?:ok|okay|so|and|but|well|wait|hmm+|um+|uh+|alright|also|then|tho|though|fr|yo|hey)[,.!]*$/i;

/** The most words of a follow-up echoed back. */
const maxEchoed = 10;

/** What a follow-up was understood as, then the follow-up itself in its own words when any are left. */
export function understoodWithEcho(understood: string, echo: string): string {
  return echo === '' ? understood : `${understood}: ${echo}`;
}

/**
 * What was understood of pay asked in a currency the figures shown are not in ("how many naira is that" after US pay):
 * the sources' own figures in that currency, said not to be the ones shown converted.
 */
export function inAnotherCurrency(understood: string, currency: string): string {
  return `${understood}: my sources convert no figures; these are the figures they give in ${currency}`;
}
