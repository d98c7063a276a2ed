import type { Citation } from '../answer/types.js';

/** One fact on one side of a comparison, quoted from a passage (or from the parts of one list). */
export interface ComparisonPoint {
  passageId: string;
  /** The further passages quoted when a list split in parts is shown as one point (its lead-in, then its items). */
  alsoQuotes?: string[];
  /** A table row's label ("Entry Salary"), or the few words run into a paragraph as its heading ("SQL depth"). */
  label?: string;
  /**
   * What the row's table is about, when its label alone puts it on the aspect and its heading names another
   * ("Remote (Global)" under "2026 Salary Benchmarks"), so that it reads as what it is.
   */
  context?: string;
  /** The quoted sentences (" … " where some of the passage's are left out), list items one a line, or a table cell. */
  text: string;
  citation: Citation;
  score: number;
}

/** The same figure stated differently by different sources; each is shown with its source. */
export interface Disagreement {
  /** What the figures are about: "Data Engineer pay, entry level", "Switching Data Engineer → ML Engineer". */
  topic: string;
  figures: { value: string; passageId: string; citation: Citation }[];
}

/**
 * Data Engineer and ML Engineer side by side on one aspect: every point the articles make on it, on the side
 * of the role it speaks of, sections most on the aspect first, a section's points in the article's order.
 */
export interface Comparison {
  aspect: { id: string; label: string };
  dataEngineer: ComparisonPoint[];
  mlEngineer: ComparisonPoint[];
  /** What speaks of both roles at once (a verdict, a gap, what they share). */
  both: ComparisonPoint[];
  disagreements: Disagreement[];
}
