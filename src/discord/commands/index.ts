/** Every slash command; the bot dispatches to these and deploy-commands registers their definitions. */
import { answers } from './answers.js';
import { ask } from './ask.js';
import { compare } from './compare.js';
import { forgetMe } from './forgetMe.js';
import { help } from './help.js';
import { quiz } from './quiz.js';
import { sources } from './sources.js';
import type { SlashCommand } from './types.js';

export const commands: readonly SlashCommand[] = [ask, compare, quiz, sources, help, forgetMe, answers];

export const commandsByName = new Map(commands.map((c) => [c.definition.name, c]));

export const commandDefinitions = commands.map((c) => c.definition);
