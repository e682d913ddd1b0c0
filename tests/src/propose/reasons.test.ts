import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { cleanQuestion } from '../../../src/question/clean.js';
import { textOf } from '../../../src/propose/span.js';
import { reasonClauses } from '../../../src/propose/reasons.js';
import { extracted } from './extracted.js';

// A made-up local news story: each sentence gives a reason or a manner in another way.
const ARTICLE = [
  'Harbour ferry suspended',
  'The harbour ferry was suspended on Monday because a cable on the landing stage snapped during repairs.',
  'The council closed the footbridge as engineers warned that its supports were rusting.',
  'Some passengers missed their trains due to the sudden change of timetable.',
  'A deckhand, 19, survived by holding on to a floating life ring until the rescue boat arrived.',
  'The harbour master said the ferry would stay in port for a week to let inspectors check every cable.',
  'The ferry is as old as the harbour itself.',
  'The council will allow inspectors to visit the pier, and gave the operator a chance to answer.',
  'The closure was surprising given that, only a month before, the mayor had said that "the ferry is safe, and will stay open."',
].join('\n\n');

const corpus = buildCorpus([{ id: 'ferry.txt', text: ARTICLE }]);

/** The clauses proposed for `question` in the sentence holding `words`. */
function clausesIn(words: string, question: string): string[] {
  const q = analyseQuestion(cleanQuestion(question), corpus);
  const s = corpus.sentences.find((x) => x.text.includes(words))!;
  return reasonClauses(s, q).map((c) => textOf(s, c.start, c.end));
}

describe('reason clauses (why-questions)', () => {
  it('"because …" to the end of its clause', () => {
    expect(clausesIn('cable on the landing', 'why was the ferry suspended')).toContain('because a cable on the landing stage snapped during repairs');
  });
  it('"as" opens a reason only before a clause of its own', () => {
    expect(clausesIn('footbridge', 'why did the council close the footbridge?')).toContain('as engineers warned that its supports were rusting');
    expect(clausesIn('as old as', 'why is the ferry old')).toEqual([]);
  });
  it('a marker of several words ("due to")', () => {
    expect(clausesIn('missed their trains', 'why did passengers miss trains')).toEqual(['due to the sudden change of timetable']);
  });
  it('a purpose "to", but not the "to" a verb wants', () => {
    expect(clausesIn('stay in port', 'why will the ferry stay in port?')).toContain('to let inspectors check every cable');
    expect(clausesIn('stay in port', 'why will the ferry stay in port?')).not.toContain('to let');
  });
  it('no purpose where a verb\'s object or a noun wants the "to" ("allow inspectors to visit", "a chance to answer")', () => {
    expect(clausesIn('allow inspectors', 'why will the council allow inspectors to visit the pier')).toEqual([]);
  });
  it('reads through an aside after the marker and a quotation to its end', () => {
    expect(clausesIn('surprising', 'why was the closure surprising')).toContain('given that, only a month before, the mayor had said that "the ferry is safe, and will stay open."');
  });
});

describe('manner clauses (how-questions)', () => {
  it('"by" and a verb in -ing', () => {
    expect(clausesIn('deckhand', 'how did the deckhand survive')).toEqual(['by holding on to a floating life ring until the rescue boat arrived']);
  });
  it('no "by" clause without a verb after it', () => {
    expect(clausesIn('cable on the landing', 'how was the ferry suspended')).toEqual([]);
  });
});

describe('the rules\' reason', () => {
  it('is the plainest marker after the question\'s words', () => {
    expect(extracted(ARTICLE, 'why did they close the footbridge')).toBe('as engineers warned that its supports were rusting');
    expect(extracted(ARTICLE, 'why was the ferry suspended on monday?')).toBe('because a cable on the landing stage snapped during repairs');
  });
});
