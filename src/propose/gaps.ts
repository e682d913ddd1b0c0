import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { PLACE_PREPOSITIONS, REASON_MARKERS, REPORTING_VERBS } from '../nlp/tables.js';
import { afterFinalVerb } from './candidates.js';
import { boundaries, CLOSE_Q, isSubstantive, isWord, OPEN_Q, textOf, trim, trimPunctuation } from './span.js';
import { SPAN } from '../params.js';

/**
 * Open answers: the stretches of a sentence between the question's matched words (gaps), how
 * well each fits the question, and the phrase a gap gives once cut at clause breaks and trimmed.
 */

/** Maximal runs of unmatched tokens. */
export function gaps(weights: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < weights.length; ) {
    if (weights[i]! > 0) { i++; continue; }
    let j = i;
    while (j < weights.length && !(weights[j]! > 0)) j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/**
 * Whether the question asks for the subject of the passage's verb. A passive question does so
 * only where the passage is passive too: "What will be discussed in Vienna?" is answered by the
 * object of "to discuss the details …", but "What should be thrown at …?" by the subject of
 * "all forces should be thrown".
 */
function asksSubjectHere(s: Sentence, q: Question, w: readonly number[]): boolean {
  if (!q.subjectQuestion || !q.passive) return q.subjectQuestion;
  const verb = s.tokens.findIndex((t, i) => w[i]! > 0 && t.pos === 'VERB');
  return verb > 0 && s.tokens.slice(Math.max(0, verb - 2), verb).some((t) => t.lemma === 'be');
}

/**
 * Scores a gap: anchored on heavy question words on either side, fitting the question's shape
 * (subject questions want the words before the first match; why-questions a reason after the
 * last), not too long.
 */
export function gapScore(s: Sentence, g: { start: number; end: number }, w: readonly number[], q: Question, maxW: number): number {
  const inner = s.tokens.slice(g.start, g.end);
  const words = inner.filter(isSubstantive).length;
  if (words === 0) return -Infinity;
  const left = g.start > 0 ? w[g.start - 1]! / maxW : 0;
  const right = g.end < w.length ? w[g.end]! / maxW : 0;
  let score = left + right;
  // "the next [major] step": a lone modifier inside the question's own phrase is no answer.
  if (left > 0 && right > 0 && inner.length <= 2 && inner.every((t) => t.pos === 'ADJ' || t.pos === 'ADV')) score -= SPAN.innerModifierPenalty;
  const firstMatch = w.findIndex((x) => x > 0);
  const lastMatch = w.length - 1 - [...w].reverse().findIndex((x) => x > 0);
  const before = s.tokens[g.end];
  const subject = asksSubjectHere(s, q, w);
  if ((subject || q.copular) && g.end === firstMatch) score += SPAN.subjectBonus;
  if (q.copular && g.end === firstMatch && before && s.tokens[g.end - 1]?.lemma === 'be') score += SPAN.subjectBonus;
  if (!subject && left > 0) score += SPAN.followBonus;
  if (!subject && g.start > 0 && afterFinalVerb(s, g.start, q)) score += SPAN.subjectBonus;
  // A passive question over an active passage asks for the verb's object: the stretch after it.
  if (q.passive && !subject && g.start > 0 && s.tokens[g.start - 1]!.pos === 'VERB' && w[g.start - 1]! > 0) score += SPAN.subjectBonus;
  const firstWord = inner.find(isWord);
  if (q.type === 'reason') {
    if (firstWord && REASON_MARKERS.has(firstWord.lower)) score += 1;
    if (inner.some((t) => t.lower === 'because')) score += 1.5;
    if (g.start > lastMatch) score += 1;
  }
  if (q.type === 'place' && firstWord && PLACE_PREPOSITIONS.has(firstWord.lower)) score += 1;
  // "How did analysts react?": how someone acted is a verb phrase ("expressed little surprise").
  // Only after the first question word: the stretch before it is the subject ("Lukyanov pointed out that …").
  // Nor a reporting verb: "…, he said" tells who spoke, not how anyone acted.
  if (q.type === 'manner' && g.start > firstMatch && inner.some((t) => t.pos === 'VERB' && !REPORTING_VERBS.has(t.lemma))) score += SPAN.mannerVerbBonus;
  if (q.type === 'quote' && s.quote && g.start <= s.quote[0] && g.end >= s.quote[1]) score += 2;
  score -= Math.max(0, words - SPAN.comfortableWords) * SPAN.lengthPenalty;
  return score;
}

/** The answer a gap gives: its span cut at clause breaks and trimmed, '' when nothing is left, undefined to abstain. */
export function spanOfGap(s: Sentence, g: { start: number; end: number }, w: readonly number[], q: Question): string | undefined {
  let { start, end } = g;
  // A break with nothing substantive before it (", where it would …") opens the span instead.
  // A reason that opens on its marker ("given that, just three weeks before, …") runs past the
  // commas right after the marker.
  const opener = s.tokens.slice(start, end).find(isWord);
  const least = q.type === 'reason' && opener && REASON_MARKERS.has(opener.lower) ? SPAN.reasonWords : 1;
  const cuts = boundaries(s, start + 1, end, q).filter((c) => s.tokens.slice(start, c).filter(isSubstantive).length >= least);
  const leftAnchored = start > 0 && w[start - 1]! > 0;
  // A where-question with no place phrase takes only what follows its words ("at the
  // Convention Center"), never what precedes them (a quote, a subject).
  if (q.type === 'place' && !leftAnchored) return undefined;
  // A gap read rightwards from a match ends at the first clause break; one that only leads
  // up to a match starts after the last break.
  // A quotation right after the match is the answer, whole ("looking for “specific forms …”").
  const open = s.tokens.slice(start, Math.min(end, start + 3)).findIndex((t) => OPEN_Q.test(t.text));
  if (leftAnchored && open >= 0 && s.tokens.slice(start, start + open).every((t) => t.pos === 'ADP')) {
    const close = s.tokens.findIndex((t, i) => i > start + open && CLOSE_Q.test(t.text));
    if (close > 0) return textOf(s, ...trimPunctuation(s, start + open + 1, close));
  }
  if (leftAnchored && cuts.length) end = cuts[0]!;
  else if (!leftAnchored && cuts.length) {
    // Leading up to a match, the span starts after the last clause break; a name set off by
    // commas is an apposition, not a break ("The comments by the official, A. B., clearly irritated").
    const kept = withoutAppositions(s, cuts);
    if (kept.length) start = kept[kept.length - 1]! + 1;
  }
  if (q.type === 'reason') {
    // "… campaign because of its links" → the reason itself, from its marker on.
    const marker = s.tokens.findIndex((t, i) => i >= start && i < end && (t.lower === 'because' || t.lower === 'since'));
    if (marker >= 0) start = marker;
  }
  [start, end] = trim(s, start, end);
  if (end - start > SPAN.maxTokens) end = start + SPAN.maxTokens;
  // A reason is a clause or phrase, not a name or a date ("Why did Clinton meet Lavrov?" →
  // "Medvedev later on Tuesday" is no reason): then the passage does not say why.
  if (q.type === 'reason' && !isReasonLike(s, start, end)) return undefined;
  return end > start ? textOf(s, start, end) : '';
}

/** Clause breaks minus the commas around a name in apposition ("the official, Alexander Vershbow, …"). */
function withoutAppositions(s: Sentence, cuts: readonly number[]): number[] {
  const skip = new Set<number>();
  for (const m of s.mentions) {
    if (s.tokens[m.start - 1]?.text === ',' && s.tokens[m.end]?.text === ',') skip.add(m.start - 1).add(m.end);
  }
  return cuts.filter((c) => !skip.has(c));
}

/** Whether [start, end) could be a reason: a word that is neither part of a name nor a date. */
function isReasonLike(s: Sentence, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = s.tokens[i]!;
    if (!isSubstantive(t) || t.entity === 'DATE' || t.entity === 'TIME') continue;
    if (!s.mentions.some((m) => m.start <= i && i < m.end)) return true;
  }
  return false;
}
