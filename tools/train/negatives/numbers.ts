// 2. Another number (SQuAD 2.0's "impossible condition", 4%), and a year moved.

import type { Corpus } from '../../../src/article/model.js';
import type { Random } from '../../bench/random.js';
import { NUMBER_WORDS } from '../../../src/nlp/tables.js';
import type { Item } from '../data.js';
import { nameRuns } from './name-runs.js';
import { firstHonest, goldSentences, negative, splice, touchesAnswer, wordsIn, type QuestionToken } from './shared.js';

/** The question with a year it names moved by a few years, if it names one. */
export function moveYear(item: Item, rnd: Random): Item | undefined {
  const m = /\b(1[5-9]\d\d|20[0-2]\d)\b/.exec(item.question);
  if (!m) return undefined;
  const year = Number(m[1]) + rnd.pick([-7, -4, -3, 3, 5, 9]);
  return negative(item, 'year', item.question.slice(0, m.index) + String(year) + item.question.slice(m.index + m[1]!.length));
}

interface NumberAt {
  start: number;
  end: number;
  text: string;
  value: number;
  year: boolean;
  word: boolean;
  /** The word after it ("students", "%", "million"), to prefer a figure of the same unit. */
  unit: string;
}

const WORD_OF_NUMBER = new Map([...NUMBER_WORDS].map(([w, v]) => [Number(v), w]));

/** The figures among tokens: digits ("1,500", "3.5") or number words, not ordinals, days of a date or parts of names. */
function numbersOf(tokens: readonly { text: string; lower: string; lemma: string; pos: string; entity?: string; start: number; end: number }[]): NumberAt[] {
  const out: NumberAt[] = [];
  tokens.forEach((t, i) => {
    if (t.start < 0) return;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const digits = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t.text);
    const word = !digits && NUMBER_WORDS.has(t.lower) && t.lower !== 'one' && t.lower !== 'zero';
    if (!digits && !word) return;
    if (t.entity === 'ORDINAL' || t.entity === 'TIME') return;
    // "alpha 1-antitrypsin", "1-0": a figure glued to a hyphen is part of a term or a score.
    if ((next?.text === '-' && next.start === t.end) || (prev?.text === '-' && prev.end === t.start)) return;
    // A figure inside a name ("Windows 7", "Super Bowl 50") or a code is no quantity to change.
    if (prev && prev.start >= 0 && i > 1 && /^\p{Lu}/u.test(prev.text) && prev.pos === 'PROPN') return;
    const value = digits ? Number(t.text.replace(/,/g, '')) : Number(NUMBER_WORDS.get(t.lower));
    // "1500 students" is a count; "2010 perfume", "in 1842" are years.
    const counted = !!next && next.pos === 'NOUN' && next.lower !== next.lemma;
    const year = /^\d{4}$/.test(t.text) && value >= 1000 && value <= 2099 && (t.entity === 'DATE' || !counted);
    // Days of a date ("June 4") read as numbers but changing them makes no new question.
    if (!year && t.entity === 'DATE') return;
    out.push({ start: t.start, end: t.end, text: t.text, value, year, word, unit: next?.lower ?? '' });
  });
  return out;
}

/** `value` written the way `like` was: a number word for a word up to twenty, commas when it had them or is large. */
function writeLike(like: NumberAt, value: number, raw?: NumberAt): string {
  if (like.word && WORD_OF_NUMBER.has(value)) {
    const w = WORD_OF_NUMBER.get(value)!;
    return /^\p{Lu}/u.test(like.text) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  }
  if (raw && !raw.word) return raw.text;
  const decimals = /\.(\d+)$/.exec(like.text)?.[1]?.length ?? 0;
  if (decimals > 0) return value.toFixed(decimals);
  return like.text.includes(',') || value >= 10000 ? value.toLocaleString('en-US') : String(value);
}

/** A plausible value near `v` at the precision it was written with (40 → 60, 1,500 → 3,000, 3 → 5). */
function nearValue(n: NumberAt, rnd: Random): number {
  const v = n.value;
  const decimals = /\.(\d+)$/.exec(n.text)?.[1]?.length ?? 0;
  if (decimals === 0 && v <= 12) return rnd.pick([v - 2, v - 1, v + 1, v + 2, v + 3].filter((x) => x >= 2 && x !== v));
  const step = decimals > 0 ? 10 ** -decimals : 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
  for (const f of rnd.sample([0.5, 1.5, 2, 3, 0.75, 1.25], 6)) {
    const x = Number((Math.round((v * f) / step) * step).toFixed(decimals));
    if (x !== v && x > 0) return x;
  }
  return v + 1;
}

/**
 * Replaces a figure of the question by another the gold paragraph gives (one of the same unit
 * first: "40 percent" → "25 percent"), or, for a count or amount, by a nearby value when the
 * paragraph has none. Years count too, but only swapped for another year of the paragraph:
 * moving a year by a few is what {@link moveYear} does, and the caller adds that one separately.
 * Undefined when the question has no figure that can change.
 */
export function swapNumber(item: Item, corpus: Corpus, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const names = nameRuns(ws, item.question);
  const inQuestion = numbersOf(ws).filter((n) => !names.some((m) => n.start < m.end && m.start < n.end));
  if (inQuestion.length === 0) return undefined;
  const given = new Set(inQuestion.map((n) => n.value));
  const gold = goldSentences(item, corpus);
  const paragraph = gold.flatMap((s) => numbersOf(s.tokens)).filter((n) => !given.has(n.value) && !touchesAnswer(item, n.text));
  const years = inQuestion.filter((n) => n.year);
  const options = inQuestion.flatMap((n) => {
    // "from 1937 to 1966": the new year keeps its side of the question's other years, or the range turns inside out.
    const same = paragraph.filter((p) => p.year === n.year && years.every((y) => y === n || Math.sign(p.value - y.value) === Math.sign(n.value - y.value)));
    if (n.year) return same.length > 0 ? [{ n, best: same, near: false }] : [];
    // A small count written as a word ("two cities") takes another small count, never "52 cities";
    // "88.9 FM" takes a figure with as many decimals; anything else one of the same unit, or of like size.
    const decimals = (x: NumberAt): number => /\.(\d+)$/.exec(x.text)?.[1]?.length ?? 0;
    const fits = same.filter((p) => decimals(p) === decimals(n) && (!n.word || p.value <= 20) && p.value !== 1);
    const unit = fits.filter((p) => p.unit === n.unit && p.unit !== '');
    const scale = fits.filter((p) => p.value >= n.value / 4 && p.value <= n.value * 4);
    const best = unit.length > 0 ? unit : scale;
    return [{ n, best, near: true }];
  });
  if (options.length === 0) return undefined;
  const { n, best, near } = rnd.pick(options);
  // A figure of the paragraph may make the question one the paragraph answers ("in 1841 he wrote …"): checked.
  const fromParagraph = firstHonest(rnd, best, (raw) => {
    const text = writeLike(n, raw.value, raw);
    return { question: splice(item.question, n.start, n.end, text), inserted: raw.text };
  }, gold);
  if (fromParagraph !== undefined) return negative(item, 'number', fromParagraph);
  if (!near) return undefined;
  let value = nearValue(n, rnd);
  if (touchesAnswer(item, String(value)) || paragraph.some((p) => p.value === value)) value = nearValue({ ...n, value: value + 1 }, rnd);
  return negative(item, 'number', splice(item.question, n.start, n.end, writeLike(n, value)));
}
