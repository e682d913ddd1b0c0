import { LEXNAMES, type IndexEntry, type Synset, type WnPos } from './parse.js';

/**
 * Reduces the WordNet database to the compact table the core imports (src/nlp/wordnet-table.json).
 * Pure and deterministic: the same files and options give the same table, keys in sorted order.
 */

/** How much of WordNet to keep. */
export interface ReduceOptions {
  /** Synonyms come from this many of a word's most frequent senses (tagged senses only, past the first). */
  senses: number;
  /** At most this many synonyms per word and part of speech, in sense order. */
  maxSynonyms: number;
  /** Also list each word under its synonyms ("send" under "ship" as "ship" under "send"), past the cap. */
  symmetric: boolean;
  /** Hyponyms come from the hypernyms of this many of a noun's or verb's first senses… */
  hypernymSenses: number;
  /** …at most this many of them (hyponym lists themselves are not capped). */
  maxHypernyms: number;
  /** Lexicographer classes come from this many of a noun's or verb's first senses (distinct classes only). */
  classSenses: number;
  /** Whether a (lower-case, single) word is worth keeping: e.g. known to the tokenizer's lexicon. */
  keep: (word: string) => boolean;
  /** The same for antonym pairs, which are few enough to keep more of: a pair stays if this holds for both words… */
  keepAntonym: (word: string) => boolean;
}

/** word → space-separated related words, per part of speech. */
export type Relation = Record<WnPos, Record<string, string>>;

export interface WordNetTable {
  source: string;
  synonyms: Relation;
  antonyms: Relation;
  /**
   * The nouns and verbs whose first sense is directly a kind of this word ("river" under
   * "stream"). Hypernyms themselves are not kept: asked words matched to the passage's broader
   * word did not win on validation, while the passage's narrower word did.
   */
  hyponyms: Relation;
  /**
   * Nouns' and verbs' lexicographer classes ("supersenses"), without the "noun."/"verb." prefix:
   * the first sense's ("year" → "time"), then those of the next senses that differ, up to
   * `classSenses` senses.
   */
  classes: Relation;
  /**
   * Derivationally related nouns and verbs ("closure" ↔ "close", "decision" ↔ "decide"): WordNet's
   * lexical "+" pointers between a noun and a verb, both ways, both words kept by `keep`. Only
   * noun–verb pairs: they are what a question rewords ("the closure" for "it closed"), and the
   * adjective and adverb links would double the table for little.
   */
  derivations: Relation;
}

/** The relations of a table. */
export const RELATIONS = ['synonyms', 'antonyms', 'hyponyms', 'classes', 'derivations'] as const;

const POSES: readonly WnPos[] = ['n', 'v', 'a', 'r'];

/** A plain lower-case single word: no multi-word entries ("back_out"), no names ("Paris"). */
const SIMPLE = /^[a-z][a-z-]*[a-z]$/;

function emptyRelation(): Record<WnPos, Map<string, string[]>> {
  return { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
}

function add(map: Map<string, string[]>, word: string, other: string, cap = Infinity): void {
  if (word === other) return;
  const list = map.get(word) ?? map.set(word, []).get(word)!;
  if (!list.includes(other) && list.length < cap) list.push(other);
}

function sorted(rel: Record<WnPos, Map<string, string[]>>, order: 'keep' | 'sort'): Relation {
  const out = {} as Relation;
  for (const pos of POSES) {
    const entries = [...rel[pos]].filter(([, v]) => v.length > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out[pos] = Object.fromEntries(entries.map(([k, v]) => [k, (order === 'sort' ? [...v].sort() : v).join(' ')]));
  }
  return out;
}

/** Builds the table from parsed index and data records of all four parts of speech. */
export function reduceWordNet(index: readonly IndexEntry[], synsets: readonly Synset[], options: ReduceOptions, source: string): WordNetTable {
  const byOffset = new Map<string, Synset>();
  for (const s of synsets) byOffset.set(`${s.pos}${s.offset}`, s);
  const usable = (w: string): boolean => SIMPLE.test(w) && options.keep(w);
  const synonyms = emptyRelation();
  const hypernyms = emptyRelation();
  const antonyms = emptyRelation();
  const classes = emptyRelation();
  for (const entry of index) {
    if (!usable(entry.lemma)) continue;
    const senses = entry.synsets.slice(0, Math.max(1, Math.min(options.senses, entry.tagged)));
    for (const offset of senses) {
      for (const w of byOffset.get(`${entry.pos}${offset}`)?.words ?? []) if (usable(w)) add(synonyms[entry.pos], entry.lemma, w, options.maxSynonyms);
    }
    if (entry.pos !== 'n' && entry.pos !== 'v') continue;
    for (const offset of entry.synsets.slice(0, options.classSenses)) {
      const name = LEXNAMES[byOffset.get(`${entry.pos}${offset}`)?.lexFile ?? -1];
      if (!name) continue;
      const short = name.slice(name.indexOf('.') + 1);
      // Not add(), which skips a word related to itself: the noun "body" is of class body.
      const list = classes[entry.pos].get(entry.lemma) ?? classes[entry.pos].set(entry.lemma, []).get(entry.lemma)!;
      if (!list.includes(short)) list.push(short);
    }
    for (const offset of entry.synsets.slice(0, options.hypernymSenses)) {
      for (const p of byOffset.get(`${entry.pos}${offset}`)?.pointers ?? []) {
        if (p.symbol !== '@') continue;
        for (const w of byOffset.get(`${p.pos}${p.target}`)?.words ?? []) if (usable(w)) add(hypernyms[entry.pos], entry.lemma, w, options.maxHypernyms);
      }
    }
  }
  if (options.symmetric) {
    for (const pos of POSES) {
      for (const [word, list] of [...synonyms[pos]]) for (const other of list) add(synonyms[pos], other, word);
    }
  }
  // Antonyms are lexical pointers between two words (not whole synsets): all of them, both ways.
  for (const s of synsets) {
    for (const p of s.pointers) {
      if (p.symbol !== '!' || p.source === 0) continue;
      const word = s.words[p.source - 1];
      const other = byOffset.get(`${p.pos}${p.target}`)?.words[p.targetWord - 1];
      // …and `keep` for one of them ("unable" stays for "able").
      if (!word || !other || ![word, other].every((w) => SIMPLE.test(w) && options.keepAntonym(w)) || !(options.keep(word) || options.keep(other))) continue;
      add(antonyms[s.pos], word, other);
      add(antonyms[p.pos], other, word);
    }
  }
  const derivations = emptyRelation();
  for (const s of synsets) {
    if (s.pos !== 'n' && s.pos !== 'v') continue;
    for (const p of s.pointers) {
      if (p.symbol !== '+' || p.source === 0 || p.pos === s.pos || (p.pos !== 'n' && p.pos !== 'v')) continue;
      const word = s.words[p.source - 1];
      const other = byOffset.get(`${p.pos}${p.target}`)?.words[p.targetWord - 1];
      if (!word || !other || !usable(word) || !usable(other)) continue;
      add(derivations[s.pos], word, other);
      add(derivations[p.pos], other, word);
    }
  }
  const hyponyms = emptyRelation();
  for (const pos of POSES) for (const [word, list] of hypernyms[pos]) for (const h of list) add(hyponyms[pos], h, word);
  return {
    source, synonyms: sorted(synonyms, 'keep'), antonyms: sorted(antonyms, 'sort'), hyponyms: sorted(hyponyms, 'sort'), classes: sorted(classes, 'keep'),
    derivations: sorted(derivations, 'sort'),
  };
}

/**
 * The table as the core reads it: per relation one string of lines `POS:word<TAB>related words`,
 * sorted by key, so a lookup is a binary search in the string and loading parses no objects.
 */
export function serialise(table: WordNetTable): Record<'source' | (typeof RELATIONS)[number], string> {
  const text = (rel: Relation): string =>
    POSES.flatMap((pos) => Object.entries(rel[pos]).map(([word, list]) => `${pos}:${word}\t${list}`))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .join('\n');
  // Classes before hyponyms, whose line is the JSON's last (no comma): adding them left every
  // line of the committed table as it was, so its diff showed the new relation alone.
  // Derivations likewise before hyponyms.
  return { source: table.source, synonyms: text(table.synonyms), antonyms: text(table.antonyms), classes: text(table.classes), derivations: text(table.derivations), hyponyms: text(table.hyponyms) };
}
