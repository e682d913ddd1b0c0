import type { QaCore } from '../../src/types.js';
import { formatAnswer, formatHelp } from './format.js';

/** What the bot says to one question, and which kind of reply it is (for logs and ephemerality). */
export interface Reply {
  kind: 'answer' | 'not-answered' | 'help';
  content: string;
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
