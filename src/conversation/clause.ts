/**
 * The shape of a question, read from its part-of-speech tags, so that a follow-up can be built
 * from it grammatically: which word asks (and whether it stands for the subject, an object or a
 * circumstance), the auxiliary, the main verb, and where an object left empty by a new question
 * word has to go ("What did Lavrov say about sanctions?" + "why?" → "Why did Lavrov say that
 * about sanctions?", not "Why did Lavrov say about sanctions?").
 */
import { analyse, type Token } from '../nlp/wink.js';

/** What the question word stands for. */
export type Role = 'subject' | 'object' | 'complement' | 'adverbial' | 'yesno';

export interface Clause {
  /** "who", "what", "which", "when", "how many" …; absent for a yes/no question. */
  word?: string;
  /** The noun after "which"/"what"/"how many" ("countries"), as typed. */
  noun?: string;
  /** Whether that noun is plural ("countries" → "those countries"). */
  plural: boolean;
  role: Role;
  /** The auxiliary as typed ("did", "is", "will"), when there is one. */
  aux?: string;
  /** The words after the auxiliary (or, for a subject question, after the question phrase). */
  body: string;
  /** For a subject question without an auxiliary: the verb's base form and tense ("met" → meet, did). */
  verb?: { base: string; support: 'did' | 'does' | 'do'; rest: string };
  /** For an object question: the main verb's lemma ("think" in "What does X think about Y?"). */
  main?: string;
  /** For an object question: where in `body` the missing object goes (a character offset). */
  gap?: number;
}

const AUX = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', "'s"]);
const BE = new Set(['is', 'are', 'was', 'were']);
const WH = new Set(['who', 'whom', 'what', 'which', 'when', 'where', 'why', 'how']);
const HOW_WITH = new Set(['many', 'much', 'long', 'often', 'far']);
/** Tags that open a noun phrase: after "what did", a subject follows, so "what" is an object. */
const NOUN_OPENERS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'NUM']);

const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/\s*[?.!]+\s*$/, '').trim();

/** Whether a token is plural: its written form is not its lemma and ends in -s. */
export function isPlural(t: Token): boolean {
  return t.pos === 'NOUN' && /s$/i.test(t.lower) && t.lower !== t.lemma;
}

/** Reads a question's shape; undefined when it is not a question this module can rebuild. */
export function parseClause(question: string): Clause | undefined {
  const text = tidy(question);
  if (!text) return undefined;
  const tokens = analyse(text).flatMap((s) => s.tokens);
  const first = tokens[0];
  if (!first) return undefined;
  const from = (i: number) => (tokens[i] ? text.slice(tokens[i]!.start).trim() : '');

  if (AUX.has(first.lower) && first.lower !== "'s") return { role: 'yesno', aux: first.text, body: from(1), plural: false };
  if (!WH.has(first.lower)) return undefined;

  let i = 1;
  let word = first.lower;
  if (word === 'how' && HOW_WITH.has(tokens[1]?.lower ?? '')) {
    word = `how ${tokens[1]!.lower}`;
    i = 2;
  }
  // "which countries", "what plan", "how many countries": the noun belongs to the question phrase.
  let noun: Token[] = [];
  if (['what', 'which', 'how many', 'how much'].includes(word)) {
    let j = i;
    while (tokens[j] && !AUX.has(tokens[j]!.lower) && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[j]!.pos) && tokens[j]!.pos !== 'VERB') j++;
    // A lone adjective is not a noun phrase ("how much more").
    if (j > i && tokens[j - 1]!.pos !== 'ADJ') noun = tokens.slice(i, j);
    i = j;
  }
  const nounText = noun.length > 0 ? text.slice(noun[0]!.start, noun.at(-1)!.end) : undefined;
  const plural = noun.length > 0 && isPlural(noun.at(-1)!);
  const base = { word, ...(nounText ? { noun: nounText } : {}), plural };
  const adverbial = /^(?:when|where|why|how|how long|how often|how far)$/.test(word);
  const next = tokens[i];
  if (!next) return undefined;

  if (AUX.has(next.lower) && next.lower !== "'s") {
    const after = tokens[i + 1];
    if (!after) return undefined;
    const body = from(i + 1);
    if (adverbial) return { ...base, role: 'adverbial', aux: next.text, body };
    // "Who has been skeptical …", "Who was in China?", "Who will meet …": the question word is the subject.
    // Lower-case chat tags a name as a verb ("what did google break"): a second verb after it
    // shows the first word was the subject.
    const subjectTaggedVerb = after.pos === 'VERB' && tokens.slice(i + 2).some((t) => t.pos === 'VERB');
    if ((!NOUN_OPENERS.has(after.pos) && !subjectTaggedVerb) || (after.pos === 'PRON' && /^(?:not)$/.test(after.lower))) return { ...base, role: 'subject', aux: next.text, body };
    const verbAt = tokens.findIndex((t, k) => k > i + 1 && t.pos === 'VERB');
    if (verbAt < 0 && BE.has(next.lower)) return { ...base, role: 'complement', aux: next.text, body };
    const main = verbAt > 0 ? { main: tokens[verbAt]!.lemma } : {};
    return { ...base, role: 'object', aux: next.text, body, gap: gapIn(tokens, text, i + 1, verbAt) - tokens[i + 1]!.start, ...main };
  }
  if (adverbial) return undefined;
  // No auxiliary: the question phrase is the subject of the verb that follows ("Who met Lavrov?").
  if (next.pos !== 'VERB') return undefined;
  const support = next.lower === next.lemma ? 'do' : /s$/.test(next.lower) ? 'does' : 'did';
  return { ...base, role: 'subject', body: from(i), verb: { base: next.lemma, support, rest: from(i + 1) } };
}

/**
 * Where the object goes: at the end when a preposition is left stranded ("agree to" → "agree to
 * that"), else right after the main verb ("say" → "say that about sanctions"), else before the
 * first preposition after the subject, else at the end.
 */
function gapIn(tokens: readonly Token[], text: string, bodyStart: number, verbAt: number): number {
  const last = tokens.at(-1)!;
  if (last.pos === 'ADP' || last.pos === 'PART') return text.length;
  if (verbAt > 0) {
    // A particle stays after the object ("point that out" is fine; "say that" is what we want).
    return tokens[verbAt]!.end;
  }
  const adp = tokens.findIndex((t, k) => k > bodyStart && t.pos === 'ADP');
  return adp > 0 ? tokens[adp - 1]!.end : text.length;
}

/**
 * An answer as a noun phrase to put in a question, or undefined when it is none (see
 * `isPhrase`). A singular common noun the answer gives without its determiner ("council",
 * "free ferry") takes "the": "Why does the council pay?", not "Why does council pay?".
 */
export function nounPhrase(answer: string, maxWords = 8, passage?: string): string | undefined {
  const text = tidy(answer);
  if (!isPhrase(text, maxWords, passage)) return undefined;
  const tokens = tokensOf(text, passage);
  const bare = ['NOUN', 'ADJ'].includes(tokens[0]!.pos) && tokens.at(-1)!.pos === 'NOUN' && !isPlural(tokens.at(-1)!) && !tokens.some((t) => t.pos === 'PROPN' || t.pos === 'DET');
  return bare ? `the ${text}` : text;
}

/**
 * The answer's tokens as the tagger reads them in the passage it was quoted from ("approach" is a
 * verb in "Russia and the US approach Iran from …", a noun on its own), or on their own.
 */
function tokensOf(text: string, passage: string | undefined): Token[] {
  const at = passage ? passage.indexOf(text) : -1;
  if (at >= 0) {
    let offset = 0;
    const inPassage = analyse(passage!).flatMap((s) => {
      const start = passage!.indexOf(s.text, offset);
      offset = start + s.text.length;
      return s.tokens.filter((t) => start + t.start >= at && start + t.end <= at + text.length);
    });
    if (inPassage.length > 0) return inPassage;
  }
  return analyse(text).flatMap((s) => s.tokens);
}

/**
 * Whether an answer can stand in a question as a noun phrase: short, and without a verb of its
 * own ("Sergey V. Lavrov", "Vienna", "a plan to ship uranium" — not a quoted clause). Read in
 * `passage`, when given, so that its words are tagged as they stand there.
 */
export function isPhrase(answer: string, maxWords = 8, passage?: string): boolean {
  const text = tidy(answer);
  if (!text || text.split(/\s+/).length > maxWords) return false;
  const tokens = tokensOf(text, passage);
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') || /[“”"]/.test(text)) return false;
  // A noun phrase opens with a determiner, a noun or a name (or an adjective before one) and
  // ends in a noun, a name or a figure: "critical for any sanctions campaign" is no object.
  const [first, second] = tokens;
  const opens = ['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(first!.pos) || (first!.pos === 'ADJ' && ['NOUN', 'PROPN', 'ADJ'].includes(second?.pos ?? ''));
  return opens && ['NOUN', 'PROPN', 'NUM'].includes(tokens.at(-1)!.pos);
}

/**
 * The first plural noun phrase of a text, with where it starts: "American officials",
 * "the inspectors", "sanctions" (a noun with the adjectives, names and determiner before it).
 */
export function pluralPhrase(text: string): { text: string; at: number } | undefined {
  const tokens = analyse(tidy(text)).flatMap((s) => s.tokens);
  const head = tokens.findIndex((t, k) => isPlural(t) && !(tokens[k + 1]?.pos === 'NOUN'));
  if (head < 0) return undefined;
  let start = head;
  while (start > 0 && ['ADJ', 'PROPN', 'NOUN'].includes(tokens[start - 1]!.pos) && !WH.has(tokens[start - 1]!.lower)) start--;
  if (start > 0 && /^(?:the|these|those)$/.test(tokens[start - 1]!.lower)) start--;
  // "Which countries …?": the question's own noun asks, it does not name anyone.
  if (start > 0 && WH.has(tokens[start - 1]!.lower)) return undefined;
  // The whole group: "Iran and officials from France and Russia".
  while (start >= 2 && tokens[start - 1]!.lower === 'and' && tokens[start - 2]!.pos === 'PROPN') start -= 2;
  let end = head + 1;
  if (/^(?:from|of)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.pos === 'PROPN') {
    end += 2;
    // Lower-case chat ("france and russia") tags the later names as nouns.
    while (tokens[end]?.lower === 'and' && ['PROPN', 'NOUN'].includes(tokens[end + 1]?.pos ?? '')) end += 2;
  }
  const source = tidy(text);
  return { text: source.slice(tokens[start]!.start, tokens[end - 1]!.end), at: tokens[start]!.start };
}

/**
 * The first definite singular noun phrase of a text, after its question phrase: "the bridge",
 * "the nuclear enrichment site" (only with "the": "a bridge" points at nothing in particular).
 */
export function singularPhrase(text: string): { text: string; at: number } | undefined {
  const source = tidy(text);
  const tokens = analyse(source).flatMap((s) => s.tokens);
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'the' || WH.has(tokens[k - 1]!.lower)) continue;
    let head = k + 1;
    while (tokens[head + 1] && ['ADJ', 'NOUN'].includes(tokens[head]!.pos) && tokens[head + 1]!.pos === 'NOUN') head++;
    const t = tokens[head];
    if (!t || t.pos !== 'NOUN' || isPlural(t)) continue;
    return { text: source.slice(tokens[k]!.start, t.end), at: tokens[k]!.start };
  }
  return undefined;
}
