import { describe, expect, it } from 'vitest';
import { encodeTerm, passageLink, textDirective, verbatimPart, withLink } from '../../../adapters/shared/link.js';

describe('text-fragment links', () => {
  it('encodes the characters the directive (and markdown links) treat specially', () => {
    expect(encodeTerm('well-known (so-called), & more')).toBe('well%2Dknown%20%28so%2Dcalled%29%2C%20%26%20more');
  });
  it('names a short quote whole and a long one by its first and last five words', () => {
    expect(textDirective('The pier opened on Monday.')).toBe(':~:text=The%20pier%20opened%20on%20Monday.');
    expect(textDirective('one two three four five six seven eight nine ten eleven')).toBe(':~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven');
  });
  it('uses the longest verbatim stretch of a passage the core cut with "…"', () => {
    expect(verbatimPart('… said that the talks would go on for weeks …')).toBe('said that the talks would go on for weeks');
  });
  it('links a page to the quote, a PDF to the page of its paragraph, and nothing without a source URL', () => {
    const page = { url: 'https://news.example/a?id=1#top', text: '# T\n\nA b.', format: 'html' as const };
    expect(passageLink(page, 'A b.')).toBe('https://news.example/a?id=1#:~:text=A%20b.');
    const pdf = { url: 'https://news.example/a.pdf', text: '# T\n\nFirst one.\n\nSecond one here.', format: 'pdf' as const, pages: [1, 3] };
    expect(passageLink(pdf, 'Second one here.')).toBe('https://news.example/a.pdf#page=3');
    expect(passageLink({ text: 'x', format: 'text' }, 'x')).toBeUndefined();
    const answer = { answered: true, passage: 'A b.' } as never;
    expect(withLink(answer, page)).toMatchObject({ link: 'https://news.example/a?id=1#:~:text=A%20b.' });
    expect(withLink({ answered: false, passage: '' } as never, page)).not.toHaveProperty('link');
  });
});
