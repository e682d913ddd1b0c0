import type { Token } from '../nlp/wink.js';
import { HONORIFICS, MONTHS, TITLE_WORDS, WEEKDAYS } from '../nlp/tables.js';

/** A run of capitalised words that names someone or something ("Secretary of State Hillary Rodham Clinton"). */
export interface NameRun {
  /** Token range of the whole run, titles included: [start, end). */
  start: number;
  end: number;
  /** First token of the name proper, after any titles or honorific. */
  nameStart: number;
  /** The name without titles, as written ("Hillary Rodham Clinton"). */
  name: string;
  /** Lower-case titles before the name ("secretary of state", "mr."). */
  titles: string[];
  /** Gender implied by an honorific (Mr. → m, Mrs. → f). */
  gender?: 'm' | 'f';
}

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const INITIAL = /^[\p{Lu}]\.$/u;
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);
/** Title words that may open a run (state, foreign, defense only continue one). */
const TITLE_OPENERS = new Set([...TITLE_WORDS].filter((w) => !['state', 'foreign', 'defense', 'general', 'chief', 'major', 'count'].includes(w)));

function isCap(t: Token, first: boolean, commonWords: ReadonlySet<string>): boolean {
  if (!CAPITALISED.test(t.text) && !/^[\p{Lu}][\p{Lu}.&]+$/u.test(t.text)) return false;
  if (t.pos === 'PUNCT' || t.pos === 'NUM') return false;
  // Weekday and month names are times, not names.
  if (CALENDAR.has(t.lower)) return false;
  // Sentence-initial capitals are names only if the word is never written in lower case elsewhere
  // and does not look like an inflected verb or adverb ("Denting", "Asked", "Clearly").
  if (first) return t.pos === 'PROPN' && !commonWords.has(t.lower) && !/(?:ing|ed|ly)$/.test(t.lower);
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB' || INITIAL.test(t.text);
}

/**
 * Finds name runs in a sentence: maximal runs of capitalised words, joined across "of" (and
 * across "in" when two or more capitalised words follow, as in "Russia in Global Affairs"),
 * with leading titles and honorifics split off. `commonWords` holds the lower-case words of
 * the text, so a sentence-initial "Threats" is not taken for a name.
 */
export function findNameRuns(tokens: readonly Token[], commonWords: ReadonlySet<string>): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i]!, i === 0 || /^[“"‘(]$/.test(tokens[i - 1]?.text ?? ''), commonWords)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (t && isCap(t, false, commonWords)) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      const after = tokens[j + 2];
      if (t && (t.lower === 'of' || t.lower === 'de' || t.lower === 'von') && next && isCap(next, false, commonWords)) {
        j += 2;
        continue;
      }
      if (t && t.lower === 'in' && next && after && isCap(next, false, commonWords) && isCap(after, false, commonWords)) {
        j += 3;
        continue;
      }
      break;
    }
    runs.push(splitTitles(tokens, i, j));
    i = j;
  }
  return runs.filter((r) => r.nameStart < r.end);
}

function splitTitles(tokens: readonly Token[], start: number, end: number): NameRun {
  let k = start;
  const titles: string[] = [];
  let gender: 'm' | 'f' | undefined;
  let title: string[] = [];
  while (k < end - 1) {
    const w = tokens[k]!.lower;
    if (HONORIFICS.has(w)) {
      gender = HONORIFICS.get(w);
      titles.push(w);
      k++;
      continue;
    }
    const opens = title.length === 0 ? TITLE_OPENERS.has(w) : TITLE_WORDS.has(w) || (w === 'of' && k + 1 < end - 1);
    if (!opens) break;
    title.push(w);
    k++;
    if (!TITLE_WORDS.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'of') {
      titles.push(title.join(' '));
      title = [];
    }
  }
  if (title.length) {
    // "King of Warsaw": an open title takes its "of" along, so the name is "Warsaw", not "of Warsaw".
    if (tokens[k]?.lower === 'of' && k < end - 1) {
      title.push('of');
      k++;
    }
    titles.push(title.join(' '));
  }
  const name = tokens.slice(k, end).map((t, idx) => (idx === 0 ? '' : t.start > tokens[k + idx - 1]!.end ? ' ' : '') + t.text).join('');
  return { start, end, nameStart: k, name, titles, gender };
}
