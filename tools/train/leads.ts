import { EXTRACTORS, QKINDS } from '../../src/read/layout.js';
import { pick, scoreCandidates } from '../../src/read/reader.js';
import { qKindOf } from '../../src/read/span-features.js';
import type { Example } from './collect.js';
import { decide } from './simulate.js';

/**
 * How far the learned reader's choice must lead the hand-written rules' choice to replace it: per
 * extractor and question kind, for the span within the chosen passage, and once for the passage.
 *
 * First on SQuAD: answerable questions the reader was not fitted on (each training article read by
 * a reader fitted on the others, and the validation set). Per (extractor, kind) cell, over the
 * questions whose chosen passage that extractor answers first, the largest lead whose mean F1 is
 * within TOLERANCE of the best; a cell with fewer than MIN_QUESTIONS such questions keeps its
 * answers (the reader has not been shown to beat it).
 *
 * Then on our own questions (the house set: tests/src/pipeline/reworded.jsonl, news-style rewordings
 * over the seed article): the learned choices may not get fewer of them right than the rules alone
 * do. While they would, the lead that wins back the most house questions per SQuAD F1 it costs is
 * raised, one lead at a time. A rule stays where it still wins on validation or on our own questions.
 */

export const LEADS = [0, 0.5, 1, 2, 4, 99] as const;
/** How much mean F1 a larger lead may cost and still be preferred (ties within a point go to the rules). */
const TOLERANCE = 0.01;
/** How much mean evidence + F1 a larger passage lead may cost and still be preferred. */
const PASSAGE_TOLERANCE = 0.002;
/**
 * Below this many questions of a kind the rules' passage stands: a passage lead moves every
 * answer of the kind, so it needs more evidence than one extractor's lead (reason, manner and quote
 * questions are a few dozen each in SQuAD's training articles).
 */
const MIN_PASSAGE_QUESTIONS = 100;
/** Below this many questions an extractor's answers stand: the reader has not been shown to beat it. */
const MIN_QUESTIONS = 20;
const KEEP = 99;
const CELLS = EXTRACTORS.length * QKINDS.length;

export interface Fold {
  examples: readonly Example[];
  w: Float64Array;
}

export interface Leads {
  /** Per cell `extractor * QKINDS.length + kind`. */
  span: number[];
  /** Per question kind. */
  passage: number[];
}

/** Questions right as the house test counts them: answered from a passage that holds the evidence, F1 ≥ 0.5. */
export function houseRight(house: readonly Example[], w: Float64Array, leads: Leads): number {
  return decide(house, w, undefined, leads.span, leads.passage).filter((d) => (d.example.fixed ? d.example.fixed.answered : d.picked && !d.gated) && d.hit && d.f1 >= 0.5).length;
}

/** Per cell: how many pooled questions it holds, and their summed F1 at each lead. */
function cellSums(all: readonly Fold[], passageLead: readonly number[]): { sums: number[][]; counts: number[] } {
  const sums = Array.from({ length: CELLS }, () => LEADS.map(() => 0));
  const counts = new Array<number>(CELLS).fill(0);
  for (const { examples, w } of all) {
    for (const e of examples) {
      if (!e.answerable || !e.stage) continue;
      const scores = scoreCandidates(e.stage.input, w);
      const free = pick(e.stage.input, scores, [], passageLead, e.stage.rule);
      if (!free) continue;
      const r = e.stage.input.passages[e.stage.input.owner[free.best]!]!.ruleName;
      if (r < 0) continue;
      const cell = r * QKINDS.length + qKindOf(e.stage.q);
      counts[cell]!++;
      LEADS.forEach((lead, j) => {
        const leads = new Array<number>(CELLS).fill(0);
        leads[cell] = lead;
        sums[cell]![j]! += e.f1[pick(e.stage!.input, scores, leads, passageLead, e.stage!.rule)!.best]!;
      });
    }
  }
  return { sums, counts };
}

const cellName = (cell: number): string => `${EXTRACTORS[Math.floor(cell / QKINDS.length)]}/${QKINDS[cell % QKINDS.length]}`;

/**
 * Per question kind, the passage lead on pooled SQuAD: the largest whose evidence + F1 is within
 * PASSAGE_TOLERANCE of the best for that kind. Also the summed evidence + F1 per kind and lead.
 */
function passageLeads(all: readonly Fold[], lines: string[]): { leads: number[]; sums: number[][] } {
  const sums = QKINDS.map(() => LEADS.map(() => 0));
  const counts = QKINDS.map(() => 0);
  LEADS.forEach((lead, j) => {
    for (const { examples, w } of all) {
      for (const d of decide(examples.filter((e) => e.answerable), w, undefined, [], QKINDS.map(() => lead), new Set())) {
        const stage = d.example.stage;
        if (!stage) continue;
        const k = stage.input.kind;
        if (j === 0) counts[k]!++;
        sums[k]![j]! += (d.hit ? 1 : 0) + d.f1;
      }
    }
  });
  lines.push(`per question kind: how many, mean evidence + F1 when the rules' passage stands unless another leads by ${LEADS.join(' / ')} → chosen`);
  const leads = QKINDS.map((name, k) => {
    const n = counts[k]!;
    if (n < MIN_PASSAGE_QUESTIONS) return KEEP;
    const best = Math.max(...sums[k]!);
    let lead: number = 0;
    LEADS.forEach((l, j) => { if (sums[k]![j]! >= best - PASSAGE_TOLERANCE * n) lead = l; });
    lines.push(`  ${name.padEnd(11)} ${String(n).padStart(5)}  ${sums[k]!.map((x) => (x / n).toFixed(3)).join(' / ')} → ${lead}`);
    return lead;
  });
  return { leads, sums };
}

/** The leads, fitted to pooled SQuAD and then to the house set. */
export function chooseLeads(folds: readonly Fold[], valid: readonly Example[], reader: Float64Array, house: readonly Example[], lines: string[]): Leads {
  const all = [...folds, { examples: valid, w: reader }];
  const passage = passageLeads(all, lines);
  const { sums, counts } = cellSums(all, passage.leads);
  lines.push(`per extractor and kind with at least ${MIN_QUESTIONS} questions: how many it answers first in the chosen passage, mean F1 at leads ${LEADS.join(' / ')} → chosen lead (the others keep their answers: ${KEEP})`);
  const chosen = counts.map((n, cell) => {
    if (n < MIN_QUESTIONS) return KEEP;
    const best = Math.max(...sums[cell]!);
    let lead: number = 0;
    LEADS.forEach((l, j) => { if (sums[cell]![j]! >= best - TOLERANCE * n) lead = l; });
    lines.push(`  ${cellName(cell).padEnd(22)} ${String(n).padStart(5)}  ${sums[cell]!.map((x) => (x / n).toFixed(3)).join(' / ')} → ${lead}`);
    return lead;
  });
  const leads: Leads = { span: chosen, passage: passage.leads };
  const floor = houseRight(house, reader, { span: new Array<number>(CELLS).fill(KEEP), passage: QKINDS.map(() => KEEP) });
  let right = houseRight(house, reader, leads);
  lines.push(`house questions (${house.length}, our own): the rules alone get ${floor} right, the SQuAD-chosen leads ${right}`);
  // Raise, one at a time, the lead that wins back the most house questions per SQuAD F1 it costs.
  while (right < floor) {
    let bestMove: { apply: (l: Leads) => Leads; gain: number; cost: number; name: string } | undefined;
    const tryMove = (name: string, apply: (l: Leads) => Leads, cost: number): void => {
      const gain = houseRight(house, reader, apply(leads)) - right;
      if (gain > 0 && (!bestMove || gain / (cost + 1) > bestMove.gain / (bestMove.cost + 1))) bestMove = { apply, gain, cost, name };
    };
    leads.span.forEach((lead, cell) => {
      const j = LEADS.indexOf(lead as (typeof LEADS)[number]);
      for (let k = j + 1; j >= 0 && k < LEADS.length; k++) {
        const next = LEADS[k]!;
        tryMove(`${cellName(cell)} ${lead} → ${next}`, (l) => ({ ...l, span: l.span.map((x, c) => (c === cell ? next : x)) }), sums[cell]![j]! - sums[cell]![k]!);
      }
    });
    leads.passage.forEach((lead, kind) => {
      const j = LEADS.indexOf(lead as (typeof LEADS)[number]);
      for (let k = j + 1; j >= 0 && k < LEADS.length; k++) {
        const next = LEADS[k]!;
        tryMove(`passage/${QKINDS[kind]} ${lead} → ${next}`, (l) => ({ ...l, passage: l.passage.map((x, c) => (c === kind ? next : x)) }), passage.sums[kind]![j]! - passage.sums[kind]![k]!);
      }
    });
    if (!bestMove) break;
    const moved = bestMove.apply(leads);
    leads.span = moved.span;
    leads.passage = moved.passage;
    right += bestMove.gain;
    lines.push(`  raised ${bestMove.name}: house ${right}, pooled SQuAD F1 cost ${bestMove.cost.toFixed(1)} (questions' worth)`);
  }
  return leads;
}
