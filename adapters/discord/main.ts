#!/usr/bin/env node
/** `npm run discord [-- --article FILE ...]`: runs the Discord bot until SIGINT/SIGTERM. */
import { parseArgs } from 'node:util';
import { loadDotEnv, runMain } from '../shared/env.js';
import { runDiscord } from './run.js';

await runMain('discord', async () => {
  const { values } = parseArgs({ options: { article: { type: 'string', multiple: true } } });
  loadDotEnv();
  const { stopped } = await runDiscord({ env: process.env, articles: values.article ?? [] });
  await stopped;
});
