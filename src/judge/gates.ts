import type { Corpus, Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Scored } from '../retrieve/retrieve.js';
import { hasTypedCandidate, typedCandidates } from '../propose/candidates.js';
import { asksAge } from '../propose/ages.js';
import { coverageProblem, passageProblem } from './abstain.js';
import { THRESHOLDS } from '../params.js';

/**
 * The hand-written checks of a question's retrieval: too little of the question found, a
 * when/how-many question with no time or number in reach, the passage the rules would pick
 * answering another question, or a best match that leads too weakly. Each is a feature of the
 * judge (judge.ts); the judge refuses on one by itself only where training kept it as a veto.
 */

const TYPED = new Set(['person', 'place', 'time', 'number']);

/**
 * The rules' choice among the retrieved passages (an index into `ranked`): the first, unless it
 * lacks an answer of the kind asked and a close one has it ("Which nations …?" takes the close
 * passage listing the most). Undefined for a when/how-many question with no time or number in reach.
 */
export function rulePassage(ranked: readonly Scored[], q: Question): number | undefined {
  const top = ranked[0];
  if (!top) return undefined;
  // "How old was al-Megrahi?": the age of the one asked about ("He died …, aged 60"), wherever it
  // ranks, before another's age in a closer match ("my daughter, at age 20, …"). A sentence's
  // terms name whom its pronouns stand for too (article/build.ts).
  if (asksAge(q) && q.entities.size > 0) {
    const own = ranked.findIndex((r) => hasTypedCandidate(r.sentence, q) && [...q.entities].some((key) => r.sentence.terms.has(`e:${key}`)));
    if (own >= 0) return own;
  }
  if (!TYPED.has(q.type) || hasTypedCandidate(top.sentence, q)) return 0;
  const close = ranked.map((r, i) => ({ r, i })).filter(({ r }) => r.score >= top.score * 0.8 && hasTypedCandidate(r.sentence, q));
  let typed = close[0];
  if (q.focusPlural && close.length > 1) {
    const counts = close.map(({ r }) => typedCandidates(r.sentence, q).length);
    typed = close[counts.indexOf(Math.max(...counts))];
  }
  // Only times and numbers are strict: a who/where answer can be a phrase, not a name.
  return typed?.i ?? (q.type === 'time' || q.type === 'number' ? undefined : 0);
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

/**
 * Which gate refuses: too little of the question found, no time or number in reach, no answer of
 * the kind in the rules' passage, that passage answering another question, a weak lead, the
 * passage the reader picked answering another question, the picked span being a name or
 * figure of another kind than asked (a date for a where-question), or the picked sentence not
 * mentioning someone or something the question names (the last three checked on the pick).
 */
export const GATES = ['coverage', 'untyped', 'unanswered', 'problem', 'weak', 'picked', 'clash', 'absent'] as const;
export type GateKind = (typeof GATES)[number];

/**
 * Every hand-written gate that fires, with its reason for people, in the order they were once
 * tried. They are features for the judge; one refuses by itself only as a learned veto (judge.ts).
 * `rule` is rulePassage's choice and `answers` whether the extractors find an answer there.
 */
export function gatesOf(corpus: Corpus, q: Question, ranked: readonly Scored[], rule: number | undefined, answers: boolean): { kind: GateKind; reason: string }[] {
  const out: { kind: GateKind; reason: string }[] = [];
  const short = coverageProblem(q, corpus, ranked[0]);
  if (short) out.push({ kind: 'coverage', reason: short });
  if (ranked.length === 0) return out;
  if (rule === undefined) {
    out.push({ kind: 'untyped', reason: `no passage gives a ${q.type === 'time' ? 'time' : 'number'} for that` });
    return out;
  }
  if (!answers) out.push({ kind: 'unanswered', reason: `the passage that matches ${q.type === 'reason' ? 'gives no reason' : q.type === 'place' ? 'names no place' : 'gives no answer'}` });
  const chosen = ranked[rule]!;
  const problem = passageProblem(q, corpus, chosen.sentence);
  if (problem) out.push({ kind: 'problem', reason: problem });
  const weak = weakMatch(chosen, ranked[1], q);
  if (weak) out.push({ kind: 'weak', reason: weak });
  return out;
}

/**
 * The picked sentence leaves out a name the question asks about, by name, pronoun or role: "When
 * was Irshad Matsoi shot dead?" against "Shakir was shot dead …" — a question made to look
 * answerable by swapping a name, or a passage about someone else.
 */
export function absentName(corpus: Corpus, q: Question, s: Sentence): string | undefined {
  for (const key of q.entities) {
    if (s.terms.has(`e:${key}`)) continue;
    const name = corpus.articles[s.article]?.entities.get(key)?.name;
    return name ? `the passage it found does not mention ${name}` : 'the passage it found does not mention everyone the question names';
  }
  return undefined;
}
