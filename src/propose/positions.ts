import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { STANCE_VERBS } from '../question/position.js';
import type { Candidate } from './candidates.js';
import { trimPunctuation } from './span.js';
import { standsAt } from '../retrieve/voices.js';

/**
 * What someone thinks, as a sentence states it (question/position.ts asks): the words they are
 * quoted saying, or the predicate they are the subject of ("the U.S. | does not accept the
 * results", "the IAA | has already called the programme a 'misguided attack'"). Candidates for the
 * reader, which ranks them against every other span; the judge decides the reply's shape.
 */

/** Words that end a predicate: a new clause or an aside. */
const CLAUSE_END = new Set([';', ':', '—', '(']);
/** Tokens between a name and its predicate's first word ("the EU has …", "China immediately …"). */
const REACH = 3;

/** The predicate a voice of `keys` opens at `from`: its first verb or auxiliary to the clause's end. */
function predicateAfter(s: Sentence, from: number): Candidate | undefined {
  let v = from;
  while (v < Math.min(s.tokens.length, from + REACH) && !['VERB', 'AUX'].includes(s.tokens[v]!.pos)) {
    // Another clause or name between them: not this one's predicate.
    if (s.tokens[v]!.pos === 'PUNCT' || s.tokens[v]!.pos === 'PROPN' || s.tokens[v]!.lower === 'who') return undefined;
    v++;
  }
  if (!['VERB', 'AUX'].includes(s.tokens[v]?.pos ?? '')) return undefined;
  let end = v + 1;
  while (end < s.tokens.length && !CLAUSE_END.has(s.tokens[end]!.text)) end++;
  const [a, b] = trimPunctuation(s, v, end);
  // A predicate states a position only through a stance verb or with more than a bare verb.
  const hasStance = s.tokens.slice(a, Math.min(b, a + REACH + 1)).some((t) => STANCE_VERBS.has(t.lemma) || t.lower === 'not');
  return b - a >= 2 && (hasStance || b - a >= 4) ? { start: a, end: b } : undefined;
}

/** The positions a sentence gives for the question's named voices, quoted or stated. */
export function positionCandidates(s: Sentence, q: Question): Candidate[] {
  if (!q.asksPosition || q.entities.size === 0) return [];
  const out: Candidate[] = [];
  if (s.quote && s.speaker && q.entities.has(s.speaker)) {
    const [a, b] = trimPunctuation(s, s.quote[0], s.quote[1]);
    if (b > a) out.push({ start: a, end: b });
  }
  for (const [, end] of standsAt(s, q.entities)) {
    const c = predicateAfter(s, end);
    if (c && !out.some((o) => o.start === c.start && o.end === c.end)) out.push(c);
  }
  return out;
}
