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

describe('open stretches that trim to nothing', () => {
  it('give way to the next best stretch, not the whole sentence', () => {
    const core = createCore([{ id: 'village.txt', text: 'The village\n\nBesides the large farming majority, there was a small fishing community in the village.' }]);
    // The stretch before the matched words ("there was a") trims to nothing: the word inside
    // the question's phrase is the answer.
    const a = core.ask('What was there a small community of in the village?');
    expect(a.answer).toBe('fishing');
  });
});
