/** Prints the measurement as Markdown-ish text: costs first, then evidence@1 and what decides it. */
import { availableParallelism } from 'node:os';
import type { PreparedArticle, Row } from './evaluate.js';
import { choose, combinationOf, describe, embeddingTop, grid, hitsOf, judgeFigures, lexicalTop, replyHitsOf, share, versus, type Versus } from './figures.js';
import { medianRun, type StartRun } from './startup.js';

/** Everything main.ts measured. */
export interface Measured {
  backend: string;
  loadMs: number;
  firstCallMs: number;
  rssBefore: number;
  rssModel: number;
  rssAfter: number;
  question: { count: number; median: number; p95: number; max: number };
  /** The same calls' CPU time (less sensitive to other work on the machine than wall time). */
  questionCpu: { median: number; p95: number };
  /** 1-minute load average when the measurement started (2 cores). */
  load: number;
  articles: PreparedArticle[];
  sets: { name: string; rows: Row[] }[];
  startup?: { cold: StartRun; warm: StartRun[]; lexical: StartRun[] };
}

const ms = (x: number): string => `${Math.round(x)} ms`;
const f3 = (x: number): string => x.toFixed(3);
const vs = (v: Versus): string => `${f3(v.evidence)} (+${v.gained} −${v.lost}, p ${v.p < 0.001 ? '<0.001' : v.p.toFixed(3)})`;

function costs(m: Measured, out: string[]): void {
  out.push(`## Costs (tfjs backend: ${m.backend}; load average ${m.load.toFixed(2)} on ${availableParallelism()} cores at the start)`, '');
  out.push(`- model load (import + weights): ${ms(m.loadMs)}; first embed call (graph warm-up): ${ms(m.firstCallMs)}`);
  const embedded = m.articles.some((a) => !a.fromCache) ? 'the articles and' : 'every';
  out.push(`- RSS: ${m.rssBefore} MB with the validation articles analysed, before the encoder; ${m.rssModel} MB after loading it (+${m.rssModel - m.rssBefore}); ${m.rssAfter} MB after embedding ${embedded} question (+${m.rssAfter - m.rssBefore})`);
  out.push(`- per question (one embed call, warm): median ${m.question.median.toFixed(1)} ms, p95 ${m.question.p95.toFixed(1)} ms, max ${m.question.max.toFixed(1)} ms over ${m.question.count}; CPU time median ${m.questionCpu.median.toFixed(1)} ms, p95 ${m.questionCpu.p95.toFixed(1)} ms`);
  const sentences = m.articles.reduce((t, a) => t + a.sentences.length, 0);
  const total = m.articles.reduce((t, a) => t + a.embedMs, 0);
  const cached = m.articles.filter((a) => a.fromCache).length;
  out.push(`- article sentences: ${sentences} in ${m.articles.length} articles embedded in ${ms(total)} (${(total / sentences).toFixed(1)} ms a sentence; ${cached ? `${cached} read from the cache, timed when written` : 'timed now'})`);
  for (const a of m.articles) out.push(`  - ${a.name}: ${a.sentences.length} sentences, ${ms(a.embedMs)}`);
  if (m.startup) startupSection(m.startup, out);
}

/** Start to first answer, with and without the encoder. */
export function startupSection(startup: NonNullable<Measured['startup']>, out: string[]): void {
  const lex = medianRun(startup.lexical);
  const warm = medianRun(startup.warm);
  const cold = startup.cold;
  out.push('', `Start to first answer (seed article, one process per run, median of ${startup.warm.length}):`, '');
  out.push(`- word overlap only: ${ms(lex.ms)} (runs ${startup.lexical.map((r) => Math.round(r.ms)).join(', ')})`);
  out.push(`- with the encoder, vectors cached on disk: ${ms(warm.ms)} (runs ${startup.warm.map((r) => Math.round(r.ms)).join(', ')})`);
  out.push(`- with the encoder, empty cache (embeds the article first): ${ms(cold.ms)}`);
  const s = warm.stats.stages;
  const cpu = (runs: readonly StartRun[]): string => runs.map((r) => r.stats.cpuMs).join(', ');
  out.push(`- CPU time to the first answer (ms; less disturbed by other work than wall time): word overlap only ${cpu(startup.lexical)}; cached ${cpu(startup.warm)}; empty cache ${cold.stats.cpuMs}`);
  out.push(`- stages of the median cached run (ms since the process started): modules ${s.modules}, corpus ${s.corpus}, model ${s.model}, vectors ${s.vectors}, question ${s.question}, answer ${s.answer}`);
  out.push(`- RSS of that run: ${warm.stats.rssLexical} MB after the corpus, ${warm.stats.rssAfter} MB after the first answer (+${warm.stats.rssAfter - warm.stats.rssLexical}), peak ${warm.stats.maxRss} MB; word overlap only peaks at ${lex.stats.maxRss} MB (+${warm.stats.maxRss - lex.stats.maxRss} peak to peak)`);
}

function evidence(m: Measured, out: string[]): void {
  const candidates = grid();
  const [a, b] = m.sets as [{ name: string; rows: Row[] }, { name: string; rows: Row[] }];
  const onA = choose(a.rows, candidates);
  const onB = choose(b.rows, candidates);
  out.push('', '## evidence@1 (answerable questions; in brackets: against word overlap, wrong → right, right → wrong, sign test p)', '');
  out.push(`- combination A, chosen on ${a.name}: ${describe(onA.combination)}`);
  out.push(`- combination B, chosen on ${b.name}: ${describe(onB.combination)}`, '');
  out.push('| set | answerable | word overlap (core) | embedding nearest | combination A | combination B |', '| --- | --- | --- | --- | --- | --- |');
  for (const s of m.sets) {
    const base = share(hitsOf(s.rows, lexicalTop));
    const n = s.rows.filter((r) => r.answerable).length;
    out.push(`| ${s.name} | ${n} | ${f3(base)} | ${vs(versus(s.rows, embeddingTop))} | ${vs(versus(s.rows, combinationOf(onA.combination)))} | ${vs(versus(s.rows, combinationOf(onB.combination)))} |`);
  }
  out.push('', "The core's replies: share of answerable questions answered from a passage that holds the evidence (the scorer's evidence@1), and the estimate if the combination's first sentence replaced word overlap's (replies quoting another passage, and abstentions, unchanged):", '');
  out.push('| set | replies now | combination A | combination B | replies quoting word overlap\'s top sentence |', '| --- | --- | --- | --- | --- |');
  for (const s of m.sets) {
    const ans = s.rows.filter((r) => r.answerable);
    const fromTop = ans.filter((r) => r.reply.answered && r.reply.index >= 0 && r.reply.index === lexicalTop(r)).length;
    out.push(`| ${s.name} | ${f3(share(replyHitsOf(s.rows, lexicalTop)))} | ${vs(versus(s.rows, combinationOf(onA.combination), replyHitsOf))} | ${vs(versus(s.rows, combinationOf(onB.combination), replyHitsOf))} | ${fromTop} of ${ans.length} |`);
  }
  out.push('', 'The relative form re-ranking the core\'s top 5, by weight (evidence@1 on each set):', '');
  out.push(`| w | ${m.sets.map((s) => s.name).join(' | ')} |`, `| --- | ${m.sets.map(() => '---').join(' | ')} |`);
  for (const w of [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3]) {
    out.push(`| ${w} | ${m.sets.map((s) => vs(versus(s.rows, combinationOf({ form: 'relative', k: 5, w })))).join(' | ')} |`);
  }
  for (const s of m.sets) {
    const kinds = [...new Set(s.rows.filter((r) => r.answerable).map((r) => r.kind))];
    if (kinds.length < 2) continue;
    out.push('', `Per question kind on ${s.name} (word overlap → embedding / combination A / combination B):`, '');
    for (const k of kinds) {
      const rows = s.rows.filter((r) => r.kind === k);
      const n = rows.filter((r) => r.answerable).length;
      out.push(`- ${k} (${n}): ${f3(share(hitsOf(rows, lexicalTop)))} → ${vs(versus(rows, embeddingTop))} / ${vs(versus(rows, combinationOf(onA.combination)))} / ${vs(versus(rows, combinationOf(onB.combination)))}`);
    }
  }
  out.push('', '## As a judge feature (AUC; 0.5 is chance)', '');
  for (const s of m.sets) {
    const j = judgeFigures(s.rows);
    out.push(`- ${s.name}: word overlap's top passage right (${j.rightTop.n[0]}) vs wrong (${j.rightTop.n[1]}): its cosine ${f3(j.rightTop.cos)}, its core score ${f3(j.rightTop.score)}`);
    if (j.unanswerable) out.push(`- ${s.name}: answerable (${j.unanswerable.n[0]}) vs unanswerable (${j.unanswerable.n[1]}): best cosine ${f3(j.unanswerable.cos)}, core's top score ${f3(j.unanswerable.score)}`);
  }
}

/** Writes the report to stdout. */
export function report(m: Measured): void {
  const out: string[] = ['# Semantic matching: Universal Sentence Encoder lite on validation', ''];
  costs(m, out);
  evidence(m, out);
  process.stdout.write(`${out.join('\n')}\n`);
}
