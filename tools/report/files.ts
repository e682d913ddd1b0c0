/**
 * Which files `npm run report` reads: the logs named on its command line, else `QA_LOG_FILE`, else
 * every questions log in logs/ (`qa*.log*`: `qa.log`, or one per adapter such as `qa-slack.log`),
 * each with all of its rotated files that exist (`qa.1.log`, `qa.2.log` …, however many
 * `QA_LOG_KEEP` let the writer keep), oldest first.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * A log and its rotated files that exist, oldest (highest number) first, the live file last.
 * Rotated names are `qa.N.log` (adapters/shared/qa-log.ts) or `qa.log.N` (logrotate's).
 */
export function withRotations(file: string, names: readonly string[] = listDir(dirname(file))): string[] {
  const ext = extname(file);
  const base = basename(file, ext);
  const rotated = new RegExp(`^(?:${escapeRegExp(base)}\\.(\\d+)${escapeRegExp(ext)}|${escapeRegExp(basename(file))}\\.(\\d+))$`);
  const found = names
    .map((name) => ({ name, n: Number(rotated.exec(name)?.slice(1).find(Boolean) ?? NaN) }))
    .filter((f) => Number.isInteger(f.n))
    .sort((a, b) => b.n - a.n)
    .map((f) => join(dirname(file), f.name));
  return names.includes(basename(file)) ? [...found, file] : found;
}

/**
 * The questions logs in a folder, by their live name: every `qa*.log*` file, a rotated one
 * (`qa-slack.2.log`, `qa.log.2`) standing for its live log even when that file is gone.
 */
export function logsIn(dir: string, names: readonly string[] = listDir(dir)): string[] {
  const live = names.filter((n) => /^qa[^/]*\.log(\.\d+)?$/.test(n)).map((n) => n.replace(/\.\d+\.log$/, '.log').replace(/\.log\.\d+$/, '.log'));
  return [...new Set(live)].sort().map((n) => join(dir, n));
}

/** The files to read, oldest first per log; duplicates (a log named twice) read once. */
export function reportFiles(options: { paths: readonly string[]; configured: string | undefined; defaultDir: string }): string[] {
  const logs = options.paths.length > 0 ? options.paths : options.configured ? [options.configured] : logsIn(options.defaultDir);
  return [...new Set(logs.flatMap((file) => withRotations(file)))];
}
