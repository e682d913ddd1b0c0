/**
 * The results as markdown: the seed-article table, the scaling table, the targets and
 * how query cost grows. Every figure is absolute and, for the core, a ratio to each peer
 * (core ÷ peer: below 1× the core is faster or smaller), since machines are noisy.
 */
import type { BenchResults, CorpusResult, RunResult } from './results.js';
import { formatBytes, formatMs } from './measure.js';
import { SYSTEM_LABELS, SYSTEM_NAMES, type SystemName } from './systems.js';

type Figure = { name: string; get: (c: CorpusResult, s: SystemName) => number | undefined; format: (v: number) => string };
const PEERS = SYSTEM_NAMES.filter((s) => s !== 'core');
/** The peer that also loads wink-nlp and its model: the start-up and RSS targets compare against it. */
const YARDSTICK: SystemName = 'wink-nlp-bm25';
const run = (c: CorpusResult, s: SystemName): RunResult | undefined => c.runs[s];

const STARTUP: Figure = { name: 'start to first answer', get: (c, s) => c.startup[s], format: formatMs };
const LOAD: Figure = { name: 'code load (import)', get: (c, s) => run(c, s)?.loadMs, format: formatMs };
const BUILD: Figure = { name: 'index build', get: (c, s) => run(c, s)?.buildMs, format: formatMs };
const MEDIAN: Figure = { name: 'latency median', get: (c, s) => run(c, s)?.latency.median, format: formatMs };
const P99: Figure = { name: 'latency p99', get: (c, s) => run(c, s)?.latency.p99, format: formatMs };
const RSS: Figure = { name: 'peak RSS', get: (c, s) => run(c, s)?.peakRss, format: formatBytes };

const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !(b > 0) ? '–' : `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`;
const cell = (f: Figure, c: CorpusResult, s: SystemName): string => {
  const v = f.get(c, s);
  return v === undefined ? '–' : f.format(v);
};
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

function figureCells(f: Figure, c: CorpusResult): string[] {
  return [...SYSTEM_NAMES.map((s) => cell(f, c, s)), ...PEERS.map((p) => ratio(f.get(c, 'core'), f.get(c, p)))];
}

const HEAD = [...SYSTEM_NAMES.map((s) => SYSTEM_LABELS[s]), ...PEERS.map((p) => `core ÷ ${SYSTEM_LABELS[p]}`)];

function seedTable(c: CorpusResult): string[] {
  const reps = run(c, 'core')?.reps ?? 0;
  return [
    `## Seed article`,
    '',
    `${c.articles} article, ${c.words.toLocaleString('en-US')} words, ${c.sentences} sentences; ${c.questions} fixed questions (bench/questions.ts), ` +
      `${reps} timed passes for the core; start-up is the median of ${c.startupRuns} run${c.startupRuns === 1 ? '' : 's'}.`,
    '',
    row(['figure', ...HEAD]),
    row(Array(HEAD.length + 1).fill('---')),
    ...[STARTUP, LOAD, BUILD, MEDIAN, P99, RSS].map((f) => row([f.name, ...figureCells(f, c)])),
  ];
}

function scalingTable(sized: readonly CorpusResult[]): string[] {
  if (sized.length === 0) return [];
  return [
    `## Scaling`,
    '',
    `Synthetic news articles of about 1,000 words, generated from a fixed seed (bench/corpus.ts); ` +
      `${sized[0]!.questions} questions drawn from each corpus's own sentences (two unanswerable).`,
    '',
    row(['articles', 'sentences', 'figure', ...HEAD]),
    row(Array(HEAD.length + 3).fill('---')),
    ...sized.flatMap((c) =>
      [STARTUP, BUILD, MEDIAN, P99, RSS].map((f, k) =>
        row([k === 0 ? c.articles.toLocaleString('en-US') : '', k === 0 ? c.sentences.toLocaleString('en-US') : '', f.name, ...figureCells(f, c)])),
    ),
    '',
    '![latency against corpus size](latency.svg)',
  ];
}

/** Least-squares slope of log(median latency) against log(sentences): below 1 is sub-linear. */
export function growthExponent(sized: readonly CorpusResult[], s: SystemName): number | undefined {
  const pts = sized.filter((c) => c.sentences > 0 && (run(c, s)?.latency.median ?? 0) > 0)
    .map((c) => [Math.log(c.sentences), Math.log(run(c, s)!.latency.median)] as const);
  if (pts.length < 2) return undefined;
  const mx = pts.reduce((a, [x]) => a + x, 0) / pts.length;
  const my = pts.reduce((a, [, y]) => a + y, 0) / pts.length;
  const sxx = pts.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx > 0 ? pts.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / sxx : undefined;
}

function growth(sized: readonly CorpusResult[]): string[] {
  const fitted = SYSTEM_NAMES.filter((s) => growthExponent(sized, s) !== undefined);
  if (fitted.length === 0) return [];
  const first = sized[0]!;
  const [prev, last] = [sized.at(-2)!, sized.at(-1)!];
  const step = (s: SystemName): string => {
    const a = run(prev, s)?.latency.median;
    const b = run(last, s)?.latency.median;
    const k = growthExponent([prev, last], s);
    return `${formatMs(a ?? NaN)} → ${formatMs(b ?? NaN)} (${ratio(b, a)}, k = ${k === undefined ? '–' : k.toFixed(2)})`;
  };
  return [
    '## How query cost grows',
    '',
    'Median latency ∝ sentences^k: k = 1 is the cost of a scan of every sentence, k < 1 sub-linear. Over all sizes a fixed cost per ' +
      `question (reading it with wink-nlp) flattens the fit; the last step, ${prev.articles.toLocaleString('en-US')} → ${last.articles.toLocaleString('en-US')} articles ` +
      `(${ratio(last.sentences, prev.sentences)} the sentences), shows the marginal cost.`,
    '',
    row(['system', `k, ${first.articles}–${last.articles.toLocaleString('en-US')} articles`, `median, ${prev.articles.toLocaleString('en-US')} → ${last.articles.toLocaleString('en-US')} articles`]),
    row(['---', '---', '---']),
    ...fitted.map((s) => row([SYSTEM_LABELS[s], growthExponent(sized, s)!.toFixed(2), step(s)])),
    '',
    `Slowest core questions at ${last.articles.toLocaleString('en-US')} articles (median): ` +
      (run(last, 'core')?.slowest ?? []).map((q) => `"${q.question}" ${formatMs(q.medianMs)}`).join('; '),
  ];
}

const mark = (ok: boolean | undefined): string => (ok === undefined ? '–' : ok ? 'yes' : 'no');

function targets(seed: CorpusResult | undefined, largest: CorpusResult | undefined): string[] {
  const rows: string[] = [];
  const add = (what: string, measured: number | undefined, format: (v: number) => string, limit: number): void => {
    rows.push(row([what, measured === undefined ? '–' : format(measured), mark(measured === undefined ? undefined : measured <= limit)]));
  };
  if (seed) {
    // The yardstick is the peer that loads the same language model: the model's own cost is
    // common to both, so the ratio is what the core adds on top of it.
    const rel = (f: Figure): number | undefined => {
      const [core, peer] = [f.get(seed, 'core'), f.get(seed, YARDSTICK)];
      return core !== undefined && peer ? core / peer : undefined;
    };
    const core = (f: Figure): number | undefined => f.get(seed, 'core');
    const times = (v: number): string => `${v.toFixed(2)}×`;
    add('seed: median answer ≤ 0.2 ms', core(MEDIAN), formatMs, 0.2);
    add('seed: p99 ≤ 2 ms', core(P99), formatMs, 2);
    add('seed: start to first answer ≤ 0.5 s', core(STARTUP), formatMs, 500);
    add(`seed: start ≤ 1.3× ${SYSTEM_LABELS[YARDSTICK]}'s`, rel(STARTUP), times, 1.3);
    add(`seed: peak RSS ≤ 1.2× ${SYSTEM_LABELS[YARDSTICK]}'s`, rel(RSS), times, 1.2);
  }
  if (largest) {
    const n = largest.articles.toLocaleString('en-US');
    const ok = largest.articles >= 1000 ? '' : ' (run with 1,000 articles to check)';
    add(`${n} articles: build ≤ 10 s${ok}`, BUILD.get(largest, 'core'), formatMs, 10_000);
    add(`${n} articles: median answer ≤ 5 ms${ok}`, MEDIAN.get(largest, 'core'), formatMs, 5);
    add(`${n} articles: p99 ≤ 20 ms${ok}`, P99.get(largest, 'core'), formatMs, 20);
    add(`${n} articles: peak RSS ≤ 1 GB${ok}`, RSS.get(largest, 'core'), formatBytes, 1e9);
  }
  return rows.length ? ['## Targets (issues 5 and 13)', '', row(['target', 'core', 'met']), row(['---', '---', '---']), ...rows] : [];
}

/** The whole report as markdown. */
export function renderReport(r: BenchResults): string {
  const seed = r.corpora.find((c) => c.spec === 'seed');
  const sized = r.corpora.filter((c) => typeof c.spec === 'number').sort((a, b) => a.articles - b.articles);
  const sections = [
    [
      '# Benchmark results',
      '',
      `\`npm run bench\` on ${r.date}: Node ${r.node}, ${r.cpu} (${r.cores} cores, load average ${r.loadAverage.toFixed(2)} at the start), commit ${r.commit}. ` +
        'Each system and corpus is measured in its own child process, one after another. Ratios are core ÷ peer: below 1× the core is faster or smaller. ' +
        'The peers are BM25 over the same sentences and only return a sentence; the core also extracts a short answer or abstains. ' +
        `${SYSTEM_LABELS[YARDSTICK]} loads wink-nlp and its English model the stock way (\`winkNLP(model)\`) and indexes wink's lemmas with wink-bm25-text-search: ` +
        'it pays for the model the core needs, so the start-up and RSS targets compare against it. wink-bm25 and MiniSearch index lower-cased words and load no model.',
    ],
    seed ? seedTable(seed) : [],
    scalingTable(sized),
    growth(sized),
    targets(seed, sized.at(-1)),
  ].filter((s) => s.length > 0);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
