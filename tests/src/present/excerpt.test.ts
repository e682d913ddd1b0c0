import { describe, expect, it } from 'vitest';
import { excerpt, MAX_PASSAGE_CHARS } from '../../../src/present/excerpt.js';
import { createCore } from '../../../src/index.js';

const filler = (n: number, word: string): string => Array.from({ length: n }, (_, k) => `${word}${k}`).join(' ');

describe('excerpt', () => {
  it('quotes an ordinary sentence whole', () => {
    expect(excerpt('The ferry left at noon.', 'noon')).toBe('The ferry left at noon.');
  });
  it('cuts a very long sentence to the stretch around the answer, at word boundaries', () => {
    const long = `${filler(80, 'alpha')} the ferry left at noon ${filler(80, 'omega')}.`;
    const cut = excerpt(long, 'noon');
    expect(cut.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(cut).toMatch(/^… alpha\d+ /);
    expect(cut).toMatch(/ omega\d+ …$/);
    expect(cut).toContain('the ferry left at noon');
    expect(long).toContain(cut.slice(2, -2)); // verbatim between the marks
  });
  it('keeps the start of the sentence when the answer is not found in it', () => {
    const long = `${filler(150, 'beta')}.`;
    const cut = excerpt(long, 'missing');
    expect(cut.startsWith('beta0 ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
  });
});

describe('answers from a very long sentence', () => {
  it('quote the stretch around the short answer', () => {
    const sentence = `The council listed ${filler(70, 'item')}, and the ferry to Tolkia left at noon on Friday, ${filler(70, 'note')}.`;
    const core = createCore([{ id: 'long.txt', text: `Ferry news\n\n${sentence}` }]);
    const a = core.ask('When did the ferry to Tolkia leave?');
    expect(a.answered).toBe(true);
    expect(a.passage.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(a.passage).toContain(a.answer);
    expect(a.passage).toContain('the ferry to Tolkia left at noon');
  });
});
