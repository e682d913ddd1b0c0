import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

describe('open stretches that trim to nothing', () => {
  it('give way to the next best stretch, not the whole sentence', () => {
    const core = createCore([{ id: 'village.txt', text: 'The village\n\nBesides the large farming majority, there was a small fishing community in the village.' }]);
    // The stretch before the matched words ("there was a") trims to nothing: the word inside
    // the question's phrase is the answer.
    const a = core.ask('What was there a small community of in the village?');
    expect(a.answer).toBe('fishing');
  });
});

describe('subjects set off by a name in apposition', () => {
  it('keep the whole subject, not the adverb after the last comma', () => {
    const core = createCore([{ id: 'club.txt', text: 'The club\n\nThe remarks by the club treasurer, Maria Olsen, sharply angered the members.' }]);
    // The stretch before "angered" ends ", sharply": the commas around the name are an
    // apposition, so the subject runs from "The remarks".
    expect(core.ask('What angered the members?').answer).toBe('remarks by the club treasurer, Maria Olsen');
  });
});
