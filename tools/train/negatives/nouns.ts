// 5. Another noun of the paragraph (SQuAD 2.0's neutral changes, 24%, and mutual exclusion, 15%).

import type { Corpus, Sentence } from '../../../src/article/model.js';
import type { Random } from '../../bench/random.js';
import { areSynonyms, wordClasses } from '../../../src/nlp/wordnet.js';
import type { Item } from '../data.js';
import { IRREGULAR_FORMS } from './inflection.js';
import { nameRuns } from './name-runs.js';
import { FRAME_NOUNS, firstHonest, goldSentences, negative, splice, touchesAnswer, wordsIn, type QuestionToken } from './shared.js';

interface NounUse {
  text: string;
  lemma: string;
  plural: boolean;
  sense: string;
}

const nounCache = new WeakMap<Corpus, Map<number, NounUse[]>>();

/** Tags that stand before a noun used as a noun ("the *band*", "her *tour*", "two *cities*", "of *music*"). */
const NOUN_LEFT = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PRON', 'PART']);

/**
 * Whether token i is a plain common noun: tagged so, in a noun's place (wink tags verbs after a
 * name as nouns: "Beyoncé *work* with", "Josef Kolmaš *states*"), no gerund, and not half of a
 * compound ("task *force*", "*music* video"), where another noun seldom fits.
 */
function plainNoun(tokens: readonly { text: string; lower: string; pos: string }[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !/^[a-z]{3,}$/.test(t.text) || t.lower.endsWith('ing') || IRREGULAR_FORMS.has(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // After "to" it is a verb more often than not ("to beat"); a particle before a noun is only the possessive "'s".
  if (!prev || !NOUN_LEFT.has(prev.pos) || prev.text === '-' || next?.text === '-' || prev.lower === 'to') return false;
  if (prev.pos === 'PART' && prev.lower !== "'s" && prev.lower !== '’s') return false;
  // "in exchange of", "on behalf of", "in charge of": a bare noun between two prepositions is a fixed phrase.
  if (prev.pos === 'ADP' && next?.lower === 'of') return false;
  return next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && !(next?.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN');
}

/** The common nouns of an article's sentences, one per (lemma, number), with their WordNet class. */
function nounsOf(sentences: readonly Sentence[]): NounUse[] {
  const seen = new Map<string, NounUse>();
  for (const s of sentences) {
    for (const [i, t] of s.tokens.entries()) {
      if (!plainNoun(s.tokens, i) || FRAME_NOUNS.has(t.lemma)) continue;
      const plural = t.lower !== t.lemma;
      const key = `${t.lemma}:${plural}`;
      if (seen.has(key)) continue;
      const sense = wordClasses(t.lemma, 'noun')[0];
      if (sense) seen.set(key, { text: t.lower, lemma: t.lemma, plural, sense });
    }
  }
  return [...seen.values()];
}

function articleNouns(corpus: Corpus): NounUse[] {
  let map = nounCache.get(corpus);
  if (!map) nounCache.set(corpus, (map = new Map()));
  let all = map.get(-1);
  if (!all) map.set(-1, (all = nounsOf(corpus.sentences.filter((s) => s.article === 0))));
  return all;
}

/**
 * Replaces one content noun of the question by another noun of the gold paragraph (the article
 * when the paragraph has none that fits) of the same WordNet class and number: "How many
 * *students* attend …" → "How many *teachers* attend …". Same class keeps the question plausible
 * and on topic; it is also how SQuAD 2.0's mutual-exclusion questions are made (a sibling that
 * excludes the original). The new noun is not in the question, not a synonym or form of the old
 * one and not in a gold answer. Framing nouns ("type", "name", "year") are never touched.
 * Undefined when no noun of the question has such a partner.
 */
export function swapNounNear(item: Item, corpus: Corpus, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const names = nameRuns(ws, item.question);
  const lemmas = new Set(ws.flatMap((w) => [w.lemma, w.lower]));
  const gold = goldSentences(item, corpus);
  const near = nounsOf(gold);
  const options = ws.flatMap((w, i) => {
    if (w.start < 0 || !plainNoun(ws, i) || FRAME_NOUNS.has(w.lemma) || FRAME_NOUNS.has(w.lower)) return [];
    if (names.some((n) => w.start < n.end && n.start < w.end) || touchesAnswer(item, w.text)) return [];
    const sense = wordClasses(w.lemma, 'noun')[0];
    if (!sense) return [];
    const plural = w.lower !== w.lemma;
    const fit = (pool: readonly NounUse[]): NounUse[] => pool.filter((n) =>
      n.plural === plural && n.sense === sense && !lemmas.has(n.lemma) && !lemmas.has(n.text)
      && n.lemma.slice(0, 4) !== w.lemma.slice(0, 4) && !areSynonyms(n.lemma, w.lemma, 'noun') && !touchesAnswer(item, n.text));
    const close = fit(near);
    const choices = close.length > 0 ? close : fit(articleNouns(corpus));
    return choices.length > 0 ? [{ w, choices }] : [];
  });
  if (options.length === 0) return undefined;
  const { w, choices } = rnd.pick(options);
  const question = firstHonest(rnd, choices, (n) => ({ question: splice(item.question, w.start, w.end, n.text), inserted: n.text }), gold);
  return question === undefined ? undefined : negative(item, 'noun', question);
}
