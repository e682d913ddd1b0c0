import type { Token } from '../nlp/wink.js';
import { isContent } from '../nlp/terms.js';
import { positionWordAt } from './position.js';
import { DEMONYMS, HONORIFICS, TITLE_WORDS, WH_WORDS, YES_NO_OPENERS } from '../nlp/tables.js';

/**
 * The answer type a question wants, read off its wh-word and head noun ("which city" → place,
 * "what percentage" → number, "who is X" → description).
 */

/** What kind of answer a question wants, from its wh-word and head noun. */
export type AnswerType =
  | 'person' | 'definition' | 'time' | 'place' | 'number' | 'reason' | 'manner' | 'quote' | 'yesno' | 'thing' | 'headline';


/** Verbs that only carry a role noun ("What position does X hold?"). */
const ROLE_VERBS = new Set(['hold', 'have', 'occupy', 'fill', 'do']);
/** Nouns that ask what someone is: their job, title or role. */
export const ROLE_NOUNS = new Set(['job', 'title', 'role', 'position', 'occupation', 'profession', 'post', 'office']);
export const TIME_NOUNS = new Set(['year', 'day', 'date', 'time', 'month', 'century', 'decade', 'week', 'era', 'period', 'season', 'hour']);
export const PLACE_NOUNS = new Set(['country', 'city', 'place', 'region', 'nation', 'continent', 'town', 'location', 'area', 'state', 'province']);
/** "What percentage …?", "What number of …?": a figure is wanted. */
export const NUMBER_NOUNS = new Set(['percent', 'percentage', 'number', 'amount', 'proportion', 'fraction', 'total', 'population', 'sum']);
export const PERSON_NOUNS = new Set(['person', 'man', 'woman', 'people', 'leader', 'politician', 'player', 'team', 'organization', 'company']);
/** Adjectives of measure after "how": their answer is a figure. */
const MEASURES = new Set(['long', 'old', 'far', 'tall', 'high', 'deep', 'wide', 'thick', 'heavy', 'big', 'large', 'fast', 'hot', 'cold', 'often']);
/** Nouns that ask why: "the purpose of", "the reason for" ("the goal of X" is usually stated as such, not as a reason). */
export const REASON_NOUNS = new Set(['purpose', 'reason', 'cause', 'motive', 'rationale', 'motivation']);
/** Verbs of saying in questions ("What did X tell Y?" wants what was said). */
export const SPEECH = new Set(['say', 'tell', 'state', 'stress', 'warn', 'argue', 'insist', 'claim', 'add', 'declare', 'reiterate']);

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

/**
 * A question that opens with an auxiliary ("Was anyone injured when gunmen attacked?", "Has the
 * woman who posted it been named?"), or does so after a leading "According to X,", asks yes or
 * no: a wh-word later in it opens a side clause. Not "Can you tell me who …?", "Do you know
 * when …?", which ask the wh-question politely.
 */
function yesNoOpening(lowers: readonly string[]): boolean {
  const comma = lowers[0] === 'according' && lowers[1] === 'to' ? lowers.indexOf(',') : -1;
  const at = comma > 0 ? comma + 1 : 0;
  return YES_NO_OPENERS.has(lowers[at] ?? '') && lowers[at + 1] !== 'you';
}

export function detectType(tokens: readonly Token[], entityTokens: ReadonlySet<number>): { type: AnswerType; wh: number; focus?: string; position?: number } {
  const lowers = tokens.map((t) => t.lower);
  const content = tokens.filter((t, i) => isContent(t) && !entityTokens.has(i)).map((t) => t.lemma);
  if (entityTokens.size === 0 && content.some((w) => w === 'headline' || w === 'title') && content.every((w) => ['headline', 'title', 'article', 'story', 'name'].includes(w))) {
    return { type: 'headline', wh: -1 };
  }
  // "What is Lavrov's job?", "What is Medvedev's title?": a description of the person named.
  // "What position does Clinton hold?": the same, with a light verb.
  const roleWords = content.filter((w) => !ROLE_VERBS.has(w));
  if (entityTokens.size > 0 && roleWords.length === 1 && ROLE_NOUNS.has(roleWords[0]!)) return { type: 'definition', wh: -1 };
  // "What is Qum?", "Tell me about Lukyanov.": a name and nothing else asks for a description.
  const afterCopula = tokens.slice(2).filter((t, i) => !entityTokens.has(2 + i) && t.pos !== 'DET' && t.pos !== 'PUNCT');
  const describes = (lowers[0] === 'what' && tokens[1]?.lemma === 'be' && afterCopula.length === 0) || (lowers[0] === 'tell' && lowers.includes('about'));
  if (describes && entityTokens.size > 0 && content.every((w) => w === 'tell')) return { type: 'definition', wh: -1 };
  // "What does Lukyanov do?": a name between "what does" and a final "do" asks for their job
  // (the past, "What did Lavrov do?", asks what he did).
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const doesWhat = words.length >= 4 && lowers[0] === 'what' && (words[1]!.lower === 'does' || words[1]!.lower === 'do') && words[words.length - 1]!.lemma === 'do';
  if (doesWhat && entityTokens.size > 0 && words.slice(2, -1).every((t) => entityTokens.has(tokens.indexOf(t)) || t.pos === 'DET' || HONORIFICS.has(t.lower))) {
    return { type: 'definition', wh: -1 };
  }
  const wh = mainWh(lowers);
  if (wh < 0 || yesNoOpening(lowers)) return { type: yesNoOpening(lowers) ? 'yesno' : 'thing', wh };
  const w = lowers[wh]!.replace(/'s$/, '');
  // "What does the US think?", "how does China feel about it": what they said or hold (position.ts).
  const position = positionWordAt(tokens, wh);
  if (position >= 0) return { type: 'quote', wh, position };
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
    // "How long/old/far/tall/thick …?": a measure, which is a figure.
    if (MEASURES.has(nextLemma) || MEASURES.has(next?.lower ?? '')) return { type: 'number', wh };
    return { type: 'manner', wh };
  }
  // what / which, with a head noun (after any adjectives) or a verb after it.
  let f = wh + 1;
  // Past adjectives and a count: "which two countries" is about countries.
  while (['ADJ', 'NUM'].includes(tokens[f]?.pos ?? '') && tokens[f + 1] && ['ADJ', 'NOUN'].includes(tokens[f + 1]!.pos)) f++;
  // "What is the name of the journal …?", "What kind of reactor …?": the noun after "of" is the focus.
  const nameOf = tokens.findIndex((t, i) => i > wh && i <= wh + 4 && ['name', 'kind', 'type', 'sort'].includes(t.lemma) && tokens[i + 1]?.lower === 'of');
  if (nameOf >= 0) {
    f = nameOf + 2;
    // Past articles, adjectives and a possessor: "the name of Russia's foreign minister" → "minister".
    // And past a people's name used as an adjective: "the Russian prime minister" → "minister".
    while (tokens[f] && (['DET', 'ADJ'].includes(tokens[f]!.pos) || tokens[f + 1]?.lower === "'s" || tokens[f]!.lower === "'s" || (DEMONYMS.has(tokens[f]!.lower) && tokens[f + 1]?.pos !== 'PUNCT'))) f++;
    // A title of two words ("prime minister") is about its last.
    while (tokens[f] && TITLE_WORDS.has(tokens[f]!.lower) && tokens[f + 1] && TITLE_WORDS.has(tokens[f + 1]!.lower)) f++;
  }
  // "What was the purpose of Putin's trip?", "What is the reason for …?": a reason is wanted.
  const reasonAt = tokens.findIndex((t, i) => i > wh && i <= wh + 3 && REASON_NOUNS.has(t.lemma) && ['of', 'for', 'behind'].includes(tokens[i + 1]?.lower ?? ''));
  if (reasonAt >= 0) return { type: 'reason', wh, focus: tokens[reasonAt]!.lemma };
  const focusToken = tokens[f] && (tokens[f]!.pos === 'NOUN' || tokens[f]!.pos === 'PROPN') ? tokens[f] : undefined;
  const focus = focusToken?.lemma;
  // "What was Warsaw's population in 1901?", "What is the largest city in Poland?": the noun after
  // the copula says the kind of answer (a figure, a place), as a focus noun would. (Time nouns
  // there, "What was the period …?", more often want a name: measured on SQuAD, they lose.)
  if (!focus && tokens[wh + 1]?.lemma === 'be') {
    let g = wh + 2;
    while (tokens[g] && (['DET', 'ADJ'].includes(tokens[g]!.pos) || tokens[g + 1]?.lower === "'s" || tokens[g]!.lower === "'s")) g++;
    const kind = tokens[g]?.pos === 'NOUN' && !['NOUN', 'PROPN'].includes(tokens[g + 1]?.pos ?? '') ? tokens[g]!.lemma : undefined;
    if (kind && NUMBER_NOUNS.has(kind)) return { type: 'number', wh, focus: kind };
    if (kind && PLACE_NOUNS.has(kind) && kind !== 'area' && kind !== 'state') return { type: 'place', wh, focus: kind };
  }
  if (focus && TIME_NOUNS.has(focus)) return { type: 'time', wh, focus };
  if (focus && PLACE_NOUNS.has(focus)) return { type: 'place', wh, focus };
  if (focus && (PERSON_NOUNS.has(focus) || TITLE_WORDS.has(focus))) return { type: 'person', wh, focus };
  if (focus && NUMBER_NOUNS.has(focus)) return { type: 'number', wh, focus };
  if (tokens.some((t, i) => i > wh && SPEECH.has(t.lemma) && t.pos === 'VERB')) return { type: 'quote', wh, focus };
  return { type: 'thing', wh, focus };
}
