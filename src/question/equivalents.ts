import type { Corpus } from '../article/model.js';
import { equivalentsOf, type Equivalent } from '../article/equivalents.js';
import type { Token } from '../nlp/wink.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { wordPos } from '../nlp/wordnet.js';

/**
 * The weight of an article word read for a question word it never uses ("injure" for "hurt"):
 * less than the word itself, as a paraphrase is weaker evidence, but counted like a word, so a
 * passage that says it in other words is not refused for "never mentioning" it.
 */
export const EQUIVALENT_WEIGHT = 0.7;

/**
 * Other looked-up terms a question may have for its unknown word to be read as the article's:
 * only a short question, where that word is most of what is asked ("was anyone hurt", "who is his
 * dad"). In a longer one the other words find the passage, and a word the article never uses is
 * more often what it does not say (read in every question: SQuAD 2.0 abstentions 0.355 → 0.352).
 */
const MAX_OTHER_TERMS = 1;

/**
 * Verbs of many senses that mean little alone ("get", "make", "hold"): WordNet links them to
 * half the language ("happen" → "find", "need" → "take"), so they are never read as another word.
 */
const GENERAL_VERBS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'get', 'make', 'take', 'give', 'go', 'come', 'put', 'set', 'hold', 'keep', 'let', 'happen', 'need', 'want',
  'become', 'seem', 'find', 'use', 'see', 'show', 'bring', 'turn', 'run', 'leave', 'mean', 'work', 'call', 'try', 'play',
]);

/**
 * The article's word for a question word it never uses, by lemma or stem ("how many were hurt"
 * → "injure", "who is his dad" → "father"; see article/equivalents.ts): of the same part of
 * speech (the verb "hurt" is the verb "injure", not the noun "injury"), the closest link, then
 * the word the article uses most. Names (capitalised inside the question) are not read as words.
 */
export function equivalentOf(t: Token, at: number, corpus: Corpus): Equivalent | undefined {
  if (!isContent(t) || !wordPos(t.pos) || GENERAL_VERBS.has(t.lemma) || (at > 0 && /^\p{Lu}/u.test(t.text)) || !/^[a-z]+$/.test(t.lemma)) return undefined;
  if (corpus.postings.has(t.lemma) || corpus.postings.has(`s:${t.stem}`)) return undefined;
  const found = equivalentsOf(corpus).get(t.lemma);
  if (!found) return undefined;
  // The same part of speech only: "who won the game" is not asked by the article's noun "victory"
  // (a "win"), which it may deny ("lost their game … Seattle's victory").
  const pos = wordPos(t.pos);
  const uses = (e: Equivalent): number => corpus.postings.get(e.lemma)?.length ?? 0;
  // Not the article word's own synonyms: retrieval already reads those as paraphrase, and on the
  // validation questions counting them as the asked word ("honour" for "award", "cost" for "toll")
  // answered questions the article leaves open.
  // Nor a verb the asked verb is a kind of ("count" is a way to "find", "publish" to "create"):
  // general verbs say too little. A noun that is a kind of the article's ("dad" of "father") is
  // read as it; the article's verb for the asked verb's noun ("hurt" ~ "injury" ~ "injure") first.
  const fits = (e: Equivalent): boolean => e.pos === pos && (e.distance === 2 || (e.distance === 1 && pos === 'noun'));
  return found.filter(fits).sort((a, b) => b.distance - a.distance || uses(b) - uses(a))[0];
}

/**
 * Reads, in a short question, each word the article never uses as the article's word for it
 * ("how many were hurt" → "injure"): its terms are replaced in `terms` (at EQUIVALENT_WEIGHT) and
 * `lemmas`. Returns the readings as [typed, read], for the reply to say how it read the question.
 */
export function applyEquivalents(tokens: readonly Token[], terms: Map<string, number>, lemmas: Set<string>, corpus: Corpus): [string, string][] {
  const read: [string, string][] = [];
  const lookedUp = (ts: Iterable<string>): number => [...ts].filter((k) => !k.startsWith('s:')).length;
  const total = lookedUp(terms.keys());
  tokens.forEach((t, i) => {
    const short = total - lookedUp(tokenTerms(t)) <= MAX_OTHER_TERMS;
    const e = short && terms.has(t.lemma) ? equivalentOf(t, i, corpus) : undefined;
    if (!e || terms.has(e.lemma)) return;
    for (const term of tokenTerms(t)) terms.delete(term);
    terms.set(e.lemma, EQUIVALENT_WEIGHT);
    lemmas.add(e.lemma);
    read.push([t.text, e.lemma]);
  });
  return read;
}
