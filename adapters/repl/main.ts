import { parseArgs } from 'node:util';
import { createCore } from '../../src/index.js';
import { loadArticles } from '../shared/articles.js';
import { loadDotEnv, runMain } from '../shared/env.js';
import { createLog, createSession, sessionSettings } from '../shared/session.js';
import { runRepl } from './repl.js';

/** `npm start`: the REPL on seeds/ (or on --article PATH files), on this terminal. */
await runMain('repl', async () => {
  const { values } = parseArgs({ options: { article: { type: 'string', multiple: true } } });
  loadDotEnv();
  const settings = sessionSettings(process.env, 'repl');
  const core = createCore(loadArticles(values.article ?? []));
  let warned = false;
  const log = createLog(settings.log, (error) => {
    if (!warned) process.stderr.write(`repl: cannot write the questions log (${error instanceof Error ? error.message : String(error)}); answering anyway\n`);
    warned = true;
  });
  const session = createSession({ core, via: 'repl', log, bounds: settings.conversations });
  await runRepl(core, { input: process.stdin, output: process.stdout, interactive: !!process.stdin.isTTY && !!process.stdout.isTTY, session });
});
