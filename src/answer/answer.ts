import type { Answer, ConfidenceLabel, RankedPassage } from '../types.js';
import type { Corpus, Sentence } from '../article/model.js';
import { analyseQuestion, type Question } from '../question/analyse.js';
import { retrieve, type Scored } from './retrieve.js';
import { extractAnswer } from './extract.js';
import { matchedTokens } from './anchors.js';
import { hasTypedCandidate, typedCandidates } from './candidates.js';
import { THRESHOLDS } from './weights.js';
import { asksForRoleHolder, matchRole, withRoleHolder } from './roles.js';
import { describeEntity } from './describe.js';
import { defineTerm } from './define.js';
import { coverageProblem, passageProblem } from './abstain.js';
import { excerpt } from './excerpt.js';
import { decideYesNo } from './yesno.js';
import { wholeClause } from './whole-clause.js';

// Question cleaning lives in question/clean.ts; re-exported here for existing callers.
import { cleanQuestion } from '../question/clean.js';
export { cleanQuestion, MAX_QUESTION_CHARS } from '../question/clean.js';

export function labelOf(confidence: number): ConfidenceLabel {
  return confidence >= THRESHOLDS.high ? 'high' : confidence >= THRESHOLDS.medium ? 'medium' : 'low';
}

function noAnswer(question: string, reason: string): Answer {
  return { question, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason };
}

/** The abstention returned when answering failed unexpectedly (a bug, not bad input). */
export function internalError(raw: unknown, error: unknown): Answer {
  const detail = error instanceof Error ? error.message : String(error);
  return noAnswer(typeof raw === 'string' ? cleanQuestion(raw) : '', `an internal error stopped the search (${detail})`);
}

/** The best sentence that also carries an answer of the expected type, if the top one lacks it. */
function preferTyped(ranked: readonly Scored[], q: Question): Scored | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  if (!['person', 'place', 'time', 'number'].includes(q.type) || hasTypedCandidate(top.sentence, q)) return top;
  const close = ranked.filter((r) => r.score >= top.score * 0.8 && hasTypedCandidate(r.sentence, q));
  // "Which nations …?": of the close passages, the one that lists the most of them.
  let typed = close[0];
  if (q.focusPlural && close.length > 1) {
    const counts = close.map((r) => typedCandidates(r.sentence, q).length);
    typed = close[counts.indexOf(Math.max(...counts))];
  }
  // Only times and numbers are strict: a who/where answer can be a phrase, not a name.
  return typed ?? (q.type === 'time' || q.type === 'number' ? (top.coverage >= THRESHOLDS.untypedCoverage ? top : undefined) : top);
}

/** Confidence of answers read off the article's structure (an apposition, a title) rather than ranked. */
const STRUCTURAL_CONFIDENCE = 0.8;

/** "here" as an answer is the story's dateline city, named: the reader cannot see where "here" is. */
function inPlainWords(answer: string | undefined, s: Sentence, corpus: Corpus): string | undefined {
  if (answer?.toLowerCase() !== 'here') return answer;
  const a = corpus.articles[s.article]!;
  return a.entities.get(a.dateline?.toLowerCase() ?? '')?.name ?? answer;
}

/** An answer quoting sentence `s`. */
function answerFrom(corpus: Corpus, question: string, s: Sentence, answer: string, confidence: number): Answer {
  const a = corpus.articles[s.article]!;
  return {
    question, answered: true, answer, passage: excerpt(s.text, answer), paragraph: s.paragraph, article: a.title, articleId: a.id,
    confidence: Number(confidence.toFixed(3)), confidenceLabel: labelOf(confidence),
  };
}

/**
 * Answers one question from the corpus. Pure; never throws. When a typo was read as an article
 * word, the answer says so (`readAs`), so the reader can tell what was looked up.
 */
export function answerQuestion(corpus: Corpus, raw: string): Answer {
  const question = cleanQuestion(raw);
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return noAnswer(question, 'the question is empty; ask about the article, for example who said what, where or when');
  }
  const q = analyseQuestion(question, corpus);
  const answer = yesNoAnswer(corpus, question, q) ?? answerAnalysed(corpus, question, q);
  if (q.corrected.length === 0) return answer;
  return { ...answer, readAs: `reading ${q.corrected.map(([typed, read]) => `"${typed}" as "${read}"`).join(', ')}` };
}

/** "Yes", "No" (with the deciding sentence) or "doesn't say" for a yes/no question (see yesno.ts). */
function yesNoAnswer(corpus: Corpus, question: string, q: Question): Answer | undefined {
  const d = decideYesNo(corpus, q);
  if (!d) return undefined;
  if (d.verdict === 'unknown') return noAnswer(question, d.reason);
  // "No — did not make any specific requests of Russia": the verdict, then the words that decide it.
  const clause = extractAnswer(d.sentence, q, corpus.idf);
  const verdict = d.verdict === 'yes' ? 'Yes' : 'No';
  return answerFrom(corpus, question, d.sentence, clause && clause !== d.sentence.text ? `${verdict} — ${clause}` : verdict, d.confidence);
}

/** The answer to an analysed, non-empty question. */
function answerAnalysed(corpus: Corpus, question: string, asked: Question): Answer {
  let q = asked;
  if (q.type === 'headline') {
    const a = corpus.articles[0]!;
    return { question, answered: true, answer: a.title, passage: a.title, paragraph: 0, article: a.title, articleId: a.id, confidence: 0.9, confidenceLabel: 'high' };
  }
  if (q.terms.size === 0) return noAnswer(question, 'the question has no words to look up in the article');
  if (q.type === 'definition') {
    for (const key of q.entities) {
      const d = describeEntity(corpus, key);
      if (d) return answerFrom(corpus, question, d.sentence, d.text, STRUCTURAL_CONFIDENCE);
    }
    // Named, but never described: say so rather than quote a random mention.
    if (q.entities.size > 0) return noAnswer(question, 'it names them but does not say who or what they are');
  }
  const defined = defineTerm(corpus, q);
  if (defined) return answerFrom(corpus, question, defined.sentence, defined.text, STRUCTURAL_CONFIDENCE);
  const role = matchRole(corpus, q);
  if (asksForRoleHolder(q)) {
    if (role === 'unrelated') return noAnswer(question, 'it names that role only for people it never connects with that place');
    if (role) {
      const name = corpus.articles[role.sentence.article]!.entities.get(role.key)?.name ?? role.key;
      return answerFrom(corpus, question, role.sentence, name, STRUCTURAL_CONFIDENCE);
    }
  }
  // Otherwise a role the question names is the person holding it ("Whom did the foreign minister meet?").
  if (role && role !== 'unrelated') q = withRoleHolder(q, role, corpus);
  const ranked = retrieve(q, corpus);
  const notEnough = coverageProblem(q, corpus, ranked[0]);
  if (notEnough) return noAnswer(question, notEnough);
  const chosen = preferTyped(ranked, q);
  if (!chosen) return noAnswer(question, `no passage gives a ${q.type === 'time' ? 'time' : 'number'} for that`);
  const s = chosen.sentence;
  const mismatch = passageProblem(q, corpus, s);
  if (mismatch) return noAnswer(question, mismatch);
  const entities = corpus.articles[s.article]!.entities;
  const answer = wholeClause(s, q, inPlainWords(extractAnswer(s, q, corpus.idf, (key) => entities.get(key)?.name), s, corpus));
  if (answer === undefined) return noAnswer(question, `the passage that matches ${q.type === 'reason' ? 'gives no reason' : 'names no place'}`);
  const margin = ranked[1] ? Math.min(1, (chosen.score - ranked[1].score) / Math.max(chosen.score, 1e-9)) : 1;
  const confidence = Math.max(0, Math.min(1, 0.6 * chosen.coverage + 0.4 * margin + (hasTypedCandidate(s, q) ? 0.1 : 0)));
  // Below this the best passage is more often wrong than right: say so rather than guess.
  if (confidence < THRESHOLDS.minConfidence) return noAnswer(question, 'no passage answers it clearly: the best match is weak and others score close to it');
  return answerFrom(corpus, question, s, answer, confidence);
}

/** The top passages for a question, with what each matched (for `/why`). */
export function explainQuestion(corpus: Corpus, raw: string, count = 3): RankedPassage[] {
  const question = cleanQuestion(raw);
  if (!/[\p{L}\p{N}]/u.test(question)) return [];
  const q = analyseQuestion(question, corpus);
  return retrieve(q, corpus, count).map((r) => {
    const a = corpus.articles[r.sentence.article]!;
    const marks = matchedTokens(r.sentence, q);
    const keys = [...r.sentence.mentions.map((m) => m.key), ...r.sentence.corefs.values()].filter((k) => q.entities.has(k));
    const entities = [...new Set(keys.map((k) => a.entities.get(k)?.name ?? k))];
    // Words only: a pronoun resolved to a name the question asked about counts under entities.
    const words = r.sentence.tokens.filter((t, i) => marks[i] && t.pos !== 'PRON' && t.pos !== 'DET').map((t) => t.lemma);
    const keywords = [...new Set(words)].filter((k) => !entities.some((e) => e.toLowerCase().includes(k)));
    return { passage: r.sentence.text, paragraph: r.sentence.paragraph, article: a.title, articleId: a.id, score: Number(r.score.toFixed(3)), entities, keywords };
  });
}
