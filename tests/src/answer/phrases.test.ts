import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

describe('where-questions with no place name', () => {
  const core = createCore([{
    id: 'hall.txt',
    text: 'The hall\n\nThe meeting was held in the old town hall near the harbour.\n\n“We will build a new one,” the mayor said at the meeting.',
  }]);
  it('take a place phrase of common nouns', () => {
    expect(core.ask('Where was the meeting held?').answer).toMatch(/^in the old town hall/);
  });
  it('never take the quote or subject before the question\'s words', () => {
    const a = core.ask('Where did the mayor speak about a new one?');
    expect(a.answer).not.toMatch(/We will build/);
  });
});

describe('questions that end on a preposition', () => {
  const core = createCore([{
    id: 'port.txt',
    text: 'The port\n\nA strike at the port could expose the shipping firms to heavy losses this winter, analysts warned.\n\nThe mayor described the new crane as a gift to the city from its twin town.',
  }]);
  it('ask for the object of that preposition after the question\'s word', () => {
    // "to" follows "firms" in both question and passage: its object is the answer.
    expect(core.ask('What might a strike expose the firms to?').answer).toBe('heavy losses this winter');
  });
  it('read "as" the same way', () => {
    expect(core.ask('What did the mayor describe the crane as?').answer).toBe('gift to the city from its twin town');
  });
});
