// What a name is (a person, a place, an organisation, a work …), from its head word and from how
// the article uses it, and where the article writes it.

import type { Corpus, Sentence } from '../../../src/article/model.js';
import { foldText } from '../../../src/nlp/wink.js';
import { capital } from './name-runs.js';

/**
 * What a name is by its head word ("Warsaw *University*", "*Duchy* of Warsaw"): the article's
 * entity linker is tuned to news and on encyclopaedia text calls palaces people and people "other",
 * so swaps are typed here from the name itself first and from the article's contexts second.
 */
const HEADS: ReadonlyMap<string, string> = new Map(Object.entries({
  org: 'railroad railway airline airlines university college school institute academy conservatoire conservatory lyceum society association company corporation inc records pictures studios studio bureau council committee commission ministry department agency office party army navy league club team band orchestra group foundation organization organisation union federation network channel court parliament congress senate assembly congregation order government administration bank board corps police service church',
  building: 'palace hall museum library cathedral basilica chapel temple monastery stadium arena theatre theater airport station bridge dam tower castle house hospital center centre building grotto',
  place: 'province county city river mountain mountains lake sea ocean island islands bay valley street square park village town region district prefecture plateau basin desert forest kingdom empire republic country peninsula coast strait avenue road duchy state',
  award: 'award awards prize medal cup trophy championship',
  event: 'festival competition war revolution games olympics tour ceremony conference expo summit election rebellion uprising battle earthquake massacre',
  law: 'act treaty convention agreement accord code constitution declaration resolution bill law',
  work: 'symphony concerto sonata album song film opera ballet novel book series magazine newspaper journal times post review edition',
  dynasty: 'dynasty',
  period: 'age era period century',
  ruler: 'emperor king queen prince princess pope lama karmapa duke tsar sultan khan',
}).flatMap(([kind, heads]) => heads.split(' ').map((h) => [h, kind] as [string, string])));

/** Words after a name that say a person did something ("Chopin *wrote*", "Sand *said*"). */
const PERSON_VERBS = new Set(['say', 'write', 'tell', 'compose', 'marry', 'die', 'sing', 'perform', 'record', 'claim', 'argue', 'state', 'describe',
  'believe', 'meet', 'visit', 'teach', 'study', 'star', 'recall', 'remember', 'love', 'decide', 'refuse', 'hope', 'want', 'ask', 'explain', 'note',
  'suggest', 'recommend', 'agree', 'befriend', 'dedicate', 'feel', 'think', 'live', 'travel', 'play', 'direct', 'portray', 'comment', 'praise']);
const PERSON_NOUNS = new Set(['father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'family', 'friend', 'death', 'birth',
  'life', 'lover', 'teacher', 'student', 'pupil', 'parents', 'childhood', 'marriage', 'funeral', 'health', 'illness', 'mistress', 'girlfriend', 'boyfriend']);
const TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'king', 'queen', 'saint', 'st.', 'father', 'fr.', 'rev.', 'reverend', 'pope', 'sir', 'lord', 'lady', 'professor', 'general', 'director', 'singer', 'composer', 'actor', 'actress']);
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'throughout', 'across', 'outside', 'inside', 'around', 'within']);

const nameTypes = new WeakMap<Corpus, Map<string, { type: string; the: boolean }>>();

/** The head word of a name: the last word, or the word before "of" ("Duchy of Warsaw" → "duchy"). */
function headOf(text: string): string {
  const parts = text.split(/\s+/);
  const of = parts.findIndex((p, k) => k > 0 && p.toLowerCase() === 'of');
  return (of > 0 ? parts[of - 1]! : parts.at(-1)!).toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** Where the article writes `text`: [sentence, first token index, index after, whether it stands alone as a whole name]. */
export function occurrences(corpus: Corpus, text: string): [Sentence, number, number, boolean][] {
  const out: [Sentence, number, number, boolean][] = [];
  const target = foldText(text);
  for (const s of corpus.sentences) {
    if (s.article !== 0) continue;
    const folded = foldText(s.text);
    if (folded.length !== s.text.length) continue;
    for (let at = folded.indexOf(target); at >= 0; at = folded.indexOf(target, at + 1)) {
      const end = at + target.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      const a = s.tokens.findIndex((t) => t.start === at);
      const b = s.tokens.findIndex((t) => t.end === end);
      if (a < 0 || b < a) continue;
      const before = s.tokens[a - 1];
      const after = s.tokens[b + 1];
      const whole = !(before && a > 1 && capital(before.text)) && !(after && capital(after.text));
      out.push([s, a, b + 1, whole]);
    }
  }
  return out;
}

/**
 * The type of a name: its head word's kind ("org", "building", "place", "award", "event", "law",
 * "work", "dynasty", "ruler"), else "person" or "place" by how the article uses it (after "in",
 * "near" … for a place; before "wrote", "said" …, after a title, or before "'s father" … for a
 * person), else "name"; and whether the article writes it after "the".
 */
export function nameType(corpus: Corpus, text: string): { type: string; the: boolean } {
  let map = nameTypes.get(corpus);
  if (!map) nameTypes.set(corpus, (map = new Map()));
  const known = map.get(text);
  if (known) return known;
  const found = occurrences(corpus, text);
  let the = 0;
  let place = 0;
  let person = 0;
  for (const [s, a, b] of found) {
    const prev = s.tokens[a - 1];
    const next = s.tokens[b];
    if (prev?.lower === 'the') the++;
    if (prev && PLACE_PREPOSITIONS.has(prev.lower) && next?.lower !== "'s") place++;
    if (prev && TITLES.has(prev.lower)) person++;
    if (next && next.pos === 'VERB' && PERSON_VERBS.has(next.lemma)) person++;
    if (next && (next.lower === "'s" || next.lower === '’s') && PERSON_NOUNS.has(s.tokens[b + 1]?.lower ?? '')) person++;
    if (next?.lower === 'was' && s.tokens[b + 1]?.lower === 'born') person++;
  }
  const head = HEADS.get(headOf(text));
  const words = text.split(/\s+/);
  // "Polish", "Tibetan": a capitalised word the article writes before a common noun is a modifier, swapped only for another.
  const modifier = found.filter(([s, a, b]) => (s.tokens[b] && /^\p{Ll}/u.test(s.tokens[b]!.text) && ['NOUN', 'ADJ'].includes(s.tokens[b]!.pos)) || (b === a + 1 && s.tokens[a]!.pos === 'ADJ')).length;
  let type = head && words.length > 1 ? head : place > person ? 'place' : person > 0 || TITLES.has(words[0]!.toLowerCase()) ? 'person' : 'name';
  if (words.length === 1 && !head && modifier * 2 > found.length) type = 'modifier';
  // Acronyms ("IGN", "SAT") go with acronyms: "under SAT" for "under Malloy" reads as nonsense.
  if (/^[\p{Lu}\d&.-]{2,}$/u.test(text)) type = `${type}:acronym`;
  const result = { type, the: found.length > 0 && the * 2 > found.length };
  map.set(text, result);
  return result;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Whether the article writes the name as a whole name somewhere (not only inside a longer one, as
 * "University" in "Duke University"): a question's typo or a fragment is no name to swap.
 */
export function inArticle(corpus: Corpus, name: string): boolean {
  return occurrences(corpus, name).some((o) => o[3]);
}
