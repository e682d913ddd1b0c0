/**
 * Per question of a validation set: the core's word-overlap ranking (the passages `/why` shows,
 * with their scores), the question's cosine to every sentence of its article, and which sentences
 * hold a gold evidence string. Each article is split by the core's own analysis (so both rankings
 * choose among the same sentences) and embedded once, its vectors cached by content hash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../src/article/build.js';
import type { Corpus } from '../../src/article/model.js';
import { answerQuestion } from '../../src/pipeline.js';
import { explainQuestion } from '../../src/present/explain.js';
import { evidenceHit } from '../train/judge.js';
import type { QuestionSet } from '../train/data.js';
import { now } from '../bench/measure.js';
import type { Encoder } from './encoder.js';
import { cacheKey, readVectors, writeVectors } from './vector-cache.js';
import { dot, type Lexical } from './rank.js';

/** How many of the core's passages the combinations may re-rank (the core reads 12 deep at most). */
export const LEXICAL_DEPTH = 10;

/** One article, analysed by the core and embedded. */
export interface PreparedArticle {
  name: string;
  corpus: Corpus;
  sentences: string[];
  vectors: Float32Array[];
  /** Milliseconds the encoder took for its sentences (when the cache was written, if it was read). */
  embedMs: number;
  fromCache: boolean;
}

/** One question with everything the comparisons need. */
export interface Row {
  id: string;
  kind: string;
  answerable: boolean;
  lexical: Lexical[];
  cos: Float64Array;
  /** Per sentence of the article: 1 when it holds a gold evidence string. */
  hits: Uint8Array;
  /** Milliseconds embedding the question took (one call, warm model): wall clock, and this process's CPU time. */
  embedMs: number;
  embedCpuMs: number;
  /** The core's reply: answered or not, whether its passage holds the evidence, and that passage's sentence (-1 when unknown). */
  reply: { answered: boolean; hit: boolean; index: number };
}

/** One article split and analysed by the core, not yet embedded. */
export type AnalysedArticle = Pick<PreparedArticle, 'name' | 'corpus' | 'sentences'>;

/** Splits one article into the core's sentences (the core's own analysis). */
export function analyseArticle(name: string, source: { id: string; text: string }): AnalysedArticle {
  const corpus = buildCorpus([source]);
  return { name, corpus, sentences: corpus.sentences.map((s) => s.text) };
}

/** Embeds an article's sentences, reading them from `cacheDir` when they are there (unless `fresh`). */
export async function embedArticle(article: AnalysedArticle, encoder: Encoder, cacheDir: string, fresh: boolean): Promise<PreparedArticle> {
  const key = cacheKey(article.sentences);
  const cached = fresh ? undefined : readVectors(cacheDir, key, article.sentences.length);
  if (cached) return { ...article, vectors: cached.vectors, embedMs: cached.header.embedMs, fromCache: true };
  const start = now();
  const vectors = await encoder.embed(article.sentences);
  const embedMs = now() - start;
  writeVectors(cacheDir, key, vectors, embedMs);
  return { ...article, vectors, embedMs, fromCache: false };
}

/** The question kinds of a set when it lists them (news-wikinews's kinds.tsv), else none. */
export function readKinds(setDir: string): Map<string, string> {
  const file = join(setDir, 'kinds.tsv');
  const kinds = new Map<string, string>();
  if (!existsSync(file)) return kinds;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [id, kind] = line.split('\t');
    if (id && kind) kinds.set(id.trim(), kind.trim());
  }
  return kinds;
}

/** The sentence a reply quotes: its paragraph's sentence that holds the passage (an excerpt may be cut with "…"). */
function sentenceOfReply(article: AnalysedArticle, paragraph: number, passage: string): number {
  const core = passage.replace(/^… /, '').replace(/ …$/, '');
  return article.corpus.sentences.findIndex((s) => s.paragraph === paragraph && s.text.includes(core));
}

/** The index of each explained passage among the article's sentences (by paragraph and text). */
function indexOfPassage(article: AnalysedArticle): (paragraph: number, text: string) => number {
  const byKey = new Map<string, number>();
  article.corpus.sentences.forEach((s, i) => {
    const key = `${s.paragraph}\0${s.text}`;
    if (!byKey.has(key)) byKey.set(key, i);
  });
  return (paragraph, text) => byKey.get(`${paragraph}\0${text}`) ?? -1;
}

/** One question's word-overlap side: everything but the cosines, computed before the encoder is loaded. */
export type LexicalRow = Omit<Row, 'cos' | 'embedMs' | 'embedCpuMs'> & { question: string; article: string };

/** The word-overlap side of every question of a set (the core's ranking and reply, the gold hits). */
export function lexicalRows(set: QuestionSet, articles: ReadonlyMap<string, AnalysedArticle>, kinds: ReadonlyMap<string, string>): LexicalRow[] {
  const lookups = new Map([...articles].map(([name, a]) => [name, indexOfPassage(a)]));
  return set.items.map((item) => {
    const article = articles.get(item.article)!;
    const lookup = lookups.get(item.article)!;
    const lexical = explainQuestion(article.corpus, item.question, LEXICAL_DEPTH).passages
      .map((p) => ({ index: lookup(p.paragraph, p.passage), score: p.score }))
      .filter((l) => l.index >= 0);
    const answerable = item.answers.length > 0;
    const hits = Uint8Array.from(article.sentences, (s) => (answerable && evidenceHit(s, item.evidence) ? 1 : 0));
    const answer = answerQuestion(article.corpus, item.question);
    const reply = {
      answered: answer.answered, hit: answerable && answer.answered && evidenceHit(answer.passage, item.evidence),
      index: answer.answered ? sentenceOfReply(article, answer.paragraph, answer.passage) : -1,
    };
    return { id: item.id, question: item.question, article: item.article, kind: kinds.get(item.id) ?? 'all', answerable, lexical, hits, reply };
  });
}

/** Adds each question's cosines to its article's sentences, timing each question's embedding. */
export async function embedRows(rows: readonly LexicalRow[], articles: ReadonlyMap<string, PreparedArticle>, encoder: Encoder): Promise<Row[]> {
  const out: Row[] = [];
  for (const r of rows) {
    const start = now();
    const cpu = process.cpuUsage();
    const [q] = await encoder.embed([r.question]);
    const used = process.cpuUsage(cpu);
    const embedMs = now() - start;
    out.push({ ...r, cos: Float64Array.from(articles.get(r.article)!.vectors, (v) => dot(q!, v)), embedMs, embedCpuMs: (used.user + used.system) / 1000 });
  }
  return out;
}
