import type { Token } from '../nlp/wink.js';
import { REPORTING_VERBS, TITLE_WORDS } from '../nlp/tables.js';
import type { Entity, Mention } from './model.js';

/**
 * News stories name a person once and then call them by their role: "Russia's foreign minister
 * said Tuesday …" before "The minister, Sergey V. Lavrov, said …". A role phrase whose title fits
 * exactly one person of the article is read as that person, so questions that name them find the
 * sentence, and "… minister said" reports them as its speaker.
 */

/** The sentence as the role reader sees it. */
export interface RoleSentence {
  tokens: readonly Token[];
  mentions: readonly Mention[];
}

/** A person's roles: the words of each title before their name or apposition next to it ("prime minister"). */
function rolesOf(sentences: readonly RoleSentence[], entities: ReadonlyMap<string, Entity>): Map<string, Set<string>[]> {
  const roles = new Map<string, Set<string>[]>();
  const add = (key: string, words: string[]): void => {
    if (words.some((w) => TITLE_WORDS.has(w))) (roles.get(key) ?? roles.set(key, []).get(key)!).push(new Set(words));
  };
  for (const [key, e] of entities) if (e.person) for (const title of e.titles) add(key, title.split(' '));
  for (const s of sentences) {
    for (const m of s.mentions) {
      // A title in apposition is itself evidence of a person: only places are left out.
      if (entities.get(m.key)?.place !== false) continue;
      // "The minister, Sergey V. Lavrov," and "Fyodor Lukyanov, editor in chief …,".
      if (s.tokens[m.start - 1]?.text === ',') add(m.key, phraseBefore(s.tokens, m.start - 1));
      if (s.tokens[m.end]?.text === ',') add(m.key, phraseAfter(s.tokens, m.end + 1));
    }
  }
  return roles;
}

const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** The lower-case words of the noun phrase ending right before `end`. */
function phraseBefore(tokens: readonly Token[], end: number): string[] {
  let i = end;
  while (i > 0 && PHRASE_POS.has(tokens[i - 1]!.pos)) i--;
  return tokens.slice(i, end).map((t) => t.lower);
}

/** The lower-case words of the noun phrase starting at `start` (after an article). */
function phraseAfter(tokens: readonly Token[], start: number): string[] {
  let i = start;
  while (tokens[i]?.pos === 'DET') i++;
  let j = i;
  while (j < tokens.length && PHRASE_POS.has(tokens[j]!.pos)) j++;
  return tokens.slice(i, j).map((t) => t.lower);
}

/**
 * Role phrases read as people, per sentence: token index of the title's head → entity key. A
 * person fits a phrase when one of their roles has the head word and every other word of it too
 * ("Russia's foreign minister" fits "the minister" Lavrov, not "Prime Minister" Putin); the
 * person with the most specific fitting role is read, and a tie leaves the phrase unread.
 */
export function roleCorefs(sentences: readonly RoleSentence[], entities: ReadonlyMap<string, Entity>): Map<number, string>[] {
  const roles = rolesOf(sentences, entities);
  return sentences.map((s) => {
    const out = new Map<number, string>();
    s.tokens.forEach((t, i) => {
      if (t.pos !== 'NOUN' || !TITLE_WORDS.has(t.lower) || s.mentions.some((m) => m.start <= i && i < m.end)) return;
      // A title right before a name is that name's own (already a mention).
      if (s.mentions.some((m) => m.start === i + 1)) return;
      const phrase = new Set(phraseBefore(s.tokens, i + 1));
      // The most specific fit wins: "the prime minister" fits "Prime Minister" Lenz better than
      // "the minister" Berg; two equally good fits leave the phrase unread.
      let best: string | undefined;
      let bestSize = 0;
      let tie = false;
      for (const [key, rs] of roles) {
        const size = Math.max(0, ...rs.filter((r) => r.has(t.lower) && [...r].every((w) => phrase.has(w))).map((r) => r.size));
        if (size > bestSize) { best = key; bestSize = size; tie = false; }
        else if (size > 0 && size === bestSize) tie = true;
      }
      if (best && !tie) out.set(i, best);
    });
    return out;
  });
}

/** Whether the role phrase at token `i` is the subject of a reporting verb right after it ("… minister said"). */
export function reportsAt(tokens: readonly Token[], i: number): boolean {
  return REPORTING_VERBS.has(tokens[i + 1]?.lemma ?? '') && tokens[i + 1]!.pos === 'VERB';
}
