/**
 * Reading an article file safely (issue 20, finding 6): the file is opened without blocking (a FIFO
 * must not hang start-up), `fstat`ed on the open descriptor (so what is checked is what is read),
 * refused unless it is a regular file within the size cap, and read with that cap even if it grows.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The default cap on an article's bytes, for files, uploads and fetched pages (5 MB). */
export const DEFAULT_ARTICLE_MAX_BYTES = 5 * 1024 * 1024;

/** A file that cannot serve as an article: the message names the file and the problem. */
export class ArticleFileError extends Error {
  readonly code = 'ARTICLE_FILE';
  constructor(readonly file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options);
    this.name = 'ArticleFileError';
  }
}

/** `ARTICLE_MAX_BYTES` (bytes, at least 1 KB), or the 5 MB default; a malformed value names the variable. */
export function articleMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ARTICLE_MAX_BYTES?.trim();
  if (!raw) return DEFAULT_ARTICLE_MAX_BYTES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1024) throw new ArticleFileError('ARTICLE_MAX_BYTES', 'must be a whole number of bytes, at least 1024 (see .env.example)');
  return n;
}

/** "5 MB", "300 KB": a limit as people read it. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

function openProblem(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not an article file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ELOOP') return 'is a symlink loop';
  return `cannot be read (${code ?? 'unknown error'})`;
}

/**
 * The bytes of a regular file of at most `maxBytes`. Refuses, with one line naming the file and the
 * limit, a FIFO, a device (`/dev/zero`), a socket, a directory and a file over the cap.
 */
export function readFileCapped(file: string, maxBytes: number = DEFAULT_ARTICLE_MAX_BYTES): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ArticleFileError(file, openProblem((error as NodeJS.ErrnoException).code), { cause: error });
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ArticleFileError(file, 'is a directory, not an article file');
    if (!stat.isFile()) throw new ArticleFileError(file, 'is not a regular file (a device, FIFO or socket); give a .txt, .md, .html or .pdf file');
    if (stat.size > maxBytes) throw new ArticleFileError(file, `is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (ARTICLE_MAX_BYTES raises it)`);
    // Room for one byte more than fstat said: a file that grows while it is read is refused, not cut.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) throw new ArticleFileError(file, 'changed while it was read; try again');
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
