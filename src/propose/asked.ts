import type { Corpus, Sentence } from '../article/model.js';
import type { Token } from '../nlp/wink.js';
import type { Question } from '../question/analyse.js';
import { DEMONYMS, NEGATIONS, TITLE_WORDS } from '../nlp/tables.js';
import { isContent } from '../nlp/terms.js';
import { matchNames } from '../question/names.js';
import { wordClasses } from '../nlp/wordnet.js';
import { isGoingTo } from './future.js';

/**
 * What a yes/no question asks a passage to hold: its words, each either part of the proposition
 * or only setting the scene ("when gunmen attacked the convoy", "the woman who posted the photo",
 * "according to the researchers", "as rumors claimed"), and its names, grouped as written
 * ("Mir-Hossein Mousavi", "George W. Bush", "the Beijing Olympics" each one name to find).
 */

/** A content word of the question. */
export interface Asked {
  token: Token;
  /** In a side clause or phrase: it identifies what is asked about, the passage need not repeat it. */
  context: boolean;
  /** The main clause's verb: the act asked about. */
  predicate: boolean;
  /** A light verb ("give a speech", "make a deal"): its object names the act, which a verb that carries it out may do ("delivered a speech"). */
  light?: boolean;
  /** "have to": an obligation, found as any word of one ("required", "forced", "must"). */
  obligation?: boolean;
}

/** The names the question uses, grouped by how they stand together in it. */
export interface NameGroup {
  keys: string[];
  context: boolean;
}

/** Words that open a side clause after the main one ("…, as rumors claimed", "… when gunmen attacked …"). */
const SIDE_OPENERS = new Set(['when', 'while', 'after', 'as', 'since', 'because', 'during', 'whenever', 'once']);
/**
 * Verbs that lend their object the act ("give a speech" = "deliver a speech", "take a vote" =
 * "hold a vote"; see verbOfObject). "do" and "have" are never asked words ("did they do a haka").
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['give', 'make', 'take', 'get']);
/** Adverbs of time's course the passage answers without repeating: "ever" by "never" or by the act itself. */
const ASPECT_WORDS: ReadonlySet<string> = new Set(['ever']);
/** Relative pronouns: "the woman who posted the photo" describes the woman. */
const RELATIVES = new Set(['who', 'whom', 'which', 'that', 'whose']);

/**
 * Token indices of the question's side clauses and phrases: a leading "According to X,", a
 * clause opened by a subordinator after the main clause has its verb, and a relative clause (from
 * the pronoun through its verb and object, up to the main clause's verb).
 */
export function sideParts(tokens: readonly Token[]): Set<number> {
  const side = new Set<number>();
  if (tokens[0]?.lemma === 'accord' && tokens[1]?.lower === 'to') {
    for (let i = 0; i < tokens.length && tokens[i]!.text !== ','; i++) side.add(i);
  }
  let mainVerb = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (side.has(i)) continue;
    if (SIDE_OPENERS.has(t.lower) && mainVerb && i + 1 < tokens.length && tokens[i + 1]!.pos !== 'PUNCT') {
      for (let k = i; k < tokens.length && !/^[,;?]$/.test(tokens[k]!.text); k++) side.add(k);
      break;
    }
    if (RELATIVES.has(t.lower) && ['NOUN', 'PROPN', 'PRON'].includes(tokens[i - 1]?.pos ?? '')) {
      // Through the relative clause's own verb, then on to the next verb or auxiliary: the main clause's.
      let k = i + 1;
      while (k < tokens.length && tokens[k]!.pos !== 'VERB') side.add(k++);
      side.add(i);
      if (k < tokens.length) side.add(k++);
      while (k < tokens.length && !['VERB', 'AUX', 'PUNCT'].includes(tokens[k]!.pos)) side.add(k++);
      i = k - 1;
      continue;
    }
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && i > 1)) mainVerb = true;
  }
  return side;
}

/** The question's words that must hold in the passage: content words outside names, negation and light verbs aside. */
export function askedWords(q: Question, corpus: Corpus): Asked[] {
  const side = sideParts(q.tokens);
  // Every token of a name the question uses ("Mir-Hossein Mousavi", "Maersk Alabama"): names are weighed apart.
  const names = matchNames(q.tokens, corpus).covered;
  q.tokens.forEach((t, i) => {
    if (corpus.forms.has(t.lower)) names.add(i);
  });
  // A capitalised word against a name, or hyphened to it, is part of it ("Bjorn Borg", "al-Megrahi").
  const capital = (i: number): boolean => i > 0 && /^\p{Lu}|^al$/u.test(q.tokens[i]?.text ?? '');
  for (let i = q.tokens.length - 1; i > 0; i--) {
    const next = q.tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
    if (!names.has(i) && capital(i) && names.has(next)) names.add(i);
  }
  for (let i = 1; i < q.tokens.length; i++) if (!names.has(i) && names.has(i - 1) && capital(i) && q.tokens[i]!.pos === 'PROPN') names.add(i);
  const out: Asked[] = [];
  q.tokens.forEach((t, i) => {
    // A verb the index calls a function word ("named", "given") is still the act asked about.
    const word = isContent(t) || (t.pos === 'VERB' && /^\p{L}{3,}$/u.test(t.text));
    // "do they have to do gay weddings": the obligation is asked, not a possession.
    if (i > 0 && t.lemma === 'have' && q.tokens[i + 1]?.lower === 'to' && !side.has(i)) out.push({ token: t, context: false, predicate: true, obligation: true });
    if (i === 0 || !word || names.has(i) || NEGATIONS.has(t.lower) || ['do', 'be', 'have', 'say', 'know'].includes(t.lemma)) return;
    if (ASPECT_WORDS.has(t.lower) || isGoingTo(q.tokens, i)) return;
    const predicate = t.pos === 'VERB' && !side.has(i);
    out.push({ token: t, context: side.has(i), predicate, ...(predicate && LIGHT_VERBS.has(t.lemma) ? { light: true } : {}) });
  });
  // "did the mayor back the plan", "did russia support sanctions": the tagger may read the verb of
  // a do-question as another word; the word after the subject's noun, if it can be a verb, is it.
  if (!out.some((a) => a.predicate) && q.tokens[0]?.lemma === 'do') {
    const head = q.tokens.findIndex((t, i) => i > 0 && (t.pos === 'NOUN' || t.pos === 'PROPN'));
    const act = out.find((a) => a.token === q.tokens[head + 1 + (q.tokens[head + 1]?.pos === 'PROPN' ? 1 : 0)]);
    if (act && !act.context && wordClasses(act.token.lemma, 'verb').length > 0) act.predicate = true;
  }
  return out;
}

/** The question's names, contiguous ones (across a hyphen) as one group. */
export function nameGroups(q: Question, corpus: Corpus): NameGroup[] {
  const { at } = matchNames(q.tokens, corpus);
  const side = sideParts(q.tokens);
  const groups: NameGroup[] = [];
  let last = -2;
  for (const [i, key] of [...at.entries()].sort((a, b) => a[0] - b[0])) {
    const joined = i === last + 1 || (i === last + 2 && q.tokens[last + 1]?.text === '-');
    const g = joined ? groups[groups.length - 1] : undefined;
    if (g) {
      if (!g.keys.includes(key)) g.keys.push(key);
      g.context &&= side.has(i);
    } else groups.push({ keys: [key], context: side.has(i) });
    last = i;
  }
  // Names the matcher found by another road (a demonym's country): a group of their own.
  const grouped = new Set(groups.flatMap((g) => g.keys));
  // One whose words are all in a grouped name is that name said short ("bush" for "president
  // george w. bush", linked apart): it joins that group, not asks for a second name.
  for (const k of q.entities) {
    if (grouped.has(k)) continue;
    const words = k.split(' ');
    const whole = groups.find((g) => g.keys.some((x) => words.every((w) => x.split(' ').includes(w))));
    if (whole) whole.keys.push(k);
    else groups.push({ keys: [k], context: false });
  }
  return groups.filter((g) => g.keys.some((k) => q.entities.has(k)));
}

/** Endings that make a place's people of its name ("New Zealanders", "Kenyans", "Iraqis", "Taiwanese"). */
const PEOPLE_ENDING = /^(?:ers?|n|ns|ians?|ans?|ese|is?)$/;

/**
 * Where the sentence names a place by its people: "The New Zealanders performed a Haka" for New
 * Zealand (its name with a people's ending), or a listed demonym ("Germans" for Germany). The
 * index of the phrase's first word, or -1.
 */
function peopleAt(s: Sentence, name: string): number {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  const lower = name.toLowerCase();
  const i = s.tokens.findIndex((t, i) => {
    if (DEMONYMS.get(t.lower) === lower || DEMONYMS.get(t.lower.replace(/s$/, '')) === lower) return true;
    // Only names of four letters or more: "Ira" and an "n" would read "Iran" as Ira's people.
    if (last.length < 4 || !t.text.startsWith(last) || !PEOPLE_ENDING.test(t.text.slice(last.length))) return false;
    return words.slice(0, -1).every((w, k) => s.tokens[i - words.length + 1 + k]?.text === w);
  });
  return i < 0 || DEMONYMS.has(s.tokens[i]!.lower) || DEMONYMS.has(s.tokens[i]!.lower.replace(/s$/, '')) ? i : i - words.length + 1;
}

/** Where the sentence names the question's place `key` by its people only (see peopleAt), or -1. */
export function peopleOf(corpus: Corpus, s: Sentence, key: string): number {
  if (s.terms.has(`e:${key}`)) return -1;
  return peopleAt(s, corpus.articles[s.article]!.entities.get(key)?.name ?? key);
}

/** Whether the sentence names the entity, calls it by the last word of its name ("the Dome" for the Georgia Dome), or names its people. */
function named(corpus: Corpus, s: Sentence, key: string): boolean {
  if (s.terms.has(`e:${key}`)) return true;
  const name = corpus.articles[s.article]!.entities.get(key)?.name ?? key;
  if (peopleAt(s, name) >= 0) return true;
  const words = name.split(/\s+/).filter((w) => !TITLE_WORDS.has(w.toLowerCase()));
  const head = words[words.length - 1];
  return words.length > 1 && !!head && s.tokens.some((t) => t.text === head);
}

/**
 * Where a passage holds a name group: in the sentence itself; in the article's setting (a place
 * its headline or dateline names: "the government" of a story about Kenya is Kenya's); or by
 * context, when an earlier sentence of the paragraph names it and this one names nobody else (it
 * speaks of it as "his", "the vessel", "the attack"). Undefined: not held.
 */
export function nameHeld(corpus: Corpus, s: Sentence, g: NameGroup, asked: ReadonlySet<string>): 'sentence' | 'setting' | 'context' | undefined {
  if (g.keys.some((k) => named(corpus, s, k))) return 'sentence';
  const article = corpus.articles[s.article]!;
  const setting = `${article.title} ${article.dateline ?? ''}`.toLowerCase();
  // A people's adjective names its country ("Kenyan" in a story headlined "… in Kenya").
  const adjectiveOf = (k: string): boolean => !setting.includes(k) && k.length > 4 && setting.includes(k.replace(/(?:an|n|ese|i)$/, ''));
  // Another place's people ("The Icelanders performed …" in a story headlined "Wales beat
  // Iceland"): the sentence is theirs, not the setting's nor the paragraph's.
  const rivals = [...article.entities].some(([k, e]) => !asked.has(k) && peopleAt(s, e.name) >= 0);
  if (!rivals && g.keys.some((k) => (article.entities.get(k)?.place && setting.includes(k)) || adjectiveOf(k))) return 'setting';
  if (rivals || s.mentions.some((m) => !asked.has(m.key))) return undefined;
  // The paragraph so far, or the sentence just before when this one opens its paragraph.
  const earlier = article.sentenceIds.map((id) => corpus.sentences[id]!).filter((x) => (x.paragraph === s.paragraph || x.id === s.id - 1) && x.id < s.id);
  return earlier.some((x) => g.keys.some((k) => x.terms.has(`e:${k}`))) ? 'context' : undefined;
}
