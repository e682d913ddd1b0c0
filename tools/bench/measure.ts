/** Timers, percentiles and memory figures: the measuring tape every bench file uses. */
import { performance } from 'node:perf_hooks';

/** Milliseconds on a monotonic clock. */
export function now(): number {
  return performance.now();
}

/** Milliseconds `fn` takes, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = now();
  const value = fn();
  return { ms: now() - start, value };
}

/** The nearest-rank percentile (p in 0..100) of ascending `sorted` values; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The median of unsorted values (the middle one, or the mean of the two middle ones). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What the tables show of a set of latency samples (milliseconds). */
export interface LatencySummary {
  count: number;
  median: number;
  p99: number;
  mean: number;
  max: number;
}

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, median: median(sorted), p99: percentile(sorted, 99), mean, max: sorted.at(-1) ?? Number.NaN };
}

/** This process's peak resident set size so far, in bytes (Linux reports maxRSS in KiB). */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Times every call of `ask` over `questions`, repeated: at least `minReps` passes, then more
 * until `maxReps` passes or `budgetMs` spent. One untimed warm-up pass comes first.
 */
export function timeQuestions(
  ask: (q: string) => unknown, questions: readonly string[], opts: { minReps: number; maxReps: number; budgetMs: number },
): { samples: number[]; perQuestion: number[][]; reps: number } {
  for (const q of questions) ask(q);
  const samples: number[] = [];
  const perQuestion: number[][] = questions.map(() => []);
  const start = now();
  let reps = 0;
  while (reps < opts.maxReps && (reps < opts.minReps || now() - start < opts.budgetMs)) {
    questions.forEach((q, k) => {
      const t = now();
      ask(q);
      const ms = now() - t;
      samples.push(ms);
      perQuestion[k]!.push(ms);
    });
    reps++;
  }
  return { samples, perQuestion, reps };
}

/** Bytes as "123 MB" (decimal megabytes, as the targets are written). */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** Milliseconds with sensible precision: 0.0123 ms, 1.23 ms, 123 ms, 1.23 s, 12.3 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 0.01) return `${ms.toFixed(3)} ms`;
  return `${ms.toFixed(4)} ms`;
}
