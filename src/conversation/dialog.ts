/** A whole conversation typed into the bot at once: for `npm run ask -- --dialog` and the follow-up evaluation. */
import type { Answer } from '../answer/types.js';
import type { CareerBot } from '../bot/careerBot.js';

/**
 * Asks every turn of a conversation, in order, in a conversation of its own (key `key`), as one person would
 * type them; resolves to the answer to the last one. Throws when there is no turn.
 */
export async function answerDialog(bot: Pick<CareerBot, 'ask'>, turns: readonly string[], key: string): Promise<Answer> {
  const context = { actor: { id: `dialog:${key}`, name: key }, place: { key: 'dialog', label: 'dialog' } };
  let answer: Answer | undefined;
  for (const turn of turns) answer = await bot.ask(context, turn, { conversation: key, recordDecline: false });
  if (!answer) throw new Error('a conversation needs at least one turn');
  return answer;
}
