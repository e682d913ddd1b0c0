/**
 * One measurement in its own process, so its peak RSS is its own: loads a system, builds it
 * over one corpus, times the question list, and prints one JSON line (a RunResult).
 * Usage: node dist/tools/bench/worker.js '{"system":"core","corpus":100,"minReps":3,"maxReps":50,"budgetMs":4000}'
 */
import { loadCorpus } from './corpus.js';
import { median, now, peakRssBytes, summarise, timeQuestions } from './measure.js';
import { isSystemName, loadSystem } from './systems.js';
import type { RunResult } from './results.js';

export interface WorkerConfig {
  system: string;
  corpus: 'seed' | number;
  minReps: number;
  maxReps: number;
  budgetMs: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
if (!isSystemName(config.system)) throw new Error(`worker: unknown system ${JSON.stringify(config.system)}`);
const corpus = loadCorpus(config.corpus);

const t0 = now();
const build = await loadSystem(config.system);
const loadMs = now() - t0;
const t1 = now();
const asker = build(corpus.articles);
const buildMs = now() - t1;
const t2 = now();
asker.ask(corpus.questions[0]!);
const firstAskMs = now() - t2;

const { samples, perQuestion, reps } = timeQuestions((q) => asker.ask(q), corpus.questions, config);
const slowest = corpus.questions
  .map((question, k) => ({ question, medianMs: median(perQuestion[k]!) }))
  .sort((a, b) => b.medianMs - a.medianMs)
  .slice(0, 3);

const result: RunResult = { system: config.system, loadMs, buildMs, firstAskMs, latency: summarise(samples), reps, peakRss: peakRssBytes(), slowest };
process.stdout.write(`${JSON.stringify(result)}\n`);
