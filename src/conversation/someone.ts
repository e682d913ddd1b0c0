/**
 * Who "he" and "she" can be. The article model marks a name as a person from weak signs too (a
 * short form "Marlow" linked to "Coral World Marlow" makes that a person), and leaves many people
 * untyped ("Sutopo said …"). A pronoun must never become a place or an organisation, so the
 * name's own shape is weighed as well: a name made with "World" or "Council" is no one's. An
 * untyped name that reads as a person's stands for someone only as the answer to a who-question;
 * otherwise "he"/"she" take only names the article knows as people, or the pronoun stays.
 */
import type { NameInfo } from '../types.js';
import { isEnglishWord } from '../nlp/wink.js';
import { wordClasses } from '../nlp/wordnet.js';
import { DEMONYMS, PLACE_WORDS } from '../nlp/tables.js';
import type { NamesOf, PriorTurn } from './pronouns.js';
import { shortAnswer } from './short.js';
import { findName } from './surface.js';

/**
 * Words that make organisations' and places' names beyond WordNet's group and location nouns
 * ("Council", "University", "Center"): people's surnames are often nouns too ("Price", "Wood",
 * "Bell"), so only these kinds count.
 */
const INSTITUTION_WORDS = new Set(
  'world hospital museum airline airlines airport station news times telegraph centre bank force forces foundation inc ltd plc co corp pte'.split(' '),
);

/** A word that names an institution or a place, as a word of a name ("World", "Council"). */
function institutionWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (PLACE_WORDS.has(lower) || DEMONYMS.has(lower) || INSTITUTION_WORDS.has(lower)) return true;
  return [lower, lower.replace(/s$/, '')].some((w) => wordClasses(w, 'noun').some((c) => c === 'group' || c === 'location'));
}

/** "IAA", "UWS": capitals only, as organisations are abbreviated (initials "V." aside). */
const ACRONYM = /^[\p{Lu}\d&-]{2,}$/u;

/**
 * Whether a name reads as an organisation's or a place's rather than a person's: an acronym, or
 * a word after the first that names institutions or places (a first word may be a given name
 * that is a noun too: "Hope Hicks").
 */
export function looksLikeOrganisation(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w && !/^\p{Lu}\.$/u.test(w));
  if (words.some((w) => ACRONYM.test(w))) return true;
  return words.slice(1).some((w) => !/^(?:of|de|van|von|al|bin|the)$/i.test(w) && institutionWord(w));
}

/** Lower-case words inside people's names ("Ludwig van Beethoven", "Osama bin Laden"). */
const PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el']);

/**
 * Whether a name the article does not type may still be someone's: not an organisation's shape,
 * no lower-case word but a particle ("Russia in Global Affairs" is no one), not ending in an
 * ordinary noun ("Global Affairs"), and, for a single word, one the English lexicon does not
 * know ("Sutopo", not "Singapore").
 */
export function readsAsPersonName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || looksLikeOrganisation(name)) return false;
  if (words.length === 1) return !isEnglishWord(words[0]!);
  if (words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return wordClasses(last, 'noun').length === 0 && wordClasses(last.replace(/s$/, ''), 'noun').length === 0;
}

/**
 * Whether "he" (`m`) or "she" (`f`) can point at `n`, in three strengths: 'gender' when the
 * article gives the name that gender, 'person' for a person of unknown gender whose name reads
 * as a person's, 'name' for an untyped name that merely could be someone's. Undefined for places,
 * organisations and people of the other gender.
 */
export function personFit(want: 'm' | 'f', n: NameInfo): 'gender' | 'person' | 'name' | undefined {
  // A gender the article gives ("she said") marks someone, even a name not typed as a person.
  if (n.gender !== undefined) return n.gender === want ? 'gender' : undefined;
  if (n.kind === 'place' || looksLikeOrganisation(n.name)) return undefined;
  if (n.kind === 'person') return 'person';
  return readsAsPersonName(n.name) ? 'name' : undefined;
}

/**
 * The first name in `names` that "he"/"she" fits, a gender the article gives first: only someone
 * the article knows as a person, never a name that merely could be someone's.
 */
export function bestPerson(want: 'm' | 'f', names: readonly NameInfo[]): NameInfo | undefined {
  return names.find((n) => personFit(want, n) === 'gender') ?? names.find((n) => personFit(want, n) === 'person');
}

/**
 * Who "he"/"she" is in one turn: the person a who-question was answered with, else the first
 * name there that the article knows as a person (a gender it gives first).
 */
function pickPerson(want: 'm' | 'f', turn: PriorTurn, candidates: readonly NameInfo[], namesOf: NamesOf): string | undefined {
  // "Who was the pilot?" → Heeb: the answer to a who-question is someone, whatever the article
  // says of the name, unless it is a place, an organisation or known to be of the other gender.
  // Only when the answer is the name ("Edward William Kyle Heeb", not "editor of the journal X"),
  // and not one the question itself gave: "who died at underwater world?" is not answered by
  // "Underwater World Singapore".
  if (turn.answer.answered && /^\s*who\b/i.test(turn.resolved)) {
    const short = shortAnswer(turn.answer);
    const answered = namesOf(short).find((n) => n.kind !== 'place');
    const opens = answered ? findName(short, answered.name)?.start === 0 : false;
    if (answered && opens && !findName(turn.resolved, answered.name) && personFit(want, answered)) return answered.name;
  }
  const found = bestPerson(want, candidates);
  if (found) return found.name;
  // After "Who is X?", "he"/"she" can still only mean X, when X is no place, no organisation
  // and no one of the other gender, however the article types the name ("Alexander Vershbow").
  if (!/^\s*who\s+(?:is|was)\b/i.test(turn.resolved)) return undefined;
  const subject = namesOf(turn.resolved)[0];
  return subject && subject.kind === 'other' && subject.gender === undefined && !looksLikeOrganisation(subject.name) ? subject.name : undefined;
}

/**
 * Someone in the sentence the previous answer quoted, when its question and answer name no one:
 * after "who died at the aquarium?" answered with that sentence, "he" is the man it names. Only
 * a name the article gives that gender: a sentence names many things, and the article's weaker
 * signs of a person (a short form linked to a longer name) also mark clubs and places.
 */
function personInPassage(want: 'm' | 'f', turn: PriorTurn, namesOf: NamesOf): string | undefined {
  if (!turn.answer.answered || !turn.answer.passage) return undefined;
  return namesOf(turn.answer.passage).find((n) => personFit(want, n) === 'gender')?.name;
}

/**
 * Who "he"/"she" (`want`) is in one turn, given its names (`candidates`); `last` marks the
 * previous turn, whose quoted sentence is looked at when its question and answer name no one it
 * could be (after "what did omar jarun say?", "him" is Jarun, whom the article does not type,
 * not another man in the quote). Undefined: the pronoun stays as typed.
 */
export function personIn(want: 'm' | 'f', turn: PriorTurn, candidates: readonly NameInfo[], namesOf: NamesOf, last: boolean): string | undefined {
  const nobody = !candidates.some((n) => personFit(want, n));
  return pickPerson(want, turn, candidates, namesOf) ?? (last && nobody ? personInPassage(want, turn, namesOf) : undefined);
}
