import type { Sentence } from '../article/model.js';
import { STANCE_ADJECTIVES, STANCE_VERBS } from '../question/position.js';

/** Tokens between a name and its verb that still leave it the subject ("the EU, Sawsan Chebli said, …" aside). */
const REACH = 4;
/** Tokens a relative clause about the name may run before its stance ("China, which has also been wary of …"). */
const RELATIVE_REACH = 20;

/** What an adjective of stance takes: "wary of", "concerned about", "opposed to" ("critical for" is no stance). */
const STANCE_OBJECT = new Set(['of', 'about', 'to', 'towards', 'toward', 'on', 'over']);

/** A stance word: a stance verb ("deplores"), or an adjective of stance with its object ("wary of"). */
const stance = (s: Sentence, k: number): boolean => {
  const t = s.tokens[k]!;
  if (t.pos === 'VERB' && STANCE_VERBS.has(t.lemma)) return true;
  return t.pos === 'ADJ' && STANCE_ADJECTIVES.has(t.lemma) && STANCE_OBJECT.has(s.tokens[k + 1]?.lower ?? '');
};

/** Where one of `keys` stands in the sentence, as token ranges: its mentions, and the pronouns the article resolves to it. */
export function standsAt(s: Sentence, keys: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.mentions) if (keys.has(m.key)) out.push([m.start, m.end]);
  for (const [i, key] of s.corefs) if (keys.has(key)) out.push([i, i + 1]);
  return out;
}

/**
 * Whether one of `keys` states a position in the sentence: its quote's speaker; the subject of a
 * stance or reporting verb ("The EU deplores …", "Mousavi called …", "he said" for a pronoun the
 * article resolves to it); a relative clause about it that holds one ("Putin, who has been
 * skeptical of sanctions"); or the agent of a stance verb in the passive ("Iran is seen by Russia
 * as …"). What "what does X think" asks for (question/position.ts).
 */
export function voicedBy(s: Sentence, keys: ReadonlySet<string>): boolean {
  if (s.speaker && keys.has(s.speaker)) return true;
  for (const [start, end] of standsAt(s, keys)) {
    // "seen by (the) Harbour Board": past an article before the name.
    const by = s.tokens[start - 1]?.pos === 'DET' ? start - 2 : start - 1;
    if (s.tokens[by]?.lower === 'by' && by >= 1 && stance(s, by - 1)) return true;
    let k = end;
    if (s.tokens[k]?.text === ',' && ['who', 'which'].includes(s.tokens[k + 1]?.lower ?? '')) {
      for (k += 2; k < Math.min(s.tokens.length, end + RELATIVE_REACH); k++) {
        if (stance(s, k)) return true;
        if (s.tokens[k]!.text === ',' && s.tokens[k + 1]?.pos !== 'CCONJ') break;
      }
      continue;
    }
    for (; k < Math.min(s.tokens.length, end + REACH); k++) {
      if (stance(s, k)) return true;
      // A clause boundary ends the subject's reach: "Mousavi's supporters, who said …" is theirs.
      const t = s.tokens[k]!;
      if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || (t.pos === 'VERB' && t.lemma !== 'be')) break;
    }
  }
  return false;
}
