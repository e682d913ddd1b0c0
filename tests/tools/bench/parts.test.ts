import { describe, expect, it } from 'vitest';
import { Random } from '../../../tools/bench/random.js';
import { syntheticArticle, syntheticCorpus } from '../../../tools/bench/corpus.js';
import { median, percentile, summarise } from '../../../tools/bench/measure.js';
import { splitSentences, words } from '../../../tools/bench/sentences.js';
import { growthExponent } from '../../../tools/bench/report.js';
import type { CorpusResult } from '../../../tools/bench/results.js';

describe('bench parts', () => {
  it('the generator repeats itself for a seed and differs between seeds', () => {
    const a = new Random(7);
    const b = new Random(7);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(new Random(8).next()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('synthetic articles are reproducible, about 1,000 words, and not copies of each other', () => {
    expect(syntheticArticle(4).source.text).toBe(syntheticArticle(4).source.text);
    const corpus = syntheticCorpus(5);
    expect(corpus.articles.map((a) => a.id)).toEqual(['synthetic-0001.txt', 'synthetic-0002.txt', 'synthetic-0003.txt', 'synthetic-0004.txt', 'synthetic-0005.txt']);
    for (const a of corpus.articles) {
      const n = a.text.split(/\s+/).filter(Boolean).length;
      expect(n).toBeGreaterThanOrEqual(1000);
      expect(n).toBeLessThan(1200);
    }
    expect(new Set(corpus.articles.map((a) => a.text.split('\n')[0])).size).toBe(5);
    expect(corpus.questions).toHaveLength(30);
    // Sizes nest: article k is the same in every corpus.
    expect(syntheticCorpus(2).articles[1]!.text).toBe(corpus.articles[1]!.text);
  });

  it('percentiles are nearest-rank, the median is the middle', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(summarise([5, 1, 3])).toMatchObject({ count: 3, median: 3, max: 5, mean: 3 });
  });

  it('the peers split sentences at end punctuation but not after Mr., initials or U.S.', () => {
    const text = 'Title Here\n\nMr. Lavrov met Sergey V. Lavrov in the U.S. Capitol. “It works,” he said. Then he left!\n\nSecond paragraph.';
    expect(splitSentences(text)).toEqual(['Title Here', 'Mr. Lavrov met Sergey V. Lavrov in the U.S. Capitol.', '“It works,” he said.', 'Then he left!', 'Second paragraph.']);
    expect(words('Who met the Minister in Vienna?')).toEqual(['met', 'minister', 'vienna']);
  });

  it('fits the growth exponent of latency against sentences', () => {
    const at = (sentences: number, ms: number): CorpusResult => ({
      spec: sentences, label: '', articles: sentences, words: 0, sentences, questions: 1, startup: {}, startupRuns: 0,
      runs: { core: { system: 'core', loadMs: 0, buildMs: 0, firstAskMs: 0, reps: 1, peakRss: 0, slowest: [], latency: { count: 1, median: ms, p99: ms, mean: ms, max: ms } } },
    });
    expect(growthExponent([at(10, 1), at(100, 10), at(1000, 100)], 'core')).toBeCloseTo(1);
    expect(growthExponent([at(10, 1), at(1000, 10)], 'core')).toBeCloseTo(0.5);
    expect(growthExponent([at(10, 1)], 'core')).toBeUndefined();
  });
});
