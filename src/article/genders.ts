/**
 * Genders from the article's own pronouns, for people it names without Mr./Mrs./Ms.: most news
 * copy writes "Jane Roe, a teacher, said …" and then "She added …". A he/she/his/her outside a
 * quote whose only possible antecedent nearby is one person of unknown gender gives that person
 * the pronoun's gender. Anything less clear (two people it could be, a quote) gives nothing.
 */
import type { Token } from '../nlp/wink.js';
import type { Entity, Mention } from './model.js';
import { findQuote } from './speakers.js';

const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };

/** What the inference reads of one sentence. */
export interface GenderInput {
  tokens: readonly Token[];
  mentions: readonly Mention[];
}

/**
 * Sets `gender` on person entities that have none, in document order (so a gender found early
 * rules that person out for a later pronoun of the other gender). The window for a pronoun is the
 * people named earlier in its sentence and in the sentence before; the pronoun decides only when
 * exactly one of them could be meant, and that one's gender is still unknown.
 */
export function inferGenders(sentences: readonly GenderInput[], entities: ReadonlyMap<string, Entity>): void {
  sentences.forEach((s, k) => {
    const quote = findQuote(s.tokens);
    s.tokens.forEach((t, i) => {
      const g = PRONOUN_GENDER[t.lower];
      if (!g || (t.pos !== 'PRON' && t.pos !== 'DET')) return;
      if (quote && i >= quote[0] && i < quote[1]) return;
      const window = [...(sentences[k - 1]?.mentions ?? []), ...s.mentions.filter((m) => m.end <= i)];
      const people = new Set(window.map((m) => m.key).filter((key) => entities.get(key)?.person));
      const possible = [...people].filter((key) => {
        const gender = entities.get(key)!.gender;
        return gender === undefined || gender === g;
      });
      if (possible.length !== 1) return;
      const e = entities.get(possible[0]!)!;
      e.gender ??= g;
    });
  });
}
