import type { Corpus } from './model.js';
import type { Token } from '../nlp/wink.js';
import { derivations, hyponyms, synonyms, wordPos, type WordPos } from '../nlp/wordnet.js';

/**
 * The words a reader may type for the article's own words, from WordNet, indexed from the
 * article's side: "hurt" for its "injured" (injure → injury, whose synonyms hold "hurt"), "dad"
 * for its "father" (a kind of father). Looking from the article's words finds what looking from
 * the question's cannot: the table keeps a word's two most frequent senses only, so "hurt" lists
 * no "injure", and it keeps no hypernyms, so "dad" does not list "father".
 */

/** An article word a question word may stand for. */
export interface Equivalent {
  /** The article's lemma ("injure"). */
  lemma: string;
  pos: WordPos;
  /** How directly they are linked: 0 a synonym, 1 a kind of it, 2 a synonym of a derived word. */
  distance: number;
}

const cache = new Map<string, Array<[string, number]>>();

/** The words linked to an article lemma, with their distance (see {@link Equivalent}). */
function linked(lemma: string, pos: WordPos): Array<[string, number]> {
  const key = `${pos}:${lemma}`;
  let hit = cache.get(key);
  if (hit) return hit;
  const out = new Map<string, number>();
  const put = (w: string, d: number): void => {
    if (w !== lemma && !out.has(w)) out.set(w, d);
  };
  for (const w of synonyms(lemma, pos)) put(w, 0);
  if (pos !== 'adj' && pos !== 'adv') {
    for (const w of hyponyms(lemma, pos)) put(w, 1);
    // "injure" → "injury" → "hurt": the verb's noun says it with a word the verb's senses lack.
    for (const d of derivations(lemma, pos)) for (const w of synonyms(d)) put(w, 2);
  }
  hit = [...out];
  cache.set(key, hit);
  return hit;
}

/** Adds one sentence's nouns, verbs and adjectives under the words linked to them. */
function indexEquivalents(tokens: readonly Token[], into: Map<string, Equivalent[]>): void {
  for (const t of tokens) {
    const pos = wordPos(t.pos);
    if (!pos || pos === 'adv' || !/^[a-z]+$/.test(t.lemma)) continue;
    for (const [word, distance] of linked(t.lemma, pos)) {
      const list = into.get(word) ?? into.set(word, []).get(word)!;
      if (!list.some((e) => e.lemma === t.lemma && e.pos === pos)) list.push({ lemma: t.lemma, pos, distance });
    }
  }
}

const byCorpus = new WeakMap<Corpus, Map<string, Equivalent[]>>();

/**
 * The corpus's index of words readers may type → the article words they may stand for, built on
 * first use: only a short question with a word the article never uses needs it, so start-up does
 * not pay for it (about a tenth of building the corpus).
 */
export function equivalentsOf(corpus: Corpus): ReadonlyMap<string, readonly Equivalent[]> {
  let index = byCorpus.get(corpus);
  if (!index) {
    index = new Map();
    for (const s of corpus.sentences) indexEquivalents(s.tokens, index);
    byCorpus.set(corpus, index);
  }
  return index;
}
