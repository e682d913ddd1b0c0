/**
 * `npm run report` on long input (issue 20, finding 9): a question is analysed as the core reads
 * it (its last 500 characters), so one long token costs linear time (before: 80,000 characters
 * took 7 s with the articles' vocabulary, 1 MB over 10 min); a line too long to be the adapters'
 * is skipped as malformed without being parsed (a 20 MB line crashed it).
 */
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, summarise } from '../../../tools/report/summarise.js';
import { articleVocabulary } from '../../../tools/report/vocabulary.js';
import { MAX_QUESTION_CHARS } from '../../../src/question/clean.js';

const line = (question: string) => JSON.stringify({ at: '2026-01-01T00:00:00Z', kind: 'unanswered', via: 'slack', question, answered: false, reason: 'r' });

describe('the report on long questions and lines', () => {
  const known = articleVocabulary(['Mr. Lavrov met Mrs. Clinton in Moscow.']);

  it('one 60,000-character token: linear, read as the core reads it', () => {
    const started = performance.now();
    const s = summarise([line('x'.repeat(60_000))], { known });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(s.lines).toBe(1);
    expect(s.groups[0]!.questions[0]!.text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it('a long paste is grouped by the question at its end, as the core reads it', () => {
    const s = summarise([line(`${'Lorem ipsum dolor sit amet. '.repeat(40)}How tall is Lavrov?`), line('how tall is lavrov')], { known });
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]!.terms).toEqual(['lavrov', 'tall']);
  });

  it('a line over MAX_LINE_CHARS is skipped as malformed, the others are read', () => {
    const s = summarise([line('y'.repeat(MAX_LINE_CHARS)), line('how tall is lavrov')], { known });
    expect(s).toMatchObject({ lines: 1, skipped: 1 });
  });
});
