/**
 * The passage to quote for an answer. Most sentences are quoted whole; a very long one (a list,
 * or text whose full stops were lost) is cut to the stretch around the answer, with "…" where it
 * was cut, so a reply stays readable in a chat and still shows the answer in its context.
 */

/** Longest passage quoted whole, in characters. */
export const MAX_PASSAGE_CHARS = 600;
/** Context kept on each side of the answer when a passage is cut, at least. */
const MIN_CONTEXT_CHARS = 60;

/** `sentence` itself, or its stretch around `answer` when the sentence is too long to quote. */
export function excerpt(sentence: string, answer: string): string {
  if (sentence.length <= MAX_PASSAGE_CHARS) return sentence;
  const at = answer ? sentence.indexOf(answer) : -1;
  const from = at < 0 ? 0 : at;
  const to = at < 0 ? 0 : at + answer.length;
  // What room the answer leaves, split between its two sides (the marks take four characters).
  const context = Math.max(MIN_CONTEXT_CHARS, Math.floor((MAX_PASSAGE_CHARS - (to - from) - 4) / 2));
  let start = Math.max(0, from - context);
  let end = Math.min(sentence.length, to + context);
  // Cut at spaces, never inside a word.
  if (start > 0) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length) end = sentence.lastIndexOf(' ', end) > to ? sentence.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? ' …' : ''}`;
}
