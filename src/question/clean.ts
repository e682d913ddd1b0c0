/**
 * Question cleaning: what a person typed (or pasted from a terminal, Slack or Discord), made into
 * the plain text the core reads. Pure.
 */

/** Questions longer than this are read only in part: nobody asks 20,000 characters. */
export const MAX_QUESTION_CHARS = 500;

/** Input longer than this is not even scanned: only its end can be read anyway. */
const MAX_SCANNED_CHARS = MAX_QUESTION_CHARS * 40;

/**
 * Terminal escape sequences: CSI ("ESC [ 31 m", also the one-byte CSI U+009B and the caret form
 * "^[[31m" a terminal shows when one is pasted), OSC ("ESC ] 0;title BEL", ended by BEL or
 * "ESC \"), and the two-character escapes ("ESC c", "ESC ( B"). They colour or move text; they
 * are not words.
 */
const TERMINAL_ESCAPES = /(?:\u001b\[|\u009b|\^\[\[)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]/g;

/**
 * Invisible characters that may sit inside a word (zero-width space, joiners, word joiner, soft
 * hyphen, BOM) and bidi controls: removed, not made spaces, so "Lav\u200brov" reads "Lavrov".
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The cleaned question, and how much of a long one was left unread. */
export interface CleanedQuestion {
  text: string;
  /** Characters at the front of an over-long question that were not read (0 when all was read). */
  dropped: number;
}

/**
 * Removes terminal escape sequences, control characters and markup tags ("<b>", Slack's
 * "<!channel>", "<@U123>") and folds white space; keeps every script and emoji. Over
 * `MAX_QUESTION_CHARS` only the end is read (see `keepEnd`), since a long message usually
 * ends with its question.
 */
export function cleanQuestionText(raw: string): CleanedQuestion {
  const scanned = raw.length > MAX_SCANNED_CHARS ? raw.slice(-MAX_SCANNED_CHARS) : raw;
  const text = scanned
    .replace(TERMINAL_ESCAPES, ' ')
    .replace(INVISIBLE, '')
    .replace(/<[^<>\s][^<>]{0,80}>/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_QUESTION_CHARS) return { text, dropped: raw.length - scanned.length };
  const kept = keepEnd(text);
  return { text: kept, dropped: text.length - kept.length + (raw.length - scanned.length) };
}

/** `cleanQuestionText` without the count: the text the core reads. */
export function cleanQuestion(raw: string): string {
  return cleanQuestionText(raw).text;
}

/**
 * The end of an over-long text: its last sentences back to (and including) the last one that
 * asks something ("…?"), as many as fit the cap; a last sentence longer than the cap is read
 * from its last word start within it.
 */
function keepEnd(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const kept: string[] = [];
  let length = 0;
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k]!;
    if (length + s.length + (kept.length > 0 ? 1 : 0) > MAX_QUESTION_CHARS) break;
    kept.unshift(s);
    length += s.length + (kept.length > 1 ? 1 : 0);
    // The question is read once a sentence that asks has been taken (a trailing "Thanks." is not one).
    if (/\?\s*$/.test(s)) break;
  }
  if (kept.length > 0) return kept.join(' ');
  const tail = text.slice(-MAX_QUESTION_CHARS);
  const space = tail.indexOf(' ');
  return space > 0 && space < MAX_QUESTION_CHARS / 5 ? tail.slice(space + 1) : tail;
}

/** The note shown with an answer to a question that was read only in part. */
export function unreadNote(dropped: number): string {
  return `the question is over ${MAX_QUESTION_CHARS} characters: I read only its end, the first ${dropped.toLocaleString('en-US')} characters were not read`;
}
