/**
 * What every reader (HTML, PDF, plain text) makes of a document: the headline, the byline when
 * there is one, and the body paragraphs, from which the article text handed to the core is built.
 */

/** A document read into an article. */
export interface ReadDocument {
  /** The headline. */
  title: string;
  /** "By Jane Roe", when the page or file names its author. */
  byline?: string;
  /** Body paragraphs, in order, each on one line. */
  paragraphs: string[];
  /** For a PDF: the 1-based page each paragraph starts on (same length as `paragraphs`). */
  pages?: number[];
  /** Which reader read it. */
  format: 'html' | 'pdf' | 'text';
}

/**
 * The article text for the core: `# headline`, then the paragraphs separated by blank lines (the
 * core reads `#` as the headline, so a page's title is never mistaken for its first sentence).
 */
export function articleText(doc: ReadDocument): string {
  if (doc.format === 'text') return doc.paragraphs.join('\n\n');
  return [`# ${doc.title}`, ...doc.paragraphs].join('\n\n');
}

/** Whitespace folded to single spaces, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** How many words the paragraphs hold (for "loaded: … paragraphs, … words"). */
export function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
}
