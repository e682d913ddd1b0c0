#!/usr/bin/env node
/** `npm run discord [-- --article FILE ...]`: runs the Discord bot until SIGINT/SIGTERM. */
import { parseArgs } from 'node:util';
import { loadDotEnv, runMain } from '../shared/env.js';
import { loadDiscordConfig } from './config.js';
import { DISCORD_USAGE } from './usage.js';

await runMain('discord', async () => {
  const { values } = parseArgs({ options: { article: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(DISCORD_USAGE);
    return;
  }
  loadDotEnv();
  // Check the settings before loading discord.js and the core, so a missing token fails at once.
  loadDiscordConfig(process.env);
  const { runDiscord } = await import('./run.js');
  const { stopped } = await runDiscord({ env: process.env, articles: values.article ?? [] });
  await stopped;
});
// Whatever discord.js still has pending (a hanging request, a reconnect timer) must not keep the
// process alive after shutdown or a fatal error: exit now, with runMain's code.
process.exit();
