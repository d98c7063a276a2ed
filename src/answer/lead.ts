/**
 * The sentence an answer opens with: among the best passages' sentences, the one that answers what was asked
 * (scored by src/search/sentenceScore.ts). A later passage leads only when its sentence answers clearly
 * better, so an article's introduction that merely names the topic loses to the sentence that settles it.
 */

/** What a later passage's sentence must beat the first one's by, per place, to lead instead. */
export const rankPenalty = [0, 0.15, 0.3];

/** Which of the best passages (by index) the answer opens with, given each one's best sentence score. */
export function chooseLead(sentenceScores: readonly number[]): number {
  let chosen = 0;
  let bestScore = -Infinity;
  sentenceScores.slice(0, rankPenalty.length).forEach((score, i) => {
    if (score - rankPenalty[i]! > bestScore) {
      bestScore = score - rankPenalty[i]!;
      chosen = i;
    }
  });
  return chosen;
}
