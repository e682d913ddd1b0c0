import { createInterface } from 'node:readline';
import { createCore } from '../../src/index.js';
import { loadArticles } from '../shared/articles.js';
import { runMain } from '../shared/env.js';
import { ARTICLE_OPTION, formatHelp, parseCommandLine, type HelpText } from './args.js';
import { formatAnswer } from './format.js';

const HELP: HelpText = {
  command: 'npm run ask',
  usage: ['npm run ask -- [--article PATH]... "question"', 'npm run --silent ask -- --json [--article PATH]...   (questions on stdin)'],
  summary:
    'Answers one question about the articles in seeds/ (or the --article files) and exits. With --json it reads\n' +
    'one question per stdin line and writes exactly one JSON object per stdout line (the scorer\'s protocol).',
  options: [['--json', 'questions on stdin, one JSON answer per line on stdout'], ['--trace', "with --json: each line also carries the answer's trace (stage, passages, candidates, judge)"], ARTICLE_OPTION],
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
  const core = createCore(loadArticles(values.article ?? []));
  if (!values.json) {
    process.stdout.write(`${formatAnswer(core.ask(question))}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const { trace, ...a } = core.ask(line);
    if (a.error) process.stderr.write(`ask: ${a.error.code}: ${a.error.message}\n`);
    process.stdout.write(`${JSON.stringify(values.trace ? { ...a, trace } : a)}\n`);
  }
}

await runMain('ask', main);
