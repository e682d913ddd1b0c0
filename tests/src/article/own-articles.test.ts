/**
 * Articles people write themselves (issue 18, item 5): Markdown section titles are searchable, a
 * byline is not the lead, "Wi-Fi" = "wifi" = "wi fi"; WordNet derivations are in the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import { parseArticle } from '../../../src/article/parse.js';
import { derivations } from '../../../src/nlp/wordnet.js';

const ID = 'library-reopens.md';
const TEXT = readFileSync(join(import.meta.dirname, '../../fixtures/articles', ID), 'utf8');
const core = createCore([{ id: ID, text: TEXT }]);

describe('a byline', () => {
  it('is kept apart from the body: /about does not show it as the lead', () => {
    const parsed = parseArticle(TEXT);
    expect(parsed.byline).toBe('By Tomas Herrera, Kelby Courier');
    expect(parsed.paragraphs[0]).toMatch(/^The public library on Market Street reopened/);
    // The section titles still stand before the right paragraphs once the byline is out.
    expect(parsed.sections?.map((x) => [x.title, parsed.paragraphs[x.paragraph - 1]!.slice(0, 20)])).toEqual([
      ['Opening hours', 'The library is open '],
      ['What is new', 'Visitors get free Wi'],
      ['Who paid', 'The state paid $4 mi'],
    ]);
    expect(core.about()[0]!.lead).toBe('KELBY — The public library on Market Street reopened on Saturday after a two-year rebuild that cost $6.5 million, the town said.');
  });

  it('in a plain-text article too, and it is never taken for the headline', () => {
    const parsed = parseArticle('Library Reopens After Rebuild\n\nBy Ann Lee and Raj Patel\n\nThe library reopened on Saturday after two years.\n\nIt cost $6 million.');
    expect(parsed).toMatchObject({ title: 'Library Reopens After Rebuild', byline: 'By Ann Lee and Raj Patel' });
    expect(parsed.paragraphs[0]).toBe('The library reopened on Saturday after two years.');
  });

  it('a sentence that starts with "By" is no byline', () => {
    const parsed = parseArticle('Title Here\n\nBy Monday the river had risen two metres, officials said.\n\nMore rain is due.');
    expect(parsed.byline).toBeUndefined();
    expect(parsed.paragraphs[0]).toMatch(/^By Monday/);
  });
});

describe('a Markdown section title', () => {
  it('finds the sentences of its section', () => {
    // "hours" and "new" are in no sentence: only the titles "Opening hours" and "What is new" hold them.
    expect(core.explain('what are the hours', 1).passages[0]?.paragraph).toBe(4);
    expect([5, 6]).toContain(core.explain('what is new', 1).passages[0]?.paragraph);
  });
});

describe('hyphen and space variants', () => {
  it('"wifi", "wi fi" and "Wi-Fi" find the Wi-Fi sentence', () => {
    for (const q of ['is there wifi', 'is there wi fi', 'is there Wi-Fi', 'any wi-fi']) {
      expect(core.explain(q, 1).passages[0]?.passage, q).toBe('Visitors get free Wi-Fi on all three floors.');
    }
  });

  it('and "Wi-Fi" finds an article that writes "wifi"', () => {
    const other = createCore([{ id: 'c.txt', text: 'Cafe Blue opened on Monday.\n\nThe cafe has free wifi for guests.\n\nThe owner said prices would stay low.' }]);
    expect(other.explain('is there Wi-Fi', 1).passages[0]?.passage).toBe('The cafe has free wifi for guests.');
  });
});

describe('derivationally related words', () => {
  it('come from WordNet\'s noun–verb links (matching on them is off: see DERIVATION_WEIGHT and derivation-weight.test.ts)', () => {
    expect(derivations('closure', 'noun')).toContain('close');
    expect(derivations('decide', 'verb')).toContain('decision');
    expect(derivations('city', 'noun')).toEqual([]);
  });
});
