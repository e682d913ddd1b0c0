#!/usr/bin/env node
/**
 * Runs the TypeScript build (`tsc -p tsconfig.build.json`) only when dist/ is not current: when a
 * source file under src/, adapters/ or tools/ has no built file or is newer than it, or a tsconfig
 * is newer than the oldest built file. `npm start`, `npm run bench` and `npm run score` run it
 * first, so a fresh clone builds once (`npm install` builds too) and later starts skip tsc.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOURCE_DIRS = ['src', 'adapters', 'tools'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];
const FAILED = join('dist', '.build-failed');

/** Every `.ts` file (not `.d.ts`) under `dir`, recursively; none when `dir` is missing. */
function sources(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * Why dist/ under `root` needs a build (a sentence naming the first file found), or undefined
 * when it is current.
 * @param {string} root the project folder
 * @returns {string | undefined}
 */
export function staleReason(root) {
  // tsc emits even when it finds type errors: the marker keeps a failed build from passing as current.
  if (mtime(join(root, FAILED)) !== undefined) return 'the last build failed';
  let oldestOutput = Infinity;
  let count = 0;
  for (const dir of SOURCE_DIRS) {
    for (const file of sources(join(root, dir))) {
      const rel = relative(root, file);
      const built = mtime(join(root, 'dist', rel.replace(/\.ts$/, '.js')));
      if (built === undefined) return `${rel} has not been built`;
      if (mtime(file) > built) return `${rel} changed since the last build`;
      oldestOutput = Math.min(oldestOutput, built);
      count++;
    }
  }
  if (count === 0) return 'no sources found';
  const config = CONFIGS.find((c) => (mtime(join(root, c)) ?? 0) > oldestOutput);
  return config ? `${config} changed since the last build` : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(import.meta.dirname, '..', '..');
  const reason = staleReason(root);
  if (reason) {
    // The same command as `npm run build` (and tests/global-setup.ts), without npm's start-up.
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
      rmSync(join(root, FAILED), { force: true });
    } catch (error) {
      mkdirSync(join(root, 'dist'), { recursive: true });
      writeFileSync(join(root, FAILED), `${reason}\n`);
      process.stderr.write(`build: the TypeScript build failed (${reason}); see the errors above\n`);
      process.exit(typeof error?.status === 'number' && error.status > 0 ? error.status : 1);
    }
  }
}
