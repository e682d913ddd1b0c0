import { parseArgs } from 'node:util';
import { createCore } from '../../src/index.js';
import { loadArticles } from '../shared/articles.js';
import { runMain } from '../shared/env.js';
import { runRepl } from './repl.js';

/** `npm start`: the REPL on seeds/ (or on --article PATH files), on this terminal. */
await runMain('repl', async () => {
  const { values } = parseArgs({ options: { article: { type: 'string', multiple: true } } });
  const core = createCore(loadArticles(values.article ?? []));
  await runRepl(core, { input: process.stdin, output: process.stdout, interactive: !!process.stdin.isTTY && !!process.stdout.isTTY });
});
