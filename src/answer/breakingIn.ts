/**
 * How long getting into a role takes, asked as the articles answer it, and a move into one role from a start the
 * sources describe only as a way into the other ("how long does it take a backend engineer to become an mle?": they
 * give backend engineering → data engineering, "2-3 months", and of ML engineering only self-study's "6-12 months").
 */
import type { Passage } from '../knowledge/passages.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { MoveUnsaid } from './types.js';

type Role = 'de' | 'mle';
const roleWords: Record<Role, string> = { de: 'data engineer', mle: 'ML engineer' };

/**
 * The question their "Which Is Easier to Break Into?" answers for one role (into ML engineering they give
 * self-study's figure, "6-12 months minimum").
 */
export function breakingInto(role: Role): string {
  return `how long does it take to break into ${roleWords[role]}${role === 'mle' ? ' with self-study' : ''}`;
}
/** The time to get into whichever role is chosen. */
export const breakingIntoEither = `how long does it take to break into ${roleWords.de} or ${roleWords.mle}`;

/** Words that never name where someone starts: a role, nothing, or a place in time. */
const noStart =
  /^(?:scratch|zero|nothing|now|here|there|home|today|uni|school|college|the\s+start|data\s+eng\w*|des?|mles?|ml\b.*|machine\s+learning.*)$/i;
const roleAhead = '(?:an?\\s+|the\\s+)?(?:data\\s+eng\\w*|des?\\b|mles?\\b|ml\\s+eng\\w*|machine\\s+learning(?:\\s+eng\\w*)?|ml\\b)';
/** "from backend to ml engineer", "from being a teacher into de". */
const fromStartTo = new RegExp(
  `\\bfrom\\s+(?:an?\\s+|being\\s+an?\\s+)?([\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)\\s+(?:to|into)\\s+${roleAhead}`,
  'iu',
);
/** "a backend engineer to become an mle", "for a dba to get into de". */
const startToBecome = new RegExp(
  `\\ban?\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)\\s+to\\s+(?:become|get\\s+into|break\\s+into|move\\s+(?:in)?to|switch\\s+(?:in)?to|transition\\s+(?:in)?to|go\\s+into)\\s+${roleAhead}`,
  'iu',
);

/** Where the question says the move starts, when that is neither role ("backend", "a backend engineer"). */
export function startNamed(question: string): string | undefined {
  const start = (fromStartTo.exec(question) ?? startToBecome.exec(question))?.[1]?.trim();
  return start && !noStart.test(start) ? start : undefined;
}

/**
 * A question of how long a move into one role takes from a start that is neither role, whose best passage is of the
 * other role (the start is named only as a way into that one): the question to answer instead (breaking into the role
 * asked) and the move the answer must say the sources lack. Undefined for anything else.
 */
export function moveIntoTheOtherOnly(kb: KnowledgeBase, question: string): { question: string; move: MoveUnsaid } | undefined {
  const read = kb.read(question);
  const [role] = read.roles;
  if (read.intent.wanted !== 'duration' || read.direction || read.roles.length !== 1 || (role !== 'de' && role !== 'mle')) return undefined;
  const from = startNamed(read.ask);
  if (!from) return undefined;
  const top = kb.search(question, { limit: 1 }).hits[0];
  const side = top ? kb.sideOf(top.passage) : undefined;
  if (side === undefined || side === role || (side !== 'de' && side !== 'mle')) return undefined;
  return { question: breakingInto(role), move: { from, to: role } };
}

/**
 * "how long for a teacher to become a data engineer": how long getting into one role takes from a job the articles
 * never name (their "2-3 months" is from backend engineering or database administration): the question to answer
 * (breaking into the role) and the move the answer must say the sources lack. Undefined for anything else, and for a
 * start the articles do name ("a backend engineer").
 */
export function fromAJobTheyNeverName(kb: KnowledgeBase, question: string): { question: string; move: MoveUnsaid } | undefined {
  const read = kb.read(question);
  const [role] = read.roles;
  if (read.intent.wanted !== 'duration' || read.direction || read.roles.length !== 1 || (role !== 'de' && role !== 'mle')) return undefined;
  const from = startNamed(read.ask);
  if (!from || !kb.read(`a ${from}`).unknown.some((u) => u.kind === 'title')) return undefined;
  return { question: breakingInto(role), move: { from, to: role } };
}

/** "from scratch", "from zero", "with no experience", "as a total beginner": a start of nothing the sources give a time for. */
const fromNothing =
  /\bfrom\s+(?:scratch|zero|nothing|the\s+ground\s+up)\b|\bwith\s+(?:no|zero)\s+(?:experience|background|coding|tech(?:\s+background)?)\b|\b(?:total|complete|absolute)\s+(?:beginner|newbie|noob)\b/i;

/**
 * "how long does it take to become a data engineer from scratch": how long getting into the role takes, asked of no
 * start the sources give a time for (their "2-3 months" is from backend engineering or database administration): the
 * question to answer and the start to say they lack. Undefined for anything else.
 */
export function fromScratch(kb: KnowledgeBase, question: string): { question: string; move: MoveUnsaid } | undefined {
  const read = kb.read(question);
  // ("hw lng to becom de frm scratch": as read, its abbreviations and typos spelled out.)
  if (!fromNothing.test(read.spelled)) return undefined;
  const [role] = read.roles;
  if (read.intent.wanted !== 'duration' || read.direction || read.roles.length !== 1 || (role !== 'de' && role !== 'mle')) return undefined;
  return { question: breakingInto(role), move: { from: 'scratch', to: role } };
}

/** Words of a move's start in a passage ("transition from backend engineering", "coming from IT … backgrounds"). */
const startsAMove =
  /\b(?:transition(?:ing)?\s+from|moving\s+from|pivot(?:ing)?\s+from|switch(?:ing)?\s+from|coming\s+from|backgrounds?)\b/i;

/** Words of any job ("engineer", "grad") or of the field ("data", "ml"), which say nothing of where a move starts. */
const genericJobWords = /^(?:engineers?|developer|dev|grad|graduate|student|here|senior|junior|an?|data|ml|ai)$/;

/**
 * Whether a passage speaks of a move starting from a job's field: "…transitioning from traditional software…" for a
 * "software engineer", "…from backend engineering…" for a "backend dev". A job's generic words ("engineer", "data")
 * name no field.
 */
function speaksOfAMoveFrom(kb: KnowledgeBase, passage: Passage, job: string): boolean {
  const own = job
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2 && !genericJobWords.test(w));
  return own.some((w) => kb.mentions(passage, w)) && startsAMove.test(passage.text);
}

/**
 * Whether the sources describe no move from `job` (into `to`, when given): no passage close to a move from it names
 * its field as where a move starts ("analyst" comes up only as whom data engineers work with). Into one role, a
 * passage of the other role's move is none of it: backend engineering is timed into DE only.
 */
export function noMoveDescribedFrom(kb: KnowledgeBase, job: string, to?: Role): boolean {
  return !kb
    .search(`transition from ${job}${to ? ` to ${roleWords[to]}` : ''}`, { limit: 5 })
    .hits.some(
      (hit) => (to === undefined || kb.sideOf(hit.passage) !== (to === 'de' ? 'mle' : 'de')) && speaksOfAMoveFrom(kb, hit.passage, job),
    );
}
