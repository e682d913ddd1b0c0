/**
 * One entry for every way an article arrives: a link (fetched safely), a path (read with the file
 * guard) or an uploaded file's bytes. Whatever it was, the result is the article's text for the core
 * plus what the adapters keep beside it (where it came from, headline, byline, PDF pages).
 */
import { basename, extname } from 'node:path';
import { decodeText } from './charset.js';
import { articleText, oneLine, type ReadDocument } from './document.js';
import type { FetchOptions } from './fetch-url.js';
import { readFileCapped } from './file.js';
import { ArticleRefusal, shownUrl } from './refusal.js';

export type DocumentFormat = ReadDocument['format'];

/** An article read from somewhere, ready to store and hand to the core. */
export interface ReadArticle {
  /** The link (after redirects) or the file name: what `/article list` shows and re-adding matches. */
  source: string;
  /** For a link: where answers link to. */
  url?: string;
  /** The text handed to the core (`ArticleSource.text`). */
  text: string;
  doc: ReadDocument;
}

const EXTENSIONS: Record<string, DocumentFormat> = { '.txt': 'text', '.md': 'text', '.markdown': 'text', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };

/** The reader for a file name (and a declared type, for uploads), or undefined when neither is one we read. */
export function formatOf(name: string, contentType?: string): DocumentFormat | undefined {
  const byName = EXTENSIONS[extname(name).toLowerCase()];
  if (byName) return byName;
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime === 'application/pdf') return 'pdf';
  if (mime === 'text/html') return 'html';
  if (mime === 'text/plain' || mime === 'text/markdown') return 'text';
  return undefined;
}

/** The one line for a file we do not read. */
export function unsupportedFile(name: string): ArticleRefusal {
  return new ArticleRefusal(`${name.slice(0, 200)}: not an article file I can read; give a web page (.html), a PDF, or text (.txt, .md)`);
}

/**
 * A text's headline for lists: its `#` heading, else its first block that reads like one (3 to 20
 * words, starting with a letter or digit, no sentence end), which skips saved-page chrome such as
 * "- Delivering Truth …" or "Custom Search". The core finds its own headline; this is only a label.
 */
function textTitle(paragraphs: readonly string[]): string {
  const heading = paragraphs.find((p) => /^#\s/.test(p));
  if (heading) return heading.replace(/^#+\s*/, '');
  const looksLike = (p: string): boolean => /^[\p{L}\p{N}]/u.test(p) && !/[.!?]["'”’)]*$/.test(p) && p.split(' ').length >= 3 && p.split(' ').length <= 20;
  return paragraphs.find(looksLike) ?? paragraphs[0]!.split(' ').slice(0, 10).join(' ');
}

/** Plain text or Markdown: the paragraphs as the core will split them, and a headline for lists. */
function readText(text: string, what: string): ReadDocument {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map(oneLine).filter(Boolean);
  if (paragraphs.length === 0 || !/[\p{L}\p{N}]/u.test(text)) throw new ArticleRefusal(`${what}: is empty; an article needs at least one paragraph`);
  return { title: textTitle(paragraphs), paragraphs, format: 'text' };
}

/** Reads a document's bytes with the reader for `format`; `what` names it in refusals. */
export async function readBytes(bytes: Uint8Array, format: DocumentFormat, what: string, contentType?: string): Promise<ReadDocument> {
  if (format === 'pdf') {
    if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new ArticleRefusal(`${what}: is not a PDF (it does not start like one)`);
    // The readers load when first needed: pdf.js is large, and a refused file should be said at once.
    const { readPdf } = await import('./pdf.js');
    return readPdf(bytes, what);
  }
  if (bytes.includes(0) && !/utf-16/i.test(contentType ?? '')) throw new ArticleRefusal(`${what}: looks binary (it contains NUL bytes), not text`);
  const text = decodeText(bytes, { ...(contentType ? { contentType } : {}), html: format === 'html', what });
  if (format !== 'html') return readText(text, what);
  const { readHtml } = await import('./html.js');
  return readHtml(text, what);
}

/** Whether `input` is written as a link (a scheme), rather than a path. */
export function isLink(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(input.trim()) && !/^[a-z]:[\\/]/i.test(input.trim());
}

/** Fetches and reads a link. */
export async function readUrl(raw: string, options: FetchOptions): Promise<ReadArticle> {
  // undici loads on the first link (about 0.1-0.3 s): `npm run ask` on files starts without it.
  const { fetchUrl } = await import('./fetch-url.js');
  const fetched = await fetchUrl(raw, options);
  const doc = await readBytes(fetched.body, fetched.format, shownUrl(fetched.url), fetched.contentType);
  return { source: fetched.url, url: fetched.url, text: articleText(doc), doc };
}

/** Reads a file at `path` (regular files within `maxBytes`, by extension). */
export async function readPath(path: string, maxBytes: number): Promise<ReadArticle> {
  const format = formatOf(path);
  if (!format) throw unsupportedFile(path);
  const bytes = readFileCapped(path, maxBytes);
  const doc = await readBytes(bytes, format, path);
  return { source: basename(path), text: format === 'text' ? decodeText(bytes, { what: path }) : articleText(doc), doc };
}
