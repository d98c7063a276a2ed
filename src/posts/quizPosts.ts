/**
 * What a chat-platform front end keeps about where it posted each quiz: the thread the quiz runs in, and the
 * one sharing of its result in the channel. The quiz core knows nothing of it; the Discord adapter uses it, and
 * src/storage implements it (SqliteQuizPosts).
 */

/** How a claim on sharing a result ended up. */
export type ShareClaim = 'claimed' | 'shared' | 'in-progress' | 'not-completed';

export interface QuizPosts {
  /** The thread quiz `id` runs in, once one was opened. */
  postedIn(id: number): Promise<string | undefined>;
  setPostedIn(id: number, threadId: string): Promise<void>;
  /**
   * Claims the sharing of a completed quiz's result: 'claimed' when this caller may post it; 'shared' when it was
   * posted already; 'in-progress' when another claim younger than `leaseMs` holds it; 'not-completed' when the quiz is not
   * finished (or does not exist).
   */
  claimShare(id: number, now: number, leaseMs: number): Promise<ShareClaim>;
  /** The claimed result was posted. */
  markShared(id: number, now: number): Promise<void>;
  /** The claimed result was certainly not posted: someone may try again at once. */
  releaseShare(id: number): Promise<void>;
  isShared(id: number): Promise<boolean>;
}

/** Longer than a chat platform's request timeout with its retries (Discord's: 15 s × 3): a claim this old belongs to a share that died. */
export const shareLeaseMs = 2 * 60_000;
