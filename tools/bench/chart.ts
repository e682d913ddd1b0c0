/**
 * A small hand-made SVG line chart: per-question latency (median solid, p99 dashed) against
 * corpus size, both axes logarithmic, one colour per system. No dependencies.
 */
import type { CorpusResult } from './results.js';
import { SYSTEM_LABELS, SYSTEM_NAMES, type SystemName } from './systems.js';
import { formatMs } from './measure.js';

const W = 680;
const H = 380;
const M = { left: 78, right: 150, top: 40, bottom: 52 };
const COLORS: Record<SystemName, string> = { core: '#c0392b', 'wink-nlp-bm25': '#9467bd', 'wink-bm25': '#1f77b4', minisearch: '#2ca02c' };

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number): string => n.toFixed(1);
/** A decade tick: 0.001 ms … 100 ms, 1 s, 10 s. */
const tick = (v: number): string => (v >= 1000 ? `${Number((v / 1000).toPrecision(1))} s` : `${Number(v.toPrecision(1))} ms`);

/** A log10 scale from [lo, hi] (positive) onto [a, b] in pixels. */
function logScale(lo: number, hi: number, a: number, b: number): (v: number) => number {
  const l0 = Math.log10(lo);
  const l1 = Math.log10(hi);
  return (v) => (l1 === l0 ? (a + b) / 2 : a + ((Math.log10(v) - l0) / (l1 - l0)) * (b - a));
}

/** The chart for the synthetic corpora in `corpora` (the seed article is left out: it has no size). */
export function latencyChart(corpora: readonly CorpusResult[]): string {
  const sized = corpora.filter((c): c is CorpusResult & { spec: number } => typeof c.spec === 'number').sort((a, b) => a.spec - b.spec);
  const values = sized.flatMap((c) => SYSTEM_NAMES.flatMap((s) => [c.runs[s]?.latency.median, c.runs[s]?.latency.p99]))
    .filter((v): v is number => v !== undefined && v > 0 && Number.isFinite(v));
  const sizes = sized.map((c) => c.spec);
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...values, 1)));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...values, 1e-3) * 1.0001));
  const x = logScale(Math.min(...sizes, 1), Math.max(...sizes, 1), M.left + 20, W - M.right - 20);
  const y = logScale(yLo, yHi, H - M.bottom, M.top);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${M.left}" y="22" font-size="14" font-weight="bold">Per-question latency against corpus size</text>`);
  // Grid and axes: one line per decade of latency, one tick per corpus size.
  for (let v = yLo; v <= yHi * 1.0001; v *= 10) {
    parts.push(`<line x1="${M.left}" y1="${fmt(y(v))}" x2="${W - M.right}" y2="${fmt(y(v))}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${M.left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end">${escape(tick(v))}</text>`);
  }
  for (const c of sized) {
    parts.push(`<line x1="${fmt(x(c.spec))}" y1="${H - M.bottom}" x2="${fmt(x(c.spec))}" y2="${H - M.bottom + 5}" stroke="#333"/>`);
    parts.push(`<text x="${fmt(x(c.spec))}" y="${H - M.bottom + 19}" text-anchor="middle">${c.spec.toLocaleString('en-US')}</text>`);
  }
  parts.push(`<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#333"/>`);
  parts.push(`<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#333"/>`);
  parts.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">articles in the corpus (about 1,000 words each, log scale)</text>`);
  parts.push(`<text x="16" y="${(M.top + H - M.bottom) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(M.top + H - M.bottom) / 2})">milliseconds per question (log scale)</text>`);
  // One solid median line and one dashed p99 line per system.
  SYSTEM_NAMES.forEach((s, k) => {
    for (const [stat, dash] of [['median', ''], ['p99', ' stroke-dasharray="5 4"']] as const) {
      const pts = sized.filter((c) => (c.runs[s]?.latency[stat] ?? 0) > 0).map((c) => [x(c.spec), y(c.runs[s]!.latency[stat]), c] as const);
      if (pts.length === 0) continue;
      const width = stat === 'median' ? 2.5 : 1.5;
      parts.push(`<polyline fill="none" stroke="${COLORS[s]}" stroke-width="${width}"${dash} points="${pts.map(([px, py]) => `${fmt(px)},${fmt(py)}`).join(' ')}"/>`);
      for (const [px, py, c] of pts) {
        parts.push(`<circle cx="${fmt(px)}" cy="${fmt(py)}" r="${stat === 'median' ? 3.5 : 2.5}" fill="${COLORS[s]}"><title>${escape(`${SYSTEM_LABELS[s]}, ${c.label}: ${stat} ${formatMs(c.runs[s]!.latency[stat])}`)}</title></circle>`);
      }
    }
    const ly = M.top + 10 + k * 22;
    parts.push(`<line x1="${W - M.right + 14}" y1="${ly}" x2="${W - M.right + 40}" y2="${ly}" stroke="${COLORS[s]}" stroke-width="2.5"/>`);
    parts.push(`<text x="${W - M.right + 46}" y="${ly + 4}">${escape(SYSTEM_LABELS[s])}</text>`);
  });
  const ly = M.top + 10 + SYSTEM_NAMES.length * 22 + 8;
  parts.push(`<line x1="${W - M.right + 14}" y1="${ly}" x2="${W - M.right + 40}" y2="${ly}" stroke="#555" stroke-width="2.5"/>`);
  parts.push(`<text x="${W - M.right + 46}" y="${ly + 4}">median</text>`);
  parts.push(`<line x1="${W - M.right + 14}" y1="${ly + 20}" x2="${W - M.right + 40}" y2="${ly + 20}" stroke="#555" stroke-width="1.5" stroke-dasharray="5 4"/>`);
  parts.push(`<text x="${W - M.right + 46}" y="${ly + 24}">p99</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
