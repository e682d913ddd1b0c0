/**
 * Paraphrase from WordNet: synonyms, antonyms and hypernyms of single English words.
 *
 * Backed by `wordnet-table.json`, a compact reduction of WordNet 3.1 (about 0.6 MB against the
 * database's 34 MB) made once by `npm run wordnet:table` and committed, so nothing parses WordNet
 * at start-up. It holds lower-case single-word lemmas that the tokenizer's lexicon knows and that
 * WordNet's tagged corpus has seen: for each, the other words of its most frequent senses
 * (capped), the direct hypernyms of its first sense (nouns and verbs), and every direct antonym.
 * Lookups take lemmas (wink's `token.lemma`), never inflected forms. Pure: no I/O.
 */
import data from './wordnet-table.json' with { type: 'json' };

/** The parts of speech WordNet covers. */
export type WordPos = 'noun' | 'verb' | 'adj' | 'adv';

type Letter = 'n' | 'v' | 'a' | 'r';
type Relation = Record<Letter, Record<string, string>>;
interface Table {
  source: string;
  synonyms: Relation;
  antonyms: Relation;
  hypernyms: Relation;
}

const table = data as unknown as Table;
const LETTERS: Record<WordPos, Letter> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const ALL: readonly Letter[] = ['n', 'v', 'a', 'r'];
const NONE: readonly string[] = Object.freeze([]);

/** Universal POS tag (wink's `token.pos`) → WordNet part of speech; undefined for the rest. */
export function wordPos(tag: string): WordPos | undefined {
  return tag === 'NOUN' ? 'noun' : tag === 'VERB' ? 'verb' : tag === 'ADJ' ? 'adj' : tag === 'ADV' ? 'adv' : undefined;
}

// Split lists, kept: the same few question words are looked up on every question.
const cache = new Map<string, readonly string[]>();

function lookup(relation: keyof Omit<Table, 'source'>, lemma: string, pos: WordPos | undefined): readonly string[] {
  const key = `${relation}\u0000${pos ?? ''}\u0000${lemma}`;
  let hit = cache.get(key);
  if (hit) return hit;
  const rel = table[relation];
  const letters = pos ? [LETTERS[pos]] : ALL;
  const words: string[] = [];
  for (const letter of letters) {
    // Own-property check: "constructor" and friends are words too.
    const list = Object.hasOwn(rel[letter], lemma) ? rel[letter][lemma]! : '';
    for (const w of list ? list.split(' ') : NONE) if (!words.includes(w)) words.push(w);
  }
  hit = words.length > 0 ? Object.freeze(words) : NONE;
  cache.set(key, hit);
  return hit;
}

/**
 * Words that share one of the lemma's most frequent senses ("buy" → "purchase"), closest first;
 * all parts of speech unless one is given. Empty for unknown words and for names.
 */
export function synonyms(lemma: string, pos?: WordPos): readonly string[] {
  return lookup('synonyms', lemma, pos);
}

/** WordNet's direct antonyms of the lemma ("buy" → "sell", "first" → "last"). */
export function antonyms(lemma: string, pos?: WordPos): readonly string[] {
  return lookup('antonyms', lemma, pos);
}

/** Direct hypernyms of a noun's or verb's first sense ("river" → "stream"). */
export function hypernyms(lemma: string, pos?: WordPos): readonly string[] {
  return lookup('hypernyms', lemma, pos);
}

/** Whether `b` is a synonym of `a` or `a` of `b` (WordNet's senses are not symmetric in the table). */
export function areSynonyms(a: string, b: string, pos?: WordPos): boolean {
  return a !== b && (synonyms(a, pos).includes(b) || synonyms(b, pos).includes(a));
}

/** Whether the two lemmas are direct antonyms. */
export function areAntonyms(a: string, b: string, pos?: WordPos): boolean {
  return antonyms(a, pos).includes(b);
}

/** Where the table came from (WordNet version and generator), for reports. */
export const WORDNET_SOURCE: string = table.source;
