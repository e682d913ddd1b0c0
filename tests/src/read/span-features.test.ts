import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { cleanQuestion } from '../../../src/question/clean.js';
import { retrieve } from '../../../src/retrieve/retrieve.js';
import { textOf } from '../../../src/propose/span.js';
import { readerInput } from '../../../src/read/reader.js';
import { qKindOf, scoreSpans, spanFeatures, type SpanContext } from '../../../src/read/span-features.js';
import { cell, DIMENSION, QKINDS, SPAN_DENSE } from '../../../src/read/layout.js';
import { Random } from '../../../tools/bench/random.js';

/** A short news story of our own: a list of countries, a named subject, a quote, figures. */
const ARTICLE = `Harbor city opens new bridge after years of delay

The new Riverside Bridge opened to traffic on Tuesday after nearly six years of construction, city officials said.

Mayor Elena Vargas cut the ribbon at a ceremony in Portmouth, where about 3,000 residents gathered along the waterfront.

Engineers from Britain, France and China worked on the design, which uses a cable-stayed span of 400 meters.

Daniel Okafor, a local council member, said the money should have gone to schools.`;

const corpus = buildCorpus([{ id: 'bridge', text: ARTICLE }]);

/** The reader's span contexts for a question, as readerInput builds them over the retrieved sentences. */
function contextsFor(question: string): SpanContext[] {
  const q = analyseQuestion(cleanQuestion(question), corpus);
  return readerInput(corpus, q, retrieve(q, corpus, 5)).contexts;
}

/** The context of the retrieved sentence holding `text`. */
function contextWith(question: string, text: string): SpanContext {
  const c = contextsFor(question).find((x) => x.s.text.includes(text));
  expect(c, `"${text}" retrieved for "${question}"`).toBeTruthy();
  return c!;
}

/** Every span's features as index → value (values of a repeated index summed, as a dot product sees them). */
function materialised(c: SpanContext): Map<number, number>[] {
  const out: Map<number, number>[] = [];
  spanFeatures(c, c.spans, () => out.push(new Map()), (i, v) => {
    const m = out[out.length - 1]!;
    m.set(i, (m.get(i) ?? 0) + v);
  });
  return out;
}

/** The span whose text is `text` in the context's sentence. */
function spanIndex(c: SpanContext, text: string): number {
  const k = c.spans.findIndex((sp) => textOf(c.s, sp.start, sp.end) === text);
  expect(k, `span "${text}" among the candidates`).toBeGreaterThanOrEqual(0);
  return k;
}

const D = (name: (typeof SPAN_DENSE)[number]): number => SPAN_DENSE.indexOf(name);
/** A dense span feature's value for one span, read from the `span` template and checked against `span×kind`. */
function dense(features: Map<number, number>, name: (typeof SPAN_DENSE)[number], kind: number): number {
  const plain = features.get(cell('span', D(name))) ?? 0;
  expect(features.get(cell('span×kind', D(name), kind)) ?? 0).toBe(plain);
  return plain;
}

describe('span features: scoring and materialising agree', () => {
  const QUESTIONS = ['Who cut the ribbon?', 'Which countries worked on the design?', 'How many residents gathered along the waterfront?', 'What did Daniel Okafor say?'];
  for (const question of QUESTIONS) {
    it(`scoreSpans is w · spanFeatures for every span ("${question}")`, () => {
      // Why: the answer path scores with scoreSpans (start and end parts summed once per token)
      // while training and the confidence model read spanFeatures; a feature written in one part
      // but depending on the other edge would make the two disagree, and the learned weights
      // would then be applied to features they were not fitted on.
      const rnd = new Random(7);
      const w = Float64Array.from({ length: DIMENSION }, () => rnd.next() * 2 - 1);
      const contexts = contextsFor(question);
      expect(contexts.length).toBeGreaterThan(0);
      for (const c of contexts) {
        const scores = scoreSpans(c, c.spans, w);
        const features = materialised(c);
        expect(scores).toHaveLength(c.spans.length);
        expect(features).toHaveLength(c.spans.length);
        features.forEach((f, k) => {
          let dot = 0;
          for (const [i, v] of f) dot += w[i]! * v;
          expect(scores[k], `${c.s.text} [${textOf(c.s, c.spans[k]!.start, c.spans[k]!.end)}]`).toBeCloseTo(dot, 9);
        });
      }
    });
  }

  it('scores a span the same alone, in another order, or among all', () => {
    // Why: scoreSpans caches start and end parts per token; the cache must not leak a score
    // from one span's edge into a span with a different edge.
    const c = contextWith('Who cut the ribbon?', 'Mayor Elena Vargas');
    const rnd = new Random(3);
    const w = Float64Array.from({ length: DIMENSION }, () => rnd.next() - 0.5);
    const all = scoreSpans(c, c.spans, w);
    const reversed = scoreSpans(c, [...c.spans].reverse(), w);
    c.spans.forEach((sp, k) => {
      expect(reversed[c.spans.length - 1 - k]).toBeCloseTo(all[k]!, 12);
      if (k % 17 === 0) expect(scoreSpans(c, [sp], w)[0]).toBeCloseTo(all[k]!, 12);
    });
  });
});

describe('span features: what the comments promise fires', () => {
  it('the whole enumeration is a list, and a list for a plural question', () => {
    // Why: "Which countries …?" wants "Britain, France and China", not its nearest member; the
    // list features are what lets the reader prefer the whole list over "China".
    const c = contextWith('Which countries worked on the design?', 'Britain, France and China');
    expect(c.q.focusPlural).toBe(true);
    const f = materialised(c);
    const whole = f[spanIndex(c, 'Britain, France and China')]!;
    expect(dense(whole, 'list', c.kind)).toBeCloseTo(Math.log2(3), 6);
    expect(dense(whole, 'listForPlural', c.kind)).toBeCloseTo(Math.log2(3), 6);
    // Two members, and a list that goes on past its end.
    const part = f[spanIndex(c, 'Britain, France')]!;
    expect(dense(part, 'list', c.kind)).toBeCloseTo(1, 6);
    expect(dense(part, 'listCut', c.kind)).toBe(1);
    expect(dense(whole, 'listCut', c.kind)).toBe(0);
    // One member is no list.
    const one = f[spanIndex(c, 'China')]!;
    expect(dense(one, 'list', c.kind)).toBe(0);
    expect(dense(one, 'listForPlural', c.kind)).toBe(0);
  });

  it('a list for a question that is not plural gets no listForPlural', () => {
    // Why: "Where did the engineers come from?" is answered by one place as often as by a list;
    // only a plural focus should add the plural weight.
    const c = contextWith('Where did the engineers come from?', 'Britain, France and China');
    expect(c.q.focusPlural).toBeFalsy();
    const whole = materialised(c)[spanIndex(c, 'Britain, France and China')]!;
    expect(dense(whole, 'list', c.kind)).toBeCloseTo(Math.log2(3), 6);
    expect(dense(whole, 'listForPlural', c.kind)).toBe(0);
  });

  it('the subject before the question\'s verb is the whole subject of a subject question', () => {
    // Why: "Who cut the ribbon?" is answered by everything before "cut" from the clause's start
    // ("Mayor Elena Vargas"); a part of it ("Elena Vargas") stands in the subject slot but is not
    // the whole subject, and the object ("the ribbon") is neither.
    const c = contextWith('Who cut the ribbon?', 'Mayor Elena Vargas cut the ribbon');
    expect(c.q.subjectQuestion).toBe(true);
    expect(c.kind).toBe(QKINDS.indexOf('person'));
    const f = materialised(c);
    const whole = f[spanIndex(c, 'Mayor Elena Vargas')]!;
    expect(dense(whole, 'wholeSubject', c.kind)).toBe(1);
    expect(dense(whole, 'subjectSlot', c.kind)).toBe(1);
    const part = f[spanIndex(c, 'Elena Vargas')]!;
    expect(dense(part, 'wholeSubject', c.kind)).toBe(0);
    expect(dense(part, 'subjectSlot', c.kind)).toBe(1);
    expect(dense(f[spanIndex(c, 'the ribbon')]!, 'wholeSubject', c.kind)).toBe(0);
    // The kind-specific features sit in the person row, nowhere else.
    expect(whole.get(cell('span×kind', D('wholeSubject'), QKINDS.indexOf('time')))).toBeUndefined();
  });

  it('no subject features for a question that asks for an object', () => {
    // Why: "Where did residents gather?" asks no subject; the subject slot must stay silent.
    const c = contextWith('Where did residents gather?', 'Mayor Elena Vargas');
    expect(c.q.subjectQuestion).toBe(false);
    const whole = materialised(c)[spanIndex(c, 'Mayor Elena Vargas')]!;
    expect(dense(whole, 'wholeSubject', c.kind)).toBe(0);
    expect(dense(whole, 'subjectSlot', c.kind)).toBe(0);
  });

  it('the question kind is the answer type, with "what X" told from a bare "what"', () => {
    // Why: the kind picks the row of every ×kind template.
    const kind = (question: string): string => QKINDS[qKindOf(analyseQuestion(cleanQuestion(question), corpus))]!;
    expect(kind('Who cut the ribbon?')).toBe('person');
    expect(kind('When did the bridge open?')).toBe('time');
    expect(kind('How many residents gathered along the waterfront?')).toBe('number');
    expect(kind('Which countries worked on the design?')).toBe('place');
  });
});
