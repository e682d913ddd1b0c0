import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../tools/semantic/evaluate.js';
import { choose, combinationOf, embeddingTop, hitsOf, lexicalTop, replyHitsOf, share, versus } from '../../../tools/semantic/figures.js';

/** A row over four sentences: word overlap ranks `lexical`, the question's cosines are `cos`, gold sits in `gold`. */
function row(lexical: number[], cos: number[], gold: number, reply: Row['reply'], answerable = true): Row {
  return {
    id: 'q', kind: 'fact', answerable, embedMs: 1, embedCpuMs: 1, reply,
    lexical: lexical.map((index, r) => ({ index, score: 10 - r })),
    cos: Float64Array.from(cos),
    hits: Uint8Array.from(cos, (_, i) => (answerable && i === gold ? 1 : 0)),
  };
}

describe('semantic figures', () => {
  const rows = [
    // Word overlap right; the embedding alone wrong; a light combination keeps it.
    row([0, 1], [0.2, 0.1, 0.9, 0.1], 0, { answered: true, hit: true, index: 0 }),
    // Word overlap's second is right and nearer in meaning: the combination turns it right.
    row([0, 1], [0.1, 0.6, 0.1, 0.1], 1, { answered: true, hit: false, index: 0 }),
    // The reply quoted another passage: the estimate leaves it alone.
    row([0, 1], [0.1, 0.6, 0.1, 0.1], 1, { answered: true, hit: false, index: 3 }),
    // Unanswerable questions do not count toward evidence@1.
    row([0], [0.1, 0.1, 0.1, 0.1], -1, { answered: true, hit: false, index: 0 }, false),
  ];

  it('evidence@1 of word overlap, of the embedding, and of a combination, over answerable questions', () => {
    expect(hitsOf(rows, lexicalTop)).toEqual([true, false, false]);
    expect(hitsOf(rows, embeddingTop)).toEqual([false, true, true]);
    const light = combinationOf({ form: 'relative', k: 2, w: 0.5 });
    expect(hitsOf(rows, light)).toEqual([true, true, true]);
    expect(share(hitsOf(rows, light))).toBe(1);
    expect(versus(rows, light)).toMatchObject({ evidence: 1, gained: 2, lost: 0 });
    expect(versus(rows, embeddingTop)).toMatchObject({ gained: 2, lost: 1 });
  });

  it('the reply estimate changes only replies that quoted word overlap\'s first sentence', () => {
    const light = combinationOf({ form: 'relative', k: 2, w: 0.5 });
    expect(replyHitsOf(rows, lexicalTop)).toEqual([true, false, false]);
    expect(replyHitsOf(rows, light)).toEqual([true, true, false]);
  });

  it('chooses the best combination, the first listed on a tie', () => {
    const heavy = { form: 'relative' as const, k: 2, w: 50 };
    const none = { form: 'relative' as const, k: 2, w: 0 };
    const light = { form: 'relative' as const, k: 2, w: 0.5 };
    expect(choose(rows, [none, heavy, light])).toEqual({ combination: heavy, evidence: 1 });
    expect(choose(rows, [none])).toEqual({ combination: none, evidence: 0.333 });
  });
});

describe('npm run semantic:measure without the validation sets', () => {
  it('says in one line what it needs, exit 1, before loading any encoder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'semantic-shared-'));
    try {
      const main = join(import.meta.dirname, '../../../dist/tools/semantic/main.js');
      const r = spawnSync(process.execPath, [main, '--shared', empty], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(`semantic: needs the validation sets in ${join(empty, 'train')} (a shared folder beside this project, not in it); ${join(empty, 'train', 'squad-v1.1-dev-3', 'questions.jsonl')} is missing.`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
