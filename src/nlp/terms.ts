import type { Token } from './wink.js';
import { DEMONYMS, FUNCTION_WORDS, NUMBER_WORDS } from './tables.js';

/**
 * The term pipeline, shared by articles and questions so both sides are indexed alike: each
 * rule maps a content token to zero or more index terms. Plain terms are lemmas; `s:` terms
 * are Porter stems (a weaker fallback); `e:` terms name entities.
 */
export type TermRule = (token: Token) => string[];

const NON_CONTENT_POS = new Set(['PUNCT', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'SYM', 'SPACE']);

/** A word that carries meaning (not punctuation, not a function word). */
export function isContent(token: Token): boolean {
  if (NON_CONTENT_POS.has(token.pos) && token.pos !== 'PART') return false;
  if (token.pos === 'PART' && token.lower !== 'not') return false;
  if (FUNCTION_WORDS.has(token.lower) || FUNCTION_WORDS.has(token.lemma)) return false;
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** "Iranians" → "iranian": plural demonyms (proper nouns, so not lemmatised) take the singular. */
function baseLemma(t: Token): string {
  const lemma = t.lemma.replace(/'s$/, '');
  return lemma.endsWith('s') && DEMONYMS.has(lemma.slice(0, -1)) ? lemma.slice(0, -1) : lemma;
}

const lemmaRule: TermRule = (t) => {
  const base = baseLemma(t);
  // "a meeting" also means "to meet": gerund nouns index their verb too (the stem).
  return t.pos === 'NOUN' && base.endsWith('ing') && t.stem && t.stem !== base ? [base, t.stem] : [base];
};
const stemRule: TermRule = (t) => (t.stem ? [`s:${t.stem}`] : []);
const demonymRule: TermRule = (t) => {
  const place = DEMONYMS.get(t.lower);
  return place ? [`e:${place}`] : [];
};

/** "three" also indexes "3", so a question's figure finds the article's word and back. */
const numberRule: TermRule = (t) => {
  const figure = NUMBER_WORDS.get(t.lower);
  return figure ? [figure] : [];
};

/** "%", "percent" and "percentage" are one thing to look up (for "%" see tokenTerms). */
const PERCENT = new Set(['percent', 'percentage', 'pct']);
const percentRule: TermRule = (t) => (PERCENT.has(t.lower) ? ['percent'] : []);

/** The rules in order. Add a rule here and both articles and questions get it. */
export const TERM_PIPELINE: readonly TermRule[] = [lemmaRule, stemRule, demonymRule, numberRule, percentRule];

const NONE: string[] = [];
const PERCENT_TERMS = ['percent'];

/**
 * Index terms of one token (empty for function words and punctuation). Article tokens are asked
 * on every question (anchors, proximity, roles), so the terms are kept on the token itself.
 */
export function tokenTerms(token: Token): string[] {
  // "%" is a symbol, not a word, but it says "percent" as plainly as the word does.
  token.terms ??= isContent(token) ? TERM_PIPELINE.flatMap((rule) => rule(token)).filter((t) => t.length > 0) : token.lower === '%' ? PERCENT_TERMS : NONE;
  return token.terms;
}

/**
 * Words written with a hyphen, as one term without it: "Wi-Fi" (three tokens) and "e-mail" (one)
 * give "wifi" and "email", so that "wifi", "Wi-Fi" and "wi fi" meet (see analyseQuestion for the
 * spaced form). Lower case; letters and digits only.
 */
export function hyphenCompounds(tokens: readonly Token[]): Array<{ term: string; from: number; to: number }> {
  const out: Array<{ term: string; from: number; to: number }> = [];
  tokens.forEach((t, i) => {
    if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(t.text)) out.push({ term: t.lower.replace(/-/g, ''), from: i, to: i + 1 });
  });
  for (let i = 0; i + 2 < tokens.length; i++) {
    // "Wi - Fi" with no space either side of the hyphen, and on to "x-y-z".
    let j = i;
    while (tokens[j + 2] && tokens[j + 1]!.text === '-' && tokens[j]!.end === tokens[j + 1]!.start && tokens[j + 1]!.end === tokens[j + 2]!.start && /^[\p{L}\p{N}]+$/u.test(tokens[j + 2]!.text)) j += 2;
    if (j > i && /^[\p{L}\p{N}]+$/u.test(tokens[i]!.text)) {
      out.push({ term: tokens.slice(i, j + 1).filter((t) => t.text !== '-').map((t) => t.lower).join(''), from: i, to: j + 1 });
      i = j;
    }
  }
  return out;
}

/**
 * Weight of a derivationally related article word ("close" for a question's "closure", as a
 * `d:` term; see analyseQuestion and buildCorpus), against 1 for a question word the article
 * has; it stands in only for a noun or verb the article lacks. 0 turns derivations off, and it
 * is off because it does not pay. Measured 2026-12-06 on the validation sets only (right /
 * acceptable / missed / wrong, evidence@1):
 * - news-wikinews choose (120): 0.308 / 0.233 / 0.1 / 0.358, 0.7 at 0, and the same at 0.3 and
 *   0.5 (one reply changed, a wrong short answer turned a wrong sentence);
 * - squad-v1.1-dev-3 (635): 0.271 / 0.474 / 0.069 / 0.186, 0.78 at 0; at 0.3 one missed turned
 *   wrong (missed 0.068, wrong 0.187); at 0.5 one wrong turned missed (missed 0.071, wrong 0.184).
 * Useful (right + acceptable) did not rise on either set at either weight. An earlier pipeline's
 * measurement is in docs/conversation.md. tests/src/nlp/derivation-weight.test.ts turns it on.
 */
export const DERIVATION_WEIGHT: number = 0;
