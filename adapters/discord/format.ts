import type { About } from '../../src/types.js';
import { helpLines, MAX_SECTION_TITLE, notInArticle, sectionNote } from '../shared/text.js';
import type { LinkedAnswer } from '../shared/link.js';

/**
 * Pure functions from the core's values to Discord message content. Everything echoed (answer,
 * quote, headline, reason, examples) is escaped so it renders as plain text and cannot look like
 * a ping; every result fits Discord's message limit.
 */

/** Discord's limit on the `content` of a message or interaction reply. */
export const MESSAGE_LIMIT = 2000;

/** A quote shorter than this is not worth showing; it is dropped instead. */
const MIN_QUOTE = 40;
/** A headline is cut to this length in the "paragraph N of ..." line. */
const MAX_HEADLINE = 200;

/** How the user can ask, for the help text. */
const HOW_TO_ASK = 'Ask with `/ask`, or mention me followed by your question (in a DM, just write it). `/about` shows which article I know.';
const SUGGEST_ABOUT = 'Try `/about` to see what the article covers.';

/** Longer links are left out rather than cut (a cut link would select nothing). */
const MAX_LINK = 600;

/** Collapses all whitespace (newlines included) to single spaces, so a quote stays one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Escapes Discord markdown so `text` shows literally: emphasis, code, spoilers, quotes, headings,
 * lists, masked links and `<...>` mentions/emoji; `@everyone`/`@here` get a zero-width space so
 * they do not even look like a ping (allowed mentions already stop the ping itself).
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|<>[\]]/g, '\\$&')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.');
}

/** Cuts `text` to at most `max` characters, at a word boundary when one is near, ending in "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return '…';
  let cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace >= cut.length * 0.8) cut = cut.slice(0, lastSpace);
  // Never split a surrogate pair (an emoji, say) in two.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Escapes `text` and shortens it (before escaping, so no escape is cut in half) to fit `max`. */
export function fitEscaped(text: string, max: number): string {
  const whole = escapeText(text);
  if (whole.length <= max) return whole;
  // Binary search for the longest cut whose escaped form fits (escaping can double the length).
  let lo = 0;
  let hi = Math.min(text.length, max);
  let best = '';
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const escaped = escapeText(shorten(text, mid));
    if (escaped.length <= max) {
      best = escaped;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Whether two texts say the same thing, ignoring case, spacing and end punctuation. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => oneLine(s).toLowerCase().replace(/[.!?;:,"'”“’]+$/u, '');
  return norm(a) === norm(b);
}

/**
 * The reply to a question: the short answer in bold, the passage as a quote, and where it is
 * ("paragraph N of <headline>", "paragraph N (§ <section>) of <headline>" under a section title).
 * To fit `limit` the quote is shortened (or dropped), never the answer, unless the answer alone
 * could not fit.
 */
export function formatAnswer(answer: LinkedAnswer, limit = MESSAGE_LIMIT): string {
  if (answer.readAs) {
    // A follow-up says how it was read, on its own line above the answer.
    const note = `_(${fitEscaped(oneLine(answer.readAs), 300)})_\n`;
    return note + formatAnswer({ ...answer, readAs: undefined }, limit - note.length);
  }
  if (answer.kind === 'error') return fitEscaped(answer.answer, limit);
  if (!answer.answered) return formatNotAnswered(answer.reason, limit);
  // A summary, a list of people, small talk or help: its own lines, each escaped, no quote or source.
  if (answer.kind && answer.kind !== 'answer') return fitEscaped(answer.answer, limit);
  const note = answer.confidenceLabel === 'low' ? ' _(low confidence)_' : '';
  // A link to the quoted sentence in angle brackets: Discord then shows no preview card under the answer.
  const headline = `*${fitEscaped(oneLine(answer.article), MAX_HEADLINE)}*`;
  const linkable = answer.link && answer.link.length <= MAX_LINK && !/[\s<>]/.test(answer.link);
  const section = sectionNote(answer.section, (t) => fitEscaped(t, MAX_SECTION_TITLE));
  const foot = `— paragraph ${answer.paragraph}${section} of ${linkable ? `[${headline}](<${answer.link}>)` : headline}`;
  if (answer.form === 'sentence') {
    // The sentence is the answer line, its likely answer words in bold; it is not quoted again.
    const line = sentenceLine(oneLine(answer.passage), answer.highlight ?? '', limit - foot.length - note.length - 1);
    return `${line}${note}\n${foot}`;
  }
  let headText = escapeText(oneLine(answer.answer));
  const headRoom = limit - foot.length - note.length - '****\n'.length;
  if (headText.length > headRoom) headText = fitEscaped(oneLine(answer.answer), headRoom);
  const head = `**${headText}**${note}`;

  const quoteRoom = limit - head.length - foot.length - '\n> \n'.length;
  const showQuote = answer.passage.trim() !== '' && !sameText(answer.passage, answer.answer) && quoteRoom >= MIN_QUOTE;
  const quote = showQuote ? fitEscaped(oneLine(answer.passage), quoteRoom) : '';
  return quote ? `${head}\n> ${quote}\n${foot}` : `${head}\n${foot}`;
}

/** `sentence` escaped, with `highlight` in bold where it stands in it, within `room` characters. */
function sentenceLine(sentence: string, highlight: string, room: number): string {
  const at = highlight ? sentence.indexOf(highlight) : -1;
  if (at >= 0) {
    const bolded = `${escapeText(sentence.slice(0, at))}**${escapeText(highlight)}**${escapeText(sentence.slice(at + highlight.length))}`;
    if (bolded.length <= room) return bolded;
  }
  return fitEscaped(sentence, room);
}

/** Said when the article does not answer: plainly, with a pointer to `/about`. */
export function formatNotAnswered(reason: string | undefined, limit = MESSAGE_LIMIT): string {
  const tail = `\n${SUGGEST_ABOUT}`;
  return `${fitEscaped(notInArticle(reason ? oneLine(reason) : undefined), limit - tail.length)}${tail}`;
}

/** What the bot does, how to ask, and three example questions from the article(s). */
export function formatHelp(about: readonly About[], limit = MESSAGE_LIMIT): string {
  const { intro, examples } = helpLines(about);
  const lines = [escapeText(intro), HOW_TO_ASK];
  if (examples.length > 0) {
    const room = Math.floor((limit - lines.join('\n').length - 20) / examples.length) - 3;
    lines.push('For example:', ...examples.map((q) => `• ${fitEscaped(oneLine(q), Math.min(room, 300))}`));
  }
  return shorten(lines.join('\n'), limit);
}

/** `/about`: each article's headline, dateline and lead, the leads shortened to share the limit. */
export function formatAbout(about: readonly About[], limit = MESSAGE_LIMIT): string {
  if (about.length === 0) return 'No article is loaded.';
  const heads = about.map((a) => `**${fitEscaped(oneLine(a.title), MAX_HEADLINE)}**${a.dateline ? ` (${fitEscaped(oneLine(a.dateline), 60)})` : ''}`);
  const fixed = heads.reduce((n, h) => n + h.length + '\n> \n\n'.length, 0);
  const room = Math.floor((limit - fixed) / about.length);
  const blocks = about.map((a, i) => (room >= MIN_QUOTE ? `${heads[i]}\n> ${fitEscaped(oneLine(a.lead), room)}` : heads[i]!));
  return shorten(blocks.join('\n\n'), limit);
}
