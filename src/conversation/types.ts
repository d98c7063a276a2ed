/**
 * What a conversation keeps: the last turns as the bot understood them (so a follow-up can inherit what it
 * lacks), a clarifying question awaiting its answer, and what a person said about themselves. Declared by the
 * core; src/storage (SQLite) and src/memory implement the port.
 */
import type { Direction } from '../search/direction.js';

export type Role = 'de' | 'mle';

/** What a question was about, as parsed: the parts a follow-up may keep or replace. */
export interface TurnSlots {
  /** The roles it named. */
  roles: Role[];
  /** A career level ("senior", "staff", "entry", "l5"), as the articles name levels. */
  level?: string;
  /** A place or a way of working ("nigeria", "remote", "us"). */
  region?: string;
  /** A move between the roles. */
  direction?: Direction;
  /** What it asked about, without its roles, level and region ("how much do … make"). */
  topic: string;
}

/** One question of a conversation, as answered. */
export interface Turn {
  /** As typed. */
  question: string;
  /** The question the bot answered: the same for a complete question, filled in from earlier turns for a follow-up. */
  resolved: string;
  slots: TurnSlots;
  /** The passages the answer showed, best first (for "which of those…"). */
  passages: string[];
  /**
   * The sentence the answer opened with, its heading before it where the answer showed one ("Data Engineer Salary
   * (2026): Junior…"): which role a comparison favoured, for "that one" or "the easier one" next. Absent when declined.
   */
  lead?: string;
  answered: boolean;
  /** Milliseconds since the epoch. */
  at: number;
  /**
   * What a quiz result shown as this turn said would change it ("Changing one answer would make it Data Engineer:
   * …"), for "what would change it?" next; kept by the result's next steps asked right after it; absent for other
   * turns.
   */
  whatWouldChange?: string;
  /** On a quiz result's turn: the option ids it was reached with, in step order ("what if i had said yes on q2?"). */
  quizAnswers?: string[];
  /** On a quiz result's turn: the answers the last what-if supposed, which "and if q1 was pipelines too" builds on. */
  whatIfAnswers?: string[];
  /**
   * For an item of a list asked about ("whats the first one mean"): the list's passage, so "and the last one?" next
   * is of the same list, though this turn's answer showed the item.
   */
  list?: string;
  /** On a "which role fits me" turn whose answer said where what they told points: that role ("how long would it take me" next). */
  fitPointedTo?: Role;
}

/** A question the bot asked back, with the readings to choose from. */
export interface PendingChoice {
  /** The follow-up as typed. */
  question: string;
  /** Each reading: the question it answers, what it understood (shown as the choice), its slots, its passages. */
  choices: { resolved: string; understood: string; slots: TurnSlots; within?: string[] }[];
  at: number;
}

/** One conversation: a person in one place (a console session, a channel, a DM, a reply chain). */
export interface ConversationState {
  /** The front end's key for it ("console:alice", "discord:<user>@<channel>"). */
  key: string;
  /** The person it belongs to (a namespaced user id): /forget-me deletes their conversations. */
  user: string;
  /** The last turns, oldest first (at most `keptTurns`). */
  turns: Turn[];
  pending?: PendingChoice;
  updatedAt: number;
}

/** A level the articles give pay for: the US table's four (entry to staff), principal, and FAANG's L3 to L7. */
export type PayLevel = 'entry' | 'mid' | 'senior' | 'staff' | 'principal' | 'l3' | 'l4' | 'l5' | 'l6' | 'l7';

/** What a person said about themselves, and their latest quiz result. */
export interface Profile {
  user: string;
  /** The role they work in now, when it is one of the two. */
  role?: Role;
  /** Their job in their own words ("backend developer"), when they named one. */
  job?: string;
  /** The role they said they are heading for. */
  goal?: Role;
  years?: number;
  /**
   * The level they said they work at ("senior", "staff", "L5"), as the articles' salary tables name levels; absent in
   * profiles kept before it was read. Outweighs the level their years would make.
   */
  level?: PayLevel;
  /** What they said they like ("stats", "building pipelines"). */
  likes: string[];
  /** What they said they dislike or are bad at ("math", "ambiguity"); absent in profiles kept before it was read. */
  dislikes?: string[];
  /** Skills or tools they said they know ("sql", "some pytorch"); absent in profiles kept before it was read. */
  knows?: string[];
  /** Where they said they live or work, as they named it ("lagos", "berlin"). */
  place?: string;
  /**
   * What they said they earn now, as they said it ("95k CAD", "$32/hr", "12 lpa"): never converted, since the sources'
   * figures are in one currency per table; absent in profiles kept before it was read.
   */
  pay?: string;
  /** Their latest quiz outcome. */
  quizOutcome?: 'mle' | 'de' | 'hybrid';
  /** The option ids that outcome was reached with, in step order, for a what-if asked later; absent in profiles kept before. */
  quizAnswers?: string[];
  /**
   * Whether `goal` was told after the latest quiz result ("actually i think ill go mle anyway"): a role chosen since
   * outranks the result for what to learn first and how long the move takes. Absent when the result is the newer.
   */
  goalAfterQuiz?: boolean;
  updatedAt: number;
}

/** Conversations and profiles in storage; every call is one transaction. */
export interface ConversationRepository {
  get(key: string): Promise<ConversationState | undefined>;
  /** Stores the conversation whole, replacing what was stored under its key. */
  save(conversation: ConversationState): Promise<void>;
  profile(user: string): Promise<Profile | undefined>;
  saveProfile(profile: Profile): Promise<void>;
  /** Deletes conversations untouched since `conversationsBefore` and profiles untouched since `profilesBefore` (ms since the epoch); resolves to how many rows went. */
  expire(conversationsBefore: number, profilesBefore: number): Promise<number>;
}

/**
 * How many turns a conversation keeps: a follow-up looks back one turn, "which of those" at its answer, and "back to
 * the pay thing" to the turn it names, a few questions before.
 */
export const keptTurns = 6;
