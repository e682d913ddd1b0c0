import type { Corpus, Sentence } from '../article/model.js';
import type { Token } from '../nlp/wink.js';
import type { Question } from '../question/analyse.js';
import { NEGATIONS, OPPOSITES, TITLE_WORDS } from '../nlp/tables.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { retrieve } from '../retrieve/retrieve.js';
import { coverageProblem } from '../judge/abstain.js';
import { describeEntity } from '../shortcuts/describe.js';
import { PRIORS } from '../params.js';

/**
 * Yes/no questions ("Did the government send money?", "is lavrov the foreign minister"): the
 * passage that matches the question decides, by whether it asserts or negates what is asked —
 * a negation at the predicate ("did not retreat", "received nothing", "never"), or an opposite
 * of a question word in the passage's words ("opposed" for "support"). Two flips cancel
 * ("not opposed" is a yes). When the passage lacks what the question asks, the article does
 * not say.
 */

export type YesNo =
  | { verdict: 'yes' | 'no'; sentence: Sentence; confidence: number }
  | { verdict: 'unknown'; reason: string };

/** How far before the predicate a negation still belongs to it ("did not retreat", "had never been"). */
const NEGATION_BEFORE = 4;
/** How far after the predicate a negative object stands ("received nothing", "said nothing about"). */
const NEGATION_AFTER = 2;
/**
 * Converses: the same event seen from its other side ("send" money = "receive" it), which the
 * opposites table lists as opposites. They match, they do not flip.
 */
const CONVERSES = new Set(['send receive', 'give receive', 'lend borrow', 'buy sell', 'import export', 'attack defend']);
/** Most question words the passage may lack and still decide (a paraphrase, a general word). */
const MAX_MISSING_SHARE = 0.34;
/** Passages within this share of the best score are weighed too: the best-scored may not decide. */
const CLOSE = 0.8;

function isConverse(a: string, b: string): boolean {
  return CONVERSES.has(`${a} ${b}`) || CONVERSES.has(`${b} ${a}`);
}

/** How a question word stands in a passage: there, there as its opposite, or not there. */
type Match = { word: Token; at: number; opposite: boolean } | { word: Token; at: -1; opposite: false };

function matchWord(word: Token, s: Sentence): Match {
  const terms = tokenTerms(word).filter((t) => !t.startsWith('e:'));
  const at = s.tokens.findIndex((t) => tokenTerms(t).some((x) => terms.includes(x)));
  if (at >= 0) return { word, at, opposite: false };
  const opposites = OPPOSITES.get(word.lemma) ?? OPPOSITES.get(word.lower);
  if (opposites) {
    const k = s.tokens.findIndex((t) => opposites.has(t.lemma) || opposites.has(t.lower));
    if (k >= 0) return { word, at: k, opposite: !isConverse(word.lemma, s.tokens[k]!.lemma) };
  }
  return { word, at: -1, opposite: false };
}

/** Whether the word at `at` is negated: a negator just before it, or a negative object right after it. */
function negatedAt(s: Sentence, at: number): boolean {
  const before = s.tokens.slice(Math.max(0, at - NEGATION_BEFORE), at);
  // A clause break in between ends the reach: "…, not …" belongs to another clause.
  const lastBreak = before.map((t) => /^[,;:—]$/.test(t.text)).lastIndexOf(true);
  if (before.slice(lastBreak + 1).some((t) => NEGATIONS.has(t.lower))) return true;
  return s.tokens.slice(at + 1, at + 1 + NEGATION_AFTER).some((t) => ['nothing', 'none', 'no', 'never'].includes(t.lower));
}

/** The question's words that must hold in the passage: content words outside names, negation aside. */
function askedWords(q: Question, corpus: Corpus): Token[] {
  const names = new Set<number>();
  q.tokens.forEach((t, i) => {
    const folded = t.lower;
    if (corpus.forms.has(folded)) names.add(i);
  });
  return q.tokens.filter((t, i) => i > 0 && isContent(t) && !names.has(i) && !NEGATIONS.has(t.lower) && !['do', 'be', 'have', 'say'].includes(t.lemma));
}

/** "Is Lavrov the foreign minister?": what the article calls the person decides. */
function roleVerdict(corpus: Corpus, q: Question, words: readonly Token[]): YesNo | undefined {
  if (q.tokens[0]?.lemma !== 'be' || q.entities.size !== 1) return undefined;
  const titles = words.filter((t) => TITLE_WORDS.has(t.lower));
  if (titles.length === 0) return undefined;
  const d = describeEntity(corpus, [...q.entities][0]!);
  if (!d) return undefined;
  const described = new Set(d.text.toLowerCase().split(/[^\p{L}]+/u));
  const all = words.every((t) => described.has(t.lower) || described.has(t.lemma));
  const otherTitle = [...described].some((w) => TITLE_WORDS.has(w) && !titles.some((t) => t.lower === w));
  if (all) return { verdict: 'yes', sentence: d.sentence, confidence: PRIORS.yesNo };
  if (otherTitle) return { verdict: 'no', sentence: d.sentence, confidence: PRIORS.yesNoOtherTitle };
  return undefined;
}

/** "The article doesn't say", naming the sentence that comes nearest. */
function undecided(s: Sentence): YesNo {
  const shown = s.text.length > 160 ? `${s.text.slice(0, 157).replace(/\s+\S*$/, '')} …` : s.text;
  return { verdict: 'unknown', reason: `it does not say yes or no; the nearest it comes is paragraph ${s.paragraph}: "${shown}"` };
}

/**
 * Decides a yes/no question, or returns undefined when it is not one this module decides
 * ("Is it A or B?" asks for one of two things: the ordinary answer path takes it).
 */
export function decideYesNo(corpus: Corpus, q: Question): YesNo | undefined {
  if (q.type !== 'yesno' || q.tokens.some((t) => t.lower === 'or')) return undefined;
  const words = askedWords(q, corpus);
  const role = roleVerdict(corpus, q, words);
  if (role) return role;
  const ranked = retrieve(q, corpus, 5);
  const notEnough = coverageProblem(q, corpus, ranked[0]);
  if (notEnough) return { verdict: 'unknown', reason: notEnough };
  const top = ranked[0]!;
  let best: { s: Sentence; missing: number; flips: number; score: number } | undefined;
  let nearest: Sentence | undefined;
  for (const r of ranked.filter((x) => x.score >= top.score * CLOSE)) {
    const s = r.sentence;
    // Every name the question uses must be in the passage itself (by name, pronoun or role):
    // "Did Lavrov meet Putin?" is not answered by a paragraph that names both apart.
    const namesThere = [...q.entities].every((k) => s.terms.has(`e:${k}`));
    if (!namesThere) continue;
    const matches = words.map((w) => matchWord(w, s));
    // A verb or adjective the article never uses is paraphrase ("ask" for "make requests"): when
    // neither it nor its opposite is there, the other words decide.
    const missing = matches.filter((m) => m.at < 0 && !q.paraphrase.has(m.word.lemma)).length;
    // A verb the article uses elsewhere but this passage lacks (nor its opposite): the passage
    // does not assert or deny the act asked about, so it cannot decide, whatever else it shares
    // with the question. (A verb the article never uses is likely paraphrase: the other words decide.)
    if (matches.some((m) => m.at < 0 && m.word.pos === 'VERB' && !q.paraphrase.has(m.word.lemma))) {
      nearest ??= s;
      continue;
    }
    const opposite = matches.some((m) => m.opposite);
    // Negation anywhere on what the question asks: "did not retreat", "not by a private company".
    const negated = matches.some((m) => m.at >= 0 && negatedAt(s, m.at));
    const flips = (opposite ? 1 : 0) + (negated ? 1 : 0);
    if (!best || missing < best.missing || (missing === best.missing && r.score > best.score)) best = { s, missing, flips, score: r.score };
  }
  if (!best && nearest) return undecided(nearest);
  if (!best) return { verdict: 'unknown', reason: 'no passage connects the names the question asks about' };
  const weighed = words.filter((w) => !q.paraphrase.has(w.lemma)).length;
  if (weighed > 0 && best.missing / weighed > MAX_MISSING_SHARE) return undecided(best.s);
  const confidence = Math.max(PRIORS.yesNoFloor, PRIORS.yesNo - PRIORS.yesNoPerMissing * best.missing);
  return { verdict: best.flips % 2 === 1 ? 'no' : 'yes', sentence: best.s, confidence };
}
