import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Scored } from '../answer/retrieve.js';
import { anchorWeights } from '../answer/anchors.js';
import { typedCandidates } from '../answer/candidates.js';
import { isSubstantive } from '../answer/span.js';
import { questionWeight } from '../answer/retrieve.js';
import { tokenTerms } from '../nlp/terms.js';
import { synonymMatches } from '../answer/paraphrase.js';

/**
 * Features of one (passage, answer) pair, as the learned reranker and confidence model read
 * them. Each is a plain number, mostly 0..1; README ("Learned weights") says what each means.
 * The order here is the order of the weights in weights.generated.ts.
 */
export const FEATURES = [
  'scoreRel', 'topRank', 'recipRank', 'coverage', 'typedStrict', 'typedLoose', 'typedMissing', 'ruleChoice', 'problem',
  'wholeSentence', 'answerLength', 'answerOverlap', 'anchorNear', 'anchorWindow', 'sentenceLength', 'entityShare',
  'answerHasAsked', 'answerTyped', 'unlocated', 'qPerson', 'qPlace', 'qTime', 'qNumber', 'qOther',
  'localCoverage', 'ownCoverage', 'paragraphCoverage', 'bigrams', 'answerAfter', 'focusNext', 'missingRare', 'missingRareParagraph',
  'synonyms',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** What the answer pipeline knows about one candidate pair. */
export interface PairInput {
  scored: Scored;
  /** 0-based rank of the passage in retrieval order. */
  rank: number;
  /** The best retrieval score of the question (rank 0). */
  topScore: number;
  answer: string;
  /** The hand-written rules' choice of passage (preferTyped). */
  ruleChoice: boolean;
  /** A hand-written check says the passage answers another question (abstain.ts). */
  problem: boolean;
}

/** Tokens [start, end) of `answer` within the sentence, if it is written there. */
export function locate(s: Sentence, answer: string): [number, number] | undefined {
  const at = answer ? s.text.indexOf(answer) : -1;
  if (at < 0) return undefined;
  let start = -1;
  let end = -1;
  s.tokens.forEach((t, i) => {
    if (t.start >= at && t.end <= at + answer.length) {
      if (start < 0) start = i;
      end = i + 1;
    }
  });
  return start < 0 ? undefined : [start, end];
}

const WINDOW = 8;

/** Per-question values every pair shares, computed once. */
const perQuestion = new WeakMap<Question, { weight: number; content: string[] }>();
function shared(q: Question, corpus: Corpus): { weight: number; content: string[] } {
  let v = perQuestion.get(q);
  if (!v) {
    v = { weight: questionWeight(q, corpus) || 1, content: q.tokens.filter((t) => q.terms.has(t.lemma)).map((t) => t.lemma) };
    perQuestion.set(q, v);
  }
  return v;
}
const weightOfQuestion = (q: Question, corpus: Corpus): number => shared(q, corpus).weight;
const contentLemmas = (q: Question, corpus: Corpus): string[] => shared(q, corpus).content;

/** The feature vector of one pair (in FEATURES order). */
export function pairFeatures(q: Question, corpus: Corpus, p: PairInput): number[] {
  const s = p.scored.sentence;
  const typed = typedCandidates(s, q);
  const strict = q.type === 'time' || q.type === 'number';
  const typedQ = strict || q.type === 'person' || q.type === 'place';
  const span = locate(s, p.answer);
  const w = anchorWeights(s, q, corpus.idf);
  const totalW = w.reduce((a, b) => a + b, 0) || 1;
  let near = 0;
  let window = 0;
  let answerWords = 0;
  let repeated = 0;
  let hasAsked = 0;
  let isTyped = 0;
  if (span) {
    const [a, b] = span;
    let d = Infinity;
    w.forEach((x, i) => {
      if (!(x > 0) || (i >= a && i < b)) return;
      const dist = i < a ? a - i : i - b + 1;
      d = Math.min(d, dist);
      if (dist <= WINDOW) window += x;
    });
    near = Number.isFinite(d) ? 1 / d : 0;
    for (let i = a; i < b; i++) {
      const t = s.tokens[i]!;
      if (!isSubstantive(t)) continue;
      answerWords++;
      if (q.lemmas.has(t.lemma) || q.lemmas.has(t.lower)) repeated++;
    }
    hasAsked = s.mentions.some((m) => q.entities.has(m.key) && m.start < b && m.end > a) ? 1 : 0;
    isTyped = typed.some((c) => c.start < b && c.end > a) ? 1 : 0;
  }
  const tokens = span ? span[1] - span[0] : p.answer.split(/\s+/).length;
  const qWeight = weightOfQuestion(q, corpus);
  // Which plain question terms the sentence holds, and which its paragraph holds.
  let own = 0;
  let inParagraph = 0;
  // The rarest question word the sentence (or its paragraph) lacks: a swapped word is often rare.
  let missingRare = 0;
  let missingRareParagraph = 0;
  const weightOf = (term: string): number => (q.terms.get(term) ?? 0) * corpus.idf(term);
  for (const [term] of q.terms) {
    if (term.startsWith('s:') || q.paraphrase.has(term)) continue;
    const inSentence = s.terms.has(term);
    const near = inSentence || !!corpus.paragraphPostings.get(term)?.has(s.paragraphId);
    if (inSentence) own += weightOf(term);
    else missingRare = Math.max(missingRare, corpus.idf(term));
    if (near) inParagraph += weightOf(term);
    else missingRareParagraph = Math.max(missingRareParagraph, corpus.idf(term));
  }
  // Consecutive question words standing next to each other in the sentence, as a share of the pairs.
  const qContent = contentLemmas(q, corpus);
  let bigrams = 0;
  for (let i = 0; i + 1 < qContent.length; i++) {
    const [a, b] = [qContent[i]!, qContent[i + 1]!];
    if (!s.terms.has(a) || !s.terms.has(b)) continue;
    for (let k = 0; k + 1 < s.tokens.length; k++) if (s.tokens[k]!.lemma === a && s.tokens[k + 1]!.lemma === b) { bigrams++; break; }
  }
  const firstMatch = w.findIndex((x) => x > 0);
  const focusNext = !!span && !!q.focus && [span[0] - 1, span[0] - 2, span[1], span[1] + 1].some((i) => s.tokens[i] && tokenTerms(s.tokens[i]!).includes(q.focus!));
  let entities = 0;
  const corefs = new Set(s.corefs.values());
  for (const key of q.entities) if (s.terms.has(`e:${key}`) || corefs.has(key)) entities++;
  const x: Record<FeatureName, number> = {
    scoreRel: p.topScore > 0 ? p.scored.score / p.topScore : 0,
    topRank: p.rank === 0 ? 1 : 0,
    recipRank: 1 / (1 + p.rank),
    coverage: p.scored.coverage,
    typedStrict: strict && typed.length > 0 ? 1 : 0,
    typedLoose: !strict && typedQ && typed.length > 0 ? 1 : 0,
    typedMissing: typedQ && typed.length === 0 ? 1 : 0,
    ruleChoice: p.ruleChoice ? 1 : 0,
    problem: p.problem ? 1 : 0,
    wholeSentence: p.answer === s.text ? 1 : 0,
    answerLength: Math.log1p(tokens) / 3,
    answerOverlap: answerWords ? repeated / answerWords : 0,
    anchorNear: near,
    anchorWindow: window / totalW,
    sentenceLength: Math.log1p(s.tokens.length) / 4,
    entityShare: q.entities.size ? entities / q.entities.size : 1,
    answerHasAsked: hasAsked,
    answerTyped: isTyped,
    unlocated: span ? 0 : 1,
    qPerson: q.type === 'person' ? 1 : 0,
    qPlace: q.type === 'place' ? 1 : 0,
    qTime: q.type === 'time' ? 1 : 0,
    qNumber: q.type === 'number' ? 1 : 0,
    qOther: typedQ ? 0 : 1,
    localCoverage: Math.min(1, window / qWeight),
    ownCoverage: Math.min(1, own / qWeight),
    paragraphCoverage: Math.min(1, inParagraph / qWeight),
    bigrams: qContent.length > 1 ? bigrams / (qContent.length - 1) : 0,
    answerAfter: span && firstMatch >= 0 && span[0] > firstMatch ? 1 : 0,
    focusNext: focusNext ? 1 : 0,
    missingRare: Math.min(1, missingRare / 10),
    missingRareParagraph: Math.min(1, missingRareParagraph / 10),
    // Question words the sentence has only as a WordNet synonym ("purchase" for "buy").
    synonyms: qContent.length ? synonymMatches(q, s).length / qContent.length : 0,
  };
  return FEATURES.map((f) => x[f]);
}
