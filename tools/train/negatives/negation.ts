// 4. Negation (9% of SQuAD 2.0's unanswerable questions): inserted where people put it, or taken out.

import type { Random } from '../../bench/random.js';
import type { Item } from '../data.js';
import { PAST, participleOf, pastOf, thirdOf } from './inflection.js';
import { FRAME_NOUNS, negative, wordsIn, type QuestionToken, type Word } from './shared.js';

const WH_SUBJECTS = new Set(['what', 'which', 'who', 'whom', 'whose']);
/** Questions about a time or place ("When did X not …") read as nonsense with a negation. */
const NO_NEGATION_CUES = new Set(['when', 'where', 'why', 'year', 'years', 'date', 'century', 'decade', 'month', 'day', 'time', 'long', 'often', 'old']);
const MODALS: ReadonlyMap<string, string> = new Map([['can', 'cannot'], ['could', 'could not'], ['will', 'will not'], ['would', 'would not'], ['should', 'should not'], ['must', 'must not'], ['may', 'may not'], ['might', 'might not']]);
const CONTRACTED: ReadonlyMap<string, string> = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall']]);
/** Words that may stand in the wh-phrase before the verb ("Which of the three albums", "What percentage of the buildings"). */
const PHRASE_POS = new Set(['DET', 'NOUN', 'ADJ', 'ADP', 'PROPN', 'NUM', 'PART', 'PRON', 'CCONJ', 'ADV']);

/**
 * The do-form that carries a negation for a finite verb ("founded" → "did", "helps" → "does"), or
 * undefined for a form that is not finite ("known" in "what well known secretary declared").
 */
function doFormOf(w: Word): string | undefined {
  if (!/^[a-z]+$/.test(w.lemma) || w.lower.endsWith('ing')) return undefined;
  // "beat", "put", "set": a past that looks like the base; after a wh-phrase or a name it is the past.
  if (w.lower === w.lemma) return PAST.get(w.lemma) === w.lemma ? 'did' : 'do';
  if (w.lower === thirdOf(w.lemma)) return 'does';
  return w.lower === pastOf(w.lemma) ? 'did' : undefined;
}

/** Takes a negation out: "did not join" → "joined" when the wh-word is the subject, else just drops it. */
function removeNegation(q: string, ws: readonly Word[], k: number): string | undefined {
  const w = ws[k]!;
  const prev = ws[k - 1];
  const next = ws[k + 1];
  if (w.start < 0) return undefined;
  let start = w.start;
  let end = w.end;
  let text = '';
  if (w.lower === "n't" || (prev && prev.end === w.start && w.lower === 'not')) {
    // "didn't" / "cannot": the auxiliary keeps its full form.
    if (!prev || prev.start < 0) return undefined;
    start = prev.start;
    text = CONTRACTED.get(prev.lower) ?? prev.text;
  } else {
    // Drop the word and the space before it.
    while (start > 0 && q[start - 1] === ' ') start--;
  }
  // "Who did not join the EU?" → "Who joined the EU?": the do-form only stays where a subject follows it.
  if (prev && prev.lemma === 'do' && prev.pos === 'AUX' && next && next.pos === 'VERB' && next.lower === next.lemma && next.start >= 0) {
    const before = ws.slice(0, k - 1);
    if (before.length > 0 && WH_SUBJECTS.has(before[0]!.lower) && before.every((b) => PHRASE_POS.has(b.pos) || WH_SUBJECTS.has(b.lower))) {
      const form = prev.lower === 'did' ? pastOf(next.lemma) : prev.lower === 'does' ? thirdOf(next.lemma) : next.lemma;
      return q.slice(0, prev.start) + form + q.slice(next.end);
    }
  }
  return q.slice(0, start) + text + q.slice(end);
}

/** The index of the first word after `from` that is a verb (or, failing that, a base form right after a name or pronoun). */
function mainVerbAfter(ws: readonly Word[], from: number): number {
  for (let j = from + 1; j < ws.length; j++) if (ws[j]!.pos === 'VERB' || (ws[j]!.pos === 'AUX' && j > from + 1)) return j;
  // wink tags "release" in "What did Beyoncé release" a noun: after a name or pronoun, a bare lower-case word is the verb.
  for (let j = from + 2; j < ws.length; j++) {
    const w = ws[j]!;
    if ((w.pos === 'NOUN' || w.pos === 'ADJ') && /^[a-z]+$/.test(w.text) && w.lower === w.lemma && ['PROPN', 'PRON'].includes(ws[j - 1]!.pos)) return j;
  }
  return -1;
}

function insertAt(q: string, at: number, word: string): string {
  return `${q.slice(0, at)}${word} ${q.slice(at)}`;
}

/** Where "not" goes before word j: before an adverb that stands in front of it ("is not commonly used"). */
function beforeAdverbs(ws: readonly Word[], j: number, floor: number): number {
  let k = j;
  while (k - 1 > floor && ws[k - 1]!.pos === 'ADV' && ws[k - 1]!.start >= 0 && !['how', 'when', 'where', 'why'].includes(ws[k - 1]!.lower)) k--;
  return ws[k]!.start;
}

/** Whether a verb form is a past participle ("built", "named", "taken"), not a past tense that differs ("gave"). */
function participle(w: Word): boolean {
  return w.lower === participleOf(w.lemma) || (w.lower.endsWith('ed') && !PAST.has(w.lemma)) || /en$/.test(w.lower) && w.lower !== w.lemma;
}

/** Where and how to negate a question that has no negation yet; undefined when no natural spot exists. */
function insertNegation(q: string, ws: readonly Word[], rnd: Random): string | undefined {
  const first = ws[0];
  // Yes/no questions ("Is X not …?") read as another question type; "There are how many …" has no verb to negate.
  if (!first || first.pos === 'AUX' || first.lower === 'there') return undefined;
  if (ws.some((w) => NO_NEGATION_CUES.has(w.lower))) return undefined;
  const how = ws.findIndex((w) => w.lower === 'how');
  if (how >= 0 && !['many', 'much'].includes(ws[how + 1]?.lower ?? '')) return undefined;
  if (!ws.some((w) => WH_SUBJECTS.has(w.lower)) && how < 0) return undefined;
  const i = ws.findIndex((w, k) => k > 0 && (w.pos === 'AUX' || w.pos === 'VERB'));
  if (i < 0 || ws[i]!.start < 0) return undefined;
  const v = ws[i]!;
  // The words before the verb are the wh-phrase (or a plain subject): then it is the subject of the verb.
  const subjectFirst = ws.slice(0, i).every((w) => PHRASE_POS.has(w.pos) || WH_SUBJECTS.has(w.lower) || w.lower === 'how');
  if (v.pos === 'VERB') {
    // A later auxiliary means this verb sits in a relative clause ("Spanish songs Beyonce released were for what?").
    const laterAux = ws.slice(i + 1).some((w) => w.pos === 'AUX' && ['be', 'have'].includes(w.lemma));
    if (!subjectFirst || ws[i + 1]?.text === '-' || laterAux || first.lower === 'there') return undefined;
    const aux = doFormOf(v);
    if (!aux) return undefined;
    const at = beforeAdverbs(ws, i, 0);
    // "Who never founded …" is as natural as "Who did not found …" for a past verb.
    if (aux === 'did' && rnd.chance(0.25)) return insertAt(q, at, 'never');
    return q.slice(0, at) + `${aux} not ` + q.slice(at, v.start) + v.lemma + q.slice(v.end);
  }
  // Between an auxiliary and its verb only a plain subject may stand ("has *she* won"), never a
  // prepositional phrase ("was successful in establishing": that verb is no main verb).
  const plainSubject = (j: number): boolean => j > i + 1 && ws.slice(i + 1, j).every((w) => ['DET', 'PROPN', 'PRON', 'NOUN', 'NUM', 'PART', 'ADJ', 'CCONJ', 'ADV'].includes(w.pos) && w.text !== '-');
  const whBefore = (k: number): boolean => ws.slice(0, k).some((w) => WH_SUBJECTS.has(w.lower) || w.lower === 'how');
  if (v.lemma === 'do') {
    const j = mainVerbAfter(ws, i);
    if (j < 0 || ws[j]!.start < 0 || !plainSubject(j) || ws[j + 1]?.text === '-' || !whBefore(i)) return undefined;
    return insertAt(q, beforeAdverbs(ws, j, i + 1), v.lower === 'did' && rnd.chance(0.2) ? 'never' : 'not');
  }
  const next = ws[i + 1];
  if (!next || next.start < 0) return undefined;
  const modal = MODALS.get(v.lower);
  const afterAux = (): string => (modal ? q.slice(0, v.start) + (/^\p{Lu}/u.test(v.text) ? modal[0]!.toUpperCase() + modal.slice(1) : modal) + q.slice(v.end) : insertAt(q, next.start, 'not'));
  if (subjectFirst) {
    // "What was not built …", "Who has not been elected …", "What is not in front of …"
    if (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADP' || next.pos === 'ADV') return afterAux();
    // "What was the college named after?" → "What was the college not named after?"; only when the
    // participle closes the question (with at most a preposition), else it is a reduced relative
    // ("What is the language spoken in Montana?") and "not" there says something else.
    const j = ws.findIndex((w, k) => k > i + 1 && w.pos === 'VERB');
    const closes = j > 0 && ws.slice(j + 1).every((w) => ['ADP', 'PART', 'PUNCT'].includes(w.pos)) && ws.slice(j + 1).filter((w) => w.pos !== 'PUNCT').length <= 1;
    if (j > 0 && closes && ws[j]!.start >= 0 && plainSubject(j) && participle(ws[j]!) && !ws.slice(i + 1, j).some((w) => FRAME_NOUNS.has(w.lower))) {
      return insertAt(q, beforeAdverbs(ws, j, i + 1), 'not');
    }
    // Plain copula, only after "who"/"which": "Who was the first president of X?" → "Who was not the
    // first president of X?". After "what" the wh-word is the complement ("What color was not the
    // metal", "What was not Apple's revenue"), and a framing noun or a figure makes no question.
    const complement = ws.slice(i + 1, i + 5);
    const opener = ['who', 'which'].includes(first.lower) || (first.lower === 'which' && ws[1]?.pos === 'NOUN');
    if (j < 0 && opener && (next.pos === 'DET' || next.pos === 'ADJ') && complement.some((w) => w.pos === 'NOUN')
      && !complement.some((w) => FRAME_NOUNS.has(w.lower) || w.pos === 'NUM' || w.lower === "'s")) return afterAux();
    return undefined;
  }
  // Subject after the auxiliary: "How many Grammys has she won?" → "… has she not won?"; only in a
  // real inversion, the wh-phrase before the auxiliary ("Beyonce has a line known as what?" has none).
  const j = mainVerbAfter(ws, i);
  if (j < 0 || ws[j]!.start < 0 || !plainSubject(j) || ws[j + 1]?.text === '-' || !whBefore(i)) return undefined;
  return insertAt(q, beforeAdverbs(ws, j, i + 1), 'not');
}

/**
 * Puts a negation where people write one: after a wh-subject's auxiliary ("What was not built …",
 * "Who has not been elected …"), before the main verb after a do-form or a subject ("What did
 * Beyoncé not release …", "How many Grammys has she not won?"), or as "did not" / "never" for a
 * finite verb ("Who did not found …", "Who never founded …"). A question that already holds a
 * negation loses it instead ("Who did not join …" → "Who joined …"). Questions about a time, a
 * place or a reason ("When did X not …") and yes/no questions are left alone: undefined.
 */
export function negate(item: Item, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const k = ws.findIndex((w) => w.lower === 'not' || w.lower === "n't" || w.lower === 'never');
  const question = k >= 0 ? removeNegation(item.question, ws, k) : insertNegation(item.question, ws, rnd);
  return question === undefined ? undefined : negative(item, 'negation', question.replace(/\s{2,}/g, ' '));
}
