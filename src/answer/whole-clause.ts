import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { isContent } from '../nlp/terms.js';

/**
 * The fragment guard. The short answer is the line a chat user reads first, so it must be a
 * clean phrase. When it is not — it ends on a function word or inside a noun phrase ("… the
 * Russian" before "president"), it runs across a clause break into a clause it then cuts
 * ("…, though American officials say the Russian"), or it mostly repeats the question — the
 * answer becomes the smallest whole clause holding it, or the sentence.
 */

/** Parts of speech a clean phrase does not end on (a pronoun may: "nothing", "him"). */
const DANGLING_END = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);
/** Possessives, which always want a noun after them. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'your', 'my', 'whose']);
/** Words that, after a comma, open another clause ("…, though …", "…, but …"). */
const CLAUSE_OPENERS = new Set(['though', 'although', 'while', 'whereas', 'but', 'and', 'because', 'which', 'who', 'when', 'where', 'unless', 'if', 'so']);
/** Tokens where a clause starts or ends. */
const CLAUSE_MARKS = /^(?:[,;:—–()]|--)$/;
/** Share of an answer's content words that may come from the question before it only repeats it. */
const MAX_REPEATED = 0.75;
/** A whole clause longer than this share of the sentence is the sentence. */
const CLAUSE_OF_SENTENCE = 0.8;

/** Where the answer text lies in the sentence, as a token range; undefined when it is not a stretch of it. */
function locate(s: Sentence, answer: string): [number, number] | undefined {
  const from = s.text.indexOf(answer);
  if (from < 0) return undefined;
  const to = from + answer.length;
  const start = s.tokens.findIndex((t) => t.start >= from);
  let end = start;
  while (end < s.tokens.length && s.tokens[end]!.end <= to) end++;
  return start >= 0 && end > start ? [start, end] : undefined;
}

/** Why the span [start, end) is not a clean phrase, or undefined when it is. */
export function fragmentProblem(s: Sentence, q: Question, start: number, end: number): string | undefined {
  const tokens = s.tokens.slice(start, end);
  const last = tokens.at(-1)!;
  const next = s.tokens[end];
  // "her" is a possessive only before its noun ("with her" ends well, "her first" does not).
  const possessive = POSSESSIVES.has(last.lower) && (last.lower !== 'her' || ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next?.pos ?? ''));
  if ((DANGLING_END.has(last.pos) && !['not', "n't"].includes(last.lower)) || possessive) return 'ends on a function word';
  // "… the Russian" with "president" next: cut inside a noun phrase.
  if ((last.pos === 'ADJ' || last.pos === 'PROPN' || last.pos === 'NUM') && next?.pos === 'NOUN' && tokens.some((t) => t.pos === 'DET')) return 'cuts a noun phrase';
  // Across a clause break into a clause it does not finish.
  for (let i = 1; i + 1 < tokens.length; i++) {
    // (A span that ends where its clause ends, at a mark or a closing quote, finished it.)
    if (tokens[i]!.text === ',' && CLAUSE_OPENERS.has(tokens[i + 1]!.lower) && next && !CLAUSE_MARKS.test(next.text) && !/^[.;!?”"’]$/.test(next.text)) return 'cuts a clause';
  }
  const content = tokens.filter((t) => isContent(t));
  const repeated = content.filter((t) => q.lemmas.has(t.lemma)).length;
  if (content.length >= 2 && repeated / content.length > MAX_REPEATED) return 'repeats the question';
  return undefined;
}

/** The clause around [start, end): out to the nearest clause marks (or the sentence's ends). */
function clauseAround(tokens: readonly Token[], start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !CLAUSE_MARKS.test(tokens[a - 1]!.text)) a--;
  let b = end;
  while (b < tokens.length && !CLAUSE_MARKS.test(tokens[b]!.text) && !/^[.!?]$/.test(tokens[b]!.text)) b++;
  return [a, b];
}

/**
 * The answer itself when it is a clean phrase (names, figures and dates always are), else the
 * smallest whole clause that holds it, else the sentence.
 */
export function wholeClause(s: Sentence, q: Question, answer: string | undefined): string | undefined {
  if (answer === undefined || answer === s.text) return answer;
  const span = locate(s, answer);
  if (!span) return answer;
  const [start, end] = span;
  // A name or a figure is an answer in itself.
  if (s.mentions.some((m) => m.nameStart <= start && end <= m.end) || s.tokens.slice(start, end).every((t) => t.entity || t.pos === 'PUNCT')) return answer;
  const problem = fragmentProblem(s, q, start, end);
  if (!problem) return answer;
  // A noun phrase cut short is finished ("retool a European" → "… European missile defense system").
  if (problem === 'cuts a noun phrase') {
    let b = end;
    while (b < s.tokens.length && ['NOUN', 'PROPN', 'ADJ'].includes(s.tokens[b]!.pos)) b++;
    if (!fragmentProblem(s, q, start, b)) return s.text.slice(s.tokens[start]!.start, s.tokens[b - 1]!.end);
  }
  const [a, b] = clauseAround(s.tokens, start, end);
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT').length;
  const clauseWords = s.tokens.slice(a, b).filter((t) => t.pos !== 'PUNCT').length;
  if (clauseWords / Math.max(words, 1) > CLAUSE_OF_SENTENCE) return s.text;
  const clause = s.text.slice(s.tokens[a]!.start, s.tokens[b - 1]!.end);
  // The whole clause must itself read as one: else the sentence.
  return fragmentProblem(s, q, a, b) === 'ends on a function word' ? s.text : clause;
}
