import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { TIME_WORDS } from '../nlp/tables.js';
import { reasonClauses } from './reasons.js';
import { ageCandidates, asksAge } from './ages.js';
import { positionCandidates } from './positions.js';

/** A span of a sentence that could answer a typed question (a name, a date, a number, a reason). */
export interface Candidate {
  start: number;
  end: number;
  /** A reason clause's marker strength (reasons.ts). */
  strength?: number;
}

const TIME_ENTITIES = new Set(['DATE', 'TIME', 'DURATION']);
const NUMBER_ENTITIES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY']);
const YEAR = /^(?:c\.?)?(1[0-9]{3}|20[0-9]{2})s?$/;
/** Ordinals that, before "century", make a time ("the 14th century", "nineteenth-century"). */
const ORDINAL = /^(\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)$/;
const YEAR_PREPOSITIONS = new Set(['in', 'by', 'since', 'until', 'till', 'around', 'circa', 'c.', 'from', 'after', 'before']);

/** Token `i` is a year: "1906", "c1600", or three or four figures after "in" with no noun after them ("in 999"). */
function isYear(s: Sentence, i: number): boolean {
  const text = s.tokens[i]!.text;
  // Every year opens with a figure or a "c": most words are out at the first letter.
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && first !== 99) return false;
  return YEAR.test(text) || (/^\d{3,4}$/.test(text) && YEAR_PREPOSITIONS.has(s.tokens[i - 1]?.lower ?? '') && s.tokens[i + 1]?.pos !== 'NOUN');
}

/**
 * Token `i` names a time beyond wink's dates: a year ("1906", "c1600", "in 999" when no noun
 * follows), or a century ("the 14th to 17th centuries").
 */
function isTimeWord(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t) return false;
  if (TIME_ENTITIES.has(t.entity ?? '') || isYear(s, i) || (TIME_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text))) return true;
  if (!t.lower.endsWith('th') && !t.lower.endsWith('st') && !t.lower.endsWith('nd') && !t.lower.endsWith('rd') && !t.lower.startsWith('centur')) return false;
  if (ORDINAL.test(t.lower)) {
    for (let k = i + 1; k < Math.min(s.tokens.length, i + 5); k++) {
      const w = s.tokens[k]!.lower;
      if (w === 'century' || w === 'centuries') return true;
      if (!ORDINAL.test(w) && !['and', 'to', '-', 'or', ','].includes(w)) break;
    }
  }
  const previous = s.tokens[i - 1]?.lower ?? '';
  return (t.lower === 'century' || t.lower === 'centuries') && (ORDINAL.test(previous) || previous === '-');
}

/** Maximal runs of tokens passing `test`. */
function runs(s: Sentence, test: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!test(i)) continue;
    let j = i + 1;
    while (j < s.tokens.length && test(j)) j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** Whether token `i` follows the question's final verb (and a preposition): "warning about Iran". */
export function afterFinalVerb(s: Sentence, i: number, q: Question): boolean {
  // A verb, or a word used as one ("would fuel", tagged as a noun), that ends the question.
  // (A possessive "'s" is tagged PART too, but "Lavrov's refusal" is no verb.)
  const verbal = (k: number): boolean =>
    s.tokens[k]?.pos === 'VERB' || (['AUX', 'PART'].includes(s.tokens[k - 1]?.pos ?? '') && !/^['’]s$/.test(s.tokens[k - 1]!.lower)) || /ing$/.test(s.tokens[k]?.lower ?? '');
  const fits = (k: number): boolean => !!s.tokens[k] && verbal(k) && q.finalWords.has(s.tokens[k]!.lemma);
  return fits(i - 1) || (s.tokens[i - 1]?.pos === 'ADP' && fits(i - 2));
}

/** Units of measure that belong with their figure in an answer. */
const UNITS: ReadonlySet<string> = new Set([
  'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'm', 'foot', 'feet', 'inch', 'yard', 'acre', 'hectare', 'ha',
  'percent', '%', 'pound', 'kilogram', 'kg', 'ton', 'tonne', 'ounce', 'gram', 'litre', 'liter', 'gallon', 'barrel',
  'degree', 'hour', 'minute', 'second', 'day', 'week', 'month', 'year', 'dollar', 'euro', 'cent', 'penny', 'pence',
]);

/** Whether a span only repeats what the question already says. */
function repeatsQuestion(s: Sentence, c: Candidate, q: Question): boolean {
  for (let i = c.start; i < c.end; i++) {
    const t = s.tokens[i]!;
    if (/[\p{L}\p{N}]/u.test(t.text) && !q.lemmas.has(t.lemma) && !q.lemmas.has(t.lower)) return false;
  }
  return true;
}

/**
 * Where a name used as a modifier ends with its head noun: "United Nations inspectors" are the
 * people, not the United Nations; "the Obama administration" acts, not Obama. The noun must be
 * written in lower case, name people or a body, and not be a word of the question.
 */
function withHeadNoun(s: Sentence, end: number, q: Question): number {
  const t = s.tokens[end];
  if (!t || t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text) || q.lemmas.has(t.lemma)) return end;
  return AGENT_NOUN.test(t.lemma) || GROUP_NOUNS.has(t.lemma) ? end + 1 : end;
}

/** Nouns for people by what they do ("inspector", "official", "scientist", "politician"). */
const AGENT_NOUN = /(?:or|er|ist|ian|ant|ent|ial|man|men)$/;
/** Nouns for bodies that act ("the Obama administration", "the Kremlin's forces"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'administration', 'government', 'ministry', 'army', 'force', 'troop', 'police', 'team', 'party', 'committee', 'council',
  'court', 'company', 'delegation', 'authority', 'agency', 'parliament', 'family', 'dynasty', 'regime', 'navy', 'staff',
]);

/** Typed candidates per question and sentence: ranking, reranking and extraction all ask for them. */
const typedCache = new WeakMap<Question, Map<number, readonly Candidate[]>>();

/** The spans of a sentence that fit the question's expected answer type (remembered per question). */
export function typedCandidates(s: Sentence, q: Question): readonly Candidate[] {
  let bySentence = typedCache.get(q);
  if (!bySentence) typedCache.set(q, (bySentence = new Map()));
  let found = bySentence.get(s.id);
  if (!found) bySentence.set(s.id, (found = findTyped(s, q)));
  return found;
}

function findTyped(s: Sentence, q: Question): Candidate[] {
  let found: Candidate[] = [];
  switch (q.type) {
    case 'person':
      // Places can be actors too ("warning about Iran"), but only right after the question's verb.
      found = s.mentions
        .filter((m) => !q.entities.has(m.key) && (m.kind !== 'place' || afterFinalVerb(s, m.start, q)))
        .map((m) => ({ start: m.nameStart, end: withHeadNoun(s, m.end, q) }));
      break;
    case 'place':
      found = s.mentions.filter((m) => m.kind === 'place' && !q.entities.has(m.key)).map((m) => ({ start: m.nameStart, end: m.end }));
      // "met Clinton here": in a datelined story "here" is the dateline city (see build.ts).
      for (const [i, key] of s.corefs) if (s.tokens[i]!.lower === 'here' && !q.entities.has(key)) found.push({ start: i, end: i + 1 });
      break;
    case 'time':
      found = runs(s, (i) => isTimeWord(s, i) || (['and', 'to', '-'].includes(s.tokens[i]!.lower) && i > 0 && isTimeWord(s, i - 1) && isTimeWord(s, i + 1)));
      break;
    case 'number':
      // "How old …?" wants an age, as news writes one ("Arid Uka, 22,", "aged 60"), not any figure.
      if (asksAge(q)) {
        found = ageCandidates(s);
        break;
      }
      // A year is no count ("In 1939 the soldiers took …" does not say how many soldiers).
      found = runs(s, (i) => s.tokens[i]!.entity !== 'ORDINAL' && (NUMBER_ENTITIES.has(s.tokens[i]!.entity ?? '') || s.tokens[i]!.pos === 'NUM') && !isYear(s, i))
        // With its unit: "340 miles", "20 million ounces", "80 percent".
        // (Only a unit the question does not name: "How many households …?" wants the number.)
        .map((c) => (s.tokens[c.end]?.pos === 'NOUN' && UNITS.has(s.tokens[c.end]!.lemma) && !q.lemmas.has(s.tokens[c.end]!.lemma) ? { start: c.start, end: c.end + 1 } : c));
      break;
    case 'reason':
    case 'manner':
      // A why- or how-question's candidates are clauses: "because …", "as the UN warned …", "by clinging …".
      found = reasonClauses(s, q);
      break;
    case 'quote':
      // "What does the US think?": what they are quoted saying, or the predicate they are the subject of.
      found = positionCandidates(s, q);
      break;
    default:
      return [];
  }
  return found.filter((c) => !repeatsQuestion(s, c, q));
}

/** Whether the sentence holds any candidate of the expected type. */
export function hasTypedCandidate(s: Sentence, q: Question): boolean {
  return typedCandidates(s, q).length > 0;
}
