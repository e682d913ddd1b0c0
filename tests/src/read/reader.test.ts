import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import type { Sentence } from '../../../src/article/model.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { cleanQuestion } from '../../../src/question/clean.js';
import { retrieve } from '../../../src/retrieve/retrieve.js';
import { prepare } from '../../../src/pipeline.js';
import type { ReadStage as Stage } from '../../../src/read/read.js';
import { textOf } from '../../../src/propose/span.js';
import { featuresOf, pick, pickChecked, readerInput, scoreCandidates, spanClassOf, spanValue, type ReaderInput } from '../../../src/read/reader.js';
import { spanFeatures } from '../../../src/read/span-features.js';
import { DIMENSION, SPAN_CLASSES, SPAN_DENSE } from '../../../src/read/layout.js';
import { LEARNED } from '../../../src/learned.js';
import { Random } from '../../../tools/bench/random.js';

/** A short news story of our own, with one plain answer per question kind. */
const ARTICLE = `Harbor city opens new bridge after years of delay

The new Riverside Bridge opened to traffic on Tuesday after nearly six years of construction, city officials said.

Mayor Elena Vargas cut the ribbon at a ceremony in Portmouth, where about 3,000 residents gathered along the waterfront.

The project cost 240 million dollars and was paid for by the state and three private investors.

Engineers from Britain, France and China worked on the design, which uses a cable-stayed span of 400 meters.

The first cars crossed the bridge shortly after noon. The last ferry between the two shores will run in December, the transit agency said.

Officials proposed the harbor bridge after a storm destroyed the old pier. The harbor bridge was first proposed in 2015.`;

const corpus = buildCorpus([{ id: 'bridge', text: ARTICLE }]);

function stage(question: string): Stage {
  const r = prepare(corpus, question);
  expect(r.stage, `"${question}" reaches the learned reader`).toBeDefined();
  return r.stage!;
}

const candidateText = (input: ReaderInput, k: number): string => {
  const s = input.passages[input.owner[k]!]!.scored.sentence;
  return textOf(s, input.spans[k]!.start, input.spans[k]!.end);
};
const argmax = (scores: ArrayLike<number>): number => {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  return best;
};

/** Both ways of building a question's input: features kept (training), or scored as built (answering). */
function bothInputs(question: string, w: ArrayLike<number>): { kept: ReaderInput; scored: ReaderInput } {
  const q = analyseQuestion(cleanQuestion(question), corpus);
  const ranked = retrieve(q, corpus, 5);
  return { kept: readerInput(corpus, q, ranked), scored: readerInput(corpus, q, ranked, w) };
}

/**
 * The ranking set: plain questions whose answer the committed weights must score first among
 * every candidate of every retrieved sentence, with why it wins.
 */
const RANKING: { q: string; answer: RegExp; why: string; knownMiss?: boolean }[] = [
  { q: 'Who cut the ribbon?', answer: /^(Mayor )?Elena Vargas$/, why: 'a whole person name standing right before the question\'s verb, in the only sentence with "ribbon"' },
  { q: 'When did the bridge open?', answer: /^Tuesday$/, why: 'the one date right after "opened to traffic on"; "six years" is a duration, not a when' },
  { q: 'Where did residents gather?', answer: /^Portmouth$/, why: 'the only place in the sentence with "residents gathered", after "in"' },
  // Known miss since the refit with the news questions: "where about 3,000" (the clause) now
  // scores first; the judge still gives "about 3,000"-holding sentence, asserted to fail until it passes.
  { q: 'How many residents gathered along the waterfront?', answer: /^(about )?3,000$/, why: 'the cardinal right before "residents", the word the question counts' },
];

describe('the reader with the committed weights: ranking set', () => {
  for (const { q, answer, why, knownMiss } of RANKING) {
    (knownMiss ? it.fails : it)(`"${q}" → ${answer} first (${why})`, () => {
      const { input } = stage(q);
      const scores = scoreCandidates(input, LEARNED.reader);
      expect(scores.length).toBeGreaterThan(20);
      expect(candidateText(input, argmax(scores))).toMatch(answer);
    });
  }
});

describe('the reader: scoring as built and scoring kept features agree', () => {
  const QUESTIONS = ['Who cut the ribbon?', 'When did the bridge open?', 'Which countries worked on the design?', 'When will the first ferry run?'];

  for (const question of QUESTIONS) {
    it(`readerInput with weights scores as scoreCandidates does without ("${question}")`, () => {
      // Why: the answer path scores as it builds (no features kept) while training and the leads
      // score kept features; if they disagree, the shipped answers are not those the weights
      // and leads were chosen on.
      const rnd = new Random(11);
      for (const w of [LEARNED.reader, Float64Array.from({ length: DIMENSION }, () => rnd.next() * 2 - 1)]) {
        const { kept, scored } = bothInputs(question, w);
        expect(scored.spans).toEqual(kept.spans);
        expect([...scored.owner]).toEqual([...kept.owner]);
        expect(scored.passages.map((p) => p.ruleCandidate)).toEqual(kept.passages.map((p) => p.ruleCandidate));
        expect(scored.scores).toBeDefined();
        expect(scored.index).toHaveLength(0);
        const a = scoreCandidates(scored, w);
        const b = scoreCandidates(kept, w);
        expect(a).toHaveLength(b.length);
        // Kept features are stored as 32-bit floats, so the two agree to about 1e-6, not exactly.
        b.forEach((x, k) => expect(a[k], candidateText(kept, k)).toBeCloseTo(x, 4));
        expect(argmax(a)).toBe(argmax(b));
      }
    });
  }

  it('featuresOf an input built with weights gives each candidate the features kept without', () => {
    // Why: the confidence model reads the chosen candidate's features (spanValue, spanClassOf)
    // from the answer path's input, which recomputes them; they must be the kept ones.
    const { kept, scored } = bothInputs('Which countries worked on the design?', LEARNED.reader);
    expect(kept.index.length).toBeGreaterThan(0);
    for (let k = 0; k < kept.spans.length; k++) {
      const a = featuresOf(scored, k);
      const b = featuresOf(kept, k);
      expect(Array.from(a.index), candidateText(kept, k)).toEqual(Array.from(b.index));
      expect(Array.from(a.value, Math.fround)).toEqual(Array.from(b.value));
    }
    // And what the confidence model reads from them agrees.
    const best = argmax(scoreCandidates(scored, LEARNED.reader));
    expect(spanClassOf(scored, best)).toBe(spanClassOf(kept, best));
    SPAN_DENSE.forEach((_, d) => expect(spanValue(scored, best, d)).toBeCloseTo(spanValue(kept, best, d), 6));
    // A single country is a place either way (the whole list is no one name: class none).
    const china = kept.spans.findIndex((_, k) => candidateText(kept, k) === 'China');
    expect(SPAN_CLASSES[spanClassOf(kept, china)]).toBe('place');
    expect(SPAN_CLASSES[spanClassOf(scored, china)]).toBe('place');
  });

  it('featuresOf a kept input is the stored slice, the same as spanFeatures of that span', () => {
    // Why: the stored features must be each candidate's own, not shifted by one (offsets).
    const { kept } = bothInputs('Who cut the ribbon?', LEARNED.reader);
    for (const k of [0, 1, Math.floor(kept.spans.length / 2), kept.spans.length - 1]) {
      const c = kept.contexts[kept.owner[k]!]!;
      const index: number[] = [];
      spanFeatures(c, [kept.spans[k]!], () => {}, (i) => index.push(i));
      expect(Array.from(featuresOf(kept, k).index)).toEqual(index);
    }
  });
});

describe('the reader: picking', () => {
  it('takes the best-scoring span of every passage; `only` keeps to one passage', () => {
    // Why: no hand-set lead keeps a rule's answer any more: the reader's best is its pick, and the
    // judge decides whether to show it short or as the sentence.
    const { input } = stage('When did officials propose the harbor bridge after the storm?');
    const scores = scoreCandidates(input, LEARNED.reader);
    const best = argmax(scores);
    expect(pick(input, scores)!.best).toBe(best);
    expect(input.owner[best]).not.toBe(0);
    expect(input.owner[pick(input, scores, 0)!.best]).toBe(0);
  });

  it('reports a probability, the passage\'s share and the margin', () => {
    // Why: these are the judge's first three features.
    const { input } = stage('When did the bridge open?');
    const scores = scoreCandidates(input, LEARNED.reader);
    const r = pick(input, scores)!;
    expect(r.best).toBe(argmax(scores));
    expect(r.prob).toBeGreaterThan(0);
    expect(r.prob).toBeLessThanOrEqual(r.passageProb);
    expect(r.passageProb).toBeLessThanOrEqual(1);
    expect(Math.abs(r.margin)).toBeLessThanOrEqual(5);
    expect(pick(input, new Float64Array(0))).toBeUndefined();
  });

  it('pickChecked falls back to the rules\' passage when the picked one answers another question', () => {
    // Why: a passage that answers another question (abstain.ts: "last" where "first" is asked,
    // a swapped word …) must not be read just because the reader scores it higher; the rules'
    // passage is read instead, with its own problem (none). The check is passed in: here it
    // flags whatever sentence the free pick lands on.
    const { input } = stage('When did officials propose the harbor bridge after the storm?');
    const scores = scoreCandidates(input, LEARNED.reader);
    const picked = pick(input, scores)!;
    const pickedSentence = input.passages[input.owner[picked.best]!]!.scored.sentence;
    expect(input.owner[picked.best]).not.toBe(0);
    const flagged = (s: Sentence): string | undefined => (s === pickedSentence ? 'it answers another question' : undefined);
    const checked = pickChecked(input, scores, 0, flagged)!;
    expect(input.owner[checked.reading.best]).toBe(0);
    expect(checked.problem).toBeUndefined();
    // Nothing flagged: the pick stands.
    const clean = pickChecked(input, scores, 0, () => undefined)!;
    expect(clean.reading.best).toBe(picked.best);
    expect(clean.problem).toBeUndefined();
    // The rules' own passage flagged: nothing to fall back to, so the pick stands with its problem.
    const own = pickChecked(input, scores, input.owner[picked.best], flagged)!;
    expect(own.reading.best).toBe(picked.best);
    expect(own.problem).toBe('it answers another question');
  });
});
