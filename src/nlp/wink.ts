import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import { model } from './model.js';

/** One word or punctuation mark, with what wink-nlp says of it. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** Lower-case lemma (wink-nlp's; proper nouns keep their form). */
  lemma: string;
  /** Porter stem, for a weaker fallback match. */
  stem: string;
  /** Universal POS tag (PROPN, NOUN, VERB, ADP, PUNCT …). */
  pos: string;
  /** wink-nlp's entity type covering this token (DATE, CARDINAL, PERCENT …), if any. */
  entity?: string;
  /** Character offsets in the analysed text. */
  start: number;
  end: number;
  /** Index terms, filled in on first use by `tokenTerms` (nlp/terms.ts). */
  terms: string[] | undefined;
}

/** A sentence as token list plus its exact text. */
export interface AnalysedSentence {
  text: string;
  tokens: Token[];
}

// One instance per process: a second winkNLP(model) silently loses custom entities (see notes).
// Only the annotations the core reads: sentence breaks, part of speech (lemmas need it) and
// entities; negation and sentiment are left out, they cost time and nothing here uses them.
let instance: ReturnType<typeof winkNLP> | undefined;
function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}

// Porter stems, remembered per word: the same words recur in every article and question.
const stems = new Map<string, string>();
const porter = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;
function stemOf(lower: string): string {
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = porter(lower);
    if (stems.size < 200_000) stems.set(lower, stem);
  }
  return stem;
}

/**
 * Folds what people type differently for the same word: curly apostrophes made straight
 * ("Russia’s" = "Russia's"), en dashes made hyphens ("13–0" = "13-0"), accents dropped
 * ("Ujazdów" = "Ujazdow", "Hervé" = "Herve"), since questions are often typed without them.
 */
export function foldText(s: string): string {
  const straight = s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2013]/g, '-');
  // Only non-ASCII text pays for the decomposition.
  return /[^\x00-\x7f]/.test(straight) ? straight.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : straight;
}

/**
 * Joins sentences wink split after an abbreviation or inside a web address: the next one opens
 * in lower case ("CBSSports." | "com, and …"), or with a figure after a short abbreviation
 * ("amounted to ca." | "2 million at that time", "(Vol." | "1)").
 */
/** Abbreviations that stand before a figure ("ca. 2 million", "Vol. 1", "no. 5", "p. 12"). */
const ABBREVIATIONS = new Set(['ca', 'c', 'approx', 'max', 'min', 'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ps', 'fig', 'est', 'cf', 'op', 'ch', 'sec', 'art']);

function mendBreaks(spans: readonly [number, number][], tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    const previous = out.at(-1);
    const opener = tokens[a]?.text ?? '';
    const lastWord = previous ? tokens[previous[1] - 1]?.text ?? '' : '';
    const afterAbbreviation = tokens[previous?.[1] ?? -1]?.text === '.' && ABBREVIATIONS.has(lastWord.toLowerCase()) && /^\d/.test(opener);
    if (previous && (/^\p{Ll}/u.test(opener) || afterAbbreviation)) previous[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/**
 * Splits a text (one paragraph, or a question) into sentences and tokens. Pure apart from the
 * shared, read-only wink model.
 */
export function analyse(text: string): AnalysedSentence[] {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const tokens = doc.tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemma = tokens.out(its.lemma as ItsFunction<string>) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const entityOf: (string | undefined)[] = new Array(words.length);
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const types = doc.entities().out(its.type) as string[];
  spans.forEach(([a, b], k) => {
    for (let i = a; i <= b; i++) entityOf[i] = types[k];
  });

  const all: Token[] = [];
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    offset += spaces[i]!.length;
    const w = words[i]!;
    // wink may normalise some characters; find the word in the text to keep offsets exact.
    const found = text.indexOf(w, offset);
    const start = found >= 0 && found - offset < 4 ? found : offset;
    const lower = foldText(w.toLowerCase());
    all.push({
      text: w, lower, lemma: foldText((lemma[i] ?? w).toLowerCase()), stem: stemOf(lower),
      pos: pos[i] ?? 'X', entity: entityOf[i], start, end: start + w.length, terms: undefined,
    });
    offset = start + w.length;
  }

  const sentenceSpans = mendBreaks(doc.sentences().out(its.span) as unknown as [number, number][], all);
  return sentenceSpans.map(([a, b]) => {
    const toks = all.slice(a, b + 1);
    const start = toks[0]?.start ?? 0;
    const end = toks[toks.length - 1]?.end ?? start;
    // Offsets become sentence-relative in place: each token belongs to exactly one sentence.
    for (const t of toks) {
      t.start -= start;
      t.end -= start;
    }
    return { text: text.slice(start, end), tokens: toks };
  });
}

export type { ItemToken };

/**
 * Whether the English model's lexicon knows a word (wink's own vocabulary, lower case): the
 * language check counts how many of a question's words it knows.
 */
let lexicon: { isOOV?: (text: string) => boolean } | undefined;
export function isEnglishWord(word: string): boolean {
  // Any document answers for the lexicon: `isOOV` looks the word up in the model, not the text.
  lexicon ??= nlp().readDoc('') as unknown as { isOOV?: (text: string) => boolean };
  return lexicon.isOOV ? !lexicon.isOOV(word.toLowerCase()) : true;
}

/** Whether the English model flags a word as a stop word ("the", "what", "did"): English questions nearly always hold one. */
const stopWords = new Map<string, boolean>();
export function isEnglishStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  let flag = stopWords.get(lower);
  if (flag === undefined) {
    const n = nlp();
    const flags = n.readDoc(lower).tokens().out(n.its.stopWordFlag) as unknown as boolean[];
    flag = flags.length === 1 && flags[0] === true;
    // Remembered per word, like stems: the same words recur in every question.
    if (stopWords.size < 50_000) stopWords.set(lower, flag);
  }
  return flag;
}
