import { describe, expect, it } from 'vitest';
import { cleanQuestion, cleanQuestionText, MAX_QUESTION_CHARS } from '../../../src/question/clean.js';
import { seedCore } from '../seed.js';

describe('question cleaning', () => {
  it('strips terminal escape sequences (CSI, OSC, caret form) before reading', () => {
    expect(cleanQuestion('who is \u001b[31mlavrov\u001b[0m?')).toBe('who is lavrov ?');
    expect(cleanQuestion('\u001b]0;my title\u0007who met Clinton?')).toBe('who met Clinton?');
    expect(cleanQuestion('\u001b]8;;http://x.example\u001b\\link\u001b]8;;\u001b\\ who?')).toBe('link who?');
    expect(cleanQuestion('who ^[[1;32mis^[[0m Qum')).toBe('who is Qum');
    expect(cleanQuestion('\u009b2Jwhere?')).toBe('where?');
  });
  it('removes zero-width and bidi control characters inside words, instead of splitting the word', () => {
    expect(cleanQuestion('who is Lav\u200brov?')).toBe('who is Lavrov?');
    expect(cleanQuestion('who is \u202eLav\u2060rov\u202c\ufeff?')).toBe('who is Lavrov?');
    expect(cleanQuestion('Lav\u00adrov\u200d\u200c\u2066 met\u2069 whom?')).toBe('Lavrov met whom?');
    const answer = seedCore().ask('Did Lav\u200brov meet Obama?');
    expect(answer.reason ?? '').not.toMatch(/\bLav\b|\brov\b/);
  });
  it('keeps what is short as it is', () => {
    expect(cleanQuestionText('Who is Lavrov?')).toEqual({ text: 'Who is Lavrov?', dropped: 0 });
  });
  it('over the cap keeps the question at the end and counts what was not read', () => {
    const preamble = 'My uncle told me a long story about this over dinner last night. '.repeat(10);
    const { text, dropped } = cleanQuestionText(`${preamble}What did Lavrov say about sanctions? Thanks.`);
    expect(text).toBe('What did Lavrov say about sanctions? Thanks.');
    expect(dropped).toBeGreaterThan(500);
    expect(cleanQuestionText('x'.repeat(20_000)).text).toHaveLength(MAX_QUESTION_CHARS);
  });
  it('the core answers the end of a long question and says the rest was not read', () => {
    const a = seedCore().ask(`${'I read the whole thing twice and I still do not get it at all. '.repeat(10)}Who is Fyodor Lukyanov?`);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/editor/);
    expect(a.readAs).toMatch(/over 500 characters.*not read/);
  });
  it('escape codes do not become words to look up', () => {
    const a = seedCore().ask('Who is \u001b[31mLavrov\u001b[0m?');
    expect(a.answered).toBe(true);
    expect(a.reason ?? '').not.toMatch(/"31"|"m"/);
  });
});
