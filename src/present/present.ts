import type { Answer, Trace, TraceStage } from '../types.js';
import type { Corpus } from '../article/model.js';
import type { Prepared } from '../pipeline.js';
import type { Pick } from '../read/read.js';
import type { Verdict } from '../judge/judge.js';
import { excerpt } from './excerpt.js';
import { sectionOf } from '../article/section.js';

/**
 * Present: the judge's verdict as the `Answer` adapters render — the answer line in the shape the
 * judge chose, the quoted passage, its paragraph and article, the confidence, and the trace.
 */

/** How many passages and candidates a trace lists. */
const TRACE_PASSAGES = 3;
const TRACE_CANDIDATES = 5;

const round = (x: number): number => Number(x.toFixed(3));

/** Which stage proposed what the judge decided on. */
function stageOf(p: Prepared): TraceStage {
  if (p.refused) return p.refused.refusal === 'empty' ? 'clean' : p.refused.refusal === 'yesno-unknown' ? 'propose' : p.refused.refusal === 'no-candidate' ? 'read' : p.q && !p.stage ? 'shortcuts' : 'analyse';
  if (p.early) return p.early.source === 'yesno' ? 'propose' : 'shortcuts';
  return 'read';
}

/** The reader's best distinct candidates, best first (one pass: a question has hundreds). */
function topCandidates(p: Prepared, pick: Pick | undefined): Trace['candidates'] {
  const input = p.stage?.input;
  if (!input || !pick) return [];
  const textOf = (k: number): string => {
    const s = input.passages[input.owner[k]!]!.scored.sentence;
    const sp = input.spans[k]!;
    return s.text.slice(s.tokens[sp.start]!.start, s.tokens[sp.end - 1]!.end);
  };
  const top: { text: string; score: number }[] = [];
  for (let k = 0; k < pick.scores.length; k++) {
    const score = pick.scores[k]!;
    if (top.length === TRACE_CANDIDATES && score <= top[top.length - 1]!.score) continue;
    const text = textOf(k);
    const same = top.findIndex((c) => c.text === text);
    if (same >= 0) {
      if (score <= top[same]!.score) continue;
      top.splice(same, 1);
    }
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at--;
    top.splice(at, 0, { text, score });
    if (top.length > TRACE_CANDIDATES) top.pop();
  }
  return top.map((c) => ({ text: c.text, score: round(c.score) }));
}

/** The trace of one decision. */
export function traceOf(p: Prepared, pick: Pick | undefined, v: Verdict): Trace {
  const passages = (p.stage?.ranked ?? []).slice(0, TRACE_PASSAGES).map((r) => ({ paragraph: r.sentence.paragraph, score: round(r.score), text: r.sentence.text }));
  if (p.early?.sentence && passages.length === 0) passages.push({ paragraph: p.early.sentence.paragraph, score: 0, text: p.early.sentence.text });
  const checks = (pick?.options[v.option]?.gates ?? p.stage?.gates ?? []).map((g) => g.kind);
  return {
    stage: stageOf(p), passages, candidates: topCandidates(p, pick),
    judge: { shape: v.shape, pPassage: round(v.pPassage), pSentence: round(v.pSentence), pShort: round(v.pShort), ...(v.veto ? { veto: v.veto } : {}), checks, ...(pick && pick.options.length > 1 ? { option: v.option === 0 ? 'reader' as const : 'rules' as const } : {}) },
  };
}

/** The answer for a judged question. */
export function present(corpus: Corpus, p: Prepared, pick: Pick | undefined, v: Verdict): Answer {
  const trace = traceOf(p, pick, v);
  const readAs = p.q && p.q.corrected.length > 0 ? `reading ${p.q.corrected.map(([typed, read]) => `"${typed}" as "${read}"`).join(', ')}` : undefined;
  const base = { question: p.question, ...(readAs ? { readAs } : {}), trace };
  if (v.shape === 'abstain') {
    return { ...base, answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: v.reason ?? 'no passage gives an answer' };
  }
  const confidence = { confidence: round(v.confidence), confidenceLabel: v.label };
  const chosen = pick?.options[v.option];
  const sentence = chosen?.sentence ?? p.early?.sentence;
  if (!sentence) {
    // The headline: its own passage.
    const a = corpus.articles[0]!;
    return { ...base, answered: true, answer: p.early?.text ?? a.title, passage: a.title, paragraph: 0, article: a.title, articleId: a.id, ...confidence, form: 'short' };
  }
  const a = corpus.articles[sentence.article]!;
  const short = chosen?.text ?? p.early?.text ?? '';
  const passage = excerpt(sentence.text, short);
  // The section's title, where the sentence stands under one, is context people read the quote in.
  const section = sectionOf(a.sections, sentence.paragraph);
  const where = { passage, paragraph: sentence.paragraph, ...(section ? { section } : {}), article: a.title, articleId: a.id };
  if (v.shape === 'sentence') return { ...base, answered: true, answer: passage, ...where, ...confidence, form: 'sentence', highlight: short };
  return { ...base, answered: true, answer: short, ...where, ...confidence, form: 'short' };
}

/** The reply when a bug stopped the core: coded, so adapters log it, and plain for people. */
export function presentError(question: string, error: unknown): Answer {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'error', question, answered: false, answer: 'Sorry, something went wrong while answering that. Please try again or rephrase it.',
    passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low',
    error: { code: 'QA_INTERNAL', message: detail },
  };
}
