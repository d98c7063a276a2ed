/**
 * "that one", "the easier one", "the slower one", "the one with less sql", "the other one" right after a question that
 * asked which of the two roles is more of something ("which is more beginner friendly", "which is slower to get
 * into"): the role the answer's opening said it of, or the other. Read from what the answer opened with, never from
 * what the roles are known to be: a comparative said of one role ("Data Engineering is … more beginner-friendly",
 * "Data engineering has a lower barrier to entry"), a row that sets the roles side by side ("SQL depth: Data Engineer
 * Deep · ML Engineer Moderate"), or each role's figure ("grew 22%" and "grew 18%"). Where it says none of these of
 * what was asked, nothing is guessed.
 */
import type { Role } from '../types.js';

/** How hard or long something is (getting in, the math), or how much of something there is (pay, growth, jobs). */
type Axis = 'effort' | 'amount';
/** A comparison's direction on its axis: `up` is harder or longer, or more. */
interface Pole {
  axis: Axis;
  up: boolean;
}
/** A comparison asked: its pole, and what it compares ("deterministic", "pay", "sql"), as the words' stems. */
interface Asked extends Pole {
  of: string[];
}

/** Words that say a thing is hard or long ("harder", "slower", "math heavy", "a higher barrier"), their stems. */
const effortUp =
  /^(?:hard|harder|hardest|tough|tougher|toughest|slow|slower|slowest|long|longer|longest|steep|steeper|difficult|demanding|heavy|heavier|barrier|required|requires|deep|deeper|stronger|intense|intensive|competitive|stressful)$/;
/** Words that say a thing is easy or quick ("easier", "faster", "more accessible", "light", a "moderate" depth). */
const effortDown =
  /^(?:easy|easier|easiest|simple|simpler|simplest|fast|faster|fastest|quick|quicker|quickest|short|shorter|shortest|accessible|beginner|friendly|light|lighter|linear|minimal|moderate|predictable)$/;
/** Words that say more or less of whatever follows them. */
const moreWords = /^(?:more|most|higher|highest|bigger|biggest|greater|larger|better|best)$/;
const lessWords = /^(?:less|least|lower|lowest|smaller|smallest|fewer|fewest|worse|worst)$/;
/** Words of pay, which a comparison of pay may say in any of them ("pays more", "earn more", "higher salary"). */
const payWords = /^(?:pay|pays|paid|paying|earn|earns|earning|make|makes|salary|salaries|comp|compensation|tc|money|paycheck)$/;
/** Words a question of which role is more of something says around what it compares. */
const frameWords =
  /^(?:which|who|what|one|role|roles|job|jobs|path|is|are|has|have|does|do|the|a|an|of|for|to|in|at|de|des|mle|mles|ml|data|engineer|engineers|engineering|or|vs|more|less|than|it|me|i|rn|tho|get|into|level|be|would|will|can)$/;

/** Lowercase words, hyphens split ("beginner-friendly", "math-heavy"). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9$%.,]+/)
    .map((w) => w.replace(/[.,]+$/, ''))
    .filter(Boolean);
}

/** A word as compared: pay in any of its words is "pay"; others by their first five letters ("deterministic"). */
function stemOf(word: string): string {
  return payWords.test(word) ? 'pay' : word.slice(0, 5);
}

/** The pole of a comparison said at `words[i]`, if one is: "less math heavy" is effort down, "lower barrier" too. */
function poleOfWord(words: readonly string[], i: number): Pole | undefined {
  const w = words[i]!;
  const next = words.slice(i + 1, i + 4);
  // ("growing faster", "grew 22%": more growth, however fast it is said.)
  if (/^(?:grew|grows|growing|growth)$/.test(w)) return { axis: 'amount', up: true };
  // ("remote-friendly at most levels", "at least a year": a bound, no comparison.)
  if (/^(?:most|least)$/.test(w) && words[i - 1] === 'at') return undefined;
  const invert = lessWords.test(w);
  if (invert || moreWords.test(w)) {
    // ("less math heavy", "more beginner friendly", "a lower barrier": the amount of a hard or easy thing.)
    // ("fewer, more competitive": the hard thing after a comparative of its own is that one's.)
    const own = next.findIndex((n) => moreWords.test(n) || lessWords.test(n));
    const base = (own === -1 ? next : next.slice(0, own)).find((n) => effortUp.test(n) || effortDown.test(n));
    if (base) return { axis: 'effort', up: effortUp.test(base) !== invert };
    return { axis: 'amount', up: !invert };
  }
  // ("faster growing" is more growth, not less effort.)
  if (/^(?:faster|slower|quicker)$/.test(w) && next.some((n) => /^(?:grow|grows|growing|growth|demand)$/.test(n)))
    return { axis: 'amount', up: w !== 'slower' };
  if (effortUp.test(w) && /(?:er|est)$/.test(w)) return { axis: 'effort', up: true };
  if (effortDown.test(w) && /(?:er|est)$/.test(w)) return { axis: 'effort', up: false };
  return undefined;
}

/** The first comparison said in `words`, and where. */
function firstPole(words: readonly string[]): { pole: Pole; at: number } | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const pole = poleOfWord(words, i);
    if (pole) return { pole, at: i };
  }
  return undefined;
}

/** The comparison a question asks for ("which is less math heavy", "which pays more"), if it asks one. */
export function comparisonAsked(question: string): Asked | undefined {
  const words = wordsOf(question);
  const found = firstPole(words);
  if (!found) return undefined;
  const of = words.filter((w) => !frameWords.test(w) && !poleOfWord([w], 0) && !/^(?:er|est)$/.test(w)).map(stemOf);
  return { ...found.pole, of };
}

/** The two roles, named as the articles and people name them. */
function roleAt(word: string, after: string | undefined): Role | undefined {
  if (/^(?:de|des|data)$/.test(word) && (word !== 'data' || /^(?:engineer|engineers|engineering)$/.test(after ?? ''))) return 'de';
  // ("ML work has more … than DE work": "ml" alone is the role's work as the articles say it.)
  if (/^(?:mle|mles|ml)$/.test(word) || (word === 'machine' && after === 'learning')) return 'mle';
  return undefined;
}

/** A figure ("$135K", "22%", "105,000"), as a number; a year ("2026") or a bare count is none. */
function figure(word: string): number | undefined {
  const m = /^(\$)?(\d[\d,]*(?:\.\d+)?)(k|m)?(%)?$/.exec(word);
  if (!m || !(m[1] || m[3] || m[4] || m[2]!.includes(','))) return undefined;
  const n = Number(m[2]!.replace(/,/g, ''));
  return m[3] === 'k' ? n * 1000 : m[3] === 'm' ? n * 1_000_000 : n;
}

/**
 * The role `said` (an answer's opening) puts further toward the up end of what was `asked` ("ML engineers earn more
 * than data engineers": MLE, for more pay), or undefined when it says no such thing of one role.
 */
function roleFurtherUp(said: string, asked: Asked): Role | undefined {
  const words = wordsOf(said);
  const roles = words.map((w, i) => roleAt(w, words[i + 1]));
  const speaksOfIt = asked.of.length === 0 || words.some((w) => asked.of.includes(stemOf(w)));
  // Side by side: each role's own value, a figure or a word ("Data Engineer Deep · ML Engineer Moderate").
  const cells = new Map<Role, { figure?: number; up?: boolean }>();
  roles.forEach((role, i) => {
    if (!role || cells.has(role)) return;
    const value = words.slice(i + 1, i + 9);
    const stop = value.findIndex((w, k) => k > 0 && roleAt(w, value[k + 1]) !== undefined);
    const own = stop === -1 ? value : value.slice(0, stop);
    const amount = own.map(figure).find((n) => n !== undefined);
    const word = own.find((w) => effortUp.test(w) || effortDown.test(w));
    cells.set(role, { ...(amount !== undefined ? { figure: amount } : {}), ...(word ? { up: effortUp.test(word) } : {}) });
  });
  const [de, mle] = [cells.get('de'), cells.get('mle')];
  if (speaksOfIt && asked.axis === 'amount' && de?.figure !== undefined && mle?.figure !== undefined && de.figure !== mle.figure)
    return de.figure > mle.figure ? 'de' : 'mle';
  // ("which needs more sql": the role whose SQL is "Deep" has more of it.)
  if (speaksOfIt && de?.up !== undefined && mle?.up !== undefined && de.up !== mle.up) return de.up ? 'de' : 'mle';
  // A sentence comparing: the role named last before the comparative is what it is said of. On how much of something,
  // only a comparative said beside what was asked ("… than DE work, which is more deterministic"; "earn more" of pay).
  for (let i = 0; i < words.length; i += 1) {
    const pole = poleOfWord(words, i);
    if (!pole || pole.axis !== asked.axis) continue;
    const beside = words.slice(Math.max(0, i - 3), i + 4).map(stemOf);
    if (asked.axis === 'amount' && !beside.some((w) => asked.of.includes(w))) continue;
    const subject = roles.slice(0, i).findLast((r) => r !== undefined);
    if (!subject) return undefined;
    return pole.up ? subject : subject === 'de' ? 'mle' : 'de';
  }
  return undefined;
}

/**
 * "that one", "this role", "the easier one", "the more stressful role", "the one with less sql", "the other one": a
 * role pointed at by a comparison (named groups `here`, `compared`, `other`).
 */
export const comparedReference =
  /(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\b(?:(?<here>that|this)\s+(?:one|role|path|option|job|career)|the\s+(?<compared>(?!(?:other|first|second|third|last|former|latter|same|next|new|old|hybrid)\b)(?:(?:more|less)\s+)?[a-z-]+(?:\s+(?:growing|paying|paid|heavy|friendly))?)\s+(?:one|role|path|option|job|career)(?!\s+(?:with|that)\b)|the\s+(?:one|role)\s+(?:with|that\s+(?:has|needs|pays|is|gets|takes))\s+(?<comparedAfter>(?:more|less|fewer)\s+[a-z-]+|[a-z-]+(?:er|est))|the\s+(?<other>other)(?:\s+(?:one|role|path|option|job|career)\b|(?=\s*[?!.]*\s*$)))\b/i;

/** "that one", as matched: the role a comparison's answer said it of. */
export const thatOne = comparedReference.exec('that one')!;

/**
 * "does it", "is it", "do they" asked right after a comparison ("how much does it pay", "is it hard to get into"):
 * "it" is the role the answer said it of. Not "is it worth it", "does it matter", "is it true": those ask of the answer; nor "how long would it
 * take", "is it too late", whose "it" is no role; nor "do it" at the end ("why do so few people do it"), where "it" is what was done;
 * nor "do they both", which is both roles.
 */
export const itOfTheAnswer =
  /\b(?:does|do|did|is|was|would|will|can|could)\s+(?:it|they)\b(?=\s+\w)(?!\s+(?:worth|matter|matters|true|really|mean|depend|depends|change|vary|apply|take|takes|took|cost|costs|too|possible|realistic|likely|normal|common|ok|okay|fine|late|enough|both|all|each)\b)/i;

/** The comparative words of a reference ("easier", "more stressful", "less sql"), if it names the role by one. */
function comparedIn(reference: RegExpExecArray): string | undefined {
  return reference.groups?.compared ?? reference.groups?.comparedAfter;
}

/**
 * The role a turn's reference points at (`reference`, matched by `comparedReference`), given the question before it
 * and what its answer opened with; undefined when the question compared nothing or the answer does not say which
 * role is further which way.
 */
export function roleComparedTo(reference: RegExpExecArray, question: string, said: string): Role | undefined {
  const asked = comparisonAsked(question);
  // ("that one", "the other one": the role the answer picked, or the other; "the easier one" needs the axis compared.)
  const pointed = reference.groups?.here !== undefined || reference.groups?.other !== undefined;
  const pointedAt = (role: Role | undefined) => (role && reference.groups?.other !== undefined ? otherRole(role) : role);
  // ("which role fits someone who likes ambiguity" → "how much does it pay": the role the answer picked.)
  if (!asked) return pointed && picksARole.test(question) ? pointedAt(soleRoleNamed(said) ?? roleSaidMoreOf(said)) : undefined;
  const up = roleFurtherUp(said, asked);
  // ("which has more ai exposure" → "The Machine Learning Engineer has direct, primary exposure to AI": an answer that
  // names one role alone says it of that one.)
  if (!up) return pointed && /\b(?:which|who|or|vs\.?|versus)\b/i.test(question) ? pointedAt(soleRoleNamed(said)) : undefined;
  const other = otherRole(up);
  // The role the question asked for: further up when it asked for more, else the other.
  const answer = asked.up ? up : other;
  if (reference.groups?.here) return answer;
  if (reference.groups?.other) return otherRole(answer);
  const named = firstPole(wordsOf(comparedIn(reference) ?? ''));
  if (!named || named.pole.axis !== asked.axis) return undefined;
  return named.pole.up ? up : other;
}

function otherRole(role: Role): Role {
  return role === 'de' ? 'mle' : 'de';
}

/** "which role fits someone who…", "which one suits me", "which is right for me": a role picked, on no scale. */
const picksARole =
  /\bwhich\s+(?:role|one|path|job|career|of\s+the\s+two)?\s*(?:fits|suits|is\s+(?:better|best|right|good)\s+for|works\s+for|would\s+(?:you|u)\s+(?:pick|choose|recommend))\b/i;

/** The one role a sentence names, if it names one alone. */
function soleRoleNamed(said: string): Role | undefined {
  // ("Both have strong remote options. ML engineer roles at frontier labs…": of both, though it names one.)
  if (/\b(?:both|either)\b/i.test(said)) return undefined;
  const words = wordsOf(said);
  const named = new Set(words.map((w, i) => roleAt(w, words[i + 1])).filter((r) => r !== undefined));
  return named.size === 1 ? [...named][0] : undefined;
}

/** "ML work has more … than DE work": the role said to have more of something than the other. */
function roleSaidMoreOf(said: string): Role | undefined {
  const words = wordsOf(said);
  const more = words.findIndex((w) => moreWords.test(w));
  if (more < 0 || !words.slice(more).includes('than')) return undefined;
  return words
    .slice(0, more)
    .map((w, i) => roleAt(w, words[i + 1]))
    .findLast((r) => r !== undefined);
}

/**
 * "and the easier one" after "how long for the harder one" was answered of ML engineers: a comparative set against
 * the one the turn before pointed with, on the same axis, is the same role or the other.
 */
export function roleAgainstEarlierReference(reference: RegExpExecArray, previousQuestion: string, previousRole: Role): Role | undefined {
  const earlier = comparedReference.exec(previousQuestion);
  const [before, now] = [earlier && comparedIn(earlier), comparedIn(reference)].map((words) =>
    words ? firstPole(wordsOf(words))?.pole : undefined,
  );
  if (!before || !now || before.axis !== now.axis) return undefined;
  return before.up === now.up ? previousRole : previousRole === 'de' ? 'mle' : 'de';
}
