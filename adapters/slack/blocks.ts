/**
 * Pure layout: core values in, Slack messages (Block Kit `blocks` plus a plain `text` fallback
 * for notifications) out. Every piece of user or article text is escaped here, and every
 * section or context text stays within Slack's 3,000-character limit: the quoted passage is
 * shortened when needed, the answer never is (a very long one is split across sections).
 */
import type { types } from '@slack/bolt';
import type { About, Answer, Explanation, RankedPassage } from '../../src/types.js';
import { APOLOGY, decisionLine, helpLines, MAX_SECTION_TITLE, notInArticle, sectionNote } from '../shared/text.js';
import type { LinkedAnswer } from '../shared/link.js';
import { escapeMrkdwn, escapeWithin } from './escape.js';

/** Slack's limit for the text of a section (and any text object). */
export const MAX_SECTION_TEXT = 3000;

export interface SlackMessage {
  /** Plain fallback: shown in notifications and by clients that cannot render blocks. */
  text: string;
  blocks: types.KnownBlock[];
}

function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

function context(...mrkdwn: string[]): types.ContextBlock {
  return { type: 'context', elements: mrkdwn.map((text) => ({ type: 'mrkdwn' as const, text })) };
}

/** Splits already-escaped text into pieces of at most `max` characters, never inside an entity. */
export function splitEscaped(escaped: string, max = MAX_SECTION_TEXT): string[] {
  const pieces: string[] = [];
  let rest = escaped;
  while (rest.length > max) {
    let cut = max;
    const amp = rest.lastIndexOf('&', cut - 1);
    if (amp > cut - 5 && rest.indexOf(';', amp) >= cut) cut = amp;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const space = rest.lastIndexOf(' ', cut);
    if (space > max * 0.8) cut = space + 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** The question as asked, echoed above the answer (for `/ask`, whose text nobody else sees). */
function questionBlock(question: string): types.ContextBlock {
  return context(`*Q:* ${escapeWithin(question, MAX_SECTION_TEXT - 7)}`);
}

/** Which answer a button refers to: its conversation and turn (the button's value, as JSON). */
export interface TurnRef {
  /** Conversation id. */
  c: string;
  /** Turn id. */
  t: string;
  /** For "More": which next-best passage (1 = the best after the quoted one). */
  r?: number;
}

/** Action ids of the buttons under an answer. */
export const ACTIONS = { why: 'qa_why', more: 'qa_more', good: 'qa_good', bad: 'qa_bad' } as const;

function button(text: string, actionId: string, ref: TurnRef): types.Button {
  return { type: 'button', text: { type: 'plain_text', text, emoji: true }, action_id: actionId, value: JSON.stringify(ref) };
}

/** "Why this answer?", "More", 👍, 👎 under an answer. */
export function answerActions(ref: TurnRef): types.ActionsBlock {
  return {
    type: 'actions',
    elements: [
      button('Why this answer?', ACTIONS.why, ref),
      button('More', ACTIONS.more, { ...ref, r: 1 }),
      button('👍', ACTIONS.good, ref),
      button('👎', ACTIONS.bad, ref),
    ],
  };
}

/** The reply to one question: answer, quoted passage and where it comes from, or a plain "doesn't say". */
export function answerMessage(answer: Answer, options: { question?: string; turn?: TurnRef } = {}): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  if (options.question) blocks.push(questionBlock(options.question));
  if (answer.readAs) blocks.push(context(`_(${escapeWithin(answer.readAs, MAX_SECTION_TEXT - 4)})_`));

  if (answer.kind === 'error') {
    blocks.push(section(escapeWithin(answer.answer, MAX_SECTION_TEXT)));
    return { text: escapeWithin(answer.answer, MAX_SECTION_TEXT), blocks };
  }
  if (!answer.answered) {
    const said = notInArticle(answer.reason);
    blocks.push(section(escapeWithin(said, MAX_SECTION_TEXT)));
    return { text: escapeWithin(said, MAX_SECTION_TEXT), blocks };
  }

  // A summary, a list of people, small talk or help: its own lines, no quote or source line.
  if (answer.kind && answer.kind !== 'answer') {
    const escaped = escapeMrkdwn(answer.answer);
    for (const piece of splitEscaped(escaped)) blocks.push(section(piece));
    return { text: escapeWithin(answer.answer, MAX_SECTION_TEXT), blocks };
  }

  const escapedAnswer = escapeMrkdwn(answer.answer);
  const passage = answer.passage.replace(/\s+/g, ' ').trim();
  if (answer.form === 'sentence') {
    // The sentence is the answer line, its likely answer words in bold; it is not quoted again.
    blocks.push(section(sentenceLine(passage, answer.highlight ?? '')));
  } else if (escapedAnswer.length + 2 <= MAX_SECTION_TEXT) {
    blocks.push(section(`*${escapedAnswer}*`));
  } else {
    for (const piece of splitEscaped(escapedAnswer)) blocks.push(section(piece));
  }

  if (passage && answer.form !== 'sentence') blocks.push(section(`> ${escapeWithin(passage, MAX_SECTION_TEXT - 2)}`));

  // With a link, the headline links to the quoted sentence (`<url|headline>`; `|` and `>` cannot be in it).
  const headline = `_${escapeWithin(answer.article, 1000)}_`;
  const link = (answer as LinkedAnswer).link?.replace(/\|/g, '%7C');
  const where = `paragraph ${answer.paragraph}${sectionNote(answer.section, (t) => escapeWithin(t, MAX_SECTION_TITLE))}`;
  const source = `${where} of ${link && link.length <= 1000 && !/[\s<>]/.test(link) ? `<${link}|${headline}>` : headline}`;
  blocks.push(context(source, `${answer.confidenceLabel} confidence`));

  if (options.turn) blocks.push(answerActions(options.turn));
  const text = `${escapedAnswer} (${where} of ${escapeWithin(answer.article, 1000)})`;
  return { text, blocks };
}

/** `sentence` escaped, with `highlight` in bold where it stands in it, within a section's limit. */
function sentenceLine(sentence: string, highlight: string): string {
  const at = highlight ? sentence.indexOf(highlight) : -1;
  if (at >= 0) {
    const bolded = `${escapeMrkdwn(sentence.slice(0, at))}*${escapeMrkdwn(highlight)}*${escapeMrkdwn(sentence.slice(at + highlight.length))}`;
    if (bolded.length <= MAX_SECTION_TEXT) return bolded;
  }
  return escapeWithin(sentence, MAX_SECTION_TEXT);
}

/** Usage: what the bot does, how to ask, and up to three example questions from the article. */
export function helpMessage(about: readonly About[], command = '/ask'): SlackMessage {
  const { intro, examples } = helpLines(about);
  const how = `Ask with \`${command} <question>\`, mention me in a channel (I answer in the thread), or send me a direct message.`;
  const blocks: types.KnownBlock[] = [section(escapeWithin(intro, MAX_SECTION_TEXT)), section(escapeMrkdwn(how))];
  if (examples.length > 0) {
    const perLine = Math.floor((MAX_SECTION_TEXT - 20) / examples.length) - 10;
    const lines = examples.map((q) => `• \`${command} ${escapeWithin(q.replace(/`/g, "'"), perLine)}\``);
    blocks.push(section(`For example:\n${lines.join('\n')}`));
  }
  return { text: escapeWithin(`${intro} ${how}`, MAX_SECTION_TEXT), blocks };
}

/** The short apology sent when handling a message failed (details go to the log only). */
export function apologyMessage(): SlackMessage {
  return { text: escapeMrkdwn(APOLOGY), blocks: [section(escapeMrkdwn(APOLOGY))] };
}

/** One ranked passage as a section: rank, score, where, the quote and what matched. */
function passageSection(label: string, p: RankedPassage): types.SectionBlock {
  const matched = [...p.entities.map((e) => `[${e}]`), ...p.keywords].join(', ') || 'nothing';
  const head = `*${escapeMrkdwn(label)}* score ${p.score} · paragraph ${p.paragraph}${sectionNote(p.section, (t) => escapeWithin(t, MAX_SECTION_TITLE))} of _${escapeWithin(p.article, 300)}_`;
  const foot = `matched: ${escapeWithin(matched, 400)}`;
  const room = MAX_SECTION_TEXT - head.length - foot.length - 4;
  return section(`${head}\n> ${escapeWithin(p.passage.replace(/\s+/g, ' ').trim(), room)}\n${foot}`);
}

/** "Why this answer?": the top passages for the question, their scores and what matched. */
export function whyMessage(e: Explanation): SlackMessage {
  const decided = decisionLine(e.trace);
  const title = `Why: the passages for “${escapeWithin(e.question, 1000)}”, the quoted one first${decided ? `\n${escapeWithin(decided, 600)}` : ''}`;
  if (e.passages.length === 0) return { text: `${title}: none matched.`, blocks: [section(`${title}\nNo passage matched that question.`)] };
  return { text: title, blocks: [section(title), ...e.passages.map((p, k) => passageSection(`${k + 1}.`, p))] };
}

/** "More": the next-best passage, with a button for the one after. */
export function moreMessage(p: RankedPassage, ref: TurnRef & { r: number }): SlackMessage {
  return {
    text: `Next best passage: ${escapeWithin(p.passage, 1000)}`,
    blocks: [passageSection(`Next best (${ref.r + 1})`, p), { type: 'actions', elements: [button('More', ACTIONS.more, { ...ref, r: ref.r + 1 })] }],
  };
}

/** A short plain reply (feedback thanks, "nothing to explain"). */
export function plainMessage(text: string): SlackMessage {
  return { text: escapeWithin(text, MAX_SECTION_TEXT), blocks: [section(escapeWithin(text, MAX_SECTION_TEXT))] };
}
