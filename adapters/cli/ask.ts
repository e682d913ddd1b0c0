import { createInterface } from 'node:readline';
import { createCore } from '../../src/index.js';
import { loadArticles } from '../shared/articles.js';
import { runMain } from '../shared/env.js';
import { ARTICLE_OPTION, formatHelp, parseCommandLine, type HelpText } from './args.js';
import { formatAnswer } from './format.js';

const HELP: HelpText = {
  command: 'npm run ask',
  usage: ['npm run ask -- [--json] [--article PATH]... "question"', 'npm run --silent ask -- --json [--article PATH]...   (questions on stdin)'],
  summary:
    'Answers one question about the articles in seeds/ (or the --article files) and exits. With --json it reads\n' +
    'one question per stdin line and writes exactly one JSON object per stdout line (the scorer\'s protocol).',
  options: [['--json', 'the answer as one JSON line; with no question given, questions on stdin, one JSON answer per line'], ARTICLE_OPTION],
};

/**
 * `npm run ask`: one question from the arguments (a readable answer), or, with --json, one
 * question per stdin line and exactly one JSON object per stdout line (the scorer's protocol).
 */
async function main(): Promise<void> {
  const args = parseCommandLine('ask', HELP, { options: { json: { type: 'boolean', default: false }, article: { type: 'string', multiple: true } }, allowPositionals: true });
  if (!args) return;
  const { values, positionals } = args;
  const question = positionals.join(' ');
  if (!values.json && !question.trim()) {
    process.stderr.write(formatHelp(HELP));
    process.exitCode = 2;
    return;
  }
  const core = createCore(loadArticles(values.article ?? []));
  // `--json "question"` answers that question as one JSON line; stdin is read only without one.
  if (values.json && question.trim()) {
    process.stdout.write(`${JSON.stringify(core.ask(question))}\n`);
    return;
  }
  if (!values.json) {
    process.stdout.write(`${formatAnswer(core.ask(question))}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const a = core.ask(line);
    process.stdout.write(`${JSON.stringify(a)}\n`);
  }
}

await runMain('ask', main);
