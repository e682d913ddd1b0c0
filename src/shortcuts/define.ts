import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';

/**
 * "What is the immune system?": a thing with no name, defined where the article says what it
 * is ("The immune system is a system of many biological structures …"). The earliest sentence
 * with the question's phrase as the subject of "is" wins: texts define a term when they first
 * use it. Returns the complement and its sentence.
 */

const STOPS = new Set([',', '.', ';', ':', '—', '(']);
const RELATIVE = new Set(['who', 'which', 'whose', 'where', 'when', 'that']);
const MAX_WORDS = 20;

/** The question's phrase after the copula ("the immune system" → immune, system), lemmas. */
function definedPhrase(q: Question): string[] | undefined {
  if (!q.copular || q.type !== 'thing' || q.entities.size > 0) return undefined;
  const be = q.tokens.findIndex((t) => t.lemma === 'be');
  const words = q.tokens.slice(be + 1).filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
  if (words.length === 0 || words.length > 4 || !words.every((t) => ['NOUN', 'ADJ', 'PROPN', 'ADP'].includes(t.pos))) return undefined;
  return words.map((t) => t.lemma);
}

/** The complement of "<phrase> is …" in `s`, if `s` defines the phrase. */
function complementIn(s: Sentence, phrase: readonly string[]): string | undefined {
  const toks = s.tokens;
  for (let i = 0; i + phrase.length < toks.length; i++) {
    if (!phrase.every((lemma, k) => toks[i + k]!.lemma === lemma)) continue;
    // The phrase opens the clause: nothing but a determiner before it ("The immune system is").
    if (i > 0 && toks[i - 1]!.pos !== 'DET') continue;
    const be = toks[i + phrase.length]!;
    const first = toks[i + phrase.length + 1];
    if (be.lemma !== 'be' || !first || !['DET', 'ADJ', 'NUM', 'NOUN'].includes(first.pos)) continue;
    let end = i + phrase.length + 1;
    while (end < toks.length && !STOPS.has(toks[end]!.text) && !RELATIVE.has(toks[end]!.lower) && end - i <= MAX_WORDS) end++;
    const start = i + phrase.length + 1;
    if (end - start >= 2 && toks.slice(start, end).some((t) => t.pos === 'NOUN')) return s.text.slice(toks[start]!.start, toks[end - 1]!.end);
  }
  return undefined;
}

/** The article's definition of the thing a "What is X?" question asks about, if it gives one. */
export function defineTerm(corpus: Corpus, q: Question): { text: string; sentence: Sentence } | undefined {
  const phrase = definedPhrase(q);
  if (!phrase) return undefined;
  // Only sentences holding every word of the phrase, in article order.
  const ids = corpus.postings.get(phrase[0]!) ?? [];
  for (const id of ids) {
    const s = corpus.sentences[id]!;
    if (!phrase.every((lemma) => s.terms.has(lemma))) continue;
    const text = complementIn(s, phrase);
    if (text) return { text, sentence: s };
  }
  return undefined;
}
