/**
 * What the bot remembers besides quizzes, declared by the core: questions it declined (for a gaps report),
 * 👍/👎 on answers and comparisons, and everything stored about one user (so it can be deleted).
 */

/** 👍 is 1, 👎 is -1. */
export type Vote = 1 | -1;

/** A question the sources could not answer, kept for the gaps report. */
export interface DeclinedQuestion {
  /** A namespaced user id, as for quizzes. */
  user: string;
  /** Where it was asked: the place's key, as the front end names it. */
  place: string;
  question: string;
  now: number;
}

/** A 👍 or 👎 on an answer or a comparison. */
export interface Feedback {
  user: string;
  kind: 'answer' | 'compare';
  /** The question asked, or the aspect compared. */
  subject: string;
  /** The first passage shown, when there was one. */
  passageId?: string;
  vote: Vote;
  now: number;
}

/** What `npm run report` prints. */
export interface ActivityReport {
  /** Declined questions grouped by their normalised text, most asked first. */
  declined: { question: string; count: number; lastAsked: number }[];
  feedback: { kind: Feedback['kind']; up: number; down: number }[];
  /** Subjects with at least one 👎: the most 👎 first, then the fewest 👍. */
  disliked: { kind: Feedback['kind']; subject: string; up: number; down: number }[];
  quizzes: { status: string; count: number }[];
  outcomes: { outcome: string; count: number }[];
}

/** Where declined questions and feedback are kept. */
export interface ActivityRepository {
  recordDeclined(question: DeclinedQuestion): Promise<void>;
  /** One vote per user per kind and subject: voting again replaces the earlier vote. */
  recordFeedback(feedback: Feedback): Promise<void>;
  report(limit: number): Promise<ActivityReport>;
}

/** How much is stored about one user. */
export interface UserData {
  quizzes: number;
  answers: number;
  declinedQuestions: number;
  feedback: number;
  /** Things remembered from what they said: their conversations (the last turns of each) and their profile. */
  conversations: number;
}

/** Everything stored about one user, counted or deleted (/forget-me). */
export interface UserDataRepository {
  describe(user: string): Promise<UserData>;
  /** Deletes everything stored about the user in one transaction; returns what was deleted. */
  forget(user: string): Promise<UserData>;
}

/** The key declined questions are grouped by: case, spacing and closing punctuation don't matter. */
export function normalizeQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.…]+$/u, '')
    .trim();
}

/**
 * Text as it is stored and reported: control characters (an ESC could drive the terminal of whoever runs
 * the report) and invisible format characters become spaces; long pastes are cut.
 */
export function plainText(text: string, max = 500): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max);
}
