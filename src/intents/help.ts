import { utterance } from './utterance.js';

/**
 * Requests for help or about the bot itself: "help", "/help", "?", "what can you do", "how does
 * this work", "who are you". Whole utterances only: "help with the sanctions" is not one.
 */
const HELP = new RegExp(
  '^(?:' +
    [
      '/?help(?: me)?', '/?commands?', '/?usage', '/?start', '/?info',
      'what (?:can|do|should|could) (?:you|u|i) (?:do|ask|ask you|say|type)(?: here)?',
      'what (?:are|r) (?:you|u)(?: for)?', 'who (?:are|r) (?:you|u)', 'are you a (?:bot|robot|human|person|ai)',
      'what is this(?: bot| thing| place)?', "what's this(?: bot| thing)?", 'whats this(?: bot| thing)?',
      'how (?:does|do) (?:this|it|you|i use this|i use you|i ask(?: a question)?|this bot) work', 'how (?:does|do) (?:this|it) work',
      'how (?:do|can|should) i (?:use (?:this|you|it|the bot)|ask(?: you)?(?: a question| questions)?|start)',
      'what (?:questions|kind of questions|sort of questions) can i ask(?: you)?', 'any (?:tips|examples)', 'examples?',
      'give me (?:an )?examples?', 'i need help', "i'?m (?:lost|confused)", 'what now', 'what do i do',
    ].join('|') +
    ')$',
);

/** Whether `text` asks for help or about the bot (not about the article). */
export function isHelp(text: string): boolean {
  const trimmed = text.trim();
  if (/^[?]+$/.test(trimmed)) return true;
  return HELP.test(utterance(trimmed));
}

/** The help reply: what the bot does, how to ask, and example questions that work. */
export function helpReply(headlines: readonly string[], examples: readonly string[]): string {
  const titles = headlines.map((h) => `"${h}"`).join(', ');
  const lines = [
    `I answer questions about the article${headlines.length > 1 ? 's' : ''} ${titles}, quoting the passage the answer comes from; if the article does not say, I tell you so.`,
    'Ask who, what, where, when, why or how, or a yes/no question; "summarize" gives the gist, "who is in the article" lists its people.',
  ];
  if (examples.length > 0) lines.push('For example:', ...examples.map((q) => `• ${q}`));
  return lines.join('\n');
}
