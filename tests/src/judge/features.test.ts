import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { prepare } from '../../../src/pipeline.js';
import { JUDGE_FEATURES as CONFIDENCE } from '../../../src/judge/features.js';
import { pickOf, type ReadStage } from '../../../src/read/read.js';
import type { Reading } from '../../../src/read/reader.js';
import { LEARNED } from '../../../src/learned.js';

/** A short news story of our own; "the first cars" and "the last ferry" set up a question the passage does not answer. */
const ARTICLE = `Harbor city opens new bridge after years of delay

The new Riverside Bridge opened to traffic on Tuesday after nearly six years of construction, city officials said.

Mayor Elena Vargas cut the ribbon at a ceremony in Portmouth, where about 3,000 residents gathered along the waterfront.

The first cars crossed the bridge shortly after noon. The last ferry between the two shores will run in December, the transit agency said.`;

const corpus = buildCorpus([{ id: 'bridge', text: ARTICLE }]);

/** A question's stage and the reader's pick as the answer path makes it, and the judge's features. */
function read(question: string): { stage: ReadStage; reading: Reading; x: number[]; gates: string[] } {
  const p = prepare(corpus, question, LEARNED.reader);
  expect(p.stage, `"${question}" reaches the learned reader`).toBeDefined();
  const picked = pickOf(corpus, p.stage!, LEARNED.reader);
  expect(picked).toBeDefined();
  const o = picked!.options[0]!;
  return { stage: p.stage!, reading: o.reading, x: o.z, gates: o.gates.map((g) => g.kind) };
}

const at = (name: (typeof CONFIDENCE)[number]): number => CONFIDENCE.indexOf(name);
const PROBLEMS = CONFIDENCE.filter((f) => f.startsWith('problem.'));

describe('judge features', () => {
  for (const question of ['When did the bridge open?', 'Who cut the ribbon?', 'When will the first ferry run?']) {
    it(`one finite number per CONFIDENCE name ("${question}")`, () => {
      // Why: the judge's logistic models zip its weights with CONFIDENCE by position; one entry too many
      // or too few shifts every weight onto the wrong feature, and a NaN makes every answer NaN.
      const { x } = read(question);
      expect(x).toHaveLength(CONFIDENCE.length);
      for (const [i, v] of x.entries()) expect(Number.isFinite(v), `${CONFIDENCE[i]} = ${v}`).toBe(true);
    });
  }

  it('names each feature once', () => {
    // Why: a name listed twice would be read back from weights.generated.ts into one slot only.
    expect(new Set(CONFIDENCE).size).toBe(CONFIDENCE.length);
  });

  it('reads the pick, the kind and the type of the chosen span', () => {
    // Why: these say how sure the reader was and whether the answer is of the kind asked:
    // "Tuesday" for a when-question is a date.
    const { reading, x } = read('When did the bridge open?');
    expect(x[at('prob')]).toBeCloseTo(reading.prob, 12);
    expect(x[at('passageProb')]).toBeCloseTo(reading.passageProb, 12);
    expect(x[at('margin')]).toBeCloseTo(reading.margin / 5, 12);
    expect(x[at('kind.time')]).toBe(1);
    expect(x[at('kind.person')]).toBe(0);
    expect(x[at('typeMatch')]).toBe(1);
    expect(x[at('typeClash')]).toBe(0);
  });

  it('sets problem.opposite when the passage answers another question ("the first" asked, "the last" written)', () => {
    // Why: "When will the first ferry run?" is not answered by "The last ferry … will run in
    // December"; abstain.ts catches it and the judge must be told.
    const { gates, x } = read('When will the first ferry run?');
    expect(gates).toContain('problem');
    expect(x[at('problem.opposite')]).toBe(1);
    expect(PROBLEMS.filter((f) => x[at(f)] !== 0)).toEqual(['problem.opposite']);
    expect(x[at('gate.problem')]).toBe(1);
  });

  it('sets no problem.* when the passage answers the question asked', () => {
    // Why: the same passage for "the last ferry" answers it; a problem feature firing here
    // would lower every answer's confidence alike and tell the model nothing.
    const { gates, x } = read('When will the last ferry run?');
    expect(gates).toEqual([]);
    for (const f of PROBLEMS) expect(x[at(f)], f).toBe(0);
    for (const f of CONFIDENCE.filter((n) => n.startsWith('gate.'))) expect(x[at(f)], f).toBe(0);
  });
});
