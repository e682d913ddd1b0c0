/**
 * The wink-eng-lite-web-model language model, loaded without its start-up copy.
 *
 * The stock `model.core()` deep-copies the 3 MB core JSON (`JSON.parse(JSON.stringify(…))`) before
 * unpacking it: about 80 ms and 40 MB of garbage on every process start, a sixth of the time to a
 * first answer. The copy exists so that a second `winkNLP(model)` cannot see the first one's
 * mutations. `loadCore` copies only what wink mutates (the small tables, and the lexeme list it
 * appends unknown words to) and reads the two large packed arrays straight from the shared JSON,
 * which it never changes, so the stock loader keeps working beside it. The unpacking below
 * mirrors wink-eng-lite-web-model 1.8 (`read-core-model.js`, `load-core-model.js`); a test checks
 * that both loaders read the seed article identically.
 */
import stock from 'wink-eng-lite-web-model';
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };

/** One feature table of the packed core model: its values, and (once loaded) value → index. */
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The parts of the core model this loader touches; the rest passes through untouched. */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
}

/** Base64 → 32-bit words, with the web-standard `atob` (the core stays free of Node's Buffer). */
function words32(base64: string): Uint32Array {
  const bytes = atob(base64);
  const out = new Uint8Array(bytes.length);
  for (let k = 0; k < bytes.length; k++) out[k] = bytes.charCodeAt(k);
  return new Uint32Array(out.buffer);
}

/** value → index, on a prototype-free object (wink looks words up with `hash[word]`). */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

// The word list of the last model loaded: words wink knows are real words, not typos.
let knownWords: Map<string, number> | undefined;
let knownCount = 0;

/** Whether the loaded model's lexicon holds this (lower-case) word; false before a model loads. */
export function inLexicon(word: string): boolean {
  const index = knownWords?.get(word);
  return index !== undefined && index < knownCount;
}

/** A fresh, unpacked core model, as the stock `model.core()` returns it. */
export function loadCore(): unknown {
  const source = coreJson as unknown as CoreModel;
  const { lexicon, xpansions, features, ...rest } = source;
  const { lexeme, ...others } = features;
  const { list: lexemes, ...lexemeRest } = lexeme;
  // Everything but the two packed arrays and the lexeme list is small: copy it the stock way.
  const model = JSON.parse(JSON.stringify({ ...rest, features: others, lexemeRest })) as CoreModel & { lexemeRest?: object };
  model.features.lexeme = { ...(model.lexemeRest as object), list: lexemes.slice() };
  delete model.lexemeRest;

  const { packing, pos } = model;
  model.lexicon = words32(lexicon as string);
  model.xpansions = words32(xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    const feature = model.features[f]!;
    if (layout[3] === 0) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  // wink only ever reads and writes the 87,000-word lexeme table by key (`hash[word]`,
  // `hash[word] = index`), so a Map behind a Proxy serves it: filling a Map takes half the time
  // of filling a dictionary-mode object (≈30 vs ≈65 ms), and the lookups cost the same to a
  // question's answer time.
  const lexicalEntries = model.features.lexeme;
  const map = new Map<string, number>();
  for (let k = 0; k < lexicalEntries.list.length; k++) map.set(lexicalEntries.list[k]!, k);
  knownWords = map;
  knownCount = lexicalEntries.list.length;
  lexicalEntries.hash = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_t, key) => map.get(key as string),
    set: (_t, key, value: number) => { map.set(key as string, value); return true; },
  });
  lexicalEntries.intrinsicSize = lexicalEntries.list.length;
  lexicalEntries.index = lexicalEntries.list.length;
  const clusters = model.features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  return model;
}

/** The stock model with its core loader swapped for `loadCore`; pass it to `winkNLP`. */
export const model: typeof stock = { ...stock, core: loadCore } as typeof stock;
