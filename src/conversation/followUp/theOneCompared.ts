/**
 * "that one", "the easier one", "the slower one", "the other one" right after a question that asked which of the two
 * roles is more of something ("which is more beginner friendly", "which is slower to get into"): the role the answer's
 * opening sentence said it of, or the other. Read from that sentence, never from what the roles are known to be: its
 * comparative ("Data Engineering is … more beginner-friendly", "Data engineering has a lower barrier to entry"), or a
 * row that sets the roles side by side ("Statistics and math: Data Engineer Light · ML Engineer Required", two
 * figures). Where the sentence says neither, nothing is guessed.
 */
import type { Role } from '../types.js';

/** How hard or long something is (getting in, the math), or how much of something there is (pay, growth, jobs). */
type Axis = 'effort' | 'amount';
/** A comparison's direction on its axis: `up` is harder or longer, or more. */
interface Pole {
  axis: Axis;
  up: boolean;
}

/** Words that say a thing is hard or long ("harder", "slower", "math heavy", "a higher barrier"), their stems. */
const effortUp =
  /^(?:hard|harder|hardest|tough|tougher|toughest|slow|slower|slowest|long|longer|longest|steep|steeper|difficult|demanding|heavy|heavier|barrier|required|requires|deep|deeper|stronger|intense|intensive|competitive|stressful)$/;
/** Words that say a thing is easy or quick ("easier", "faster", "more accessible", "light"). */
const effortDown =
  /^(?:easy|easier|easiest|simple|simpler|simplest|fast|faster|fastest|quick|quicker|quickest|short|shorter|shortest|accessible|beginner|friendly|light|lighter|linear|minimal|predictable)$/;
/** Words that say more or less of whatever follows them. */
const moreWords = /^(?:more|most|higher|highest|bigger|biggest|greater|larger|better|best|grew|grows|growing|growth)$/;
const lessWords = /^(?:less|least|lower|lowest|smaller|smallest|fewer|fewest|worse|worst)$/;

/** Lowercase words, hyphens split ("beginner-friendly", "math-heavy"). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9$%.]+/)
    .filter(Boolean);
}

/**
 * The pole of the first comparison said in `words` from `from` on, and where it is: "less math heavy" is effort down
 * (less of a heavy thing), "lower barrier" too; "faster growing" is more growth, not less effort.
 */
function poleAt(words: readonly string[], axis?: Axis): { pole: Pole; at: number } | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const found = poleOfWord(words, i);
    // ("…roles are higher-volume and more accessible": the comparison on the axis asked, past one on another.)
    if (found && (axis === undefined || found.axis === axis)) return { pole: found, at: i };
  }
  return undefined;
}

/** The pole of a comparison said at `words[i]`, if one is. */
function poleOfWord(words: readonly string[], i: number): Pole | undefined {
  const w = words[i]!;
  const next = words.slice(i + 1, i + 4);
  const invert = lessWords.test(w);
  if (invert || moreWords.test(w)) {
    // ("less math heavy", "more beginner friendly", "a lower barrier": the amount of a hard or easy thing.)
    const base = next.find((n) => effortUp.test(n) || effortDown.test(n));
    if (base) return { axis: 'effort', up: effortUp.test(base) !== invert };
    return { axis: 'amount', up: !invert };
  }
  if (/^(?:faster|slower|quicker)$/.test(w) && next.some((n) => /^(?:grow|grows|growing|growth|demand)$/.test(n)))
    return { axis: 'amount', up: w !== 'slower' };
  if (effortUp.test(w) && /(?:er|est)$/.test(w)) return { axis: 'effort', up: true };
  if (effortDown.test(w) && /(?:er|est)$/.test(w)) return { axis: 'effort', up: false };
  return undefined;
}

/** The comparison a question asks for ("which is less math heavy", "which pays more"), if it asks one. */
export function comparisonAsked(question: string): Pole | undefined {
  const words = wordsOf(question);
  // ("which pays more", "who earns more": more of the pay.)
  return poleAt(words)?.pole;
}

/** The two roles, named as the articles and people name them. */
function roleAt(word: string, after: string | undefined): Role | undefined {
  if (/^(?:de|des|data)$/.test(word) && (word !== 'data' || /^(?:engineer|engineers|engineering)$/.test(after ?? ''))) return 'de';
  // ("ML work has more … than DE work": "ml" alone is the role's work as the articles say it.)
  if (/^(?:mle|mles|ml)$/.test(word) || (word === 'machine' && after === 'learning')) return 'mle';
  return undefined;
}

/** A number said as a figure ("$135K", "22%", "105,000"), as a number. */
function figure(word: string): number | undefined {
  const m = /^\$?(\d[\d,]*(?:\.\d+)?)(k|m)?%?$/.exec(word);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, ''));
  return m[2] === 'k' ? n * 1000 : m[2] === 'm' ? n * 1_000_000 : n;
}

/**
 * The role `sentence` says is further toward `pole`'s up end ("ML engineers earn more than data engineers": MLE for
 * more pay), or undefined when it says no such thing of one role.
 */
function roleFurtherUp(sentence: string, pole: Pole): Role | undefined {
  const words = wordsOf(sentence);
  const roles = words.map((w, i) => roleAt(w, words[i + 1]));
  // A row setting the roles side by side: each role's own value, a figure or a word.
  const cells = new Map<Role, { figure?: number; pole?: Pole }>();
  roles.forEach((role, i) => {
    if (!role || cells.has(role)) return;
    const value = words.slice(i + 1, i + 8);
    const stop = value.findIndex((w, k) => k > 0 && roleAt(w, value[k + 1]) !== undefined);
    const own = stop === -1 ? value : value.slice(0, stop);
    const amount = own.map(figure).find((n) => n !== undefined);
    const word = own.find((w) => effortUp.test(w) || effortDown.test(w));
    cells.set(role, {
      ...(amount !== undefined ? { figure: amount } : {}),
      ...(word ? { pole: { axis: 'effort' as const, up: effortUp.test(word) } } : {}),
    });
  });
  const [de, mle] = [cells.get('de'), cells.get('mle')];
  if (de && mle && pole.axis === 'amount' && de.figure !== undefined && mle.figure !== undefined && de.figure !== mle.figure)
    return de.figure > mle.figure ? 'de' : 'mle';
  if (de?.pole && mle?.pole && pole.axis === 'effort' && de.pole.up !== mle.pole.up) return de.pole.up ? 'de' : 'mle';
  // A sentence comparing: the role named before its comparative is what it is said of.
  const said = poleAt(words, pole.axis);
  if (!said) return undefined;
  const subject = roles.slice(0, said.at).findLast((r) => r !== undefined);
  if (!subject) return undefined;
  return said.pole.up ? subject : subject === 'de' ? 'mle' : 'de';
}

/**
 * "that one", "this one", "the easier one", "the more stressful role", "the other one": a role pointed at by a
 * comparison. The groups: "that"/"this", the comparative words, "other".
 */
export const comparedReference =
  /(?:\s+(?:in|on|for|with|at|as|of|to|into))?\s*\b(?:(that|this)\s+(?:one|role|path|option|job|career)|the\s+((?!(?:other|first|second|third|last|former|latter|same|next|new|old|hybrid)\b)(?:(?:more|less)\s+)?[a-z-]+(?:er|est)?(?:\s+(?:growing|paying|paid|heavy|friendly))?)\s+(?:one|role|path|option|job|career)|the\s+(other)(?:\s+(?:one|role|path|option|job|career)\b|(?=\s*[?!.]*\s*$)))\b/i;

/**
 * The role a turn's reference points at (`reference`, matched by `comparedReference`), given the question before it
 * and the sentence its answer opened with; undefined when the question compared nothing or the sentence does not
 * say which role is further which way.
 */
export function roleComparedTo(reference: RegExpExecArray, question: string, lead: string): Role | undefined {
  const asked = comparisonAsked(question);
  if (!asked) return undefined;
  const up = roleFurtherUp(lead, asked);
  if (!up) return undefined;
  const other: Role = up === 'de' ? 'mle' : 'de';
  // The role the question asked for: further up when it asked for more, else the other.
  const answer = asked.up ? up : other;
  if (reference[1]) return answer;
  if (reference[3]) return answer === 'de' ? 'mle' : 'de';
  const named = poleAt(wordsOf(reference[2]!));
  if (!named || named.pole.axis !== asked.axis) return undefined;
  return named.pole.up ? up : other;
}

/**
 * "and the easier one" after "how long for the harder one" was answered of ML engineers: a comparative set against
 * the one the turn before pointed with, on the same axis, is the same role or the other.
 */
export function roleAgainstEarlierReference(reference: RegExpExecArray, previousQuestion: string, previousRole: Role): Role | undefined {
  const earlier = comparedReference.exec(previousQuestion);
  if (!earlier?.[2] || !reference[2]) return undefined;
  const [before, now] = [poleAt(wordsOf(earlier[2]))?.pole, poleAt(wordsOf(reference[2]))?.pole];
  if (!before || !now || before.axis !== now.axis) return undefined;
  return before.up === now.up ? previousRole : previousRole === 'de' ? 'mle' : 'de';
}
