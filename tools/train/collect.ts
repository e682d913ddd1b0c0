import type { Corpus } from '../../src/article/model.js';
import { buildCorpus } from '../../src/article/build.js';
import { prepare, type Prepared } from '../../src/pipeline.js';
import { textOf } from '../../src/propose/span.js';
import type { Item, QuestionSet } from './data.js';
import { bestF1, evidenceHit } from './judge.js';

/** One question as the pipeline prepares it, every reader candidate judged against the gold answers. */
export interface Example {
  item: Item;
  corpus: Corpus;
  /** Answerable (a question against its own article) or unanswerable (real, or made up). */
  answerable: boolean;
  /** Which set it came from (`squad`, `news`): figures are reported per set. */
  set: string;
  prepared: Prepared;
  /** Per reader candidate: F1 of its text against the gold answers (0 for negatives). */
  f1: Float32Array;
  /** Per read passage: whether it holds the evidence. */
  hit: Uint8Array;
}

/** The corpora of a set, one per article (as the scorer loads them: one article at a time). */
export function corporaOf(set: QuestionSet): Map<string, Corpus> {
  const out = new Map<string, Corpus>();
  for (const [name, source] of set.articles) out.set(name, buildCorpus([source]));
  return out;
}

const NONE_F1 = new Float32Array(0);
const NONE_HIT = new Uint8Array(0);

/** Runs the core's pipeline up to the judge (candidates kept with their features) and judges every candidate. */
export function collect(corpus: Corpus, item: Item, answerable: boolean, set: string): Example {
  const prepared = prepare(corpus, item.question);
  const input = prepared.stage?.input;
  if (!input) return { item, corpus, answerable, set, prepared, f1: NONE_F1, hit: NONE_HIT };
  const hit = Uint8Array.from(input.passages.map((p) => (answerable && evidenceHit(p.scored.sentence.text, item.evidence) ? 1 : 0)));
  const f1 = new Float32Array(input.spans.length);
  if (answerable) {
    input.spans.forEach((sp, k) => {
      if (hit[input.owner[k]!]) f1[k] = bestF1(textOf(input.passages[input.owner[k]!]!.scored.sentence, sp.start, sp.end), item.answers);
    });
  }
  return { item, corpus, answerable, set, prepared, f1, hit };
}

/** The reader's training target: the best-F1 candidates of the passages that hold the evidence. */
export function targetOf(e: Example): Float32Array | undefined {
  const input = e.prepared.stage?.input;
  if (!input || !e.answerable) return undefined;
  let best = 0;
  input.spans.forEach((_, k) => { if (e.hit[input.owner[k]!] && e.f1[k]! > best) best = e.f1[k]!; });
  if (best < 0.5) return undefined;
  const t = new Float32Array(input.spans.length);
  let n = 0;
  input.spans.forEach((_, k) => { if (e.hit[input.owner[k]!] && e.f1[k]! >= best - 1e-6) { t[k] = 1; n++; } });
  for (let k = 0; k < t.length; k++) t[k]! /= n;
  return t;
}
