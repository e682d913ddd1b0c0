import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMarkdown, stripInline } from '../../../src/article/markdown.js';
import { parseArticle } from '../../../src/article/parse.js';
import { createCore } from '../../../src/index.js';
import { SEED } from '../seed.js';

const FERRY = readFileSync(join(import.meta.dirname, '../../fixtures/articles/harbor-ferry.md'), 'utf8');

describe('Markdown articles', () => {
  it('are told from plain text', () => {
    expect(isMarkdown(FERRY)).toBe(true);
    expect(isMarkdown(SEED.text)).toBe(false);
  });
  it('take "#" as the headline and keep "##" titles apart from the body', () => {
    const a = parseArticle(FERRY);
    expect(a.title).toBe('Harbor Town Votes to Bring Back the Night Ferry');
    expect(a.dateline).toBe('HALLORAN BAY');
    expect(a.sections).toEqual([{ title: 'What the plan includes', paragraph: 3 }, { title: 'Who opposed it', paragraph: 5 }]);
    expect(a.paragraphs.join(' ')).not.toMatch(/What the plan includes|Who opposed it/);
  });
  it('make each list item a sentence and remove inline markup', () => {
    const a = parseArticle(FERRY);
    expect(a.paragraphs[3]).toBe('A new electric boat, built by the Kessel yard in Dunmore. Four crossings every night between 8 p.m. and midnight. Half-price tickets for students and pensioners.');
    expect(a.paragraphs.join(' ')).not.toMatch(/\*\*|\]\(|https?:/);
    expect(a.paragraphs[1]).toMatch(/^The mayor, Ingrid Solberg, said/);
  });
  it('strips bold, emphasis, code and links to their words', () => {
    expect(stripInline('**Bold** and _it_ and `x` and [the site](https://a.example) and snake_case_name')).toBe('Bold and it and x and the site and snake_case_name');
  });
  it('quote list items and unmarked text as answers, never a section title', () => {
    const core = createCore([{ id: 'harbor-ferry.md', text: FERRY }]);
    const a = core.ask('who builds the new boat');
    expect(a.passage).toBe('A new electric boat, built by the Kessel yard in Dunmore.');
    expect(core.ask('who is the mayor').passage).not.toContain('**');
    for (const q of ['what does the plan include', 'who opposed it']) expect(core.ask(q).passage).not.toMatch(/^(What the plan includes|Who opposed it)$/);
  });
  it('get example questions that the core answers', () => {
    const core = createCore([{ id: 'harbor-ferry.md', text: FERRY }]);
    const examples = core.about()[0]!.examples;
    expect(examples.length).toBeGreaterThan(0);
    for (const q of examples) expect(core.ask(q).answered, q).toBe(true);
  });
});

describe('examples exist for any article of two sentences or more', () => {
  it('even with no names or quotes', () => {
    const core = createCore([{ id: 'x.txt', text: 'Rain Expected\n\nHeavy rain is expected over the weekend. The roads may flood in low areas.' }]);
    const examples = core.about()[0]!.examples;
    expect(examples.length).toBeGreaterThan(0);
    for (const q of examples) expect(core.ask(q).answered, q).toBe(true);
  });
});
