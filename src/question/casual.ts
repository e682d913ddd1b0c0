/**
 * Casual typing read as meant, before a question is analysed: chat slang ("u", "ppl", "gonna"),
 * contractions and possessives typed without their apostrophe ("whos", "dont", "lukyanovs"), and
 * slips in common words ("wher", "happend") read against the language model's lexicon. Each
 * reading is returned as [typed, read], so that the reply can say how it read the question.
 * Pure: the article's words come in as a predicate.
 */
import { inLexicon } from '../nlp/model.js';
import { FUNCTION_WORDS } from '../nlp/tables.js';
import { synonyms, wordClasses } from '../nlp/wordnet.js';

/**
 * Chat slang and apostrophe-less contractions. Only forms that mean one thing in a question:
 * "its" (a possessive as often as "it is") and "id" are left alone.
 */
const SLANG: Record<string, string> = {
  u: 'you', ur: 'your', r: 'are', ppl: 'people', ppls: "people's", pls: 'please', plz: 'please', thx: 'thanks',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', dunno: "don't know", cuz: 'because', coz: 'because', bc: 'because',
  b4: 'before', abt: 'about', govt: 'government', gov: 'government', tho: 'though', rn: 'right now', bout: 'about',
  // Short forms of news words: "how many journos got killed this yr".
  yr: 'year', yrs: 'years', hr: 'hour', hrs: 'hours', mins: 'minutes', journo: 'journalist', journos: 'journalists',
  prez: 'president', dept: 'department', intl: 'international', approx: 'approximately', tmrw: 'tomorrow', yday: 'yesterday',
  uni: 'university', bday: 'birthday', pic: 'picture', pics: 'pictures',
  wat: 'what', wht: 'what', wut: 'what', wot: 'what', waht: 'what', wen: 'when', whn: 'when', wer: 'where', whr: 'where',
  wher: 'where', whre: 'where', wehre: 'where', hwo: 'who', hw: 'how',
  whos: 'who is', whats: 'what is', wheres: 'where is', whens: 'when is', hows: 'how is', whys: 'why is',
  hes: 'he is', shes: 'she is', thats: 'that is', theres: 'there is', theyre: 'they are', youre: 'you are',
  im: 'I am', ive: 'I have', dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", werent: "weren't", cant: "can't", couldnt: "couldn't", shouldnt: "shouldn't", wouldnt: "wouldn't",
  hasnt: "hasn't", havent: "haven't", hadnt: "hadn't", wont: "won't", aint: "isn't",
};

/** "y did he quit": "y" is "why" only where a question starts. */
const FIRST_WORD: Record<string, string> = { y: 'why' };

/** Shortest word read as a slip of a common word: "wher" (4) yes, "hw" no (see SLANG). */
const MIN_SLIP_LENGTH = 4;
/** Words checked for slips per question, at most. */
const MAX_SLIP_TRIES = 4;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The lexicon word one slip from `word`, preferring the likeliest slip: a dropped letter
 * ("wher" → where, "happend" → happened) before two swapped, a changed, or an added one. Only
 * when that kind of slip reaches exactly one word; the first letter is kept, as people rarely
 * slip there.
 */
export function lexiconSlip(word: string): string | undefined {
  const kinds: Array<() => string[]> = [
    () => Array.from({ length: word.length }, (_, i) => [...LETTERS].map((c) => word.slice(0, i + 1) + c + word.slice(i + 1))).flat(),
    () => Array.from({ length: word.length - 2 }, (_, i) => word.slice(0, i + 1) + word[i + 2] + word[i + 1] + word.slice(i + 3)),
    () => Array.from({ length: word.length - 1 }, (_, i) => [...LETTERS].map((c) => word.slice(0, i + 1) + c + word.slice(i + 2))).flat(),
    () => Array.from({ length: word.length - 1 }, (_, i) => word.slice(0, i + 1) + word.slice(i + 2)),
  ];
  for (const kind of kinds) {
    const found = new Set(kind().filter((w) => w !== word && w.length >= 2 && inLexicon(w) && common(w)));
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}

/**
 * Whether a word is a regular form of a lexicon word ("muslims", "rhinos", "tweeted"): the
 * lexicon lists few inflected forms, and these are no slips.
 */
function inflected(word: string): boolean {
  const bases = [
    word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y'), word.replace(/ed$/, ''), word.replace(/(?<=e)d$/, ''),
    word.replace(/ing$/, ''), word.replace(/ing$/, 'e'), word.replace(/(\p{L})\1(?:ed|ing)$/u, '$1'), word.replace(/ied$/, 'y'),
    word.replace(/(?:er|est)$/, ''), word.replace(/ly$/, ''),
  ];
  return bases.some((b) => b !== word && b.length >= 2 && inLexicon(b));
}

/**
 * Whether a lexicon word is common enough to be what was meant: a function word, or a word (or
 * its base form) that WordNet's tagged corpus has seen (it has a class or synonyms in the table).
 * The lexicon is alphabetical, with no frequencies: without this, "quinth" would be read as "quint".
 */
function common(word: string): boolean {
  if (FUNCTION_WORDS.has(word)) return true;
  const bases = new Set([word, word.replace(/s$/, ''), word.replace(/e?d$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e'), word.replace(/ied$/, 'y')]);
  return [...bases].some((b) => b.length >= 2 && (wordClasses(b, 'verb').length > 0 || wordClasses(b, 'noun').length > 0 || synonyms(b).length > 0));
}

/** A question read as meant, and each reading as [typed, read]. */
export interface CasualReading {
  text: string;
  read: Array<[string, string]>;
}

/**
 * Reads `text` as meant. `known` says whether the article uses a (lower-case) word or name: its
 * words are never changed, and "lukyanovs" is read as "lukyanov's" when it knows "lukyanov".
 * `slips: false` reads only the slang and contraction table (no lexicon look-up).
 */
export function readCasual(text: string, known: (word: string) => boolean = () => false, slips = true): CasualReading {
  // Slips are looked for only in a question typed casually (no capital letter, or no question
  // mark): a carefully typed one's unknown words are names and terms, not slips.
  const lookForSlips = slips && (!/\p{Lu}/u.test(text) || !/\?\s*$/.test(text));
  const read: Array<[string, string]> = [];
  // The same word is read the same way everywhere in the question, and counts once.
  const seen = new Map<string, string | undefined>();
  let tries = 0;
  let first = true;
  const out = text.replace(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu, (typed, offset: number) => {
    const atStart = first && /^[\s"'“(]*$/.test(text.slice(0, offset));
    first = false;
    const word = typed.toLowerCase();
    // A capitalised word inside a question is a name, and "U.S." an abbreviation: only words
    // typed in lower case (or the first, capitalised) are read as slang or slips.
    const lowerCase = (typed === word || (atStart && typed === word.charAt(0).toUpperCase() + word.slice(1))) && !/^\.\p{L}/u.test(text.slice(offset + typed.length));
    const meant = lowerCase ? (SLANG[word] ?? (atStart ? FIRST_WORD[word] : undefined) ?? unknownOnce(word)) : undefined;
    if (meant === undefined || meant === word) return typed;
    const shown = /^\p{Lu}/u.test(typed) ? meant.charAt(0).toUpperCase() + meant.slice(1) : meant;
    if (!read.some(([t]) => t === typed)) read.push([typed, shown]);
    return shown;
  });
  return { text: out, read };

  function unknownOnce(word: string): string | undefined {
    if (!seen.has(word)) seen.set(word, unknownWord(word));
    return seen.get(word);
  }

  /** A word neither the lexicon nor the article knows: a possessive without its apostrophe, or a slip. */
  function unknownWord(word: string): string | undefined {
    if (!/^\p{Ll}+$/u.test(word) || inLexicon(word) || known(word) || inflected(word)) return undefined;
    if (word.length > 3 && word.endsWith('s') && known(word.slice(0, -1))) return `${word.slice(0, -1)}'s`;
    if (!lookForSlips || word.length < MIN_SLIP_LENGTH || ++tries > MAX_SLIP_TRIES) return undefined;
    return lexiconSlip(word);
  }
}
