/**
 * How the shared scorer (../shared/eval/score.mjs) judges one reply, ported so that training and
 * validation can score in process: SQuAD normalisation, token F1, and the evidence check (the
 * cited passage must hold a gold string and be at most 700 characters).
 */

const MAX_PASSAGE = 700;

/** SQuAD-style normalisation: lower case, no punctuation, no articles, single spaces. */
export function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(a|an|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Token-overlap F1 of a predicted answer against one gold answer. */
export function f1(pred: string, gold: string): number {
  const p = normalize(pred).split(' ').filter(Boolean);
  const g = normalize(gold).split(' ').filter(Boolean);
  if (!p.length || !g.length) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { same++; counts.set(t, c - 1); }
  }
  if (!same) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The best F1 of `answer` over the gold answers. */
export function bestF1(answer: string, gold: readonly string[]): number {
  return gold.length ? Math.max(...gold.map((g) => f1(answer, g))) : 0;
}

/** Whether a cited passage counts as right evidence. */
export function evidenceHit(passage: string, evidence: readonly string[]): boolean {
  if (passage.length > MAX_PASSAGE) return false;
  const p = normalize(passage);
  return evidence.some((e) => p.includes(normalize(e)));
}

/** The scorer's summary figures. */
export interface Figures {
  questions: number;
  overall: number;
  evidence: number;
  f1: number;
  answered: number;
  abstain: number;
}

/** One judged reply. */
export interface Judged {
  answerable: boolean;
  answered: boolean;
  hit: boolean;
  f1: number;
}

/** The scorer's figures over judged replies. */
export function figures(rows: readonly Judged[]): Figures {
  const ans = rows.filter((r) => r.answerable);
  const unans = rows.filter((r) => !r.answerable);
  const share = (n: number, d: number): number => (d ? Number((n / d).toFixed(3)) : 0);
  const hits = ans.filter((r) => r.answered && r.hit).length;
  const abstained = unans.filter((r) => !r.answered).length;
  return {
    questions: rows.length,
    overall: share(hits + abstained, rows.length),
    evidence: share(hits, ans.length),
    f1: share(ans.reduce((t, r) => t + (r.answered ? r.f1 : 0), 0), ans.length),
    answered: share(ans.filter((r) => r.answered).length, ans.length),
    abstain: share(abstained, unans.length),
  };
}

/** True when `text` contains `part` as whole normalised words. */
export function containsWords(text: string, part: string): boolean {
  const p = normalize(part);
  return p.length > 0 && ` ${normalize(text)} `.includes(` ${p} `);
}

/** How a reader judges a reply (the scorer's reply verdicts; see ../shared/eval/score.mjs). */
export type ReplyVerdict = 'right' | 'acceptable' | 'missed' | 'wrong';

/** Whether a reader can use the reply: a right short answer or an acceptable sentence. */
export const useful = (v: ReplyVerdict): boolean => v === 'right' || v === 'acceptable';

/** The scorer's verdict on one reply: `answer` and `passage` empty when it abstained. */
export function replyVerdict(answers: readonly string[], evidence: readonly string[], answered: boolean, answer: string, passage: string): ReplyVerdict {
  if (answers.length === 0) return answered ? 'wrong' : 'right';
  if (!answered) return 'missed';
  const hit = evidenceHit(passage, evidence.length ? evidence : answers);
  const first = normalize(answers[0]!).split(' ')[0];
  if (first === 'yes' || first === 'no') return hit && normalize(answer).split(' ')[0] === first ? 'right' : 'wrong';
  if (hit && bestF1(answer, answers) >= 0.5) return 'right';
  if (hit && answers.some((g) => containsWords(answer, g))) return 'acceptable';
  return 'wrong';
}
