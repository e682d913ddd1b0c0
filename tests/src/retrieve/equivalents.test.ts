import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { retrieve } from '../../../src/retrieve/retrieve.js';
import { coverageProblem } from '../../../src/judge/abstain.js';

// A fixture article written for these tests.
const CRASH = [
  'Train hits lorry near Millbrook',
  'Two people were killed and at least 40 were injured when a train hit a lorry near Millbrook on Sunday.',
  'The driver of the lorry, Tom Hale, was detained by police. His father said the road had no barrier.',
].join('\n\n');

describe("chat words for the article's words", () => {
  const corpus = buildCorpus([{ id: 'crash.txt', text: CRASH }]);
  it('"how many were hurt" looks up the article\'s "injured" and is not refused for "hurt"', () => {
    const q = analyseQuestion('how many were hurt', corpus);
    expect(q.terms.has('injure')).toBe(true);
    expect(q.terms.has('hurt')).toBe(false);
    const ranked = retrieve(q, corpus);
    expect(ranked[0]?.sentence.text).toMatch(/injured/);
    expect(coverageProblem(q, corpus, ranked[0])).toBeUndefined();
  });
  it('"who is his dad" looks up "father"', () => {
    const q = analyseQuestion('who is his dad', corpus);
    expect(q.terms.has('father')).toBe(true);
    expect(q.corrected).toContainEqual(['dad', 'father']);
  });
  it('only in a short question: in a longer one a word the article never uses may be what it does not say', () => {
    // "hurt" is all "how many were hurt" asks; here the lorry, Millbrook and the driver find the passage.
    const q = analyseQuestion('how many lorry passengers were hurt near millbrook on sunday', corpus);
    expect(q.terms.has('injure')).toBe(false);
  });
  it('a word the article uses is never swapped for another', () => {
    expect(analyseQuestion('who was injured', corpus).corrected).toEqual([]);
  });
  it('verbs of many senses are not read as another word ("what did he get")', () => {
    expect(analyseQuestion('what did he get', corpus).corrected).toEqual([]);
  });
  it('a word of another part of speech does not stand in ("who won" is not the noun "victory")', () => {
    const sports = buildCorpus([{ id: 's.txt', text: 'Cup\n\nThe Rovers lost 2-0, a fine victory for the Wanderers.' }]);
    expect(analyseQuestion('who won the game', sports).terms.has('victory')).toBe(false);
  });
});
