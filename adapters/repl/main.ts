import { createCore } from '../../src/index.js';
import { ARTICLE_OPTION, CONVERSATION_VARIABLES, LOG_VARIABLES, parseCommandLine, type HelpText } from '../cli/args.js';
import { loadArticles } from '../shared/articles.js';
import { loadDotEnv, runMain } from '../shared/env.js';
import { createLog, createSession, sessionSettings } from '../shared/session.js';
import { runRepl } from './repl.js';

const HELP: HelpText = {
  command: 'npm start',
  usage: ['npm start [-- --article PATH]...', 'node dist/adapters/repl/main.js [--article PATH]...'],
  summary:
    'Asks questions about the articles in seeds/ (or the --article files) on this terminal, one per line;\n' +
    'inside, /help lists the commands (/about, /why, /more, /good, /bad, /quit). Piped input gets answers only.',
  options: [ARTICLE_OPTION],
  variables: [...CONVERSATION_VARIABLES, ...LOG_VARIABLES],
};

/** `npm start`: the REPL on seeds/ (or on --article PATH files), on this terminal. */
await runMain('repl', async () => {
  const args = parseCommandLine('repl', HELP, { options: { article: { type: 'string', multiple: true } } });
  if (!args) return;
  loadDotEnv();
  const settings = sessionSettings(process.env, 'repl');
  const core = createCore(loadArticles(args.values.article ?? []));
  let warned = false;
  const log = createLog(settings.log, (error) => {
    if (!warned) process.stderr.write(`repl: cannot write the questions log (${error instanceof Error ? error.message : String(error)}); answering anyway\n`);
    warned = true;
  });
  const session = createSession({ core, via: 'repl', log, bounds: settings.conversations, onInternalError: (e) => process.stderr.write(`repl: ${e.code}: ${e.message}\n`) });
  await runRepl(core, { input: process.stdin, output: process.stdout, interactive: !!process.stdin.isTTY && !!process.stdout.isTTY, session });
});
