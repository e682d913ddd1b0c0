import { FURNITURE_WORDS } from '../nlp/tables.js';
import { isMarkdown, parseMarkdown, type Section } from './markdown.js';

/** An article's text with the web-page chrome removed. */
export interface ParsedArticle {
  /** The headline (or the first heading; the first words of the body when there is none). */
  title: string;
  /** The dateline place ("MOSCOW") when the first paragraph opens with one. */
  dateline?: string;
  /** Body paragraphs in order, the dateline prefix removed from the first. */
  paragraphs: string[];
  /** Section titles (Markdown `##` headings), kept apart from the body so they are never quoted. */
  sections?: Section[];
  /** "By Jane Doe, staff writer" above the body: kept apart, so it is never taken for the lead. */
  byline?: string;
}

/** A byline: "By" and a name or two (an agency or a role after a comma or dash), nothing more. */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|al))*(?:\s*(?:[,|]|[–—-]\s)\s*[^.!?]{0,50})?$/iu;

/** Where a byline may stand: among the first few blocks, before the body proper. */
const BYLINE_WINDOW = 3;

/** The byline among the first blocks, and the blocks without it. */
function takeByline(blocks: readonly string[]): { byline?: string; blocks: string[] } {
  const at = blocks.slice(0, BYLINE_WINDOW).findIndex((b) => b.split(' ').length <= 12 && BYLINE.test(b));
  if (at < 0) return { blocks: [...blocks] };
  return { byline: blocks[at]!, blocks: blocks.filter((_, k) => k !== at) };
}

/** "MOSCOW —", "WASHINGTON (Reuters) -", "SAN FRANCISCO, Calif. —" at the start of the body. */
const DATELINE = /^([A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*)*(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s+/;
const SENTENCE_END = /[.!?]["'”’)]*$/;
const BULLET_START = /^[^\p{L}\p{N}"“‘'(]/u;

/** Splits raw text into blocks separated by blank lines, each folded to one line. */
export function splitBlocks(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b.length > 0);
}

function words(block: string): string[] {
  return block.split(' ').filter(Boolean);
}

/**
 * Web-page furniture: a short block with no sentence punctuation that either starts like a
 * bullet or tagline ("- Delivering …", "| Home") or is mostly words of page chrome
 * ("Smaller Font Larger Font RSS 2.0", "Custom Search"), or has no letters at all.
 */
export function isFurniture(block: string): boolean {
  if (!/\p{L}/u.test(block)) return true;
  const ws = words(block);
  if (ws.length > 10 || SENTENCE_END.test(block)) return false;
  if (BULLET_START.test(block)) return true;
  const chrome = ws.filter((w) => FURNITURE_WORDS.has(w.toLowerCase().replace(/[^a-z0-9.-]/g, ''))).length;
  return chrome / ws.length >= 0.5;
}

/** A heading: short, no sentence punctuation at its end. */
function isHeading(block: string): boolean {
  return words(block).length <= 20 && !SENTENCE_END.test(block);
}

/** Finds the headline, the dateline and the body paragraphs of an article's raw text. */
export function parseArticle(raw: string): ParsedArticle {
  if (isMarkdown(raw)) {
    // "# Headline" is the headline; the body is the rest, read as any article's (a dateline, furniture).
    const md = parseMarkdown(raw);
    const { byline, blocks } = takeByline(md.paragraphs);
    const body = parseBlocks(md.title ? blocks : blocks.filter((b) => !isFurniture(b)), !!md.title);
    // A section title stands before a paragraph number: one fewer after a byline above it.
    const removed = byline === undefined ? 0 : md.paragraphs.indexOf(byline) + 1;
    const sections = md.sections.map((x) => (removed > 0 && x.paragraph > removed ? { ...x, paragraph: x.paragraph - 1 } : x));
    return { ...body, title: md.title || body.title, sections, ...(byline ? { byline } : {}) };
  }
  const { byline, blocks } = takeByline(splitBlocks(raw).filter((b) => !isFurniture(b)));
  return { ...parseBlocks(blocks, false), ...(byline ? { byline } : {}) };
}

/** Headline, dateline and body of blocks; `titled` when the headline is known already (all blocks are body). */
function parseBlocks(blocks: readonly string[], titled: boolean): ParsedArticle {
  if (titled) {
    const paragraphs = [...blocks];
    const dateline = paragraphs[0] && DATELINE.test(paragraphs[0]) ? DATELINE.exec(paragraphs[0])![1]!.trim() : undefined;
    if (dateline) paragraphs[0] = paragraphs[0]!.replace(DATELINE, '');
    return { title: firstWords(paragraphs[0] ?? '', 8), dateline, paragraphs };
  }
  let bodyStart = blocks.findIndex((b) => DATELINE.test(b) && !isHeading(b));
  let dateline: string | undefined;
  if (bodyStart >= 0) {
    dateline = DATELINE.exec(blocks[bodyStart]!)![1]!.trim();
  } else {
    bodyStart = blocks.findIndex((b) => !isHeading(b));
    if (bodyStart < 0) bodyStart = 0;
  }
  const headings = blocks.slice(0, bodyStart);
  // The headline is the longest heading above the body: site names and section labels are shorter.
  const title = headings.reduce((best, h) => (words(h).length > words(best).length ? h : best), headings[0] ?? '');
  const paragraphs = blocks.slice(bodyStart);
  if (dateline && paragraphs.length > 0) paragraphs[0] = paragraphs[0]!.replace(DATELINE, '');
  return { title: title || firstWords(paragraphs[0] ?? '', 8), dateline, paragraphs };
}

function firstWords(text: string, n: number): string {
  const ws = words(text);
  return ws.slice(0, n).join(' ') + (ws.length > n ? '…' : '');
}
