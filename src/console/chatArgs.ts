/** The console's command line: `--user NAME` picks who you are; the default is the OS user name. */
export const chatUsage = `usage: npm run chat [-- --user NAME]
  --user NAME   who you are (default: your OS user name); quizzes and ratings are kept per name`;

/** Parsed arguments: who to run as, or what to print instead. */
export type ChatArgs = { kind: 'run'; user: string } | { kind: 'help'; text: string } | { kind: 'error'; text: string };

const maxName = 64;

export function parseChatArgs(argv: string[], osUser: () => string): ChatArgs {
  let user: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help', text: chatUsage };
    if (arg === '--user' || arg.startsWith('--user=')) {
      if (arg === '--user') i += 1;
      const value = arg === '--user' ? argv[i] : arg.slice('--user='.length);
      if (value === undefined) return { kind: 'error', text: `chat: --user needs a name\n${chatUsage}` };
      user = value;
    } else return { kind: 'error', text: `chat: unknown argument ${arg}\n${chatUsage}` };
  }
  const name = (user ?? safeOsUser(osUser)).trim();
  // Control and bidi characters would garble the transcript (and are never part of a real name).
  if (name === '' || name.length > maxName || /[\p{Cc}\p{Cf}]/u.test(name)) {
    return { kind: 'error', text: `chat: the user name must be 1 to ${maxName} printable characters\n${chatUsage}` };
  }
  return { kind: 'run', user: name };
}

function safeOsUser(osUser: () => string): string {
  try {
    return osUser();
  } catch {
    // userInfo() throws for a uid with no passwd entry (some containers).
    return 'you';
  }
}
