/**
 * Sentence vectors cached on disk by content hash: the key is the SHA-256 of the model id and the
 * article's sentences, so an edited article, a changed sentence splitter or another model misses
 * the cache instead of reading stale vectors. One file per article: a small JSON header line, then
 * the vectors as float32 in the machine's byte order (the cache is local), so a start-up reads them
 * with one readFileSync.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIMENSION, MODEL_ID } from './encoder.js';

/** What a cache file records beside the vectors: how long embedding them took, for the report. */
export interface CacheHeader {
  model: string;
  sentences: number;
  dimension: number;
  /** Milliseconds the encoder took for these sentences when the file was written. */
  embedMs: number;
  written: string;
}

/** The cache key of an article's sentence list under the current model. */
export function cacheKey(sentences: readonly string[]): string {
  const h = createHash('sha256').update(MODEL_ID);
  for (const s of sentences) h.update('\0').update(s);
  return h.digest('hex');
}

/** Writes the vectors (and header) under the key; a temp file then a rename, so readers never see half a file. */
export function writeVectors(dir: string, key: string, vectors: readonly Float32Array[], embedMs: number): void {
  mkdirSync(dir, { recursive: true });
  const header: CacheHeader = { model: MODEL_ID, sentences: vectors.length, dimension: DIMENSION, embedMs: Math.round(embedMs), written: new Date().toISOString() };
  const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const body = new Float32Array(vectors.length * DIMENSION);
  vectors.forEach((v, i) => body.set(v, i * DIMENSION));
  const file = join(dir, `${key}.vec`);
  writeFileSync(`${file}.tmp`, Buffer.concat([head, Buffer.from(body.buffer, body.byteOffset, body.byteLength)]));
  renameSync(`${file}.tmp`, file);
}

/** The cached vectors and header for the key, or undefined when absent or not what is expected. */
export function readVectors(dir: string, key: string, sentences: number): { header: CacheHeader; vectors: Float32Array[] } | undefined {
  const file = join(dir, `${key}.vec`);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const nl = bytes.indexOf(10);
  if (nl < 0) return undefined;
  let header: CacheHeader;
  try {
    header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as CacheHeader;
  } catch {
    return undefined;
  }
  const bodyBytes = bytes.length - nl - 1;
  if (header.model !== MODEL_ID || header.sentences !== sentences || header.dimension !== DIMENSION || bodyBytes !== sentences * DIMENSION * 4) return undefined;
  // Copied into an aligned buffer: the body starts after the header, at any byte offset.
  const body = new Float32Array(new Uint8Array(bytes.subarray(nl + 1)).buffer);
  const vectors = Array.from({ length: sentences }, (_, i) => body.subarray(i * DIMENSION, (i + 1) * DIMENSION));
  return { header, vectors };
}
