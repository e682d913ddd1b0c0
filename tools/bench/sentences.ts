/**
 * The plain text handling the BM25 peers get: paragraphs split at blank lines, sentences split
 * at end punctuation (not after Mr., Mrs., initials or U.S.), and words lower-cased without
 * stop words. No stemming, no names: this is what "a plain search index" does.
 */

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'u.s', 'gen', 'sen', 'rep', 'gov', 'prof', 'no', 'vs']);
const BOUNDARY = /[.!?]["”’]?\s+(?=["“‘]?[\p{Lu}\p{N}])/gu;

/** The sentences of an article's text, in order. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const p = paragraph.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    let from = 0;
    for (const m of p.matchAll(BOUNDARY)) {
      const end = m.index + m[0].trimEnd().length;
      const word = /([\p{L}.]+)[.!?]["”’]?$/u.exec(p.slice(from, end))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      out.push(p.slice(from, end));
      from = m.index + m[0].length;
    }
    if (from < p.length) out.push(p.slice(from));
  }
  return out;
}

const STOP_WORDS = new Set(
  `a an the and or but if of in on at to for from by with about as into over after before between through during without
  is are was were be been being am do does did done has have had having will would shall should can could may might must
  i you he she it we they me him her us them my your his its our their this that these those there here
  what which who whom whose when where why how not no nor so than too very just also more most such only own same
  all any both each few other some s said says`.split(/\s+/),
);

/** Lower-case words without stop words: the peers' only analysis. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
}
