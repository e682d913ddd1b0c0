import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import type { Sentence } from '../../../src/article/model.js';
import { candidateSpans, MAX_SPAN, type Span } from '../../../src/read/spans.js';
import { textOf } from '../../../src/propose/span.js';

/** A short news story of our own: lists, figures, a long sentence, and plenty of function words. */
const ARTICLE = `Harbor city opens new bridge after years of delay

The new Riverside Bridge opened to traffic on Tuesday after nearly six years of construction, city officials said.

Engineers from Britain, France and China worked on the design, which uses a cable-stayed span of 400 meters.

The project cost 240 million dollars and was paid for by the state and three private investors.`;

const corpus = buildCorpus([{ id: 'bridge', text: ARTICLE }]);
const sentenceWith = (text: string): Sentence => corpus.sentences.find((s) => s.text.includes(text))!;
const texts = (s: Sentence): string[] => candidateSpans(s).map((sp) => textOf(s, sp.start, sp.end));

/** Parts of speech no phrase opens on, and none it closes on (spans.ts's promise). */
const NO_START = new Set(['CCONJ', 'PUNCT', 'ADP', 'SCONJ', 'AUX', 'PART', 'SYM']);
const NO_END = new Set(['CCONJ', 'PUNCT', 'ADP', 'DET', 'SCONJ', 'AUX', 'SYM']);

describe('candidate spans', () => {
  it('never open or close on punctuation, a conjunction, a preposition (or an auxiliary, or a closing article)', () => {
    // Why: the reader can only pick what is offered; "and China" or "Britain," would be answers
    // with a ragged edge that the F1 scorer and a person both count as wrong.
    let checked = 0;
    for (const s of corpus.sentences) {
      for (const sp of candidateSpans(s)) {
        const first = s.tokens[sp.start]!;
        const last = s.tokens[sp.end - 1]!;
        expect(NO_START.has(first.pos), `opens on ${first.text}/${first.pos}: ${textOf(s, sp.start, sp.end)}`).toBe(false);
        expect(NO_END.has(last.pos), `closes on ${last.text}/${last.pos}: ${textOf(s, sp.start, sp.end)}`).toBe(false);
        expect(first.text).toMatch(/[\p{L}\p{N}]/u);
        expect(last.text).toMatch(/[\p{L}\p{N}]/u);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps the phrases an answer needs and drops their ragged neighbours', () => {
    // Why: the whole enumeration and the whole figure must be candidates (the plural and
    // how-much questions want them); their ragged variants must not be.
    const design = texts(sentenceWith('Engineers from Britain'));
    expect(design).toContain('Britain, France and China');
    expect(design).toContain('400 meters');
    expect(design).not.toContain('Britain,');
    expect(design).not.toContain('and China');
    expect(design).not.toContain('from Britain');
    expect(design).not.toContain('on the');
    const cost = texts(sentenceWith('The project cost'));
    expect(cost).toContain('240 million dollars');
    expect(cost).not.toContain('the state and');
  });

  it('are at most MAX_SPAN tokens long, and do reach that length in a long sentence', () => {
    // Why: the cap keeps a sentence's candidates to a few hundred; a cap of 6 by mistake would
    // silently drop every 7-token answer, so the longest ones must be there too.
    const s = sentenceWith('The new Riverside Bridge opened');
    const lengths = candidateSpans(s).map((sp) => sp.end - sp.start);
    expect(Math.max(...lengths)).toBe(MAX_SPAN);
    for (const x of corpus.sentences) {
      for (const sp of candidateSpans(x)) {
        expect(sp.end - sp.start).toBeGreaterThanOrEqual(1);
        expect(sp.end - sp.start).toBeLessThanOrEqual(MAX_SPAN);
        expect(sp.end).toBeLessThanOrEqual(x.tokens.length);
      }
    }
  });

  it('lists each span once', () => {
    // Why: a duplicate candidate would take twice its share of the softmax in training.
    for (const s of corpus.sentences) {
      const keys = candidateSpans(s).map((sp: Span) => `${sp.start}:${sp.end}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('are remembered per sentence: the same array twice, another sentence its own', () => {
    // Why: the reader asks for a sentence's spans once per question; recomputing would cost
    // time, and a cache keyed wrongly would hand one sentence another's spans.
    const a = sentenceWith('Engineers from Britain');
    const b = sentenceWith('The project cost');
    const first = candidateSpans(a);
    expect(candidateSpans(a)).toBe(first);
    expect(candidateSpans(b)).not.toBe(first);
    expect(texts(b)).toContain('240 million dollars');
    expect(texts(a)).not.toContain('240 million dollars');
  });
});
