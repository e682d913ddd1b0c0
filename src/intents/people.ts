import type { AnswerPoint } from '../types.js';
import type { Corpus, Entity } from '../article/model.js';
import { DEMONYMS } from '../nlp/tables.js';
import { describeEntity } from '../shortcuts/describe.js';
import { utterance } from './utterance.js';

/**
 * "Who is in this article?", "who are the people", "which countries are mentioned": the
 * article's people (each with the role the article gives them) or places, from the entity layer
 * (article/entities.ts, names.ts, roles.ts), in order of first mention.
 */

export type Listing = 'people' | 'places' | 'countries';

const IN_ARTICLE = '(?: (?:in|from|of|on) (?:the |this |that )?(?:article|story|text|piece|news|report))?';
const SHOWN = '(?: (?:are |is |get |gets )?(?:mentioned|named|involved|discussed|quoted|featured|talked about|covered|in it|in there|appearing))?';
const PEOPLE = new RegExp(
  '^(?:' +
    [
      `who(?:'s| is| are|s|se)? (?:in|mentioned|named|involved|quoted|featured)${IN_ARTICLE}`,
      `who(?:'s| is| are|s)? (?:in|on) (?:the |this |that )?(?:article|story|text|piece|news|report)`,
      `who (?:is|are) (?:mentioned|named|involved|quoted|featured)${IN_ARTICLE}`,
      `who (?:appears|is talked about|does ${'(?:the |this )?(?:article|story)'} (?:mention|name|quote|talk about))${IN_ARTICLE}`,
      `(?:who|which|what) (?:are )?(?:the )?(?:main |key |important )?(?:people|persons|characters|players|figures|names|individuals|officials|leaders|politicians)${SHOWN}${IN_ARTICLE}${SHOWN}`,
      `(?:list|name|show|give me)(?: all| me)?(?: the| all the)? (?:main |key )?(?:people|persons|characters|players|figures|names)${SHOWN}${IN_ARTICLE}`,
      `(?:the )?(?:people|characters|names|persons|players)${SHOWN}${IN_ARTICLE}`,
    ].join('|') +
    ')$',
);
const PLACES = new RegExp(
  '^(?:' +
    [
      `(?:which|what) (?:are the )?(?:countries|nations|places|cities|locations|states)(?: does (?:the |this )?(?:article|story) mention)?${SHOWN}${IN_ARTICLE}${SHOWN}`,
      `(?:list|name|show|give me)(?: all| me)?(?: the| all the)? (?:countries|nations|places|cities|locations)${SHOWN}${IN_ARTICLE}`,
      `(?:the )?(?:countries|nations|places|cities|locations)${SHOWN}${IN_ARTICLE}`,
      `where does (?:it|the (?:article|story)|this(?: story)?) (?:take place|happen|go)`,
    ].join('|') +
    ')$',
);

/** Which list `text` asks for, or undefined when it is another question. */
export function listingRequest(text: string): Listing | undefined {
  const u = utterance(text);
  if (PEOPLE.test(u)) return 'people';
  if (PLACES.test(u)) return /countr|nation/.test(u) ? 'countries' : 'places';
  return undefined;
}

/** At most this many names are listed; the rest are counted. */
const MAX_LISTED = 12;

/** The role the article gives a name, as written ("Russia’s foreign minister", "President"). */
function roleOf(corpus: Corpus, e: Entity): string | undefined {
  return describeEntity(corpus, e.key)?.text;
}

/** Looks like a person though no title says so: a multi-word name the article describes ("Alexander Vershbow, the … official"). */
function describedPerson(e: Entity, role: string | undefined): boolean {
  return !e.place && !!role && e.name.includes(' ') && !/ (?:of|in|for|and) /i.test(e.name) && !/^the journal|^the (?:group|company|party|agency)/i.test(role);
}

const COUNTRIES = new Set([...DEMONYMS.values(), 'united states', 'united kingdom']);

/** The list: its text (a heading and one line per name) and its points. */
export function listNames(corpus: Corpus, listing: Listing): { text: string; points: AnswerPoint[] } {
  const blocks: string[] = [];
  const points: AnswerPoint[] = [];
  for (const a of corpus.articles.slice(0, 3)) {
    const first = new Map<string, number>();
    // Whoever the article quotes or refers to as "he"/"she" is a person, titled or not.
    const voiced = new Set<string>();
    /** The relative clause the article first describes a name with ("who runs a bakery on Ostrel Island"). */
    const relatives = new Map<string, string>();
    for (const id of a.sentenceIds) {
      const s = corpus.sentences[id]!;
      for (const m of s.mentions) if (!first.has(m.key)) first.set(m.key, s.paragraph);
      if (s.speaker) voiced.add(s.speaker);
      for (const key of s.corefs.values()) voiced.add(key);
      // "Petra Lang, who runs a bakery …": "who" refers to people.
      for (const m of s.mentions) {
        if (s.tokens[m.end]?.text !== ',' || s.tokens[m.end + 1]?.lower !== 'who') continue;
        voiced.add(m.key);
        let end = m.end + 2;
        while (end < s.tokens.length && ![',', '.', ';', '—'].includes(s.tokens[end]!.text)) end++;
        if (!relatives.has(m.key)) relatives.set(m.key, s.text.slice(s.tokens[m.end + 1]!.start, s.tokens[end - 1]!.end));
      }
    }
    const lines: string[] = [];
    for (const [key, paragraph] of first) {
      const e = a.entities.get(key);
      if (!e) continue;
      // The dateline is a place, whatever else the article makes of its name.
      const place = e.place || key === a.dateline?.toLowerCase();
      if (listing === 'people') {
        if (place) continue;
        const role = roleOf(corpus, e) ?? relatives.get(key);
        const named = e.name.includes(' ') && !/ (?:of|in|for|and) /i.test(e.name);
        if (!(e.person && !e.place) && !describedPerson(e, role) && !(voiced.has(key) && named)) continue;
        const joiner = role?.startsWith('who ') ? ', ' : ' — ';
        lines.push(`• ${e.name}${role && role.toLowerCase() !== e.name.toLowerCase() ? `${joiner}${role}` : ''} (paragraph ${paragraph})`);
        points.push({ text: role ? `${e.name}, ${role}` : e.name, paragraph });
      } else {
        if (!place || (e.person && !e.place) || (listing === 'countries' && !COUNTRIES.has(key))) continue;
        lines.push(`• ${e.name} (paragraph ${paragraph})`);
        points.push({ text: e.name, paragraph });
      }
    }
    const what = listing === 'people' ? 'People' : listing === 'countries' ? 'Countries' : 'Places';
    if (lines.length === 0) {
      blocks.push(`"${a.title}" names no ${what.toLowerCase()} I can tell apart.`);
      continue;
    }
    const more = lines.length > MAX_LISTED ? [`… and ${lines.length - MAX_LISTED} more`] : [];
    blocks.push([`${what} in "${a.title}":`, ...lines.slice(0, MAX_LISTED), ...more].join('\n'));
  }
  return { text: blocks.join('\n\n'), points };
}
