/**
 * What a chat message says, reduced to the words that decide its intent: lower case, straight
 * apostrophes, no emoji or punctuation at the ends, no politeness ("please", "can you"). The
 * intents match whole utterances in this form, never a word inside a longer question.
 */

/** Words of politeness or address that do not change what is asked. */
const POLITE_START = /^(?:(?:please|pls|plz|hey bot|bot|ok|okay|so|and|now|well|then|also|just|um|uh|hmm)\s+)+/;
const REQUEST_START = /^(?:(?:can|could|would|will) (?:you|u) (?:please )?|i (?:want|would like|d like|need) (?:you to )?|(?:let me|lemme) (?:have |get )?)/;
const POLITE_END = /(?:\s+(?:please|pls|plz|thanks|thank you|for me|bot))+$/;

/** The utterance in the form intents match: see the module comment. */
export function utterance(text: string): string {
  let u = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    // Emoji and symbols carry tone, not words.
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (let k = 0; k < 3; k++) {
    const before = u;
    u = u.replace(POLITE_START, '').replace(REQUEST_START, '').replace(POLITE_END, '').replace(/[\s,.!?]+$/, '').trim();
    if (u === before) break;
  }
  return u;
}

/** The words of an utterance, apostrophes kept inside words ("what's"). */
export function wordsOf(u: string): string[] {
  return u.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}
