import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import { shortOf } from '../seed.js';

describe('yes/no answers', () => {
  it('keep a negation standing just before the matched words', () => {
    const core = createCore([{ id: 'bridge.txt', text: 'The bridge\n\nThe council said that it had no plan to close the old bridge this year.' }]);
    // The verdict first (yesno.ts), then the deciding words with their negation.
    expect(shortOf(core.ask('Does the council plan to close the old bridge?'))).toMatch(/^No — no plan to close the old bridge/);
  });
});
