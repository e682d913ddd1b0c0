import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Scored } from './retrieve.js';
import { extractAnswer } from './extract.js';
import { passageProblem } from './abstain.js';
import { FEATURES, pairFeatures } from '../learn/features.js';
import { linearScore, softmax } from '../learn/linear.js';
import { LEARNED } from '../learn/learned.js';

/**
 * Answer-level reranking: each of the top passages gives its best answer, and one learned score
 * over passage and answer features together chooses among the (passage, answer) pairs, so that
 * a passage whose answer fits the question beats one that only shares more of its words.
 */

const RULE = FEATURES.indexOf('ruleChoice');

/** How many of retrieval's top passages are read for an answer. */
export const RERANK_DEPTH = 3;

/** One (passage, answer) pair. */
export interface Pair {
  scored: Scored;
  rank: number;
  answer: string;
  /** Why a hand-written check thinks this passage answers another question, if it does. */
  problem?: string;
  features: number[];
}

/** "here" as an answer is the story's dateline city, named: the reader cannot see where "here" is. */
function inPlainWords(answer: string | undefined, s: Sentence, corpus: Corpus): string | undefined {
  if (answer?.toLowerCase() !== 'here') return answer;
  const a = corpus.articles[s.article]!;
  return a.entities.get(a.dateline?.toLowerCase() ?? '')?.name ?? answer;
}

/** The pairs of the ranked passages that yield an answer; `ruleChoice` is the rules' pick of passage. */
export function answerPairs(corpus: Corpus, q: Question, ranked: readonly Scored[], ruleChoice: Scored | undefined): Pair[] {
  const top = ranked[0]?.score ?? 0;
  const pairs: Pair[] = [];
  ranked.slice(0, RERANK_DEPTH).forEach((scored, rank) => {
    const s = scored.sentence;
    const entities = corpus.articles[s.article]!.entities;
    const answer = inPlainWords(extractAnswer(s, q, corpus.idf, (key) => entities.get(key)?.name), s, corpus);
    if (answer === undefined || answer === '') return;
    const problem = passageProblem(q, corpus, s);
    const features = pairFeatures(q, corpus, { scored, rank, topScore: top, answer, ruleChoice: scored === ruleChoice, problem: !!problem });
    pairs.push({ scored, rank, answer, problem, features });
  });
  return pairs;
}

/** The reranker's choice: the best pair, its softmax probability and its logit lead over the next. */
export function choosePair(pairs: readonly Pair[]): { pair: Pair; prob: number; margin: number } | undefined {
  if (pairs.length === 0) return undefined;
  const scores = pairs.map((p) => linearScore(LEARNED.rerank, p.features));
  const probs = softmax(scores);
  let best = 0;
  scores.forEach((s, i) => { if (s > scores[best]!) best = i; });
  // The hand-written choice stands unless the learned score prefers another pair by a clear lead.
  const rule = pairs.findIndex((p) => p.features[RULE] === 1);
  if (rule >= 0 && scores[best]! - scores[rule]! < LEARNED.override) best = rule;
  const second = Math.max(-Infinity, ...scores.filter((_, i) => i !== best));
  return { pair: pairs[best]!, prob: probs[best]!, margin: Number.isFinite(second) ? scores[best]! - second : 5 };
}
