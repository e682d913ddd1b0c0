/**
 * `npm run semantic:measure`: measures Universal Sentence Encoder lite as a retrieval feature on
 * validation data only (SQuAD dev-3 and the *choose* split of news-wikinews, never ../shared/eval):
 * evidence@1 of the core's word-overlap ranking, of the embedding's nearest sentence and of a
 * combination chosen on one set and checked on the other, with the paired flips; and the costs on
 * this machine (model load, embedding times, RSS, start to first answer with cached vectors).
 * docs/semantic.md holds the figures and the decision.
 *
 *   npm run semantic:measure -- [--shared DIR] [--cache DIR] [--fresh] [--skip-startup | --startup-only]
 */
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '../../adapters/shared/env.js';
import { median, now, percentile } from '../bench/measure.js';
import { loadSet } from '../train/data.js';
import { loadEncoder, type Encoder } from './encoder.js';
import { analyseArticle, embedArticle, embedRows, lexicalRows, readKinds, type AnalysedArticle, type LexicalRow, type PreparedArticle, type Row } from './evaluate.js';
import { report, startupSection, type Measured } from './print.js';
import { measureStartup } from './startup.js';

const USAGE = `usage: npm run semantic:measure -- [--shared DIR] [--cache DIR] [--fresh] [--skip-startup | --startup-only]

--shared: the shared folder holding train/ (default ../shared beside the project)
--cache: where article sentence vectors are cached by content hash (default $TMPDIR/qa-semantic-vectors)
--fresh: embed every article again (to time it) instead of reading the cache
--skip-startup: do not time start to first answer (seven child processes)
--startup-only: only time start to first answer (needs no validation sets)`;

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');
const mb = (): number => Math.round(process.memoryUsage().rss / 2 ** 20);

/** A validation set, its articles split by the core and its questions ranked and answered by word overlap. */
function analyseSet(dir: string, file: string): { articles: Map<string, AnalysedArticle>; rows: LexicalRow[] } {
  const set = loadSet(join(dir, file));
  const articles = new Map([...set.articles].map(([name, source]) => [name, analyseArticle(name, source)]));
  return { articles, rows: lexicalRows(set, articles, readKinds(dir)) };
}

/** Embeds a set's articles (or reads them from the cache) and its questions. */
async function embedSet(s: ReturnType<typeof analyseSet>, encoder: Encoder, cache: string, fresh: boolean): Promise<{ rows: Row[]; articles: PreparedArticle[] }> {
  const prepared = new Map<string, PreparedArticle>();
  for (const [name, a] of s.articles) prepared.set(name, await embedArticle(a, encoder, cache, fresh));
  return { rows: await embedRows(s.rows, prepared, encoder), articles: [...prepared.values()] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string', default: resolve(ROOT, '..', 'shared') },
      cache: { type: 'string', default: join(tmpdir(), 'qa-semantic-vectors') },
      fresh: { type: 'boolean', default: false },
      'skip-startup': { type: 'boolean', default: false },
      'startup-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Its own empty cache, so that the first start finds none; removed afterwards.
  const startupCache = join(values.cache, 'startup', String(process.pid));
  const timeStartup = async (): Promise<NonNullable<Measured['startup']>> => {
    try {
      return await measureStartup(DIST, startupCache, [], 'What did Medvedev say about sanctions?');
    } finally {
      rmSync(startupCache, { recursive: true, force: true });
    }
  };
  if (values['startup-only']) {
    const out = [`# Start to first answer (load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores at the start)`];
    startupSection(await timeStartup(), out);
    process.stdout.write(`${out.join('\n')}\n`);
    return;
  }
  const dev = join(values.shared, 'train', 'squad-v1.1-dev-3');
  const news = join(values.shared, 'train', 'news-wikinews');
  const missing = [join(dev, 'questions.jsonl'), join(news, 'choose.jsonl')].find((f) => !existsSync(f));
  if (missing) {
    process.stderr.write(`semantic: needs the validation sets in ${join(values.shared, 'train')} (a shared folder beside this project, not in it); ${missing} is missing.\n`);
    process.exitCode = 1;
    return;
  }
  // The machine is shared: the load average says how far the timings below are from an idle machine's.
  const loadStart = loadavg()[0]!;
  const analysed = [analyseSet(dev, 'questions.jsonl'), analyseSet(news, 'choose.jsonl')] as const;
  const rssBefore = mb();
  let t = now();
  const encoder = await loadEncoder();
  const loadMs = now() - t;
  const rssModel = mb();
  t = now();
  await encoder.embed(['warming up the encoder']);
  const firstCallMs = now() - t;
  const devSet = await embedSet(analysed[0], encoder, values.cache, values.fresh);
  const chooseSet = await embedSet(analysed[1], encoder, values.cache, values.fresh);
  const rssAfter = mb();
  const all = [...devSet.rows, ...chooseSet.rows];
  const questionMs = all.map((r) => r.embedMs).sort((a, b) => a - b);
  const questionCpuMs = all.map((r) => r.embedCpuMs).sort((a, b) => a - b);
  const startup = values['skip-startup'] ? undefined : await timeStartup();
  report({
    backend: encoder.backend,
    loadMs, firstCallMs, rssBefore, rssModel, rssAfter,
    question: { count: questionMs.length, median: median(questionMs), p95: percentile(questionMs, 95), max: questionMs.at(-1) ?? Number.NaN },
    questionCpu: { median: median(questionCpuMs), p95: percentile(questionCpuMs, 95) },
    load: loadStart,
    articles: [...devSet.articles, ...chooseSet.articles],
    sets: [{ name: 'squad-v1.1-dev-3', rows: devSet.rows }, { name: 'news-wikinews choose', rows: chooseSet.rows }],
    startup,
  });
}

await runMain('semantic', main);
