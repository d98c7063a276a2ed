/** What a slash command is: its definition (deployed as is) and a thin handler over the core. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CareerBot } from '../../bot/careerBot.js';
import type { Logger } from '../../log.js';
import type { Clock } from '../../quiz/repository.js';
import type { AnswerChannels } from '../../settings/answerChannels.js';
import type { PassageRefs } from '../passageRefs.js';
import type { QuizPosts } from '../quizPosts.js';

/** What handlers use: the core's façade, the answer-channel switches, where quizzes were posted, passage refs, a logger, a clock. */
export interface HandlerDeps {
  bot: CareerBot;
  channels: AnswerChannels;
  quizPosts: QuizPosts;
  refs: PassageRefs;
  log: Logger;
  clock: Clock;
}

/** A slash command: its definition, its handler, and its autocomplete if it has one. */
export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void>;
}
