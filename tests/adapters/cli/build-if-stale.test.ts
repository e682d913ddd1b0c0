/**
 * adapters/cli/build-if-stale.mjs (run by `npm start`, `bench`, `score`): tsc runs only when dist/ is
 * not current. Tested on a throw-away project whose "tsc" only records that it ran.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '../../../adapters/cli/build-if-stale.mjs');
let root = '';

function write(rel: string, text: string, secondsAgo = 0): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(join(root, rel), t, t);
}

/** A fake tsc: records its run, then "builds" (touches the outputs) or fails like tsc on a type error. */
const FAKE_TSC = `const fs = require('node:fs');
fs.appendFileSync('tsc-runs', 'ran\\n');
if (fs.existsSync('fail')) { console.error('src/a.ts(1,1): error TS2322'); process.exit(2); }
for (const f of ['dist/src/a.js', 'dist/adapters/b.js']) { fs.mkdirSync(require('node:path').dirname(f), { recursive: true }); fs.writeFileSync(f, '// built'); }`;

function start() {
  const r = spawnSync(process.execPath, [join(root, 'adapters/cli/build-if-stale.mjs')], { cwd: root, encoding: 'utf8' });
  const runs = existsSync(join(root, 'tsc-runs')) ? readFileSync(join(root, 'tsc-runs'), 'utf8').split('\n').filter(Boolean).length : 0;
  rmSync(join(root, 'tsc-runs'), { force: true });
  return { code: r.status, err: r.stderr, built: runs > 0 };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stale-'));
  mkdirSync(join(root, 'adapters/cli'), { recursive: true });
  copyFileSync(SCRIPT, join(root, 'adapters/cli/build-if-stale.mjs'));
  write('node_modules/typescript/bin/tsc', FAKE_TSC);
  write('tsconfig.json', '{}', 100);
  write('tsconfig.build.json', '{}', 100);
  write('src/a.ts', 'export const a = 1;', 60);
  write('src/types.d.ts', 'export {};', 0); // declarations are not built
  write('adapters/b.ts', 'export const b = 1;', 60);
  write('dist/src/a.js', '// built', 30);
  write('dist/adapters/b.js', '// built', 30);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build-if-stale', () => {
  it('does not build when every source has a newer built file', () => {
    expect(start()).toEqual({ code: 0, err: '', built: false });
  });

  it('builds when a source is newer than its built file, then not again', () => {
    write('adapters/b.ts', 'export const b = 2;');
    expect(start().built).toBe(true);
    expect(start().built).toBe(false);
  });

  it('builds when a source was never built (a new file, or a fresh clone without dist/)', () => {
    write('tools/c.ts', 'export const c = 1;', 60);
    expect(start().built).toBe(true);
    rmSync(join(root, 'dist'), { recursive: true });
    rmSync(join(root, 'tools'), { recursive: true });
    expect(start().built).toBe(true);
  });

  it('builds when a tsconfig changed since the oldest built file', () => {
    write('tsconfig.build.json', '{"compilerOptions":{}}');
    expect(start().built).toBe(true);
  });

  it("a failed build exits with tsc's code and is tried again next time, though tsc wrote its files", () => {
    write('src/a.ts', 'export const a: string = 1;');
    write('fail', '');
    const failed = start();
    expect(failed.built).toBe(true);
    expect(failed.code).toBe(2);
    expect(failed.err).toContain('build: the TypeScript build failed (src/a.ts changed since the last build)');
    write('dist/src/a.js', '// emitted despite the error');
    expect(start()).toMatchObject({ built: true, code: 2 });
    rmSync(join(root, 'fail'));
    expect(start()).toMatchObject({ built: true, code: 0 });
    expect(start().built).toBe(false);
  });
});
