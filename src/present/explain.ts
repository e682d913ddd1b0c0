import type { Explanation, RankedPassage } from '../types.js';
import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { matchedTokens } from '../retrieve/anchors.js';
import { retrieve } from '../retrieve/retrieve.js';
import { caseOf, prepare } from '../pipeline.js';
import { judge } from '../judge/judge.js';
import { traceOf } from './present.js';
import { sectionOf } from '../article/section.js';
import { LEARNED } from '../learned.js';

/**
 * `/why`: the passages the answer was chosen from — the one it quotes first, then what retrieval
 * ranked next — each with the names and words it matched, and the answer's trace. It runs the
 * same pipeline as the answer, so it explains the answer actually given.
 */
export function explainQuestion(corpus: Corpus, raw: string, count = 3): Explanation {
  const p = prepare(corpus, raw, LEARNED.reader, LEARNED.spanBound);
  const { kase, pick } = caseOf(corpus, p, LEARNED.reader);
  const verdict = judge(LEARNED.judge, kase);
  const trace = traceOf(p, pick, verdict);
  if (!p.q) return { question: p.question, passages: [], trace };
  const quoted = verdict.shape === 'abstain' ? undefined : (pick?.options[verdict.option]?.sentence ?? p.early?.sentence);
  // A shortcut's answer read no passages: retrieval lists the others, as /more needs them.
  const ranked = (p.stage?.ranked ?? retrieve(p.q, corpus, count + 1)).map((r) => ({ s: r.sentence, score: r.score }));
  const rest = ranked.filter((r) => r.s !== quoted);
  const first = quoted ? [{ s: quoted, score: ranked.find((r) => r.s === quoted)?.score ?? 0 }] : [];
  const passages = [...first, ...rest].slice(0, count).map((r) => describe(corpus, p.q!, r.s, r.score));
  return { question: p.question, passages, trace };
}

/** One passage with what it matched of the question. */
function describe(corpus: Corpus, q: Question, s: Sentence, score: number): RankedPassage {
  const a = corpus.articles[s.article]!;
  const marks = matchedTokens(s, q);
  const keys = [...s.mentions.map((m) => m.key), ...s.corefs.values()].filter((k) => q.entities.has(k));
  const entities = [...new Set(keys.map((k) => a.entities.get(k)?.name ?? k))];
  // Words only: a pronoun resolved to a name the question asked about counts under entities.
  const words = s.tokens.filter((t, i) => marks[i] && t.pos !== 'PRON' && t.pos !== 'DET').map((t) => t.lemma);
  const keywords = [...new Set(words)].filter((k) => !entities.some((e) => e.toLowerCase().includes(k)));
  const section = sectionOf(a.sections, s.paragraph);
  return { passage: s.text, paragraph: s.paragraph, ...(section ? { section } : {}), article: a.title, articleId: a.id, score: Number(score.toFixed(3)), entities, keywords };
}
