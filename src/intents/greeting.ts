import { utterance, wordsOf } from './utterance.js';

/**
 * Small talk: greetings, thanks, acknowledgements and goodbyes. A message is small talk when
 * every word of it is a word of small talk ("hi there", "ok thanks!", "thank you so much 🙏"):
 * a closed class of words, so a question that merely starts with "ok" is still a question.
 */

export type SmallTalk = 'greeting' | 'thanks' | 'acknowledgement' | 'goodbye' | 'wellbeing';

const GREETING = new Set(['hi', 'hello', 'hey', 'heya', 'hiya', 'howdy', 'yo', 'sup', 'greetings', 'hallo', 'hullo', 'morning', 'evening', 'afternoon', "what's up", 'whats up', 'wassup']);
const THANKS = new Set(['thanks', 'thank', 'thx', 'thanx', 'ty', 'tysm', 'cheers', 'ta', 'appreciated', 'appreciate']);
const ACKNOWLEDGEMENT = new Set([
  'ok', 'okay', 'k', 'kk', 'okey', 'cool', 'nice', 'great', 'good', 'fine', 'alright', 'right', 'sure', 'awesome', 'perfect',
  'excellent', 'wow', 'lol', 'haha', 'hah', 'hmm', 'hm', 'interesting', 'neat', 'yes', 'yeah', 'yep', 'yup', 'no', 'nope',
  'nah', 'understood', 'noted', 'gotcha', 'got', 'see', 'makes', 'sense', 'amazing', 'wonderful', 'brilliant', 'helpful',
]);
const GOODBYE = new Set(['bye', 'goodbye', 'cya', 'later', 'farewell', 'goodnight', 'night']);
/** Words that only fill out small talk ("thank you so much", "hi there", "got it"). */
const FILLER = new Set(['there', 'you', 'u', 'so', 'much', 'a', 'lot', 'again', 'very', 'all', 'everyone', 'folks', 'guys', 'man', 'mate', 'buddy', 'friend', 'bot', 'it', 'i', 'that', 'good', 'day', 'oh', 'ah', 'and', 'then', 'for', 'the', 'help', 'answer', 'info', 'now', 'see', 'ya', 'soon', 'really', 'super', 'many', 'just']);
/** "how are you", "how's it going": asks after the bot. */
const WELLBEING = /^(?:(?:hi|hello|hey) )?(?:how are (?:you|u)(?: doing)?(?: today)?|how's it going|hows it going|how do you do|how are things)$/;

/** The kind of small talk `text` is, or undefined when it says something else. */
export function smallTalk(text: string): SmallTalk | undefined {
  const u = utterance(text);
  if (!u) return undefined;
  if (WELLBEING.test(u)) return 'wellbeing';
  const words = wordsOf(u.replace(/what'?s up/g, 'whats_up').replace(/good (morning|afternoon|evening|day)/g, '$1'));
  if (words.length === 0 || words.length > 6) return undefined;
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w) || (w === 'whats_up' && set === GREETING));
  const known = words.every((w) => w === 'whats_up' || GREETING.has(w) || THANKS.has(w) || ACKNOWLEDGEMENT.has(w) || GOODBYE.has(w) || FILLER.has(w));
  if (!known) return undefined;
  if (has(THANKS)) return 'thanks';
  if (has(GOODBYE)) return 'goodbye';
  if (has(GREETING)) return 'greeting';
  if (has(ACKNOWLEDGEMENT)) return 'acknowledgement';
  return undefined;
}

/** The one friendly line for each kind of small talk, pointing to something to ask. */
export function smallTalkReply(kind: SmallTalk, headline: string, example: string | undefined): string {
  const tryThis = example ? ` For example: "${example}"` : ' Ask me who, what, where or when.';
  switch (kind) {
    case 'greeting':
      return `Hi! I answer questions about "${headline}".${tryThis}`;
    case 'wellbeing':
      return `I'm fine, thanks, and ready for questions about "${headline}".${tryThis}`;
    case 'thanks':
      return `You're welcome. Ask me anything else about the article.${tryThis}`;
    case 'goodbye':
      return 'Bye! Come back with more questions about the article any time.';
    case 'acknowledgement':
      return `OK. Anything else about the article?${tryThis}`;
  }
}
