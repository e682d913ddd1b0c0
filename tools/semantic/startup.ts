/**
 * Start to first answer with and without the encoder: spawns first-answer.js (one process per run)
 * and times from spawn to its first output line, as tools/bench/startup.ts does for the bot. The
 * first semantic run finds an empty cache (it embeds the article); the later ones read the vectors.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { median, now } from '../bench/measure.js';

/** What the child reports about itself after the answer. */
export interface ChildStats {
  stages: Record<string, number>;
  /** CPU milliseconds (user + system) the process had used when the answer was out. */
  cpuMs: number;
  cachedVectors: boolean;
  rssLexical: number;
  rssAfter: number;
  maxRss: number;
}

/** One run: wall milliseconds from spawn to the answer line, and the child's own figures. */
export interface StartRun {
  ms: number;
  stats: ChildStats;
}

/** Spawns one start of the asker and waits for both of its lines. */
export function startOnce(dist: string, cacheDir: string, articles: readonly string[], question: string, lexical: boolean): Promise<StartRun> {
  const args = [join(dist, 'tools', 'semantic', 'first-answer.js'), '--cache', cacheDir, ...(lexical ? ['--lexical'] : []), ...articles.flatMap((a) => ['--article', a]), question];
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let ms: number | undefined;
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (ms === undefined && out.includes('\n')) ms = now() - start;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = out.trim().split('\n');
      if (ms === undefined || code !== 0 || lines.length < 2) {
        reject(new Error(`first-answer.js failed (exit ${code}): ${err.trim().split('\n')[0] ?? ''}`));
        return;
      }
      resolve({ ms, stats: JSON.parse(lines[1]!) as ChildStats });
    });
  });
}

/** The start-up figures: one cold semantic run, then `runs` warm semantic and `runs` lexical runs, interleaved. */
export async function measureStartup(dist: string, cacheDir: string, articles: readonly string[], question: string, runs = 3): Promise<{ cold: StartRun; warm: StartRun[]; lexical: StartRun[] }> {
  const cold = await startOnce(dist, cacheDir, articles, question, false);
  const warm: StartRun[] = [];
  const lexical: StartRun[] = [];
  // Interleaved, so that a burst of load from other work on the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    lexical.push(await startOnce(dist, cacheDir, articles, question, true));
    warm.push(await startOnce(dist, cacheDir, articles, question, false));
  }
  return { cold, warm, lexical };
}

/** The run with the median wall time. */
export function medianRun(runs: readonly StartRun[]): StartRun {
  const m = median(runs.map((r) => r.ms));
  return runs.reduce((a, b) => (Math.abs(b.ms - m) < Math.abs(a.ms - m) ? b : a));
}
