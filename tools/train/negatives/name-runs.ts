// The names a question or sentence writes, found as runs of capitalised words.

/** Words that may stand lower case inside a name ("University of Notre Dame", "Leonardo da Vinci"). */
export const NAME_LINKS = new Set(['of', 'the', 'de', 'du', 'da', 'di', 'del', 'della', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'bin', 'y', '&', 'for']);

/** Whether a word starts with a capital (or is a figure with letters, "C-X75"). */
export const capital = (w: string): boolean => /^[\p{Lu}]/u.test(w) || /^\d+\p{L}/u.test(w);

export interface NameAt {
  start: number;
  end: number;
  text: string;
}

/**
 * Runs of capitalised words (joined by "of", "the", "de" … when a capital follows), placed by
 * character: the names a question or sentence writes, however the linker grouped them. A run at
 * the start counts only when wink calls its first word a proper noun ("Beyoncé's", not "What").
 */
export function nameRuns(tokens: readonly { text: string; lower: string; pos: string; start: number; end: number }[], text: string): NameAt[] {
  const out: NameAt[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.start < 0 || !capital(t.text) || t.pos === 'PRON' || (i === 0 && t.pos !== 'PROPN')) { i++; continue; }
    let j = i + 1;
    for (;;) {
      const u = tokens[j];
      if (u && u.start >= 0 && capital(u.text) && u.pos !== 'PUNCT' && u.pos !== 'PRON') { j++; continue; }
      // "University of Notre Dame", "Destiny's Child": a link word or "'s" joins two capitalised words.
      const linked = u && (NAME_LINKS.has(u.lower) || ((u.lower === "'s" || u.lower === '’s') && u.start === tokens[j - 1]!.end));
      if (linked && tokens[j + 1] && capital(tokens[j + 1]!.text) && tokens[j + 1]!.start >= 0 && tokens[j + 1]!.pos !== 'PRON') { j += 2; continue; }
      break;
    }
    // Half of a hyphenated word ("Ü-Tsang", "Sino-Tibetan") is no name on its own.
    const hyphened = (tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start) || (tokens[j]?.text === '-' && tokens[j]!.start === tokens[j - 1]!.end);
    if (!hyphened) out.push({ start: t.start, end: tokens[j - 1]!.end, text: text.slice(t.start, tokens[j - 1]!.end) });
    i = j;
  }
  return out;
}
