import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

const ARTICLE = [
  'Ferries of the north',
  'Most ferries on the coast now run on batteries, and a car ferry carries cars as well as people.',
  'A car ferry is a vessel with ramps at both ends that lets vehicles drive straight on and off.',
  'The ferry service is expensive, the council said.',
].join('\n\n');

describe('"What is X?" for a thing with no name', () => {
  const core = createCore([{ id: 'ferries.txt', text: ARTICLE }]);
  it('answers with what the article says X is, not with any sentence that mentions X', () => {
    // Three sentences mention ferries; only the second says what a car ferry is.
    const a = core.ask('What is a car ferry?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('a vessel with ramps at both ends');
    expect(a.paragraph).toBe(2);
  });
  it('leaves other copular questions to the ranked search', () => {
    // "expensive" is no definition: "is" must be followed by a noun phrase.
    const a = core.ask('What is the ferry service?');
    expect(a.passage).not.toContain('vessel with ramps');
  });
});
