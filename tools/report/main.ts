#!/usr/bin/env node
/**
 * `npm run report [-- LOG...] [--top N] [--json] [--article PATH]...`: summarises the questions
 * logs (and their rotated files): the most frequent questions the article did not answer, grouped
 * by key terms, and the terms the article lacks.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTICLE_OPTION, LOG_VARIABLES, parseCommandLine, type HelpText } from '../../adapters/cli/args.js';
import { ArticleFileError, DEFAULT_SEEDS_DIR, loadArticles } from '../../adapters/shared/articles.js';
import { loadDotEnv, runMain } from '../../adapters/shared/env.js';
import { sessionSettings } from '../../adapters/shared/session.js';
import { reportFiles } from './files.js';
import { formatSummary, summarise } from './summarise.js';
import { articleVocabulary } from './vocabulary.js';

/** Where the adapters write their questions logs by default: logs/ in the project. */
const LOGS_DIR = join(dirname(DEFAULT_SEEDS_DIR), 'logs');

const HELP: HelpText = {
  command: 'npm run report',
  usage: ['npm run report -- [LOG...] [--top N] [--json] [--article PATH]...'],
  summary:
    'Summarises the questions logs: entries by kind, the questions the article answered badly or not at all\n' +
    '(grouped by key terms, most frequent first) and the key terms the article lacks. Reads the LOG files given,\n' +
    'else QA_LOG_FILE, else every logs/qa*.log; each with all its rotated files (qa.1.log, qa.2.log …).',
  options: [
    ['LOG', 'a questions log file to read (more than one is fine)'],
    ['--file LOG', 'the same as LOG (repeatable)'],
    ['--top N', 'how many question groups to list (default 20)'],
    ['--json', 'the summary as one JSON object'],
    [ARTICLE_OPTION[0], 'the articles to check terms against, instead of seeds/ (repeat for more)'],
  ],
  variables: LOG_VARIABLES.slice(0, 1),
};

/** The articles' vocabulary, or why there is none (the report still runs without it). */
function vocabulary(paths: readonly string[]): { known?: (term: string) => boolean; problem?: string } {
  try {
    return { known: articleVocabulary(loadArticles(paths).map((a) => a.text)) };
  } catch (error) {
    if (error instanceof ArticleFileError && paths.length === 0) return { problem: error.message };
    throw error;
  }
}

await runMain('report', () => {
  const args = parseCommandLine('report', HELP, {
    options: { file: { type: 'string', multiple: true }, top: { type: 'string', default: '20' }, json: { type: 'boolean', default: false }, article: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  if (!args) return;
  const { values, positionals } = args;
  loadDotEnv();
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    process.stderr.write(`report: --top must be a whole number of at least 1, got ${JSON.stringify(values.top)}\n`);
    process.exitCode = 2;
    return;
  }
  const paths = [...positionals, ...(values.file ?? [])];
  // QA_LOG_FILE names one log for every adapter; unset (or "off"), the report reads every log in logs/.
  const configured = process.env.QA_LOG_FILE?.trim() ? sessionSettings(process.env).log?.file : undefined;
  const files = reportFiles({ paths, configured, defaultDir: LOGS_DIR });
  const where = paths.length > 0 ? paths.join(', ') : configured || `${LOGS_DIR}/qa*.log`;
  if (files.length === 0) {
    process.stdout.write(values.json ? `${JSON.stringify({ files: [], ...summarise([]) })}\n` : `No questions log at ${where} yet: it fills as people ask the bots.\n`);
    return;
  }
  const { known, problem } = vocabulary(values.article ?? []);
  const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  const summary = summarise(lines, known ? { known } : {});
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ files, ...summary, groups: summary.groups.slice(0, top) })}\n`);
    return;
  }
  const listed = files.length <= 4 ? files.join(', ') : `${files.slice(0, 2).join(', ')} … ${files.at(-1)}`;
  const read = `Read ${files.length} file${files.length === 1 ? '' : 's'}: ${listed}`;
  process.stdout.write(`${formatSummary(summary, top)}\n${read}\n${problem ? `Key terms not checked against an article: ${problem}\n` : ''}`);
});
