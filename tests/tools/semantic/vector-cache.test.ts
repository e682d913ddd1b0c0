import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSION, EncoderMissingError, INSTALL_LINE, loadEncoder } from '../../../tools/semantic/encoder.js';
import { cacheKey, readVectors, writeVectors } from '../../../tools/semantic/vector-cache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'semantic-cache-'));
  dirs.push(d);
  return d;
};
const vector = (seed: number): Float32Array => Float32Array.from({ length: DIMENSION }, (_, i) => Math.sin(seed * 31 + i));

describe('sentence vectors cached by content hash', () => {
  it('reads back what was written, vector for vector, with the embedding time', () => {
    const dir = join(tempDir(), 'nested');
    const sentences = ['One sentence.', 'Another one.', 'A third.'];
    const vectors = sentences.map((_, i) => vector(i));
    const key = cacheKey(sentences);
    writeVectors(dir, key, vectors, 123.4);
    const back = readVectors(dir, key, sentences.length)!;
    expect(back.header.embedMs).toBe(123);
    expect(back.vectors).toHaveLength(3);
    back.vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(vectors[i]!)));
    expect(readdirSync(dir)).toEqual([`${key}.vec`]);
  });

  it('another text, order or split of the sentences is another key', () => {
    const key = cacheKey(['A b.', 'C d.']);
    expect(cacheKey(['A b.', 'C d.'])).toBe(key);
    expect(cacheKey(['C d.', 'A b.'])).not.toBe(key);
    expect(cacheKey(['A b. C d.'])).not.toBe(key);
    expect(cacheKey(['A b.', 'C d!'])).not.toBe(key);
  });

  it('a missing, truncated, foreign or miscounted file is a miss, never wrong vectors', () => {
    const dir = tempDir();
    const key = cacheKey(['x']);
    expect(readVectors(dir, key, 1)).toBeUndefined();
    writeVectors(dir, key, [vector(1)], 1);
    expect(readVectors(dir, key, 2)).toBeUndefined();
    writeFileSync(join(dir, `${key}.vec`), '{"model":"other","sentences":1,"dimension":512}\n' + 'x'.repeat(2048));
    expect(readVectors(dir, key, 1)).toBeUndefined();
    writeFileSync(join(dir, `${key}.vec`), 'not json\n');
    expect(readVectors(dir, key, 1)).toBeUndefined();
  });
});

describe('the encoder packages are optional', () => {
  it('without them, loading says in one line how to install them', async () => {
    const error = await loadEncoder(() => Promise.reject(new Error("Cannot find package '@energetic-ai/embeddings'"))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EncoderMissingError);
    expect((error as EncoderMissingError).code).toBe('SEMANTIC_ENCODER_MISSING');
    expect((error as Error).message).toContain(INSTALL_LINE);
    expect((error as Error).message).not.toContain('\n');
  });
});
