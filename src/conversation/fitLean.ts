/**
 * Which role what someone told about themselves points to ("i like building reliable systems", "i hate math"), read
 * the way the sources read a person: first by the five-question diagnostic (DataDriven's "Which Role Fits You"),
 * each thing liked ("i love …") or minded ("i hate …") read as a typed answer to each of its questions; then, for a thing liked that no
 * question reads ("i love databases"), by the role the passages that speak of it are about.
 */
import { synonymPrefix } from '../search/analyzer.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { QuizDefinition, QuizOption } from '../quiz/definition.js';
import { outcomeOf } from '../quiz/scoring.js';
import { optionTyped } from '../quiz/typedOption.js';
import type { Role } from './types.js';

/** The lean of what was told, and the diagnostic's answers it was read as (their quotes are the sources' words). */
export interface ToldLean {
  /** The role it points to; undefined when nothing told leans, or it leans both ways equally. */
  role: Role | undefined;
  /** The diagnostic options read in what was told, one per question at most, in the quiz's order. */
  options: QuizOption[];
  /** The passages of the diagnostic's questions whose option read leans to `role` (their answer key says so). */
  passages: string[];
}

const mlField = `${synonymPrefix}ml`;

/** How many of a search's first passages are weighed for the role a thing liked belongs to. */
const passagesWeighed = 6;
/** Of those, how many must be about one role (and none about the other) for the thing to lean to it. */
const passagesToLean = 4;
/** As many, for a thing minded to lean away from that role. */
const passagesToLeanAway = 2;
const otherRole: Record<Role, Role> = { de: 'mle', mle: 'de' };

/**
 * The role `likes` and `dislikes` (as the profile keeps them: "building reliable systems", "math") point to. A
 * question read as both its ends by different things told leans neither way at all; a thing liked that no question reads counts
 * for a role only when the passages speaking of it are nearly all about that role ("databases", "airflow and dbt").
 */
export function leanOfTold(kb: KnowledgeBase, quiz: QuizDefinition, likes: readonly string[], dislikes: readonly string[]): ToldLean {
  // ("models and pipelines": each thing of a list told in one breath is read on its own.)
  // ("sql a lot", "models more than pipelines": how much, or what it is liked over, is no thing liked.)
  const parts = (things: readonly string[]) =>
    things.flatMap((thing) =>
      thing
        .replace(/\s+(?:more\s+than|over|rather\s+than|instead\s+of)\s+.*$/i, '')
        .replace(/\s+(?:a\s+lot|a\s+ton|so\s+much|very\s+much|too)\b/gi, '')
        .split(/\s*(?:,|\band\b|&|\+)\s*/)
        // ("algebra", "calculus": a branch of math is math, as the diagnostic's question on it reads.)
        .map((part) => part.replace(/^(?:linear\s+algebra|algebra|calc|calculus|maths)$/i, 'math'))
        .filter((part) => part !== ''),
    );
  const liked = parts(likes);
  const statements = [...liked.map((thing) => `i love ${thing}`), ...parts(dislikes).map((thing) => `i hate ${thing}`)];
  const options: QuizOption[] = [];
  const asked = new Map<QuizOption, string>();
  const read = new Set<string>();
  for (const question of quiz.questions) {
    const chosen = new Set<QuizOption>();
    for (const statement of statements) {
      const choice = optionTyped(question, statement);
      if (choice?.kind === 'option') {
        chosen.add(choice.option);
        read.add(statement);
      }
    }
    if (chosen.size === 1) {
      options.push(...chosen);
      asked.set([...chosen][0]!, question.passage);
    }
    // ("i like both models and infra": both ends of one question liked is liking both, which leans neither way.)
    else if (new Set([...chosen].map((o) => o.lean)).size > 1) return { role: undefined, options: [], passages: [] };
  }
  const leans: Role[] = options.flatMap((o) => (o.lean === 'both' ? [] : [o.lean]));
  for (const thing of liked) if (!read.has(`i love ${thing}`)) leans.push(...(fieldLean(kb, thing) ?? passagesLean(kb, thing)));
  // ("i hate sql", "pipelines bore me": a thing minded that no question reads leans away from the role whose passages
  // speak of it, at a lower bar than a liking: minding a role's daily work is reason enough to doubt it.)
  for (const thing of parts(dislikes))
    if (!read.has(`i hate ${thing}`)) leans.push(...passagesLean(kb, thing, passagesToLeanAway).map((role) => otherRole[role]));
  const outcome = leans.length === 0 ? 'hybrid' : outcomeOf(leans);
  const role = outcome === 'hybrid' ? undefined : outcome;
  const passages = options.filter((o) => o.lean === role).map((o) => asked.get(o)!);
  return { role, options, passages };
}

/** A role's own field liked ("ml", "machine learning", "data engineering"): that role; undefined for anything else. */
function fieldLean(kb: KnowledgeBase, thing: string): Role[] | undefined {
  const read = kb.read(thing);
  const roles = read.terms.filter((t) => t.kind === 'role');
  if (roles.length > 0 && roles.length === read.terms.length && read.roles.length === 1) return [read.roles[0]!];
  // ("ml", "machine learning": the field ML engineers work in.)
  return read.terms.some((t) => t.term === mlField) && read.terms.every((t) => t.term === mlField || t.kind === 'word')
    ? ['mle']
    : undefined;
}

/** The role the passages that speak of `thing` are nearly all about (`bar` of them, none of the other's): none, or one. */
function passagesLean(kb: KnowledgeBase, thing: string, bar = passagesToLean): Role[] {
  const sides = kb.search(thing, { limit: passagesWeighed }).hits.map((hit) => hit.side);
  const de = sides.filter((side) => side === 'de').length;
  const mle = sides.filter((side) => side === 'mle').length;
  if (de >= bar && mle === 0) return ['de'];
  if (mle >= bar && de === 0) return ['mle'];
  return [];
}
