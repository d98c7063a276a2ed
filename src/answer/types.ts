/** What an answer or comparison cites: enough to name the article and the section. */
export interface Citation {
  source: string;
  title: string;
  publisher?: string;
  section: string;
}

/** One passage of an answer, with the sentence that best matches the question. */
export interface AnswerPassage {
  id: string;
  source: string;
  title: string;
  section: string;
  text: string;
  score: number;
  kind: 'paragraph' | 'list' | 'row';
  citation: Citation;
  /** The sentence (or list item, or table row) of the passage that best matches the question. */
  keySentence: string;
}

/** Something to try instead, when the sources don't cover a question. */
export type Suggestion =
  | { kind: 'compare'; aspect: string; label: string }
  | { kind: 'question'; text: string };

/** The engine's reply to a question: a value, rendered by the CLI, the console or Discord. */
export interface Answer {
  question: string;
  answered: boolean;
  /** Why a question was declined: it had nothing to search for, or nothing cleared the confidence bar. */
  declineReason?: 'empty' | 'not-covered';
  /** At most 5, best first; present even when declined (the candidates that were too weak). */
  passages: AnswerPassage[];
  /** How many of `passages` are worth showing a person (the rest trail far behind the best). */
  shown: number;
  /** Two or three topics to try, when declined. */
  suggestions: Suggestion[];
}
