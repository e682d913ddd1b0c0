import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs the built bench (dist/, from the global setup) on tiny corpora and checks the shape of
 * what it prints and writes. Never a timing assertion: benchmarks are figures, not tests.
 */
const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'bench-test-'));
let stdout = '';
let stderr = '';

/** The markdown tables in a text: each a list of rows, each row a list of trimmed cells. */
function tables(markdown: string): string[][][] {
  const found: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
      (current ??= []).push(cells);
    } else if (current) {
      found.push(current);
      current = undefined;
    }
  }
  if (current) found.push(current);
  return found;
}

const FIGURE = /^(\d+(\.\d+)? (ms|s|MB)|–)$/;
const RATIO = /^(\d+(\.\d+)?×|–)$/;

beforeAll(async () => {
  ({ stdout, stderr } = await run(process.execPath, ['dist/tools/bench/main.js', '--quick', '--sizes', '1,3', '--out', out], { maxBuffer: 1 << 24 }));
}, 90_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run bench (quick, on 1 and 3 synthetic articles)', () => {
  it('is quiet on stderr when it is not a terminal', () => {
    expect(stderr).toBe('');
  });

  it('prints the report it writes to results.md', () => {
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toBe(stdout);
  });

  it('prints well-formed tables: a header, a separator, and rows of the same width', () => {
    const found = tables(stdout);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const t of found) {
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t[1]!.every((c) => /^-{3,}$/.test(c))).toBe(true);
      for (const r of t) expect(r).toHaveLength(t[0]!.length);
    }
  });

  it('gives every figure for the seed article, absolute and as a ratio to both peers', () => {
    const seed = tables(stdout).find((t) => t[0]![0] === 'figure')!;
    expect(seed[0]).toEqual(['figure', 'core', 'wink-nlp+BM25', 'wink-bm25', 'MiniSearch', 'core ÷ wink-nlp+BM25', 'core ÷ wink-bm25', 'core ÷ MiniSearch']);
    const names = seed.slice(2).map((r) => r[0]);
    for (const n of ['start to first answer', 'index build', 'latency median', 'latency p99', 'peak RSS']) expect(names).toContain(n);
    for (const r of seed.slice(2)) {
      for (const c of r.slice(1, 5)) expect(c).toMatch(FIGURE);
      for (const c of r.slice(5)) expect(c).toMatch(RATIO);
    }
    // Every system measured something: no figure is missing.
    expect(seed.slice(2).flatMap((r) => r.slice(1, 5))).not.toContain('–');
  });

  it('gives build, latency, start-up and RSS for each corpus size', () => {
    const scaling = tables(stdout).find((t) => t[0]![0] === 'articles')!;
    expect(scaling[0]!.slice(0, 3)).toEqual(['articles', 'sentences', 'figure']);
    const sizes = scaling.slice(2).map((r) => r[0]).filter(Boolean);
    expect(sizes).toEqual(['1', '3']);
    expect(scaling.slice(2)).toHaveLength(2 * 5);
    for (const r of scaling.slice(2)) for (const c of r.slice(3, 7)) expect(c).toMatch(FIGURE);
  });

  it('fits how query cost grows for each system', () => {
    const growth = tables(stdout).find((t) => t[0]![0] === 'system')!;
    expect(growth.slice(2).map((r) => r[0])).toEqual(['core', 'wink-nlp+BM25', 'wink-bm25', 'MiniSearch']);
    for (const r of growth.slice(2)) expect(r[1]).toMatch(/^-?\d+\.\d\d$/);
  });

  it('checks the start-up and seed RSS targets against the peer that loads wink-nlp and its model', () => {
    const targets = tables(stdout).find((t) => t[0]![0] === 'target')!;
    const names = targets.slice(2).map((r) => r[0]);
    expect(names).toContain("seed: start ≤ 1.3× wink-nlp+BM25's");
    expect(names).toContain("seed: peak RSS ≤ 1.2× wink-nlp+BM25's");
    for (const r of targets.slice(2)) expect(r[2]).toMatch(/^(yes|no)$/);
  });

  it('writes an SVG chart with a line per system and statistic', () => {
    const svg = readFileSync(join(out, 'latency.svg'), 'utf8');
    expect(svg.trimStart().startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    // Tags balance (self-closing ones aside).
    const stack: string[] = [];
    for (const m of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
    const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) => m[1]!.trim().split(' '));
    expect(lines).toHaveLength(8);
    for (const points of lines) {
      expect(points).toHaveLength(2);
      for (const p of points) expect(p).toMatch(/^\d+(\.\d+)?,\d+(\.\d+)?$/);
    }
    for (const label of ['core', 'wink-nlp+BM25', 'wink-bm25', 'MiniSearch', 'median', 'p99']) expect(svg).toContain(`>${label}</text>`);
  });
});

describe('npm run bench: its command line', () => {
  const bench = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
    run(process.execPath, ['dist/tools/bench/main.js', ...args], { env, maxBuffer: 1 << 24 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('--help prints the usage and every option, exit 0', async () => {
    const r = await bench(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run bench -- /);
    for (const o of ['--sizes', '--quick', '--out', '--startup-runs', '--help']) expect(r.stdout).toContain(o);
  });

  it('an unknown option or a bad value: one line naming it, exit 2, no stack trace', async () => {
    for (const [args, named] of [[['--bogus'], '--bogus'], [['--startup-runs', 'x'], '--startup-runs'], [['--sizes', '0'], '--sizes']] as const) {
      const r = await bench([...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(named);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  it('--quick without --out writes to a new temporary folder and leaves the committed tools/bench/results.md alone', async () => {
    const committed = readFileSync('tools/bench/results.md', 'utf8');
    const tmp = mkdtempSync(join(tmpdir(), 'bench-quick-'));
    try {
      const r = await bench(['--quick', '--sizes', '1', '--startup-runs', '1'], { ...process.env, TMPDIR: tmp });
      expect(r.code).toBe(0);
      const dir = readdirSync(tmp).find((d) => d.startsWith('article-qa-bench-quick-'));
      expect(dir).toBeDefined();
      expect(readFileSync(join(tmp, dir!, 'results.md'), 'utf8')).toBe(r.stdout);
      expect(r.stderr).toContain(join(tmp, dir!));
      expect(readFileSync('tools/bench/results.md', 'utf8')).toBe(committed);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 90_000);
});
