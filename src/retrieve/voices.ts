import type { Sentence } from '../article/model.js';
import { STANCE_VERBS } from '../question/position.js';

/** Tokens between a name and its verb that still leave it the subject ("the EU, Sawsan Chebli said, …" aside). */
const REACH = 4;

/**
 * Whether one of `keys` states a position in the sentence: its quote's speaker, or the subject of
 * a stance or reporting verb ("The EU deplores …", "Mousavi called …", "he said" for a pronoun the
 * article resolves to it). What "what does X think" asks for (question/position.ts).
 */
export function voicedBy(s: Sentence, keys: ReadonlySet<string>): boolean {
  if (s.speaker && keys.has(s.speaker)) return true;
  const starts: number[] = [];
  for (const m of s.mentions) if (keys.has(m.key)) starts.push(m.end);
  for (const [i, key] of s.corefs) if (keys.has(key)) starts.push(i + 1);
  for (const end of starts) {
    for (let k = end; k < Math.min(s.tokens.length, end + REACH); k++) {
      const t = s.tokens[k]!;
      if (t.pos === 'VERB' && STANCE_VERBS.has(t.lemma)) return true;
      // A clause boundary ends the subject's reach: "Mousavi's supporters, who said …" is theirs.
      if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.pos === 'VERB') break;
    }
  }
  return false;
}
