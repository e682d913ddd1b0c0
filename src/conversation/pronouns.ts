/**
 * Pronouns and "that deal"-style references in a follow-up, resolved against earlier turns:
 * "What did he say?" after "Who is Russia's foreign minister?" → "What did Sergey V. Lavrov say?".
 * Only references with a clear antecedent are rewritten; everything else is left as typed, so a
 * question that changes subject keeps its own words.
 */
import type { Answer, NameInfo } from '../types.js';
import { isPhrase } from './clause.js';
import { group, thingFirst } from './groups.js';
import { clip, findName, joinNames, possessive } from './surface.js';
import { shortAnswer } from './short.js';
import { personFit, personIn } from './someone.js';

/** What a follow-up needs to know about an earlier turn. */
export interface PriorTurn {
  /** The question as typed, when known: tells a bare "why?" turn from one asked in full. */
  question?: string;
  /** The standalone question the core answered. */
  resolved: string;
  answer: Answer;
}

/** `QaCore.names`: the article's people and places named in a text. */
export type NamesOf = (text: string) => NameInfo[];

type Want = 'm' | 'f' | 'thing' | 'group' | 'place' | 'that' | 'np';

interface Reference {
  start: number;
  end: number;
  /** As typed ("he", "that deal"). */
  text: string;
  want: Want;
  possessive: boolean;
  /** For "that deal": the noun. */
  noun?: string;
  /** For "there": go/travel verbs read it as "to X", others as "in X". */
  motion?: boolean;
  /** For a bare "that": it follows a verb that takes a clause ("who said that"). */
  takesClause?: boolean;
}

/** Words after which "her" is an object ("told her about"), not a possessive ("her trip"). */
const AFTER_OBJECT = new Set('about to on in at with for from that after before during when why if while as by than and or but then'.split(' '));
const PREPOSITION_AFTER_THERE = AFTER_OBJECT;
const MOTION = /\b(?:go|goes|went|gone|going|travel(?:l?ed|s)?|fly|flew|flown|come|came|return(?:ed|s)?|head(?:ed|s)?|send|sent|move[ds]?|arrive[ds]?)\s+there\b/i;
/** Nouns that "that/this/those …" picks up as a reference to what was just discussed. */
const NOUNS = new Set(
  ('deal agreement plan meeting talks trip visit decision statement comment remark proposal move position site city country place ' +
    'conference program programme system shield sanction threat warning offer step process refusal report announcement request idea ' +
    'view policy concession gesture shift claim speech interview resistance support negotiation summit mission project reactor ' +
    'facility stockpile uranium news result solution stance').split(' '),
);
const PLACE_NOUNS = new Set(['site', 'city', 'country', 'place', 'capital', 'town']);
/**
 * "It" that points at nothing: "is it true that", "find it hard to", "it seems that". After "it"
 * a verb of its own ("does it want to …") keeps it a reference, so only an adjective may stand
 * between it and the "that"/"to".
 */
const EXPLETIVE_IT = /^\s+(?:(?:is|was|'s|seems|seemed|appears|appeared)\s+(?:\w+\s+)?|(?:true|false|hard|easy|difficult|possible|impossible|likely|unlikely|clear|important|necessary|worth|right|wrong|fair|strange|odd)\s+)?(?:that|to|whether)\b/i;
/** Verbs whose object can be what was said: "Who said that?" → "Who said <the answer>?". */
const CLAUSE_VERB_BEFORE = /\b(?:say|says|said|tell|tells|told|mean|means|meant|believe[sd]?|think|thinks|thought|claim(?:s|ed)?|argue[sd]?|announce[sd]?|hear|heard|know|knew|explain(?:s|ed)?|report(?:s|ed)?|deny|denied|denies)\s+$/i;
/** "do it", "did it", "doing it" ending the question: "it" is the act talked about ("when did it vanish" is not). */
const DO_BEFORE = /\b(?:do|does|did|doing|done)\s+$/i;
const BARE_THAT_VERBS = /^\s+(?:happen|happened|mean|means|meant|matter|matters|change|changed)\b/i;

const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

const singular = (w: string) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** Finds the references in a question, left to right. */
export function findReferences(question: string): Reference[] {
  const refs: Reference[] = [];
  for (const m of question.matchAll(/\b(he|him|his|she|her|hers|it|its|they|them|their|there|that|this|these|those)\b/gi)) {
    const word = m[1]!.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const after = question.slice(end);
    const next = /^\s+([A-Za-z']+)/.exec(after)?.[1]?.toLowerCase();
    const last = /^\s*[?.!]*\s*$/.test(after);
    const ref = (want: Want, possessive = false, extra: Partial<Reference> = {}): void => {
      refs.push({ start, end, text: m[0], want, possessive, ...extra });
    };
    if (word === 'he' || word === 'him') ref('m');
    else if (word === 'his') ref('m', true);
    else if (word === 'she' || word === 'hers') ref('f');
    else if (word === 'her') ref('f', !last && !!next && !AFTER_OBJECT.has(next));
    // "Why did he do it?": the act, not a thing to name ("do Kosovan"); left as typed.
    else if (word === 'it' && !EXPLETIVE_IT.test(after) && !(last && DO_BEFORE.test(question.slice(0, start)))) ref('thing');
    else if (word === 'its') ref('thing', true);
    else if (word === 'they' || word === 'them') ref('group');
    else if (word === 'their') ref('group', true);
    else if (word === 'there' && (last || (next !== undefined && PREPOSITION_AFTER_THERE.has(next)))) {
      ref('place', false, { motion: MOTION.test(question.slice(0, end)) });
    } else if (['that', 'this', 'these', 'those'].includes(word)) {
      const noun = /^\s+([a-z]+)\b/.exec(after)?.[1];
      if (noun && (NOUNS.has(noun) || NOUNS.has(singular(noun)))) {
        refs.push({ start, end: end + after.indexOf(noun) + noun.length, text: `${m[0]}${after.slice(0, after.indexOf(noun) + noun.length)}`, want: 'np', possessive: false, noun });
      } else if ((word === 'that' || word === 'this') && (last || BARE_THAT_VERBS.test(after))) {
        ref('that', false, { takesClause: CLAUSE_VERB_BEFORE.test(question.slice(0, start)) });
      }
    }
  }
  return refs;
}

/** A turn's names, most salient first: the answer's first when the question asked for an entity. */
export function salientNames(turn: PriorTurn, names: NamesOf, wantsPlace = true): NameInfo[] {
  const inQuestion = names(turn.resolved);
  const inAnswer = turn.answer.answered ? names(shortAnswer(turn.answer)) : [];
  // After "Where is Qum?" (→ Iran), "there" is Iran but "it" is still Qum.
  const answerFirst = (wantsPlace ? /^\s*(?:who|whom|which|where)\b/i : /^\s*(?:who|whom|which)\b/i).test(turn.resolved);
  const out: NameInfo[] = [];
  for (const n of answerFirst ? [...inAnswer, ...inQuestion] : [...inQuestion, ...inAnswer]) {
    if (!out.some((o) => o.name === n.name)) out.push(n);
  }
  return out;
}

/** Whether a name can be what a reference points at ("he"/"she": see `personFit`). */
function fits(want: Want, n: NameInfo): boolean {
  if (want === 'm' || want === 'f') return personFit(want, n) !== undefined;
  if (want === 'place') return n.kind === 'place';
  // A day or a month is when something happened, not what "it" is.
  return n.kind !== 'person' && n.gender === undefined && !CALENDAR.test(n.name);
}

/** The antecedent of a name-like reference in one turn's names (`last`: the previous turn), or undefined. */
function pick(want: Want, turn: PriorTurn, candidates: readonly NameInfo[], namesOf: NamesOf, last: boolean): string | undefined {
  // "They" is only ever the previous turn's group: an older one is too far to be meant.
  if (want === 'group') return last ? group(turn, namesOf) : undefined;
  if (want !== 'm' && want !== 'f') return candidates.find((n) => fits(want, n))?.name;
  return personIn(want, turn, candidates, namesOf, last);
}

/** What "that deal" means after `turn`: a place for "that city", else the phrase it was said in. */
function describe(ref: Reference, turn: PriorTurn, candidates: readonly NameInfo[]): string | undefined {
  const noun = ref.noun!;
  if (PLACE_NOUNS.has(singular(noun))) return candidates.find((n) => n.kind === 'place')?.name;
  // "the talks in Geneva": the noun with its place or name, where the last turn used it.
  const phrase = new RegExp(`\\b${singular(noun)}s?\\s+(?:in|with|on|of|from|to|at|for|between)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*`, 'iu');
  for (const text of [turn.resolved, turn.answer.passage]) {
    const found = phrase.exec(text)?.[0];
    if (found) return `the ${found}`;
  }
  const answer = turn.answer.answered ? shortAnswer(turn.answer).trim() : '';
  if (answer && answer.split(/\s+/).length <= 12 && singular(answer.toLowerCase()) !== singular(noun)) return `the ${noun} (${answer})`;
  const context = candidates.filter((n) => n.kind !== 'person');
  return context.length > 0 ? `the ${noun} (${joinNames(context.map((n) => n.name))})` : undefined;
}

/** Whether a name earlier in the same question can be what the reference points at. */
function bindsWithin(want: Want, n: NameInfo): boolean {
  if (want === 'np' || want === 'that') return false;
  if (want === 'group') return true;
  return fits(want, n);
}

/** The replacement for one reference, looking back through `history` (newest last). */
function resolveOne(ref: Reference, history: readonly PriorTurn[], namesOf: NamesOf): { text: string; note: string } | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    // An unanswered turn has no answer to point at ("that", "that deal"); the names its question
    // gave are common ground only right after it ("was uka part of a group?" unanswered: "he" is
    // still Uka), not from behind an answered turn.
    if (!turn.answer.answered) {
      if (ref.want === 'that') return undefined;
      if (ref.want === 'np' || i !== history.length - 1) continue;
    }
    const candidates = salientNames(turn, namesOf, ref.want === 'place');
    if (ref.want === 'that') {
      // A bare "that" means what was just said: only the last turn, and only an answer.
      if (i !== history.length - 1 || !turn.answer.answered) return undefined;
      // Only where the answer reads in that place: "said that" takes a clause, "do that" no phrase.
      if (!isPhrase(shortAnswer(turn.answer), 12, turn.answer.passage) && !ref.takesClause) return undefined;
      return { text: shortAnswer(turn.answer).trim(), note: `"${clip(shortAnswer(turn.answer), 60)}"` };
    }
    if (ref.want === 'np') {
      const described = describe(ref, turn, candidates);
      if (described) return { text: described, note: described };
      continue;
    }
    // "When was the bridge built?" names nothing, but "it" is the bridge.
    const name = (ref.want === 'thing' ? thingFirst(turn, namesOf) : undefined) ?? pick(ref.want, turn, candidates, namesOf, i === history.length - 1);
    if (!name) continue;
    if (ref.want === 'place') return { text: `${ref.motion ? 'to' : 'in'} ${name}`, note: name };
    return { text: ref.possessive ? possessive(name) : name, note: name };
  }
  return undefined;
}

/**
 * Rewrites the references in `question` that earlier turns explain, and says how it read them
 * (`"he" as Sergey V. Lavrov`). A reference is left alone when the question itself names a fitting
 * antecedent before it ("Did Medvedev say he …"): then it is not about the earlier turns.
 */
export function resolveReferences(question: string, history: readonly PriorTurn[], namesOf: NamesOf): { question: string; notes: string[] } {
  if (history.length === 0) return { question, notes: [] };
  const own = namesOf(question)
    .map((n) => ({ n, at: findName(question, n.name)?.start ?? -1 }))
    .filter((x) => x.at >= 0);
  let out = '';
  let from = 0;
  const notes: string[] = [];
  for (const ref of findReferences(question)) {
    if (own.some((x) => x.at < ref.start && bindsWithin(ref.want, x.n))) continue;
    const resolved = resolveOne(ref, history, namesOf);
    if (!resolved) continue;
    const cap = ref.start === 0 || /[.?!]\s*$/.test(question.slice(0, ref.start));
    const text = cap ? resolved.text.charAt(0).toUpperCase() + resolved.text.slice(1) : resolved.text;
    out += question.slice(from, ref.start) + text;
    from = ref.end;
    notes.push(`"${ref.text}" as ${resolved.note}`);
  }
  return { question: out + question.slice(from), notes };
}
