/** tools/score.mjs (`npm run score`) in a clone with no ../shared beside it: one line, exit 1. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run score without ../shared', () => {
  it('says in one line what it needs and where, exit 1, no stack trace', () => {
    const parent = mkdtempSync(join(tmpdir(), 'score-'));
    try {
      mkdirSync(join(parent, 'clone', 'tools'), { recursive: true });
      copyFileSync(join(import.meta.dirname, '../../tools/score.mjs'), join(parent, 'clone', 'tools', 'score.mjs'));
      const r = spawnSync(process.execPath, [join(parent, 'clone', 'tools', 'score.mjs')], { cwd: join(parent, 'clone'), encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^score: needs the team's scorer and question sets in .*shared\/eval /);
      expect(lines[0]).toContain(join(parent, 'shared', 'eval', 'score.mjs'));
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
