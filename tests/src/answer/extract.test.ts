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
