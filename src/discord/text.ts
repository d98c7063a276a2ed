/** What the Discord adapter says about itself: button labels, acknowledgements, refusals, help. */

export const discordText = {
  buttons: {
    moreSources: 'More sources',
    up: '👍',
    down: '👎',
    back: '◀ Back',
    restart: '↺ Restart',
    quit: '✖ Quit',
    share: 'Share in channel',
    shared: 'Shared ✓',
    retake: 'Retake',
    forget: 'Delete everything',
    keep: 'Keep it',
    /** /compare's pages: More ▸ on the public first page, ◀ and ▸ on the pages it opens. */
    morePages: (page: number, pages: number) => `More ▸ (page ${page} of ${pages})`,
    pageBack: (page: number, pages: number) => `◀ Page ${page} of ${pages}`,
    pageNext: (page: number, pages: number) => `Page ${page} of ${pages} ▸`,
  },
  alsoInSources: 'Also in my sources:',
  sourcesHeading: 'Sources',
  nothingMore: 'That is everything my sources say on this.',
  morePassagesGone: 'Those passages are no longer in my sources (they changed since this message). Ask again for a fresh answer.',
  quizThreadName: (name: string) => `Career quiz · ${name}`,
  quizOpened: (threadId: string) => `Your quiz is in <#${threadId}>. Answer with the buttons there; only you can.`,
  quizContinues: (threadId: string) => `You already have a quiz going: it continues in <#${threadId}>.`,
  quizHere: "I can't open a thread here, so the quiz runs in this message (only you can see it).",
  previousAnswer: (label: string) => `Your answer before: ${label}`,
  shared: (channelId: string) => `Shared in <#${channelId}>.`,
  shareHeadline: (name: string, label: string) => `${name} took the career quiz: ${label}.`,
  cannotShare: "I can't post in that channel, so the result stays here.",
  sharing: 'Your result is being shared right now.',
  notYourResult: 'Only the person who took this quiz can share it.',
  cooldown: (seconds: number) => `You're asking faster than I can keep up. I'll answer your questions again in ${seconds} s.`,
  answersOn: (channelId: string) => `I'll now answer questions in <#${channelId}> without being mentioned.`,
  answersOnForum: (channelId: string) =>
    `I'll now answer each new post in <#${channelId}> without being mentioned, and its author's follow-ups in it.`,
  answersOff: (channelId: string) => `I'll stay quiet in <#${channelId}> unless someone mentions me.`,
  answersNowOn: (channels: string[]) =>
    channels.length === 0
      ? 'Free-text answering is on in no channel of this server (mentions and /ask always work).'
      : `Free-text answering is on in: ${channels.map((id) => `<#${id}>`).join(', ')}.`,
  notATextChannel: 'Pick a text or forum channel: I only answer questions in text channels and in forum posts.',
  cannotAnswerIn: (channelId: string, missing: string[]) =>
    `⚠ I can't answer in <#${channelId}> yet: I need ${missing.join(', ')} there (Server Settings → Roles, or the channel's permissions).`,
  /** Discord's own names for the permissions the bot asks for. */
  permissionNames: {
    viewChannel: 'View Channel',
    sendMessages: 'Send Messages',
    sendMessagesInThreads: 'Send Messages in Threads',
    embedLinks: 'Embed Links',
    readMessageHistory: 'Read Message History',
  },
  serversOnly: (command: string) => `/${command} works in servers only: in DMs I always answer.`,
  needManageServer: (command: string) => `Only people with the Manage Server permission can use /${command}.`,
  notInServer: (command: string) => `/${command} needs careerbot added to this server (a server install), not only to your account.`,
  /** A question asked back (a follow-up that could mean two things): its choices are buttons. */
  clarifyHint: 'Pick one, or ask it another way.',
  notYourQuestion: (userId: string) => `This question was for <@${userId}>. Ask your own by mentioning me, or with /ask.`,
  clarifyAnswered: "That question was already answered (or you've asked something else since), so nothing changed.",
  unknownButton: 'That button is from an older version of me and no longer works. Try the command again.',
  unknownCommand: (name: string) => `I don't know /${name} any more. Try /help.`,
  /** To a command or click that arrives while the bot stops (a deploy): Discord would otherwise say it failed. */
  restarting: "I'm restarting right now, so I didn't start that. Try again in a few seconds.",
  /** On Discord the quiz is driven by buttons, so notices that name typed words read differently. */
  quizNotices: {
    resumed: 'You already have a quiz going, so we carry on where you left off. (Restart begins again.)',
    stale: 'That question was already answered, so nothing changed. /quiz shows where your quiz stands.',
  },
  answerStands: (question: number, label: string) =>
    `Question ${question} was already answered with "${label}", and that answer stands. Use Back to change it.`,
  quizFooter: (name: string) => `${name}'s quiz`,
  tryTheQuiz: 'Take it yourself with `/quiz`.',
  roles: { de: 'Data Engineer', mle: 'ML Engineer', both: 'Both roles' },
  compareTitle: (aspect: string) => `Data Engineer vs ML Engineer — ${aspect}`,
  /** Above the sources a /compare chart cites whose points are on a later page. */
  chartSources: 'The chart below also cites:',
  sourcesDiffer: '⚠ Sources differ',
  sourcesContinued: 'Sources (continued)',
  /** Said under cited lines when the rest did not fit one message with their sources. */
  leftOut: (count: number) => `… and ${count} more`,
  comparePageTitle: (title: string, page: number, pages: number) => `${title} (page ${page} of ${pages})`,
  comparePageFooter: (page: number, pages: number) =>
    page === 1 ? `Page 1 of ${pages}: More ▸ shows the rest` : `Page ${page} of ${pages}`,
  comparePageGone: 'That page of the comparison is no longer there (my sources changed since). Run /compare again.',
  nothingSpecific: '(my sources say nothing specific here)',
  helpIntro: 'I help you choose between **Data Engineer** and **ML Engineer**. Every answer quotes its sources.',
  helpOutro: 'You can also mention me with a question, or DM me. I never ping anyone.',
} as const;
