import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

const ARTICLE = [
  'Two projects for the valley',
  'The new bridge over the river opened in 2011 after years of delay.',
  'The tunnel under the hill was finished in 2005 by Acme Builders, the county said.',
].join('\n\n');

describe('a figure the question names must be where the answer is', () => {
  const core = createCore([{ id: 'valley.txt', text: ARTICLE }]);
  it('answers when the passage holds the figure', () => {
    const a = core.ask('Who finished the tunnel in 2005?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Acme Builders/);
  });
  it('abstains when only another paragraph has it: the passage is about another occasion', () => {
    // "tunnel" and "finish" pick the second paragraph; 2011 is only in the first.
    const a = core.ask('Who finished the tunnel in 2011?');
    expect(a.answered).toBe(false);
    expect(a.reason).toMatch(/2011/);
  });
});
