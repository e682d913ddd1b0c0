import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createCore } from '../../src/index.js';
import { loadArticles } from '../shared/articles.js';
import { runMain } from '../shared/env.js';
import { formatAnswer } from './format.js';

const USAGE = `usage: npm run ask -- [--article PATH]... "question"
       npm run --silent ask -- --json [--article PATH]...   (questions on stdin, one per line; one JSON object per line out)`;

/**
 * `npm run ask`: one question from the arguments (a readable answer), or, with --json, one
 * question per stdin line and exactly one JSON object per stdout line (the scorer's protocol).
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, article: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const core = createCore(loadArticles(values.article ?? []));
  if (!values.json) {
    const question = positionals.join(' ');
    if (!question.trim()) {
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
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
