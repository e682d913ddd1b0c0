import type { Corpus } from '../article/model.js';
import { isEnglishWord, type Token } from '../nlp/wink.js';
import { isContent } from '../nlp/terms.js';
import { NAME_ALIASES } from '../nlp/tables.js';

/** The article's names in a question: longest forms first, abbreviations, bare surnames. */

/** The article's entities for another form of a capitalised name ("US" → "United States"). */
function aliasOf(form: string, first: Token, afterThe: boolean, corpus: Corpus): Set<string> | undefined {
  // "US", "U.N.", "America", "United States": written in capitals, or a capitalised word of
  // more than three letters or several words ("Us" opening a sentence is not). Typed in lower
  // case after "the" ("what does the us think"), it is the name: the pronoun never follows "the".
  if (!afterThe && !/^\p{Lu}[\p{Lu}.]+$/u.test(first.text) && !((form.includes(' ') || form.length > 3) && /^\p{Lu}/u.test(first.text))) return undefined;
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
      // Only as typed in lower case: a capitalised "US" the article writes so is left as it was
      // (looked up as a name it answered one more of SQuAD 2.0's unanswerable questions).
      const afterThe = tokens[i - 1]?.lower === 'the' && /^\p{Ll}/u.test(tokens[i]!.text);
      const alias = corpus.forms.has(form) ? undefined : aliasOf(form, tokens[i]!, afterThe, corpus);
      const found = corpus.forms.get(form) ?? alias;
      // A lower-case word the articles also write in lower case is that word, not a name
      // ("century" is not "Century", even if some heading capitalised it).
      const plainWord = n === 1 && /^\p{Ll}/u.test(tokens[i]!.text) && corpus.commonWords.has(form);
      if (!found || (n === 1 && !isContent(tokens[i]!) && !alias && !(afterThe && NAME_ALIASES.has(form))) || plainWord) continue;
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
  // multi-word name that is not a place. Typed in lower case ("whos vershbow"), as people chat,
  // only a word that is no English word nor one the article writes in lower case.
  const nameLike = (t: Token): boolean => /^\p{Lu}/u.test(t.text) || (!corpus.commonWords.has(t.lower) && !isEnglishWord(t.lower));
  tokens.forEach((t, i) => {
    if (covered.has(i) || !nameLike(t) || !isContent(t)) return;
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
