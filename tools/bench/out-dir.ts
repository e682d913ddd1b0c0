import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the bench writes results.md and latency.svg: `--out DIR` when given; otherwise the
 * committed tools/bench/ for a full run, and a new temporary folder for `--quick`, whose rough figures
 * must not overwrite the committed ones.
 */
export function benchOutDir(options: { quick: boolean; out: string | undefined; committed: string; tmp?: string }): string {
  if (options.out) return options.out;
  if (!options.quick) return options.committed;
  return mkdtempSync(join(options.tmp ?? tmpdir(), 'article-qa-bench-quick-'));
}
