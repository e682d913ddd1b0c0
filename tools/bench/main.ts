/**
 * `npm run bench`: measures the core and the three BM25 peers on the seed article and on synthetic
 * corpora of growing size, each system and corpus in its own child process, then prints the
 * markdown report and writes results.md and latency.svg (bench/, or a temporary folder for --quick).
 *
 *   node dist/tools/bench/main.js [--sizes 1,10,100,1000] [--quick] [--out DIR] [--startup-runs N]
 *
 * --quick: sizes 1 and 3, one or two passes, one start-up run (for the test; figures are rough).
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseCommandLine, type HelpText } from '../../adapters/cli/args.js';
import { loadCorpus, type BenchCorpus } from './corpus.js';
import { benchOutDir } from './out-dir.js';
import { latencyChart } from './chart.js';
import { median } from './measure.js';
import { Progress } from './progress.js';
import { renderReport } from './report.js';
import type { BenchResults, CorpusResult, RunResult } from './results.js';
import { splitSentences } from './sentences.js';
import { startToFirstAnswer } from './startup.js';
import { SYSTEM_LABELS, SYSTEM_NAMES, type SystemName } from './systems.js';
import type { WorkerConfig } from './worker.js';

const DIST = join(import.meta.dirname, '..', '..');
const ROOT = join(DIST, '..');
const run = promisify(execFile);

const HELP: HelpText = {
  command: 'npm run bench',
  usage: ['npm run bench -- [--sizes 1,10,100,1000] [--quick] [--out DIR] [--startup-runs N]'],
  summary:
    'Measures the core and three BM25 peers (one loads wink-nlp and its model) on the seed article and on synthetic\n' +
    'corpora: start to first answer, build, latency median and p99, peak RSS. Prints the markdown report and writes\n' +
    'results.md and latency.svg (a full run: to tools/bench/; --quick: to a new temporary folder unless --out is given).',
  options: [
    ['--sizes LIST', 'synthetic corpus sizes, in articles (default 1,10,100,1000; with --quick 1,3)'],
    ['--quick', 'one or two passes and one start-up run: checks that it runs, figures are rough'],
    ['--out DIR', 'write results.md and latency.svg here'],
    ['--startup-runs N', 'start-up runs per system and corpus (default 7 for the seed article, fewer for large corpora)'],
  ],
};

const args = parseCommandLine('bench', HELP, {
  options: { sizes: { type: 'string' }, quick: { type: 'boolean', default: false }, out: { type: 'string' }, 'startup-runs': { type: 'string' } },
});
if (!args) process.exit();
const { values } = args;
const quick = values.quick;
const sizes = (values.sizes ?? (quick ? '1,3' : '1,10,100,1000')).split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(`bench: --sizes wants positive whole numbers, got ${JSON.stringify(values.sizes)}\n`);
  process.exit(2);
}
const startupRunsOption = values['startup-runs'] === undefined ? undefined : Number(values['startup-runs']);
if (startupRunsOption !== undefined && !(Number.isInteger(startupRunsOption) && startupRunsOption >= 1)) {
  process.stderr.write(`bench: --startup-runs wants a whole number of at least 1, got ${JSON.stringify(values['startup-runs'])}\n`);
  process.exit(2);
}
const outDir = benchOutDir({ quick, out: values.out, committed: join(ROOT, 'tools', 'bench') });

/** Timed passes and start-up runs: enough samples for a stable p99 without taking all day. */
function plan(spec: 'seed' | number): { reps: Omit<WorkerConfig, 'system' | 'corpus'>; startupRuns: number } {
  if (quick) return { reps: { minReps: 1, maxReps: 2, budgetMs: 0 }, startupRuns: startupRunsOption ?? 1 };
  const startupRuns = startupRunsOption ?? (spec === 'seed' ? 7 : spec <= 10 ? 3 : 1);
  return spec === 'seed' ? { reps: { minReps: 20, maxReps: 300, budgetMs: 4000 }, startupRuns } : { reps: { minReps: 3, maxReps: 100, budgetMs: 4000 }, startupRuns };
}

/**
 * A private copy of the built code for this run, inside dist/ so packages and seeds/ resolve as
 * usual: another build of a shared working tree cannot change (or half-write) the code mid-run.
 */
function snapshotDist(): string {
  const dir = join(DIST, `.bench-run-${process.pid}`);
  for (const sub of ['src', 'adapters', 'tools']) cpSync(join(DIST, sub), join(dir, sub), { recursive: true, filter: (f) => !f.endsWith('.map') });
  return dir;
}

async function measureRun(system: SystemName, spec: 'seed' | number, reps: Omit<WorkerConfig, 'system' | 'corpus'>): Promise<RunResult> {
  const config: WorkerConfig = { system, corpus: spec, ...reps };
  const { stdout } = await run(process.execPath, [join(code, 'tools', 'bench', 'worker.js'), JSON.stringify(config)], { cwd: ROOT, maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as RunResult;
}

/** Writes a synthetic corpus to files, as a user would have them, for the start-up runs. */
function writeArticles(corpus: BenchCorpus, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return corpus.articles.map((a) => {
    const path = join(dir, a.id);
    writeFileSync(path, a.text);
    return path;
  });
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'adapters'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes in src/ or adapters/)` : sha;
  } catch {
    return 'unknown';
  }
}

const specs: ('seed' | number)[] = ['seed', ...sizes];
const progress = new Progress(specs.reduce<number>((n, s) => n + SYSTEM_NAMES.length * (1 + plan(s).startupRuns), 0));
const scratch = mkdtempSync(join(tmpdir(), 'article-qa-bench-'));
const load = loadavg()[0]!;
const code = snapshotDist();
const corpora: CorpusResult[] = [];
try {
  for (const spec of specs) {
    const corpus = loadCorpus(spec);
    const { reps, startupRuns } = plan(spec);
    const result: CorpusResult = {
      spec, label: corpus.label, articles: corpus.articles.length, questions: corpus.questions.length,
      words: corpus.articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0),
      sentences: corpus.articles.reduce((n, a) => n + splitSentences(a.text).length, 0), runs: {}, startup: {}, startupRuns,
    };
    for (const system of SYSTEM_NAMES) {
      progress.step(`${corpus.label}: ${SYSTEM_LABELS[system]} builds and answers ${corpus.questions.length} questions`);
      result.runs[system] = await measureRun(system, spec, reps);
    }
    const paths = spec === 'seed' ? [] : writeArticles(corpus, join(scratch, String(spec)));
    const startups: Record<SystemName, number[]> = { core: [], 'wink-nlp-bm25': [], 'wink-bm25': [], minisearch: [] };
    for (let k = 0; k < startupRuns; k++) {
      for (const system of SYSTEM_NAMES) {
        progress.step(`${corpus.label}: ${SYSTEM_LABELS[system]} start to first answer (${k + 1}/${startupRuns})`);
        startups[system].push(await startToFirstAnswer(code, system, paths, corpus.questions[0]!, ROOT));
      }
    }
    for (const system of SYSTEM_NAMES) result.startup[system] = median(startups[system]);
    corpora.push(result);
  }
} finally {
  progress.done();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(code, { recursive: true, force: true });
}

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10), node: process.version, cpu: cpus()[0]?.model.trim() ?? 'unknown CPU', cores: cpus().length, loadAverage: load,
  commit: gitCommit(), corpora,
};
const report = renderReport(results);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.md'), report);
writeFileSync(join(outDir, 'latency.svg'), latencyChart(corpora));
process.stdout.write(report);
if (!values.out && quick) process.stderr.write(`bench: --quick figures are rough; written to ${outDir}, not to tools/bench/ (--out DIR to choose)\n`);
