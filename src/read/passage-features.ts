import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Scored } from '../retrieve/retrieve.js';
import { questionWeight } from '../retrieve/retrieve.js';
import { hasTypedCandidate } from '../propose/candidates.js';
import { synonymMatches } from '../retrieve/paraphrase.js';
import { PASSAGE } from './layout.js';

/**
 * How well one retrieved sentence matches the question as a whole: its retrieval score against
 * the best one's, its rank, how much of the question's weight it (and its paragraph) holds, the
 * rarest question word it lacks, and whether it holds an answer of the kind asked. Every span of
 * the sentence shares these.
 */

/** Per-question values every passage shares, computed once. */
interface Shared {
  weight: number;
  content: string[];
  /** Lemma → Porter stem term of the question's content words. */
  stems: Map<string, string>;
  /** The lemma of the question's last main-clause content word (its verb, usually). */
  verbs: ReadonlySet<string>;
}
const perQuestion = new WeakMap<Question, Shared>();

/** The question's total weight (at least 1), computed once per question for the reader and confidence. */
export function weightOfQuestion(q: Question, corpus: Corpus): number {
  return shared(q, corpus).weight;
}

function shared(q: Question, corpus: Corpus): Shared {
  let v = perQuestion.get(q);
  if (!v) {
    const content = q.tokens.filter((t) => q.terms.has(t.lemma));
    v = {
      weight: questionWeight(q, corpus) || 1, content: content.map((t) => t.lemma),
      stems: new Map(content.map((t) => [t.lemma, `s:${t.stem}`])), verbs: new Set(q.tokens.filter((t) => t.pos === 'VERB' && q.terms.has(t.lemma)).map((t) => t.lemma)),
    };
    perQuestion.set(q, v);
  }
  return v;
}

const TYPED = new Set(['person', 'place', 'time', 'number']);

/** Share of the question's weight a sentence holds itself (no paragraph, no paraphrase). */
function ownWeight(q: Question, corpus: Corpus, s: Sentence): number {
  let own = 0;
  for (const [term, m] of q.terms) if (!term.startsWith('s:') && !q.paraphrase.has(term) && s.terms.has(term)) own += m * corpus.idf(term);
  return own;
}

/** The longest run of the question's content words that the sentence has in the same order, side by side. */
function longestRun(content: readonly string[], s: Sentence): number {
  const lemmas = s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text) && t.pos !== 'DET').map((t) => t.lemma);
  let best = 0;
  let previous = new Array<number>(lemmas.length + 1).fill(0);
  for (let i = 0; i < content.length; i++) {
    const row = new Array<number>(lemmas.length + 1).fill(0);
    for (let j = 0; j < lemmas.length; j++) {
      if (content[i] === lemmas[j]) { row[j + 1] = previous[j]! + 1; best = Math.max(best, row[j + 1]!); }
    }
    previous = row;
  }
  return best;
}

/** Most question weight within any stretch of LOCAL tokens: the question's words close together. */
const LOCAL = 12;
function localWeight(w: readonly number[]): number {
  let sum = 0;
  let best = 0;
  for (let i = 0; i < w.length; i++) {
    sum += w[i]!;
    if (i >= LOCAL) sum -= w[i - LOCAL]!;
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * The passage features of `ranked[rank]`; `anchors` are its tokens' question weights and `spans`
 * the number of its candidate spans.
 */
export function passageFeatures(q: Question, corpus: Corpus, ranked: readonly Scored[], rank: number, anchors: readonly number[], spans: number): number[] {
  const scored = ranked[rank]!;
  const topScore = ranked[0]!.score;
  const s = scored.sentence;
  const { weight, content, stems, verbs } = shared(q, corpus);
  const other = Math.max(-Infinity, ...ranked.filter((_, i) => i !== rank).map((r) => r.score));
  const previous = corpus.sentences[s.id - 1];
  const samePara = !!previous && previous.paragraphId === s.paragraphId;
  const next = corpus.sentences[s.id + 1];
  let own = 0;
  let inParagraph = 0;
  let missingRare = 0;
  let missingRareParagraph = 0;
  let stemOnly = 0;
  let entityWeight = 0;
  let entityFound = 0;
  for (const [term, m] of q.terms) {
    if (term.startsWith('s:') || q.paraphrase.has(term)) continue;
    const idf = corpus.idf(term);
    const inSentence = s.terms.has(term);
    if (term.startsWith('e:')) { entityWeight += m * idf; if (inSentence) entityFound += m * idf; }
    if (!inSentence && s.terms.has(stems.get(term) ?? '')) stemOnly += m * idf;
    const near = inSentence || !!corpus.paragraphPostings.get(term)?.has(s.paragraphId);
    if (inSentence) own += m * idf;
    else missingRare = Math.max(missingRare, idf);
    if (near) inParagraph += m * idf;
    else missingRareParagraph = Math.max(missingRareParagraph, idf);
  }
  // Consecutive question words standing next to each other in the sentence, as a share of the pairs.
  let bigrams = 0;
  for (let i = 0; i + 1 < content.length; i++) {
    const [a, b] = [content[i]!, content[i + 1]!];
    if (!s.terms.has(a) || !s.terms.has(b)) continue;
    for (let k = 0; k + 1 < s.tokens.length; k++) if (s.tokens[k]!.lemma === a && s.tokens[k + 1]!.lemma === b) { bigrams++; break; }
  }
  let entities = 0;
  const corefs = new Set(s.corefs.values());
  for (const key of q.entities) if (s.terms.has(`e:${key}`) || corefs.has(key)) entities++;
  const typedQ = TYPED.has(q.type);
  const typed = typedQ && hasTypedCandidate(s, q);
  const x: Record<(typeof PASSAGE)[number], number> = {
    scoreRel: topScore > 0 ? scored.score / topScore : 0,
    rank1: rank === 0 ? 1 : 0,
    rank2: rank === 1 ? 1 : 0,
    rank3: rank === 2 ? 1 : 0,
    rank4: rank === 3 ? 1 : 0,
    rank5plus: rank >= 4 ? 1 : 0,
    coverage: scored.coverage,
    ownCoverage: Math.min(1, own / weight),
    paragraphCoverage: Math.min(1, inParagraph / weight),
    bigrams: content.length > 1 ? bigrams / (content.length - 1) : 0,
    missingRare: Math.min(1, missingRare / 10),
    missingRareParagraph: Math.min(1, missingRareParagraph / 10),
    entityShare: q.entities.size ? entities / q.entities.size : 1,
    synonyms: content.length ? synonymMatches(q, s).length / content.length : 0,
    sentenceLength: Math.log1p(s.tokens.length) / 4,
    typedPresent: typed ? 1 : 0,
    typedMissing: typedQ && !typed ? 1 : 0,
    localCoverage: Math.min(1, localWeight(anchors) / weight),
    stemCoverage: Math.min(1, stemOnly / weight),
    entityCoverage: entityWeight > 0 ? entityFound / entityWeight : 1,
    focusPresent: q.focus && s.terms.has(q.focus) ? 1 : 0,
    verbPresent: [...verbs].some((v) => s.terms.has(v)) ? 1 : 0,
    nextCoverage: next && next.paragraphId === s.paragraphId ? Math.min(1, ownWeight(q, corpus, next) / weight) : 0,
    longestRun: content.length ? longestRun(content, s) / content.length : 0,
    margin: Number.isFinite(other) ? Math.max(-1, Math.min(1, (scored.score - other) / Math.max(Math.abs(scored.score), 1e-9))) : 1,
    paragraphFirst: samePara ? 0 : 1,
    previousCoverage: samePara ? Math.min(1, ownWeight(q, corpus, previous!) / weight) : 0,
    candidates: Math.log1p(spans) / 6,
  };
  return PASSAGE.map((f) => x[f]);
}
