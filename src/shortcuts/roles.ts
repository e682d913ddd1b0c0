import type { Corpus, Mention, Sentence } from '../article/model.js';
import { TITLE_WORDS } from '../nlp/tables.js';
import { ENTITY_TERM_WEIGHT, type Question } from '../question/analyse.js';
import { tokenTerms } from '../nlp/terms.js';

/** A person and the sentence where a role is attached to their name. */
export interface RoleMatch {
  key: string;
  sentence: Sentence;
  score: number;
  /** The index terms of the role as written ("foreign", "minister", "e:russia"). */
  role: ReadonlySet<string>;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/** Role matching weights (see matchRole). */
const ROLE = { extraWord: 0.5, wholeTitle: 1, missingPlace: 0.5, minScore: 1 } as const;

/** Content terms of tokens [start, end) (lemmas and entity terms, no stems). */
function termsOf(s: Sentence, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, start); i < end; i++) {
    const terms = tokenTerms(s.tokens[i]!).filter((t) => !t.startsWith('s:'));
    // A place name or demonym counts once, as its entity ("Russia's" → e:russia).
    const entity = terms.find((t) => t.startsWith('e:'));
    const mention = s.mentions.find((m) => m.start <= i && i < m.end && m.kind === 'place');
    if (mention) out.add(`e:${mention.key}`);
    else if (entity) out.add(entity);
    else for (const t of terms) out.add(t);
  }
  return out;
}

/** Ids of the paragraphs where an entity is named or referred to. */
function paragraphsOf(corpus: Corpus, key: string): Set<number> {
  return corpus.paragraphPostings.get(`e:${key}`) ?? new Set();
}

/**
 * The noun phrase just before ", NAME" ("The minister, Sergey V. Lavrov"). A bare "the <noun>"
 * borrows the modifiers of that noun's latest earlier use ("Russia's foreign minister").
 */
function appositionBefore(corpus: Corpus, s: Sentence, start: number): Set<string> {
  if (s.tokens[start - 1]?.text !== ',') return new Set();
  let i = start - 2;
  while (i >= 0 && NP_POS.has(s.tokens[i]!.pos)) i--;
  const np = termsOf(s, i + 1, start - 1);
  const head = s.tokens[start - 2];
  if (np.size === 1 && head) {
    for (let id = s.id - 1; id >= 0 && id >= s.id - 4; id--) {
      const prev = corpus.sentences[id]!;
      if (prev.article !== s.article) break;
      const at = prev.tokens.findIndex((t) => t.lemma === head.lemma);
      if (at >= 0) {
        let j = at - 1;
        while (j >= 0 && NP_POS.has(prev.tokens[j]!.pos)) j--;
        for (const t of termsOf(prev, j + 1, at + 1)) np.add(t);
        break;
      }
    }
  }
  return np;
}

/**
 * Whether a who-question asks for the holder of the role it names ("Who is Russia's foreign
 * minister?", "Who serves as …?") rather than for someone the holder dealt with ("Whom did the
 * foreign minister meet?", "Who did the minister meet?": the wh-word is the object).
 */
export function asksForRoleHolder(q: Question): boolean {
  if (q.type !== 'person') return false;
  const wh = q.tokens.findIndex((t) => t.lower === 'who' || t.lower === 'whom');
  return !(wh >= 0 && (q.tokens[wh]!.lower === 'whom' || q.tokens[wh + 1]?.lemma === 'do'));
}

/**
 * The question with the role it names read as the person holding it ("What did Russia's foreign
 * minister say?" looks for Lavrov): their name joins the question's names.
 */
export function withRoleHolder(q: Question, match: RoleMatch, corpus: Corpus): Question {
  // Only a title held by a person ("foreign minister"), not any phrase before a name ("the 1973 oil crisis").
  if (!corpus.persons.has(match.key) || ![...match.role].some((t) => TITLE_WORDS.has(t))) return q;
  // The role's words now stand for the person: looked up as words, they would find the role
  // wherever it is written ("Russia's foreign minister said …"), not where the person acts.
  const terms = new Map([...q.terms].filter(([t]) => !match.role.has(t) && !match.role.has(t.replace(/^s:/, ''))));
  terms.set(`e:${match.key}`, ENTITY_TERM_WEIGHT);
  return { ...q, terms, entities: new Set([...q.entities, match.key]), roleHolder: match.key };
}

/**
 * "Who is Russia's foreign minister?": the person whose titles or apposition best match the
 * question's words, with the sentence that attaches that role to the name. Only for questions
 * that name no person themselves. 'unrelated' when the role is there but never with that place.
 */
export function matchRole(corpus: Corpus, q: Question): RoleMatch | 'unrelated' | undefined {
  if (q.type === 'definition' || q.type === 'headline') return undefined;
  const wanted = new Set([...q.terms.keys()].filter((t) => !t.startsWith('s:')));
  for (const key of q.entities) if (corpus.persons.has(key)) return undefined;
  if (wanted.size < 2) return undefined;
  let best: RoleMatch | undefined;
  let tie = false;
  let sawUnrelated = false;
  // Only sites sharing a word with the question can reach two hits: read them through the index.
  const index = roleSiteIndex(corpus);
  const candidates = new Set<RoleSite>();
  for (const t of wanted) for (const site of index.get(t) ?? []) candidates.add(site);
  const question = q.text.toLowerCase();
  for (const { s, m, role } of candidates) {
    {
      let hit = 0;
      for (const t of role) if (wanted.has(t)) hit++;
      let score = hit - ROLE.extraWord * (role.size - hit);
      // A full multi-word title said in the question ("prime minister") is strong evidence.
      const title = s.tokens.slice(m.start, m.nameStart).map((t) => t.lower).join(' ');
      if (title.includes(' ') && question.includes(title)) score += ROLE.wholeTitle;
      // "of Britain": a place the role does not name must at least share a paragraph with the
      // person somewhere, or this is not the person asked about.
      const theirs = paragraphsOf(corpus, m.key);
      let unrelated = false;
      // A role tied to one place is not the same role of another ("Russia's foreign minister"
      // is not Germany's).
      const rolePlaces = [...role].filter((t) => t.startsWith('e:'));
      for (const key of q.entities) {
        if (role.has(`e:${key}`)) continue;
        const together = [...paragraphsOf(corpus, key)].some((p) => theirs.has(p));
        if (!together || (rolePlaces.length > 0 && corpus.articles[s.article]!.entities.get(key)?.place)) unrelated = true;
        score -= ROLE.missingPlace;
      }
      // A title word the question has and the role lacks names another office ("secretary
      // general" is not "secretary of state").
      if (q.tokens.some((t) => TITLE_WORDS.has(t.lower) && t.pos !== 'PROPN' && wanted.has(t.lemma) && !role.has(t.lemma) && !role.has(t.lower))) continue;
      if (hit >= 2 && unrelated) sawUnrelated = true;
      if (hit < 2 || unrelated || score < ROLE.minScore) continue;
      if (!best || score > best.score) { best = { key: m.key, sentence: s, score, role }; tie = false; }
      else if (score === best.score && m.key !== best.key) tie = true;
    }
  }
  // The role exists, but only for people never seen with the place asked about: not theirs.
  if (!best && sawUnrelated) return 'unrelated';
  if (!best || tie) return undefined;
  return { ...best, sentence: definingMention(corpus, best.key, wanted) ?? best.sentence };
}

/** A role attached to a person in a sentence. */
interface RoleSite {
  s: Sentence;
  m: Mention;
  role: Set<string>;
}

// Role sites depend only on the corpus: found and indexed by role word once per corpus, on the
// first role question.
const siteCache = new WeakMap<Corpus, Map<string, RoleSite[]>>();
function roleSiteIndex(corpus: Corpus): Map<string, RoleSite[]> {
  let index = siteCache.get(corpus);
  if (!index) {
    index = new Map();
    for (const s of corpus.sentences) {
      for (const site of roleSites(corpus, s)) {
        const entry = { s, ...site };
        for (const t of site.role) (index.get(t) ?? index.set(t, []).get(t)!).push(entry);
      }
    }
    siteCache.set(corpus, index);
  }
  return index;
}

/**
 * Where a role attaches to a person in a sentence: the titles before the name and the apposition
 * ("The minister, Sergey V. Lavrov"), and a standalone "the Russian president" that refers to the
 * sentence's first person who holds that title elsewhere in the article.
 */
function roleSites(corpus: Corpus, s: Sentence): { m: Mention; role: Set<string> }[] {
  const sites: { m: Mention; role: Set<string> }[] = [];
  const entities = corpus.articles[s.article]!.entities;
  for (const m of s.mentions) {
    if (m.kind !== 'person') continue;
    const role = termsOf(s, m.start, m.nameStart);
    for (const t of appositionBefore(corpus, s, m.start)) role.add(t);
    if (role.size > 0) sites.push({ m, role });
  }
  s.tokens.forEach((t, i) => {
    if (t.lower !== 'the' || s.mentions.some((m) => m.start <= i && i < m.end)) return;
    let j = i + 1;
    while (j < s.tokens.length && ['ADJ', 'PROPN'].includes(s.tokens[j]!.pos) && !s.mentions.some((m) => m.start === j && m.kind === 'person')) j++;
    const head = s.tokens[j];
    if (!head || head.pos !== 'NOUN' || !TITLE_WORDS.has(head.lower) || j === i + 1) return;
    const holder = s.mentions.find((m) => m.kind === 'person' && entities.get(m.key)?.titles.has(head.lower));
    if (holder) sites.push({ m: holder, role: termsOf(s, i + 1, j + 1) });
  });
  return sites;
}

/** The sentence where the person's full name stands with a title the question asks about. */
function definingMention(corpus: Corpus, key: string, wanted: ReadonlySet<string>): Sentence | undefined {
  for (const id of corpus.postings.get(`e:${key}`) ?? []) {
    const s = corpus.sentences[id]!;
    for (const m of s.mentions) {
      if (m.key !== key || m.nameStart === m.start) continue;
      if ([...termsOf(s, m.start, m.nameStart)].some((t) => wanted.has(t))) return s;
    }
  }
  return undefined;
}
