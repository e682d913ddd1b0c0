/**
 * Paraphrase from WordNet: synonyms, hyponyms and antonyms of single English words, the
 * lexicographer class of nouns and verbs, and the nouns and verbs derived from each other.
 *
 * Backed by `wordnet-table.json`, a compact reduction of WordNet 3.1 (about 0.97 MB against the
 * database's 34 MB) made once by `npm run wordnet:table` and committed, so nothing parses WordNet
 * at start-up. It holds lower-case single-word lemmas that the tokenizer's lexicon knows and that
 * WordNet's tagged corpus has seen: for each, the other words of its most frequent senses
 * (capped), the words whose first sense is directly a kind of it (hyponyms, nouns and verbs),
 * every direct antonym, and for nouns and verbs the lexicographer class of the first sense.
 * Lookups take lemmas (wink's `token.lemma`), never inflected forms. Pure: no I/O.
 */
import data from './wordnet-table.json' with { type: 'json' };

/** The parts of speech WordNet covers. */
export type WordPos = 'noun' | 'verb' | 'adj' | 'adv';

/** Per relation, sorted lines `POS:word<TAB>related words` (see tools/wordnet/reduce.ts). */
type Relation = 'synonyms' | 'antonyms' | 'hyponyms' | 'classes' | 'derivations';
const table = data as unknown as Record<Relation | 'source', string>;
const LETTERS: Record<WordPos, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const ALL = ['n', 'v', 'a', 'r'] as const;
const NONE: readonly string[] = Object.freeze([]);

/** Universal POS tag (wink's `token.pos`) → WordNet part of speech; undefined for the rest. */
export function wordPos(tag: string): WordPos | undefined {
  return tag === 'NOUN' ? 'noun' : tag === 'VERB' ? 'verb' : tag === 'ADJ' ? 'adj' : tag === 'ADV' ? 'adv' : undefined;
}

/**
 * Binary search for `key`'s line in sorted lines: the table is searched as the one string it is
 * stored as, so loading it costs a string, not 40,000 parsed entries.
 */
function find(text: string, key: string): string | undefined {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const tab = text.indexOf('\t', start);
    const eol = text.indexOf('\n', start);
    const end = eol < 0 ? text.length : eol;
    const at = text.slice(start, tab);
    if (at === key) return text.slice(tab + 1, end);
    if (at < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

// Split lists, kept: the same few question words are looked up on every question.
const cache = new Map<string, readonly string[]>();

function lookup(relation: Relation, lemma: string, pos: WordPos | undefined): readonly string[] {
  const key = `${relation}:${pos ?? ''}:${lemma}`;
  let hit = cache.get(key);
  if (hit) return hit;
  const words: string[] = [];
  // Only plain words are keys: this also keeps tabs and newlines out of the search.
  if (/^[a-z][a-z-]*$/.test(lemma)) {
    for (const letter of pos ? [LETTERS[pos]] : ALL) {
      for (const w of find(table[relation], `${letter}:${lemma}`)?.split(' ') ?? NONE) if (!words.includes(w)) words.push(w);
    }
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

/** Nouns and verbs whose first sense is directly a kind of the lemma ("stream" → "river"). */
export function hyponyms(lemma: string, pos?: WordPos): readonly string[] {
  return lookup('hyponyms', lemma, pos);
}

/**
 * The lexicographer classes ("supersenses") of a noun or verb's most frequent senses, first
 * sense's first, without the "noun."/"verb." prefix: "year" → ["time"], "run" (verb) → ["motion"].
 * The table keeps the first sense's class only (see tools/wordnet/build-table.ts), so this is
 * at most one class today; the list leaves room for more. Empty for unknown words and for names.
 */
export function wordClasses(lemma: string, pos: 'noun' | 'verb'): readonly string[] {
  return lookup('classes', lemma, pos);
}

/**
 * Nouns and verbs derivationally related to a noun or verb ("closure" → "close", "decide" →
 * "decision"): WordNet's lexical links, noun–verb pairs only. Empty for other words.
 */
export function derivations(lemma: string, pos?: 'noun' | 'verb'): readonly string[] {
  return lookup('derivations', lemma, pos);
}

/**
 * WordNet's 26 noun classes (lexicographer files noun.Tops … noun.time, in their file order), as
 * {@link wordClasses} names them: a fixed order for modules that index features by class.
 */
export const NOUN_CLASSES = Object.freeze([
  'Tops', 'act', 'animal', 'artifact', 'attribute', 'body', 'cognition', 'communication', 'event', 'feeling', 'food', 'group', 'location',
  'motive', 'object', 'person', 'phenomenon', 'plant', 'possession', 'process', 'quantity', 'relation', 'shape', 'state', 'substance', 'time',
] as const);

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
