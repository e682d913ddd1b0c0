#!/usr/bin/env node
/**
 * `npm run discord:register`: installs /ask, /about and /why. Globally (may take up to an hour to show
 * everywhere), or in one guild at once when DISCORD_GUILD_ID is set. Re-running is safe: the
 * command list is replaced (PUT), not appended.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REST, Routes, type APIApplication } from 'discord.js';
import { loadDotEnv, runMain } from '../shared/env.js';
import { commandDefinitions } from './commands.js';
import { loadDiscordConfig, type DiscordConfig } from './config.js';

export interface Registration {
  scope: 'guild' | 'global';
  applicationId: string;
  guildId?: string;
  commands: string[];
}

export async function registerCommands(config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'applicationId' | 'guildId'>): Promise<Registration> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
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
    loadDotEnv();
    const done = await registerCommands(loadDiscordConfig());
    const where = done.scope === 'guild' ? `in guild ${done.guildId} (available now)` : 'globally (may take up to an hour to appear)';
    process.stdout.write(`Registered ${done.commands.map((c) => `/${c}`).join(', ')} for application ${done.applicationId} ${where}.\n`);
  });
}
