import type { Corpus, Sentence } from '../../../src/article/model.js';
import type { Random } from '../../bench/random.js';
import { analyse, foldText, type Token } from '../../../src/nlp/wink.js';
import type { Item } from '../data.js';
import { normalize } from '../judge.js';

// Shared pieces: the question's words with their places, the gold paragraph, splicing, whether a
// swap leaves an answer, and the check that a made-up question is not still answered.

/** The old generators' fallback check: whether the article's text holds any gold answer. */
function holdsAnswer(text: string, item: Item): boolean {
  const t = normalize(text);
  return item.answers.some((a) => t.includes(normalize(a)));
}

/** Whether a negative asked of another article is honest: that article lacks every gold answer. */
export function foreignOk(item: Item, text: string): boolean {
  return !holdsAnswer(text, item);
}

/** A question token as callers may hand it over (wink's `Token` fits). */
export type QuestionToken = Pick<Token, 'text' | 'pos' | 'lemma'> & { entity?: string };

/** A question word with its character range in the question (start -1 when it could not be placed). */
export interface Word {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  entity?: string;
  start: number;
  end: number;
}

/**
 * The question's words, placed in the question. wink's offsets are sentence-relative and callers
 * may pass tokens without any, so each token is found again, left to right; a token wink wrote
 * differently from the text (it normalises a few characters) gets start -1 and is never edited.
 */
export function wordsIn(question: string, tokens?: readonly QuestionToken[]): Word[] {
  const toks = tokens ?? analyse(question).flatMap((s) => s.tokens);
  const out: Word[] = [];
  let cursor = 0;
  for (const t of toks) {
    const at = question.indexOf(t.text, cursor);
    const placed = at >= 0 && question.slice(cursor, at).trim() === '';
    if (placed) cursor = at + t.text.length;
    out.push({ text: t.text, lower: foldText(t.text.toLowerCase()), lemma: t.lemma, pos: t.pos, entity: t.entity, start: placed ? at : -1, end: placed ? at + t.text.length : -1 });
  }
  return out;
}

/** A negative made from `item`, or undefined when the edit left the question as it was. */
export function negative(item: Item, kind: string, question: string): Item | undefined {
  if (question === item.question || normalize(question) === normalize(item.question)) return undefined;
  return { ...item, id: `${item.id}#${kind}`, question, answers: [], evidence: [] };
}

/** Whether a word opens with a vowel sound, for "a"/"an" ("an hour", "a university", "an 8"). */
function vowelSound(word: string): boolean {
  if (/^(hour|honest|honou?r|heir)/i.test(word)) return true;
  if (/^(uni|use|usu|ura|uro|eu|ewe|one|once)/i.test(word)) return false;
  return /^[aeiou]/i.test(word) || /^(8|11|18)(\D|$)/.test(word);
}

/**
 * The question with [start, end) replaced by `text`: a preceding "a"/"an" made to agree with the
 * new word ("an album" → "a song"), and the first letter kept upper case when the edit is at the start.
 */
export function splice(question: string, start: number, end: number, text: string): string {
  let before = question.slice(0, start);
  let insert = text;
  if (before.trim() === '' && /^\p{Lu}/u.test(question.slice(start))) insert = insert.charAt(0).toUpperCase() + insert.slice(1);
  const article = /(^|\s)(a|an|A|An)(\s+)$/.exec(before);
  if (article && /^\p{L}|^\d/u.test(insert)) {
    const want = vowelSound(insert) ? 'an' : 'a';
    const was = article[2]!;
    const agreed = /^A/.test(was) ? want.charAt(0).toUpperCase() + want.slice(1) : want;
    before = before.slice(0, article.index + article[1]!.length) + agreed + article[3];
  }
  return before + insert + question.slice(end);
}

// Gold-paragraph sentences per corpus: the same article serves hundreds of questions.
const paragraphs = new WeakMap<Corpus, Map<number, Sentence[]>>();

/**
 * The sentences of the item's gold paragraph (jsonl `paragraph` p is `Sentence.paragraph` p+1:
 * both count the article body's paragraphs in order, checked on squad-v1.1-train-11), or none.
 */
export function goldSentences(item: Item, corpus: Corpus): Sentence[] {
  if (item.paragraph === undefined) return [];
  let byParagraph = paragraphs.get(corpus);
  if (!byParagraph) {
    byParagraph = new Map();
    for (const s of corpus.sentences) {
      if (s.article !== 0) continue;
      (byParagraph.get(s.paragraph) ?? byParagraph.set(s.paragraph, []).get(s.paragraph)!).push(s);
    }
    paragraphs.set(corpus, byParagraph);
  }
  return byParagraph.get(item.paragraph + 1) ?? [];
}

/** Whether normalised `inner` occurs as whole words in normalised `outer`. */
export function containsWords(outer: string, inner: string): boolean {
  const o = ` ${normalize(outer)} `;
  const i = normalize(inner);
  return i.length > 0 && o.includes(` ${i} `);
}

/** Whether `text` overlaps a gold answer (holds it, or is held by it): swapping it in would leave an answer. */
export function touchesAnswer(item: Item, text: string): boolean {
  return item.answers.some((a) => containsWords(a, text) || containsWords(text, a));
}

/** Verbs and words that carry no content a passage must share with a question. */
const LIGHT = new Set(['be', 'have', 'do', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'many', 'much', 'not', 'never', "n't", 'can', 'will', 'would', 'could', 'should', 'may', 'might', 'must']);

/** The content lemmas of tokens (nouns, names, verbs, adjectives, figures), lower case and folded. */
function contentOf(tokens: readonly { lemma: string; lower: string; pos: string }[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (!['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(t.pos) || LIGHT.has(t.lemma) || LIGHT.has(t.lower)) continue;
    out.add(foldText(t.lemma.toLowerCase()));
  }
  return out;
}

/**
 * Whether the new question is most likely still answered by its paragraph: a sentence that holds
 * the swapped-in words also holds three quarters of the question's content words ("Which film did
 * Beyoncé star with Steve Martin in?" → "… with Jennifer Hudson in?" where a sentence says whom she
 * starred with in "Dreamgirls"). SQuAD 2.0's writers made sure theirs were not; such swaps are dropped.
 */
function stillAnswerable(question: string, inserted: string, sentences: readonly Sentence[]): boolean {
  const holders = sentences.filter((s) => containsWords(s.text, inserted));
  if (holders.length === 0) return false;
  const wanted = contentOf(analyse(question).flatMap((x) => x.tokens));
  if (wanted.size < 2) return false;
  return holders.some((s) => {
    const has = new Set(s.tokens.flatMap((t) => [foldText(t.lemma.toLowerCase()), t.lower]));
    return [...wanted].filter((w) => has.has(w)).length >= 0.75 * wanted.size;
  });
}

/** The first of a few choices, in random order, whose question `make` builds and the paragraph does not answer. */
export function firstHonest<T>(rnd: Random, choices: readonly T[], make: (choice: T) => { question: string; inserted: string } | undefined, sentences: readonly Sentence[]): string | undefined {
  for (const choice of rnd.sample(choices, 4)) {
    const made = make(choice);
    if (made && !stillAnswerable(made.question, made.inserted, sentences)) return made.question;
  }
  return undefined;
}

/** Nouns that frame what is asked ("the name of", "what type of"): "What is not the name of X" is no question. */
export const FRAME_NOUNS = new Set([
  'name', 'names', 'term', 'word', 'title', 'type', 'kind', 'sort', 'form', 'number', 'percentage', 'percent', 'amount', 'size', 'population',
  'year', 'years', 'date', 'time', 'day', 'month', 'century', 'decade', 'age', 'period', 'part', 'way', 'example', 'thing', 'something',
  'reason', 'purpose', 'method', 'cost', 'price', 'value', 'rate', 'total', 'length', 'height', 'area', 'distance', 'nickname', 'meaning',
  'one', 'ones', 'someone', 'people', 'person', 'place', 'location', 'role', 'status', 'class', 'category', 'group', 'member', 'members',
  'lot', 'majority', 'half', 'rest', 'side', 'end', 'top', 'front', 'beginning', 'start', 'level',
  // Nouns of fixed phrases: "as a result", "in fact", "in order to", "in addition", "take place", "the lead single".
  'color', 'colour', 'result', 'fact', 'order', 'case', 'addition', 'lead', 'course', 'regard', 'respect', 'behalf', 'spite', 'favor', 'favour', 'terms', 'general',
]);
