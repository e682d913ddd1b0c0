/**
 * Articles written in Markdown: `#` is the headline, `##` … are section titles (kept apart from
 * the body, so they are never quoted as answers), each list item is a sentence of its own, and
 * inline markup (`**bold**`, `_emphasis_`, `` `code` ``, links) is reduced to its words.
 */

/** A section title and the body paragraph (1-based) it stands before. */
export interface Section {
  title: string;
  paragraph: number;
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/;
const SENTENCE_END = /[.!?:;]["'”’)]*$/;

/** Whether the text is Markdown: a `#` heading line, or bold/link markup. */
export function isMarkdown(raw: string): boolean {
  return /^\s{0,3}#{1,6}\s+\S/m.test(raw) || /\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)/.test(raw);
}

/** Inline markup reduced to its words: links to their text, emphasis and code to their content. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** A Markdown article: headline, body paragraphs (blank-line separated, list items as sentences) and section titles. */
export interface MarkdownArticle {
  title?: string;
  paragraphs: string[];
  sections: Section[];
}

export function parseMarkdown(raw: string): MarkdownArticle {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[] = [];
  const sections: Section[] = [];
  let title: string | undefined;
  let current: string[] = [];
  let inList = false;
  const flush = (): void => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = [];
    inList = false;
  };
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const text = stripInline(heading[2]!).trim();
      if (heading[1] === '#' && title === undefined) title = text;
      else sections.push({ title: text, paragraph: paragraphs.length + 1 });
      continue;
    }
    if (!line.trim() || /^\s*(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      // A list is a paragraph of its own, each item a sentence ("." added where it has none).
      if (!inList) flush();
      inList = true;
      const text = stripInline(item[1]!).trim();
      if (text) current.push(SENTENCE_END.test(text) ? text : `${text}.`);
      continue;
    }
    if (inList && /^\s{2,}\S/.test(line)) {
      // An item's continuation line.
      const joined = `${current[current.length - 1]!.replace(/\.$/, '')} ${stripInline(line.trim())}`;
      current[current.length - 1] = SENTENCE_END.test(joined) ? joined : `${joined}.`;
      continue;
    }
    if (inList) flush();
    current.push(stripInline(line.replace(/^\s*>\s?/, '')));
  }
  flush();
  return { title, paragraphs, sections };
}
