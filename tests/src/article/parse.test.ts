import { describe, expect, it } from 'vitest';
import { isFurniture, parseArticle } from '../../../src/article/parse.js';
import { SEED } from '../seed.js';

describe('parseArticle', () => {
  it('finds the headline and dateline of the seed and drops the page chrome', () => {
    const a = parseArticle(SEED.text);
    expect(a.title).toBe('Russia Resists U.S. Position on Sanctions for Iran');
    expect(a.dateline).toBe('MOSCOW');
    expect(a.paragraphs[0]).toMatch(/^Denting President Obama/);
    expect(a.paragraphs).toHaveLength(24);
    expect(a.paragraphs.join(' ')).not.toMatch(/Custom Search|Smaller Font|Delivering Truth/);
  });

  it('recognises other furniture by its shape, not by fixed strings', () => {
    // None of these strings occur in the seed article.
    expect(isFurniture('Print Email Share')).toBe(true);
    expect(isFurniture('| Home | Login |')).toBe(true);
    expect(isFurniture('» Skip to content')).toBe(true);
    expect(isFurniture('Iran Agrees to Talks in Vienna')).toBe(false);
    expect(isFurniture('The talks resumed on Monday.')).toBe(false);
  });

  it('handles an article with other chrome, a different dateline and no tagline', () => {
    const raw = 'Share This Story\n\nCity Council Backs New Bridge Plan\n\nText Size Print Comments\n\nPORTLAND, Ore. — The council voted 5-2 on Monday to fund the bridge.\n\nThe mayor said work would begin in spring.';
    const a = parseArticle(raw);
    expect(a.title).toBe('City Council Backs New Bridge Plan');
    expect(a.dateline).toBe('PORTLAND, Ore.');
    expect(a.paragraphs).toEqual(['The council voted 5-2 on Monday to fund the bridge.', 'The mayor said work would begin in spring.']);
  });

  it('takes the first heading as the title when there is no dateline (Wikipedia style)', () => {
    const a = parseArticle('Super Bowl 50\n\nSuper Bowl 50 was an American football game.\n\nIt was played in 2016.');
    expect(a.title).toBe('Super Bowl 50');
    expect(a.dateline).toBeUndefined();
    expect(a.paragraphs).toHaveLength(2);
  });
});
