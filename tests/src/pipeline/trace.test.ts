import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

/** Our own short story: one plain answer, one question it cannot answer, one yes/no. */
const core = createCore([{
  id: 'bridge.txt',
  text: `Harbor city opens new bridge after years of delay

The new Riverside Bridge opened to traffic on Tuesday after nearly six years of construction, city officials said.

Mayor Elena Vargas cut the ribbon at a ceremony in Portmouth, where about 3,000 residents gathered along the waterfront.`,
}]);

describe('every answer carries the decision that made it', () => {
  it('a read answer: the stage, the passages, the reader\'s candidates and the judge\'s call', () => {
    const a = core.ask('when did the bridge open?');
    expect(a.trace?.stage).toBe('read');
    expect(a.trace?.passages[0]?.text).toMatch(/Riverside Bridge opened/);
    expect(a.trace?.candidates.length).toBeGreaterThan(0);
    const j = a.trace!.judge!;
    expect(['short', 'sentence']).toContain(j.shape);
    expect(j.shape).toBe(a.form);
    expect(j.pShort).toBeLessThanOrEqual(j.pPassage);
    // The label reflects the shape shown: its probability is the reply's confidence.
    expect(a.confidence).toBeCloseTo(j.shape === 'short' ? j.pShort : j.pSentence, 2);
  });
  it('an abstention says which stage and why', () => {
    const a = core.ask('what is the boiling point of water');
    expect(a.answered).toBe(false);
    expect(a.trace?.judge?.shape).toBe('abstain');
    expect(a.reason).toBeTruthy();
  });
  it('an empty question is refused at the clean stage', () => {
    const a = core.ask('... ...');
    expect(a.answered).toBe(false);
    expect(a.trace?.stage).toBe('clean');
    expect(a.trace?.judge?.veto).toBe('empty');
  });
  it('/why explains the answer given: the quoted passage first, with the same trace', () => {
    const q = 'who cut the ribbon';
    const a = core.ask(q);
    const why = core.explain(q);
    expect(why.trace).toEqual(a.trace);
    if (a.answered) expect(why.passages[0]?.passage).toBe(a.passage.replace(/^… | …$/g, ''));
  });
  it('a sentence answer holds its likely answer words', () => {
    const a = core.ask('where did residents gather?');
    if (a.form === 'sentence') expect(a.answer).toContain(a.highlight!);
    else expect(a.passage).toContain(a.answer);
  });
});
