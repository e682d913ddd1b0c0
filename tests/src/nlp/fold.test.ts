import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/nlp/wink.js';
import { createCore } from '../../../src/index.js';

describe('foldText', () => {
  it('straightens apostrophes, folds en dashes and drops accents', () => {
    expect(foldText('Russia’s')).toBe("Russia's");
    expect(foldText('13–0')).toBe('13-0');
    expect(foldText('Ujazdów Hervé Besançon')).toBe('Ujazdow Herve Besancon');
    expect(foldText('plain ascii')).toBe('plain ascii');
  });
});

describe('accents in questions and articles', () => {
  const core = createCore([{ id: 'cafe.txt', text: 'Café Nero opens in Kraków\n\nCafé Nero opened its first shop in Kraków in 2001, the company said.' }]);
  it('matches a question typed without accents to an article written with them', () => {
    const a = core.ask('In which city did Cafe Nero open its first shop?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Kraków'); // quoted as the article writes it
  });
  it('and the other way round', () => {
    const a = core.ask('When did Café Nero open a shop in Krakow?');
    expect(a.answer).toBe('2001');
  });
});
