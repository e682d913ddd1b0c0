import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { createCore } from '../../../src/index.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { cleanQuestion } from '../../../src/question/clean.js';
import { textOf } from '../../../src/propose/span.js';
import { positionCandidates } from '../../../src/propose/positions.js';
import { voicedBy } from '../../../src/retrieve/voices.js';

// A made-up council story: each party states its position in another way.
const ARTICLE = [
  'Council votes to close the night bus',
  'The Riverside Council voted on Tuesday to end the night bus service from January.',
  'The Transport Union condemned the decision as "a betrayal of shift workers".',
  'Mayor Helen Brandt said the service had lost money for six years.',
  'The Cyclists Alliance does not oppose the closure, but wants more bike lanes on the route.',
  'Many riders were unhappy, according to a survey by the Riverside Gazette.',
].join('\n\n');

const corpus = buildCorpus([{ id: 'bus.txt', text: ARTICLE }]);
const q = (text: string) => analyseQuestion(cleanQuestion(text), corpus);

describe('position questions: what someone thinks', () => {
  it('reads "what does X think", "how does X feel about Y" and "X\'s view" as asking for a position', () => {
    for (const text of ['what does the transport union think', 'how does the cyclists alliance feel about the closure', "what is the mayor's view on the bus", 'what did helen brandt think about it']) {
      const a = q(text);
      expect(a.asksPosition, text).toBe(true);
      expect(a.type, text).toBe('quote');
      // "think", "feel", "view" are not words to look up: the article states the position in its own words.
      expect([...a.terms.keys()].some((t) => ['think', 'feel', 'view'].includes(t)), text).toBe(false);
    }
  });
  it('leaves other uses of "think" alone', () => {
    expect(q('why does the union think the bus matters').asksPosition).toBe(false);
    expect(q('how many riders did the gazette think were unhappy').asksPosition).toBe(false);
    expect(q('what did the mayor think would happen').asksPosition).toBe(false);
  });
  it('proposes what the asked voice is quoted saying or the predicate it is the subject of', () => {
    const s = corpus.sentences.find((x) => x.text.includes('Cyclists Alliance'))!;
    const found = positionCandidates(s, q('what does the cyclists alliance think')).map((c) => textOf(s, c.start, c.end));
    expect(found.some((t) => t.startsWith('does not oppose the closure'))).toBe(true);
    // Another party's sentence gives no position for the asked one.
    expect(positionCandidates(s, q('what does the transport union think'))).toEqual([]);
  });
  it('answers from where the asked party states its position, not where it is only mentioned', () => {
    const core = createCore([{ id: 'bus.txt', text: ARTICLE }]);
    const a = core.ask('what does the transport union think');
    expect(a.answered).toBe(true);
    expect(a.passage).toContain('condemned the decision');
  });
});

describe('voicedBy: where a party states a position', () => {
  const text = [
    'Port levy debate',
    'The levy may hurt Norland Shipping, which has invested in new cranes and has long been wary of new taxes.',
    'The levy is seen by the Harbour Board as a fair price for dredging.',
    'Winning over the Harbour Board is critical for the mayor.',
  ].join('\n\n');
  const c = buildCorpus([{ id: 'levy.txt', text }]);
  const voiced = (question: string): string[] => {
    const asked = analyseQuestion(cleanQuestion(question), c);
    return c.sentences.filter((s) => voicedBy(s, asked.entities)).map((s) => s.text.slice(0, 30));
  };
  it('reads a relative clause about the party ("…, which has long been wary of new taxes")', () => {
    expect(voiced('what does norland shipping think about the levy')).toEqual(['The levy may hurt Norland Ship']);
  });
  it('reads the agent of a passive stance verb ("is seen by the Harbour Board as"), not an adjective without its object ("critical for")', () => {
    expect(voiced('what does the harbour board think of the levy')).toEqual(['The levy is seen by the Harbou']);
  });
});
