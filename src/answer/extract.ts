import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { FUNCTION_WORDS, NEGATIONS, PLACE_PREPOSITIONS } from '../nlp/tables.js';
import { tokenTerms } from '../nlp/terms.js';
import { typedCandidates, type Candidate } from './candidates.js';

/** The longest short answer, in tokens: past this the sentence itself is the better answer. */
const MAX_SPAN = 24;
/** Words that open a new clause: an answer span stops before them (unless asking why). */
const CLAUSE_BREAKS = new Set(['because', 'which', 'who', 'whom', 'while', 'although', 'though', 'whereas', 'unless', 'if', 'when', 'where', 'but', 'rather']);
const REASON_OPENERS = new Set(['because', 'since', 'so', 'to', 'for', 'due', 'on', 'in']);
const OPEN_Q = /^[“"‘]$/;
const CLOSE_Q = /^[”"’]$/;

/** Which tokens of the sentence match the question (by term, name or resolved pronoun). */
export function matchedTokens(s: Sentence, q: Question): boolean[] {
  const marks = s.tokens.map((t) => tokenTerms(t).some((term) => !term.startsWith('s:') && q.terms.has(term)) || q.lemmas.has(t.lemma));
  for (const m of s.mentions) if (q.entities.has(m.key)) for (let i = m.start; i < m.end; i++) marks[i] = true;
  for (const [i, key] of s.corefs) if (q.entities.has(key)) marks[i] = true;
  return marks;
}

function textOf(s: Sentence, start: number, end: number): string {
  if (end <= start) return '';
  return s.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
}

function isWord(s: Sentence, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(s.tokens[i]?.text ?? '');
}

/** Drops function words, punctuation and quote marks from both edges of a span (never a negation). */
export function trim(s: Sentence, start: number, end: number): [number, number] {
  const weak = (i: number): boolean => {
    const t = s.tokens[i]!;
    if (NEGATIONS.has(t.lower)) return false;
    return !isWord(s, i) || FUNCTION_WORDS.has(t.lower) || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PART' || t.pos === 'ADP';
  };
  while (start < end && weak(start)) start++;
  while (end > start && weak(end - 1)) end--;
  // A leading "subject pronoun + modal" ("it would retool") is not part of the answer.
  return [start, end];
}

/** Is the comma-separated list inside [start, end) an enumeration ("A, B, C and D")? */
function isEnumeration(s: Sentence, start: number, end: number): boolean {
  let commas = 0;
  let chunk = 0;
  for (let i = start; i < end; i++) {
    if (s.tokens[i]!.text === ',') {
      commas++;
      if (chunk > 4) return false;
      chunk = 0;
    } else chunk++;
  }
  return commas >= 2;
}

/** Cuts a span at the first clause break or comma outside quotes (enumerations stay whole). */
function cutAtClause(s: Sentence, start: number, end: number, q: Question): number {
  const enumeration = isEnumeration(s, start, end);
  let inQuote = false;
  for (let i = start; i < end; i++) {
    const t = s.tokens[i]!;
    if (OPEN_Q.test(t.text) && !inQuote) inQuote = true;
    else if (CLOSE_Q.test(t.text) && inQuote) inQuote = false;
    if (inQuote || i === start) continue;
    if ((t.text === ',' && !enumeration) || t.text === ';' || t.text === '—' || t.text === '(') return i;
    if (CLAUSE_BREAKS.has(t.lower) && !(q.type === 'reason' && t.lower === 'because') && i - start >= 2) return i;
  }
  return end;
}

/** The gaps between matched tokens: maximal runs of unmatched tokens, with their distance to matches. */
function gaps(marks: readonly boolean[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  while (i < marks.length) {
    if (marks[i]) { i++; continue; }
    let j = i;
    while (j < marks.length && !marks[j]) j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** Scores a gap: anchored on question words (adjacent matches), of a sensible length, fitting the type. */
function gapScore(s: Sentence, g: { start: number; end: number }, marks: readonly boolean[], q: Question): number {
  const words = [...Array(g.end - g.start).keys()].filter((k) => isWord(s, g.start + k)).length;
  if (words === 0) return -Infinity;
  const left = g.start > 0 && marks[g.start - 1];
  const right = g.end < marks.length && marks[g.end];
  let score = (left ? 1 : 0) + (right ? 1 : 0);
  // Subject questions ("What irritated X?") want the words before the first matched verb.
  const firstMatch = marks.indexOf(true);
  if (q.subjectQuestion && g.end === firstMatch) score += 1.5;
  if (!q.subjectQuestion && left) score += 0.5;
  const first = s.tokens[g.start]!;
  const firstWord = s.tokens.slice(g.start, g.end).find((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (q.type === 'reason' && firstWord && REASON_OPENERS.has(firstWord.lower)) score += 1;
  if (q.type === 'reason' && s.tokens.slice(g.start, g.end).some((t) => t.lower === 'because')) score += 1.5;
  if (q.type === 'place' && firstWord && PLACE_PREPOSITIONS.has(firstWord.lower)) score += 1;
  if (q.type === 'quote' && s.quote && g.start <= s.quote[0] && g.end >= s.quote[1]) score += 2;
  if (first.text === '.' ) score -= 1;
  score -= Math.max(0, words - 12) * 0.05;
  return score;
}

/** The quoted words of a sentence, or what follows "said that". */
function quoteSpan(s: Sentence): [number, number] | undefined {
  if (s.quote) return [s.quote[0], s.quote[1]];
  const say = s.tokens.findIndex((t) => t.lemma === 'say' && t.pos === 'VERB');
  if (say >= 0 && say < s.tokens.length - 3) return [say + 1, s.tokens.length];
  return undefined;
}

/** Picks the typed candidate nearest the matched question words. */
function nearestCandidate(cands: readonly Candidate[], marks: readonly boolean[]): Candidate | undefined {
  const anchors = marks.flatMap((m, i) => (m ? [i] : []));
  let best: Candidate | undefined;
  let bestDist = Infinity;
  for (const c of cands) {
    const d = anchors.length ? Math.min(...anchors.map((a) => (a < c.start ? c.start - a : a >= c.end ? a - c.end + 1 : 0))) : 0;
    if (d < bestDist) { best = c; bestDist = d; }
  }
  return best;
}

/**
 * Extracts the short answer from the chosen sentence: a typed candidate (name, date, number)
 * for who/when/where/how-many questions, the quote for "what did X say", and otherwise the gap
 * of unmatched words best anchored on the question's words, trimmed to a phrase.
 */
export function extractAnswer(s: Sentence, q: Question): string {
  const marks = matchedTokens(s, q);
  const typed = typedCandidates(s, q);
  if (typed.length > 0) {
    const c = nearestCandidate(typed, marks)!;
    return textOf(s, c.start, c.end);
  }
  if (q.type === 'quote' && s.speaker && q.entities.has(s.speaker) && !q.focus) {
    const span = quoteSpan(s);
    if (span) {
      const [a, b] = trim(s, span[0], span[1]);
      if (b > a) return textOf(s, a, b);
    }
  }
  let best: { start: number; end: number } | undefined;
  let bestScore = -Infinity;
  for (const g of gaps(marks)) {
    const sc = gapScore(s, g, marks, q);
    if (sc > bestScore) { best = g; bestScore = sc; }
  }
  if (!best) return s.text;
  let start = best.start;
  let end = best.end;
  // Subject questions read leftwards from the verb: keep the clause nearest the verb.
  if (q.subjectQuestion && end === marks.indexOf(true)) {
    for (let i = end - 1; i > start; i--) if (s.tokens[i]!.text === ',' && i < end - 1 && !isAppositionComma(s, i)) { start = i + 1; break; }
  } else {
    end = cutAtClause(s, start, end, q);
  }
  [start, end] = trim(s, start, end);
  if (end - start > MAX_SPAN) end = start + MAX_SPAN;
  return end > start ? textOf(s, start, end) : s.text;
}

/** A comma that opens or closes an apposition around a name ("official, Alexander Vershbow, …"). */
function isAppositionComma(s: Sentence, i: number): boolean {
  return s.mentions.some((m) => m.start === i + 1 || m.end === i);
}
