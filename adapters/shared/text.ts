import type { About } from '../../src/types.js';

/**
 * Platform-neutral wording shared by every adapter. Adapters escape and lay it out for their
 * platform (Discord markdown, Slack mrkdwn, plain terminal text).
 */

/** Said when a handler fails: short, no details (they go to the log). */
export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again.';

/** Said when a user asks too fast. */
export const SLOW_DOWN = 'You are asking faster than I can keep up. Please wait a few seconds and try again.';

/** What the bot can do, with the example questions of the first article. */
export function helpLines(about: readonly About[]): { intro: string; examples: string[] } {
  const titles = about.map((a) => `"${a.title}"`).join(', ');
  return {
    intro: `I answer questions about the article${about.length > 1 ? 's' : ''} ${titles}, quoting the passage I found the answer in. If the article does not say, I tell you so.`,
    examples: about.flatMap((a) => a.examples).slice(0, 3),
  };
}

/** Said instead of an answer when the article does not say. */
export function notInArticle(reason: string | undefined): string {
  return reason ? `The article doesn't say: ${reason}.` : "The article doesn't say.";
}
