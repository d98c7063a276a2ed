/**
 * How a passage found by minisearch is scored for a question: BM25 tempered by how much of the question
 * the passage covers, then nudged by the role, the direction of a move and the kind of answer asked for.
 */
import type { Direction } from './direction.js';
import type { AnswerForm, WantedAnswer } from './intent.js';
import type { Side } from './sides.js';

/** One thing the question asks about: a word and its synonyms, weighted by how much it says. */
export interface Concept {
  alternatives: string[];
  weight: number;
}

/**
 * How much raw BM25 counts against coverage: a passage that repeats one of the question's words (a FAQ
 * heading and its answer both saying "Master's or PhD") should not outrank one that answers all of it.
 */
export const bm25Weight = 0.4;
/** The boost for a passage holding the kind of answer asked for (a figure, a reason). */
export const answerKindBoost = 1.3;
/** In a comparison, the boost for a passage holding the figure asked for (or a percentage). */
export const comparisonFigureBoost = 1.1;
/** In a comparison, the boost for a passage that compares the roles ("earn more than", "10–20% higher"). */
export const comparisonBoost = 1.3;

/** The weight of the concepts that some of the terms match (any alternative of a concept will do). */
export function matchedWeight(concepts: Concept[], terms: readonly string[] | ReadonlySet<string>): number {
  // Plain loops: this runs for every candidate passage and sentence of every question, and closures cost there.
  const isSet = terms instanceof Set;
  let sum = 0;
  for (const c of concepts) {
    for (const alternative of c.alternatives) {
      if (isSet ? (terms as ReadonlySet<string>).has(alternative) : (terms as readonly string[]).includes(alternative)) {
        sum += c.weight;
        break;
      }
    }
  }
  return sum;
}

/** Share (0..1) of the concepts' weight that the matched terms cover. */
export function coverage(concepts: Concept[], matched: readonly string[] | ReadonlySet<string>, total = totalWeight(concepts)): number {
  return total === 0 ? 0 : matchedWeight(concepts, matched) / total;
}

/** The weight of all the concepts, added in order. */
export function totalWeight(concepts: readonly Concept[]): number {
  let total = 0;
  for (const c of concepts) total += c.weight;
  return total;
}

/** A question about moving one way ("from DE to MLE") prefers passages about that move over the reverse. */
export function directionFactor(direction: Direction | undefined, other: Direction | undefined): number {
  if (!direction || !other) return 1;
  return other === direction ? 1.3 : 0.6;
}

/** A move into one role ("pivot into DE", from anywhere) prefers passages about moves into it over moves out of it. */
export function destinationFactor(destination: 'de' | 'mle' | undefined, other: 'de' | 'mle' | undefined): number {
  if (!destination || !other) return 1;
  return other === destination ? 1.2 : 0.7;
}

/** A question about one role prefers that role's passages, then those about both. */
export function sideFactor(roles: readonly ('de' | 'mle')[], side: Side, onlyRoles: boolean): number {
  if (roles.length !== 1) return 1;
  // "what does a DE do": naming nothing but the role asks about the role itself.
  if (side === roles[0]) return onlyRoles ? 1.6 : 1.4;
  if (side === 'both' || side === 'neutral') return onlyRoles ? 0.9 : 1;
  return 0.4;
}

/**
 * A paragraph about both roles whose opening sentence speaks of one ("The demand for a Machine Learning Engineer
 * is driven by…", later "Conversely, Data Engineering…") is mostly about that one: for a question about it, it
 * counts nearly as that role's own passage (sideFactor gives 1.4 to those, 1 to passages about both).
 */
export const openingRoleFactor = 1.3;

/** The lift of a passage about both roles that opens on the one role the question names (`opening`, if any). */
export function openingRoleFit(roles: readonly ('de' | 'mle')[], opening: 'de' | 'mle' | undefined): number {
  return roles.length === 1 && opening === roles[0] ? openingRoleFactor : 1;
}

export interface RankInput {
  /** The passage's BM25 score over the best one's (0..1]. */
  relativeBm25: number;
  coverage: number;
  roles: readonly ('de' | 'mle')[];
  side: Side;
  onlyRoles: boolean;
  direction: Direction | undefined;
  passageDirection: Direction | undefined;
  /** The role a one-role move goes into ("pivot into DE"), and the role the passage's move goes into. */
  destination?: 'de' | 'mle' | undefined;
  passageDestination?: 'de' | 'mle' | undefined;
  /** The move into `destination` starts from nowhere the question names (not the other role). */
  fromElsewhere?: boolean;
  /** The question asks of no move at all: a passage about a move between the roles answers it only in passing. */
  noMoveAsked?: boolean;
  /** How well the passage's form fits what is asked (answerFit): 1, or more for a figure, a comparison, a list. */
  answerFit: number;
}

/** The share kept, for a move into a role from nowhere said, by a passage about the move from the other role. */
export const otherRoleMoveShare = 0.9;
/** The share kept, for a move into a role, by a passage about the move out of it (with destinationFactor's). */
export const reverseMoveShare = 0.7;
/** The share kept, for a question that asks of no move, by a passage about a move between the roles. */
export const unaskedMoveShare = 0.85;

export function rankScore(input: RankInput): number {
  return (
    input.relativeBm25 ** bm25Weight *
    (0.1 + input.coverage) ** 2 *
    sideFactor(input.roles, input.side, input.onlyRoles) *
    (input.direction
      ? // "from de to mle": a passage about another move into DE ("from backend engineering … 2-3 months") is not it.
        input.passageDirection
        ? directionFactor(input.direction, input.passageDirection)
        : Math.min(1, destinationFactor(input.direction === 'de-to-mle' ? 'mle' : 'de', input.passageDestination))
      : destinationFactor(input.destination, input.passageDestination) *
        // "how long to become a data engineer", from nowhere said: a move out of the other role is one person's case.
        (input.fromElsewhere && input.passageDirection ? otherRoleMoveShare : 1) *
        // ("would switching to mle pay more": the move out of that role, "MLE to DE pivot", is the reverse of it.)
        (input.destination && input.passageDirection?.startsWith(`${input.destination}-to-`) ? reverseMoveShare : 1) *
        (input.noMoveAsked && input.passageDirection ? unaskedMoveShare : 1)) *
    input.answerFit
  );
}

/**
 * What a passage holds: a figure, a duration, a percentage, a reason, a comparison, the explanation under a "Why …?"
 * heading, or a diagnostic's options ("Yes -> ML engineer…").
 */
export type AnswerKind = WantedAnswer | 'comparison' | 'explains' | 'options' | 'degree';

/** The fit of a table row that names a degree ("Math Intensity", "SQL depth") to a "how much" that wants no figure. */
const degreeBoost = 1.1;

/** The share of its fit kept by a passage holding sums of money for a question that asks for no figure. */
const unaskedMoneyShare = 0.9;

/** The fit of a passage to a question's intent (`holds`: the kinds of answer it holds): a multiplier of 1 (no fit) to about 1.5. */
export function answerFit(input: {
  wanted: WantedAnswer | undefined;
  form: AnswerForm;
  holds: ReadonlySet<AnswerKind>;
  kind: string;
  /** The question is about one role, and not about the person asking ("how much statistics does a de need"). */
  ofOneRole?: boolean;
  /** The question asks how much of something, not a figure ("how much math", "how math heavy"). */
  asksDegree?: boolean;
  /** A comparison whose unit is named ("which pays more in %"): as `Intent.unitNamed`. */
  unitNamed?: boolean;
}): number {
  let fit = 1;
  if (input.form !== 'reason' && input.holds.has('explains') && !(input.wanted && input.holds.has(input.wanted))) fit *= 0.8;
  // A diagnostic's options say which role to choose; a question about what one role is or needs chooses nothing.
  if (input.ofOneRole && input.holds.has('options')) fit *= 0.8;
  // "Which pays more?" is settled by a sentence that compares; a figure helps, but less.
  const comparing = input.form === 'comparison';
  if (input.wanted) {
    if (input.holds.has(input.wanted)) fit *= comparing ? comparisonFigureBoost : answerKindBoost;
    // A premium of "10–20%" answers "which pays more?" too; "how much?" wants the figure itself.
    else if (input.wanted === 'money' && input.form !== 'amount' && input.holds.has('percent')) fit *= comparisonFigureBoost;
  }
  // ("which pays more in %": the unit named, a sentence that says which without the figure is no answer.)
  if (comparing && input.holds.has('comparison') && !(input.unitNamed && input.wanted && !input.holds.has(input.wanted)))
    fit *= comparisonBoost;
  // ("are MLE listings up this year?", "is de remote friendly": a sum of money answers no question that asks for no
  // figure; the pay tables name every role and level, and "remote", and so match much.)
  if (input.wanted === undefined && input.holds.has('money')) fit *= unaskedMoneyShare;
  if (input.form === 'list' && input.kind !== 'paragraph') fit *= 1.15;
  // "how much math does de need": a how much that wants no figure asks for a degree, which a row naming one gives
  // ("Math Intensity", "SQL depth").
  if (input.asksDegree && input.wanted === undefined && input.holds.has('degree')) fit *= degreeBoost;
  return fit;
}

/**
 * How far a later passage under a heading falls behind the first one there when both are found: the first
 * paragraph under a heading states what the heading promises ("The typical path: Junior Data Engineer to …
 * Terminal roles include…" under "Data Engineer Career Trajectory"); the ones after it elaborate.
 */
export const laterSiblingShare = 0.95;
/**
 * The share of its score kept by a passage scoped to a setting the question does not ask about ("Comp at L6 (US,
 * FAANG)" for "staff DE pay in the US"): the figures for everyone come first, the narrower ones after.
 */
const unaskedSettingShare = 0.75;

/**
 * How a passage's settings fit the question's terms: scoped to one not asked about, `unaskedSettingShare`; scoped
 * to the one asked about ("staff MLE comp at Google": "Comp at L6 (US, FAANG)"), lifted as much, unless it answers
 * nothing else the question asks (`answersTheTopic` false: the FAANG pay rows for "what are faang interviews like").
 */
export function settingFit(settings: readonly string[], asked: ReadonlySet<string>, answersTheTopic = true): number {
  if (settings.length === 0) return 1;
  if (!settings.every((setting) => asked.has(setting))) return unaskedSettingShare;
  return answersTheTopic ? askedSettingBoost : 1;
}
const askedSettingBoost = 1.3;
/**
 * The share of its score kept by a paragraph whose opening sentence scopes itself to a setting the question does not
 * ask about ("ML engineer comp is typically 10-20% higher than DE comp at FAANG" for "which role pays more?"): the
 * sentence that says it of everyone ("…earn more … at every level") answers first. Milder than a heading's scope: the
 * rest of the paragraph may speak of everyone.
 */
export const unaskedOpeningSettingShare = 0.85;
/** The share of its score kept by a paragraph that opens by qualifying the one before ("That said, …"): a caveat, not the answer. */
export const caveatShare = 0.9;
/**
 * The share of its score kept by a passage headed why ("Why ML Engineers Earn More") for a comparison ("who gets paid
 * more, de or mle"): it gives the reasons for what another passage states, which answers first.
 */
export const reasonsForAComparisonShare = 0.8;
/**
 * The share of its score kept by a passage that speaks of a setting the question rules out ("a normal day for an
 * mle, not faang": the FAANG split of an ML engineer's week).
 */
export const ruledOutShare = 0.7;
/** The share of its score kept by a passage that only sends the reader elsewhere (site navigation, not content). */
export const navigationShare = 0.5;

/** A passage that matches what the person says about themselves (`contextCoverage`, 0..1) is lifted up to 40%. */
export function contextBoost(contextCoverage: number): number {
  return 1 + 0.4 * contextCoverage;
}
