#!/usr/bin/env node
/**
 * `npm run score [-- QUESTIONS.jsonl] [scorer options]`: the team's scorer, kept beside the project
 * in ../shared/eval/ (not part of this repository), on the seed article's dev set or on the
 * question file given; it asks through `npm run --silent ask -- --json`, so dist/ is brought up to
 * date first. Without ../shared it says so in one line (exit 1); `npm test` needs no ../shared.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const scorer = join(evalDir, 'score.mjs');
const args = process.argv.slice(2);
// A question file given on the command line replaces the default set.
const questions = args.some((a) => a.endsWith('.jsonl')) ? [] : [join(evalDir, 'dev.jsonl')];

const missing = [scorer, ...questions].find((f) => !existsSync(f));
if (missing) {
  process.stderr.write(
    `score: needs the team's scorer and question sets in ${evalDir} (a shared folder beside this project, not in it); ` +
      `${missing} is missing. Without it, npm test checks the answers.\n`,
  );
  process.exit(1);
}
try {
  execFileSync(process.execPath, [join(root, 'adapters', 'cli', 'build-if-stale.mjs')], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1);
}
const r = spawnSync(process.execPath, [scorer, ...questions, ...args], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
