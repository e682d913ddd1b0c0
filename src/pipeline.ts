import type { Answer } from './types.js';
import type { Corpus, Sentence } from './article/model.js';
import { cleanQuestion } from './question/clean.js';
import { analyseQuestion, type Question } from './question/analyse.js';
import { shortcut } from './shortcuts/shortcuts.js';
import { decideYesNo } from './propose/yesno.js';
import { pickOf, readStage, type Pick, type ReadStage } from './read/read.js';
import { judge, type Case, type Refusal, type Source } from './judge/judge.js';
import { present, presentError } from './present/present.js';
import { LEARNED } from './learned.js';

/**
 * The answer pipeline, stage by stage (docs/architecture.md):
 *
 *   clean → (intents: index.ts) → analyse → shortcuts → retrieve → propose → read → judge → present
 *
 * Every stage before the judge only proposes: a shortcut's answer, a yes/no verdict, or the
 * reader's best span with its features. The judge alone decides the reply's shape (a short
 * answer, the sentence, or "the article doesn't say"), and `present` turns its verdict into the
 * `Answer`, with the trace of what decided.
 */

/** A candidate for the judge from a stage before the reader: a shortcut or a yes/no verdict. */
export interface Early {
  source: Source;
  /** The short answer ("Vienna", "Yes — …"). */
  text: string;
  /** The sentence it is read from (none for the headline). */
  sentence?: Sentence;
  prior: number;
}

/** A question up to the judge: what each stage proposed. Shared by the core and `npm run train`. */
export interface Prepared {
  question: string;
  q?: Question;
  refused?: { refusal: Refusal; reason: string };
  early?: Early;
  stage?: ReadStage;
}

/**
 * Runs clean → analyse → shortcuts → retrieve → propose (and builds the reader's input: scored as
 * built with `weights`, only from passages that can still win with `bound`; see read/reader.ts).
 */
export function prepare(corpus: Corpus, raw: string, weights?: ArrayLike<number>, bound?: number): Prepared {
  const question = cleanQuestion(raw);
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return { question, refused: { refusal: 'empty', reason: 'the question is empty; ask about the article, for example who said what, where or when' } };
  }
  const q = analyseQuestion(question, corpus);
  const yn = decideYesNo(corpus, q);
  if (yn?.verdict === 'unknown') return { question, q, refused: { refusal: 'yesno-unknown', reason: yn.reason } };
  if (yn) {
    // "No — did not make any specific requests of Russia": the verdict, then the words that decide it.
    const clause = yn.quote;
    const verdict = yn.verdict === 'yes' ? 'Yes' : 'No';
    return { question, q, early: { source: 'yesno', text: clause && clause !== yn.sentence.text ? `${verdict} — ${clause}` : verdict, sentence: yn.sentence, prior: yn.confidence } };
  }
  const found = shortcut(corpus, q);
  if (found.kind === 'refused') return { question, q, refused: found };
  if (found.kind === 'candidate') return { question, q, early: found };
  return { question, q, stage: readStage(corpus, found.q, weights, bound) };
}

/** The judge's case for a prepared question, with the reader's pick under `weights` when it read. */
export function caseOf(corpus: Corpus, p: Prepared, weights: ArrayLike<number>): { kase: Case; pick?: Pick } {
  if (p.refused) return { kase: { kind: 'refused', ...p.refused } };
  if (p.early) return { kase: { kind: 'structural', source: p.early.source, prior: p.early.prior, quotable: !!p.early.sentence?.text.includes(p.early.text) } };
  const chosen = pickOf(corpus, p.stage!, weights);
  if (!chosen) return { kase: { kind: 'refused', refusal: 'no-candidate', reason: p.stage!.gates[0]?.reason ?? 'no passage gives an answer' } };
  return { kase: { kind: 'read', options: chosen.options.map((o) => ({ z: o.z, gates: o.gates, mistyped: o.mistyped })) }, pick: chosen };
}

/**
 * Answers one question from the corpus. Pure; never throws on ordinary input (a bug is caught by
 * `QaCore.ask` and reported as QA_INTERNAL). When a typo was read as an article word, the answer
 * says so (`readAs`).
 */
export function answerQuestion(corpus: Corpus, raw: string): Answer {
  const prepared = prepare(corpus, raw, LEARNED.reader, LEARNED.spanBound);
  const { kase, pick } = caseOf(corpus, prepared, LEARNED.reader);
  return present(corpus, prepared, pick, judge(LEARNED.judge, kase));
}

/** The reply when answering failed unexpectedly (a bug, not bad input): an error, not an abstention. */
export function internalError(raw: unknown, error: unknown): Answer {
  return presentError(typeof raw === 'string' ? cleanQuestion(raw) : '', error);
}
