/** Which section a paragraph stands under (src/article/section.ts). */
import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../src/article/section.js';
import { parseArticle } from '../../../src/article/parse.js';

const SECTIONS = [{ title: 'Opening hours', paragraph: 2 }, { title: 'Prices', paragraph: 4 }, { title: 'Season passes', paragraph: 5 }];

describe('sectionOf', () => {
  it('is the last heading standing before the paragraph', () => {
    expect([2, 3, 4, 5, 9].map((p) => sectionOf(SECTIONS, p))).toEqual(['Opening hours', 'Opening hours', 'Prices', 'Season passes', 'Season passes']);
  });

  it('is undefined above the first heading, for the headline and without sections', () => {
    expect(sectionOf(SECTIONS, 1)).toBeUndefined();
    expect(sectionOf(SECTIONS, 0)).toBeUndefined();
    expect(sectionOf(undefined, 3)).toBeUndefined();
    expect(sectionOf([], 3)).toBeUndefined();
  });

  it('reads the paragraphs parseArticle numbers, a byline above the body taken out', () => {
    const parsed = parseArticle('# Pool Guide\n\nBy Ann Lee\n\nThe pool reopened on Tuesday.\n\n## Opening hours\n\nIt opens at 7 a.m.\n\nIt closes at 9 p.m.');
    expect(parsed.paragraphs.map((p, k) => [p, sectionOf(parsed.sections, k + 1)])).toEqual([
      ['The pool reopened on Tuesday.', undefined],
      ['It opens at 7 a.m.', 'Opening hours'],
      ['It closes at 9 p.m.', 'Opening hours'],
    ]);
  });
});
