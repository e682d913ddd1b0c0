import { createInterface } from 'node:readline';
import { openLibrary } from '../shared/library/open.js';
import { librarySettings } from '../shared/library/settings.js';
import { createMemoryArticleStore } from '../shared/library/store.js';
import { runMain } from '../shared/env.js';
import { withLink } from '../shared/link.js';
import { ARTICLE_OPTION, FETCH_VARIABLES, formatHelp, parseCommandLine, type HelpText } from './args.js';
import { formatAnswer } from './format.js';

const HELP: HelpText = {
  command: 'npm run ask',
  usage: ['npm run ask -- [--json] [--article PATH]... "question"', 'npm run --silent ask -- --json [--article PATH]...   (questions on stdin)'],
  summary:
    'Answers one question about the articles in seeds/ (or the --article files) and exits. With --json it reads\n' +
    'one question per stdin line and writes exactly one JSON object per stdout line (the scorer\'s protocol).',
  options: [['--json', 'the answer as one JSON line; with no question given, questions on stdin, one JSON answer per line'], ['--trace', "with --json: each line also carries the answer's trace (stage, passages, candidates, judge)"], ARTICLE_OPTION],
  variables: FETCH_VARIABLES,
};

/**
 * `npm run ask`: one question from the arguments (a readable answer), or, with --json, one
 * question per stdin line and exactly one JSON object per stdout line (the scorer's protocol).
 */
async function main(): Promise<void> {
  const args = parseCommandLine('ask', HELP, { options: { json: { type: 'boolean', default: false }, trace: { type: 'boolean', default: false }, article: { type: 'string', multiple: true } }, allowPositionals: true });
  if (!args) return;
  const { values, positionals } = args;
  const question = positionals.join(' ');
  if (!values.json && !question.trim()) {
    process.stderr.write(formatHelp(HELP));
    process.exitCode = 2;
    return;
  }
  // The given articles (files or links) or seeds/; nothing is stored by `ask`.
  const { library } = await openLibrary({ settings: librarySettings(process.env), inputs: values.article ?? [], store: createMemoryArticleStore() });
  const core = library.coreFor();
  const ask = (q: string) => {
    const a = core.ask(q);
    return withLink(a, library.get(a.articleId));
  };
  // `--json "question"` answers that question as one JSON line; stdin is read only without one.
  if (values.json && question.trim()) {
    const { trace, ...one } = ask(question);
    process.stdout.write(`${JSON.stringify(values.trace ? { ...one, trace } : one)}\n`);
    return;
  }
  if (!values.json) {
    process.stdout.write(`${formatAnswer(ask(question))}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const { trace, ...a } = ask(line);
    if (a.error) process.stderr.write(`ask: ${a.error.code}: ${a.error.message}\n`);
    process.stdout.write(`${JSON.stringify(values.trace ? { ...a, trace } : a)}\n`);
  }
}

await runMain('ask', main);
