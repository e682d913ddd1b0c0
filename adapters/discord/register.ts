#!/usr/bin/env node
/**
 * `npm run discord:register`: installs /ask, /about and /why. Globally (may take up to an hour to show
 * everywhere), or in one guild at once when DISCORD_GUILD_ID is set. Re-running is safe: the
 * command list is replaced (PUT), not appended.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REST, Routes, type APIApplication } from 'discord.js';
import { loadDotEnv, runMain } from '../shared/env.js';
import { commandDefinitions } from './commands.js';
import { loadDiscordConfig, type DiscordConfig } from './config.js';
import { tokenRejected } from './errors.js';
import { REGISTER_USAGE } from './usage.js';

export interface Registration {
  scope: 'guild' | 'global';
  applicationId: string;
  guildId?: string;
  commands: string[];
}

/** Discord's answer, as one line naming the setting to fix (no token, no request body). */
function explain(error: unknown, config: Pick<DiscordConfig, 'applicationId' | 'guildId'>): Error {
  const e = error as { status?: number; code?: unknown; message?: string } | null;
  if (e?.status === 401) return tokenRejected('401 Unauthorized');
  if (e?.status === 403 || e?.code === 50001) {
    return new Error(`Discord refused (403 Missing Access)${config.guildId ? `: check DISCORD_GUILD_ID, and that the bot was invited to that server with the applications.commands scope` : ': check DISCORD_APPLICATION_ID belongs to the bot whose token is DISCORD_TOKEN'}`, { cause: error });
  }
  if (e?.status === 404 || e?.code === 10002 || e?.code === 10004) {
    return new Error(`Discord does not know ${config.guildId ? 'DISCORD_GUILD_ID or DISCORD_APPLICATION_ID' : 'DISCORD_APPLICATION_ID'} (404): check the ids in .env, or leave DISCORD_APPLICATION_ID empty to look it up`, { cause: error });
  }
  const said = (e?.message ?? String(error)).split('\n')[0];
  if (e?.status === 400) return new Error(`Discord rejected the request (400 ${said}): check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID`, { cause: error });
  return new Error(`could not reach Discord (${said}): check the network, and DISCORD_API_URL if it is set`, { cause: error });
}

export async function registerCommands(config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'applicationId' | 'guildId'>): Promise<Registration> {
  try {
    return await register(config);
  } catch (error) {
    throw explain(error, config);
  }
}

async function register(config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'applicationId' | 'guildId'>): Promise<Registration> {
  // One attempt, bounded: a person is waiting at the terminal.
  const rest = new REST({ api: config.apiUrl, retries: 1, timeout: 10_000 }).setToken(config.token);
  const applicationId = config.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const body = commandDefinitions();
  const route = config.guildId ? Routes.applicationGuildCommands(applicationId, config.guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  return {
    scope: config.guildId ? 'guild' : 'global',
    applicationId,
    ...(config.guildId ? { guildId: config.guildId } : {}),
    commands: body.map((c) => c.name),
  };
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  await runMain('discord:register', async () => {
    const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write(REGISTER_USAGE);
      return;
    }
    loadDotEnv();
    const done = await registerCommands(loadDiscordConfig());
    const where = done.scope === 'guild' ? `in guild ${done.guildId} (available now)` : 'globally (may take up to an hour to appear)';
    process.stdout.write(`Registered ${done.commands.map((c) => `/${c}`).join(', ')} for application ${done.applicationId} ${where}.\n`);
  });
}
