import type { Answer } from '../../src/types.js';
import type { LinkedAnswer } from '../shared/link.js';
import { notInArticle, sectionNote } from '../shared/text.js';

/**
 * An answer as terminal text: how the question was read, when it was read as something else (a
 * follow-up, a typo), then the short answer, the quoted passage and where it is (its section too,
 * in an article that has them), and the link to the quoted sentence when the article came from a
 * link.
 */
export function formatAnswer(a: LinkedAnswer<Answer>): string {
  const note = a.readAs ? `(${a.readAs})\n` : '';
  if (a.kind === 'error') return note + a.answer;
  if (!a.answered) return note + notInArticle(a.reason);
  // A summary, a list of people, small talk or help is its own text: no quote, no source line.
  if (a.kind && a.kind !== 'answer') return note + a.answer;
  const where = a.paragraph > 0 ? `paragraph ${a.paragraph}${sectionNote(a.section, (t) => t)} of "${a.article}"` : `the headline of "${a.article}"`;
  const link = a.link ? `\n  ${a.link}` : '';
  // The sentence is the answer line itself: it is not quoted a second time.
  if (a.form === 'sentence') return `${note}${a.passage}\n  — ${where} (confidence: ${a.confidenceLabel})${link}`;
  return `${note}${a.answer}\n  > ${a.passage}\n  — ${where} (confidence: ${a.confidenceLabel})${link}`;
}
