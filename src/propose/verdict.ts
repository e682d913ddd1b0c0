import type { Sentence } from '../article/model.js';
import type { Token } from '../nlp/wink.js';
import type { Question } from '../question/analyse.js';
import { FALSITIES, NEGATIONS, ordinalRank, REFUSALS } from '../nlp/tables.js';
import { askedHedges, hedgeOf } from './hedges.js';
import { isBreak } from './span.js';

/**
 * How a passage stands on the proposition a yes/no question asks, once its words are found
 * there: asserted, denied (a negation, a refusal verb, an opposite, a claim called untrue, another
 * rank), or left open (a modal, an attempt, an intention, "whether"). Also which of its words
 * decide, so the reply can quote them ("No — failed to secure a majority").
 */

/** A question word found in the passage: at token `at`, as itself or as its opposite. */
export interface Found {
  word: Token;
  at: number;
  opposite: boolean;
  /** The word is the question's predicate (its verb), not a word of its subject or object. */
  predicate: boolean;
  /** Found as a synonym, a derivation or a word of the same root, not as itself. */
  loose?: boolean;
}

/** What a passage says of the proposition. */
export interface Reading {
  /** Odd: the passage denies it. */
  flips: number;
  /** Why the passage leaves the act open ("could", "efforts to", "whether"), when it does. */
  hedge?: string;
  /** Token range [from, to) of the words that decide (the flip and what it flips). */
  decisive: [number, number];
}

/** How far before the predicate a negation or refusal still belongs to it ("did not retreat", "failed to secure a"). */
const NEGATION_BEFORE = 4;
/** How far after the predicate a negative object stands ("received nothing", "said nothing about"). */
const NEGATION_AFTER = 2;
/** How far after the ordinal its noun phrase runs ("third Super Bowl victory"). */
const ORDINAL_PHRASE = 4;
/** Words after a flipped word that the reply still quotes, up to a clause break. */
const QUOTE_AFTER = 8;

/** Token index just after the last clause break before `at` (within `reach`), or the reach's start. */
function clauseStart(s: Sentence, at: number, reach: number): number {
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) if (isBreak(s.tokens[k]!)) return k + 1;
  return Math.max(0, at - reach);
}

/**
 * The index of the negator or refusal that denies the word at `at`, or -1. A refusal the question
 * asks about ("Did the union refuse the offer?") is what is asked, not a denial of it.
 */
function deniedBy(s: Sentence, at: number, asked: ReadonlySet<string>): number {
  for (let k = at - 1; k >= clauseStart(s, at, NEGATION_BEFORE); k--) {
    const t = s.tokens[k]!;
    if (NEGATIONS.has(t.lower) || ((REFUSALS.has(t.lemma) || REFUSALS.has(t.lower)) && !asked.has(t.lemma))) return k;
    // "has yet to excavate", "is yet to roll out patches": not done so far.
    if (t.lower === 'yet' && s.tokens[k + 1]?.lower === 'to') return k;
  }
  for (let k = at + 1; k <= Math.min(s.tokens.length - 1, at + NEGATION_AFTER); k++) {
    if (['nothing', 'none', 'no', 'never'].includes(s.tokens[k]!.lower)) return k;
  }
  return -1;
}

/**
 * "Rumours saying he had been detained are, however, untrue": a falsity word after a copula,
 * later in the sentence than the claim. Returns its index, or -1.
 */
function calledFalse(s: Sentence, at: number): number {
  for (let k = at + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.text === ';') return -1;
    if (!FALSITIES.has(t.lower)) continue;
    const before = s.tokens.slice(Math.max(at + 1, k - 4), k);
    if (before.some((x) => x.lemma === 'be' || x.lemma === 'prove')) return k;
  }
  return -1;
}

/**
 * "diplomacy backed by a credible threat" for "Did Russia support sanctions?": the passage's act
 * (found for the question's word `asked`) has an agent ("by …") that is none of the question's
 * names nor a word of its subject, so it is another's act.
 * Not for passive or copular questions ("Was he sent to prison?"), whose agent is not asked.
 */
export function byAnother(q: Question, s: Sentence, at: number, asked: Token): boolean {
  if (s.tokens[at + 1]?.lower !== 'by' || q.tokens.some((t) => t.lemma === 'be')) return false;
  // The question's subject side: its words before the act ("did russia" support …).
  const subject = new Set(q.tokens.slice(1, Math.max(1, q.tokens.indexOf(asked))).map((t) => t.lemma));
  for (let k = at + 2; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (isBreak(t) || t.text === '.') break;
    const key = s.corefs.get(k) ?? s.mentions.find((m) => k >= m.start && k < m.end)?.key;
    if ((key && q.entities.has(key)) || (subject.has(t.lemma) && t.pos !== 'DET' && t.pos !== 'ADP')) return false;
  }
  return true;
}

/** An ordinal's rank and the content lemmas of the phrase it opens ("third Super Bowl victory"). */
function ordinalPhrases(tokens: readonly Token[]): { rank: number; at: number; words: Set<string>; end: number }[] {
  const out: { rank: number; at: number; words: Set<string>; end: number }[] = [];
  tokens.forEach((t, i) => {
    const rank = ordinalRank(t.lower);
    if (rank === undefined) return;
    const words = new Set<string>();
    let end = i + 1;
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + ORDINAL_PHRASE); k++) {
      const x = tokens[k]!;
      if (['PUNCT', 'ADP', 'AUX', 'PART', 'CCONJ'].includes(x.pos)) break;
      if (!['DET', 'ADV'].includes(x.pos)) words.add(x.lemma);
      end = k + 1;
    }
    out.push({ rank, at: i, words, end });
  });
  return out;
}

/**
 * "Was this the first launch of 2008?" against "the 34th launch of 2008": the question ranks a
 * thing the passage ranks otherwise. Returns the passage's ordinal phrase [from, to) and whether
 * the ranks differ, or undefined when the passage ranks nothing the question ranks.
 */
export function rankOf(q: Question, s: Sentence, found: readonly Found[]): { differs: boolean; span: [number, number]; asked: ReadonlySet<string> } | undefined {
  const asked = ordinalPhrases(q.tokens).filter((p) => p.words.size > 0);
  if (asked.length === 0) return undefined;
  const matchedLemmas = new Set(found.filter((f) => f.at >= 0).map((f) => s.tokens[f.at]!.lemma));
  for (const a of asked) {
    for (const p of ordinalPhrases(s.tokens)) {
      // The same phrase: it shares a word with the question's ("Super Bowl", "launch"), or holds a
      // word the question's phrase matched elsewhere ("victory" for "win").
      const shared = [...p.words].some((w) => a.words.has(w) || matchedLemmas.has(w));
      if (shared) return { differs: p.rank !== a.rank, span: [p.at, p.end], asked: new Set([q.tokens[a.at]!.lemma, ...a.words]) };
    }
  }
  return undefined;
}

/**
 * Reads what the passage says of the question's proposition from the question words found in it.
 * Two flips cancel ("not opposed" is a yes).
 */
export function readPassage(q: Question, s: Sentence, found: readonly Found[]): Reading {
  const there = found.filter((f) => f.at >= 0);
  // The quote of a plain statement runs over the question's words and names as the passage has
  // them ("Borg attended the match", not "match").
  const named = s.mentions.filter((m) => q.entities.has(m.key));
  const first = Math.min(...there.map((f) => f.at), ...named.map((m) => m.nameStart));
  const last = Math.max(...there.map((f) => f.at), ...named.map((m) => m.end - 1));
  const asked = askedHedges(q);
  const askedLemmas = new Set(q.tokens.map((t) => t.lemma));
  // The act asked about is the predicate; with none found, any word found stands for it.
  const acts = there.some((f) => f.predicate) ? there.filter((f) => f.predicate) : there;
  let hedge: string | undefined;
  for (const f of acts) hedge ??= hedgeOf(s, f.at, asked);
  const opposite = there.find((f) => f.opposite);
  let negator = -1;
  let negated: Found | undefined;
  for (const f of there) {
    const k = deniedBy(s, f.at, askedLemmas);
    if (k >= 0) {
      negator = k;
      negated = f;
      break;
    }
  }
  const falsity = negator < 0 ? calledFalse(s, last) : -1;
  let flips = (opposite ? 1 : 0) + (negator >= 0 || falsity >= 0 ? 1 : 0);
  let decisive: [number, number] = [first, last + 1];
  if (negated) {
    // "did not back", "has not been named": the auxiliary the negation leans on belongs to the quote.
    let from = Math.min(negator, negated.at);
    if (from === negator && ['not', "n't", 'never'].includes(s.tokens[negator]!.lower)) while (from > 0 && s.tokens[from - 1]!.pos === 'AUX' && from > negator - 3) from--;
    decisive = quoteFrom(s, from, Math.max(negator, negated.at));
  }
  else if (falsity >= 0) decisive = [first, falsity + 1];
  else if (opposite) decisive = quoteFrom(s, Math.min(first, opposite.at), opposite.at);
  const rank = rankOf(q, s, found);
  if (rank?.differs) {
    // Another rank is another fact: "the third victory" says no to "the first win", whatever else holds.
    flips = 1;
    decisive = rank.span;
  }
  return { flips, hedge, decisive };
}

/** From `from` through `to` and on to the clause's end (a few words at most): the words a reply quotes. */
function quoteFrom(s: Sentence, from: number, to: number): [number, number] {
  let end = to + 1;
  while (end < s.tokens.length && end <= to + QUOTE_AFTER && !isBreak(s.tokens[end]!) && s.tokens[end]!.lower !== 'and' && s.tokens[end]!.text !== '.') end++;
  // Cut short by the limit, the quote ends on a word that closes a phrase, not on "the" or "of".
  while (end > to + 1 && ['DET', 'ADP', 'PART', 'CCONJ', 'SCONJ', 'AUX', 'PRON'].includes(s.tokens[end - 1]!.pos)) end--;
  return [from, end];
}

/**
 * Whether a quote shown after a verdict says the verdict's opposite: a "Yes" over words that hold
 * a negation or a refusal ("Yes — won the most votes but failed to secure a majority").
 */
export function contradicts(q: Question, verdict: 'yes' | 'no', quote: readonly Token[]): boolean {
  // A denial word the question itself uses ("Did the union refuse …?") is what is asked.
  const asked = new Set(q.tokens.map((t) => t.lemma));
  const denies = quote.some((t) => !asked.has(t.lemma) && (NEGATIONS.has(t.lower) || REFUSALS.has(t.lemma) || FALSITIES.has(t.lower)));
  return verdict === 'yes' && denies;
}
