/**
 * npm run deploy-commands [-- --dry-run]: registers the slash commands in DISCORD_GUILD_ID when set
 * (instant) or globally. --dry-run prints the JSON that would be sent and needs no configuration.
 */
import { loadConfigOrExit } from '../src/config.js';
import { commandDefinitions } from '../src/discord/slashCommands.js';
import { deployCommands, deployRoute } from '../src/discord/deploy.js';
import { loginProblem } from '../src/discord/launch.js';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--dry-run');
if (unknown.length > 0) {
  process.stderr.write(`deploy-commands: unknown argument ${unknown[0]}. Usage: npm run deploy-commands [-- --dry-run]\n`);
  process.exit(2);
}

if (args.includes('--dry-run')) {
  process.stdout.write(`${JSON.stringify(commandDefinitions, null, 2)}\n`);
  process.stderr.write(`deploy-commands: dry run, nothing sent (${commandDefinitions.length} commands).\n`);
  process.exit(0);
}

const config = loadConfigOrExit(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL']);
const target = { applicationId: config.DISCORD_CLIENT_ID, ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}) };
try {
  const names = await deployCommands({
    token: config.DISCORD_TOKEN,
    ...target,
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
  });
  const where = config.DISCORD_GUILD_ID
    ? `in server ${config.DISCORD_GUILD_ID} (available now; user installs see only globally deployed commands)`
    : 'globally (Discord may take a while to show them everywhere)';
  process.stdout.write(`Registered ${names.length} commands ${where}: ${names.map((n) => `/${n}`).join(', ')}\n`);
} catch (error) {
  process.stderr.write(
    `${loginProblem(error).replace(/^discord: could not connect to Discord/, `deploy-commands: PUT ${deployRoute(target)} failed`)}\n`,
  );
  process.exit(1);
}
