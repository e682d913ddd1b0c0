/**
 * Small text helpers for follow-up rewriting: where a name the core found is written in a text
 * ("Lavrov" or "Mr. Lavrov" for "Sergey V. Lavrov"), and the shapes of names in a rewritten question.
 */
/** A stretch of text: `[start, end)` character offsets. */
export interface Span {
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HONORIFIC = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?`;

/**
 * Where `name` (a full name from `QaCore.names`) is written in `text`: the longest run of its
 * words (any order, any case), with a preceding Mr./Mrs. Returns undefined when it is not there.
 */
export function findName(text: string, name: string): Span | undefined {
  const words = name.split(/\s+/).filter((w) => w.length > 1 || /\p{L}/u.test(w));
  if (words.length === 0) return undefined;
  const word = `(?:${words.map(escape).join('|')})`;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${HONORIFIC}${word}(?:\\s+${word})*(?![\\p{L}\\p{N}])`, 'giu');
  let best: Span | undefined;
  for (const m of text.matchAll(re)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!best || span.end - span.start > best.end - best.start) best = span;
  }
  return best;
}

/** Replaces `span` of `text` with `replacement`. */
export function replaceSpan(text: string, span: Span, replacement: string): string {
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}

/** A name in its possessive form ("Sergey V. Lavrov's"). */
export function possessive(name: string): string {
  return `${name}'s`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Cuts a long text for a note ("reading "that" as …"), at a word boundary. */
export function clip(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
