// 3. Antonym (20% of SQuAD 2.0's unanswerable questions).

import type { Random } from '../../bench/random.js';
import { antonyms, wordClasses, wordPos } from '../../../src/nlp/wordnet.js';
import { OPPOSITES } from '../../../src/nlp/tables.js';
import type { Item } from '../data.js';
import { GRADED, gradeOf, ingOf, participleOf, pastOf, pluralOf, thirdOf } from './inflection.js';
import { negative, splice, wordsIn, type QuestionToken, type Word } from './shared.js';

/**
 * Words whose antonyms make no question a person would write: light verbs ("make" → "unmake",
 * "give" → "take"), "how many" / "how much" ("how few"), and words whose WordNet antonym is of a
 * rare sense ("well" → "ill").
 */
const NO_ANTONYM = new Set(['be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'say', 'tell', 'let', 'much', 'well', 'other', 'only',
  'own', 'such', 'second', 'least', 'less', 'fewer', 'receive', 'leave', 'know', 'enjoy', 'stay', 'set', 'single', 'due', 'married', 'pregnant',
  'believe', 'great', 'greater', 'greatest', 'hold', 'keep', 'find', 'like', 'see', 'show', 'right', 'left', 'leading', 'suffer', 'focus', 'musical',
  'gross', 'run', 'communicate', 'individual', 'act', 'record', 'responsible', 'original', 'work']);
/** Noun pairs of the opposites table that swap cleanly ("victory" → "defeat"); the rest sit in fixed phrases ("bring to a close", "what end"). */
const NOUN_OPPOSITES = new Set(['victory', 'defeat', 'war', 'peace', 'day', 'night', 'summer', 'winter', 'birth', 'death', 'success', 'failure', 'north', 'south', 'east', 'west', 'import', 'export', 'maximum', 'minimum']);
/** WordNet antonyms of rare senses ("old" → "worn", "early" → "middle", "lose" → "profit"). */
const ODD_ANTONYMS = new Set(['worn', 'middle', 'second', 'profit', 'unmake', 'individual', 'ill', 'evil', 'disallow', 'keep', 'find', 'other', 'take', 'ignore', 'suffer', 'change', 'rise', 'arrive', 'let']);
/** Particles that make a phrasal verb ("ended up", "set off"): the antonym of the verb alone breaks it. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'away', 'over', 'back', 'on', 'into']);
/** Prepositions whose opposite makes a new question ("before the war" → "after the war"). */
const OPPOSED_PREPOSITIONS = new Set(['before', 'after', 'above', 'below', 'inside', 'outside']);

/** A WordNet antonym that is only the word with a negative prefix: rare coinages ("nonpregnant", "derestrict", "disbelieve"). */
function coined(antonym: string, lemma: string, pos: string): boolean {
  const prefixes = pos === 'ADJ' ? ['non', 'de'] : ['non', 'de', 'dis', 'un', 'in', 'im'];
  return prefixes.some((p) => antonym === p + lemma || lemma === p + antonym);
}

/** The opposites of a question word: the project's table first (it knows the inflected pairs), then WordNet. */
function oppositesOf(w: Word): { word: string; inflected: boolean }[] {
  const out: { word: string; inflected: boolean }[] = [];
  // The table mixes parts of speech ("gain" / "loss"): its opposite must be a word of the same kind.
  const sameKind = (o: string): boolean => w.pos === 'VERB' ? wordClasses(o, 'verb').length > 0 : w.pos === 'NOUN' ? NOUN_OPPOSITES.has(o) && NOUN_OPPOSITES.has(w.lemma) : true;
  for (const o of OPPOSITES.get(w.lower) ?? []) if (sameKind(o)) out.push({ word: o, inflected: true });
  if (w.lower !== w.lemma) for (const o of OPPOSITES.get(w.lemma) ?? []) if (sameKind(o)) out.push({ word: o, inflected: false });
  // WordNet only for the open classes the brief names; nouns and prepositions only through the table.
  const pos = ['ADJ', 'ADV', 'VERB'].includes(w.pos) ? wordPos(w.pos) : undefined;
  if (pos) for (const o of antonyms(w.lemma, pos)) if (!coined(o, w.lemma, w.pos)) out.push({ word: o, inflected: w.lower === w.lemma });
  return out.filter((o) => /^[a-z]+$/.test(o.word) && !ODD_ANTONYMS.has(o.word));
}

/**
 * Replaces an adjective, adverb or verb of the question (or a noun or preposition the opposites
 * table pairs: "before" → "after", "north" → "south") by its antonym, inflected like the original
 * ("largest" → "smallest", "won" → "lost", "increases" → "decreases"). Skips words inside names,
 * hyphenated compounds ("best-selling") and questions that already hold the antonym. Undefined
 * when no word of the question has a usable antonym.
 */
export function antonymSwap(item: Item, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const present = new Set(ws.flatMap((w) => [w.lower, w.lemma]));
  const options: { w: Word; to: string }[] = [];
  ws.forEach((w, i) => {
    if (w.start < 0 || !/^[a-z]+$/.test(w.text) && !(i === 0 && /^[A-Z][a-z]+$/.test(w.text))) return;
    if (NO_ANTONYM.has(w.lemma) || NO_ANTONYM.has(w.lower)) return;
    if (!['ADJ', 'ADV', 'VERB', 'NOUN', 'ADP'].includes(w.pos)) return;
    // A "verb" right after a determiner or a possessive is a noun wink mistagged ("Chopin's works").
    if (w.pos === 'VERB' && ['DET', 'PART'].includes(ws[i - 1]?.pos ?? '')) return;
    // "started calling", "began to rise": the opposite verb ("ended calling") takes no such complement.
    if (w.pos === 'VERB' && (ws[i + 1]?.lower === 'to' || (ws[i + 1]?.pos === 'VERB' && ws[i + 1]!.lower.endsWith('ing')))) return;
    // "How old", "How deep": a measure question with the antonym asks the same measure oddly.
    if (ws[i - 1]?.lower === 'how') return;
    // "Most iPods", "Many of what": a quantifier, not a degree.
    if (['most', 'many', 'more'].includes(w.lower) && (ws[i + 1]?.pos === 'NOUN' || ws[i + 1]?.lower === 'of')) return;
    // "best-selling", "well-known": an antonym of half a compound reads wrong; so does half a phrasal verb ("ended up", "far away").
    if (ws[i + 1]?.text === '-' || ws[i - 1]?.text === '-' || PARTICLES.has(ws[i + 1]?.lower ?? '')) return;
    // "before the war" → "after the war", but not "modeled after Bach" or "goes after the membrane".
    if (w.pos === 'ADP' && (!OPPOSED_PREPOSITIONS.has(w.lower) || ['VERB', 'AUX'].includes(ws[i - 1]?.pos ?? ''))) return;
    for (const o of oppositesOf(w)) {
      if (present.has(o.word)) return;
      const to = o.inflected ? o.word : inflectLike(w, ws, i, o.word);
      if (!to || present.has(to) || to === w.lower) continue;
      options.push({ w, to });
      return;
    }
  });
  if (options.length === 0) return undefined;
  const { w, to } = rnd.pick(options);
  return negative(item, 'antonym', splice(item.question, w.start, w.end, to));
}

/** Whether the words just before index i hold a form of "be" or "have" (then a past form there is a participle). */
function afterBeOrHave(ws: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (ws[k]!.pos === 'AUX' && (ws[k]!.lemma === 'be' || ws[k]!.lemma === 'have')) return true;
    if (ws[k]!.pos === 'PUNCT') break;
  }
  return false;
}

/**
 * `base` put in the form `w` has (its text against its lemma): the same suffix on another word.
 * Undefined when the form cannot be told cheaply.
 */
function inflectLike(w: Word, ws: readonly Word[], i: number, base: string): string | undefined {
  const { lower, lemma } = w;
  if (lower === lemma) return base;
  if (w.pos === 'ADJ' || w.pos === 'ADV') {
    const graded = GRADED.get(lemma);
    const degree = graded ? graded.indexOf(lower) : lower.endsWith('est') ? 1 : lower.endsWith('er') ? 0 : -1;
    return degree < 0 ? undefined : gradeOf(base, degree as 0 | 1);
  }
  if (w.pos === 'NOUN') return lower === pluralOf(lemma) || lower.endsWith('s') ? pluralOf(base) : undefined;
  if (w.pos !== 'VERB') return undefined;
  if (lower === thirdOf(lemma)) return thirdOf(base);
  if (lower === ingOf(lemma) || lower.endsWith('ing')) return ingOf(base);
  if (lower === pastOf(lemma) || lower === participleOf(lemma) || lower.endsWith('ed')) {
    return afterBeOrHave(ws, i) ? participleOf(base) : pastOf(base);
  }
  return undefined;
}
