import type { Sentence } from '../article/model.js';
import type { Token } from '../nlp/wink.js';
import type { Question } from '../question/analyse.js';
import { CLOSE_Q, isSubstantive, isWord, OPEN_Q } from './span.js';

/**
 * Why- and how-questions are answered by a clause, not a name: "because of under reporting",
 * "as the UN warned the country was heading towards civil war", "by clinging to empty plastic
 * containers". Readers' gold answers paraphrase the reason ("because …") rather than copy the
 * sentence, so the sentence alone rarely holds them word for word; the clause does, nearly.
 * This module proposes every such clause of a sentence as a candidate; the learned reader scores
 * them with the other spans, and `bestReason` orders them for the rules' own answer.
 */

/** A reason or manner clause: tokens [start, end) and how plainly its opener marks one. */
export interface Clause {
  start: number;
  end: number;
  /** 3: a marker that only opens reasons ("because", "due to"); 2: one that needs a clause after it ("as", "since"); 1: a bare purpose "to". */
  strength: number;
}

/** Openers of several words that mark a reason or purpose whatever follows. */
const REASON_PHRASES: readonly (readonly string[])[] = [
  ['because'], ['due', 'to'], ['owing', 'to'], ['thanks', 'to'], ['for', 'fear', 'of'], ['in', 'order', 'to'], ['so', 'as', 'to'],
  ['so', 'that'], ['in', 'response', 'to'], ['in', 'retaliation', 'for'], ['in', 'protest', 'at'], ['in', 'protest', 'against'],
  ['on', 'the', 'basis', 'of'], ['on', 'the', 'basis', 'that'], ['on', 'the', 'grounds', 'that'], ['given', 'that'], ['in', 'an', 'effort', 'to'],
  ['in', 'a', 'bid', 'to'], ['as', 'a', 'result', 'of'], ['for', 'the', 'sake', 'of'], ['allowing'],
];
/** Openers that mark a reason only before a clause of their own ("as the UN warned …", not "as vulnerable as"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'since', 'after', 'for']);
/** Openers of a manner: "by clinging …", "with evasive maneuvers", "through abductions". */
const MANNER_OPENERS: ReadonlySet<string> = new Set(['by', 'with', 'through', 'using', 'via']);
/** Words that end a clause's subject search: another opener, a break, or a relative clause ("after a meeting in which …" is a time, not a reason). */
const SUBJECT_STOPS: ReadonlySet<string> = new Set(['as', 'since', 'after', 'because', 'but', 'and', 'while', 'than', 'like', 'to', 'which', 'who', 'whom', 'that', 'where', 'when']);

/**
 * Verbs whose object takes a "to" of its own ("allow inspectors to visit", "urged its citizens
 * to leave"): that "to" completes the verb and is no purpose.
 */
const OBJECT_INFINITIVE: ReadonlySet<string> = new Set([
  'allow', 'permit', 'enable', 'ask', 'urge', 'tell', 'want', 'force', 'persuade', 'encourage', 'invite', 'order', 'expect',
  'require', 'help', 'lead', 'cause', 'get', 'advise', 'warn', 'convince', 'press', 'push', 'call', 'prompt', 'compel',
  'oblige', 'instruct', 'direct', 'authorize', 'authorise', 'pressure', 'need', 'like', 'prefer', 'agree',
]);

/** Nouns that take a "to" of their own ("a chance to work", "the right to vote"). */
const NOUN_INFINITIVE: ReadonlySet<string> = new Set([
  'chance', 'opportunity', 'right', 'plan', 'decision', 'attempt', 'ability', 'need', 'way', 'time', 'power', 'authority',
  'permission', 'willingness', 'refusal', 'failure', 'promise', 'pledge', 'proposal', 'offer', 'order', 'call', 'agreement',
  'deal', 'move', 'bid', 'effort', 'readiness', 'intention', 'desire', 'wish', 'freedom', 'obligation', 'duty', 'reason',
]);

/**
 * Whether the "to" at `i` completes a word before it: a noun that takes one ("a chance to
 * work") or a verb a few words back whose object does ("allow inspectors to visit").
 */
function wantsInfinitive(s: Sentence, i: number): boolean {
  if (NOUN_INFINITIVE.has(s.tokens[i - 1]?.lemma ?? '')) return true;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = s.tokens[k]!;
    if (t.pos === 'VERB') return OBJECT_INFINITIVE.has(t.lemma);
    if (!isWord(t)) return false;
  }
  return false;
}

/** Longest clause, in tokens: a reason is a clause, not a paragraph. */
const MAX_CLAUSE = 25;
/** A comma ends a clause only once it holds this many substantive words ("as “there will not be a vote …”"). */
const MIN_WORDS_BEFORE_COMMA = 3;

const lowerAt = (s: Sentence, i: number): string => s.tokens[i]?.lower ?? '';

/** Whether the words at `i` spell `phrase`. */
function spells(s: Sentence, i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => lowerAt(s, i + k) === w);
}

/** Whether a clause with its own subject and verb follows `i` ("as the United Nations warned"). */
function clauseFollows(s: Sentence, i: number): boolean {
  let nominal = false;
  for (let k = i + 1; k < Math.min(s.tokens.length, i + 9); k++) {
    const t = s.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return nominal;
    if (!isWord(t) || SUBJECT_STOPS.has(t.lower)) return false;
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos)) nominal = true;
  }
  return false;
}

/** Whether `t` is a verb's -ing form ("clinging", "spraying"). */
const isGerund = (t: Token | undefined): boolean => !!t && /ing$/.test(t.lower) && (t.pos === 'VERB' || t.pos === 'NOUN');

/** Whether a quotation mark opens a quotation: a curly opening mark, or a straight one after a space. */
function opensQuote(s: Sentence, t: Token): boolean {
  if (!OPEN_Q.test(t.text)) return false;
  if (!CLOSE_Q.test(t.text)) return true;
  return t.start === 0 || /\s/.test(s.text[t.start - 1]!);
}

/**
 * Where a clause whose words start at `start` ends: a sentence break, a comma once it says
 * something, a closing quote, or MAX_CLAUSE. An aside right after the marker ("given that, just
 * three weeks before, Medvedev had said …") is read through: the reason is what follows it.
 */
function clauseEnd(s: Sentence, start: number, wordsBeforeComma = MIN_WORDS_BEFORE_COMMA): number {
  const last = Math.min(s.tokens.length, start + MAX_CLAUSE);
  let words = 0;
  let k = start;
  if (s.tokens[k]?.text === ',') {
    const close = s.tokens.findIndex((t, i) => i > k && i < last && t.text === ',');
    if (close > 0) k = close + 1;
  }
  // A quotation opened inside the clause is read to its end ("said that “in some cases, sanctions are inevitable”").
  let quoted = false;
  for (; k < last; k++) {
    const t = s.tokens[k]!;
    if (!quoted && opensQuote(s, t)) { quoted = true; continue; }
    // A quotation opened inside the clause ends it with its closing mark, kept so the marks pair.
    if (CLOSE_Q.test(t.text)) return quoted ? k + 1 : k;
    if (quoted) { if (isSubstantive(t)) words++; continue; }
    if (['.', ';', '—', '(', ')', ':', '?', '!'].includes(t.text)) return k;
    if (t.text === ',' && words >= wordsBeforeComma && !quoted) return k;
    if (isSubstantive(t)) words++;
  }
  return last;
}

/** Every reason clause (why-questions) or manner clause (how-questions) of the sentence. */
export function reasonClauses(s: Sentence, q: Question): Clause[] {
  const out: Clause[] = [];
  const add = (start: number, strength: number, marker = 1): void => {
    // A bare purpose "to" is a short clause: it ends at its first comma.
    const end = clauseEnd(s, start + marker, strength > 1 ? MIN_WORDS_BEFORE_COMMA : 0);
    const words = s.tokens.slice(start + 1, end).filter(isSubstantive).length;
    if (words > 0 && !out.some((c) => c.start === start && c.end === end)) out.push({ start, end, strength });
  };
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (q.type === 'manner') {
      if (MANNER_OPENERS.has(t.lower) && (t.lower !== 'by' || isGerund(s.tokens[i + 1]))) add(i, t.lower === 'by' ? 3 : 2);
      else if (spells(s, i, ['in', 'order', 'to'])) add(i, 1);
      continue;
    }
    const phrase = REASON_PHRASES.find((p) => spells(s, i, p));
    if (phrase) { add(i, 3, phrase.length); i += phrase.length - 1; continue; }
    if (CLAUSE_OPENERS.has(t.lower) && (clauseFollows(s, i) || (t.lower === 'for' && isGerund(s.tokens[i + 1])))) add(i, 2);
    // A bare purpose: "kept in confidence to let companies fix it" (not "urged them to leave", where
    // the verb wants its "to").
    else if (t.lower === 'to' && t.pos === 'PART' && s.tokens[i + 1]?.pos === 'VERB' && s.tokens[i - 1]?.pos !== 'VERB' && !wantsInfinitive(s, i)) add(i, 1);
  }
  return out;
}

/**
 * The rules' reason among the clauses: the plainest marker, then the one after the question's
 * last matched word (a reason follows the event it explains), then the nearest to the matched words.
 */
export function bestReason<C extends { start: number; end: number; strength?: number }>(clauses: readonly C[], w: readonly number[]): C | undefined {
  const matched = w.flatMap((x, i) => (x > 0 ? [i] : []));
  const last = matched.length ? matched[matched.length - 1]! : -1;
  const distance = (c: C): number => Math.min(...matched.map((i) => (i < c.start ? c.start - i : i >= c.end ? i - c.end + 1 : 0)), 99);
  const score = (c: C): number => (c.strength ?? 0) * 10 + (c.start > last ? 5 : 0) - Math.min(distance(c), 9);
  let best: C | undefined;
  for (const c of clauses) if (!best || score(c) > score(best)) best = c;
  return best;
}
