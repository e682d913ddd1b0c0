import { pickChecked, scoreCandidates } from '../../src/read/reader.js';
import { confidenceFeatures } from '../../src/judge/confidence.js';
import { passageProblem } from '../../src/judge/abstain.js';
import { GATES, type GateKind } from '../../src/judge/gates.js';

const ALL_GATES: ReadonlySet<GateKind> = new Set(GATES);
import { linearScore, sigmoid, type LinearModel } from '../../src/read/linear.js';
import type { Example } from './collect.js';
import { figures, type Figures, type Judged } from './judge.js';

/**
 * Replays the learned decisions over collected examples, exactly as src/pipeline.ts takes
 * them, so that candidate weights can be compared without re-running the whole core.
 */

export interface Decision {
  example: Example;
  /** Whether the reader picked a candidate (false for structural answers and empty readings). */
  picked: boolean;
  /** A hard hand-written gate refuses (answer/gates.ts; 'picked': the picked passage answers another question). */
  gated: boolean;
  /** The gate that would refuse, hard or not. */
  gate?: GateKind;
  hit: boolean;
  f1: number;
  /** Confidence features of the pick. */
  z?: number[];
  confidence: number;
}

/** The reader's pick for each example under weights `w`, with confidence under `confidence` (1 without). */
export function decide(examples: readonly Example[], w: Float64Array, confidence?: LinearModel, leads: ArrayLike<number> = [], passageLeads: ArrayLike<number> = [], hard: ReadonlySet<GateKind> = ALL_GATES): Decision[] {
  return examples.map((example) => {
    const stage = example.stage;
    if (!stage) return { example, picked: false, gated: false, hit: !!example.fixed?.hit, f1: example.fixed?.f1 ?? 0, confidence: example.fixed?.answered ? 0.8 : 0 };
    const checked = pickChecked(stage.input, scoreCandidates(stage.input, w), leads, passageLeads, stage.rule, (s) => passageProblem(stage.q, example.corpus, s));
    if (!checked) return { example, picked: false, gated: false, hit: false, f1: 0, confidence: 0 };
    const reading = checked.reading;
    const problem = !!checked.problem;
    const gate: GateKind | undefined = stage.gate?.kind ?? (problem ? 'picked' : undefined);
    const z = confidenceFeatures({ corpus: example.corpus, q: stage.q, ranked: stage.ranked, input: stage.input, reading, gate });
    return {
      example, picked: true, z, gate, gated: (!!stage.gate && hard.has(stage.gate.kind)) || (problem && hard.has('picked')),
      hit: example.hit[stage.input.owner[reading.best]!] === 1,
      f1: example.f1[reading.best]!,
      confidence: confidence ? sigmoid(linearScore(confidence, z)) : 1,
    };
  });
}

/** The scorer's figures when answers below `cut` are withheld (and, with `gates`, what the gates refuse). */
export function figuresAt(decisions: readonly Decision[], cut: number, gates = true): Figures {
  const rows: Judged[] = decisions.map((d) => {
    const e = d.example;
    if (e.fixed) return { answerable: e.answerable, answered: e.fixed.answered, hit: e.fixed.hit, f1: e.fixed.f1 };
    const answered = d.picked && d.confidence >= cut && !(gates && d.gated);
    return { answerable: e.answerable, answered, hit: answered && d.hit, f1: answered ? d.f1 : 0 };
  });
  return figures(rows);
}
