/**
 * One start of a semantic-enabled asker, for timing start to first answer (run by startup.ts, one
 * process per run): reads the articles, builds the core's corpus, loads the encoder, reads the
 * article's sentence vectors from the cache (embedding and caching them when absent), embeds the
 * question, re-ranks the core's passages, answers, and prints one JSON line. A second line gives
 * the stages (milliseconds since the process started), the CPU time used by then (a figure that
 * other work on a shared machine disturbs less than wall time) and the RSS before and after the encoder.
 * `--lexical` skips everything semantic: the same process as the baseline.
 *
 *   node dist/tools/semantic/first-answer.js --cache DIR [--lexical] [--article PATH]... QUESTION
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../adapters/shared/articles.js';
import { runMain } from '../../adapters/shared/env.js';
import { buildCorpus } from '../../src/article/build.js';
import { answerQuestion } from '../../src/pipeline.js';
import { explainQuestion } from '../../src/present/explain.js';
import { loadEncoder } from './encoder.js';
import { cacheKey, readVectors, writeVectors } from './vector-cache.js';
import { combined, dot } from './rank.js';
import { LEXICAL_DEPTH } from './evaluate.js';

/** The combination the start-up run applies (its cost does not depend on the weight). */
const COMBINATION = { form: 'relative', k: 5, w: 0.5 } as const;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { cache: { type: 'string' }, lexical: { type: 'boolean', default: false }, article: { type: 'string', multiple: true, default: [] } },
    allowPositionals: true,
  });
  const question = positionals.join(' ');
  if (!values.cache || !question) throw new Error('usage: first-answer.js --cache DIR [--lexical] [--article PATH]... QUESTION');
  const stages: Record<string, number> = { modules: performance.now() };
  const rss = (): number => Math.round(process.memoryUsage().rss / 2 ** 20);
  const corpus = buildCorpus(loadArticles(values.article));
  stages.corpus = performance.now();
  const rssLexical = rss();
  let top = -1;
  let cachedVectors = false;
  if (!values.lexical) {
    const encoder = await loadEncoder();
    stages.model = performance.now();
    const sentences = corpus.sentences.map((s) => s.text);
    const key = cacheKey(sentences);
    const cached = readVectors(values.cache, key, sentences.length);
    cachedVectors = cached !== undefined;
    let vectors = cached?.vectors;
    if (!vectors) {
      const start = performance.now();
      vectors = await encoder.embed(sentences);
      writeVectors(values.cache, key, vectors, performance.now() - start);
    }
    stages.vectors = performance.now();
    const [q] = await encoder.embed([question]);
    stages.question = performance.now();
    const byText = new Map(corpus.sentences.map((s, i) => [`${s.paragraph}\0${s.text}`, i]));
    const lexical = explainQuestion(corpus, question, LEXICAL_DEPTH).passages.map((p) => ({ index: byText.get(`${p.paragraph}\0${p.passage}`) ?? -1, score: p.score })).filter((l) => l.index >= 0);
    top = combined(lexical, (i) => dot(q!, vectors[i]!), sentences.length, COMBINATION);
  }
  const answer = answerQuestion(corpus, question);
  stages.answer = performance.now();
  process.stdout.write(`${JSON.stringify({ answer: answer.answer, semanticTop: top >= 0 ? corpus.sentences[top]!.text : null })}\n`);
  const cpu = process.cpuUsage();
  const round = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v)]));
  process.stdout.write(`${JSON.stringify({ stages: round, cpuMs: Math.round((cpu.user + cpu.system) / 1000), cachedVectors, rssLexical, rssAfter: rss(), maxRss: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

await runMain('semantic', main);
