/**
 * How well one sentence of a passage (a list item, a table row read aloud) answers a question: it must carry
 * the question's content, hold the kind of answer asked for (a comparison for "which pays more", a figure for
 * "how much", a reason for "why") and speak of the role asked about, not only of the other one. Passages are
 * re-ranked by their best sentence, and answers open with it.
 */
import type { Passage } from '../knowledge/passages.js';
import { isCrossReference, quotableUnits } from '../knowledge/units.js';
import type { Analyzer } from './analyzer.js';
import { comparing, holdsAnswer, type Intent, type WantedAnswer, wantedAnswers } from './intent.js';
import { type Concept, matchedWeight, totalWeight } from './ranking.js';
import { definedBy, definesAsked, explainsInBrackets } from './definitions.js';
import { rolesIn } from './sides.js';

/** What a sentence is judged against. */
export interface SentenceQuery {
  concepts: Concept[];
  intent: Intent;
  /** The roles the ask names. */
  roles: readonly ('de' | 'mle')[];
  /** For "what is X?": X as a definition key. */
  defined?: string;
  /** For "what is X?": X as written, for a sentence that explains it in brackets ("the inference pipeline (where …)"). */
  definedAsWritten?: string;
  /** A figure the question quotes as answers write it ("$300K-$480K"): the sentence that gives it says what it is. */
  quoted?: string;
  /**
   * Which of a diagnostic's options what the asker tells fits: `against`, a dislike or a lack ("i barely passed stats"):
   * the "No" one; `for`, a liking of what the passage asks about ("i love stats"): the "Yes" one.
   */
  leaning?: 'for' | 'against';
  /**
   * What the asker told they dislike or lack (`against`) and like (`for`), each clause's analysed terms: a sentence that
   * advises "if you enjoy math and statistics" fits "i love stats" and not "i hate math".
   */
  told?: { against: readonly ReadonlySet<string>[]; for: readonly ReadonlySet<string>[] };
  /** A sentence already shown ("why?" after it): another of the passage's opens, if it has another. */
  avoid?: string;
  /** What the answer before said, lowercased: the passage's sentences it holds are skipped, if another is left. */
  alreadyShown?: string;
  /**
   * What the asker wants, said for or against ("what if i want the money": `for`; "if i don't care about pay":
   * `against`): a sentence that advises those who want it the other way ("If you don't want to do ML for the comp…")
   * is no answer to it.
   */
  wish?: 'for' | 'against';
}

/** A want said: "want", "care about", "prefer", "priority". */
export const wishSaid = /\b(?:want|wanna|care|prefer|priority|prioriti[sz]e|after)\b/i;
/** A want said the other way: "don't want", "do not care", "isn't the priority". */
export const wishDenied =
  /\b(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|never|not|isn'?t|is\s+not)\s+(?:really\s+|actually\s+)?(?:want|wanna|care|prefer|need|the\s+priority|a\s+priority|my\s+priority)\b/i;

/** "i hate stats", "never studied it", "bad at math", "meh at stats": a dislike or a lack, told of oneself. */
export const toldAgainst =
  /\b(?:hate[sd]?|dislike[sd]?|barely|never|did(?:n'?t|nt)|do(?:n'?t|nt)\s+(?:like|enjoy|want|care)|not\s+(?:good|great|a\s+fan)|(?:bad|terrible|awful|horrible)\s+at|weak\s+(?:at|in)|meh\s+(?:at|with|in)|(?:rusty|shaky)\s+(?:at|on|with|in)|not\s+into|struggle[sd]?|suck(?:ed)?\s+at|can'?t\s+stand)\b/i;

/** An option of a diagnostic's answer ("Yes -> ML engineer…", "No, but you like distributed systems -> …"). */
const optionFor = /^(?:yes|high)\b/i;
const optionAgainst = /^(?:no|low)\b/i;

/** A yes/no is settled by a sentence that says yes or no. */
const settling =
  /^(yes|no|not|helpful but|absolutely|generally|usually|typically|rarely)\b|\b(not required|required|necessary|optional|enough)\b/i;

/**
 * Bonuses, in shares of the question's content: holding the asked-for kind of answer is worth half of it; in a
 * comparison ("which pays more?") the sentence that compares matters more than a bare figure.
 */
export const sentenceBonus = {
  wanted: 0.5,
  wantedInComparison: 0.25,
  reason: 1,
  comparison: 0.5,
  yesNo: 0.2,
  /** "is mle harder than de?": a comparison asked as a yes or no is settled first ("Yes, on average."). */
  yesNoComparison: 0.6,
  definition: 0.5,
  quoted: 1,
  /** The option that fits what the asker told against one that does not. */
  option: 0.6,
  /** A sentence that advises those who want the other way ("If you don't want…" to "what if i want…"). */
  wishTheOtherWay: 1,
  role: 0.25,
  roleAmongOthers: 0.1,
  otherRole: -0.5,
  bothRoles: 0.2,
} as const;

/**
 * What scoring needs of one unit of a passage, worked out once per passage rather than once per question: its
 * terms alone and read under its heading, the roles it speaks of (the heading's when it names none), and the
 * kinds of answer it holds.
 */
interface ScoredUnit {
  text: string;
  own: ReadonlySet<string>;
  withHeading: ReadonlySet<string>;
  roles: ReadonlySet<'de' | 'mle'>;
  holds: Readonly<Record<WantedAnswer, boolean>>;
  compares: boolean;
  settles: boolean;
  /** For the first unit under a heading that asks a question ("Do I need a master's or PhD for ML engineer?"): the heading's terms. */
  askedByHeading?: ReadonlySet<string>;
  /** How that heading sets the roles against each other ("harder" of "Is ML engineer harder to break into than data engineer?"), analysed. */
  headingCompares?: string;
  /** What it defines ("MLOps: The specialized skill set…"), as definition keys. */
  defines: string[];
  /** What it advises for who enjoys it ("Choose ML engineering if you … enjoy math and statistics"): its terms. */
  advisedFor?: ReadonlySet<string>;
  /** What its advice prefers something over ("… over ambiguous research questions"): its terms. */
  advisedOver?: ReadonlySet<string>;
}

/** A piece of advice that depends on the reader: "… if you're interested in model building, enjoy math …". */
const ifYou = /\bif\s+you(?:'re|\s+are)?\b(.+)$/i;
/** The verbs of liking, which say nothing of what is liked. */
const likingVerbs = /\b(?:enjoy|like|love|prefer|want|interested|in|into|care|about)\b/gi;

function scoredUnit(analyzer: Analyzer, text: string, heading: string): ScoredUnit {
  const own = new Set(analyzer.analyzeDocument(text));
  const ownRoles = rolesIn(analyzer, text);
  return {
    text,
    own,
    withHeading: heading ? new Set(analyzer.analyzeDocument(`${heading}\n${text}`)) : own,
    roles: ownRoles.size > 0 || !heading ? ownRoles : rolesIn(analyzer, heading),
    holds: Object.fromEntries(wantedAnswers.map((kind) => [kind, holdsAnswer(text, kind)])) as Record<WantedAnswer, boolean>,
    compares: comparing.test(text),
    settles: settling.test(text),
    defines: definedBy(text),
    ...advice(analyzer, text),
  };
}

/**
 * Whether a passage advises against what the asker told: for who enjoys what they mind ("Choose ML engineering if
 * you … enjoy math and statistics" for "i hate math"), or for who prefers something over what they like ("prefer
 * clear engineering problems over ambiguous research questions" for "im ok with not knowing if it works").
 */
export function advisesAgainst(analyzer: Analyzer, passage: Passage, told: NonNullable<SentenceQuery['told']>): boolean {
  return scoredUnits(analyzer, passage).some((unit) => againstThem(unit, told));
}

function againstThem(unit: ScoredUnit, told: NonNullable<SentenceQuery['told']>): boolean {
  return (
    (unit.advisedFor !== undefined && told.against.some((clause) => advises(unit.advisedFor!, clause))) ||
    (unit.advisedOver !== undefined && told.for.some((clause) => advises(unit.advisedOver!, clause)))
  );
}

/**
 * Whether advice is for what one clause told: it holds at least half of the clause's terms ("math" of "i hate math";
 * not only "problems" of "i hate vague research problems", beside "clear engineering problems").
 */
function advises(advisedFor: ReadonlySet<string>, told: ReadonlySet<string>): boolean {
  if (told.size === 0) return false;
  let shared = 0;
  for (const term of told) if (advisedFor.has(term)) shared += 1;
  return shared / told.size >= 0.5;
}

function advice(analyzer: Analyzer, text: string): { advisedFor?: ReadonlySet<string>; advisedOver?: ReadonlySet<string> } {
  const condition = ifYou.exec(text)?.[1];
  if (condition === undefined) return {};
  // ("prefer clear engineering problems over ambiguous research questions": what it is preferred over is not advised.)
  const over = /\b(?:over|rather\s+than|instead\s+of)\b([^,;]*)/gi;
  const preferred = condition.replace(over, ' ');
  const terms = analyzer.analyzeDocument(preferred.replace(likingVerbs, ' '));
  const overTerms = [...condition.matchAll(over)].flatMap((m) => analyzer.analyzeDocument(m[1]!));
  return {
    ...(terms.length > 0 ? { advisedFor: new Set(terms) } : {}),
    ...(overTerms.length > 0 ? { advisedOver: new Set(overTerms) } : {}),
  };
}

/** Each passage's lead units, scored-ready; kept per analyzer, as the passages are. */
const unitsOf = new WeakMap<Analyzer, WeakMap<Passage, ScoredUnit[]>>();

function scoredUnits(analyzer: Analyzer, passage: Passage): ScoredUnit[] {
  let byPassage = unitsOf.get(analyzer);
  if (!byPassage) {
    byPassage = new WeakMap();
    unitsOf.set(analyzer, byPassage);
  }
  let units = byPassage.get(passage);
  if (!units) {
    const heading = passage.kind === 'row' ? '' : (passage.sectionPath.at(-1) ?? '');
    units = joinSetUps(passage, leadUnits(passage)).map((unit, i) => ({
      ...scoredUnit(analyzer, unit, heading),
      ...(i === 0 && heading.trim().endsWith('?') && passage.text.startsWith(unit)
        ? { askedByHeading: new Set(analyzer.analyzeDocument(heading)), headingCompares: comparativeOf(analyzer, heading) }
        : {}),
    }));
    // "In 2026, demand for this role outstrips supply…" after a sentence on ML engineers is about ML engineers; "Predicts
    // delivery times" under "- An ML Engineer builds the intelligence:" too.
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (unit.roles.size > 0) continue;
      if (i > 0 && /\b(?:this|that|the\s+same)\s+role\b/i.test(unit.text)) units[i] = { ...unit, roles: units[i - 1]!.roles };
      else if (passage.kind === 'list') {
        const at = passage.text.indexOf(unit.text);
        const header =
          at > 0
            ? passage.text
                .slice(0, at)
                .split('\n')
                .findLast((line) => /:\s*$/.test(line))
            : undefined;
        const roles = header ? rolesIn(analyzer, header) : undefined;
        if (roles && roles.size > 0) units[i] = { ...unit, roles };
      }
    }
    byPassage.set(passage, units);
  }
  return units;
}

/**
 * The score of one sentence: its share (0..1) of the question's content, plus what it settles. The passage's
 * nearest heading says what the sentence is about (its content and role), but the sentence itself must hold the
 * figure or the comparison.
 */
function unitScore(unit: ScoredUnit, query: SentenceQuery, total: number): number {
  // What only the heading holds counts half: the sentence that says it beats one that merely sits under it.
  const own = matchedWeight(query.concepts, unit.own);
  const withHeading = unit.withHeading === unit.own ? own : matchedWeight(query.concepts, unit.withHeading);
  let score = total === 0 ? 0 : (own + withHeading) / 2 / total;
  const { intent } = query;
  if (intent.wanted && unit.holds[intent.wanted])
    score +=
      intent.form === 'comparison'
        ? sentenceBonus.wantedInComparison
        : intent.form === 'reason'
          ? sentenceBonus.reason
          : sentenceBonus.wanted;
  // ("mle demand vs supply ratio?" sets two things of one role side by side: no comparison of the roles.)
  // ("do i need a masters for ml?": "Helpful but not required." answers the FAQ's own question, before what follows it,
  // where that question asks most of what was asked; "is ml engineering realistic" is not "is it harder…?".)
  const askedAgain =
    unit.askedByHeading !== undefined && total > 0 && matchedWeight(query.concepts, unit.askedByHeading) / total >= headingAskedShare;
  // ("which is harder?": "Yes, on average. ML engineer roles are fewer…" answers "Is ML engineer harder … than data
  // engineer?", a comparison settled, where "Data engineer roles are … more accessible" only describes one side.)
  // Asked the same way, not by a synonym: "which is easier?" is not settled by a "yes" to "is it harder?".
  const compared = unit.headingCompares;
  const settlesTheComparison =
    askedAgain && compared !== undefined && unit.settles && query.concepts.some((concept) => concept.alternatives.includes(compared));
  if (intent.form === 'comparison' && (unit.compares || settlesTheComparison) && query.roles.length !== 1)
    score += sentenceBonus.comparison;
  if (intent.form === 'yes-no' && unit.settles) score += askedAgain ? sentenceBonus.yesNoComparison : sentenceBonus.yesNo;
  else if (intent.yesNo && unit.settles) score += sentenceBonus.yesNoComparison;
  if (
    (query.defined !== undefined && definesAsked(unit.defines, query.defined)) ||
    (query.definedAsWritten !== undefined && explainsInBrackets(unit.text, query.definedAsWritten))
  )
    score += sentenceBonus.definition;
  if (query.quoted !== undefined && unit.text.toLowerCase().includes(query.quoted)) score += sentenceBonus.quoted;
  if (query.leaning) {
    const [fits, fitsNot] = query.leaning === 'against' ? [optionAgainst, optionFor] : [optionFor, optionAgainst];
    if (fits.test(unit.text)) score += sentenceBonus.option;
    else if (fitsNot.test(unit.text)) score -= sentenceBonus.option;
  }
  // ("what if i want the money": "If maximum comp is the priority…" before "If you don't want to do ML for the comp…".)
  if (query.wish !== undefined && wishSaid.test(unit.text) && wishDenied.test(unit.text) !== (query.wish === 'against'))
    score -= sentenceBonus.wishTheOtherWay;
  if (query.told) {
    if (againstThem(unit, query.told)) score -= sentenceBonus.option;
    else if (unit.advisedFor && query.told.for.some((told) => advises(unit.advisedFor!, told))) score += sentenceBonus.option;
  }
  const named = unit.roles;
  if (query.roles.length === 1) {
    if (named.has(query.roles[0]!)) score += named.size === 1 ? sentenceBonus.role : sentenceBonus.roleAmongOthers;
    else if (named.size > 0) score += sentenceBonus.otherRole;
  } else if (intent.form === 'comparison' && named.size > 0) {
    // "ML engineers earn more than data engineers" says which; "the gap sits at 10-20%" does not.
    score += named.size === 2 ? sentenceBonus.bothRoles : sentenceBonus.roleAmongOthers;
  }
  return score;
}

/** The quotable units of a passage worth leading with (a list's "…include:" line introduces, it doesn't answer). */
/**
 * The roles a sentence of a passage speaks of: its own, its heading's when it names none, or the sentence before's
 * when it says "this role". Empty when the sentence is not one of the passage's lead units.
 */
export function sentenceRoles(analyzer: Analyzer, passage: Passage, sentence: string): ReadonlySet<'de' | 'mle'> {
  return scoredUnits(analyzer, passage).find((unit) => unit.text === sentence || unit.text.includes(sentence))?.roles ?? new Set();
}

export function leadUnits(passage: Passage): string[] {
  const all = quotableUnits(passage);
  // A sentence that sends the reader elsewhere ("Pair with the full interview playbook") answers nothing.
  const answering = all.filter((unit) => !isCrossReference(unit));
  const units = answering.length > 0 ? answering : all;
  return units.length > 1 ? units.filter((unit) => !unit.trimEnd().endsWith(':') || statesBeforeItsList(unit, passage)) : units;
}

/**
 * Whether a list's lead-in states something of its own, a comparison or a reason ("The role of a Machine Learning Engineer is often considered more
 * difficult for beginners because it requires simultaneous mastery of three distinct disciplines:") answers "is mle
 * hard to learn?" better than any one item; a short one ("Day-to-day tasks include:") or one that only announces
 * ("…apply the following high-leverage framework:") does not.
 */
export function statesBeforeItsList(unit: string, passage: Pick<Passage, 'text'>): boolean {
  // (Items that go by the roles' names, "Data Engineer: This role is foundational…", hold the answer themselves; a
  // lead-in that only sets a scene, "…certain sub-skills act as significant salary multipliers:", leaves the figures
  // to its items.)
  const byRole = passage.text.split('\n').some((line) => /^\s*-\s+[^:]*\b(?:data|machine learning|ml) engineer(?:ing|s)?\s*:/i.test(line));
  return (
    !byRole &&
    unit.split(/\s+/).length >= 12 &&
    /\b(?:more|less|because)\b/i.test(unit) &&
    !/\b(?:following|include|includes|including|as follows|by|such as)\b[^:]{0,40}:\s*$/i.test(unit)
  );
}

/**
 * A paragraph's set-up sentence ("Scarcity primarily.", "The premium comes from two factors.") is judged with the
 * sentence it heads: alone it holds the kind of answer but not the content, and the one after holds the content.
 */
function joinSetUps(passage: Passage, units: string[]): string[] {
  if (passage.kind !== 'paragraph') return units;
  const joined: string[] = [];
  for (let i = 0; i < units.length; i += 1) {
    const next = units[i + 1];
    if (next !== undefined && isSetUp(units[i]!)) {
      joined.push(`${units[i]} ${next}`);
      i += 1;
    } else joined.push(units[i]!);
  }
  return joined;
}

/**
 * Whether a passage has a sentence (or list item) that `shown`, lowercased text already said, does not hold; with
 * `reason`, one that gives a cause ("…because…", "As companies realize…").
 */
export function saysBeyond(analyzer: Analyzer, passage: Passage, shown: string, reason = false): boolean {
  return scoredUnits(analyzer, passage).some(
    (unit) => !saidIn(shown, unit.text) && (!reason || unit.holds.reason || causalAs.test(unit.text)),
  );
}

/**
 * Whether lowercased text already shown holds a sentence ("Yes, on average. ML engineer roles are fewer…" was shown
 * without its yes: what it says is what was shown).
 */
function saidIn(shown: string, sentence: string): boolean {
  return shown.includes(sentence.replace(answerWordFirst, '').toLowerCase());
}

/** "As companies realize that bad data infrastructure kills AI projects…": a sentence opening on its cause. */
const causalAs =
  /^as\s+(?!(?:a|an|the|of|well|much|many|long|far|soon|for|such|part|in|to)\b)[a-z]+\s+(?:realize|realise|grow|become|adopt|move|shift|demand|need|learn|see)\w*\b/i;

/**
 * The best sentence of a passage, its score, and how many sentences tie with it. A sentence is read under its
 * nearest heading: "Junior (0-2 years): $115K-$150K base" is about ML engineer pay because its heading says so.
 */
export function bestSentence(analyzer: Analyzer, passage: Passage, query: SentenceQuery): { unit: string; score: number; ties: number } {
  const units = scoredUnits(analyzer, passage);
  const total = totalWeight(query.concepts);
  let bestScore = -Infinity;
  let ties = 0;
  let at = 0;
  const shown = (text: string) => query.alreadyShown !== undefined && saidIn(query.alreadyShown, text);
  const leftOver = query.alreadyShown === undefined ? units.length : units.filter((unit) => !shown(unit.text)).length;
  for (let i = 0; i < units.length; i += 1) {
    if (query.avoid !== undefined && units.length > 1 && units[i]!.text === query.avoid) continue;
    if (leftOver > 0 && shown(units[i]!.text)) continue;
    const score = unitScore(units[i]!, query, total);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      ties = 1;
      at = i;
    } else if (Math.abs(score - bestScore) <= 1e-9) ties += 1;
  }
  const best = units[at];
  if (!best) return { unit: passage.text, score: -Infinity, ties: 0 };
  // "DE to MLE pivot: achievable but requires substantial upskilling." means little to "how long?" without the
  // next sentence, "Plan 12-18 months of focused learning.": a paragraph's figure comes along.
  const { wanted } = query.intent;
  const next = units[at + 1];
  if (passage.kind === 'paragraph' && wanted && !best.holds[wanted] && next?.holds[wanted])
    return { unit: `${best.text} ${next.text}`, score: bestScore, ties };
  // ("Understanding it helps with career transitions." says nothing without "The Venn diagram between these roles has
  // a meaningful overlap zone.": a sentence that opens on what the one before named comes after it.)
  const before = units[at - 1];
  if (passage.kind === 'paragraph' && before && pointsBack.test(best.text) && query.avoid !== before.text)
    return { unit: `${before.text} ${best.text}`, score: bestScore, ties };
  // "what should i learn first?", asked of neither role, answered by "If you choose ML Engineer, prioritize Python…"
  // with "If you choose Data Engineering, prioritize SQL…" right after it: both roles' halves, not one picked.
  const [role] = best.roles;
  const asksYesOrNo = query.intent.form === 'yes-no' || query.intent.yesNo === true;
  const askedByItsHeading =
    best.askedByHeading === undefined || (total > 0 && matchedWeight(query.concepts, best.askedByHeading) / total >= headingAskedShare);
  const bestText = asksYesOrNo && askedByItsHeading ? best.text : best.text.replace(answerWordFirst, '') || best.text;
  if (
    query.roles.length === 0 &&
    next !== undefined &&
    best.roles.size === 1 &&
    next.roles.size === 1 &&
    !next.roles.has(role!) &&
    unitScore(next, query, total) >= bestScore - parallelTolerance
  )
    return { unit: `${bestText} ${next.text}`, score: bestScore, ties };
  // (A short set-up sentence, "Scarcity primarily.", already comes with the one it heads: joinSetUps.)
  // "downsides of mle?" opens with "ML engineer roles are fewer…", not with the "Yes, on average." that answered
  // the passage's own yes-or-no question.
  // ("is mle achievable for me" is not the FAQ's "Is ML engineer harder to break into…?": its "Yes" would read as a
  // yes to what was asked.)
  return { unit: bestText, score: bestScore, ties };
}

/** A sentence that opens on what the one before named: "It …", "This …", "Understanding it …". */
const pointsBack = /^(?:it|this|that|these|those|they|such)\b(?!\s+(?:is|are)\s+(?:why|how)\b)|^\w+ing\s+(?:it|this|that|them)\b/i;

/** A comparative set before "than" ("harder" of "Is ML engineer harder to break into than data engineer?"), analysed. */
function comparativeOf(analyzer: Analyzer, heading: string): string | undefined {
  // (The last "-er" word before "than": "engineer" is who, "harder" is how.)
  const before = /^(.*?)\bthan\b/i.exec(heading)?.[1];
  const word = before?.match(/\b\w+er\b/gi)?.at(-1);
  return word === undefined ? undefined : analyzer.analyzeDocument(word)[0];
}

/** The share of the question a heading must ask for its answer's "yes" or "no" to answer the question too. */
const headingAskedShare = 0.6;

/** How far below the best a sentence on the other role may score and still be its parallel half (shares of the question). */
const parallelTolerance = 0.1;

/** "Yes, on average. ", "No. ", "Yes, increasingly. ": a yes or no opening a passage, before what it says. */
const answerWordFirst = /^(?:yes|no)\b[^.!?]{0,30}[.!?]\s+(?=\S)/i;

/** A sentence too short to stand alone as an answer, or one announcing what follows ("…two factors:"). */
export function isSetUp(sentence: string): boolean {
  // ("High -> ML engineer is fine.": a diagnostic's option is short, and answers on its own.)
  if (/->/.test(sentence)) return false;
  return sentence.split(/\s+/).length <= 6 || /(:|\bfactors?\.|\bas follows\.)$/.test(sentence.trim());
}
