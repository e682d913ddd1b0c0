/**
 * Questions people type in chat are often wrapped ("Can you tell me who Vershbow is?") or given
 * as commands ("Name the countries in the group"). Each rule below is a small pure rewrite of
 * the question's text into the plain form the analysis reads ("Who is Vershbow?"); they run in
 * order, and a question no rule fits is left as it is.
 */

/** A rewrite of a question's text; returns the text unchanged when it does not apply. */
export type Rephrase = (text: string) => string;

const WH = '(?:who|whom|what|when|where|why|how|which|whether|if)\\b';

/** Polite or indirect openers before a wh-word: "(please,) (can you) tell me", "do you know", "I'd like to know". */
const WRAPPER = new RegExp(
  '^(?:please[,\\s]+)?(?:' +
    '(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?)?(?:tell|show)\\s+me|' +
    '(?:do|does)\\s+(?:you|anyone|anybody)\\s+know|' +
    "i(?:'d|\\s+would)\\s+like\\s+to\\s+know|" +
    'i\\s+(?:want\\s+to\\s+know|wonder|wondered|am\\s+wondering)' +
    `)\\s+(?=${WH})`,
  'i',
);

/** "tell me who Vershbow is" → "who Vershbow is". */
export const dropWrapper: Rephrase = (text) => text.replace(WRAPPER, '');

/**
 * "who Vershbow is" → "who is Vershbow?": an embedded question (left once a wrapper is dropped)
 * put back in question order. A wh-word, words with no auxiliary, then a copula at the end is embedded.
 */
export const questionOrder: Rephrase = (text) =>
  text.replace(/^(who|what|where|when)\s+(.+?)\s+(is|are|was|were)\s*[?.!]*$/i, (whole, wh: string, rest: string, be: string) =>
    // "What did Lukyanov say the administration was?" is in question order already: its
    // auxiliary comes first.
    AUXILIARY.test(rest) ? whole : `${wh} ${be} ${rest}?`);

const AUXILIARY = /\b(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|may|might|must|has|have|had)\b/i;

/** "Name the countries in the group" → "Which countries in the group": a command to list is a which-question. */
export const commandToQuestion: Rephrase = (text) => text.replace(/^(?:please[,\s]+)?(?:name|list|identify)\s+(?:all\s+)?the\s+/i, 'Which ');

/** The rules, in the order they run. */
export const REPHRASINGS: readonly Rephrase[] = [dropWrapper, questionOrder, commandToQuestion];

/** The question in plain form: every rule applied in turn. */
export function rephrase(text: string): string {
  return REPHRASINGS.reduce((t, rule) => rule(t), text);
}
