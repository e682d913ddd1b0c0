/**
 * The reply to a bare follow-up ("why?", "when") after a question the bot could not answer:
 * there is no answer to ask about, so it asks for the question in other words and names what
 * was missing (the earlier abstention's reason), rather than guessing.
 */
import type { Answer } from '../types.js';
import type { PriorTurn } from './pronouns.js';
import { clip } from './surface.js';

export function rephraseRequest(asked: string, earlier: PriorTurn): Answer {
  const what = clip(earlier.question ?? earlier.resolved, 80);
  const missing = earlier.answer.reason ? ` (${clip(earlier.answer.reason, 120)})` : '';
  const text =
    `I could not answer "${what}"${missing}, so there is nothing to ask "${clip(asked, 20)}" about yet. ` +
    'Could you ask it in other words, naming who or what you mean?';
  return { kind: 'chat', question: asked, answered: true, answer: text, passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low' };
}
