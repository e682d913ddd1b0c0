import { analyse, type Token } from '../nlp/wink.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { HONORIFICS, NAME_ALIASES, TITLE_WORDS, WH_WORDS, YES_NO_OPENERS } from '../nlp/tables.js';
import type { Corpus } from '../article/model.js';
import { applyCorrections, asTyped, spellingCorrections } from './spelling.js';
import { rephrase } from './rephrase.js';

/** What kind of answer a question wants, from its wh-word and head noun. */
export type AnswerType =
  | 'person' | 'definition' | 'time' | 'place' | 'number' | 'reason' | 'manner' | 'quote' | 'yesno' | 'thing' | 'headline';

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
  /** "What did X say about Y?": the topic is in the quote, and the quote is the answer. */
  asksAbout: boolean;
  /** "What did X say (about Y)?": the answer is all X said, not a gap inside it. */
  asksReport: boolean;
  /** "Who said …?": the answer is the sentence's speaker. */
  asksSpeaker: boolean;
  /** "What did Lavrov tell Clinton?": the entity doing the saying (not the one told). */
  speaker?: string;
  /** Terms the article never uses that are likely paraphrase (verbs): left out of coverage. */
  paraphrase: Set<string>;
  /** Words read as another because of a typo, as [typed, read]: "Primier" → "premier". */
  corrected: [string, string][];
}

/** Nouns that ask what someone is: their job, title or role. */
const ROLE_NOUNS = new Set(['job', 'title', 'role', 'position', 'occupation', 'profession', 'post', 'office']);
const TIME_NOUNS = new Set(['year', 'day', 'date', 'time', 'month', 'century', 'decade', 'week', 'era', 'period', 'season', 'hour']);
const PLACE_NOUNS = new Set(['country', 'city', 'place', 'region', 'nation', 'continent', 'town', 'location', 'area', 'state', 'province']);
/** "What percentage …?", "What number of …?": a figure is wanted. */
const NUMBER_NOUNS = new Set(['percent', 'percentage', 'number', 'amount', 'proportion', 'fraction', 'total', 'population', 'sum']);
const PERSON_NOUNS = new Set(['person', 'man', 'woman', 'people', 'leader', 'politician', 'player', 'team', 'organization', 'company']);
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
const SPEECH = new Set(['say', 'tell', 'state', 'stress', 'warn', 'argue', 'insist', 'claim', 'add', 'declare', 'reiterate']);
/** The entity-term weight relative to a plain word: names identify passages better than words. */
export const ENTITY_TERM_WEIGHT = 1.5;

/** The article's entities for another form of a capitalised name ("US" → "United States"). */
function aliasOf(form: string, first: Token, corpus: Corpus): Set<string> | undefined {
  // "US", "U.N.", "United States": written in capitals, or a name of several words ("Us" opening a sentence is not).
  if (!/^\p{Lu}[\p{Lu}.]+$/u.test(first.text) && !(form.includes(' ') && /^\p{Lu}/u.test(first.text))) return undefined;
  for (const other of NAME_ALIASES.get(form) ?? []) {
    const found = corpus.forms.get(other);
    if (found) return found;
  }
  return undefined;
}

/** Finds the article names a question mentions, longest match first, case-insensitively. */
export function matchNames(tokens: readonly Token[], corpus: Corpus): { keys: Set<string>; covered: Set<number>; at: Map<number, string>; share: Map<string, number> } {
  const keys = new Set<string>();
  /** Entity key → its share of the name that matched it: 1/n when a form names n entities. */
  const share = new Map<string, number>();
  const covered = new Set<number>();
  /** Token index → the entity key named there (the first key when a form is ambiguous). */
  const at = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    // The forms starting at i, shortest first; tried longest first.
    const starting: string[] = [];
    for (let n = 0, form = ''; n < Math.min(corpus.longestForm, tokens.length - i); n++) {
      form = n === 0 ? tokens[i]!.lower : `${form} ${tokens[i + n]!.lower}`;
      starting.push(form);
    }
    for (let n = starting.length; n >= 1; n--) {
      const form = starting[n - 1]!;
      const alias = corpus.forms.has(form) ? undefined : aliasOf(form, tokens[i]!, corpus);
      const found = corpus.forms.get(form) ?? alias;
      // A lower-case word the articles also write in lower case is that word, not a name
      // ("century" is not "Century", even if some heading capitalised it).
      const plainWord = n === 1 && /^\p{Ll}/u.test(tokens[i]!.text) && corpus.commonWords.has(form);
      if (!found || (n === 1 && !isContent(tokens[i]!) && !alias) || plainWord) continue;
      for (const k of found) {
        keys.add(k);
        share.set(k, Math.max(share.get(k) ?? 0, 1 / found.size));
      }
      for (let j = i; j < i + n; j++) {
        covered.add(j);
        at.set(j, [...found][0]!);
      }
      i += n - 1;
      break;
    }
  }
  // "Vershbow" for "Alexander Vershbow": a capitalised word that is the last word of exactly one
  // multi-word name that is not a place.
  tokens.forEach((t, i) => {
    if (covered.has(i) || !/^\p{Lu}/u.test(t.text) || !isContent(t)) return;
    const owners = corpus.surnames.get(t.lower);
    if (owners?.length === 1) {
      keys.add(owners[0]!);
      share.set(owners[0]!, 1);
      covered.add(i);
      at.set(i, owners[0]!);
    }
  });
  return { keys, covered, at, share };
}

/** Words that open a side clause before the question proper ("When dating rocks, what …?"). */
const CLAUSE_OPENERS = new Set(['when', 'if', 'while', 'after', 'before', 'once', 'although', 'though', 'since', 'as']);

/**
 * Index of the question's own wh-word: the first one, unless the question opens with a side
 * clause ("When a pathogen is eaten, what does it become?", "If P equals NP, what …?"), whose
 * "when" or "if" only sets the scene; then the first wh-word after its comma.
 */
function mainWh(lowers: readonly string[]): number {
  const first = lowers.findIndex((w) => WH_WORDS.has(w));
  if (first !== 0 || !CLAUSE_OPENERS.has(lowers[0]!)) return first;
  const comma = lowers.indexOf(',');
  if (comma < 0) return first;
  const after = lowers.findIndex((w, i) => i > comma && WH_WORDS.has(w));
  return after > 0 ? after : first;
}

function detectType(tokens: readonly Token[], entityTokens: ReadonlySet<number>): { type: AnswerType; wh: number; focus?: string } {
  const lowers = tokens.map((t) => t.lower);
  const content = tokens.filter((t, i) => isContent(t) && !entityTokens.has(i)).map((t) => t.lemma);
  if (entityTokens.size === 0 && content.some((w) => w === 'headline' || w === 'title') && content.every((w) => ['headline', 'title', 'article', 'story', 'name'].includes(w))) {
    return { type: 'headline', wh: -1 };
  }
  // "What is Lavrov's job?", "What is Medvedev's title?": a description of the person named.
  if (entityTokens.size > 0 && content.length === 1 && ROLE_NOUNS.has(content[0]!)) return { type: 'definition', wh: -1 };
  // "What is Qum?", "Tell me about Lukyanov.": a name and nothing else asks for a description.
  const afterCopula = tokens.slice(2).filter((t, i) => !entityTokens.has(2 + i) && t.pos !== 'DET' && t.pos !== 'PUNCT');
  const describes = (lowers[0] === 'what' && tokens[1]?.lemma === 'be' && afterCopula.length === 0) || (lowers[0] === 'tell' && lowers.includes('about'));
  if (describes && entityTokens.size > 0 && content.every((w) => w === 'tell')) return { type: 'definition', wh: -1 };
  const wh = mainWh(lowers);
  if (wh < 0) return { type: YES_NO_OPENERS.has(lowers[0] ?? '') ? 'yesno' : 'thing', wh };
  const w = lowers[wh]!.replace(/'s$/, '');
  const next = tokens[wh + 1];
  const nextLemma = next?.lemma ?? '';
  if (w === 'who' || w === 'whom' || w === 'whose') {
    // "Who is Alexander Vershbow?": only a name after the copula asks for a description.
    // Everything after the copula is the name (articles and punctuation aside): not "Who was in Beijing?".
    // An honorific belongs to the name ("Who is Mrs. Clinton?").
    const rest = tokens.slice(wh + 2).filter((t, i) => !entityTokens.has(wh + 2 + i) && t.pos !== 'DET' && t.pos !== 'PUNCT' && !HONORIFICS.has(t.lower));
    const onlyName = rest.length === 0 && entityTokens.size > 0 && nextLemma === 'be';
    return { type: onlyName ? 'definition' : 'person', wh };
  }
  if (w === 'when') return { type: 'time', wh };
  if (w === 'where') return { type: 'place', wh };
  if (w === 'why') return { type: 'reason', wh };
  if (w === 'how') {
    if (nextLemma === 'many' || nextLemma === 'much') return { type: 'number', wh };
    if (nextLemma === 'long' || nextLemma === 'old') return { type: 'number', wh };
    return { type: 'manner', wh };
  }
  // what / which, with a head noun (after any adjectives) or a verb after it.
  let f = wh + 1;
  while (tokens[f]?.pos === 'ADJ' && tokens[f + 1] && ['ADJ', 'NOUN'].includes(tokens[f + 1]!.pos)) f++;
  // "What is the name of the journal …?", "What kind of reactor …?": the noun after "of" is the focus.
  const nameOf = tokens.findIndex((t, i) => i > wh && i <= wh + 4 && ['name', 'kind', 'type', 'sort'].includes(t.lemma) && tokens[i + 1]?.lower === 'of');
  if (nameOf >= 0) {
    f = nameOf + 2;
    // Past articles, adjectives and a possessor: "the name of Russia's foreign minister" → "minister".
    while (tokens[f] && (['DET', 'ADJ'].includes(tokens[f]!.pos) || tokens[f + 1]?.lower === "'s" || tokens[f]!.lower === "'s")) f++;
  }
  const focusToken = tokens[f] && (tokens[f]!.pos === 'NOUN' || tokens[f]!.pos === 'PROPN') ? tokens[f] : undefined;
  const focus = focusToken?.lemma;
  if (focus && TIME_NOUNS.has(focus)) return { type: 'time', wh, focus };
  if (focus && PLACE_NOUNS.has(focus)) return { type: 'place', wh, focus };
  if (focus && (PERSON_NOUNS.has(focus) || TITLE_WORDS.has(focus))) return { type: 'person', wh, focus };
  if (focus && NUMBER_NOUNS.has(focus)) return { type: 'number', wh, focus };
  if (tokens.some((t, i) => i > wh && SPEECH.has(t.lemma) && t.pos === 'VERB')) return { type: 'quote', wh, focus };
  return { type: 'thing', wh, focus };
}

/** Analyses a question against the corpus's names: its answer type, terms and entities. */
export function analyseQuestion(asked: string, corpus: Corpus): Question {
  let text = rephrase(asked);
  let tokens = analyse(text).flatMap((s) => s.tokens);
  const corrections = spellingCorrections(tokens, corpus);
  const corrected = [...corrections].map(([i, word]): [string, string] => [tokens[i]!.text, asTyped(tokens[i]!.text, word)]);
  if (corrections.size > 0) {
    text = applyCorrections(text, tokens, corrections);
    tokens = analyse(text).flatMap((s) => s.tokens);
  }
  const { keys, covered, at, share } = matchNames(tokens, corpus);
  const { type, wh, focus } = detectType(tokens, covered);
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
  // A name's own words are covered by its entity term: counting them again would double it.
  covered.forEach((i) => {
    for (const term of tokenTerms(tokens[i]!)) if (!term.startsWith('e:')) terms.delete(term);
  });
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
  // The focus noun names the answer's kind ("What hotel …?" → "the San Jose Marriott"): the
  // passage often lacks it, so it weighs little, and generic kinds (year, country) less still.
  if (focus) {
    const generic = TIME_NOUNS.has(focus) || PLACE_NOUNS.has(focus) || PERSON_NOUNS.has(focus);
    for (const term of [...terms.keys()]) {
      if (term === focus || term === `s:${focusToken?.stem}`) terms.set(term, generic ? TYPE_NOUN_WEIGHT : FOCUS_NOUN_WEIGHT);
    }
  }
  const after = tokens[wh + 1];
  const copular =
    wh >= 0 && after?.lemma === 'be' && ['what', 'which', 'who'].includes(tokens[wh]!.lower) && !tokens.some((t, i) => i > wh + 1 && t.pos === 'VERB');
  const subjectQuestion = wh >= 0 && (after?.pos === 'VERB' || (after?.pos === 'NOUN' && tokens[wh + 2]?.pos === 'VERB'));
  const finalWords = mainClauseEnd(tokens, wh);
  const speech = tokens.findIndex((t, i) => i > wh && SPEECH.has(t.lemma) && t.pos === 'VERB');
  const asksAbout = speech >= 0 && tokens[speech + 1]?.lower === 'about';
  // "What did Lavrov tell Clinton?": the speaker is the name just before the speech verb.
  let speaker: string | undefined;
  for (let i = speech - 1; i > wh && speaker === undefined; i--) speaker = at.get(i);
  const asksSpeaker = type === 'person' && subjectQuestion && speech === wh + 1;
  // "What did X say (about Y / to Z)?" asks for the whole report; "What did X say would help?" a part of it.
  const asksReport = type === 'quote' && speech >= 0 && !tokens.some((t, i) => i > speech && (t.pos === 'VERB' || t.pos === 'AUX'));
  return { text, tokens, type, terms, finalWords, asksAbout, asksSpeaker, asksReport, speaker, entities: keys, lemmas, subjectQuestion, focus, copular, paraphrase, focusPlural: !!focusToken && focusToken.lower !== focusToken.lemma, corrected };
}

/** Words that open a clause hanging off the main question ("…, according to X", "unless …"). */
const SIDE_CLAUSE = new Set(['according', 'unless', 'if', 'while', 'when', 'after', 'before', 'because', 'besides', 'despite', 'although']);

/** The lemma of the last content word of the question's main clause (its verb, in object questions). */
function mainClauseEnd(tokens: readonly Token[], wh: number): Set<string> {
  let end = tokens.length;
  for (let i = Math.max(wh + 2, 1); i < tokens.length; i++) {
    if (SIDE_CLAUSE.has(tokens[i]!.lower)) { end = i; break; }
  }
  const main = tokens.slice(Math.max(wh + 1, 0), end);
  const last = [...main].reverse().find((t) => isContent(t));
  return new Set(last ? [last.lemma] : []);
}
