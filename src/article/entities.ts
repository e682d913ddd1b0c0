import type { Token } from '../nlp/wink.js';
import { foldText } from '../nlp/wink.js';
import { DEMONYMS, PLACE_PREPOSITIONS, PLACE_WORDS } from '../nlp/tables.js';
import type { Entity } from './model.js';
import type { NameRun } from './names.js';

/** A name run found in sentence `sentence` of an article, before linking. */
export interface RunAt {
  sentence: number;
  run: NameRun;
  tokens: readonly Token[];
}

/** Names that are other ways of writing a country ("U.S."): linked to the country's entity. */
const ALIASES = new Set(['u.s.', 'us', 'u.s.a.', 'usa', 'america', 'u.k.', 'uk']);
const ALIAS_TARGET: Record<string, string> = { 'u.k.': 'united kingdom', uk: 'united kingdom' };

const COUNTRIES = new Set(DEMONYMS.values());
/** Lower-case particles inside people's names ("Ludwig van Beethoven", "Charles de Gaulle"). */
const PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el']);

function lowerName(run: NameRun): string {
  return foldText(run.name.toLowerCase()).replace(/'s$/, '');
}

/**
 * Whether a multi-word name could be a person's: none of its words is one the article also
 * writes in lower case ("north", "experience", "war"), a demonym ("Peruvian") or a word that
 * makes place names ("Mount", "Lake"). Initials and particles ("V.", "de") pass.
 */
function readsAsPerson(name: string, commonWords: ReadonlySet<string>): boolean {
  return name.split(' ').every((w) => /\.$/.test(w) || PARTICLES.has(w) || (!commonWords.has(w) && !DEMONYMS.has(w) && !PLACE_WORDS.has(w)));
}

/** Adjectives of place ("American", "Russian") are not names of their own. */
export function isDemonymRun(run: NameRun): boolean {
  const lower = lowerName(run);
  return run.titles.length === 0 && DEMONYMS.has(lower) && !ALIASES.has(lower);
}

/**
 * Links name runs to entities: a full name is its own entity; a short form ("Lavrov",
 * "Mr. Lavrov", "Hillary Clinton") joins the full name whose last (or first) word it shares,
 * preferring the one mentioned most recently. Returns the entities and each run's key.
 */
export function linkEntities(runs: readonly RunAt[], commonWords: ReadonlySet<string> = new Set()): { entities: Map<string, Entity>; keys: string[] } {
  const entities = new Map<string, Entity>();
  // Only plain multi-word names that read like a person's ("Sergey V. Lavrov", not "Russia in
  // Global Affairs", "North Fresno" or "NFL Experience") lend their surname (or, for two-word
  // names, their first name) to short forms.
  const fullNames = runs.map((r) => lowerName(r.run)).filter((n) => n.includes(' ') && !/ (?:of|in|de|von) /.test(n) && readsAsPerson(n, commonWords));
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  for (const full of new Set(fullNames)) {
    const parts = full.split(' ');
    (byLast.get(parts.at(-1)!) ?? byLast.set(parts.at(-1)!, []).get(parts.at(-1)!)!).push(full);
    if (parts.length === 2) (byFirst.get(parts[0]!) ?? byFirst.set(parts[0]!, []).get(parts[0]!)!).push(full);
  }
  const lastSeen = new Map<string, number>();
  const keys: string[] = [];
  runs.forEach((r, idx) => {
    const lower = lowerName(r.run);
    let key = lower;
    if (ALIASES.has(lower)) key = ALIAS_TARGET[lower] ?? 'united states';
    else {
      const parts = lower.split(' ');
      const candidates =
        parts.length === 1
          ? byLast.get(lower) ?? byFirst.get(lower) ?? []
          : (byLast.get(parts.at(-1)!) ?? []).filter((f) => f !== lower && f.startsWith(parts[0]!) && f.length > lower.length);
      // A country is itself, not short for a longer name: "France" is not "New France".
      const country = parts.length === 1 && COUNTRIES.has(lower);
      if (candidates.length > 0 && !country) key = candidates.reduce((a, b) => ((lastSeen.get(b) ?? -1) > (lastSeen.get(a) ?? -1) ? b : a));
    }
    lastSeen.set(key, idx);
    keys.push(key);
    const e = entities.get(key) ?? { key, name: r.run.name, forms: new Set<string>(), titles: new Set<string>(), person: false, place: false };
    if (key === lower && r.run.name.length > e.name.length) e.name = r.run.name;
    e.forms.add(lower);
    for (const t of r.run.titles) e.titles.add(t);
    e.gender ??= r.run.gender;
    if (r.run.titles.length > 0 || /\b\p{Lu}\.\s/u.test(r.run.name) || (key !== lower && !ALIASES.has(lower))) e.person = true;
    const before = r.tokens[r.run.start - 1]?.lower;
    if (before && PLACE_PREPOSITIONS.has(before)) e.place = true;
    entities.set(key, e);
  });
  for (const e of entities.values()) {
    if ([...DEMONYMS.values()].includes(e.key) || e.key === 'united states') e.place = true;
    if (e.person && e.titles.size > 0) e.place = false;
    const parts = e.key.split(' ');
    // "William II of Normandy" is not "Normandy": names built with of/in lend no last word.
    if (e.person && parts.length > 1 && !/ (?:of|in) /.test(e.key)) {
      e.forms.add(parts.at(-1)!);
      e.forms.add(`${parts[0]} ${parts.at(-1)}`);
    }
  }
  return { entities, keys };
}
