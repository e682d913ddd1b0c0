import { ARTICLE_OPTION, CONVERSATION_VARIABLES, FETCH_VARIABLES, LOG_VARIABLES, parseCommandLine, type HelpText } from '../cli/args.js';
import { loadDotEnv, runMain } from '../shared/env.js';
import { ArticleDesk } from '../shared/library/desk.js';
import { openLibrary } from '../shared/library/open.js';
import { createLibrarySession } from '../shared/library/session.js';
import { librarySettings } from '../shared/library/settings.js';
import { RateLimiter } from '../shared/rate-limit.js';
import { createLog, sessionSettings } from '../shared/session.js';
import { REPL_SCOPE, runRepl } from './repl.js';

const HELP: HelpText = {
  command: 'npm start',
  usage: ['npm start [-- --article PATH]...', 'node dist/adapters/repl/main.js [--article PATH]...'],
  summary:
    'Asks questions about the articles in seeds/ (or the --article files) on this terminal, one per line;\n' +
    'inside, /help lists the commands (/about, /article, /why, /more, /good, /bad, /quit). Piped input gets answers only.\n' +
    'Articles added with /article add are kept in data/ (QA_DATA_DIR); seeds/ is watched for new files.',
  options: [ARTICLE_OPTION],
  variables: [...CONVERSATION_VARIABLES, ...LOG_VARIABLES, ...FETCH_VARIABLES, ['QA_DATA_DIR', 'where added articles are kept (default data/)']],
};

/** `npm start`: the REPL on seeds/ (or on --article PATH files), on this terminal. */
await runMain('repl', async () => {
  const args = parseCommandLine('repl', HELP, { options: { article: { type: 'string', multiple: true } } });
  if (!args) return;
  loadDotEnv();
  const settings = sessionSettings(process.env, 'repl');
  const articles = librarySettings(process.env);
  const { library } = await openLibrary({ settings: articles, inputs: args.values.article ?? [], watch: true });
  let warned = false;
  const log = createLog(settings.log, (error) => {
    if (!warned) process.stderr.write(`repl: cannot write the questions log (${error instanceof Error ? error.message : String(error)}); answering anyway\n`);
    warned = true;
  });
  const session = createLibrarySession({
    library, via: 'repl', log, bounds: settings.conversations, scopeOf: () => REPL_SCOPE,
    onInternalError: (e) => process.stderr.write(`repl: ${e.code}: ${e.message}\n`),
  });
  // The REPL's user is the operator: no permission check, and no limit on adds.
  const desk = new ArticleDesk({ library, settings: articles, limiter: new RateLimiter({ limit: 1000, windowMs: 1000 }), permissionHint: '' });
  await runRepl(library.coreFor(REPL_SCOPE), {
    input: process.stdin, output: process.stdout, interactive: !!process.stdin.isTTY && !!process.stdout.isTTY, session,
    articles: { desk, core: () => library.coreFor(REPL_SCOPE) },
  });
});
