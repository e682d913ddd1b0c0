/**
 * Pure layout: core values in, Slack messages (Block Kit `blocks` plus a plain `text` fallback
 * for notifications) out. Every piece of user or article text is escaped here, and every
 * section or context text stays within Slack's 3,000-character limit: the quoted passage is
 * shortened when needed, the answer never is (a very long one is split across sections).
 */
import type { types } from '@slack/bolt';
import type { About, Answer } from '../../src/types.js';
import { APOLOGY, helpLines, notInArticle } from '../shared/text.js';
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

/** The reply to one question: answer, quoted passage and where it comes from, or a plain "doesn't say". */
export function answerMessage(answer: Answer, options: { question?: string } = {}): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  if (options.question) blocks.push(questionBlock(options.question));

  if (!answer.answered) {
    const said = notInArticle(answer.reason);
    blocks.push(section(escapeWithin(said, MAX_SECTION_TEXT)));
    return { text: escapeWithin(said, MAX_SECTION_TEXT), blocks };
  }

  const escapedAnswer = escapeMrkdwn(answer.answer);
  if (escapedAnswer.length + 2 <= MAX_SECTION_TEXT) {
    blocks.push(section(`*${escapedAnswer}*`));
  } else {
    for (const piece of splitEscaped(escapedAnswer)) blocks.push(section(piece));
  }

  const passage = answer.passage.replace(/\s+/g, ' ').trim();
  if (passage) blocks.push(section(`> ${escapeWithin(passage, MAX_SECTION_TEXT - 2)}`));

  const source = `paragraph ${answer.paragraph} of _${escapeWithin(answer.article, 1000)}_`;
  blocks.push(context(source, `${answer.confidenceLabel} confidence`));

  const text = `${escapedAnswer} (paragraph ${answer.paragraph} of ${escapeWithin(answer.article, 1000)})`;
  return { text, blocks };
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
