import type { APIActionRowComponent, APIButtonComponentWithCustomId } from 'discord.js';
import type { QaCore } from '../../src/types.js';
import type { Session } from '../shared/session.js';
import { answerButtons, conversationOf } from './buttons.js';
import { formatAnswer, formatHelp } from './format.js';

/** What the bot says to one question, and which kind of reply it is (for logs and ephemerality). */
export interface Reply {
  kind: 'answer' | 'not-answered' | 'help';
  content: string;
  /** The buttons under an answer ("Why this answer?", "More", 👍, 👎). */
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

/**
 * Removes Discord markup that is not part of a question: user, role and channel mentions,
 * `@everyone`/`@here` and custom emoji, so "@bot @everyone who is Lavrov?" asks "who is Lavrov?".
 */
export function cleanQuestion(text: string): string {
  return text
    .replace(/<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>/g, ' ')
    .replace(/(^|\s)@(everyone|here)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An empty question, or "help" (any case, with or without "/" or "?"), asks for the help text. */
export function isHelpRequest(question: string): boolean {
  return /^\s*\/?(help)?\s*[?!.]*\s*$/i.test(question);
}

/** The reply to a question: help, or the core's answer laid out for Discord. */
export function replyTo(core: QaCore, text: string): Reply {
  const question = cleanQuestion(text);
  if (isHelpRequest(question)) return { kind: 'help', content: formatHelp(core.about()) };
  const answer = core.ask(question);
  return { kind: answer.answered ? 'answer' : 'not-answered', content: formatAnswer(answer) };
}

/**
 * The reply to a question asked in a channel, thread or DM: asked within that conversation (so
 * follow-ups are resolved and the questions log sees it), with buttons under an answer.
 */
export async function replyInConversation(session: Session, core: QaCore, channelId: string, userId: string, text: string): Promise<Reply> {
  const question = cleanQuestion(text);
  if (isHelpRequest(question)) return { kind: 'help', content: formatHelp(core.about()) };
  const answer = await session.ask(conversationOf(channelId, userId), userId, question);
  if (!answer.answered) return { kind: 'not-answered', content: formatAnswer(answer) };
  // "Why this answer?" and "More" explain a quoted answer; a summary, small talk or help has none.
  if (answer.kind && answer.kind !== 'answer') return { kind: 'answer', content: formatAnswer(answer) };
  return { kind: 'answer', content: formatAnswer(answer), components: answerButtons(answer.turnId, userId) };
}
