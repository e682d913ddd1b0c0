/**
 * "Who else?", "what else", "where else": the previous question asked again for a different
 * answer. The question keeps its words ("Who did the halftime show?" → "Who else did the
 * halftime show?"), and the conversation layer sets aside the names the earlier answer gave.
 */
import type { Answer, NameInfo, QaCore, RankedPassage } from '../types.js';
import type { PriorTurn } from './pronouns.js';
import { shortAnswer } from './short.js';

const WH = /^\s*(who|whom|what|which|where)\b/i;

/** The previous question with "else" after its question word, or the question as it was. */
export function elseQuestion(word: string, previous: PriorTurn): string {
  const wh = word.split(' ')[0]!;
  const m = WH.exec(previous.resolved);
  const asked = previous.resolved.trim().replace(/\s*[?.!]*$/, '?');
  if (!m || m[1]!.toLowerCase() !== wh) return asked;
  return `${asked.slice(0, m.index + m[0].length)} else${asked.slice(m.index + m[0].length)}`.replace(/^\s*\w/, (c) => c.toUpperCase());
}

/** The question without its "else": the core looks up what was asked, not the word "else". */
export function withoutElse(question: string): string {
  return question.replace(/\b(who|whom|what|which|where)\s+else\b/i, '$1');
}

/** Which names can answer a "who else" / "where else". */
function fitsWord(question: string, n: NameInfo): boolean {
  const wh = WH.exec(question)?.[1]?.toLowerCase();
  if (wh === 'where') return n.kind === 'place';
  if (wh === 'who' || wh === 'whom') return n.kind !== 'place';
  return true;
}

const lower = (s: string) => s.toLowerCase();

/**
 * The reply to "who else …": the core's answer when it names someone new; else other names of
 * the wanted kind from the passages that answer the question (the earlier answer's sentence
 * first), which neither the question nor the earlier answer named; else an abstention that says
 * the article names no one else.
 */
export function answerElse(core: QaCore, question: string, answer: Answer, besides: PriorTurn): Answer {
  const before = besides.answer.answered ? lower(shortAnswer(besides.answer)) : '';
  const used = new Set([...core.names(shortAnswer(besides.answer)), ...core.names(besides.resolved), ...core.names(question)].map((n) => n.name));
  const seen = (text: string) => before.includes(lower(text)) || lower(text).includes(before) || core.names(text).some((n) => used.has(n.name));
  if (answer.answered && answer.answer && !seen(answer.answer)) return answer;
  const passages: RankedPassage[] = [];
  if (besides.answer.answered && besides.answer.passage) {
    const { passage, paragraph, section, article, articleId } = besides.answer;
    passages.push({ passage, paragraph, ...(section ? { section } : {}), article, articleId, score: 0, entities: [], keywords: [] });
  }
  passages.push(...core.explain(question, 3).passages);
  for (const p of passages) {
    const others = core.names(p.passage).filter((n) => fitsWord(question, n) && !used.has(n.name) && !before.includes(lower(n.name)));
    if (others.length === 0) continue;
    const names = others.slice(0, 3).map((n) => n.name);
    const text = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    return { ...answer, kind: 'answer', question, answered: true, answer: text, passage: p.passage, paragraph: p.paragraph, section: p.section, article: p.article, articleId: p.articleId, confidence: 0.5, confidenceLabel: 'medium', reason: undefined };
  }
  return { question, kind: 'not-answered', answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'it names no one else for that' };
}
