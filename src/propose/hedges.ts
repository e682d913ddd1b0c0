import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { HEDGES, NEGATIONS } from '../nlp/tables.js';
import { asksFuture, plansIt } from './future.js';
import { isBreak } from './span.js';

/**
 * Hedges: the words that leave a passage's act unasserted ("could raise", "tried to", "efforts
 * to", "whether", "if … is found"), unless the question asks about the hedge itself ("Could the
 * charges carry …?") or, asking about the future, is answered by a firm plan ("promised to …").
 */

/** How far before the predicate a hedge still governs it ("would be released on bail", "efforts to pull a goal"). */
const HEDGE_BEFORE = 5;

/** The hedge families the question itself uses ("Could …?", "Did he try to …?"), and 'future' when it asks what is to come. */
export function askedHedges(q: Question): Set<string> {
  const families = new Set(q.tokens.map((t) => HEDGES.get(t.lower) ?? HEDGES.get(t.lemma)).filter((f): f is string => !!f));
  if (asksFuture(q.tokens)) families.add('future');
  return families;
}

/** The hedge that leaves the word at `at` unasserted, unless the question asks about that hedge. */
export function hedgeOf(s: Sentence, at: number, asked: ReadonlySet<string>): string | undefined {
  for (let k = at - 1; k >= Math.max(0, at - HEDGE_BEFORE); k--) {
    const t = s.tokens[k]!;
    if (t.text === ';' || t.text === '.') break;
    const family = HEDGES.get(t.lower) ?? HEDGES.get(t.lemma);
    // A negated hedge is the negation's: "could not agree" denies.
    // A plan or promise is what is said of the future: "will he …?" is answered by "promised to …".
    if (family && !asked.has(family) && !NEGATIONS.has(s.tokens[k + 1]?.lower ?? '') && !(asked.has('future') && plansIt(t))) return t.text;
  }
  // "A refusal to back sanctions could expose …": an infinitive that is the subject of a modal
  // clause is as open as the clause.
  if (s.tokens[at - 1]?.lower === 'to' || s.tokens[at - 2]?.lower === 'to') {
    for (let k = at + 1; k < Math.min(s.tokens.length, at + 1 + HEDGE_BEFORE); k++) {
      const t = s.tokens[k]!;
      if (isBreak(t) || t.text === '.') break;
      const family = HEDGES.get(t.lower);
      // A modal in lower case ("may", not the month "May").
      if ((family === 'possible' || family === 'conditional') && t.text === t.lower && !asked.has(family)) return t.text;
    }
  }
  // "whether" opens the rest of its clause, however long: "to hear whether Abdullah, …, would be
  // released"; "if" its clause up to the comma (or whatever mark ends it: "if you look at the
  // record... America was not born"): "If the lost town seal is found, …".
  let closed = false;
  for (let k = at - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (t.text === ';') break;
    closed ||= t.pos === 'PUNCT' && t.text !== '-';
    if ((t.lower === 'whether' || (!closed && (t.lower === 'if' || t.lower === 'unless'))) && !asked.has('open')) return t.text;
  }
  return undefined;
}
