import { EXTRACTORS, fromStored, QKINDS, type StoredTemplate } from './layout.js';

/** The lead that keeps an extractor's answers whatever the reader prefers. */
const KEEP = 99;
import { CONFIDENCE, type ConfidenceModel } from '../judge/confidence.js';
import { LEARNED_WEIGHTS } from './weights.generated.js';

/** The learned part of the scoring, as `npm run train` writes it (weights.generated.ts). */
export interface LearnedWeights {
  /** The reader's weights, per template of layout.ts, each with the vocabularies it was fitted on. */
  reader: Readonly<Record<string, StoredTemplate>>;
  /** Logistic: the probability that the reader's answer is right, by feature name. */
  confidence: { features: readonly string[]; bias: number; weights: readonly number[] };
  /** Below `abstain` the core says the article does not say; `medium`/`high` set the labels. */
  cuts: { abstain: number; medium: number; high: number };
  /**
   * Per extractor and question kind ("typed/place"): how far another span must lead its answer to
   * replace it. A pair not listed keeps its answers (99).
   */
  leads: Readonly<Record<string, number>>;
  /** Per question kind: how far another passage's best span must lead the rules' passage's best to replace it (99 when not listed). */
  passageLeads: Readonly<Record<string, number>>;
  /** The hand-written gates that refuse outright (answer/gates.ts); the others only inform the confidence model. */
  hardGates: readonly string[];
}

/** The confidence weights re-ordered to the current feature list (a name not stored weighs 0). */
function aligned(stored: LearnedWeights['confidence']): ConfidenceModel['model'] {
  return { bias: stored.bias, weights: CONFIDENCE.map((f) => stored.weights[stored.features.indexOf(f)] ?? 0) };
}

/** The weights in use, laid out as the code computes its features. */
export const LEARNED: { reader: Float64Array; leads: readonly number[]; passageLeads: readonly number[]; hardGates: ReadonlySet<string>; confidence: ConfidenceModel } = {
  reader: fromStored(LEARNED_WEIGHTS.reader),
  leads: EXTRACTORS.flatMap((r) => QKINDS.map((k) => LEARNED_WEIGHTS.leads[`${r}/${k}`] ?? KEEP)),
  passageLeads: QKINDS.map((k) => LEARNED_WEIGHTS.passageLeads[k] ?? KEEP),
  hardGates: new Set(LEARNED_WEIGHTS.hardGates),
  confidence: { model: aligned(LEARNED_WEIGHTS.confidence), cuts: LEARNED_WEIGHTS.cuts },
};
