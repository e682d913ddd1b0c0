import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { FUNCTION_WORDS, NEGATIONS } from '../nlp/tables.js';
import { SPAN } from '../params.js';

/**
 * Span helpers for answer extraction: what a word is worth, where clauses break, and how a
 * stretch of a sentence is trimmed to a phrase.
 */

/** Words that open a new clause: an answer span stops before them (unless asking why). */
const CLAUSE_BREAKS = new Set(['because', 'which', 'who', 'whom', 'while', 'although', 'though', 'whereas', 'unless', 'if', 'when', 'where', 'but', 'rather']);
export const OPEN_Q = /^[“"‘]$/;
export const CLOSE_Q = /^[”"’]$/;

/** A token that breaks a clause for reading a yes/no passage: a comma, a dash, a bracket, a quote mark, "but". */
export const isBreak = (t: Token): boolean => /^[,;:—–()"“”]$/.test(t.text) || t.lower === 'but';

/** The text of tokens [start, end) as written. */
export function textOf(s: Sentence, start: number, end: number): string {
  return end <= start ? '' : s.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
}

export const isWord = (t: Token | undefined): boolean => /[\p{L}\p{N}]/u.test(t?.text ?? '');

/** A word that can carry an answer (not a function word, auxiliary, preposition or bare adverb). */
export function isSubstantive(t: Token): boolean {
  if (NEGATIONS.has(t.lower)) return true;
  if (!isWord(t) || FUNCTION_WORDS.has(t.lower)) return false;
  return !['AUX', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'ADV'].includes(t.pos);
}

/** Drops function words, adverbs and punctuation from both edges of a span (never a negation). */
export function trim(s: Sentence, start: number, end: number): [number, number] {
  // A span never reaches past the sentence (a focus noun at its very end has nothing after it).
  end = Math.min(end, s.tokens.length);
  start = Math.max(0, Math.min(start, end));
  // Reported content: "announced that it would retool" → "retool".
  for (let i = end - 2; i >= start; i--) {
    if (s.tokens[i]!.lower === 'that' && s.tokens[i]!.pos === 'SCONJ' && s.tokens.slice(i + 1, end).some(isSubstantive)) { start = i + 1; break; }
  }
  const weak = (t: Token): boolean => !isSubstantive(t) && !(t.pos === 'DET' && isWord(t) && !FUNCTION_WORDS.has(t.lower));
  while (start < end && weak(s.tokens[start]!)) start++;
  while (end > start && weak(s.tokens[end - 1]!)) end--;
  return [start, end];
}

/** Is [start, end) an enumeration ("A, B, C and D")? Its commas do not end the answer. */
export function isEnumeration(s: Sentence, start: number, end: number): boolean {
  let commas = 0;
  let chunk = 0;
  for (let i = start; i < end; i++) {
    if (s.tokens[i]!.text !== ',') { chunk++; continue; }
    if (chunk > 4) return false;
    commas++;
    chunk = 0;
  }
  return commas >= 2 && chunk <= 5;
}

/** Clause boundaries inside [start, end), outside quotes (enumerations have none). */
export function boundaries(s: Sentence, start: number, end: number, q: Question): number[] {
  const out: number[] = [];
  const enumeration = isEnumeration(s, start, end);
  let inQuote = false;
  for (let i = start; i < end; i++) {
    const t = s.tokens[i]!;
    if (OPEN_Q.test(t.text) && !inQuote) { inQuote = true; continue; }
    if (CLOSE_Q.test(t.text) && inQuote) { inQuote = false; continue; }
    if (inQuote) continue;
    if ((t.text === ',' && !enumeration) || t.text === ';' || t.text === '—' || t.text === '(' || t.text === '.') out.push(i);
    else if (CLAUSE_BREAKS.has(t.lower) && !(q.type === 'reason' && t.lower === 'because')) out.push(i);
    else if (t.lower === 'and' && ['AUX', 'VERB'].includes(s.tokens[i + 1]?.pos ?? '')) out.push(i);
  }
  return out;
}


/** Drops only punctuation and quote marks from both edges (a quotation keeps its every word). */
export function trimPunctuation(s: Sentence, start: number, end: number): [number, number] {
  while (start < end && !isWord(s.tokens[start])) start++;
  while (end > start && !isWord(s.tokens[end - 1])) end--;
  return [start, end];
}

/** Whether token `i` stands inside the sentence's quotation. */
export function inQuote(s: Sentence, i: number): boolean {
  return !!s.quote && i >= s.quote[0] && i < s.quote[1];
}

/**
 * The phrase from token `start` up to the question's next matched word (looked for from
 * `scanFrom`), cut at the first clause break, trimmed and capped at SPAN.maxTokens; undefined
 * when nothing is left.
 */
export function phraseFrom(s: Sentence, q: Question, w: readonly number[], start: number, scanFrom = start): [number, number] | undefined {
  let end = scanFrom;
  while (end < s.tokens.length && !(w[end]! > 0)) end++;
  const [a, b] = trim(s, start, boundaries(s, start, end, q)[0] ?? end);
  return b > a ? [a, Math.min(b, a + SPAN.maxTokens)] : undefined;
}
