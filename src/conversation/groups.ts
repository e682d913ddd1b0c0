/**
 * Antecedents that are not a single name: "they" for a group (people, an organisation, places
 * joined by "and", a plural noun phrase) and "it" for a question's own definite thing.
 */
import type { NameInfo } from '../types.js';
import { isPhrase, pluralPhrase, singularPhrase } from './clause.js';
import type { NamesOf, PriorTurn } from './pronouns.js';
import { findName, joinNames } from './surface.js';
import { shortAnswer } from './short.js';
import { readsAsPersonName } from './someone.js';
import { analyse } from '../nlp/wink.js';
import { wordClasses } from '../nlp/wordnet.js';

/** WordNet classes of nouns that can be "they" doing something: people, groups, animals. */
const AGENTS = new Set(['person', 'group', 'animal']);

/**
 * A noun for people, groups or animals: by WordNet's class, or one that does a verb's deed
 * ("diver", "protester"), which the reduced WordNet table often lacks.
 */
function agent(lemma: string): boolean {
  if (wordClasses(lemma, 'noun').some((c) => AGENTS.has(c))) return true;
  const stem = /(?:er|or)$/.exec(lemma) ? [lemma.slice(0, -1), lemma.slice(0, -2)] : [];
  return stem.some((v) => v.length > 2 && wordClasses(v, 'verb').length > 0);
}

/**
 * The people a how-many question counted: "how many crew were surveyed?" → "the crew", so that
 * "what did they say?" asks about them. Only nouns for people, groups or animals ("how many
 * coins?" counts things no one asks "whose tomb are they looking for" of).
 */
export function counted(question: string): { text: string; at: number } | undefined {
  const tokens = analyse(question).flatMap((s) => s.tokens);
  if (tokens[0]?.lower !== 'how' || tokens[1]?.lower !== 'many') return undefined;
  let end = 2;
  while (tokens[end] && ['ADJ', 'NOUN'].includes(tokens[end]!.pos)) end++;
  const head = tokens[end - 1];
  if (end === 2 || !head || head.pos !== 'NOUN' || !agent(head.lemma)) return undefined;
  return { text: `the ${question.slice(tokens[2]!.start, head.end)}`, at: tokens[2]!.start };
}

/**
 * What "they"/"them" can mean in one turn: two or more people, an organisation (a name that is
 * neither a person nor a place), names joined by "and" ("France and Russia"), or a plural noun
 * phrase ("American officials", "sanctions"). Never a single place: a city is "it". The answer
 * is looked at first when the question asked for it ("Who …?", "Which …?").
 */
export function group(turn: PriorTurn, namesOf: NamesOf): string | undefined {
  const answer = turn.answer.answered ? shortAnswer(turn.answer) : '';
  const texts = /^\s*(?:who|whom|which)\b/i.test(turn.resolved) ? [answer, turn.resolved] : [turn.resolved, answer];
  // "Who did Lavrov meet?" → Clinton: "they" are the two of them.
  const people: NameInfo[] = [];
  for (const n of texts.flatMap((text) => (text ? namesOf(text) : []))) {
    if ((n.kind === 'person' || n.gender !== undefined) && !people.some((p) => p.name === n.name)) people.push(n);
  }
  if (people.length >= 2) return joinNames(people.slice(0, 3).map((n) => n.name));
  for (const text of texts) {
    if (!text) continue;
    const names = namesOf(text);
    // The earliest in the text wins: a question's subject is the likelier antecedent.
    const options: { text: string; at: number }[] = [];
    // Two names joined by "and": places ("France and Russia"), or others ("Ana Ruiz and Lena
    // Park", however the article types each of them); first, so that a pair opening with an
    // organisation's name is the pair.
    for (const same of [names.filter((n) => n.kind === 'place'), names.filter((n) => n.kind !== 'place')]) {
      const first = same[0] && findName(text, same[0].name);
      const second = same[1] && findName(text, same[1].name);
      if (first && second && /^\s*(?:,|and)\s*(?:the\s+)?$/i.test(text.slice(first.end, second.start))) {
        options.push({ text: joinNames(same.slice(0, 2).map((n) => n.name)), at: first.start });
      }
    }
    // A name of several words that reads as a person's ("Edward William Kyle Heeb") is one
    // person, not a body of people.
    const organisation = names.find((n) => n.kind === 'other' && n.gender === undefined && !(n.name.includes(' ') && readsAsPersonName(n.name)));
    if (organisation) options.push({ text: organisation.name, at: findName(text, organisation.name)?.start ?? 0 });
    // A noun phrase of an answer counts only when the answer is one ("the inspectors"), not a
    // clause, and only when it is what the answer is: "the names" in "a crown revealing the names
    // of royalty" is no group anyone was talking about.
    const phrase = text === answer && !isPhrase(answer, 12, turn.answer.passage) ? undefined : pluralPhrase(text);
    if (phrase && (text !== answer || phrase.at === 0)) options.push(phrase);
    const count = text === turn.resolved ? counted(text) : undefined;
    if (count) options.push(count);
    options.sort((x, y) => x.at - y.at);
    if (options[0]) return options[0].text;
  }
  return undefined;
}

/**
 * A question's own definite thing ("the bridge", "the nuclear enrichment site"), when the question
 * names nothing else "it" could be and did not ask for a thing by name ("Which country …?", whose
 * answer comes first): after "Where is the site?" (→ Qum), "it" is still the site, and after
 * "Who runs the cafe?" the cafe.
 */
export function thingFirst(turn: PriorTurn, namesOf: NamesOf): string | undefined {
  // After "Who runs the cafe?" the answer is someone, never "it": the cafe still is.
  if (/^\s*which\b/i.test(turn.resolved) || namesOf(turn.resolved).length > 0) return undefined;
  return singularPhrase(turn.resolved)?.text;
}
