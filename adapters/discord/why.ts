/**
 * "Why this answer?" and "More" as Discord messages: the passages with their scores and what
 * matched, escaped like everything the bot echoes, within Discord's 2,000 characters.
 */
import type { Explanation, RankedPassage } from '../../src/types.js';
import { fitEscaped, MESSAGE_LIMIT, oneLine, shorten } from './format.js';
import { decisionLine, MAX_SECTION_TITLE, sectionNote } from '../shared/text.js';

/** One ranked passage: where, score, the quote (shortened to `room`) and what matched. */
function passageBlock(label: string, p: RankedPassage, room: number): string {
  const matched = [...p.entities.map((e) => `[${e}]`), ...p.keywords].join(', ') || 'nothing';
  const head = `**${label}** score ${p.score} · paragraph ${p.paragraph}${sectionNote(p.section, (t) => fitEscaped(t, MAX_SECTION_TITLE))}`;
  const foot = `matched: ${fitEscaped(matched, 300)}`;
  return `${head}\n> ${fitEscaped(oneLine(p.passage), Math.max(40, room - head.length - foot.length - 4))}\n${foot}`;
}

/** The top passages for the question, as the REPL's `/why` shows them. */
export function formatWhy(e: Explanation, limit = MESSAGE_LIMIT): string {
  const decided = decisionLine(e.trace);
  const title = `Why: the passages for “${fitEscaped(oneLine(e.question), 300)}”, the quoted one first${decided ? `\n${fitEscaped(decided, 400)}` : ''}`;
  if (e.passages.length === 0) return shorten(`${title}\nNo passage matched that question.`, limit);
  const room = Math.floor((limit - title.length - 2 * e.passages.length) / e.passages.length);
  return shorten([title, ...e.passages.map((p, k) => passageBlock(`${k + 1}.`, p, room))].join('\n'), limit);
}

/** The next-best passage ("More"). */
export function formatMore(p: RankedPassage, rank: number, limit = MESSAGE_LIMIT): string {
  return shorten(`${passageBlock(`Next best (${rank + 1})`, p, limit - 30)}\n_${fitEscaped(`from "${oneLine(p.article)}"`, 250)}_`, limit);
}
