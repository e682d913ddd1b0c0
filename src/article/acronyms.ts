import type { Token } from '../nlp/wink.js';
import { isContent, tokenTerms } from '../nlp/terms.js';

/**
 * What a short run of initials may stand for in an article: readers type "mvp" where the article
 * writes "Most Valuable Player", and "uws" for "Underwater World Singapore (UWS)". The article's
 * runs of capitalised words are indexed by their initials, so a question's acronym can be read as
 * the words (or the name) it abbreviates.
 */

/** A run of capitalised words an acronym may stand for. */
export interface Expansion {
  /** The run as written, lower case ("most valuable player"): an entity form when it names one. */
  form: string;
  /** The run as the article writes it ("Most Valuable Player"), to show how a question was read. */
  written: string;
  /** The run's index terms (lemmas, no stems): the words a question's acronym stands for. */
  terms: string[];
  /** The article defines the acronym in brackets right after the run ("… Singapore (UWS)"). */
  defined: boolean;
}

/** Acronyms are 2–5 letters: shorter is a letter, longer is rarely typed as initials. */
export const ACRONYM_LENGTH = { min: 2, max: 5 } as const;

/** Small words inside names ("Ministry of Manpower" is MOM, "Department of State" DOS or DS). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'on', '&']);

/** A capitalised word that may lend its initial ("Valuable"), not an acronym itself ("UWS"). */
function capitalWord(t: Token): boolean {
  return /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$|^\p{Lu}$/u.test(t.text) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** An acronym as written: capitals only, 2–6 of them ("UWS", "MOM"), a plural "s" allowed. */
const WRITTEN_ACRONYM = /^\p{Lu}{2,6}s?$/u;

/**
 * The runs of capitalised words in a sentence, as token ranges [start, end): connectors join
 * capitalised words ("Ministry of Manpower"); the sentence's first word counts only where the
 * article never writes it in lower case ("The" and "Following" open sentences, not names).
 */
function capitalRuns(tokens: readonly Token[], commonWords: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  const close = (end: number): void => {
    if (start < 0) return;
    // A run never ends on a connector: "Bank of" is "Bank".
    while (end > start && CONNECTORS.has(tokens[end - 1]!.lower)) end--;
    if (end > start) runs.push([start, end]);
    start = -1;
  };
  tokens.forEach((t, i) => {
    const opens = capitalWord(t) && (i > 0 || !commonWords.has(t.lower));
    if (opens) {
      if (start < 0) start = i;
    } else if (!(start >= 0 && CONNECTORS.has(t.lower) && tokens[i + 1] && capitalWord(tokens[i + 1]!))) close(i);
  });
  close(tokens.length);
  return runs;
}

/** The initials of tokens [from, to): of the capitalised words alone, and with the connectors too. */
function initials(tokens: readonly Token[], from: number, to: number): Set<string> {
  const words = tokens.slice(from, to);
  const capitals = words.filter((t) => !CONNECTORS.has(t.lower)).map((t) => t.lower[0]).join('');
  const all = words.map((t) => t.lower[0]).join('');
  return new Set([capitals, all]);
}

/** Adds an expansion under an acronym, once per form (a defined one wins over a guessed one). */
function add(map: Map<string, Expansion[]>, acronym: string, tokens: readonly Token[], from: number, to: number, defined: boolean): void {
  const form = tokens.slice(from, to).map((t) => t.lower).join(' ');
  const list = map.get(acronym) ?? map.set(acronym, []).get(acronym)!;
  const known = list.find((x) => x.form === form);
  if (known) {
    known.defined ||= defined;
    return;
  }
  const terms = tokens.slice(from, to).filter(isContent).flatMap((t) => tokenTerms(t).filter((x) => !x.startsWith('s:') && !x.startsWith('e:')));
  list.push({ form, written: tokens.slice(from, to).map((t) => t.text).join(' '), terms: [...new Set(terms)], defined });
}

/**
 * Indexes one sentence's capitalised runs under their initials (every stretch of two to five
 * words of a run: "Super Bowl Most Valuable Player Award" lends "mvp" as well as "sb"), and
 * acronyms defined in brackets under the run they follow.
 */
export function indexAcronyms(tokens: readonly Token[], commonWords: ReadonlySet<string>, into: Map<string, Expansion[]>): void {
  for (const [start, end] of capitalRuns(tokens, commonWords)) {
    for (let from = start; from < end; from++) {
      if (CONNECTORS.has(tokens[from]!.lower)) continue;
      for (let to = from + 2; to <= end; to++) {
        if (CONNECTORS.has(tokens[to - 1]!.lower)) continue;
        for (const a of initials(tokens, from, to)) {
          if (a.length >= ACRONYM_LENGTH.min && a.length <= ACRONYM_LENGTH.max) add(into, a, tokens, from, to, false);
        }
      }
    }
  }
  // "Underwater World Singapore (UWS)": the run just before the bracket whose initials spell it.
  tokens.forEach((t, i) => {
    if (i < 2 || tokens[i - 1]!.text !== '(' || tokens[i + 1]?.text !== ')' || !WRITTEN_ACRONYM.test(t.text)) return;
    // "(NGOs)": a plural's "s" is no initial.
    const spelt = new Set([t.lower, /\p{Lu}s$/u.test(t.text) ? t.lower.slice(0, -1) : t.lower]);
    for (let from = i - 2; from >= 0 && i - 1 - from <= 2 * t.text.length; from--) {
      if (!capitalWord(tokens[from]!) && !CONNECTORS.has(tokens[from]!.lower)) break;
      const acronym = [...initials(tokens, from, i - 1)].find((a) => spelt.has(a));
      if (acronym && !CONNECTORS.has(tokens[from]!.lower)) {
        add(into, t.lower, tokens, from, i - 1, true);
        break;
      }
    }
  });
}
