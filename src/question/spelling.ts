import type { Corpus } from '../article/model.js';
import { spellingKey } from '../article/build.js';
import type { Token } from '../nlp/wink.js';
import { inLexicon } from '../nlp/model.js';

/**
 * Typos in questions ("Primier League", "braodcast rights"): a word that neither the articles nor
 * the language model know, and that is one slip (a letter added, dropped, changed or two swapped)
 * from exactly one word the articles use (with the same first letter), is read as that word.
 * Real words are never changed ("Iceland" stays "Iceland" in an article about Ireland), nor
 * short ones, where one slip reaches too many words.
 */

/** Shortest word worth correcting: "eest" is one slip from "east", "west", "best" … */
const MIN_LENGTH = 5;
/** Unknown words looked up per question, at most. */
const MAX_TRIES = 6;

/** Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (i === a.length || a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The one article word a single slip from `word`, if exactly one. */
function nearestWord(word: string, corpus: Corpus): string | undefined {
  let found: string | undefined;
  // Slips at the very start are rare (and "dorms" → "forms" is no slip): same first letter only.
  for (let len = word.length - 1; len <= word.length + 1; len++) {
    for (const candidate of corpus.spellings.get(spellingKey(word, len)) ?? []) {
      if (!oneSlipApart(word, candidate)) continue;
      if (found !== undefined) return undefined;
      found = candidate;
    }
  }
  return found;
}

/** Token index → the article word it was probably meant to be. */
export function spellingCorrections(tokens: readonly Token[], corpus: Corpus): Map<number, string> {
  const out = new Map<number, string>();
  let tried = 0;
  tokens.forEach((t, i) => {
    const word = t.lower;
    if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) return;
    if (corpus.spellings.get(spellingKey(word, word.length))?.has(word) || corpus.postings.has(t.lemma) || corpus.postings.has(`s:${t.stem}`)) return;
    // A question of many unknown words (another language, a paste) is not a typo or two.
    if (inLexicon(word) || ++tried > MAX_TRIES) return;
    const meant = nearestWord(word, corpus);
    if (meant) out.set(i, meant);
  });
  return out;
}

/** The word meant, capitalised as the word typed was ("Primier" → "Premier"). */
export function asTyped(typed: string, meant: string): string {
  return /^\p{Lu}/u.test(typed) ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
}

/** The question with each corrected word put back wherever it was typed, capitalised as typed. */
export function applyCorrections(text: string, tokens: readonly Token[], corrections: ReadonlyMap<number, string>): string {
  let out = text;
  for (const [i, meant] of corrections) {
    const typed = tokens[i]!.text;
    // Letters only (see spellingCorrections), so the typed word needs no escaping.
    out = out.replace(new RegExp(`(?<!\\p{L})${typed}(?!\\p{L})`, 'gu'), asTyped(typed, meant));
  }
  return out;
}
