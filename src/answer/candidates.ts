import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { TIME_WORDS } from '../nlp/tables.js';

/** A span of a sentence that could answer a typed question (a name, a date, a number). */
export interface Candidate {
  start: number;
  end: number;
}

const TIME_ENTITIES = new Set(['DATE', 'TIME', 'DURATION']);
const NUMBER_ENTITIES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY']);
const YEAR = /^(1[0-9]{3}|20[0-9]{2})s?$/;

/** Maximal runs of tokens passing `test`. */
function runs(s: Sentence, test: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!test(i)) continue;
    let j = i + 1;
    while (j < s.tokens.length && test(j)) j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** Whether token `i` follows the question's final verb (and a preposition): "warning about Iran". */
export function afterFinalVerb(s: Sentence, i: number, q: Question): boolean {
  // A verb, or a word used as one ("would fuel", tagged as a noun), that ends the question.
  const verbal = (k: number): boolean =>
    s.tokens[k]?.pos === 'VERB' || ['AUX', 'PART'].includes(s.tokens[k - 1]?.pos ?? '') || /ing$/.test(s.tokens[k]?.lower ?? '');
  const fits = (k: number): boolean => !!s.tokens[k] && verbal(k) && q.finalWords.has(s.tokens[k]!.lemma);
  return fits(i - 1) || (s.tokens[i - 1]?.pos === 'ADP' && fits(i - 2));
}

/** Whether a span only repeats what the question already says. */
function repeatsQuestion(s: Sentence, c: Candidate, q: Question): boolean {
  for (let i = c.start; i < c.end; i++) {
    const t = s.tokens[i]!;
    if (/[\p{L}\p{N}]/u.test(t.text) && !q.lemmas.has(t.lemma) && !q.lemmas.has(t.lower)) return false;
  }
  return true;
}

/** The spans of a sentence that fit the question's expected answer type. */
export function typedCandidates(s: Sentence, q: Question): Candidate[] {
  let found: Candidate[] = [];
  switch (q.type) {
    case 'person':
      // Places can be actors too ("warning about Iran"), but only right after the question's verb.
      found = s.mentions
        .filter((m) => !q.entities.has(m.key) && (m.kind !== 'place' || afterFinalVerb(s, m.start, q)))
        .map((m) => ({ start: m.nameStart, end: m.end }));
      break;
    case 'place':
      found = s.mentions.filter((m) => m.kind === 'place' && !q.entities.has(m.key)).map((m) => ({ start: m.nameStart, end: m.end }));
      break;
    case 'time':
      found = runs(s, (i) => {
        const t = s.tokens[i]!;
        return TIME_ENTITIES.has(t.entity ?? '') || YEAR.test(t.text) || (TIME_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text));
      });
      break;
    case 'number':
      found = runs(s, (i) => s.tokens[i]!.entity !== 'ORDINAL' && (NUMBER_ENTITIES.has(s.tokens[i]!.entity ?? '') || s.tokens[i]!.pos === 'NUM'));
      break;
    default:
      return [];
  }
  return found.filter((c) => !repeatsQuestion(s, c, q));
}

/** Whether the sentence holds any candidate of the expected type. */
export function hasTypedCandidate(s: Sentence, q: Question): boolean {
  return typedCandidates(s, q).length > 0;
}
