import type { NameInfo } from './types.js';
import type { Corpus } from './article/model.js';
import { analyse } from './nlp/wink.js';
import { matchNames } from './question/names.js';
import { cleanQuestion } from './question/clean.js';

/** The article entities named in `text`, in order of first mention, with kind and gender. */
export function namesIn(corpus: Corpus, text: string): NameInfo[] {
  const cleaned = cleanQuestion(text);
  if (!cleaned) return [];
  const tokens = analyse(cleaned).flatMap((s) => s.tokens);
  const out: NameInfo[] = [];
  const seen = new Set<string>();
  for (const key of matchNames(tokens, corpus).keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const a of corpus.articles) {
      const e = a.entities.get(key);
      if (!e) continue;
      out.push({ name: e.name, kind: e.person ? 'person' : e.place ? 'place' : 'other', gender: e.gender });
      break;
    }
  }
  return out;
}
