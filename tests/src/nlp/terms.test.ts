import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nlp/wink.js';
import { tokenTerms } from '../../../src/nlp/terms.js';
import { createCore } from '../../../src/index.js';

const termsOf = (text: string): string[][] => analyse(text).flatMap((s) => s.tokens).map((t) => tokenTerms(t));

describe('term pipeline', () => {
  it('indexes a number word under its figure too', () => {
    expect(termsOf('three weeks')[0]).toEqual(expect.arrayContaining(['three', '3']));
    expect(termsOf('3 weeks')[0]).toContain('3');
  });
  it('reads "%", "percent" and "percentage" as one term', () => {
    const [figure, sign] = termsOf('56.2%');
    expect(figure).toContain('56.2');
    expect(sign).toEqual(['percent']);
    expect(termsOf('percentage')[0]).toContain('percent');
  });
  it('lets a question\'s figure find the article\'s word', () => {
    const core = createCore([{ id: 'talks.txt', text: 'Talks\n\nThe talks in Vienna ended just three weeks before the vote.' }]);
    const a = core.ask('Where did the talks end 3 weeks before the vote?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Vienna');
  });
});
