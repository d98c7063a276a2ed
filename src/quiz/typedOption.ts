/**
 * An option chosen by typing its words instead of its number or button: "model accuracy", "pipelines tbh", "yes",
 * "not sure", "the second one". Platform-neutral: the console and a chat thread both read a typed line with it.
 */
import { acknowledges, opensAsQuestion } from '../question/chat.js';
import type { QuizOption, QuizQuestion } from './definition.js';
import { ordinalPlaces } from '../question/ordinals.js';
import { editDistance } from '../search/typos.js';

/** More words than an option's label has is a question, not a choice ("is model accuracy what matters most?"). */
const maxTypedWords = 6;
/** A longer reply chooses only by a phrase it says ("i care more about the model being accurate"), up to this many words. */
const maxSentenceWords = 16;

/** Words around a choice that choose nothing ("pipelines tbh", "prob the second one"). */
const asides = new Set([
  'pretty',
  'quite',
  'fairly',
  'tbh',
  'ngl',
  'lol',
  'lmao',
  'honestly',
  'prob',
  'probs',
  'probably',
  'prolly',
  'guess',
  'think',
  'maybe',
  'def',
  'definitely',
  'obviously',
  'obv',
  'clearly',
  'mostly',
  'id',
  'say',
  'i',
  'go',
  'with',
  'option',
  'one',
  'ones',
  'the',
  'answer',
  'pick',
  'fr',
  'imo',
  'ok',
  'okay',
  'um',
  'umm',
  'ummm',
  'uh',
  'uhh',
  'uhhh',
  'erm',
  'eh',
  'ehh',
  'hmm',
  'hm',
  'hmmm',
  'well',
  // ("2 ig", "both lowkey", "kinda the first one"): chat hedges.
  'ig',
  'lowkey',
  'highkey',
  'kinda',
  'tho',
  'though',
  'rn',
  'fs',
  'deffo',
  'imho',
  // ("i'll go with yes", "im gonna say 2", "lets go with the first"): how a choice is announced.
  'ill',
  'im',
  'gonna',
  'going',
  'lets',
  'put',
  'me',
  'down',
  'for',
  // ("max tc pls": asking nicely chooses nothing.)
  'pls',
  'plz',
  'please',
  // ("the substrate then", "models then"): settling on it.
  'then',
]);

/** Numbers written as words, as typed for an option ("two"), zero-based. */
const cardinals: Readonly<Record<string, number>> = { one: 0, two: 1, three: 2, four: 3, five: 4 };

/**
 * Words of choosing ("i'd rather…", "i prefer…", "i want to build…"): asides too, for a question whose options do
 * not use them ("No, I'd rather learn distributed systems" does).
 */
const choosingWords = new Set(['rather', 'prefer', 'want', 'wanna', 'like', 'choose', 'build', 'work', 'would', 'do', 'on']);

/** Words that say no: a phrase found in a line that holds one, and none itself, may be what is denied. */
const negations = new Set([
  ...['not', 'isnt', 'arent', 'dont', 'doesnt', 'never', 'no', 'nah', 'wont', 'wouldnt', 'cant', 'nothing'],
  // ("money didnt matter", "i wasnt into stats": said of the past, as in a what-if.)
  ...['didnt', 'wasnt', 'werent'],
]);

/**
 * Whether a phrase is denied where it is said: a word that says no just before it or says it right after it ("money
 * isnt the main thing", "money is not…", "not the money"), not one further on ("i get anxious when i dont know").
 */
function denied(typed: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= typed.length; at += 1) {
    if (!phrase.every((w, k) => typed[at + k] === w)) continue;
    // ("he would not do it just for the money": a no a few words before, in the same clause.)
    const back = typed.slice(Math.max(0, at - 5), at);
    // ("not so much the infra": the "so" of "not so" starts no clause.)
    const before = back.slice(back.findLastIndex((w, i) => clauseBreaks.has(w) && !(w === 'so' && back[i - 1] === 'not')) + 1);
    // ("money isnt …", "money is not …", "money doesnt …": what is said of it right after it.)
    const [next, then] = typed.slice(at + phrase.length, at + phrase.length + 2);
    // ("predictable stuff is boring": an aversion said of it a few words after it, in the same clause, too.)
    const ahead = typed.slice(at + phrase.length, at + phrase.length + 3);
    const stop = ahead.findIndex((w) => clauseBreaks.has(w));
    const clause = stop === -1 ? ahead : ahead.slice(0, stop);
    // ("i hate when dashboards break": a phrase that is itself a mishap is minded, not denied, by an aversion.)
    const mishap = phrase.some((w) => mishaps.has(w));
    const after =
      negations.has(next ?? '') ||
      // ("accuracy matters less to me", "models less so": less of it, said right after it.)
      lessening.has(next ?? '') ||
      (next !== undefined && !clauseBreaks.has(next) && lessening.has(then ?? '')) ||
      (/^(?:is|was|s|really)$/.test(next ?? '') && negations.has(then ?? '')) ||
      (!mishap && clause.some((w) => aversions.has(w)));
    // ("less money is fine", "i care less about pipelines", "less into the models": less of it, said before it.)
    // ("not knowing stresses me out": a "not" before a word in -ing names a thing, "not knowing"; it denies nothing after.)
    const denies = (w: string, i: number) => negations.has(w) && !/ing$/.test(before[i + 1] ?? '');
    if (after || before.some((w, i) => denies(w, i) || lessening.has(w) || (!mishap && aversions.has(w)))) return true;
  }
  return false;
}

/**
 * Whether a phrase is denied where `text` says it, its punctuation read: a no in a clause before it denies nothing
 * ("not really, i like stable stuff"), nor an aversion in a clause after it that has a thing of its own ("low, i
 * hate ambiguity"); a no that answers it straight after still does ("money? nah"). Without `text`, or where the
 * phrase spans its punctuation, as `denied` reads the words alone.
 */
function deniedWhereSaid(typed: readonly string[], phrase: readonly string[], text: string | undefined): boolean {
  const clauses = text?.split(/[,;.!?]+(?=\s|$)/).map(wordsOf) ?? [];
  const at = clauses.findIndex((clause) => includesPhrase(clause, phrase));
  if (clauses.length < 2 || at < 0) return denied(typed, phrase);
  const clause = clauses[at]!;
  const answer = clauses[at + 1]?.[0] ?? '';
  const endsClause = includesPhrase(clause.slice(-phrase.length), phrase);
  // ("models? ugh no": an aversion answering it straight after says no as well.)
  return denied(clause, phrase) || (endsClause && (negations.has(answer) || lessening.has(answer) || aversions.has(answer)));
}

/** Whether `words` holds `phrase`, word for word. */
function includesPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return ` ${words.join(' ')} `.includes(` ${phrase.join(' ')} `);
}

/** Words that want less of what they are said of: "less money is fine" wants no maximum. */
const lessening = new Set(['less', 'lesser']);

/**
 * Words of aversion: what follows them in the same clause is what the person minds ("i get bored when things are
 * predictable" is no wish for predictable work).
 */
const aversions = new Set([
  'bored',
  'boring',
  'bore',
  'bores',
  'hate',
  'hated',
  'hates',
  'dislike',
  'tired',
  'sick',
  'annoyed',
  'annoys',
  'cant',
  'stand',
  // ("uncertainty scares me", "ambiguity stresses me out".)
  'scares',
  'scary',
  'terrifies',
  'stresses',
  'stressful',
  // ("ambiguity drives me nuts", "the uncertainty kills me", "babysitting pipelines sucks", "models? ugh no", "money is
  // the worst reason to pick a job".)
  'drives',
  'kills',
  'sucks',
  'suck',
  'worst',
  'ugh',
  'awful',
  'terrible',
  'annoying',
  'miserable',
  'painful',
  'exhausting',
  'draining',
]);
/** Words of something going wrong ("data breaks", "dashboards breaking"): to mind them is to care for what they break. */
const mishaps = new Set([
  'break',
  'breaks',
  'breaking',
  'broke',
  'broken',
  'fail',
  'fails',
  'failing',
  'failed',
  'down',
  'outage',
  'outages',
]);
/** Words that start another clause: a no before them says nothing of what follows ("i dont know, but the money…"). */
// ("less about models more about pipelines": what is wanted more starts a clause of its own.)
const clauseBreaks = new Set(['but', 'and', 'though', 'although', 'yet', 'so', 'because', 'cause', 'cuz', 'know', 'more']);

/**
 * "yeah", "nope": the yes or no a reply opens with; also in the languages people in a server mix in (Hindi and
 * Urdu "haan", "nahi"; Portuguese "sim", "não"; German "ja", "nein"; Spanish and French "si", "oui", "non").
 */
function answerWord(word: string): 'yes' | 'no' | undefined {
  if (/^(?:yes+|yeah+|yea|yep|yup|ya|ye|y|sure|definitely|absolutely|haa+n?|han|ha+nji|ji|sim|ja|si|sí|oui)$/.test(word)) return 'yes';
  if (/^(?:no|nah|nope|not|never|nahi+n?|nhi|nai|nao|não|nein|non)$/.test(word)) return 'no';
  return undefined;
}

/** "i guess", "ig", "kinda", "sorta", "i suppose", "somewhat": words that soften what is said. */
const softening = /\b(?:i\s+guess|ig|kinda|kind\s+of|sorta|sort\s+of|i\s+suppose|somewhat|i\s+think|probably|prob|prolly|maybe)\b/i;

/** A line that asks about something ("what does … mean", "how is…", "is that…"), never "what if" or "what about". */
const asksAboutIt =
  /^\s*(?:(?:so|and|but|wait|ok|okay|hmm)[\s,]+)?(?:what(?!\s+(?:if|about)\b)|what'?s|whats|wat|how|how'?s|why|does|do|is|are|can|could|should|wdym|explain)\b/i;

/** "idk what that means", "i dunno what you mean by deeply", "no idea what research-y means": the question not understood. */
const notUnderstood =
  /\b(?:idk|dunno|dont\s+know|don'?t\s+know|not\s+sure|no\s+idea|no\s+clue|confused(?:\s+by)?)\s+(?:what|wat|wdym)\b.*\b(?:means?|meant|mean\s+by|is|are)\b|\bwhat\s+(?:do\s+)?(?:you|u)\s+mean\b/i;

/** Words around a degree that say nothing else ("not deeply but some", "yeah a little i did"). */
const hedgeFrame = new Set([
  'but',
  'only',
  'just',
  'not',
  'really',
  'deeply',
  'did',
  'do',
  'it',
  'that',
  'much',
  'yes',
  'like',
  'in',
  'uni',
  'school',
  'college',
  // ("idk tbh both sound cool", "both seem fun": how both are found, which chooses neither.)
  'sound',
  'sounds',
  'seem',
  'seems',
  'cool',
  'fun',
  'interesting',
  'are',
  'idk',
  'dunno',
]);

/** The option of a question that leans neither way: "Both equally / not sure", "Somewhere in between / not sure". */
const middleOption = /\bnot sure\b/i;
/** What a middle is typed as, whatever the question ("kinda both", "in between", "50/50"). */
const anyMiddle = [
  'both',
  'kinda both',
  'a bit of both',
  'bit of both',
  'either',
  'in between',
  'middle',
  'half and half',
  '50 50',
  // ("mid", "meh", "whatever": no strong answer either way.)
  'mid',
  'meh',
  'whatever',
  'so so',
];
/** Words that say how much or whether, and nothing of what ("not really", "kinda both", "very", "idk"). */
const degreeWords = new Set([
  'both',
  'either',
  'very',
  'much',
  'bit',
  'lot',
  'little',
  'some',
  'somewhat',
  'sorta',
  'sort',
  'of',
  'a',
  'medium',
  'middle',
  'between',
  'sure',
  'idk',
  'dunno',
  'know',
  'low',
  'high',
  'super',
  'kind',
  'half',
  'yeah',
]);

/**
 * Whether a line says only a degree, a yes or a no ("not really", "kinda both", "very", "idk"): words any question's
 * options could be typed as, which never point at one question rather than another.
 */
export function saysOnlyADegree(text: string): boolean {
  const all = wordsOf(text);
  return (
    all.length > 0 &&
    all.every((w) => degreeWords.has(w) || asides.has(w) || hedgeFrame.has(w) || negations.has(w) || answerWord(w) !== undefined)
  );
}

/**
 * The thing preferred in a line that sets two against each other ("X over Y", "more X than Y", "rather X than Y",
 * "X instead of Y"), with what frames it ("i prefer", "i care more about"); undefined when the line compares nothing.
 */
function preferredOfTwo(text: string): { chosen: string; against: string } | undefined {
  // ("i used to like pipelines but now im more into models": what they feel now is the answer.)
  const now = /^(.*?\b)used\s+to\s+(.+?)[,\s]+(?:but\s+|and\s+)?(?:now|these\s+days|nowadays)\s+(\S.*)$/i.exec(text);
  if (now) return { chosen: `${now[1]}${now[3]}`, against: now[2]! };
  const rather = /^(.*?\b)(?:rather|sooner)\s+(.+?)\s+than\s+(\S.*)$/i.exec(text);
  if (rather) return { chosen: `${rather[1]}${rather[2]}`, against: rather[3]! };
  const more = /^(.*?\b)more\s+(?:about\s+|into\s+|in\s+)?(.+?)\s+than\s+(\S.*)$/i.exec(text);
  if (more && !/^(?:money|comp|pay|anything|everything|that|it)$/i.test(more[2]!.trim()))
    return { chosen: `${more[1]}${more[2]}`, against: more[3]! };
  const over = /^(.+?)\s+(?:over|instead\s+of|rather\s+than|more\s+than|>)\s+(\S.*)$/i.exec(text);
  return over ? { chosen: over[1]!, against: over[2]! } : undefined;
}

/** A choice taken back, then the one settled on: "2 no wait 1", "yes, actually no", "high i mean low". */
const changedMind =
  /^\W*\S.{0,30}?[,\s]+(?:no\s+wait|wait\s+no|no\s+no|wait|actually|i\s+mean|i\s+meant|sorry|nvm|scratch\s+that)[,\s]+(\S.{0,40})$/i;

/** What a typed line chose: one option, several it could mean (to ask back), or nothing (a question, say). */
export type TypedChoice =
  /** `byDenial`: chosen as the other end of a question whose one end the line denied ("i hate predictable stuff"). */
  { kind: 'option'; option: QuizOption; byDenial?: true } | { kind: 'ambiguous'; options: QuizOption[] } | undefined;

/**
 * Lowercase words, punctuation and "i'd"-style apostrophes aside; "isnt", "aint" are "not" ("money isnt that
 * important"), "rly" is "really".
 */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) =>
      /^(?:isnt|arent|wasnt|aint)$/.test(word)
        ? 'not'
        : // ("idc about money": "i don't care" of what follows.)
          /^(?:idc|idgaf|dgaf|dc)$/.test(word)
          ? 'not'
          : /^(?:rly|rlly|realy)$/.test(word)
            ? 'really'
            : // ("both r cool": "r" for "are", as chat writes it.)
              word === 'r'
              ? 'are'
              : // ("dono", "ambos", "beides": both, in Hindi, Portuguese or Spanish, German.)
                /^(?:dono|donon|ambos|ambas|beide|beides)$/.test(word)
                ? 'both'
                : word,
    );
}

/** Lowercase words as typed, "idk" and "isnt" as they are (`wordsOf` reads them as "not sure", "not"). */
function rawWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words that say one does not know or care ("idk", "idc"), never a "no" to what a question asks. */
const unsureOrCareless = /^(?:idk|dunno|idc|idgaf|dgaf|dc|unsure)$/;

/** What follows a "not" that opens a reply and denies something other than the question ("not about the money"). */
const notAnAnswerTo = new Set(['about', 'the', 'my', 'for', 'because', 'bc', 'when', 'if', 'knowing', 'sure']);

/** Words of grammar in the options' labels, which start other words ("the" of "themselves", "not" of "nothing"). */
const grammarWords = new Set(['the', 'and', 'not', 'but', 'for', 'are', 'its']);

/** "pipelines" is "pipeline", "modelling" starts "model": a typed word names a label's word when one starts the other. */
function names(typed: string, label: string): boolean {
  const shorter = Math.min(typed.length, label.length);
  // ("themselves" is no "the": a word of grammar is named only as itself.)
  if (shorter < 3 || grammarWords.has(typed) || grammarWords.has(label)) return typed === label;
  // ("paycheck" is no "pay": a word of three letters names only its own forms, "pays", not a longer word it starts.)
  if (label.length === 3 && typed.length > label.length + 2) return false;
  return (
    typed.startsWith(label.slice(0, Math.max(3, label.length - 2))) ||
    label.startsWith(typed.slice(0, Math.max(3, typed.length - 1))) ||
    // ("pipline", "acuracy", "hihg", "importnt": a letter missed, added or swapped in a word of four or more.)
    (shorter >= 4 && editDistance(typed, label, 1) <= 1) ||
    // ("pipleines": a letter swapped in a word typed in the plural.)
    (shorter >= 5 && editDistance(typed.replace(/s$/, ''), label.replace(/s$/, ''), 1) <= 1)
  );
}

/**
 * The option of `question` that a typed line chooses: by its place ("the second one", "last"), or as the one
 * option whose label holds every word typed (chat asides like "tbh" aside). Words found in several labels
 * ("models") are `ambiguous`, with those options; a number, a question or words of no label choose nothing.
 */
export function optionTyped(question: Pick<QuizQuestion, 'options'> & { prompt?: string }, typedLine: string): TypedChoice {
  // ("not gonna lie money is the main reason": "ngl" spelt out denies nothing.)
  // ("i mean who doesnt want money lol": who would not want it asks nothing, and wants it.)
  const text = typedLine
    .replace(/\bnot\s+(?:gonna|going\s+to)\s+lie\b/gi, 'ngl')
    .replace(/\bwho\s+(?:doesn'?t|dont|don'?t|wouldn'?t|wouldnt)\s+(want|like|love|care\s+about)\b/gi, 'i $1')
    // ("i hated statistics", as a line read with its abbreviations spelt out: the options' words say "stats", "math".)
    // ("anything but models", "anything but infra lol": all but the one named, which is denied.)
    .replace(/\b(?:anything|everything)\s+(?:but|except)\b/gi, 'not')
    .replace(/\bidc\b/gi, 'i dont care')
    // ("money matters but its not everything": the "it's" between "but" and "not" says nothing of its own.)
    .replace(/\bbut\s+(?:it'?s|its|it\s+is|that'?s|thats|that\s+is)\s+not\b/gi, 'but not')
    // ("yes for sure", "substrate for sure": "for sure" after an answer only says it firmly.)
    .replace(/(?<=\S)\s+for\s+sure\b/gi, '')
    .replace(/\bstatistics\b/gi, 'stats')
    .replace(/\bmathematics\b/gi, 'math');
  // ("b", "option c", "a)": a letter, as multiple-choice answers go, is the option in that place.)
  const letter = /^\W*(?:option\s+)?([a-e])\s*[).]?\W*$/i.exec(text)?.[1];
  if (letter) {
    const option = question.options[letter.toLowerCase().charCodeAt(0) - 97];
    return option ? { kind: 'option', option } : undefined;
  }
  const spelt = spelledAsTheOptions(question.options, text);
  if (spelt !== text) return optionTyped(question, spelt);
  // ("ugh no", "ugh stats was my worst subject": a groan before an answer, read without it when it stands in the way.)
  const groan = /^\W*u+g+h+[\s,.!]+(?=\S)/i;
  if (groan.test(text)) return optionTypedAsIs(question, text) ?? optionTypedAsIs(question, text.replace(groan, ''));
  return optionTypedAsIs(question, text);
}

/** `optionTyped` of a line already spelt out. */
function optionTypedAsIs(question: Pick<QuizQuestion, 'options'> & { prompt?: string }, text: string): TypedChoice {
  // ("infra over models", "i care more about pipelines not breaking than model accuracy", "i'd rather build the infra
  // than the models"): one thing preferred to another; the one preferred, read alone, is the answer.
  // ("experimenting over predictable stuff any day": the one set aside, when only it is read, is the other end's.)
  const preferred = preferredOfTwo(text);
  if (preferred !== undefined) {
    const choice = optionTypedByWords(question, preferred.chosen);
    if (choice?.kind === 'option') return choice;
    const against = optionTypedByWords(question, preferred.against);
    const ends = question.options.filter((o) => !middleOption.test(o.label));
    if (against?.kind === 'option' && ends.length === 2 && ends.includes(against.option))
      return { kind: 'option', option: ends.find((o) => o !== against.option)!, byDenial: true };
  }
  // ("2 no wait 1", "yes, actually no"): a choice taken back in the same line; what it settles on is the answer.
  const changed = changedMind.exec(text);
  if (changed) {
    const settled = optionTypedByWords(question, changed[1]!);
    if (settled) return settled;
  }
  const typedChoice = optionTypedByWords(question, text);
  // ("money matters i guess", "kinda? money is nice": the strongest answer said with a doubt is the milder one.)
  const milder =
    typedChoice?.kind === 'option' && typedChoice.option.softened !== undefined && softening.test(text)
      ? question.options.find((o) => o.id === typedChoice.option.softened)
      : undefined;
  const choice: TypedChoice = milder ? { kind: 'option', option: milder } : typedChoice;
  // ("i like knowing it works" is not "I like not knowing if it will work": an option whose label denies a word the
  // line says plainly is never the one chosen; the others may still be.)
  // (Chosen as the end opposite the one denied, the hate in "i hate predictable stuff" is of the other end.)
  if (choice?.kind !== 'option' || choice.byDenial || !deniesWhatWasSaid(choice.option.label, text)) return choice;
  const others = question.options.filter((o) => o !== choice.option);
  const amongOthers = others.length > 0 ? optionTypedByWords({ ...question, options: others }, text) : undefined;
  if (amongOthers) return amongOthers;
  // ("i dont love not knowing": the end whose own liking was said the other way round, its thing named; the opposite
  // end is the answer. "i hate the reporting grind" names nothing of it.)
  const ends = question.options.filter((o) => !middleOption.test(o.label));
  const labelWords = wordsOf(choice.option.label);
  const liked = labelWords.slice(labelWords.findIndex((w) => w === 'like' || w === 'love') + 1).slice(0, 2);
  const namesTheLiked = liked.length === 2 && labelWords.some((w) => w === 'like' || w === 'love') && includesPhrase(wordsOf(text), liked);
  return namesTheLiked && ends.length === 2 && ends.includes(choice.option)
    ? { kind: 'option', option: ends.find((o) => o !== choice.option)!, byDenial: true }
    : undefined;
}

/** The most words a reply may have for its typos to be read as an option's words. */
const maxTypoWords = 3;

/**
 * `text` with each word of four letters or more that is one letter off exactly one word of the options (their labels
 * and the phrases people type for them) spelt as that word: "mony" is "money", "monney" "money", "hihg" "high". Words
 * that are the options' own, or that choose nothing ("kinda", "not"), are left as typed.
 */
function spelledAsTheOptions(options: readonly QuizOption[], text: string): string {
  const known = new Set(options.flatMap((o) => [o.label, ...(o.typed ?? [])].flatMap(wordsOf)).filter((w) => w.length >= 4));
  const settled = (w: string) =>
    known.has(w) || asides.has(w) || negations.has(w) || degreeWords.has(w) || hedgeFrame.has(w) || choosingWords.has(w);
  // (A short reply only, "mony" or "max mony": in a sentence, a word one letter off an option's may be a word of its own.)
  if (wordsOf(text).length > maxTypoWords) return text;
  return text.replace(/\p{L}{4,}/gu, (typed) => {
    const word = typed.toLowerCase();
    if (settled(word)) return typed;
    // ("table" is no "stable": a typo keeps the word's first letter.)
    const near = [...known].filter(
      (k) => k[0] === word[0] && (editDistance(word, k, 1) <= 1 || editDistance(word.replace(/s$/, ''), k.replace(/s$/, ''), 1) <= 1),
    );
    return near.length === 1 ? near[0]! : typed;
  });
}

/** Whether `label` says "not X" of a word X that `text` says with no "not" of its own before it. */
function deniesWhatWasSaid(label: string, text: string): boolean {
  const labelWords = wordsOf(label);
  const typed = wordsOf(text);
  // ("i hate not knowing", "i dont love not knowing" against "I like not knowing…": a liking the line says the other
  // way round.)
  if (
    labelWords.some((w) => w === 'like' || w === 'love') &&
    /\b(?:hate|hated|dislike|cant\s+stand|(?:dont|do\s+not|didnt)\s+(?:(?:really|much|particularly|exactly|actually|even)\s+)?(?:like|love|enjoy))\b/.test(
      typed.join(' '),
    )
  )
    return true;
  return labelWords.some((word, i) => {
    const denied = labelWords[i + 1];
    if (word !== 'not' || denied === undefined || denied.length < 4) return false;
    const at = typed.findIndex((t) => names(t, denied));
    return at >= 0 && !typed.slice(0, at).some((t) => negations.has(t));
  });
}

function optionTypedByWords(question: Pick<QuizQuestion, 'options'> & { prompt?: string }, text: string): TypedChoice {
  // ("Thank you very much for your help!": thanks choose nothing, though "very" is a word people type for one.)
  if (acknowledges(text) || /^\W*(?:thanks?|thank\s+you|thx|ty|cheers)\b/i.test(text)) return undefined;
  // ("what does pipeline reliability mean", "is substrate the infra one": a question about an option chooses nothing;
  // it is answered. "what if…" and "what about…" are left to what follows.)
  if (asksAboutIt.test(text) || notUnderstood.test(text)) return undefined;
  const all = wordsOf(text);
  // An option's own words, a few more around them at most ("i wouldnt do ml just for the money").
  const longest = Math.max(...question.options.map((o) => wordsOf(o.label).length));
  const { options } = question;
  if (all.length === 0) return undefined;
  // ("ngl kinda", "not deeply but some", "thoda thoda": a degree short of yes, one of the phrases the in-between option
  // is typed as (quiz.json), said among words that say nothing else, is that option.)
  // ("kinda both" at the comp question: the middle of any question, "… / not sure", is typed as a middle is.)
  const between = options.find((o) => middleOption.test(o.label));
  const degrees = [...(between?.typed ?? []), ...anyMiddle].map(wordsOf).filter((phrase) => phrase.length > 0);
  const line = ` ${all.join(' ')} `;
  if (
    between &&
    degrees.some((phrase) => line.includes(` ${phrase.join(' ')} `)) &&
    all.every((w) => hedgeFrame.has(w) || asides.has(w) || answerWord(w) || degrees.some((phrase) => phrase.includes(w)))
  )
    return { kind: 'option', option: between };
  // "i care more about the model being accurate", "money is nice but not everything": a reply in a sentence, asking
  // nothing, chooses the one option a phrase of which it says (asides aside).
  if (all.length > Math.max(maxTypedWords, longest + 2)) {
    // (A line that asks is answered, never taken for a choice.)
    if (all.length > maxSentenceWords || text.includes('?') || opensAsQuestion.test(text)) return undefined;
    // ("honestly both, i like pipelines but models are fun too": a sentence that opens with "both", or says one end and
    // then grants the other "too", is the option of both, or the middle one where none is called so.)
    const both = options.filter((o) => wordsOf(o.label)[0] === 'both');
    const middle = both.length === 1 ? both : options.filter((o) => middleOption.test(o.label));
    if (middle.length === 1 && (all.find((w) => !asides.has(w)) === 'both' || grantsTheOtherEnd(options, all)))
      return { kind: 'option', option: middle[0]! };
    // ("i want to build the substrate models run on": an option's whole label, said in the sentence, is that option.)
    const line = ` ${all.join(' ')} `;
    // ("…build the substrate that models run on": a "that" or "which" inside the label said is still the label.)
    const labelOf = (o: QuizOption) => wordsOf(o.label.split(/[/:]/)[0]!).filter((w) => !asides.has(w));
    const said = options.filter((o) => {
      const label = labelOf(o);
      return label.length >= 2 && new RegExp(` ${label.join(' (?:(?:that|which|the)\\s)?')} `).test(line);
    });
    // ("i dont really care about model accuracy": a label said only to be denied is the other end's answer.)
    const labelled = said.filter((o) => !deniedWhereSaid(all, labelOf(o), text));
    if (labelled.length === 1) return { kind: 'option', option: labelled[0]! };
    if (said.length > 0 && labelled.length === 0) {
      const otherEnd = theOtherEnd(options, all, text);
      return otherEnd ? { kind: 'option', option: otherEnd, byDenial: true } : undefined;
    }
    // (A phrase word for word, "the" and all: "the models" is not said in "the substrate models".)
    // ("the models" is too little in a sentence: "…build the substrate the models run on" says it of the substrate.)
    const phrased = phraseTyped(options, all, true, true, text);
    if (phrased) return { kind: 'option', option: phrased };
    // ("yeah i did a lot of stats in uni": a sentence that opens with yes or no, taking nothing back, is the one
    // option that opens so; "no i meant the other question" is not an answer.)
    const leading = answerWord(all[0]!);
    const opening = leading ? options.filter((option) => answerWord(wordsOf(option.label)[0] ?? '') === leading) : [];
    return opening.length === 1 && !/^\W*(?:no|nah|nope)\W+(?:i\s+meant?|wait|sorry|actually|i\s+mean)\b/i.test(text)
      ? { kind: 'option', option: opening[0]! }
      : undefined;
  }
  // "option 2", "2 i guess", "3.": a number among asides is that option.
  const place = (w: string) => (w === 'last' ? options.length - 1 : /^\d+$/.test(w) ? Number(w) - 1 : ordinalPlaces[w]);
  const placed = all.map(place).filter((i) => i !== undefined);
  const labelWords = new Set(options.flatMap((o) => wordsOf(o.label)));
  const rest = all.filter((w) => !asides.has(w) && !(choosingWords.has(w) && !labelWords.has(w)) && place(w) === undefined);
  if (placed.length === 1 && rest.length === 0) {
    const option = options[placed[0]!];
    return option ? { kind: 'option', option } : undefined;
  }
  // ("two", "three ig": a number written as a word, with no place said otherwise; "the second one" is not "one".)
  const counted = all.filter((w) => cardinals[w] !== undefined);
  if (placed.length === 0 && counted.length === 1 && all.every((w) => asides.has(w) || cardinals[w] !== undefined)) {
    const option = options[cardinals[counted[0]!]!];
    return option ? { kind: 'option', option } : undefined;
  }
  // Asides alone ("i guess") choose nothing; asides beside an option's words ("both tbh") are dropped.
  // "idk", "dunno": not sure.
  // ("skip", "pass": no answer to give, which the options' "not sure" is.)
  // ("dont know", "no idea": not sure either.)
  // ("pata nahi", "nao sei", "keine ahnung": "dont know" in the languages people mix in.)
  // ("honestly no clue", "never thought about it", "no strong feelings": no answer to give, not a no.)
  const unsure =
    /^(?:i\s+)?(?:dont|do\s+not|dunno)\s+know$|^no\s+(?:idea|clue|opinion|strong\s+(?:feelings?|opinions?|preference))$|^(?:i\s+)?(?:never|(?:have\s+)?not|havent)\s+(?:really\s+)?thought\s+about\s+(?:it|that)$|^(?:pata\s+)?(?:nahi+n?|nhi)\s+pata$|^pata\s+(?:nahi+n?|nhi)$|^(?:nao|não|no)\s+(?:sei|sé|se)$|^keine\s+ahnung$/.test(
      rest.join(' '),
    );
  const typed = unsure ? ['not', 'sure'] : rest.flatMap((w) => (/^(?:idk|dunno|unsure|skip|pass)$/.test(w) ? ['not', 'sure'] : [w]));
  // ("maybe?", "hmm maybe": a hedge and nothing else is the option that is not sure.)
  if (typed.length === 0 && all.some((w) => /^(?:maybe|perhaps|possibly)$/.test(w))) {
    const notSure = options.filter((o) => /\bnot sure\b/i.test(o.label));
    return notSure.length === 1 ? { kind: 'option', option: notSure[0]! } : undefined;
  }
  if (typed.length === 0) return undefined;
  // "yes i did stats", "nah not really": a reply that opens with yes or no is the one option that opens so.
  // ("idk what that means", "idc about money": a "not" read from "idk" or "idc" is no "no" the reply opens with.)
  const firstSaid = rawWordsOf(text).find((w) => !asides.has(w));
  // ("i like not knowing tbh", "i cant say no to a challenge": a "no" inside the sentence is no answer it opens with;
  // "not about the money for me" denies something else, where "not really", "not deeply" say no.)
  const opensWithIt = firstSaid !== undefined && answerWord(firstSaid) === answerWord(typed[0]!);
  const notOfADegree = typed[0] !== 'not' || typed.length === 1 || notAnAnswerTo.has(typed[1]!) === false;
  const leading = (firstSaid && unsureOrCareless.test(firstSaid)) || !opensWithIt || !notOfADegree ? undefined : answerWord(typed[0]!);
  // ("never took stats but i wanna learn": what follows a "but" is what they answer, a phrase of another option.)
  const afterBut = all.lastIndexOf('but');
  const turned =
    leading && afterBut > 0
      ? phraseTyped(
          options.filter((o) => answerWord(wordsOf(o.label)[0] ?? '') !== leading),
          all.slice(afterBut + 1).filter((w) => !asides.has(w) || w === 'i'),
          false,
          false,
          text,
        )
      : undefined;
  if (turned) return { kind: 'option', option: turned };
  if (leading) {
    const opening = options.filter((option) => answerWord(wordsOf(option.label)[0] ?? '') === leading);
    if (
      opening.length === 1 &&
      !options.some((o) => o !== opening[0] && typed.length > 1 && typed.slice(1).every((w) => wordsOf(o.label).some((l) => names(w, l))))
    )
      return { kind: 'option', option: opening[0]! };
  }
  // ("sure", "yeah" where no option says yes: agreeing, not the "not sure" of an option.)
  if (typed.length === 1 && leading === 'yes') return undefined;
  // "low, i hate ambiguity", "high tbh i love that": a reply that opens with the word only one option opens with.
  const openers = options.map((option) => wordsOf(option.label)[0] ?? '');
  const openedBy = options.filter((_, i) => names(typed[0]!, openers[i]!) && openers.filter((o) => o === openers[i]).length === 1);
  if (openedBy.length === 1 && !/\?\s*$/.test(text) && /^[\s"'*_]*[\p{L}]+\s*[,:.!-]/u.test(text))
    return { kind: 'option', option: openedBy[0]! };
  // ("not fine with it": a "not" alone, what it denied an aside, says "not" of nothing any label holds.)
  const said = typed.some((word) => !negations.has(word) && !grammarWords.has(word));
  const matching = options.filter((option) => {
    const label = wordsOf(option.label);
    return said && typed.every((word) => label.some((l) => names(word, l))) && !deniesALabelWord(typed, label);
  });
  if (matching.length === 1) return { kind: 'option', option: matching[0]! };
  if (matching.length > 1) {
    // ("the models" beside "Directly on models" and "The substrate models run on": a phrase people type for one.)
    const phrasedWhole = phraseTyped(matching, all, true, false, text);
    if (phrasedWhole && !asksBack(text)) return { kind: 'option', option: phrasedWhole };
    return { kind: 'ambiguous', options: matching };
  }
  // ("not really about money": words no label has, in a phrase people type for one.)
  // ("i want to learn it": a phrase may hold words of choosing, "want to", which the words typed leave out.)
  const phrased =
    phraseTyped(options, typed, false, false, text) ??
    phraseTyped(
      options,
      all.filter((w) => !asides.has(w) || w === 'i'),
      false,
      false,
      text,
    );
  const byLabel = mostlyOneLabel(options, typed, text);
  // ("i like predictable work": the label words of one option, "like … work", and a phrase people type for another,
  // "predictable": which one is asked back, never guessed.)
  // ("i hate not knowing": a label the line says the other way round is no reading of it.)
  if (byLabel?.kind === 'option' && phrased && phrased !== byLabel.option && !asksBack(text))
    return deniesWhatWasSaid(byLabel.option.label, text)
      ? { kind: 'option', option: phrased }
      : { kind: 'ambiguous', options: options.filter((o) => o === byLabel.option || o === phrased) };
  const chosen = byLabel ?? (phrased && !asksBack(text) ? { kind: 'option', option: phrased } : undefined);
  if (chosen) return chosen;
  // ("i hate predictable stuff", "i dont care abt accuracy": one end of the question denied, and nothing else said, is
  // the other end; the middle, "not sure", is never what a denial chooses.)
  const otherEnd = asksBack(text) ? undefined : theOtherEnd(options, all, text);
  if (otherEnd) return { kind: 'option', option: otherEnd, byDenial: true };
  if (question.prompt === undefined) return undefined;
  // ("build the substrate": a word of the question's own wording that no option has echoes it; without it, the rest
  // may name one.)
  const labelled = new Set(options.flatMap((o) => wordsOf(o.label)));
  // ("stats? lol no": "stats" is the prompt's "statistics", shortened.)
  const echoed = wordsOf(question.prompt).filter((w) => !labelled.has(w) && !grammarWords.has(w) && w.length > 3);
  const unechoed = all.filter((w) => !echoed.some((e) => names(w, e)));
  return unechoed.length < all.length && unechoed.length > 0 && !asksBack(text) ? optionTyped({ options }, unechoed.join(' ')) : undefined;
}

/**
 * "i like when stuff doesnt break but models r cool too", "pipelines, but also the models tbh": one end of the question
 * said before a "but", the other after it with "too", "also" or "as well": both ends granted.
 */
function grantsTheOtherEnd(options: readonly QuizOption[], all: readonly string[]): boolean {
  const but = all.indexOf('but');
  if (but <= 0) return false;
  const after = all.slice(but + 1);
  if (!after.some((w) => w === 'too' || w === 'also') && !` ${after.join(' ')} `.includes(' as well ')) return false;
  const first = phraseTyped(options, all.slice(0, but));
  const second = phraseTyped(
    options,
    after.filter((w) => w !== 'too' && w !== 'also'),
  );
  return first !== undefined && second !== undefined && first.lean !== 'both' && second.lean !== 'both' && first.lean !== second.lean;
}

/**
 * A line that asks back ("is that the substrate one?", "what about the money?"), as opposed to a choice said with a
 * doubt ("somewhere in the middle?", "the models?"), which is still a choice.
 */
function asksBack(text: string): boolean {
  return /\?\s*$/.test(text) && (opensAsQuestion.test(text) || asksAboutIt.test(text));
}

/**
 * "i wouldnt do ml just for the money", "max comp obviously": most of the words typed (at least two, and two in
 * three) are one option's, and no other option has as many. A question ("is ml just for the money?") is never a
 * choice this way: it is answered.
 */
function mostlyOneLabel(options: readonly QuizOption[], typed: readonly string[], text: string): TypedChoice {
  if (/\?\s*$/.test(text) || /^\s*(?:is|are|do|does|what|which|how|why|should|can|will|would)\b/i.test(text)) return undefined;
  // ("not fine with it" is not "I like not knowing if it will work": a "not" and an "it" in common are no choice.)
  const weighty = (word: string) => word.length > 2 && !negations.has(word) && !grammarWords.has(word);
  const named = options.map((option) => {
    const label = wordsOf(option.label);
    const shared = typed.filter((word) => label.some((l) => names(word, l)));
    return shared.some(weighty) && !deniesALabelWord(typed, label) ? shared.length : 0;
  });
  const best = Math.max(...named);
  if (best < 2 || best / typed.length < 2 / 3) return undefined;
  const chosen = options.filter((_, i) => named[i] === best);
  return chosen.length === 1 ? { kind: 'option', option: chosen[0]! } : { kind: 'ambiguous', options: chosen };
}

/**
 * Whether the line says "not" right before a word of the label that the label itself says plainly: "not high" of
 * "High: …", "not max comp" of "Maximum comp…" ("i like not knowing" of "I like not knowing…" says it as the label does).
 */
function deniesALabelWord(typed: readonly string[], label: readonly string[]): boolean {
  return typed.some((word, i) => {
    const next = typed[i + 1];
    if (!negations.has(word) || next === undefined) return false;
    const at = label.findIndex((l) => names(next, l));
    return at >= 0 && !negations.has(label[at - 1] ?? '');
  });
}

/**
 * The one end of a question with two ends and a middle whose typed phrases `typed` says only to deny them ("hate
 * predictable", "dont wanna touch models"): the other end, or undefined when both or neither are denied.
 */
function theOtherEnd(options: readonly QuizOption[], typed: readonly string[], text?: string): QuizOption | undefined {
  const ends = options.filter((o) => !middleOption.test(o.label));
  if (ends.length !== 2) return undefined;
  const line = ` ${typed.join(' ')} `;
  const deniedEnds = ends.filter((option) =>
    (option.typed ?? []).some((phrase) => {
      const words = wordsOf(phrase).filter((w) => !asides.has(w));
      return (
        words.length > 0 &&
        !words.some((w) => negations.has(w) || aversions.has(w)) &&
        line.includes(` ${words.join(' ')} `) &&
        deniedWhereSaid(typed, words, text)
      );
    }),
  );
  return deniedEnds.length === 1 ? ends.find((o) => o !== deniedEnds[0]) : undefined;
}

/**
 * The option one of whose typed phrases ("not about money") comes, word for word, in what was typed ("not really
 * about money" does not; "nah its not about money tbh" does): the longest phrase found, when only one option has it.
 */
function phraseTyped(
  options: readonly QuizOption[],
  typed: readonly string[],
  exactly = false,
  /** In a whole sentence, a phrase with a word of no weight ("the models") needs two words of weight. */
  inSentence = false,
  /** The line as typed, whose punctuation bounds what a no denies. */
  text?: string,
): QuizOption | undefined {
  const line = ` ${typed.join(' ')} `;
  let best: { option: QuizOption; length: number; tied: boolean } | undefined;
  for (const option of options) {
    for (const phrase of option.typed ?? []) {
      // (Exactly: every word of the phrase, "the" of "the models" too.)
      // ("one class": a number in a phrase counts what it names, though "one" alone is an aside, "the first one".)
      const words = wordsOf(phrase).filter((w) => exactly || !asides.has(w) || cardinals[w] !== undefined);
      const weighty = words.filter((w) => !asides.has(w)).length;
      if (inSentence && weighty < words.length && weighty < 2) continue;
      // ("its fun" is no "its ok": a phrase whose asides are set aside, leaving only a word of grammar, says nothing.)
      if (words.length === 0 || words.every((w) => grammarWords.has(w))) continue;
      // ("the model gets better" says "model get better": a word's plural or -s form is the word.)
      const said = line.includes(` ${words.join(' ')} `) ? words : spanSaid(typed, words);
      if (!said) continue;
      // ("money isnt the main thing for me": "money", denied where it is said, is not "money" chosen.)
      if (!words.some((w) => negations.has(w)) && deniedWhereSaid(typed, said, text)) continue;
      if (!best || words.length > best.length) best = { option, length: words.length, tied: false };
      else if (words.length === best.length && best.option !== option) best.tied = true;
    }
  }
  return best && !best.tied ? best.option : undefined;
}

/** A word without its -s ending ("gets" → "get", "stores" → "store"; "less", "is" as they are). */
function withoutS(word: string): string {
  return word.length >= 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/** The words of `typed` that say `phrase` with -s endings either side set aside, if some do. */
function spanSaid(typed: readonly string[], phrase: readonly string[]): readonly string[] | undefined {
  const folded = phrase.map(withoutS);
  for (let at = 0; at + phrase.length <= typed.length; at += 1)
    if (folded.every((w, k) => withoutS(typed[at + k]!) === w)) return typed.slice(at, at + phrase.length);
  return undefined;
}
