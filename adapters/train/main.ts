/**
 * `npm run train`: fits the core's learned weights (answer reranker, confidence) on SQuAD
 * training questions, chooses among fits on the validation set, prints the validation figures and
 * each feature's weight, and writes src/learn/weights.generated.ts.
 *
 *   npm run train -- [--train DIR] [--valid DIR] [--seed N] [--min-lead X] [--out FILE] [--dry-run]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURES } from '../../src/learn/features.js';
import { CONFIDENCE_FEATURES } from '../../src/learn/confidence-features.js';
import type { LinearModel } from '../../src/learn/linear.js';
import { Random } from '../../bench/random.js';
import { Progress } from '../../bench/progress.js';
import { loadSet, type Item } from './data.js';
import { collect, corporaOf, type Example } from './collect.js';
import { foreignOk, moveYear, swapName, swapWord } from './negatives.js';
import { analyse } from '../../src/nlp/wink.js';
import { fitLogistic, fitSoftmax, type Group } from './fit.js';
import { decide, figuresAt, isRight, type Decision, type Gates } from './simulate.js';
import { runMain } from '../shared/env.js';

const USAGE = `usage: npm run train -- [--train DIR] [--valid DIR] [--seed N] [--min-lead X] [--out FILE] [--dry-run]

Fits the answer reranker and the confidence model on DIR/questions.jsonl (default
../shared/train/squad-v1.1-train-11), chooses among fits on the validation set (default
../shared/train/squad-v1.1-dev-3), prints validation figures and feature weights, and writes
the weights to src/learn/weights.generated.ts (or --out FILE; --dry-run writes nothing).
--min-lead: the least reranker lead over the hand-written choice that may replace it (0.5).
--seed: the seed of the negatives (default 11); the fits themselves are deterministic.`;

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Answerable questions plus seeded negatives, collected through the core's pipeline. */
function examplesOf(dir: string, seed: number, progress: Progress, label: string): Example[] {
  const set = loadSet(join(dir, 'questions.jsonl'));
  progress.step(`${label}: analysing ${set.articles.size} articles`);
  const corpora = corporaOf(set);
  const names = [...set.articles.keys()];
  const rnd = new Random(seed);
  const out: Example[] = [];
  progress.step(`${label}: ${set.items.length} questions and their negatives`);
  for (const item of set.items) {
    const corpus = corpora.get(item.article)!;
    out.push(collect(corpus, item, true));
    // Negatives: another article for one question in three; a swapped name or moved year where there is one.
    if (rnd.next() < 1 / 3) {
      const other = names[(names.indexOf(item.article) + 1 + rnd.int(0, names.length - 2)) % names.length]!;
      if (other !== item.article && foreignOk(item, set.articles.get(other)!.text)) {
        const negative: Item = { ...item, id: `${item.id}#foreign`, answers: [], evidence: [] };
        out.push(collect(corpora.get(other)!, negative, false));
      }
    }
    const swapped = swapName(item, corpus, rnd);
    if (swapped) out.push(collect(corpus, swapped, false));
    if (rnd.next() < 0.5) {
      const word = swapWord(item, corpus, rnd, analyse(item.question).flatMap((x) => x.tokens));
      if (word) out.push(collect(corpus, word, false));
    }
    const moved = moveYear(item, rnd);
    if (moved) out.push(collect(corpus, moved, false));
  }
  return out;
}

/** Reranker training groups: answerable questions with at least two pairs and one right one. */
function groupsOf(examples: readonly Example[]): Group[] {
  const groups: Group[] = [];
  for (const e of examples) {
    if (!e.answerable || e.fixed || e.pairs.length < 2) continue;
    const gain = e.pairs.map((p) => (p.hit ? 0.3 + 0.7 * p.f1 : 0.2 * p.f1));
    const total = gain.reduce((a, b) => a + b, 0);
    if (total <= 0) continue;
    groups.push({ x: e.pairs.map((p) => p.features), target: gain.map((g) => g / total) });
  }
  return groups;
}

const ruleModel: LinearModel = { bias: 0, weights: FEATURES.map((f) => (f === 'ruleChoice' ? 10 : f === 'recipRank' ? 0.01 : 0)) };

/** Confidence examples: the chosen pair of every question the learned layer decides; negatives weigh as much as positives in all. */
function confidenceData(decisions: readonly Decision[]): { x: number[][]; y: number[]; w: number[] } {
  const usable = decisions.filter((d) => d.z);
  const pos = usable.filter((d) => d.example.answerable).length;
  const neg = usable.length - pos;
  return {
    x: usable.map((d) => d.z!),
    y: usable.map((d) => (isRight(d) ? 1 : 0)),
    w: usable.map((d) => (d.example.answerable ? 1 : pos / Math.max(1, neg))),
  };
}

/** Share right of answered decisions with confidence in [lo, hi), with negatives weighted as in `weightNeg`. */
function shareRight(decisions: readonly Decision[], lo: number, hi: number, weightNeg: number): { share: number; n: number } {
  let right = 0;
  let total = 0;
  let n = 0;
  for (const d of decisions) {
    if (!d.pair || d.confidence < lo || d.confidence >= hi) continue;
    const w = d.example.answerable ? 1 : weightNeg;
    total += w;
    n++;
    if (isRight(d)) right += w;
  }
  return { share: total ? right / total : 0, n };
}

const fmt = (x: number): string => x.toFixed(3);
const show = (f: ReturnType<typeof figuresAt>): string =>
  `overall ${fmt(f.overall)} · evidence ${fmt(f.evidence)} · F1 ${fmt(f.f1)} · answered ${fmt(f.answered)} · abstain ${fmt(f.abstain)} (${f.questions} q)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      train: { type: 'string', default: join(ROOT, '..', 'shared', 'train', 'squad-v1.1-train-11') },
      valid: { type: 'string', default: join(ROOT, '..', 'shared', 'train', 'squad-v1.1-dev-3') },
      seed: { type: 'string', default: '11' },
      'min-lead': { type: 'string', default: '0.5' },
      out: { type: 'string', default: join(ROOT, 'src', 'learn', 'weights.generated.ts') },
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
  const progress = new Progress(9);
  const train = examplesOf(values.train, seed, progress, 'train');
  const valid = examplesOf(values.valid, seed + 1, progress, 'validation');
  const validAnswerable = valid.filter((e) => e.answerable);

  progress.step('fitting the reranker');
  const groups = groupsOf(train);
  let rerank = ruleModel;
  let rerankL2 = 0;
  let bestScore = -Infinity;
  const rerankRows: string[] = [];
  const base = figuresAt(decide(validAnswerable, ruleModel), 0);
  rerankRows.push(`  hand-written choice: evidence ${fmt(base.evidence)} · F1 ${fmt(base.f1)}`);
  const oracle = validAnswerable.filter((e) => (e.fixed ? e.fixed.hit : e.pairs.some((p) => p.hit))).length / validAnswerable.length;
  const oracleF1 = validAnswerable.reduce((t, e) => t + (e.fixed ? e.fixed.f1 : Math.max(0, ...e.pairs.map((p) => p.f1))), 0) / validAnswerable.length;
  rerankRows.push(`  best of the ${validAnswerable.filter((e) => !e.fixed).length} questions' pairs (oracle): evidence ${fmt(oracle)} · F1 ${fmt(oracleF1)}; structural answers ${validAnswerable.filter((e) => e.fixed).length}`);
  for (const l2 of [1e-4, 1e-3, 1e-2]) {
    const m = fitSoftmax(groups, FEATURES.length, { l2, iterations: 400, rate: 0.05 });
    const f = figuresAt(decide(validAnswerable, m), 0);
    rerankRows.push(`  l2 ${l2}: evidence ${fmt(f.evidence)} · F1 ${fmt(f.f1)}`);
    if (f.evidence + f.f1 > bestScore) { bestScore = f.evidence + f.f1; rerank = m; rerankL2 = l2; }
  }

  // How far the learned score must lead the hand-written choice to replace it: the best lead on
  // validation from --min-lead up (a tie keeps the rules). Below 0.5 the seed article's golden
  // tests lose plural and dateline questions ("Which nations …?", "Which city …?") that the
  // rules get right: a rule that still wins on our own golden questions stays.
  const minLead = Number(values['min-lead']);
  let override = 99;
  let bestOverride = -Infinity;
  for (const lead of [0, 0.25, 0.5, 1, 2, 99]) {
    const f = figuresAt(decide(validAnswerable, rerank, undefined, lead), 0);
    rerankRows.push(`  replacing the hand-written choice when ahead by ${lead}: evidence ${fmt(f.evidence)} · F1 ${fmt(f.f1)}${lead < minLead ? ' (below --min-lead)' : ''}`);
    if (lead >= minLead && f.evidence + f.f1 > bestOverride + 1e-9) { bestOverride = f.evidence + f.f1; override = lead; }
  }

  progress.step('fitting the confidence model');
  const trainData = confidenceData(decide(train, rerank, undefined, override));
  let confidence: LinearModel | undefined;
  let bestLoss = Infinity;
  let confidenceL2 = 0;
  const validDecisionsOf = (m: LinearModel): Decision[] => decide(valid, rerank, m, override);
  for (const l2 of [1e-4, 1e-3, 1e-2]) {
    const m = fitLogistic(trainData.x, trainData.y, trainData.w, CONFIDENCE_FEATURES.length, { l2, iterations: 600, rate: 0.05 });
    const vd = confidenceData(validDecisionsOf(m));
    const decisions = validDecisionsOf(m).filter((d) => d.z);
    let loss = 0;
    let total = 0;
    decisions.forEach((d, k) => {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, d.confidence));
      loss -= vd.w[k]! * (vd.y[k]! ? Math.log(p) : Math.log(1 - p));
      total += vd.w[k]!;
    });
    if (loss / total < bestLoss) { bestLoss = loss / total; confidence = m; confidenceL2 = l2; }
  }
  const decisions = validDecisionsOf(confidence!);

  progress.step('cross-validating over the training articles');
  // Three articles are too few to set a cut on: each training article is also decided by models
  // fitted on the other ten, and the cut and labels are chosen on those decisions and the
  // validation set's together.
  const articles = [...new Set(train.map((e) => e.item.article))];
  const pooled: Decision[] = [...decisions];
  for (const held of articles) {
    const rest = train.filter((e) => e.item.article !== held);
    const r = fitSoftmax(groupsOf(rest), FEATURES.length, { l2: rerankL2, iterations: 400, rate: 0.05 });
    const d = confidenceData(decide(rest, r, undefined, override));
    const c = fitLogistic(d.x, d.y, d.w, CONFIDENCE_FEATURES.length, { l2: confidenceL2, iterations: 600, rate: 0.05 });
    pooled.push(...decide(train.filter((e) => e.item.article === held), r, c, override));
  }

  progress.step('choosing the abstention cut');
  // The cut maximises right answers on the answerable questions and abstentions on the
  // negatives, weighted 2:1 (the two SQuAD sets together are about two thirds answerable), while
  // answering every validation question the gates alone answer: on these negatives, made by
  // hand, abstaining is easier than on real unanswerable questions (a cut that cost half a point
  // of answered on validation cost more on other articles).
  // The hand-written gates stay on (level 2, see simulate.ts): without them the seed article's
  // unanswerable golden questions are answered; the rows below show what each level costs here.
  let cut = 0;
  const gates: Gates = 2;
  const gatesOnly = figuresAt(validAnswerable.map((e) => decisions.find((d) => d.example === e)!), 0, gates).answered;
  let bestOverall = -Infinity;
  const cutRows: string[] = [];
  for (const g of [0, 1, 2] as const) {
    for (let c = 0.05; c <= 0.8; c += 0.01) {
      const fa = figuresAt(pooled.filter((d) => d.example.answerable), c, g);
      const fn = figuresAt(pooled.filter((d) => !d.example.answerable), c, g);
      const overall = (2 * fa.evidence + fn.abstain) / 3;
      if (Math.round(c * 100) % 10 === 0) cutRows.push(`  gates ${g} cut ${c.toFixed(2)}: evidence ${fmt(fa.evidence)} · F1 ${fmt(fa.f1)} · answered ${fmt(fa.answered)} · negatives abstain ${fmt(fn.abstain)} · objective ${fmt(overall)}`);
      const answeredValid = figuresAt(validAnswerable.map((e) => decisions.find((d) => d.example === e)!), c, g).answered;
      if (g === gates && answeredValid >= gatesOnly && overall > bestOverall) { bestOverall = overall; cut = Number(c.toFixed(2)); }
    }
  }
  // Labels: high where at least 87% of answers are right.
  const answerable = pooled.filter((d) => d.example.answerable && d.pair).length;
  const negatives = pooled.filter((d) => !d.example.answerable && d.pair).length;
  const weightNeg = (answerable / Math.max(1, negatives)) * 0.5;
  let high = 0.95;
  for (let c = 0.95; c >= cut; c -= 0.01) if (shareRight(pooled, c, 2, weightNeg).share >= 0.87) high = Number(c.toFixed(2));
  // Medium from where answers start to be right more often than not (in a band 0.1 wide).
  let medium = high;
  for (let c = cut; c < high; c += 0.01) {
    if (shareRight(pooled, c, c + 0.1, weightNeg).share >= 0.5) { medium = Number(c.toFixed(2)); break; }
  }
  progress.done();

  const valAns = figuresAt(decisions.filter((d) => d.example.answerable), cut, gates);
  const valNeg = figuresAt(decisions.filter((d) => !d.example.answerable), cut, gates);
  const lines = [
    `train: ${train.filter((e) => e.answerable).length} questions + ${train.filter((e) => !e.answerable).length} negatives; validation: ${validAnswerable.length} + ${valid.length - validAnswerable.length}`,
    'reranker (validation, answerable, no abstention):', ...rerankRows,
    `confidence (validation): log-loss ${fmt(bestLoss)}; abstain below ${cut} (gates ${gates}), medium from ${medium}, high from ${high}`,
    ...cutRows,
    `  answerable: ${show(valAns)}`,
    `  negatives:  abstain ${fmt(valNeg.abstain)} (${valNeg.questions})`,
    '  calibration (validation and cross-validated training, negatives weighted to one third), share right per label:',
    ...([['high', high, 2], ['medium', medium, high], ['low', cut, medium]] as const).map(([name, lo, hi]) => {
      const r = shareRight(pooled, lo, hi, weightNeg);
      return `    ${name.padEnd(6)} ${fmt(r.share)} of ${r.n}`;
    }),
    'feature weights (reranker · confidence):',
    ...CONFIDENCE_FEATURES.map((f, i) => `  ${f.padEnd(15)} ${i < FEATURES.length ? rerank.weights[i]!.toFixed(3).padStart(8) : '       –'} ${confidence!.weights[i]!.toFixed(3).padStart(8)}`),
    `  ${'bias'.padEnd(15)} ${'       –'} ${confidence!.bias.toFixed(3).padStart(8)}`,
    `done in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values['dry-run']) return;
  const round = (m: LinearModel): LinearModel => ({ bias: Number(m.bias.toFixed(4)), weights: m.weights.map((w) => Number(w.toFixed(4))) });
  const file = `// Generated by \`npm run train\` (adapters/train/main.ts), seed ${seed}: do not edit by hand.
// Fitted on ../shared/train/squad-v1.1-train-11, chosen on squad-v1.1-dev-3; README "Learned weights".
import type { LearnedWeights } from './learned.js';

export const LEARNED_WEIGHTS: LearnedWeights = ${JSON.stringify({
    features: FEATURES, rerank: round(rerank), confidenceFeatures: CONFIDENCE_FEATURES, confidence: round(confidence!), cuts: { abstain: cut, medium, high }, override,
  }, null, 2)};
`;
  writeFileSync(values.out, file);
  process.stdout.write(`wrote ${values.out}\n`);
}

await runMain('train', main);
