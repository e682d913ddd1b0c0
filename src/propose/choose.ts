import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { afterFinalVerb, type Candidate } from './candidates.js';
import { SPAN } from '../params.js';

/** Choosing among typed candidates: the one nearest the question's heavy words, or a list of them. */

/** The heaviest question word's weight in the sentence. */
function maxAnchor(w: readonly number[]): number {
  return Math.max(0, ...w);
}

/** Picks the typed candidate closest to the heavy question words; joins a list for plural focus. */
export function bestCandidate(s: Sentence, cands: readonly Candidate[], w: readonly number[], plural: boolean, q: Question): Candidate {
  let best = cands[0]!;
  let bestScore = -Infinity;
  // Places and times usually follow the event they locate ("allow inspectors to visit … near Qum").
  const follows = q.type === 'place' || q.type === 'time';
  for (const c of cands) {
    let sc = 0;
    w.forEach((x, i) => {
      if (!(x > 0)) return;
      const after = i >= c.end;
      sc += (x * (follows && after ? SPAN.precedingAnchor : 1)) / (1 + (i < c.start ? c.start - i : after ? i - c.end + 1 : 0));
    });
    if (!q.subjectQuestion && afterFinalVerb(s, c.start, q)) sc += maxAnchor(w);
    if (sc > bestScore) { best = c; bestScore = sc; }
  }
  if (!plural) return best;
  // "Which countries …?": the longest enumeration of candidates wins over the nearest one.
  let bestList = listAround(s, cands, best);
  for (const c of cands) {
    const list = listAround(s, cands, c);
    if (list.members > bestList.members) bestList = list;
  }
  return bestList;
}

/** The enumeration ("A, B, C and D") of candidates that `c` belongs to. */
function listAround(s: Sentence, cands: readonly Candidate[], c: Candidate): Candidate & { members: number } {
  let { start, end } = c;
  let members = 1;
  const joins = (a: number, b: number): boolean => s.tokens.slice(a, b).every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.lower === 'the');
  for (const x of [...cands].sort((a, b) => a.start - b.start)) if (x.start >= end && joins(end, x.start)) { end = x.end; members++; }
  for (const x of [...cands].sort((a, b) => b.start - a.start)) if (x.end <= start && joins(x.end, start)) { start = x.start; members++; }
  return { start, end, members };
}
