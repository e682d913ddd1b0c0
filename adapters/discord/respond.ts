import type { QaCore } from '../../src/types.js';
import { formatAnswer, formatHelp } from './format.js';

/** What the bot says to one question, and which kind of reply it is (for logs and ephemerality). */
export interface Reply {
  kind: 'answer' | 'not-answered' | 'help';
  content: string;
}

/** An empty question, or "help" (any case, with or without "/" or "?"), asks for the help text. */
export function isHelpRequest(question: string): boolean {
  return /^\s*\/?(help)?\s*[?!.]*\s*$/i.test(question);
}

/** The reply to a question: help, or the core's answer laid out for Discord. */
export function replyTo(core: QaCore, question: string): Reply {
  if (isHelpRequest(question)) return { kind: 'help', content: formatHelp(core.about()) };
  const answer = core.ask(question);
  return { kind: answer.answered ? 'answer' : 'not-answered', content: formatAnswer(answer) };
}
