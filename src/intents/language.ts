/**
 * Whether a question is not in English, by two general signs: the script of its letters (Cyrillic,
 * Arabic, Han … are not English), and, for Latin letters, the share of its words that neither the
 * English lexicon (wink's model) nor the article knows ("qué dijo lavrov sobre las sanciones":
 * only "lavrov" is known). No list of foreign words: the lexicon decides.
 */

/** Below this share of Latin letters a question is in another script. */
const MIN_LATIN_SHARE = 0.5;
/** Below this share of known words a Latin-script question is in another language. */
const MIN_KNOWN_SHARE = 0.5;
/** With no English function word, this share of words unknown to the lexicon and the article says "another language". */
const MIN_UNKNOWN_SHARE = 0.25;
/** Fewer words than this say too little to judge by the lexicon ("merci", "lol"). */
const MIN_WORDS = 3;

/** What the check needs to know about words: the English lexicon and the article's own words. */
export interface Lexicon {
  isEnglish(word: string): boolean;
  /** English function words ("the", "what", "did"), which nearly every English question holds. */
  isStopWord(word: string): boolean;
  inArticle(word: string): boolean;
}

/** The verdict: why the question is taken for another language, or undefined when it reads as English. */
export function notEnglish(text: string, lexicon: Lexicon): 'script' | 'words' | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return undefined;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < MIN_LATIN_SHARE) return 'script';
  // Words of two letters or more; names and figures the article uses count as known.
  const words = (text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, '')).filter((w) => w.length >= 2);
  if (words.length < MIN_WORDS) return undefined;
  const known = words.filter((w) => lexicon.isEnglish(w) || lexicon.inArticle(w) || w.split(/[-'’]/).every((p) => p === '' || lexicon.isEnglish(p))).length;
  if (known / words.length < MIN_KNOWN_SHARE) return 'words';
  // The lexicon of web English holds many foreign words ("dit", "sur"): a question without a single
  // English function word, most of whose words the article never uses, is not English either
  // (a keyword query, "lavrov sanctions iran", uses the article's words).
  // (and some of whose words no English lexicon knows: "alpha bravo charlie" is English words).
  const strange = words.filter((w) => !lexicon.inArticle(w)).length;
  const unknown = words.length - known;
  if (!words.some((w) => lexicon.isStopWord(w)) && strange / words.length >= MIN_KNOWN_SHARE && unknown / words.length >= MIN_UNKNOWN_SHARE) return 'words';
  return undefined;
}

/** The one line said to a question in another language, with an English question to try. */
export function englishOnly(example: string | undefined): string {
  return `I can only read questions in English, sorry. Please ask again in English${example ? `, for example "${example}"` : ''}.`;
}
