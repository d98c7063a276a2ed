import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { startQuiz } from '../quizFlow.js';
import { everywhere } from './contexts.js';
import type { SlashCommand } from './types.js';

/** /quiz: the diagnostic in a thread of its own (see quizFlow.ts). */
export const quiz: SlashCommand = {
  definition: {
    name: 'quiz',
    description: 'Five questions on which role fits you, with the reasons; continues a quiz in progress',
    ...everywhere,
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  execute: startQuiz,
};
