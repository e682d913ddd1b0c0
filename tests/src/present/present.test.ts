/**
 * The answer's section (issue 18, item 5): a passage quoted from under a Markdown section title
 * carries the title as `section`, on the answer and on /why's passages; every other answer has
 * no `section` at all, so the seed article's answers are exactly what they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import { seedCore } from '../seed.js';

const ID = 'pool-guide.md';
const core = createCore([{ id: ID, text: readFileSync(join(import.meta.dirname, '../../fixtures/articles', ID), 'utf8') }]);

describe('an answer from under a section title', () => {
  it('names the section its passage stands under (the nearest heading)', () => {
    expect(core.ask('When does the pool open on weekdays?')).toMatchObject({ answered: true, answer: '7 a.m.', paragraph: 2, section: 'Opening hours' });
    expect(core.ask('How much is an adult ticket?')).toMatchObject({ answered: true, answer: '$4', section: 'Prices & tickets' });
    // "### Season passes" under "## Prices & tickets": the nearer heading is the context.
    expect(core.ask('How much is a season pass?')).toMatchObject({ answered: true, answer: expect.stringMatching(/\$90$/), section: 'Season passes' });
  });

  it('has no section above the first heading, nor when the article does not say', () => {
    const lead = core.ask('When did the pool reopen?');
    expect(lead).toMatchObject({ answered: true, answer: 'Tuesday', paragraph: 1 });
    expect(lead).not.toHaveProperty('section');
    expect(core.ask('What is the boiling point of water?')).not.toHaveProperty('section');
  });

  it("is on /why's passages too", () => {
    const [first] = core.explain('How much is a season pass?', 2).passages;
    expect(first).toMatchObject({ passage: 'A season pass costs $90 and is sold at the front desk.', section: 'Season passes' });
  });
});

describe('an article without sections', () => {
  it('answers without a section field, as before', () => {
    const a = seedCore().ask('When is the next major step in the diplomatic process?');
    expect(a).toMatchObject({ answered: true, answer: 'Monday', paragraph: 14 });
    expect(Object.keys(a)).not.toContain('section');
    expect(seedCore().explain('Who met Lavrov?', 3).passages.every((p) => !('section' in p))).toBe(true);
  });
});
