import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ArticleSource } from '../../src/types.js';
import { ArticleFileError, articleMaxBytes, readFileCapped } from './sources/file.js';

export { ArticleFileError } from './sources/file.js';

/** The project root: the nearest folder above this file with a package.json (works from src and dist). */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** Where `npm start`, `npm run ask` and the bots look for articles when no path is given. */
export const DEFAULT_SEEDS_DIR = join(projectRoot(import.meta.dirname), 'seeds');

const ARTICLE_EXTENSIONS = ['.txt', '.md'];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one `.txt`/`.md` article file, rejecting with a clear message what is not one: another
 * extension, anything but a regular file (a FIFO, `/dev/zero`), a file over `ARTICLE_MAX_BYTES`
 * (5 MB by default), binary or non-UTF-8 bytes, an empty file.
 */
export function readArticle(file: string, maxBytes: number = articleMaxBytes()): ArticleSource {
  if (!ARTICLE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) {
    throw new ArticleFileError(file, 'is not a .txt or .md article file (web pages and PDFs: npm start, then /article add)');
  }
  const bytes = readFileCapped(file, maxBytes);
  if (bytes.includes(0)) throw new ArticleFileError(file, 'looks binary (it contains NUL bytes); give a UTF-8 text file');
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch (error) {
    throw new ArticleFileError(file, 'is not valid UTF-8 text; re-save it as UTF-8', { cause: error });
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ArticleFileError(file, 'is empty; an article needs at least one paragraph');
  return { id: basename(file), text: text.replace(/^\uFEFF/, '') };
}

/**
 * The articles to answer from: the given files, or every `.txt`/`.md` file in `seedsDir`
 * (sorted by name, so the order is stable).
 */
export function loadArticles(paths: readonly string[] = [], seedsDir = DEFAULT_SEEDS_DIR): ArticleSource[] {
  if (paths.length > 0) return paths.map((p) => readArticle(p));
  let names: string[];
  try {
    if (!statSync(seedsDir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(seedsDir);
  } catch (error) {
    throw new ArticleFileError(seedsDir, 'no seeds folder here; put an article (.txt or .md) in seeds/ or pass --article PATH', { cause: error });
  }
  const files = names.filter((n) => ARTICLE_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext))).sort();
  if (files.length === 0) throw new ArticleFileError(seedsDir, 'holds no .txt or .md article; add one or pass --article PATH');
  return files.map((n) => readArticle(join(seedsDir, n)));
}
