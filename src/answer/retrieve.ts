import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { hasTypedCandidate } from './candidates.js';
import { WEIGHTS } from './weights.js';
import { tokenTerms } from '../nlp/terms.js';

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


/**
 * Ranks sentences by weighted overlap with the question, read through the inverted index (only
 * sentences sharing a term are touched, so cost grows with matches, not with corpus size).
 * A sentence's paragraph lends it a fraction of the terms it lacks, and a sentence holding an
 * answer of the expected type gets a bonus.
 */
export function retrieve(q: Question, corpus: Corpus, limit = 5): Scored[] {
  const direct = new Map<number, number>();
  const plain: { term: string; weight: number; paragraphs?: Set<string>; stem?: string }[] = [];
  // Each plain term's stem term, so a stem-only match still counts toward coverage.
  const stemOf = new Map<string, string>();
  for (const t of q.tokens) {
    const terms = tokenTerms(t);
    const stem = terms.find((x) => x.startsWith('s:'));
    if (stem) for (const x of terms) if (!x.startsWith('s:') && !x.startsWith('e:')) stemOf.set(x, stem);
  }
  for (const [term, w] of q.terms) {
    const stem = term.startsWith('s:');
    if (!stem) plain.push({ term, weight: w * corpus.idf(term), paragraphs: corpus.paragraphPostings.get(term), stem: stemOf.get(term) });
    const ids = corpus.postings.get(term);
    if (!ids) continue;
    const weight = w * corpus.idf(term) * (stem ? WEIGHTS.stem : 1);
    for (const id of ids) direct.set(id, (direct.get(id) ?? 0) + weight);
  }
  const total = questionWeight(q, corpus) || 1;
  const out: Scored[] = [];
  for (const [id, own] of direct) {
    const s = corpus.sentences[id]!;
    const paragraph = `${s.article}:${s.paragraph}`;
    const matched: string[] = [];
    let context = 0;
    let ownLemma = 0;
    for (const p of plain) {
      if (s.terms.has(p.term)) {
        ownLemma += p.weight;
        matched.push(p.term);
      } else if (p.stem && s.terms.has(p.stem)) {
        // "investments" ~ "invested": counts as matched, at the stem's lower weight.
        ownLemma += WEIGHTS.stem * p.weight;
        matched.push(p.term);
      } else if (p.paragraphs?.has(paragraph)) context += p.weight;
    }
    let score = own + WEIGHTS.context * context - WEIGHTS.lengthPenalty * s.tokens.length;
    if (hasTypedCandidate(s, q)) score += q.type === 'time' || q.type === 'number' ? WEIGHTS.strictTypeBonus : WEIGHTS.typeBonus;
    if (q.type === 'quote' && s.speaker && q.entities.has(s.speaker) && s.quote) score += WEIGHTS.speakerQuote;
    const coverage = Math.min(1, (ownLemma + WEIGHTS.context * 2 * context) / total);
    out.push({ sentence: s, score, coverage, matched });
  }
  out.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  // Rerank the head of the list by phrase proximity: question words that stand together in the
  // question and together in the sentence ("tangible result", "Geneva talks") are stronger evidence.
  const head = out.slice(0, Math.max(limit, WEIGHTS.rerankDepth));
  const order = questionTermOrder(q);
  for (const r of head) r.score += WEIGHTS.proximity * proximity(r.sentence, order, q, corpus);
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
