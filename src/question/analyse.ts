import { analyse, type Token } from '../nlp/wink.js';
import { DERIVATION_WEIGHT, hyphenCompounds, isContent, tokenTerms } from '../nlp/terms.js';
import type { Corpus } from '../article/model.js';
import { applyCorrections, asTyped, spellingCorrections } from './spelling.js';
import { rephrase } from './rephrase.js';
import { readCasual } from './casual.js';
import { spellingKey } from '../article/build.js';
import { matchNames } from './names.js';
import { acronymsIn, applyAcronyms } from './acronyms.js';
import { applyEquivalents } from './equivalents.js';
import { detectType, PERSON_NOUNS, PLACE_NOUNS, REASON_NOUNS, SPEECH, TIME_NOUNS, type AnswerType } from './type.js';

export type { AnswerType } from './type.js';

/** A question, analysed once and handed to retrieval and extraction. */
export interface Question {
  text: string;
  tokens: Token[];
  type: AnswerType;
  /** Index term → weight multiplier (entities count more than plain words). */
  terms: Map<string, number>;
  /** Entity keys named in the question. */
  entities: Set<string>;
  /** Content lemmas of the question: an answer span should not just repeat them. */
  lemmas: Set<string>;
  /** "What irritated the Kremlin?": the wh-word is the subject, so the answer precedes the verb. */
  subjectQuestion: boolean;
  /** Lemma of the noun after "what"/"which" ("journal", "country"), if any. */
  focus?: string;
  /** The focus noun is plural ("Which countries …?"): the answer may be a list. */
  focusPlural?: boolean;
  /** "What is/was X?": the answer stands on the other side of the copula. */
  copular: boolean;
  /**
   * "What would the uranium fuel?": the lemma of the main clause's last content word (after
   * dropping "…, according to X" and "unless/if/while …" clauses). When the passage uses it as a
   * verb, the answer is its object, right after it.
   */
  finalWords: Set<string>;
  /** Token index where the main clause ends, before a side clause or phrase ("…, according to X"). */
  mainEnd: number;
  /** "What did X say about Y?": the topic is in the quote, and the quote is the answer. */
  asksAbout: boolean;
  /** "What should be thrown …?": a passive, whose subject is asked only where the passage is passive too. */
  passive: boolean;
  /** "What did X say (about Y)?": the answer is all X said, not a gap inside it. */
  asksReport: boolean;
  /** "What does X think (about Y)?", "X's view": a position, stated by X (question/position.ts). */
  asksPosition: boolean;
  /** "Who said …?": the answer is the sentence's speaker. */
  asksSpeaker: boolean;
  /** "What did Lavrov tell Clinton?": the entity doing the saying (not the one told). */
  speaker?: string;
  /** Terms the article never uses that are likely paraphrase (verbs): left out of coverage. */
  paraphrase: Set<string>;
  /** The person a role in the question stands for ("the foreign minister" → Lavrov), once resolved. */
  roleHolder?: string;
  /** Words read as another because of a typo, as [typed, read]: "Primier" → "premier". */
  corrected: [string, string][];
}

/** Type nouns say what kind of answer is wanted, not what to look for: they weigh little. */
const TYPE_NOUN_WEIGHT = 0.2;
/**
 * Any other focus noun ('what hotel', 'which journal'): a word like the rest. (It once weighed
 * half, on the view that passages often lack it; on the SQuAD sets the passages that have it are
 * the right ones more often than not: evidence +0.3 points on v1.1, +1.1 on v2.0.)
 */
const FOCUS_NOUN_WEIGHT = 1;
/** Weight of a verb or adverb the article never uses (see analyseQuestion). */
const UNKNOWN_VERB_WEIGHT = 0.5;
/** Weight of a number or capitalised name the article never uses. */
const UNKNOWN_NAME_WEIGHT = 1.5;
/** Verb + noun pairs whose noun is not a topic word. */
const LIGHT_VERB_IDIOMS = new Set(['take place', 'take part', 'make sure', 'take care', 'pay attention', 'make sense']);
/** The entity-term weight relative to a plain word: names identify passages better than words. */
export const ENTITY_TERM_WEIGHT = 1.5;

/** Analyses a question against the corpus's names: its answer type, terms and entities. */
export function analyseQuestion(asked: string, corpus: Corpus): Question {
  // Chat typing first ("whos", "ppl", "wher"), then typos of the article's own words.
  const casual = readCasual(rephrase(asked), (w) => corpus.postings.has(w) || corpus.forms.has(w) || !!corpus.spellings.get(spellingKey(w, w.length))?.has(w));
  let text = casual.read.length > 0 ? rephrase(casual.text) : casual.text;
  let tokens = analyse(text).flatMap((s) => s.tokens);
  const corrections = spellingCorrections(tokens, corpus);
  const corrected = [...casual.read, ...[...corrections].map(([i, word]): [string, string] => [tokens[i]!.text, asTyped(tokens[i]!.text, word)])];
  if (corrections.size > 0) {
    text = applyCorrections(text, tokens, corrections);
    tokens = analyse(text).flatMap((s) => s.tokens);
  }
  const { keys, covered, at, share } = matchNames(tokens, corpus);
  // "who was mvp": initials of the article's capitalised words read as them (acronyms.ts).
  const acronyms = acronymsIn(tokens, covered, corpus);
  // `position`: the word asking for someone's position ("think", "view"), when one does (position.ts).
  const { type, wh, focus, position = -1 } = detectType(tokens, covered);
  const focusToken = tokens.find((t, i) => i > wh && t.lemma === focus);
  const terms = new Map<string, number>();
  const lemmas = new Set<string>();
  tokens.forEach((t, i) => {
    if (i === wh) return;
    for (const term of tokenTerms(t)) terms.set(term, Math.max(terms.get(term) ?? 0, term.startsWith('e:') ? ENTITY_TERM_WEIGHT : 1));
    if (isContent(t)) lemmas.add(t.lemma);
  });
  // A name that several entities go by ("Huguenots" for the French and the Berlin ones) weighs
  // as one name, shared among them, not once per entity.
  for (const key of keys) terms.set(`e:${key}`, ENTITY_TERM_WEIGHT * (share.get(key) ?? 1));
  // "Tell me about …", "Give me …": the request, not a word to look up.
  if (tokens[1]?.lower === 'me' && ['tell', 'give', 'show'].includes(tokens[0]?.lower ?? '')) for (const term of tokenTerms(tokens[0]!)) terms.delete(term);
  // "What does the US think?": "think" asks for a position the article states in other words.
  if (position >= 0) for (const term of tokenTerms(tokens[position]!)) terms.delete(term);
  // "Which two countries …?": a count before the focus noun says how many answers, not what to look up.
  const focusAt = focusToken ? tokens.indexOf(focusToken) : -1;
  for (let i = wh + 1; i < focusAt; i++) if (tokens[i]!.pos === 'NUM') for (const term of tokenTerms(tokens[i]!)) terms.delete(term);
  // A name's own words are covered by its entity term: counting them again would double it.
  covered.forEach((i) => {
    for (const term of tokenTerms(tokens[i]!)) if (!term.startsWith('e:')) terms.delete(term);
  });
  corrected.push(...applyAcronyms(acronyms, tokens, terms, keys, lemmas, ENTITY_TERM_WEIGHT));
  // "how many were hurt" where the article says "injured": the article's word stands in for one
  // it never uses, in a short question (equivalents.ts), and is no answer in itself.
  corrected.push(...applyEquivalents(tokens, terms, lemmas, corpus));
  // Verbs, adjectives and adverbs the article never uses are usually paraphrase ("take part"),
  // while an unknown noun is a topic the article lacks ("population"): weigh them accordingly.
  // A when-question's verb is the event itself ("born"), so it keeps its weight.
  const paraphrase = new Set<string>();
  tokens.forEach((t, i) => {
    const unknown = !corpus.postings.has(t.lemma) && terms.has(t.lemma);
    // Right after "who" comes the verb ("Who edits …?"), whatever the tagger says.
    const verbal = t.pos === 'VERB' || (wh >= 0 && i === wh + 1 && tokens[wh]!.lower === 'who');
    if (unknown && (verbal || t.pos === 'ADV' || t.pos === 'ADJ') && type !== 'time') {
      terms.set(t.lemma, UNKNOWN_VERB_WEIGHT);
      paraphrase.add(t.lemma);
    } else if (unknown && (/\d/.test(t.text) || (i > 0 && /^\p{Lu}/u.test(t.text)))) {
      // An unknown number or name is a fact the article lacks ("in the 1600s", "Dick Sullivan").
      terms.set(t.lemma, UNKNOWN_NAME_WEIGHT);
      terms.delete(`s:${t.stem}`);
    }
    // Light-verb idioms ("take place", "take part") say nothing about the topic.
    const next = tokens[i + 1];
    if (next && LIGHT_VERB_IDIOMS.has(`${t.lemma} ${next.lemma}`)) {
      for (const term of [...tokenTerms(t), ...tokenTerms(next)]) terms.delete(term);
    }
  });
  foldCompounds(tokens, terms, corpus);
  // "the closure" where the article says "close": a derivationally related word the article uses
  // stands in for one it does not, at a lower weight (WordNet's noun–verb links).
  if (DERIVATION_WEIGHT > 0) {
    for (const t of tokens) {
      if ((t.pos !== 'NOUN' && t.pos !== 'VERB') || !terms.has(t.lemma) || corpus.postings.has(t.lemma)) continue;
      // The article indexes each noun and verb's derivations as "d:" terms (build.ts): a term of
      // its own, so that answer spans still tell the article's words from the question's.
      if (!corpus.postings.has(`d:${t.lemma}`)) continue;
      terms.set(`d:${t.lemma}`, DERIVATION_WEIGHT);
    }
  }
  // The focus noun names the answer's kind ("What hotel …?" → "the San Jose Marriott"): the
  // passage often lacks it, so it weighs little, and generic kinds (year, country) less still.
  if (focus) {
    const generic = TIME_NOUNS.has(focus) || PLACE_NOUNS.has(focus) || PERSON_NOUNS.has(focus) || REASON_NOUNS.has(focus);
    for (const term of [...terms.keys()]) {
      if (term === focus || term === `s:${focusToken?.stem}`) terms.set(term, generic ? TYPE_NOUN_WEIGHT : FOCUS_NOUN_WEIGHT);
    }
  }
  const after = tokens[wh + 1];
  const copular =
    wh >= 0 && after?.lemma === 'be' && ['what', 'which', 'who'].includes(tokens[wh]!.lower) && !tokens.some((t, i) => i > wh + 1 && t.pos === 'VERB');
  // "What irritated …?", "What country opposed …?", and the passive "What should be thrown …?"
  // (two auxiliaries straight to a verb; after one, "What is formed …?" reads either way): the
  // wh-word is the subject.
  const passive = after?.pos === 'AUX' && tokens[wh + 2]?.pos === 'AUX' && tokens[wh + 3]?.pos === 'VERB';
  // An adverb may stand before the verb: "Who fiercely opposed …?".
  const verbAfter = tokens[wh + 1]?.pos === 'ADV' ? tokens[wh + 2] : after;
  const subjectQuestion = wh >= 0 && (verbAfter?.pos === 'VERB' || (after?.pos === 'NOUN' && tokens[wh + 2]?.pos === 'VERB') || passive);
  const mainEnd = mainClauseEndIndex(tokens, wh);
  const finalWords = finalWordsOf(tokens, wh, mainEnd);
  // "What does the EU think (about Y)?" asks like "What did the EU say (about Y)?" (position.ts).
  const speech = position >= 0 ? position : tokens.findIndex((t, i) => i > wh && SPEECH.has(t.lemma) && t.pos === 'VERB');
  const asksAbout = speech >= 0 && tokens[speech + 1]?.lower === 'about';
  // "What did Lavrov tell Clinton?": the speaker is the name just before the speech verb.
  let speaker: string | undefined;
  for (let i = speech - 1; i > wh && speaker === undefined; i--) speaker = at.get(i);
  const asksSpeaker = type === 'person' && subjectQuestion && speech === wh + 1;
  // "What did X say (about Y / to Z)?" asks for the whole report; "What did X say would help?" a part of it.
  const asksReport = type === 'quote' && speech >= 0 && !tokens.some((t, i) => i > speech && (t.pos === 'VERB' || t.pos === 'AUX'));
  return { text, tokens, type, terms, mainEnd, finalWords, asksAbout, asksSpeaker, asksReport, asksPosition: position >= 0, speaker, passive, entities: keys, lemmas, subjectQuestion, focus, copular, paraphrase, focusPlural: !!focusToken && focusToken.lower !== focusToken.lemma, corrected };
}

/** Words that open a clause hanging off the main question ("…, according to X", "unless …"). */
const SIDE_CLAUSE = new Set([
  'according', 'unless', 'if', 'while', 'when', 'after', 'before', 'because', 'besides', 'despite', 'although', 'though', 'whereas',
]);

/**
 * Where the question's main clause ends: at a side clause with words of its own ("… unless
 * Russia and China join?"; "… because of?" is no clause) or at a comma before a verbless phrase
 * ("…, in Lukyanov's view", "…, according to X").
 */
function mainClauseEndIndex(tokens: readonly Token[], wh: number): number {
  for (let i = Math.max(wh + 2, 1); i < tokens.length; i++) {
    const rest = tokens.slice(i + 1);
    if (SIDE_CLAUSE.has(tokens[i]!.lower) && rest.some((t) => ['NOUN', 'PROPN', 'VERB'].includes(t.pos))) return i;
    if (tokens[i]!.text === ',' && (rest[0]?.lower === 'according' || !rest.some((t) => t.pos === 'VERB'))) return i;
  }
  return tokens.length;
}

/** The lemma of the last content word of the question's main clause (its verb, in object questions). */
function finalWordsOf(tokens: readonly Token[], wh: number, end: number): Set<string> {
  let main = tokens.slice(Math.max(wh + 1, 0), end);
  // "Who was Clinton warning about in Moscow?": a preposition left without its object ends the
  // clause proper; the phrase after it only sets the scene.
  const stranded = main.findIndex((t, i) => t.pos === 'ADP' && i > 0 && main[i + 1]?.pos === 'ADP');
  if (stranded > 0) main = main.slice(0, stranded);
  const last = [...main].reverse().find((t) => isContent(t));
  return new Set(last ? [last.lemma] : []);
}

/**
 * "Wi-Fi", "wifi" and "wi fi" as one word: a question's hyphenated word, or two words typed apart,
 * looked up joined when the article has them joined (the article indexes "Wi-Fi" as "wifi" too).
 * The parts' own terms go when the article lacks them: "wi" is no topic the article lacks.
 */
function foldCompounds(tokens: readonly Token[], terms: Map<string, number>, corpus: Corpus): void {
  const joined = [...hyphenCompounds(tokens)];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (/^\p{L}+$/u.test(a.text) && /^\p{L}+$/u.test(b.text)) joined.push({ term: `${a.lower}${b.lower}`, from: i, to: i + 2 });
  }
  for (const c of joined) {
    if (!corpus.postings.has(c.term) || terms.has(c.term)) continue;
    // The joined word weighs what its parts fail to match: nothing more where the article has
    // them all ("long distance"), all of it where it has none ("wi fi" for "Wi-Fi").
    const parts = tokens.slice(c.from, c.to).filter((t) => tokenTerms(t).length > 0);
    const missing = parts.filter((t) => !corpus.postings.has(t.lemma)).length;
    if (parts.length === 0 || missing === 0) continue;
    terms.set(c.term, missing / parts.length);
    for (const t of parts) for (const term of tokenTerms(t)) if (!corpus.postings.has(term)) terms.delete(term);
  }
}
