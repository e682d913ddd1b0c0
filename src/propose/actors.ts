import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { REPORTING_VERBS } from '../nlp/tables.js';
import { inQuote, isSubstantive, trim } from './span.js';
import { SPAN } from '../params.js';

/**
 * Who did or said something, when the article names no one: the phrase before a reporting verb,
 * what that verb reports, the names before a copula, the agent of the question's verb.
 */

/**
 * The common-noun phrase before a reporting verb outside any quote, back to the clause start
 * ("But a day earlier, a senior official traveling with her said"); undefined when it holds a
 * name or question word (typed candidates handle names) or no noun.
 */
export function unnamedReporter(s: Sentence, w: readonly number[]): [number, number] | undefined {
  const v = s.tokens.findIndex((t, i) => REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB' && !inQuote(s, i));
  if (v <= 0) return undefined;
  let start = v;
  while (start > 0 && !boundaryToken(s.tokens[start - 1]!) && !(w[start - 1]! > 0)) start--;
  // Trimmed at the front only: "traveling with her" belongs to the phrase.
  const [a] = trim(s, start, v);
  const b = v;
  const np = s.tokens.slice(a, b);
  if (b <= a || !np.some((t) => t.pos === 'NOUN') || s.mentions.some((m) => m.start < b && m.end > a)) return undefined;
  return [a, b];
}

/** Substantive words of an object that stops at the question's next word ("said nothing about …"). */
const SHORT_OBJECT_WORDS = 2;

/** How many tokens before a reporting verb the question's words must stand to be its subject. */
const REPORTER_REACH = 4;

/**
 * The clause a reporting verb reports ("said [that] he did not retreat …"), when its subject
 * matched the question. The question's own verb counts first ("What did Clinton reiterate?").
 */
export function reportedContent(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const asked = new Set(q.tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma));
  const verbs = s.tokens.map((_, v) => v).filter((v) => s.tokens[v]!.pos === 'VERB' && !inQuote(s, v) && v > 0 && v + 1 < s.tokens.length);
  const ordered = [...verbs.filter((v) => asked.has(s.tokens[v]!.lemma)), ...verbs.filter((v) => !asked.has(s.tokens[v]!.lemma) && REPORTING_VERBS.has(s.tokens[v]!.lemma))];
  for (const v of ordered) {
    // A pronoun standing for someone asked about may open the report ("said he did not retreat").
    if (w[v + 1]! > 0 && s.tokens[v + 1]!.pos !== 'PRON') continue;
    if (!w.slice(Math.max(0, v - REPORTER_REACH), v).some((x) => x > 0)) continue;
    // A short object before the question's next word is the whole answer ("said nothing about
    // Iran", asked about Iran); otherwise the report runs to the end of the sentence.
    let next = v + 2;
    while (next < s.tokens.length && !(w[next]! > 0 && s.tokens[next]!.pos !== 'PRON')) next++;
    const objectWords = s.tokens.slice(v + 1, next).filter(isSubstantive).length;
    // Only an object the question's word follows through a preposition: "said nothing about Iran",
    // not "said that in some cases, sanctions …".
    let before = next - 1;
    while (before > v && ['DET', 'PRON'].includes(s.tokens[before]!.pos)) before--;
    const short = objectWords > 0 && objectWords <= SHORT_OBJECT_WORDS && s.tokens[before]?.pos === 'ADP' && s.tokens[v + 1]!.lower !== 'that';
    const end = short && next < s.tokens.length ? next : s.tokens.length;
    // The report opens past "that" and past words the question already says ("it would allow …").
    let a = v + 1;
    if (s.tokens[a]!.lower === 'that') a++;
    while (a < end && (w[a]! > 0 || !isSubstantive(s.tokens[a]!))) a++;
    const [, b] = trim(s, a, end);
    if (b > a) return [a, Math.min(b, a + SPAN.maxTokens)];
  }
  return undefined;
}

const boundaryToken = (t: Token): boolean => [',', ';', ':', '(', '—', '“', '”', '"'].includes(t.text);

/**
 * The names standing before "is/are" + a matched word, back to the clause start, if any. A name
 * the question gives may stand among them ("Who is Iran's neighbor?" over "Russia and Iran are
 * neighbors"): then the others are the answer.
 */
export function subjectOfCopula(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const asked = (i: number): boolean => s.mentions.some((m) => m.start <= i && i < m.end && q.entities.has(m.key));
  const be = s.tokens.findIndex((t, i) => t.lemma === 'be' && w[i + 1]! > 0 && (!(w[i - 1]! > 0) || asked(i - 1)));
  if (be <= 0) return undefined;
  let start = be;
  while (start > 0 && ![',', ';', ':', '(', '—'].includes(s.tokens[start - 1]!.text) && (!(w[start - 1]! > 0) || asked(start - 1))) start--;
  const [a, b] = trim(s, start, be);
  const names = s.mentions.filter((m) => m.start >= a && m.end <= b);
  const others = names.filter((m) => !q.entities.has(m.key));
  if (others.length === 0) return undefined;
  // Only the question's own names dropped from a list of names: "Russia and Iran" → "Russia".
  if (others.length < names.length) return others.length === 1 ? [others[0]!.nameStart, others[0]!.end] : undefined;
  return b > a ? [a, b] : undefined;
}

/**
 * The agent of the question's verb in the passage: a name right after "<verb> by" (passive), or
 * the noun phrase right before the verb when it is a common noun ("Analysts here expressed …");
 * undefined when the subject is a name or a pronoun (typed candidates handle those).
 */
export function agentOf(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const verbLemma = q.tokens.find((t, i) => i > 0 && t.pos === 'VERB')?.lemma;
  const v = s.tokens.findIndex((t, i) => w[i]! > 0 && t.pos === 'VERB' && t.lemma === verbLemma);
  if (v < 0) return undefined;
  if (s.tokens[v + 1]?.lower === 'by') {
    const m = s.mentions.find((x) => x.start === v + 2);
    if (m && !q.entities.has(m.key)) return [m.nameStart, m.end];
  }
  // Back over adverbs and auxiliaries ("officials had hailed"; not "be": "was taken up" is
  // passive, its subject no agent), then the noun phrase itself, whose modifiers may be names
  // of places or peoples ("American officials"), and which may join nouns ("congresses and presidents").
  let end = v;
  while (end > 0 && (s.tokens[end - 1]!.pos === 'ADV' || (s.tokens[end - 1]!.pos === 'AUX' && s.tokens[end - 1]!.lemma !== 'be'))) end--;
  let start = end;
  const inPhrase = (k: number): boolean =>
    ['NOUN', 'ADJ', 'NUM', 'DET', 'PROPN'].includes(s.tokens[k]!.pos) || (s.tokens[k]!.pos === 'CCONJ' && ['NOUN', 'PROPN'].includes(s.tokens[k - 1]?.pos ?? ''));
  while (start > 0 && inPhrase(start - 1) && !(w[start - 1]! > 0)) start--;
  const np = s.tokens.slice(start, end);
  if (np[np.length - 1]?.pos !== 'NOUN' || s.mentions.some((m) => m.kind === 'person' && m.start < end && m.end > start)) return undefined;
  if (start > 0 && !['PUNCT', 'SCONJ', 'CCONJ'].includes(s.tokens[start - 1]!.pos)) return undefined;
  return trim(s, start, end);
}
