import type { About, Trace } from '../../src/types.js';

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

/** A section title is cut to this many characters where it is shown: context, not the answer. */
export const MAX_SECTION_TITLE = 120;

/**
 * The section a quoted passage stands under, as the source lines show it after the paragraph
 * number (" (§ Opening hours)"), or "" when it has none, so articles without sections read as
 * they always did. The title is article text: `escape` makes it inert for the platform (and
 * shortens it to {@link MAX_SECTION_TITLE} where it must).
 */
export function sectionNote(section: string | undefined, escape: (title: string) => string): string {
  const title = section?.replace(/\s+/g, ' ').trim();
  return title ? ` (§ ${escape(title)})` : '';
}

/** Said instead of an answer when the article does not say. */
export function notInArticle(reason: string | undefined): string {
  return reason ? `The article doesn't say: ${reason}.` : "The article doesn't say.";
}

/** Which stage proposed the answer, in words. */
const STAGE_WORDS: Record<string, string> = {
  clean: 'the question had nothing to look up',
  intents: 'a chat request (help, summary, people), not a question about the text',
  analyse: 'the question had no words to look up',
  shortcuts: "read off the article's structure (a headline, an apposition, a definition or a role)",
  propose: "a yes/no verdict from the passage that states it",
  read: "the reader's best span of the top passages",
};
const SHAPE_WORDS: Record<string, string> = { short: 'the short answer', sentence: 'the sentence (the short answer was not sure enough)', abstain: "\"the article doesn't say\"" };

/** `/why`'s first line: what decided the answer, from its trace ("" when there is none). */
export function decisionLine(trace: Trace | undefined): string {
  if (!trace) return '';
  const j = trace.judge;
  const from = `From ${STAGE_WORDS[trace.stage] ?? trace.stage}`;
  if (!j) return `${from}.`;
  const why = j.veto ? `, refused by the ${j.veto} check` : '';
  return `${from}; the judge gave ${SHAPE_WORDS[j.shape] ?? j.shape}${why} (passage holds the answer: ${Math.round(j.pPassage * 100)}%, the sentence shows it: ${Math.round(j.pSentence * 100)}%, short answer right: ${Math.round(j.pShort * 100)}%).`;
}
