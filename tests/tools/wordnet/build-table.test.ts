/** `npm run wordnet:table -- --help` prints help and leaves the committed table alone. */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const TABLE = join(ROOT, 'src/nlp/wordnet-table.json');

describe('wordnet:table', () => {
  it('--help prints the usage and does not regenerate the table', () => {
    const before = statSync(TABLE).mtimeMs;
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/tools/wordnet/build-table.js'), '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('usage: npm run wordnet:table');
    expect(r.stdout).not.toContain('wrote ');
    expect(statSync(TABLE).mtimeMs).toBe(before);
  });

  it('an unknown option is a one-line error, and nothing is written', () => {
    const before = statSync(TABLE).mtimeMs;
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/tools/wordnet/build-table.js'), '--bogus'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(statSync(TABLE).mtimeMs).toBe(before);
  });
});
