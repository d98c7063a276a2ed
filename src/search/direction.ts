/** Which way a move between the roles goes, in a question or a passage ("from DE to MLE"). */

export function directionOf(text: string): 'de-to-mle' | 'mle-to-de' | undefined {
  const t = text.toLowerCase();
  const de = '(?:data engineer(?:ing)?s?|data eng|de)';
  const mle = '(?:ml engineer(?:ing)?s?|machine learning engineer(?:ing)?s?|ml eng|mle|ml)';
  const deFirst = new RegExp(`\\b${de}\\s+(?:to|->|→)\\s+${mle}\\b`).exec(t);
  const mleFirst = new RegExp(`\\b${mle}\\s+(?:to|->|→)\\s+${de}\\b`).exec(t);
  if (deFirst && (!mleFirst || deFirst.index < mleFirst.index)) return 'de-to-mle';
  if (mleFirst) return 'mle-to-de';
  return undefined;
}
