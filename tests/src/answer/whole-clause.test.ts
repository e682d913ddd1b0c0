import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { wholeClause } from '../../../src/answer/whole-clause.js';
import type { Sentence } from '../../../src/article/model.js';
import { SEED } from '../seed.js';

const corpus = buildCorpus([SEED]);
const sentenceWith = (text: string): Sentence => corpus.sentences.find((s) => s.text.includes(text))!;

/** Bad short answers (each a stretch of a seed sentence) and the question they were given to. */
const BAD_FRAGMENTS: [question: string, fragment: string][] = [
  ['does russia support sanctions', 'support behind Mr. Obama on Iran, though American officials say the Russian'],
  ['what did the president appear to do', 'appeared to throw his support behind Mr. Obama on Iran, though American officials say the Russian'],
  ['what raised hopes', 'the talks in Geneva between Iran and'],
  ['what would iran allow', 'would allow United Nations inspectors to'],
  ['what does the administration argue', 'the threat of sanctions is crucial to the'],
  ['who was skeptical', 'Prime Minister Vladimir V. Putin, who has been skeptical of'],
  ['whose support', 'his'],
  ['what did the talks in geneva between iran and other countries raise', 'the talks in Geneva between Iran and other countries'],
];

/** Clean short answers that must stay as they are. */
const GOOD_PHRASES: [question: string, phrase: string][] = [
  ['Who is Russia\'s foreign minister?', 'Sergey V. Lavrov'],
  ['What would new sanctions be?', 'counterproductive'],
  ['What did Clinton say there must be?', 'a parallel track of sanctions'],
  ['What did Medvedev say publicly about Iran?', 'nothing'],
  ['How long before did Medvedev speak?', 'three weeks'],
  ['Where was Putin?', 'China'],
];

describe('the fragment guard', () => {
  for (const [question, fragment] of BAD_FRAGMENTS) {
    it(`"${fragment}" becomes a whole clause or the sentence`, () => {
      const s = sentenceWith(fragment);
      expect(s, fragment).toBeTruthy();
      const out = wholeClause(s, analyseQuestion(question, corpus), fragment)!;
      expect(out).not.toBe(fragment);
      expect(out).toContain(fragment);
      // It ends where a clause ends: at the sentence's end or before a clause mark.
      const after = s.text.slice(s.text.indexOf(out) + out.length).trimStart();
      expect(out === s.text || /^(?:[,;:.—–)”"]|$)/.test(after), `${out} | ${after.slice(0, 20)}`).toBe(true);
    });
  }
  for (const [question, phrase] of GOOD_PHRASES) {
    it(`"${phrase}" stays`, () => {
      const s = sentenceWith(phrase);
      expect(wholeClause(s, analyseQuestion(question, corpus), phrase)).toBe(phrase);
    });
  }
});
