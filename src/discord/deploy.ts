/** Registers the slash commands: in one server (instant, for development) or globally. */
import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './slashCommands.js';

/** Who deploys, where, and through which API. */
export interface DeployOptions {
  token: string;
  applicationId: string;
  /** DISCORD_GUILD_ID: deploy to this server only. */
  guildId?: string;
  /** DISCORD_API_URL: the REST base. */
  apiUrl?: string;
}

/** Where the commands go: a guild's route or the global one. */
export function deployRoute(options: Pick<DeployOptions, 'applicationId' | 'guildId'>): `/${string}` {
  return options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
}

/** Replaces the registered commands with ours (a PUT, so removed commands disappear); returns their names. */
export async function deployCommands(options: DeployOptions): Promise<string[]> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const registered = (await rest.put(deployRoute(options), { body: commandDefinitions })) as { name: string }[];
  return registered.map((c) => c.name);
}
