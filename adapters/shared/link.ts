/**
 * Links from an answer to the sentence it quotes: a text fragment (`#:~:text=`) that browsers
 * scroll to and highlight, or `#page=N` for a PDF. Built here from the answer's passage and the
 * article's source; the core knows nothing of URLs.
 */
import type { Answer } from '../../src/types.js';
import type { ArticleRecord } from './library/record.js';

/** An answer with the link to its quoted sentence, when its article came from a link. */
export type LinkedAnswer<A extends Answer = Answer> = A & { link?: string };

/** Percent-encodes a fragment term so that `-`, `,`, `&`, `(` and `)` survive (they are the directive's syntax, or markdown's). */
export function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Words of a quote up to which a text fragment names the whole sentence; longer ones name the first and last words. */
const WHOLE_WORDS = 10;
const EDGE_WORDS = 5;

/** The longest stretch of a passage that is verbatim in the article (the core marks its cuts with "…"). */
export function verbatimPart(passage: string): string {
  return passage.split('…').map((s) => s.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
}

/** The `:~:text=` directive for a quote: the whole quote, or `start,end` for a long one. */
export function textDirective(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= WHOLE_WORDS) return `:~:text=${encodeTerm(words.join(' '))}`;
  return `:~:text=${encodeTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(words.slice(-EDGE_WORDS).join(' '))}`;
}

/** The page of a PDF article on which a passage's paragraph starts, when it can be found. */
export function pageOf(record: Pick<ArticleRecord, 'text' | 'pages'>, quote: string): number | undefined {
  if (!record.pages?.length || !quote) return undefined;
  // The record's text is `# headline`, then one block per body paragraph, in the order of `pages`.
  const blocks = record.text.split(/\n\n/).slice(1);
  const k = blocks.findIndex((b) => b.replace(/\s+/g, ' ').includes(quote));
  return k >= 0 ? record.pages[k] : undefined;
}

/** The link to an answer's quoted sentence in its article, or undefined (no link, no passage). */
export function passageLink(record: Pick<ArticleRecord, 'url' | 'text' | 'pages' | 'format'> | undefined, passage: string): string | undefined {
  if (!record?.url) return undefined;
  const base = record.url.split('#')[0]!;
  const quote = verbatimPart(passage);
  if (record.format === 'pdf') {
    const page = pageOf(record, quote);
    return page ? `${base}#page=${page}` : base;
  }
  const directive = quote ? textDirective(quote) : '';
  return directive ? `${base}#${directive}` : base;
}

/** The answer with its `link` set when its article has a source URL and the answer quotes a passage. */
export function withLink<A extends Answer>(answer: A, record: Pick<ArticleRecord, 'url' | 'text' | 'pages' | 'format'> | undefined): LinkedAnswer<A> {
  if (!answer.answered || !answer.passage) return answer;
  const link = passageLink(record, answer.passage);
  return link ? { ...answer, link } : answer;
}
