import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';

describe('questions about what someone said', () => {
  const corpus = buildCorpus([{ id: 's.txt', text: 'Talks\n\nThe mayor said the plan would help the harbour.' }]);
  it('ask for the whole report when nothing follows the reporting verb but its topic', () => {
    expect(analyseQuestion('What did the mayor say about the plan?', corpus).asksReport).toBe(true);
  });
  it('ask for a part of it when a clause follows ("say … would help")', () => {
    expect(analyseQuestion('What did the mayor say would help the harbour?', corpus).asksReport).toBe(false);
  });
});

describe('the shape of the question', () => {
  const corpus = buildCorpus([{ id: 's.txt', text: 'Talks\n\nAll efforts should be thrown at the talks, the envoy said in his view.' }]);
  it('a passive after two auxiliaries asks for its subject ("What should be thrown …?")', () => {
    expect(analyseQuestion('What should be thrown at the talks?', corpus).subjectQuestion).toBe(true);
    expect(analyseQuestion('What did the envoy throw at the talks?', corpus).subjectQuestion).toBe(false);
  });
  it('a verbless phrase after a comma is not the main clause\'s end ("…, in the envoy\'s view")', () => {
    expect([...analyseQuestion("What should be thrown at the talks, in the envoy's view?", corpus).finalWords]).toEqual(['talk']);
  });
});

describe('subject questions', () => {
  const corpus = buildCorpus([{ id: 'o.txt', text: 'Plans\n\nThe bridge plan was fiercely opposed by the farmers.' }]);
  it('may put an adverb before the verb ("Who fiercely opposed …?")', () => {
    expect(analyseQuestion('Who fiercely opposed the bridge plan?', corpus).subjectQuestion).toBe(true);
  });
});

describe('the main clause', () => {
  const corpus = buildCorpus([{ id: 'v.txt', text: 'The vote\n\nAfter the vote, the council closed the bridge as a political gesture.' }]);
  const endWord = (question: string): string | undefined => {
    const q = analyseQuestion(question, corpus);
    return q.tokens[q.mainEnd]?.lower ?? 'end';
  };
  it('ends at a side clause with words of its own, or a comma before a verbless phrase', () => {
    expect(endWord('What did the council do after the vote?')).toBe('after');
    expect(endWord('What did the council close, according to the mayor?')).toBe(',');
  });
  it('runs on past a side word with nothing of its own ("… a political gesture because of?")', () => {
    expect(endWord('What was the closing a political gesture because of?')).toBe('end');
  });
});
