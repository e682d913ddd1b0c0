/**
 * A news page to an article: Mozilla's Readability (Firefox's reader view) on a linkedom DOM finds
 * the main text, so menus, related links, comments and cookie banners are left out. A page that
 * reader view would not offer (`isProbablyReaderable`) is refused rather than guessed at.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { oneLine, type ReadDocument } from './document.js';
import { ArticleRefusal } from './refusal.js';

/** The blocks of Readability's output that are paragraphs of the article. */
type Doc = ReturnType<typeof parseHTML>['document'];

const BLOCKS = 'p, li, blockquote, pre, h2, h3, h4, h5, h6';

/** The headline: the page's only `<h1>` when the `<title>` contains it (titles carry the site's name). */
function headline(document: Doc, readabilityTitle: string): string {
  const h1s = [...document.querySelectorAll('h1')].map((h) => oneLine(h.textContent ?? '')).filter(Boolean);
  if (h1s.length === 1 && (readabilityTitle.includes(h1s[0]!) || !readabilityTitle)) return h1s[0]!;
  return oneLine(readabilityTitle);
}

/** The paragraphs of Readability's cleaned HTML, innermost blocks only (a `<li>` holding `<p>`s counts once). */
function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const out: string[] = [];
  for (const el of blocks) {
    const text = oneLine(el.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

/**
 * Reads an HTML page (already decoded to text) into an article; `what` names it in a refusal.
 * Refuses a page that does not look like an article, or that has no text once read.
 */
export function readHtml(html: string, what: string): ReadDocument {
  const { document } = parseHTML(html);
  if (!isProbablyReaderable(document)) throw new ArticleRefusal(`${what}: that page does not look like an article (no main text found)`);
  const title = headline(document, document.title ?? '');
  // Readability changes the document it reads: it gets its own copy, after the headline was taken.
  const parsed = new Readability(parseHTML(html).document).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content).filter((p) => p !== title) : [];
  if (paragraphs.length === 0) throw new ArticleRefusal(`${what}: that page does not look like an article (no main text found)`);
  const byline = parsed?.byline ? oneLine(parsed.byline) : undefined;
  const body = byline ? paragraphs.filter((p) => p !== byline) : paragraphs;
  return { title: title || oneLine(parsed?.title ?? '') || body[0]!.split(' ').slice(0, 8).join(' '), ...(byline ? { byline } : {}), paragraphs: body, format: 'html' };
}
