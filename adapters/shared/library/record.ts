/**
 * One article the bot answers from, as the library keeps it: the text for the core and, beside
 * it, what the core never needs (where it came from, when it was read, its hash, PDF pages).
 */
import { createHash } from 'node:crypto';
import type { ReadArticle } from '../sources/read.js';

export interface ArticleRecord {
  /** Short and stable: the same link or file name always gets the same id (re-adding refreshes it). */
  id: string;
  /** The link (after redirects) or the file name. */
  source: string;
  /** For a link: where answers link to (with a text fragment, or `#page=N` for a PDF). */
  url?: string;
  title: string;
  byline?: string;
  /** What the core reads (`ArticleSource.text`). */
  text: string;
  format: 'html' | 'pdf' | 'text';
  /** For a PDF: the page each body paragraph starts on (the blocks of `text` after the headline). */
  pages?: number[];
  /** When it was read (ISO 8601). */
  readAt: string;
  /** SHA-256 of `text`, hex: the cores are cached by it. */
  hash: string;
  /** Paragraph and word counts, for "loaded: …". */
  paragraphs: number;
  words: number;
  /** 'seed' for files in seeds/ (not stored, not removable by command), 'added' for the rest. */
  origin: 'seed' | 'added';
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The id for a source: `a` and 7 hex digits of its hash (a seed file keeps its file name). */
export function idFor(source: string): string {
  return `a${sha256(source.trim()).slice(0, 7)}`;
}

/** A record for an article just read. */
export function recordOf(read: ReadArticle, origin: ArticleRecord['origin'], now = new Date()): ArticleRecord {
  const { doc } = read;
  return {
    id: origin === 'seed' && !read.url ? read.source : idFor(read.source),
    source: read.source,
    ...(read.url ? { url: read.url } : {}),
    title: doc.title,
    ...(doc.byline ? { byline: doc.byline } : {}),
    text: read.text,
    format: doc.format,
    ...(doc.pages ? { pages: doc.pages } : {}),
    readAt: now.toISOString(),
    hash: sha256(read.text),
    paragraphs: doc.paragraphs.length,
    words: doc.paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0),
    origin,
  };
}

/** A stored record, or undefined for anything that is not one (a damaged file, another program's key). */
export function parseRecord(json: string): ArticleRecord | undefined {
  try {
    const r = JSON.parse(json) as Partial<ArticleRecord>;
    if (typeof r.id !== 'string' || typeof r.text !== 'string' || typeof r.source !== 'string' || typeof r.title !== 'string' || typeof r.hash !== 'string') return undefined;
    if (r.hash !== sha256(r.text)) return undefined;
    return { format: 'text', readAt: '', paragraphs: 0, words: 0, ...r, origin: 'added' } as ArticleRecord;
  } catch {
    return undefined;
  }
}
