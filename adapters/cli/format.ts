import type { Answer } from '../../src/types.js';
import { notInArticle } from '../shared/text.js';

/** An answer as terminal text: the short answer, the quoted passage and where it is. */
export function formatAnswer(a: Answer): string {
  if (!a.answered) return notInArticle(a.reason);
  const where = a.paragraph > 0 ? `paragraph ${a.paragraph} of "${a.article}"` : `the headline of "${a.article}"`;
  return `${a.answer}\n  > ${a.passage}\n  — ${where} (confidence: ${a.confidenceLabel})`;
}
