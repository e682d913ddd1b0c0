import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

describe('yes/no answers', () => {
  it('keep a negation standing just before the matched words', () => {
    const core = createCore([{ id: 'bridge.txt', text: 'The bridge\n\nThe council said that it had no plan to close the old bridge this year.' }]);
    expect(core.ask('Does the council plan to close the old bridge?').answer).toMatch(/^no plan to close the old bridge/);
  });
});
