import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nlp/wink.js';
import { findNameRuns } from '../../../src/article/names.js';

const runs = (text: string) => findNameRuns(analyse(text)[0]!.tokens, new Set()).map((r) => ({ name: r.name, titles: r.titles }));

describe('findNameRuns', () => {
  it('splits titles off the name, "of" included ("Secretary of State", "Duke of")', () => {
    expect(runs('He met Secretary of State Hillary Rodham Clinton on Monday.')).toContainEqual({ name: 'Hillary Rodham Clinton', titles: ['secretary of state'] });
    expect(runs('The army of the Duke of Normandy crossed the sea.')).toContainEqual({ name: 'Normandy', titles: ['duke of'] });
  });
  it('keeps "of"/"in" inside names that are not titles', () => {
    expect(runs('He edits the journal Russia in Global Affairs in Moscow.').map((r) => r.name)).toContain('Russia in Global Affairs');
    expect(runs('She studied at the University of Chicago.').map((r) => r.name)).toContain('University of Chicago');
  });
});
