#!/usr/bin/env node
/**
 * `npm run report [-- --file PATH] [--top N] [--json]`: summarises the questions log (and its
 * rotated files): the most frequent questions the article did not answer, grouped by key terms.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDotEnv, runMain } from '../shared/env.js';
import { logFiles } from '../shared/qa-log.js';
import { sessionSettings, DEFAULT_LOG_FILE } from '../shared/session.js';
import { formatSummary, summarise } from './summarise.js';

await runMain('report', () => {
  const { values } = parseArgs({ options: { file: { type: 'string' }, top: { type: 'string', default: '20' }, json: { type: 'boolean', default: false } } });
  loadDotEnv();
  const file = values.file ?? sessionSettings(process.env).log?.file ?? DEFAULT_LOG_FILE;
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new Error('--top must be a whole number of at least 1');
  const files = logFiles(file);
  if (files.length === 0) {
    process.stdout.write(values.json ? `${JSON.stringify({ files: [], ...summarise([]) })}\n` : `No questions log at ${file} yet: it fills as people ask the bots.\n`);
    return;
  }
  const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  const summary = summarise(lines);
  process.stdout.write(values.json ? `${JSON.stringify({ files, ...summary, groups: summary.groups.slice(0, top) })}\n` : `${formatSummary(summary, top)}\n`);
});
