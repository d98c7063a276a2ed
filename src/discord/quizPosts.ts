/**
 * What the Discord adapter keeps about where it posted each quiz: the thread the quiz runs in, and the one
 * sharing of its result in the channel. A port the adapter declares; src/storage implements it (SqliteQuizPosts).
 */

/** How a claim on sharing a result ended up. */
export type ShareClaim = 'claimed' | 'shared' | 'in-progress' | 'not-completed';

export interface QuizPosts {
  /** The thread quiz `id` runs in, once one was opened. */
  postedIn(id: number): Promise<string | undefined>;
  setPostedIn(id: number, threadId: string): Promise<void>;
  /**
   * Claims the sharing of a completed quiz's result: 'claimed' when this caller may post it; 'shared' when it was
   * posted already; 'in-progress' when another claim younger than `leaseMs` holds it.
   */
  claimShare(id: number, now: number, leaseMs: number): Promise<ShareClaim>;
  /** The claimed result was posted. */
  markShared(id: number, now: number): Promise<void>;
  /** The claimed result was certainly not posted: someone may try again at once. */
  releaseShare(id: number): Promise<void>;
  isShared(id: number): Promise<boolean>;
}

/** Longer than Discord's REST timeout with its retries: a claim this old belongs to a share that died. */
export const shareLeaseMs = 2 * 60_000;
