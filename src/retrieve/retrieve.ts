import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { hasTypedCandidate } from '../propose/candidates.js';
import { WEIGHTS } from '../params.js';
import { tokenTerms } from '../nlp/terms.js';
import { synonymTerms } from './paraphrase.js';
import { voicedBy } from './voices.js';

/** One scored sentence, with what it matched. */
export interface Scored {
  sentence: Sentence;
  score: number;
  /** Share of the question's total weight this sentence (with its paragraph) matched, 0..1. */
  coverage: number;
  matched: string[];
}

/** The total weight of a question, against which coverage is measured. */
export function questionWeight(q: Question, corpus: Corpus): number {
  let total = 0;
  for (const [term, w] of q.terms) if (!term.startsWith('s:') && !q.paraphrase.has(term)) total += w * corpus.idf(term);
  return total;
}


/** Per-corpus scratch arrays, reused across questions so ranking allocates almost nothing. */
interface Scratch {
  score: Float64Array;
  /** Bit k: the sentence holds plain question term k. */
  lemmaBits: Uint32Array;
  /** Bit k: the sentence holds the stem of plain question term k. */
  stemBits: Uint32Array;
  /** Bit k: the sentence holds a WordNet synonym of plain question term k. */
  synBits: Uint32Array;
  stamp: Uint32Array;
  epoch: number;
}
const scratchFor = new WeakMap<Corpus, Scratch>();

function scratch(corpus: Corpus): Scratch {
  const n = corpus.sentences.length;
  let sc = scratchFor.get(corpus);
  if (!sc) {
    sc = { score: new Float64Array(n), lemmaBits: new Uint32Array(n), stemBits: new Uint32Array(n), synBits: new Uint32Array(n), stamp: new Uint32Array(n), epoch: 0 };
    scratchFor.set(corpus, sc);
  }
  sc.epoch = (sc.epoch + 1) >>> 0 || 1;
  return sc;
}

/** A question term as the ranker reads it. */
interface QueryTerm {
  term: string;
  /** Score added when a sentence holds it. */
  weight: number;
  /** For plain terms: bit index in the match masks and weight toward coverage. */
  bit?: number;
  coverageWeight: number;
  /** For stem terms: the bits of the plain terms whose stem this is. */
  stemOfBits: number;
  /** For synonym terms: the bit of the plain term this is a synonym of (its score is added once, below). */
  synOfBits: number;
  ids: readonly number[];
}

/** The question's terms with weights, bits and postings, rarest first. */
function queryTerms(q: Question, corpus: Corpus): { terms: QueryTerm[]; plain: QueryTerm[] } {
  const terms: QueryTerm[] = [];
  const plain: QueryTerm[] = [];
  for (const [term, w] of q.terms) {
    const stem = term.startsWith('s:');
    const t: QueryTerm = {
      term, weight: w * corpus.idf(term) * (stem ? WEIGHTS.stem : 1), coverageWeight: w * corpus.idf(term), stemOfBits: 0, synOfBits: 0,
      ids: corpus.postings.get(term) ?? [],
    };
    if (!stem && plain.length < 32) {
      t.bit = plain.length;
      plain.push(t);
    }
    terms.push(t);
  }
  // Link each stem term to the plain terms it is the stem of ("invest" for "investment").
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  for (const tok of q.tokens) {
    const ts = tokenTerms(tok);
    const stem = byTerm.get(ts.find((x) => x.startsWith('s:')) ?? '');
    if (!stem) continue;
    for (const x of ts) {
      const bit = byTerm.get(x)?.bit;
      if (bit !== undefined && !x.startsWith('e:')) stem.stemOfBits |= 1 << bit;
    }
  }
  // WordNet synonyms the article uses gather sentences too, and mark the plain term they stand for.
  if (WEIGHTS.synonym > 0) {
    for (const [syn, lemma] of synonymTerms(q)) {
      const bit = byTerm.get(lemma)?.bit;
      if (bit !== undefined && corpus.postings.has(syn)) terms.push({ term: syn, weight: 0, coverageWeight: 0, stemOfBits: 0, synOfBits: 1 << bit, ids: corpus.postings.get(syn) ?? [] });
    }
  }
  terms.sort((a, b) => a.ids.length - b.ids.length);
  return { terms, plain };
}

/**
 * Ranks sentences by weighted overlap with the question, read through the inverted index. Rare
 * terms gather the candidate sentences; a term held by more than a few percent of all sentences
 * ("say", "year") only adds to candidates already found, so cost follows the rare matches, not
 * the corpus size. A sentence's paragraph lends it a fraction of the terms it lacks; the best
 * few then get bonuses for holding an answer of the expected type, a quote by the person asked
 * about, and question words standing together as in the question.
 */
export function retrieve(q: Question, corpus: Corpus, limit = 5): Scored[] {
  const { terms, plain } = queryTerms(q, corpus);
  const sc = scratch(corpus);
  const touched: number[] = [];
  const common = Math.max(WEIGHTS.commonMinSentences, WEIGHTS.commonShare * corpus.sentences.length);
  // A synonym only adds to sentences the question's own words found: gathering by synonyms as
  // well costs time on large corpora (a common synonym of a rare word) and won nothing on validation.
  const gathering = terms.filter((t) => t.ids.length > 0 && t.ids.length <= common && t.synOfBits === 0);
  const adding = terms.filter((t) => t.ids.length > common || (t.synOfBits !== 0 && t.ids.length > 0));
  const add = (id: number, t: QueryTerm): void => {
    sc.score[id]! += t.weight;
    if (t.bit !== undefined) sc.lemmaBits[id]! |= 1 << t.bit;
    sc.stemBits[id]! |= t.stemOfBits;
    sc.synBits[id]! |= t.synOfBits;
  };
  // With nothing rare to go on, every term gathers (small articles, or a question of common words).
  for (const t of gathering.length > 0 ? gathering : adding) {
    for (const id of t.ids) {
      if (sc.stamp[id] !== sc.epoch) {
        sc.stamp[id] = sc.epoch;
        sc.score[id] = 0;
        sc.lemmaBits[id] = 0;
        sc.stemBits[id] = 0;
        sc.synBits[id] = 0;
        touched.push(id);
      }
      add(id, t);
    }
  }
  if (gathering.length > 0) {
    for (const t of adding) {
      // Walk the shorter list: the term's postings (checking the stamp) or the sentences found.
      if (t.ids.length < touched.length) for (const id of t.ids) { if (sc.stamp[id] === sc.epoch) add(id, t); }
      else for (const id of touched) if (corpus.sentences[id]!.terms.has(t.term)) add(id, t);
    }
  }

  const total = questionWeight(q, corpus) || 1;
  const base = new Float64Array(touched.length);
  const coverage = new Float64Array(touched.length);
  touched.forEach((id, k) => {
    const s = corpus.sentences[id]!;
    let context = 0;
    let own = 0;
    let synonym = 0;
    for (const p of plain) {
      const bit = 1 << p.bit!;
      if (sc.lemmaBits[id]! & bit) own += p.coverageWeight;
      // "investments" ~ "invested": a stem-only match counts at the stem's lower weight.
      else if (sc.stemBits[id]! & bit) own += WEIGHTS.stem * p.coverageWeight;
      // "purchase" asked, "bought" written: a synonym-only match scores like a stem match, at its
      // own weight, but adds nothing to coverage. Paraphrase helps choose the passage; it does
      // not license an answer: counted in coverage (in full, at 0.15, or for words the article
      // never uses) it answered more train-11 questions right but also more made-up unanswerable
      // ones (a name swapped: abstain 0.195 → 0.179), a net loss on the two together.
      else if (sc.synBits[id]! & bit) synonym += WEIGHTS.synonym * p.coverageWeight;
      else if (corpus.paragraphPostings.get(p.term)?.has(s.paragraphId)) context += p.coverageWeight;
    }
    base[k] = sc.score[id]! + synonym + WEIGHTS.context * context - WEIGHTS.lengthPenalty * s.tokens.length;
    coverage[k] = Math.min(1, (own + WEIGHTS.context * 2 * context) / total);
  });
  // Bonuses are bounded, so only sentences within that bound of the best can still win.
  const order = [...touched.keys()].sort((a, b) => base[b]! - base[a]! || touched[a]! - touched[b]!);
  const bound = (base[order[0]!] ?? 0) - WEIGHTS.strictTypeBonus - WEIGHTS.speakerQuote;
  const shortlist = order.filter((k, rank) => rank < WEIGHTS.shortlist || base[k]! >= bound);
  const out: Scored[] = shortlist.map((k) => {
    const id = touched[k]!;
    const s = corpus.sentences[id]!;
    let score = base[k]!;
    if (hasTypedCandidate(s, q)) score += q.type === 'time' || q.type === 'number' ? WEIGHTS.strictTypeBonus : WEIGHTS.typeBonus;
    if (q.type === 'quote' && s.speaker && s.speaker === (q.speaker ?? s.speaker) && q.entities.has(s.speaker) && s.quote) score += WEIGHTS.speakerQuote;
    // "What does the EU think?": where the EU states a position, quoted or not.
    else if (q.asksPosition && voicedBy(s, q.entities)) score += WEIGHTS.speakerQuote;
    const matched = plain.filter((p) => (sc.lemmaBits[id]! | sc.stemBits[id]! | sc.synBits[id]!) & (1 << p.bit!)).map((p) => p.term);
    return { sentence: s, score, coverage: coverage[k]!, matched };
  });
  out.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  // Rerank the head of the list by phrase proximity: question words that stand together in the
  // question and together in the sentence ("tangible result", "Geneva talks") are stronger evidence.
  const head = out.slice(0, Math.max(limit, WEIGHTS.rerankDepth));
  const termOrder = questionTermOrder(q);
  for (const r of head) r.score += WEIGHTS.proximity * proximity(r.sentence, termOrder, q, corpus);
  head.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  return head.slice(0, limit);
}

/** The question's plain content terms in the order they are asked. */
function questionTermOrder(q: Question): string[][] {
  return q.tokens.map((t) => tokenTerms(t).filter((term) => !term.startsWith('s:') && q.terms.has(term))).filter((ts) => ts.length > 0);
}

/** Sum of idf over pairs of consecutive question terms found within a few tokens, in order. */
function proximity(s: Sentence, order: readonly string[][], q: Question, corpus: Corpus): number {
  const positions = new Map<string, number[]>();
  s.tokens.forEach((t, i) => {
    for (const term of tokenTerms(t)) if (q.terms.has(term)) (positions.get(term) ?? positions.set(term, []).get(term)!).push(i);
  });
  let bonus = 0;
  for (let k = 0; k + 1 < order.length; k++) {
    const a = order[k]!.flatMap((term) => positions.get(term) ?? []);
    const b = order[k + 1]!.flatMap((term) => positions.get(term) ?? []);
    if (a.some((i) => b.some((j) => j > i && j - i <= WEIGHTS.proximityWindow))) {
      bonus += (Math.max(...order[k]!.map((t) => corpus.idf(t))) + Math.max(...order[k + 1]!.map((t) => corpus.idf(t)))) / 2;
    }
  }
  return bonus;
}
