/**
 * Every command, declared once: its name, what it does, its options, the help line, where it exists and its
 * handler into the core. The Discord slash-command definitions (and deploy-commands), the console's router
 * and both help texts are derived from this list; each front end renders the handler's reply by its kind.
 */
import type { Answer, Citation } from '../answer/types.js';
import type { AnswerChannelsChange, BotContext, CareerBot, CompareReply, SourceInfo } from '../bot/careerBot.js';
import type { UserData } from '../activity/repository.js';
import type { QuizView } from '../quiz/service.js';

/** A text option; `placeholder` names it in the console's help ("QUESTION"). */
export interface TextOption {
  kind: 'text';
  name: string;
  description: string;
  required: boolean;
  /** Characters at most (Discord enforces it in its input box; the console cuts nothing). */
  maxLength: number;
  placeholder: string;
  /** Offer the /compare aspects as the person types. */
  suggest?: 'aspects';
}

/** A channel of the community, where people write. */
export interface ChannelOption {
  kind: 'channel';
  name: string;
  description: string;
  required: boolean;
}

/** One of a few fixed values. */
export interface ChoiceOption {
  kind: 'choice';
  name: string;
  description: string;
  required: boolean;
  choices: readonly string[];
}

export type CommandOption = TextOption | ChannelOption | ChoiceOption;

/** What a command's handler gets: who asks where, the options as given, and the community it runs in. */
export interface CommandRequest {
  context: BotContext;
  /** Option values by name (a channel option's value is the channel's id). */
  args: Readonly<Record<string, string | undefined>>;
  /** The community (a server) the command runs in, with its channels, for commands scoped to one. */
  community?: { id: string; channelIds: readonly string[] };
  /** The conversation the command is part of (the front end's key), so /ask keeps up with follow-ups. */
  conversation?: string;
}

/** One line of a list reply, quoted from a passage when it carries a citation. */
export interface ListItem {
  text: string;
  citation?: Citation;
}

/**
 * What a command hands back for the front end to render. `list` is the general kind: a heading and lines, each
 * with its source; every front end draws it, so a new command that returns one needs no renderer of its own.
 */
export type CommandReply =
  | { kind: 'list'; heading: string; items: readonly ListItem[] }
  | { kind: 'answer'; answer: Answer }
  | { kind: 'comparison'; reply: CompareReply }
  | { kind: 'quiz'; view: QuizView }
  | { kind: 'sources'; sources: SourceInfo[] }
  | { kind: 'help'; commands: readonly Command[] }
  /** What is stored about the person, to confirm before deleting it. */
  | { kind: 'stored'; data: UserData }
  | { kind: 'answer-channels'; change: AnswerChannelsChange };

/** Where a command exists: everywhere the bot is, or in a community, for the people who manage it. */
export type CommandScope = 'everywhere' | 'community-managers';

/** The front ends that offer a command. */
export type FrontEnd = 'console' | 'discord';

export interface Command {
  name: string;
  /** What it does, in one line of at most 100 characters (Discord shows it in its command picker). */
  description: string;
  /** The help line, after the command and its options. */
  help: string;
  options: readonly CommandOption[];
  scope: CommandScope;
  frontEnds: readonly FrontEnd[];
  /** The kind of reply `run` gives, so a front end can prepare for it (a slow one is acknowledged first). */
  replies: CommandReply['kind'];
  run(bot: CareerBot, request: CommandRequest): Promise<CommandReply>;
}

const both: readonly FrontEnd[] = ['console', 'discord'];

export const commands: readonly Command[] = [
  {
    name: 'ask',
    description: 'Ask about Data Engineer and ML Engineer careers; the answer quotes its sources',
    help: 'a question about the two roles: pay, skills, tools, switching, interviews…',
    options: [
      {
        kind: 'text',
        name: 'question',
        description: 'e.g. how long does switching from DE to MLE take?',
        required: true,
        maxLength: 500,
        placeholder: 'QUESTION',
      },
    ],
    scope: 'everywhere',
    frontEnds: both,
    replies: 'answer',
    run: async (bot, { context, args, conversation }) => ({
      kind: 'answer',
      answer: await bot.ask(context, args.question ?? '', conversation ? { conversation } : {}),
    }),
  },
  {
    name: 'compare',
    description: 'Data Engineer vs ML Engineer side by side on one aspect, with sources',
    help: 'both roles side by side on one aspect (salary, skills, tools…; no aspect lists them)',
    options: [
      {
        kind: 'text',
        name: 'aspect',
        description: 'salary, skills, tools, switching…',
        required: false,
        maxLength: 100,
        placeholder: 'ASPECT',
        suggest: 'aspects',
      },
    ],
    scope: 'everywhere',
    frontEnds: both,
    replies: 'comparison',
    run: async (bot, { args }) => ({ kind: 'comparison', reply: bot.compare(args.aspect) }),
  },
  {
    name: 'quiz',
    description: 'Five questions on which role fits you, with the reasons; continues a quiz in progress',
    help: 'the five-question "which role fits you" diagnostic (continues a quiz in progress)',
    options: [],
    scope: 'everywhere',
    frontEnds: both,
    replies: 'quiz',
    run: async (bot, { context }) => ({ kind: 'quiz', view: await bot.startQuiz(context) }),
  },
  {
    name: 'sources',
    description: 'The articles every answer quotes',
    help: 'the articles I quote',
    options: [],
    scope: 'everywhere',
    frontEnds: both,
    replies: 'sources',
    run: async (bot) => ({ kind: 'sources', sources: bot.sources() }),
  },
  {
    name: 'forget-me',
    description: 'Delete everything careerbot stores about you',
    help: 'delete everything stored about you (asks first)',
    options: [],
    scope: 'everywhere',
    frontEnds: both,
    replies: 'stored',
    run: async (bot, { context }) => ({ kind: 'stored', data: await bot.storedAbout(context.actor) }),
  },
  {
    name: 'answers',
    description: 'Turn answering questions without a mention on or off in a channel',
    help: 'where I answer questions without being mentioned (Manage Server)',
    options: [
      { kind: 'channel', name: 'channel', description: 'The channel', required: true },
      {
        kind: 'choice',
        name: 'state',
        description: 'on: answer questions there; off: only when mentioned',
        required: true,
        choices: ['on', 'off'],
      },
    ],
    scope: 'community-managers',
    frontEnds: ['discord'],
    replies: 'answer-channels',
    run: async (bot, { args, community }) => {
      if (!community || !args.channel) throw new Error('answers: a community and a channel are required');
      return { kind: 'answer-channels', change: await bot.switchAnswering(community, args.channel, args.state === 'on') };
    },
  },
  {
    name: 'help',
    description: 'What careerbot can do and how to ask it',
    help: 'this list',
    options: [],
    scope: 'everywhere',
    frontEnds: both,
    replies: 'help',
    run: async () => ({ kind: 'help', commands }),
  },
];

/** The commands a front end offers, in the order of the list above. */
export function commandsFor(frontEnd: FrontEnd): readonly Command[] {
  return commands.filter((c) => c.frontEnds.includes(frontEnd));
}
