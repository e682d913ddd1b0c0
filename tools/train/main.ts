/**
 * `npm run train`: fits the core's learned weights (the reader's span and passage scoring, and the
 * confidence model) on SQuAD training questions, chooses among fits on the validation set, prints
 * the validation figures and what each feature earned, and writes src/read/weights.generated.ts.
 *
 *   npm run train -- [--train DIR] [--valid DIR] [--seed N] [--ablate] [--out FILE] [--dry-run]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIDENCE } from '../../src/judge/confidence.js';
import { DIMENSION, EXTRACTORS, QKINDS, featureName, OFFSET, TEMPLATES, toStored } from '../../src/read/layout.js';
import { chooseLeads, type Leads } from './leads.js';
import { loadSet } from './data.js';
import { collect, corporaOf } from './collect.js';
import { linearScore, sigmoid, type LinearModel } from '../../src/read/linear.js';
import { Progress } from '../bench/progress.js';
import type { Example } from './collect.js';
import { targetOf } from './collect.js';
import { examplesOf } from './examples.js';
import { fitReader, type Targeted } from './reader-fit.js';
import { decide, figuresAt, type Decision } from './simulate.js';
import { chooseCuts, confidenceRows, fitConfidence, gateRows } from './cuts.js';
import { GATES, type GateKind } from '../../src/judge/gates.js';
import { runMain } from '../../adapters/shared/env.js';

const USAGE = `usage: npm run train -- [--train DIR] [--valid DIR] [--house FILE] [--seed N] [--ablate] [--soft-gates] [--out FILE] [--dry-run]

Fits the reader and the confidence model on DIR/questions.jsonl (default
../shared/train/squad-v1.1-train-11), chooses among fits on the validation set (default
../shared/train/squad-v1.1-dev-3), prints validation figures and feature weights, and writes
the weights to src/read/weights.generated.ts (or --out FILE; --dry-run writes nothing).
--house: our own questions (default tests/src/pipeline/reworded.jsonl): the learned choices may
  not get fewer of them right than the hand-written rules alone.
--ablate: also refit the reader without each feature template, to show what each earns.
--soft-gates: the hand-written gates only inform the confidence model instead of refusing.
--seed: the seed of the negatives and of the fit's shuffle (default 11).`;

const ROOT = join(import.meta.dirname, '..', '..', '..');
const fmt = (x: number): string => x.toFixed(3);

/** The reader's fit settings; l2 is chosen on validation among READER_L2. */
const READER_FIT = { epochs: 8, rate: 0.02, batch: 32 };
const READER_L2 = [3e-4, 1e-3, 3e-3];

function targeted(examples: readonly Example[]): Targeted[] {
  return examples.flatMap((e) => {
    const target = targetOf(e);
    return target ? [{ input: e.stage!.input, target }] : [];
  });
}

/** Evidence + F1 of the reader's picks on answerable questions, nothing withheld. */
function readerFigures(examples: readonly Example[], w: Float64Array): { evidence: number; f1: number } {
  const f = figuresAt(decide(examples.filter((e) => e.answerable), w), 0, false);
  return { evidence: f.evidence, f1: f.f1 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      train: { type: 'string', default: join(ROOT, '..', 'shared', 'train', 'squad-v1.1-train-11') },
      valid: { type: 'string', default: join(ROOT, '..', 'shared', 'train', 'squad-v1.1-dev-3') },
      seed: { type: 'string', default: '11' },
      ablate: { type: 'boolean', default: false },
      'soft-gates': { type: 'boolean', default: false },
      house: { type: 'string', default: join(ROOT, 'tests', 'src', 'pipeline', 'reworded.jsonl') },
      out: { type: 'string', default: join(ROOT, 'src', 'read', 'weights.generated.ts') },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`train: --seed wants a whole number, got ${JSON.stringify(values.seed)}`);
  const started = Date.now();
  const progress = new Progress(values.ablate ? 9 : 8);
  const train = examplesOf(values.train, seed, progress, 'train');
  const valid = examplesOf(values.valid, seed + 1, progress, 'validation');
  const lines: string[] = [];
  const count = (xs: readonly Example[], answerable: boolean): number => xs.filter((e) => e.answerable === answerable).length;
  lines.push(`train: ${count(train, true)} questions + ${count(train, false)} negatives; validation: ${count(valid, true)} + ${count(valid, false)}`);

  progress.step('fitting the reader');
  const trainTargets = targeted(train);
  const validAnswerable = valid.filter((e) => e.answerable);
  const top1 = validAnswerable.filter((e) => e.stage && e.hit[0]).length / validAnswerable.length;
  lines.push('reader (validation, answerable questions, nothing withheld):', `  retrieval's first sentence holds the answer: ${fmt(top1)}`);
  let reader: Float64Array = new Float64Array(DIMENSION);
  let readerL2 = READER_L2[0]!;
  let best = -Infinity;
  for (const l2 of READER_L2) {
    const w = fitReader(trainTargets, { ...READER_FIT, l2, seed });
    const f = readerFigures(valid, w);
    lines.push(`  l2 ${l2}: evidence ${fmt(f.evidence)} · F1 ${fmt(f.f1)}`);
    if (f.evidence + f.f1 > best) { best = f.evidence + f.f1; reader = w; readerL2 = l2; }
  }

  if (values.ablate) {
    progress.step('refitting the reader without each template');
    lines.push('what each template earns (validation evidence · F1 without it, against the full fit):');
    const full = readerFigures(valid, reader);
    for (const t of TEMPLATES) {
      const mask = new Uint8Array(DIMENSION).fill(1);
      const size = (TEMPLATES[TEMPLATES.indexOf(t) + 1] ? OFFSET[TEMPLATES[TEMPLATES.indexOf(t) + 1]!.name]! : DIMENSION) - OFFSET[t.name]!;
      mask.fill(0, OFFSET[t.name]!, OFFSET[t.name]! + size);
      const f = readerFigures(valid, fitReader(trainTargets, { ...READER_FIT, l2: readerL2, seed }, mask));
      lines.push(`  without ${t.name.padEnd(14)} ${fmt(f.evidence)} · ${fmt(f.f1)}  (${(f.evidence - full.evidence >= 0 ? '+' : '') + fmt(f.evidence - full.evidence)} · ${(f.f1 - full.f1 >= 0 ? '+' : '') + fmt(f.f1 - full.f1)})`);
    }
  }

  progress.step('cross-fitting the reader over the training articles');
  // The confidence model learns how often the reader is right on questions it was not fitted on:
  // each training article is read by a reader fitted on the other ten.
  const articles = [...new Set(train.map((e) => e.item.article))];
  const folds = articles.map((held) => ({
    examples: train.filter((e) => e.item.article === held),
    w: fitReader(targeted(train.filter((e) => e.item.article !== held)), { ...READER_FIT, l2: readerL2, seed }),
  }));
  const decideAll = (l: Leads, hard?: ReadonlySet<GateKind>): { crossed: Decision[]; valid: Decision[] } => ({
    crossed: folds.flatMap((f) => decide(f.examples, f.w, undefined, l.span, l.passage, hard)),
    valid: decide(valid, reader, undefined, l.span, l.passage, hard),
  });

  // Per extractor, how far another span must lead its answer to replace it, on the cross-fitted
  // training answers and validation together: an extractor that still wins keeps its answers.
  const house = houseExamples(values.house);
  const leads = chooseLeads(folds, valid, reader, house, lines);
  // The hand-written gates refuse outright (--soft-gates: they only inform the confidence model).
  const open = decideAll(leads, new Set());
  lines.push(...gateRows([...open.crossed, ...open.valid]));
  const hard = new Set<GateKind>(values['soft-gates'] ? [] : GATES);
  const decided = decideAll(leads, hard);
  const crossed = decided.crossed;
  const validDecisions = decided.valid;

  progress.step('fitting the confidence model');
  const { model: confidence, rows: confidenceFits } = fitConfidence(crossed, validDecisions);
  lines.push('confidence (validation log-loss per l2):', ...confidenceFits);

  progress.step('choosing the abstention cut and the labels');
  const pooled = [...withConfidence(crossed, confidence), ...withConfidence(validDecisions, confidence)];
  const validScored = withConfidence(validDecisions, confidence);
  const cuts = chooseCuts(pooled, validScored);
  lines.push(...cuts.rows);
  lines.push(`  validation at the cut: answerable ${showFigures(figuresAt(validScored.filter((d) => d.example.answerable), cuts.abstain))}`);
  lines.push(`  validation negatives: abstain ${fmt(figuresAt(validScored.filter((d) => !d.example.answerable), cuts.abstain).abstain)}`);
  lines.push(...confidenceRows(pooled, cuts));

  progress.step('writing');
  lines.push('reader weights, largest 25:');
  const order = [...reader.keys()].sort((a, b) => Math.abs(reader[b]!) - Math.abs(reader[a]!)).slice(0, 25);
  for (const i of order) lines.push(`  ${featureName(i).padEnd(44)} ${reader[i]!.toFixed(3).padStart(8)}`);
  lines.push('confidence weights:');
  CONFIDENCE.forEach((f, i) => lines.push(`  ${f.padEnd(32)} ${confidence.weights[i]!.toFixed(3).padStart(8)}`));
  lines.push(`  ${'bias'.padEnd(32)} ${confidence.bias.toFixed(3).padStart(8)}`);
  progress.done();
  lines.push(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values['dry-run']) return;
  const stored = {
    reader: toStored(reader),
    confidence: { features: CONFIDENCE, bias: Number(confidence.bias.toFixed(4)), weights: confidence.weights.map((w) => Number(w.toFixed(4))) },
    leads: Object.fromEntries(leads.span.flatMap((l, i) => (l === 99 ? [] : [[`${EXTRACTORS[Math.floor(i / QKINDS.length)]}/${QKINDS[i % QKINDS.length]}`, l]]))),
    passageLeads: Object.fromEntries(leads.passage.flatMap((l, k) => (l === 99 ? [] : [[QKINDS[k]!, l]]))),
    hardGates: [...hard],
    cuts: { abstain: cuts.abstain, medium: cuts.medium, high: cuts.high },
  };
  const file = `// Generated by \`npm run train\` (tools/train/main.ts), seed ${seed}, reader l2 ${readerL2}: do not edit by hand.
// Fitted on ../shared/train/squad-v1.1-train-11, chosen on squad-v1.1-dev-3; README "Learned weights".
import type { LearnedWeights } from './learned.js';

export const LEARNED_WEIGHTS: LearnedWeights = ${compactJson(stored)};
`;
  writeFileSync(values.out, file);
  process.stdout.write(`wrote ${values.out} (${(file.length / 1024).toFixed(1)} KB)\n`);
}

/** Our own questions (answerable, over their own articles), through the core's pipeline. */
function houseExamples(file: string): Example[] {
  const set = loadSet(file);
  const corpora = corporaOf(set);
  return set.items.map((item) => collect(corpora.get(item.article)!, item, true));
}

/** Decisions with the confidence model's probability filled in. */
function withConfidence(ds: readonly Decision[], m: LinearModel): Decision[] {
  return ds.map((d) => (d.z ? { ...d, confidence: sigmoid(linearScore(m, d.z)) } : d));
}

function showFigures(f: ReturnType<typeof figuresAt>): string {
  return `evidence ${fmt(f.evidence)} · F1 ${fmt(f.f1)} · answered ${fmt(f.answered)} (${f.questions} q)`;
}

/** JSON with each array of numbers on one line, so the file stays short and diffs by template. */
function compactJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\[\s+([^\]{]*?)\s+\]/g, (_, inner: string) => `[${inner.replace(/\s*\n\s*/g, ' ')}]`);
}

await runMain('train', main);
