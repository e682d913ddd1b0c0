import type { Corpus } from '../../src/article/model.js';
import type { Random } from '../../bench/random.js';
import type { Item } from './data.js';
import { normalize } from './judge.js';

/**
 * Unanswerable questions made the way SQuAD 2.0's writers made them, from answerable ones:
 * the question asked against an article that does not hold its answer, one of its names swapped
 * for another name of the same kind from the same article, or a year it names moved.
 */

/** Whether the article's text holds any gold answer (then it is no honest negative). */
function holdsAnswer(text: string, item: Item): boolean {
  const t = normalize(text);
  return item.answers.some((a) => t.includes(normalize(a)));
}

/** The question with one article name replaced by another of the same kind, if it names one. */
export function swapName(item: Item, corpus: Corpus, rnd: Random): Item | undefined {
  const entities = [...corpus.articles[0]!.entities.values()].filter((e) => e.name.length >= 4);
  const lower = item.question.toLowerCase();
  const named = entities.filter((e) => lower.includes(e.name.toLowerCase()) && !/^\p{Ll}/u.test(e.name));
  if (named.length === 0) return undefined;
  const from = rnd.pick(named);
  const kind = (e: typeof from): string => (e.person ? 'p' : e.place ? 'l' : 'o');
  const others = entities.filter((e) => kind(e) === kind(from) && e.key !== from.key && !lower.includes(e.name.toLowerCase()) && !e.forms.has(from.key));
  if (others.length === 0) return undefined;
  const to = rnd.pick(others);
  const at = lower.indexOf(from.name.toLowerCase());
  const question = item.question.slice(0, at) + to.name + item.question.slice(at + from.name.length);
  return { ...item, id: `${item.id}#name`, question, answers: [], evidence: [] };
}

/** The question with a year it names moved by a few years, if it names one. */
export function moveYear(item: Item, rnd: Random): Item | undefined {
  const m = /\b(1[5-9]\d\d|20[0-2]\d)\b/.exec(item.question);
  if (!m) return undefined;
  const year = Number(m[1]) + rnd.pick([-7, -4, -3, 3, 5, 9]);
  return { ...item, id: `${item.id}#year`, question: item.question.replace(m[1]!, String(year)), answers: [], evidence: [] };
}

/** Whether a negative asked of another article is honest: that article lacks every gold answer. */
export function foreignOk(item: Item, text: string): boolean {
  return !holdsAnswer(text, item);
}

const words = new WeakMap<Corpus, Map<string, string[]>>();
function wordsOf(corpus: Corpus): Map<string, string[]> {
  return words.get(corpus) ?? words.set(corpus, new Map()).get(corpus)!;
}

/**
 * The question with one content word (a noun, adjective or verb the article uses) replaced by
 * another word of the same part of speech from the same article: a neutral change that leaves a
 * question the article most likely does not answer ("What is the largest *lake* …" → "… *bridge* …").
 */
export function swapWord(item: Item, corpus: Corpus, rnd: Random, tokens: readonly { text: string; pos: string; lemma: string }[]): Item | undefined {
  const byPos = wordsOf(corpus);
  if (byPos.size === 0) for (const s of corpus.sentences) {
    for (const t of s.tokens) {
      if (!['NOUN', 'ADJ', 'VERB'].includes(t.pos) || t.text.length < 4 || !/^\p{Ll}+$/u.test(t.text)) continue;
      (byPos.get(t.pos) ?? byPos.set(t.pos, []).get(t.pos)!).push(t.text);
    }
  }
  const lemmas = new Set(tokens.map((t) => t.lemma));
  const open = tokens.filter((t) => byPos.has(t.pos) && t.text.length >= 4 && /^\p{Ll}+$/u.test(t.text) && corpus.postings.has(t.lemma));
  if (open.length === 0) return undefined;
  const from = rnd.pick(open);
  const choices = byPos.get(from.pos)!.filter((w) => !lemmas.has(w) && w !== from.text);
  if (choices.length === 0) return undefined;
  const to = rnd.pick(choices);
  const at = item.question.search(new RegExp(`\\b${from.text}\\b`));
  if (at < 0) return undefined;
  return { ...item, id: `${item.id}#word`, question: item.question.slice(0, at) + to + item.question.slice(at + from.text.length), answers: [], evidence: [] };
}
