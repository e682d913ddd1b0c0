/**
 * The articles the bot starts with: the files given with `--article` (paths or links), or every
 * article file in `seeds/`, which is watched so that a file added, changed or removed there is
 * picked up without a restart.
 */
import { readdirSync, statSync, watch } from 'node:fs';
import { extname, join } from 'node:path';
import type { Logger } from '../logger.js';
import { ArticleFileError } from '../sources/file.js';
import type { FetchOptions } from '../sources/fetch-url.js';
import { isLink, readPath, readUrl } from '../sources/read.js';
import { recordOf, type ArticleRecord } from './record.js';

/** File names read from seeds/. */
export const SEED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf'];

/** The article files in `dir`, sorted by name; a missing folder is an ArticleFileError naming it. */
export function seedFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir);
  } catch (error) {
    throw new ArticleFileError(dir, 'no seeds folder here; put an article (.txt or .md) in seeds/ or pass --article PATH', { cause: error });
  }
  return names.filter((n) => !n.startsWith('.') && SEED_EXTENSIONS.includes(extname(n).toLowerCase())).sort().map((n) => join(dir, n));
}

/** Reads the `--article` inputs (paths or links) into records; the first that cannot be read throws. */
export async function readInputs(inputs: readonly string[], options: { maxBytes: number; fetch: FetchOptions }): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for (const input of inputs) {
    const read = isLink(input) ? await readUrl(input, options.fetch) : await readPath(input, options.maxBytes);
    out.push(recordOf(read, 'seed'));
  }
  return out;
}

/** Every article in `dir`; at start-up a file that cannot be read stops the bot with one line. */
export async function readSeeds(dir: string, maxBytes: number): Promise<ArticleRecord[]> {
  const files = seedFiles(dir);
  if (files.length === 0) throw new ArticleFileError(dir, 'holds no .txt or .md article; add one or pass --article PATH');
  const out: ArticleRecord[] = [];
  for (const file of files) out.push(recordOf(await readPath(file, maxBytes), 'seed'));
  return out;
}

/**
 * Watches `dir` and calls `update` with its articles after each change (100 ms after the last
 * event, so a file being written is read once it is whole). A file that cannot be read is logged
 * and left out; the rest keep answering. Returns the function that stops watching.
 */
export function watchSeeds(dir: string, options: { maxBytes: number; logger?: Logger; update(records: ArticleRecord[]): void }): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rescan = async (): Promise<void> => {
    const records: ArticleRecord[] = [];
    let files: string[];
    try {
      files = seedFiles(dir);
    } catch (error) {
      options.logger?.warn({ dir, error: error instanceof Error ? error.message : String(error) }, 'seeds folder unreadable; articles unchanged');
      return;
    }
    for (const file of files) {
      try {
        records.push(recordOf(await readPath(file, options.maxBytes), 'seed'));
      } catch (error) {
        options.logger?.warn({ file, error: error instanceof Error ? error.message : String(error) }, 'seed article skipped');
      }
    }
    options.update(records);
  };
  let watcher: ReturnType<typeof watch>;
  try {
    watcher = watch(dir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(rescan, rescan);
      }, 100);
    });
  } catch (error) {
    options.logger?.warn({ dir, error: error instanceof Error ? error.message : String(error) }, 'cannot watch the seeds folder; restart to pick up new files');
    return () => {};
  }
  watcher.on('error', () => undefined);
  watcher.unref();
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
