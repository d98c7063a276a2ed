/**
 * Follow-up conversations (shared/eval/README.md, "Follow-up conversations"): only the last turn is scored,
 * with the hit rule of the question sets. `dep` lines need the earlier turns; `fresh` lines must not be bent by
 * them. A conversation is answered by a function given the earlier turns and the last one, so the same
 * figures measure a bot with no memory (the last turn alone) and one that keeps the conversation.
 */
import { z } from 'zod';
import { isHit, normalizeForMatch, type RankedPassage, readJsonLines } from './metrics.js';

export const conversationSchema = z.object({
  id: z.string(),
  kind: z.enum(['dep', 'fresh']),
  turns: z.array(z.string()).min(2),
  gold: z.array(z.string().refine((g) => normalizeForMatch(g) !== '', 'a gold phrase needs letters or digits')).min(1),
});
export type Conversation = z.infer<typeof conversationSchema>;

export function readConversations(file: string): Conversation[] {
  return readJsonLines(file, conversationSchema);
}

/** What a bot made of a conversation's last turn. */
export interface TurnResult {
  answered: boolean;
  passages: RankedPassage[];
}

/** Follow-ups answered from their context, and fresh questions not bent: the last turn answered with a gold passage in its top 3. */
export interface FollowupFigures {
  dependent: number;
  dependentAnswered: number;
  fresh: number;
  freshKept: number;
  misses: { id: string; kind: Conversation['kind']; last: string }[];
}

export async function scoreConversations(
  conversations: Conversation[],
  answer: (earlier: string[], last: string, id: string) => TurnResult | Promise<TurnResult>,
): Promise<FollowupFigures> {
  const figures: FollowupFigures = { dependent: 0, dependentAnswered: 0, fresh: 0, freshKept: 0, misses: [] };
  for (const c of conversations) {
    const last = c.turns.at(-1)!;
    const result = await answer(c.turns.slice(0, -1), last, c.id);
    const ok = result.answered && result.passages.slice(0, 3).some((p) => isHit(p, c.gold));
    if (c.kind === 'dep') {
      figures.dependent += 1;
      if (ok) figures.dependentAnswered += 1;
    } else {
      figures.fresh += 1;
      if (ok) figures.freshKept += 1;
    }
    if (!ok) figures.misses.push({ id: c.id, kind: c.kind, last });
  }
  return figures;
}
