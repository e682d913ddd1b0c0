import type { Corpus } from '../article/model.js';
import type { Expansion } from '../article/acronyms.js';
import { ACRONYM_LENGTH } from '../article/acronyms.js';
import type { Token } from '../nlp/wink.js';
import { isContent, tokenTerms } from '../nlp/terms.js';
import { antonyms, hyponyms, synonyms, wordClasses } from '../nlp/wordnet.js';

/** A question word read as the initials of the article's words ("mvp" → "Most Valuable Player"). */
export interface AcronymReading {
  /** Token index of the acronym in the question. */
  at: number;
  expansion: Expansion;
  /** The entities the expansion names ("underwater world singapore"), if it is a name. */
  entities: string[];
  /**
   * The article never uses the acronym, so it stands in for it. Otherwise the article defines it
   * in brackets and uses it too ("UWS"): the question's word stays and finds the name as well.
   */
  replaces: boolean;
}

/** Whether English knows the word ("dad", "bus"): such a word is itself, not someone's initials. */
function englishWord(word: string): boolean {
  return synonyms(word).length > 0 || hyponyms(word).length > 0 || antonyms(word).length > 0 ||
    wordClasses(word, 'noun').length > 0 || wordClasses(word, 'verb').length > 0;
}

/**
 * The question's acronyms the article spells out: a word of 2–5 letters, not a name the question
 * already matched, that the article never uses and that is typed in capitals or is no English
 * word ("mvp"), whose letters are the initials of one run of the article's capitalised words; or
 * an acronym the article defines in brackets ("Underwater World Singapore (UWS)") and the
 * question did not already match as a name (adding the defined name to an acronym matched as
 * one, "the iaa", chose worse passages in the scripted conversations and on fit). Initials several
 * runs share are left alone, unless just one of them is defined in brackets.
 */
export function acronymsIn(tokens: readonly Token[], covered: ReadonlySet<number>, corpus: Corpus): AcronymReading[] {
  const out: AcronymReading[] = [];
  tokens.forEach((t, at) => {
    if (covered.has(at) || !isContent(t) || t.text.length < ACRONYM_LENGTH.min || t.text.length > ACRONYM_LENGTH.max || !/^\p{L}+$/u.test(t.text)) return;
    const found = corpus.acronyms.get(t.lower);
    if (!found) return;
    const used = corpus.postings.has(t.lemma) || corpus.postings.has(t.lower);
    const defined = found.filter((x) => x.defined);
    const candidates = defined.length > 0 ? defined : used ? [] : found;
    if (candidates.length !== 1) return;
    if (!used && !/^\p{Lu}+$/u.test(t.text) && englishWord(t.lower)) return;
    const expansion = candidates[0]!;
    const entities = [...(corpus.forms.get(expansion.form) ?? [])];
    // An acronym the article uses adds only the name it defines; nothing else to look up.
    if (used && entities.length === 0) return;
    out.push({ at, expansion, entities, replaces: !used });
  });
  return out;
}

/**
 * Reads the acronyms into the question's terms: an acronym the article never uses gives way to
 * the name it abbreviates (as an entity) or to the words it stands for, which weigh one name
 * together and are not answers in themselves; a defined acronym the article uses adds its name.
 * Returns what each replaced acronym was read as, for "reading "mvp" as …".
 */
export function applyAcronyms(
  readings: readonly AcronymReading[], tokens: readonly Token[], terms: Map<string, number>, keys: Set<string>, lemmas: Set<string>, entityWeight: number,
): Array<[string, string]> {
  const read: Array<[string, string]> = [];
  for (const r of readings) {
    for (const k of r.entities) {
      // A replaced acronym's name is looked up, not asked about: "who was mvp" wants who won the
      // award, not what "Most Valuable Player" is (a question about a name asks for its description).
      if (!r.replaces) keys.add(k);
      terms.set(`e:${k}`, Math.max(terms.get(`e:${k}`) ?? 0, entityWeight / r.entities.length));
    }
    if (!r.replaces) continue;
    for (const term of tokenTerms(tokens[r.at]!)) terms.delete(term);
    if (r.entities.length === 0) {
      for (const term of r.expansion.terms) terms.set(term, Math.max(terms.get(term) ?? 0, entityWeight / r.expansion.terms.length));
    }
    for (const term of r.expansion.terms) lemmas.add(term);
    read.push([tokens[r.at]!.text, r.expansion.written]);
  }
  return read;
}
