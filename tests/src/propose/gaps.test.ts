import { describe, expect, it } from 'vitest';
import { proposer } from './extracted.js';
import { extracted } from './extracted.js';
import { shortOf } from '../seed.js';

describe('open stretches that trim to nothing', () => {
  it('give way to the next best stretch, not the whole sentence', () => {
    const core = proposer([{ id: 'village.txt', text: 'The village\n\nBesides the large farming majority, there was a small fishing community in the village.' }]);
    // The stretch before the matched words ("there was a") trims to nothing: the word inside
    // the question's phrase is the answer.
    const a = core.ask('What was there a small community of in the village?');
    expect(a.answer).toBe('fishing');
  });
});

describe('subjects set off by a name in apposition', () => {
  it('keep the whole subject, not the adverb after the last comma', () => {
    const core = proposer([{ id: 'club.txt', text: 'The club\n\nThe remarks by the club treasurer, Maria Olsen, sharply angered the members.' }]);
    // The stretch before "angered" ends ", sharply": the commas around the name are an
    // apposition, so the subject runs from "The remarks".
    expect(shortOf(core.ask('What angered the members?'))).toBe('remarks by the club treasurer, Maria Olsen');
  });
});

describe('how someone acted', () => {
  it('is the verb phrase between the question\'s words, not what follows a possessive', () => {
    const core = proposer([{ id: 'fans.txt', text: 'The match\n\nFans here voiced loud anger at the coach\'s decision to rest the captain.' }]);
    // "coach's decision" is a noun after a possessive, not a verb the answer would follow; how
    // the fans reacted is the stretch holding a verb.
    expect(shortOf(core.ask("How did fans respond to the coach's decision?"))).toBe('voiced loud anger');
  });
  it('never the subject before the question\'s words, nor a "he said" after them', () => {
    const text = 'Views\n\nMs. Berg pointed out that the two towns see the river from different sides.\n\n“The port is seen by the town as a burden, not a gift,” she said.';
    const core = proposer([{ id: 'view.txt', text }]);
    expect(shortOf(core.ask('How do the two towns see the river?'))).toBe('different sides');
    // The gap the extractors propose; the learned reader answers "the town as a burden" (same passage).
    expect(extracted(text, 'How is the port seen by the town?')).toMatch(/^burden/);
    expect(shortOf(core.ask('How is the port seen by the town?'))).toMatch(/burden/);
  });
});

describe('passive questions', () => {
  const core = proposer([{
    id: 'vienna.txt',
    text: 'Talks\n\nOn Monday the envoys are to meet in Vienna to discuss the details of a plan to share the river.\n\nAll efforts should be thrown at the talks, the envoy said.',
  }]);
  it('ask for the object where the passage is active ("to discuss the details …")', () => {
    expect(shortOf(core.ask('What will be discussed in Vienna?'))).toMatch(/^details of a plan/);
  });
  it('and for the subject where it is passive too ("All efforts should be thrown")', () => {
    expect(shortOf(core.ask('What should be thrown at the talks?'))).toBe('All efforts');
  });
});
