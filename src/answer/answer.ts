import type { Answer, RankedPassage } from '../types.js';
import type { Corpus, Sentence } from '../article/model.js';
import { analyseQuestion, type Question } from '../question/analyse.js';
import { retrieve, type Scored } from './retrieve.js';
import { matchedTokens } from './anchors.js';
import { hasTypedCandidate, typedCandidates } from './candidates.js';
import { THRESHOLDS } from './weights.js';
import { asksForRoleHolder, matchRole, withRoleHolder } from './roles.js';
import { describeEntity } from './describe.js';
import { defineTerm } from './define.js';
import { coverageProblem, passageProblem } from './abstain.js';
import { excerpt } from './excerpt.js';
import { extractAnswer } from './extract.js';
import { decideYesNo } from './yesno.js';
import { wholeClause } from './whole-clause.js';
import { answerPairs, choosePair, RERANK_DEPTH, type Pair } from './rerank.js';
import { abstains, confidenceOf, labelOf } from './confidence.js';

// Question cleaning lives in question/clean.ts; re-exported here for existing callers.
import { cleanQuestion } from '../question/clean.js';
export { cleanQuestion, MAX_QUESTION_CHARS } from '../question/clean.js';

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

/**
 * The hand-written confidence of the rules' passage: how much of the question it covers and how
 * far it leads the next. Below THRESHOLDS.minConfidence the best match is weak and others score
 * close to it; on the SQuAD sets about one in five of those cites the right passage.
 */
function weakMatch(chosen: Scored, next: Scored | undefined, q: Question): string | undefined {
  const margin = next ? Math.min(1, (chosen.score - next.score) / Math.max(chosen.score, 1e-9)) : 1;
  const confidence = 0.6 * chosen.coverage + 0.4 * margin + (hasTypedCandidate(chosen.sentence, q) ? 0.1 : 0);
  return confidence < THRESHOLDS.minConfidence ? 'no passage answers it clearly: the best match is weak and others score close to it' : undefined;
}

/** Confidence of answers read off the article's structure (an apposition, a title) rather than ranked. */
const STRUCTURAL_CONFIDENCE = 0.8;

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

/**
 * What the learned layer decides on: the question, its (passage, answer) pairs, and the
 * abstention reasons the hand-written checks would give (coverage too low; no passage of the kind).
 */
export interface Stage {
  q: Question;
  pairs: Pair[];
  /** The best passage covers too little of the question (abstain.ts), as a reason for people. */
  coverageShort?: string;
  /** Why there is no pair at all. */
  noPair: string;
  /**
   * The hand-written rules' own refusal: a when/how-many question whose passages hold no time or
   * number, the passage the rules would pick gives no answer of the kind asked or answers another
   * question (abstain.ts), or it leads too weakly (weakMatch).
   */
  ruleGate?: string;
}

/**
 * A question cleaned and analysed: either answered already (empty, headline, or read off the
 * article's structure: an apposition, a definition, a role) or the stage the learned models
 * decide. Exported for `npm run train`, which fits those models on the stages of training questions.
 */
export function stageOf(corpus: Corpus, raw: string): { answer: Answer } | { stage: Stage; question: string } {
  const question = cleanQuestion(raw);
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return { answer: noAnswer(question, 'the question is empty; ask about the article, for example who said what, where or when') };
  }
  const q = analyseQuestion(question, corpus);
  const early = structural(corpus, question, q);
  return 'answered' in early ? { answer: early } : { stage: early, question };
}

/** Answers read off the article's structure, or else the stage for the learned models. */
function structural(corpus: Corpus, question: string, asked: Question): Answer | Stage {
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
  const ranked = retrieve(q, corpus, RERANK_DEPTH);
  const rule = preferTyped(ranked, q);
  const pairs = answerPairs(corpus, q, ranked, rule);
  const untyped = `no passage gives a ${q.type === 'time' ? 'time' : 'number'} for that`;
  const noPair = rule === undefined ? untyped : `the passage that matches ${q.type === 'reason' ? 'gives no reason' : q.type === 'place' ? 'names no place' : 'gives no answer'}`;
  const ruleGate = ranked.length === 0 ? undefined : rule === undefined ? untyped : !pairs.some((p) => p.scored === rule) ? noPair : passageProblem(q, corpus, rule.sentence) ?? weakMatch(rule, ranked[1], q);
  return { q, pairs, coverageShort: coverageProblem(q, corpus, ranked[0]), noPair, ruleGate };
}

/** The learned decision: the reranker picks a pair, the confidence model whether to give it. */
function decide(corpus: Corpus, question: string, stage: Stage): Answer {
  const chosen = choosePair(stage.pairs);
  if (!chosen) return noAnswer(question, stage.coverageShort ?? stage.noPair);
  // The hand-written gates stay: without them the seed article's unanswerable questions are
  // answered (the training script measures them on validation with and without).
  if (stage.coverageShort) return noAnswer(question, stage.coverageShort);
  if (stage.ruleGate) return noAnswer(question, stage.ruleGate);
  if (chosen.pair.problem) return noAnswer(question, chosen.pair.problem);
  const confidence = confidenceOf(chosen.pair, chosen.prob, chosen.margin, !!stage.coverageShort, stage.pairs.length);
  if (abstains(confidence)) {
    return noAnswer(question, stage.coverageShort ?? chosen.pair.problem ?? 'no passage answers it clearly: the best match is weak and others score close to it');
  }
  // The models chose the pair on the extracted answer; what is shown is that answer as a whole
  // phrase or clause, never a fragment cut mid-clause (whole-clause.ts).
  const s = chosen.pair.scored.sentence;
  return answerFrom(corpus, question, s, wholeClause(s, stage.q, chosen.pair.answer) ?? chosen.pair.answer, confidence);
}

/** The answer to an analysed, non-empty question. */
function answerAnalysed(corpus: Corpus, question: string, q: Question): Answer {
  const early = structural(corpus, question, q);
  return 'answered' in early ? early : decide(corpus, question, early);
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
