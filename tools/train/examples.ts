import { Random } from '../bench/random.js';
import type { Progress } from '../bench/progress.js';
import { analyse } from '../../src/nlp/wink.js';
import { loadSet, type Item } from './data.js';
import { collect, corporaOf, type Example } from './collect.js';
import { foreignOk, moveYear, negativesOf } from './negatives/index.js';

/**
 * A question set as training examples: every question through the core's pipeline (a question
 * with no gold answer is a real unanswerable one), plus, with `negatives`, unanswerable ones made
 * from the answerable ones the way SQuAD 2.0's writers made theirs (see negatives/).
 */
export function examplesOf(file: string, seed: number, progress: Progress, label: string, negatives: boolean): Example[] {
  const set = loadSet(file);
  const tag = label.split(' ')[0]!;
  progress.step(`${label}: analysing ${set.articles.size} articles`);
  const corpora = corporaOf(set);
  const names = [...set.articles.keys()];
  const rnd = new Random(seed);
  const out: Example[] = [];
  progress.step(`${label}: ${set.items.length} questions and their negatives`);
  for (const item of set.items) {
    const corpus = corpora.get(item.article)!;
    out.push(collect(corpus, item, item.answers.length > 0, tag));
    if (!negatives || item.answers.length === 0) continue;
    // SQuAD 2.0's kinds (a name, number or noun swapped for one of the same paragraph, an
    // antonym, a negation: negatives/), a year moved, and for one question in six the question
    // asked of another article (real unanswerable questions stay on the paragraph's topic).
    const tokens = analyse(item.question).flatMap((x) => x.tokens);
    for (const negative of negativesOf(item, corpus, rnd, tokens)) out.push(collect(corpus, negative, false, tag));
    const moved = moveYear(item, rnd);
    if (moved) out.push(collect(corpus, moved, false, tag));
    if (rnd.next() < 1 / 6) {
      const other = names[(names.indexOf(item.article) + 1 + rnd.int(0, names.length - 2)) % names.length]!;
      if (other !== item.article && foreignOk(item, set.articles.get(other)!.text)) {
        const negative: Item = { ...item, id: `${item.id}#foreign`, answers: [], evidence: [] };
        out.push(collect(corpora.get(other)!, negative, false, tag));
      }
    }
  }
  return out;
}
