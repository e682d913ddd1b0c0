import type { Corpus } from '../../src/article/model.js';
import { buildCorpus } from '../../src/article/build.js';
import { stageOf } from '../../src/answer/answer.js';
import { excerpt } from '../../src/answer/excerpt.js';
import type { Item, QuestionSet } from './data.js';
import { bestF1, evidenceHit } from './judge.js';

/** One (passage, answer) pair of a question, judged against the gold answers. */
export interface JudgedPair {
  features: number[];
  hit: boolean;
  f1: number;
}

/** One question as the learned layer sees it. */
export interface Example {
  item: Item;
  /** Answerable (a SQuAD question against its own article) or a made-up negative. */
  answerable: boolean;
  /** Set when the structural readers answered or abstained before the learned layer. */
  fixed?: { answered: boolean; hit: boolean; f1: number };
  pairs: JudgedPair[];
  coverageShort: boolean;
  /** The rules' own refusal (Stage.ruleGate). */
  ruleGate: boolean;
}

/** The corpora of a set, one per article (as the scorer loads them: one article at a time). */
export function corporaOf(set: QuestionSet): Map<string, Corpus> {
  const out = new Map<string, Corpus>();
  for (const [name, source] of set.articles) out.set(name, buildCorpus([source]));
  return out;
}

/** Runs the core's pipeline up to the learned layer and judges every pair. */
export function collect(corpus: Corpus, item: Item, answerable: boolean): Example {
  const staged = stageOf(corpus, item.question);
  if ('answer' in staged) {
    const a = staged.answer;
    const hit = answerable && a.answered && evidenceHit(a.passage, item.evidence);
    return { item, answerable, fixed: { answered: a.answered, hit, f1: answerable && a.answered ? bestF1(a.answer, item.answers) : 0 }, pairs: [], coverageShort: false, ruleGate: false };
  }
  const pairs = staged.stage.pairs.map((p) => ({
    features: p.features,
    hit: answerable && evidenceHit(excerpt(p.scored.sentence.text, p.answer), item.evidence),
    f1: answerable ? bestF1(p.answer, item.answers) : 0,
  }));
  return { item, answerable, pairs, coverageShort: !!staged.stage.coverageShort, ruleGate: !!staged.stage.ruleGate };
}
