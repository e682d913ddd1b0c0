import { describe, expect, it } from 'vitest';
import { seedCore } from '../seed.js';
import { internalError } from '../../../src/pipeline.js';

describe('bad input never crashes the core', () => {
  const core = seedCore();
  it('an empty or blank question gets a hint, not an answer', () => {
    for (const q of ['', '   ', '\n\t']) {
      const a = core.ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toMatch(/ask about the article/);
    }
  });
  const odd: [string, string][] = [
    ['20,000 characters', 'Who met Lavrov? '.repeat(1250)],
    ['emoji', '🤔🤔 who is lavrov 🇷🇺?'],
    ['control characters', 'Who\u0000 is\u0007 Lavrov\u001b[31m?'],
    ['another script', 'Кто такой Лавров?'],
    ['right-to-left text', 'מי זה לברוב?'],
    ['only punctuation', '?!?!...'],
    ['markup', '<script>alert(1)</script> @everyone <!channel>'],
  ];
  for (const [name, q] of odd) {
    it(`${name}: an answer or an abstention, well-formed`, () => {
      const a = core.ask(q);
      expect(typeof a.answered).toBe('boolean');
      expect(a.question.length).toBeLessThanOrEqual(500);
      if (!a.answered) expect(a.reason).toBeTruthy();
      else if (a.kind === 'answer') expect(a.passage.length).toBeGreaterThan(0);
      // Other scripts get one line saying the bot reads English (an intent, not a quote).
      else expect(a.answer.length).toBeGreaterThan(0);
    });
  }
  it('ignores markup tags: "<b>who</b> is <!channel> Lavrov?" is a question about Lavrov', () => {
    const plain = core.ask('Who did Lavrov meet?');
    const marked = core.ask('<b>Who</b> did <!channel> Lavrov meet?');
    expect(marked.answered).toBe(true);
    expect(marked.passage).toBe(plain.passage);
    expect(marked.question).not.toContain('<');
  });
  it('an unexpected failure is a coded error reply (QA_INTERNAL), never a "doesn\'t say"', () => {
    const a = internalError('Who?', new Error('boom'));
    expect(a).toMatchObject({ kind: 'error', question: 'Who?', answered: false, passage: '', error: { code: 'QA_INTERNAL', message: 'boom' } });
    expect(a.reason).toBeUndefined();
    expect(a.answer).toMatch(/something went wrong/);
  });
  it('reads at most 500 characters of a long question (its end)', () => {
    expect(core.ask('x'.repeat(20_000)).question).toHaveLength(500);
  });
  it('names each unknown word once, and only the first few', () => {
    expect(core.ask('What is Zorblat quinth? '.repeat(20)).reason).toBe('it never mentions "Zorblat", "quinth"');
    expect(core.ask('Alpha bravo charlie delta echo foxtrot golf hotel?').reason).toMatch(/^it never mentions "Alpha", "bravo", "charlie", "delta", "echo" or \d other words$/);
  });
});
