import type { Answer, RankedPassage } from './types.js';
import type { Corpus, Sentence } from './article/model.js';
import { analyseQuestion, type Question } from './question/analyse.js';
import { retrieve, type Scored } from './retrieve/retrieve.js';
import { matchedTokens } from './retrieve/anchors.js';
import { asksForRoleHolder, matchRole, withRoleHolder } from './shortcuts/roles.js';
import { describeEntity } from './shortcuts/describe.js';
import { defineTerm } from './shortcuts/define.js';
import { passageProblem } from './judge/abstain.js';
import { gateOf, rulePassage, type GateKind } from './judge/gates.js';
import { excerpt } from './present/excerpt.js';
import { extractAnswer } from './propose/extract.js';
import { decideYesNo } from './propose/yesno.js';
import { textOf } from './propose/span.js';
import { pickChecked, READ_DEPTH, readerInput, scoreCandidates, type ReaderInput } from './read/reader.js';
import { confidenceFeatures, confidenceOf, labelOf } from './judge/confidence.js';
import { LEARNED } from './read/learned.js';

// Question cleaning lives in question/clean.ts; re-exported here for existing callers.
import { cleanQuestion } from './question/clean.js';
export { cleanQuestion, MAX_QUESTION_CHARS } from './question/clean.js';

function noAnswer(question: string, reason: string): Answer {
  return { question, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason };
}

/** The abstention returned when answering failed unexpectedly (a bug, not bad input). */
export function internalError(raw: unknown, error: unknown): Answer {
  const detail = error instanceof Error ? error.message : String(error);
  return noAnswer(typeof raw === 'string' ? cleanQuestion(raw) : '', `an internal error stopped the search (${detail})`);
}

/** Confidence of answers read off the article's structure (an apposition, a title) rather than ranked. */
const STRUCTURAL_CONFIDENCE = 0.8;

/** An answer quoting sentence `s`. */
function answerFrom(corpus: Corpus, question: string, s: Sentence, answer: string, confidence: number): Answer {
  const a = corpus.articles[s.article]!;
  return {
    question, answered: true, answer, passage: excerpt(s.text, answer), paragraph: s.paragraph, article: a.title, articleId: a.id,
    confidence: Number(confidence.toFixed(3)), confidenceLabel: labelOf(LEARNED.confidence, confidence),
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

/** What the learned layer decides on: the question, its retrieved sentences and the reader's candidates. */
export interface Stage {
  q: Question;
  ranked: Scored[];
  input: ReaderInput;
  /** The rules' choice of passage (an index into `ranked`; see gates.ts). */
  rule?: number;
  /** Which hand-written gate refuses, and why, if one does. */
  gate?: { kind: GateKind; reason: string };
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
function structural(corpus: Corpus, question: string, asked: Question, weights?: ArrayLike<number>): Answer | Stage {
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
  const ranked = retrieve(q, corpus, READ_DEPTH);
  const input = readerInput(corpus, q, ranked, weights);
  const rule = rulePassage(ranked, q);
  const gate = gateOf(corpus, q, ranked, rule, rule !== undefined && !!input.passages[rule]?.answers);
  return { q, ranked, input, rule, gate };
}

/**
 * The span's text as an answer: a pronoun or "here" the article resolves is named instead ("he" →
 * "Sergey V. Lavrov"), and a name is given without the title before it ("Prime Minister Vladimir
 * V. Putin" → "Vladimir V. Putin"), as the article's people are named everywhere else.
 */
function spanText(corpus: Corpus, s: Sentence, start: number, end: number): string {
  const key = end === start + 1 ? s.corefs.get(start) : undefined;
  const name = key ? corpus.articles[s.article]!.entities.get(key)?.name : undefined;
  if (name) return name;
  const titled = s.mentions.find((m) => m.start === start && m.end === end && m.nameStart > m.start);
  return textOf(s, titled?.nameStart ?? start, end);
}

/** The learned decision: the reader picks a span, the confidence model whether to give it. */
function decide(corpus: Corpus, question: string, stage: Stage): Answer {
  const { q, ranked, input } = stage;
  if (stage.gate && LEARNED.hardGates.has(stage.gate.kind)) return noAnswer(question, stage.gate.reason);
  const checked = pickChecked(input, scoreCandidates(input, LEARNED.reader), LEARNED.leads, LEARNED.passageLeads, stage.rule, (x) => passageProblem(q, corpus, x));
  if (!checked) return noAnswer(question, 'no passage gives an answer');
  const { reading, problem } = checked;
  const s = input.passages[input.owner[reading.best]!]!.scored.sentence;
  if (problem && LEARNED.hardGates.has('picked')) return noAnswer(question, problem);
  const gate = stage.gate?.kind ?? (problem ? 'picked' : undefined);
  const confidence = confidenceOf(LEARNED.confidence, confidenceFeatures({ corpus, q, ranked, input, reading, gate }));
  if (confidence < LEARNED.confidence.cuts.abstain) {
    return noAnswer(question, stage.gate?.reason ?? problem ?? 'no passage answers it clearly: the best match is weak and others score close to it');
  }
  const span = input.spans[reading.best]!;
  return answerFrom(corpus, question, s, spanText(corpus, s, span.start, span.end), confidence);
}

/** The answer to an analysed, non-empty question. */
function answerAnalysed(corpus: Corpus, question: string, q: Question): Answer {
  // Scored as built: the answer path keeps no candidate's features but the chosen one's.
  const early = structural(corpus, question, q, LEARNED.reader);
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
