import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Candidate } from './candidates.js';

/**
 * Ages: "how old was he" wants the figure a news story gives as an age, never any number of the
 * passage ("the 70-minute hearing", "two men"). News writes an age in a few fixed ways:
 * - after a name, between commas or in brackets: "Arid Uka, 22, killed …", "Jones (61)";
 * - "aged 60", "age 60", "at the age of 60", "turned 60";
 * - "23-year-old", "39 years old";
 * - after "be" at the end of a clause: "when he was 17,".
 * The candidate is the figure alone: readers' answers are "22", "60", and a reply of "22" is
 * what they asked for.
 */

/** Whether the question asks someone's or something's age ("how old …"). */
export function asksAge(q: Question): boolean {
  return q.tokens.some((t, i) => t.lower === 'how' && q.tokens[i + 1]?.lower === 'old');
}

/** Words right before a figure that make it an age. */
const BEFORE = new Set(['aged', 'age', 'turned', 'turning']);
/** Tokens that may close an apposition or a clause after an age. */
const CLOSERS = new Set([',', '.', ')', ';', ':', 'and', 'when', 'at', 'in']);

/** Whether token i is a plausible age: a whole number of 1–3 digits, at most 130. */
function isAgeFigure(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !/^\d{1,3}$/.test(t.text)) return false;
  const n = Number(t.text);
  return n > 0 && n <= 130;
}

/** Whether the figure at i is written as an age. */
function writtenAsAge(s: Sentence, i: number): boolean {
  const at = (k: number): string => s.tokens[k]?.lower ?? '';
  // "23-year-old", "39 years old", "a 62 year old diver", "the 27-year old": hyphens anywhere.
  let k = i + 1;
  if (at(k) === '-') k++;
  if (/^years?$/.test(at(k))) {
    k++;
    if (at(k) === '-') k++;
    if (at(k) === 'old') return true;
  }
  // "aged 60", "at the age of 60".
  if (BEFORE.has(at(i - 1)) || (at(i - 1) === 'of' && at(i - 2) === 'age')) return true;
  // "Arid Uka, 22, killed …", "Jones (61)": a figure alone between a name and a closer.
  const name = s.tokens[i - 2]?.pos === 'PROPN';
  if (name && ((at(i - 1) === ',' && [',', ')', '.'].includes(at(i + 1))) || (at(i - 1) === '(' && at(i + 1) === ')'))) return true;
  // "when he was 17, …": a figure that ends the clause after "be".
  return s.tokens[i - 1]?.lemma === 'be' && (CLOSERS.has(at(i + 1)) || i + 1 === s.tokens.length);
}

/** The ages a sentence gives, each as the figure alone. */
export function ageCandidates(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) if (isAgeFigure(s, i) && writtenAsAge(s, i)) out.push({ start: i, end: i + 1 });
  return out;
}
