import { describe, expect, it } from 'vitest';
import { createCore, QaError } from '../../src/index.js';
import { seedCore } from './seed.js';

describe('about()', () => {
  const about = seedCore().about();
  it('gives headline, dateline and lead of the seed article', () => {
    expect(about).toHaveLength(1);
    expect(about[0]!.title).toBe('Russia Resists U.S. Position on Sanctions for Iran');
    expect(about[0]!.dateline).toBe('MOSCOW');
    expect(about[0]!.lead).toMatch(/^MOSCOW — Denting President Obama/);
  });
  it('offers three example questions, each answered by the core itself', () => {
    const examples = about[0]!.examples;
    expect(examples).toHaveLength(3);
    expect(new Set(examples).size).toBe(3);
    for (const q of examples) {
      const a = seedCore().ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer.length, q).toBeGreaterThan(0);
    }
  });
});

describe('createCore', () => {
  it('throws a coded error naming the fix when there is no article', () => {
    expect(() => createCore([])).toThrowError(QaError);
    try {
      createCore([]);
    } catch (e) {
      expect((e as QaError).code).toBe('QA_NO_ARTICLES');
      expect((e as QaError).message).toMatch(/seeds\//);
    }
  });
  it('throws QA_EMPTY_ARTICLE, naming the article, when one has no words', () => {
    expect(() => createCore([{ id: 'blank.txt', text: '  ...  ' }])).toThrowError(/blank\.txt has no text/);
  });
  it('answers from several articles and names the one it used', () => {
    const core = createCore([
      { id: 'bridge.txt', text: 'Bridge Vote\n\nPORTLAND — The city council voted on Monday to build a new bridge over the river.' },
      { id: 'zoo.txt', text: 'Zoo News\n\nThe zoo welcomed a baby giraffe named Tilly in April.' },
    ]);
    const a = core.ask('What was the baby giraffe named?');
    expect(a.answered).toBe(true);
    expect(a.articleId).toBe('zoo.txt');
    expect(a.article).toBe('Zoo News');
    expect(a.answer).toMatch(/Tilly/);
  });
});

describe('names()', () => {
  it('finds the article names in a text, with kind and gender, case-insensitively', () => {
    const names = seedCore().names('did mr. lavrov meet Mrs. Clinton in moscow?');
    expect(names.map((n) => n.name)).toEqual(['Sergey V. Lavrov', 'Hillary Rodham Clinton', 'Moscow']);
    expect(names[0]).toMatchObject({ kind: 'person', gender: 'm' });
    expect(names[1]).toMatchObject({ kind: 'person', gender: 'f' });
    expect(names[2]!.kind).toBe('place');
  });
  it('finds nothing in text that names no one', () => {
    expect(seedCore().names('what happened next?')).toEqual([]);
  });
});
