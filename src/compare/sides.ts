/**
 * Whose side a piece of a passage goes on: the role it names, the role its paragraph is about, the role a move
 * between the roles goes into, or both roles when it names both or sets them against each other.
 */
import { synonymPrefix } from '../search/analyzer.js';
import type { Direction } from '../search/direction.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { Passage } from '../knowledge/passages.js';
import { rolesIn, type Side } from '../search/sides.js';
import { directionOf } from './figures.js';

export type PointSide = 'de' | 'mle' | 'both';

/**
 * The side a paragraph's sentences that name no role go on. A heading that names one role decides; otherwise
 * the sentences that name a role do, as they are read ("… or vice versa" speaks of both), so that an opening
 * that names neither role goes with them.
 */
export function paragraphSide(
  kb: KnowledgeBase,
  passage: Passage,
  units: string[],
  passageSide: Side,
  direction: Direction | undefined,
): Side {
  // A move between the roles ("MLE to DE pivot") puts what it says with the role moved into, sentence by sentence.
  if (direction !== undefined || rolesIn(kb.analyzer, passage.sectionPath.at(-1) ?? '').size === 1) return passageSide;
  const sides = new Set(
    units.filter((unit) => rolesIn(kb.analyzer, unit).size > 0).map((unit) => sideOf(kb, unit, 'neutral', undefined, undefined)),
  );
  if (sides.size === 0) return passageSide;
  return sides.size === 1 ? [...sides][0]! : 'both';
}

const pronoun = /^(they|their|them|it|its|this|that|these|those)\b/i;
export const anaphoric = /\b(this role|this path|they|their|them)\b/i;

/**
 * "If you have ML aptitude, ML engineer is achievable; if you're optimizing for fastest entry, data engineer
 * is more realistic": two clauses, each about one role, are two pieces. A clause that opens with a pronoun
 * ("…; their job is to feed whatever model the MLE chose") goes on about the first one's role, so stays.
 */
export function clauses(kb: KnowledgeBase, sentence: string): string[] {
  const parts = sentence.split(/;\s+/);
  if (parts.length !== 2 || pronoun.test(parts[1]!)) return [sentence];
  const [a, b] = parts.map((p) => rolesIn(kb.analyzer, p));
  if (a!.size !== 1 || b!.size !== 1 || [...a!][0] === [...b!][0]) return [sentence];
  return parts;
}

/**
 * A piece is on the side of the role it names; naming both, or neither in a passage about both, puts it under
 * both. A passage about a move ("DE to MLE pivot") puts its pieces with the role moved into, unless its
 * heading names one role.
 */
export function sideOf(
  kb: KnowledgeBase,
  text: string,
  passageSide: Side,
  direction: Direction | undefined,
  carried: PointSide | undefined,
): PointSide {
  if (/^both\b/i.test(text) || contrasts(kb, text)) return 'both';
  const move = directionOf(text) ?? (passageSide === 'de' || passageSide === 'mle' ? undefined : direction);
  if (move) return move === 'de-to-mle' ? 'mle' : 'de';
  const roles = rolesIn(kb.analyzer, text);
  if (roles.size === 0 && carried) return carried;
  if (passageSide === 'de' || passageSide === 'mle') roles.add(passageSide);
  return roles.size === 1 ? [...roles][0]! : 'both';
}

/**
 * A sentence that sets the two roles against each other speaks of both: "… or vice versa", or "PyTorch for ML
 * vs. Spark for Data Engineering", where either role may be named by its field ("ML", "machine learning").
 */
function contrasts(kb: KnowledgeBase, text: string): boolean {
  if (/\bvice versa\b/i.test(text)) return rolesIn(kb.analyzer, text).size > 0;
  const sides = text.split(/\s(?:vs\.?|versus)\s/i);
  if (sides.length < 2) return false;
  const roles = new Set<string>();
  for (const part of sides) {
    for (const role of rolesIn(kb.analyzer, part)) roles.add(role);
    if (kb.analyzer.analyzeDocument(part).includes(mlField)) roles.add('mle');
  }
  return roles.size === 2;
}

/** The synonym group of "ML" and "machine learning" said alone, the field of the ML Engineer role. */
const mlField = `${synonymPrefix}ml`;
