import type { Corpus } from '../../../src/article/model.js';
import type { Random } from '../../bench/random.js';
import type { Item } from '../data.js';
import { antonymSwap } from './antonyms.js';
import { swapNameNear } from './names.js';
import { negate } from './negation.js';
import { swapNounNear } from './nouns.js';
import { swapNumber } from './numbers.js';
import type { QuestionToken } from './shared.js';

/**
 * Unanswerable questions made the way SQuAD 2.0's writers made them, from answerable ones
 * (Rajpurkar et al. 2018, table 3): a negation put in or taken out, an antonym swapped in, another
 * entity of the paragraph swapped in, another number, another noun of the paragraph (the neutral
 * and mutual-exclusion changes); and the older kinds: the question asked against an article that
 * does not hold its answer, a year moved.
 * Every made-up question stays on its paragraph's topic, as the human ones do, so the abstention
 * model cannot tell them apart from answerable ones by topic alone.
 */

export { antonymSwap } from './antonyms.js';
export { swapNameNear } from './names.js';
export { negate } from './negation.js';
export { swapNounNear } from './nouns.js';
export { moveYear, swapNumber } from './numbers.js';
export { foreignOk, type QuestionToken } from './shared.js';

/** The kinds `negativesOf` makes, by the id suffix each gives. */
export type NegativeKind = 'name2' | 'number' | 'antonym' | 'negation' | 'noun';

/**
 * SQuAD 2.0's shares of unanswerable questions (table 3) for the kinds made here: entity swap 21%,
 * antonym 20%, negation 9%, impossible condition 4%, and 39% for the neutral and mutual-exclusion
 * changes together (both come out of the noun swap). The other 7% ("other") have no generator.
 */
export const SQUAD2_SHARES: Readonly<Record<NegativeKind, number>> = Object.freeze({ name2: 0.21, antonym: 0.2, negation: 0.09, number: 0.04, noun: 0.39 });

/**
 * How often each generator applies to a SQuAD v1.1 training question (measured on
 * squad-v1.1-train-11 with /tmp/neg-sample.mjs): trying each with probability
 * rate × share / applies makes the counts come out near the shares.
 */
export const APPLIES: Readonly<Record<NegativeKind, number>> = Object.freeze({ name2: 0.63, antonym: 0.355, negation: 0.48, number: 0.086, noun: 0.545 });

/** Made-up negatives per training question, on average, by default. */
export const NEGATIVE_RATE = 0.75;

/**
 * A mix of unanswerable questions made from one answerable one, in SQuAD 2.0's proportions over a
 * training set: each generator is tried with a probability that corrects for how often it applies.
 * `tokens` is the question's analysis (wink tokens), passed in so the question is analysed once.
 * The foreign-article and moved-year negatives are not in the mix; the caller adds those.
 * Deterministic given the Random.
 */
export function negativesOf(item: Item, corpus: Corpus, rnd: Random, tokens: readonly QuestionToken[], rate = NEGATIVE_RATE): Item[] {
  const make: Record<NegativeKind, () => Item | undefined> = {
    name2: () => swapNameNear(item, corpus, rnd),
    number: () => swapNumber(item, corpus, rnd, tokens),
    antonym: () => antonymSwap(item, rnd, tokens),
    negation: () => negate(item, rnd, tokens),
    noun: () => swapNounNear(item, corpus, rnd, tokens),
  };
  const out: Item[] = [];
  for (const kind of Object.keys(SQUAD2_SHARES) as NegativeKind[]) {
    if (!rnd.chance(Math.min(1, (rate * SQUAD2_SHARES[kind]) / APPLIES[kind]))) continue;
    const made = make[kind]();
    if (made) out.push(made);
  }
  return out;
}
