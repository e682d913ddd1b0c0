import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import { shortOf } from '../seed.js';

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

describe('a passage that says the opposite answers another question', () => {
  const core = createCore([{ id: 'fares.txt', text: 'Ferry fares\n\nFerry fares rose sharply in 2010, the council said.\n\nThe harbour was rebuilt in 1990.' }]);
  it('answers the question the passage does answer', () => {
    expect(shortOf(core.ask('When did ferry fares rise?'))).toBe('2010');
  });
  it('abstains when the question asks for the opposite of what the passage says', () => {
    const a = core.ask('When did ferry fares fall?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('it says "rose", not "fall"');
  });
  it('reads a negating prefix on a word the article never uses as the opposite', () => {
    const tribes = createCore([{ id: 'tribes.txt', text: 'Tribes\n\nThe settled tribes grew wheat along the river.' }]);
    expect(shortOf(tribes.ask('What did the settled tribes grow?'))).toMatch(/^wheat/);
    const a = tribes.ask('What did the unsettled tribes grow?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('it says "settled", not "unsettled"');
  });
  it('still answers when the question names both sides', () => {
    // "rise or fall" asks which of the two: the passage holds one of them.
    expect(core.ask('Did ferry fares rise or fall in 2010?').answered).toBe(true);
  });
});

describe('a weak best match is withheld', () => {
  const core = createCore([{
    id: 'cars.txt',
    text: 'Cars\n\nThe red car was built in a small town near the river.\n\nThe blue car was built in a large city by the sea.\n\n' +
      'Both cars were sold to collectors.\n\nThe engine of the old truck was repaired by a mechanic in the town.',
  }]);
  it('abstains when the question\'s words are scattered over passages that each hold a few', () => {
    // "red car" and "city" sit in two paragraphs, "sold" in a third: no passage answers, and
    // the best few score alike.
    const a = core.ask('Why was the red car sold in the city?');
    expect(a.answered).toBe(false);
    expect(a.reason).toMatch(/no passage answers it clearly/);
  });
  it('still answers when one passage holds the question', () => {
    expect(shortOf(core.ask('Where was the blue car built?'))).toMatch(/^(in )?a large city by the sea$/);
  });
});

describe('a passage with one word of the question\'s phrase swapped', () => {
  const core = createCore([{ id: 'tower.txt', text: 'The tower\n\nThe engineers chose red granite blocks for the tower in 1901.' }]);
  it('answers the phrase it has', () => {
    expect(shortOf(core.ask('When did the engineers choose red granite blocks?'))).toBe('1901');
  });
  it('abstains on the same phrase with another word in the middle', () => {
    const a = core.ask('When did the engineers choose grey granite blocks?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('it says "red", not "grey"');
  });
});

describe('near-synonyms in the question\'s phrase', () => {
  it('are paraphrase, not a swapped word', () => {
    const core = createCore([{ id: 'plan.txt', text: 'The plan\n\nThe next major step in the plan will come on Monday.' }]);
    // "big" for "major" between matching neighbours is the same step, so this is answered.
    expect(shortOf(core.ask('When is the next big step in the plan?'))).toBe('Monday');
  });
});
