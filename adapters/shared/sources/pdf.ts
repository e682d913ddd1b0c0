/**
 * A PDF to an article with unpdf (a build of Mozilla's pdf.js for servers): the text of each page
 * as lines with their heights on the page; paragraphs are rebuilt from the gaps between lines, a
 * word broken by a hyphen at a line's end is joined, and page furniture (a running head, a page
 * number, a footer repeated on most pages) is dropped. Each paragraph keeps the page it starts on,
 * so an answer can link to `#page=N`.
 */
import { getDocumentProxy } from 'unpdf';
import { oneLine, type ReadDocument } from './document.js';
import { ArticleRefusal } from './refusal.js';

interface Line {
  text: string;
  /** Baseline height on the page (PDF units, up is larger). */
  y: number;
  page: number;
}

interface TextItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
}

/** One page's text items to lines: a new line where the baseline moves or pdf.js marks an end of line. */
function linesOf(items: readonly TextItem[], page: number): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y: number | undefined;
  const flush = (): void => {
    if (y !== undefined && text.trim()) lines.push({ text: oneLine(text), y, page });
    text = '';
    y = undefined;
  };
  for (const item of items) {
    const itemY = item.transform[5] ?? 0;
    if (y !== undefined && Math.abs(itemY - y) > 1) flush();
    y ??= itemY;
    text += item.str;
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

/** A line with its digits masked, so "Page 3" and "Page 4" count as the same furniture. */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#');

/**
 * Lines that are page furniture: among the first or last two lines of a page, either only a
 * number, or repeated (digits aside) on at least half of the pages of a document of two or more.
 */
function furniture(pages: readonly Line[][]): Set<Line> {
  const edges = pages.map((lines) => [...lines.slice(0, 2), ...lines.slice(-2)]);
  const seen = new Map<string, number>();
  for (const edge of edges) for (const s of new Set(edge.map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  const out = new Set<Line>();
  for (const edge of edges) {
    for (const line of edge) {
      const repeated = pages.length >= 2 && (seen.get(shape(line.text)) ?? 0) >= Math.max(2, pages.length / 2);
      if (repeated || /^[\s\d\-–—|/.]*(page\s*)?\d+[\s\d\-–—|/.]*$/i.test(line.text)) out.add(line);
    }
  }
  return out;
}

/** The usual gap between lines of a paragraph: the lower quartile of a page's gaps (paragraph gaps are the larger ones). */
function usualGap(lines: readonly Line[]): number {
  const gaps = lines.slice(1).map((l, k) => lines[k]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] ?? 0;
}

const SENTENCE_END = /[.!?:]["'”’)]*$/;

/** Lines to paragraphs: a gap well over the usual one, or a page break after a finished sentence, starts a new one. */
function paragraphsOf(pages: readonly Line[][]): { paragraphs: string[]; pages: number[] } {
  const paragraphs: string[] = [];
  const starts: number[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    const text = current.reduce((acc, l) => (acc.endsWith('-') && /^\p{Ll}/u.test(l.text) ? acc.slice(0, -1) + l.text : acc ? `${acc} ${l.text}` : l.text), '');
    if (text) {
      paragraphs.push(text);
      starts.push(current[0]!.page);
    }
    current = [];
  };
  for (const lines of pages) {
    const gap = usualGap(lines);
    lines.forEach((line, k) => {
      const prev = k > 0 ? lines[k - 1]! : undefined;
      const newPage = !prev && current.length > 0;
      if ((prev && gap > 0 && prev.y - line.y > gap * 1.4) || (newPage && SENTENCE_END.test(current[current.length - 1]!.text))) flush();
      current.push(line);
    });
  }
  flush();
  return { paragraphs, pages: starts };
}

/** Reads a PDF's bytes into an article; `what` names it in a refusal. */
export async function readPdf(bytes: Uint8Array, what: string): Promise<ReadDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
  } catch (error) {
    throw new ArticleRefusal(`${what}: not a readable PDF`, { cause: error });
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((i): i is TextItem & typeof i => 'str' in i), n));
    }
    const drop = furniture(pages);
    const { paragraphs, pages: starts } = paragraphsOf(pages.map((lines) => lines.filter((l) => !drop.has(l))));
    if (paragraphs.length === 0) throw new ArticleRefusal(`${what}: the PDF has no text to read (a scan without a text layer?)`);
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as { Title?: unknown; Author?: unknown };
    const metaTitle = typeof info.Title === 'string' ? oneLine(info.Title) : '';
    // Without a title in the metadata, a short first paragraph with no sentence end is the headline.
    const first = paragraphs[0]!;
    const firstIsTitle = first.split(' ').length <= 20 && !SENTENCE_END.test(first) && (!metaTitle || first === metaTitle);
    const title = metaTitle || (firstIsTitle ? first : first.split(' ').slice(0, 8).join(' '));
    const body = firstIsTitle && paragraphs.length > 1 ? { paragraphs: paragraphs.slice(1), pages: starts.slice(1) } : { paragraphs, pages: starts };
    const byline = typeof info.Author === 'string' && info.Author.trim() ? `By ${oneLine(info.Author)}` : undefined;
    return { title, ...(byline ? { byline } : {}), paragraphs: body.paragraphs, pages: body.pages, format: 'pdf' };
  } finally {
    await pdf.destroy();
  }
}
