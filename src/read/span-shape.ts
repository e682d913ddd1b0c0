import type { Sentence } from '../article/model.js';
import { REPORTING_VERBS } from '../nlp/tables.js';
import type { Span } from './spans.js';
import { SPAN_CLASSES, type SpanClass } from './layout.js';
import type { Prepared, SpanContext } from './span-context.js';

/**
 * What a span is: a whole name or figure, part of one, or neither; its shape (name, figure, noun
 * phrase, clause); a list and whether it runs on; how it overlaps another span.
 */

const CLASS = new Map<string, number>(SPAN_CLASSES.map((c, i) => [c, i]));
export const classIndex = (c: SpanClass): number => CLASS.get(c)!;
const ENTITY_CLASS: Readonly<Record<string, SpanClass>> = {
  DATE: 'date', TIME: 'time', DURATION: 'time', CARDINAL: 'cardinal', MONEY: 'money', PERCENT: 'percent', ORDINAL: 'ordinal',
};
const YEAR = /^(1[0-9]{3}|20[0-9]{2})s?$/;

/** A span's shape (index into SHAPES): a name, a figure or date, a common-noun phrase, a clause, or other. */
export function shapeOf(s: Sentence, a: number, b: number, cls: SpanClass): number {
  if (['person', 'place', 'otherName', 'inPerson', 'inPlace', 'inOtherName'].includes(cls)) return 0;
  if (cls !== 'none') return 1;
  let noun = false;
  for (let i = a; i < b; i++) {
    const t = s.tokens[i]!;
    if (t.pos === 'VERB') return 3;
    if (t.pos === 'NOUN') noun = true;
  }
  return noun ? 2 : 4;
}


/** Token-overlap F1 of two spans. */
export function overlap(a: Span, b: Span): number {
  const same = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (same <= 0) return 0;
  const p = same / (a.end - a.start);
  const r = same / (b.end - b.start);
  return (2 * p * r) / (p + r);
}

/** Whether a span is a name or a figure, whole or in part (a leading "the" aside). */
export function spanClass(c: SpanContext, p: Prepared, sp: Span): SpanClass {
  const { s } = c;
  let a = sp.start;
  while (a < sp.end - 1 && s.tokens[a]!.pos === 'DET') a++;
  const b = sp.end;
  // "he", "here": a word the article resolves to a name is typed as that name ("here" = Moscow).
  const referent = b - a === 1 ? s.corefs.get(a) : undefined;
  const kindOfReferent = referent ? c.kindOf(referent) : undefined;
  if (kindOfReferent) return kindOfReferent === 'person' ? 'person' : kindOfReferent === 'place' ? 'place' : 'otherName';
  const mk = p.mentionAt[a]!;
  if (mk >= 0) {
    const m = s.mentions[mk]!;
    const kind = m.kind === 'person' ? 'person' : m.kind === 'place' ? 'place' : 'otherName';
    if ((a === m.start || a === m.nameStart) && b === m.end) return kind;
    if (b <= m.end) return kind === 'person' ? 'inPerson' : kind === 'place' ? 'inPlace' : 'inOtherName';
  }
  if (b - a === 1 && YEAR.test(s.tokens[a]!.text)) return 'year';
  const e = s.tokens[a]!.entity;
  if (e) {
    let whole = true;
    for (let i = a; i < b; i++) if (s.tokens[i]!.entity !== e && s.tokens[i]!.pos !== 'PUNCT') whole = false;
    const cls = ENTITY_CLASS[e];
    if (whole && cls && s.tokens[b]?.entity !== e && s.tokens[a - 1]?.entity !== e) return cls;
    if (whole && cls) return cls === 'date' || cls === 'time' ? 'inDate' : 'inNumber';
  }
  return 'none';
}

const SEPARATORS = new Set([',', 'and', 'or', ';']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);

/** How many members [a, b) lists ("Britain, France and China": 3), 1 when it is no list. */
export function listMembers(s: Sentence, a: number, b: number): number {
  let members = 0;
  let nominal = false;
  let open = false;
  for (let i = a; i < b; i++) {
    const t = s.tokens[i]!;
    if (SEPARATORS.has(t.lower)) {
      if (open) { if (!nominal) return 1; members++; }
      open = false;
      nominal = false;
      continue;
    }
    open = true;
    if (NOMINAL.has(t.pos)) nominal = true;
  }
  if (open) { if (!nominal) return 1; members++; }
  return Math.max(1, members);
}

/** Whether a list could run on past [a, b): a separator and another noun right after it or right before it. */
export function listGoesOn(s: Sentence, a: number, b: number): boolean {
  const at = (i: number): string => s.tokens[i]?.pos ?? '';
  const after = SEPARATORS.has(s.tokens[b]?.lower ?? '') && (NOMINAL.has(at(b + 1)) || at(b + 1) === 'DET' || (s.tokens[b + 1]?.lower === 'and' && NOMINAL.has(at(b + 2))));
  const before = SEPARATORS.has(s.tokens[a - 1]?.lower ?? '') && NOMINAL.has(at(a - 2));
  return after || before;
}

/** Reporting verbs a speaker stands right before ("a senior official traveling with her said"). */
export function beforeReport(s: Sentence, b: number): boolean {
  let i = b;
  while (i < s.tokens.length && (s.tokens[i]!.pos === 'PUNCT' || s.tokens[i]!.pos === 'ADV' || s.tokens[i]!.pos === 'AUX')) i++;
  return REPORTING_VERBS.has(s.tokens[i]?.lemma ?? '');
}

