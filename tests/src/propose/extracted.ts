import type { Answer } from '../../../src/types.js';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';
import { cleanQuestion } from '../../../src/question/clean.js';
import { retrieve } from '../../../src/retrieve/retrieve.js';
import { rulePassage } from '../../../src/judge/gates.js';
import { extractAnswer } from '../../../src/propose/extract.js';

/**
 * The first hand-written extractor's answer to `question` over an article made of `text`, from
 * the passage the rules pick: what the extractors propose to the learned reader, which may prefer
 * another span (src/read/reader.ts). Tests of an extractor's own behaviour read this.
 */
export function extracted(text: string, question: string): string | undefined {
  const corpus = buildCorpus([{ id: 'article.txt', text }]);
  const q = analyseQuestion(cleanQuestion(question), corpus);
  const ranked = retrieve(q, corpus, 5);
  const s = ranked[rulePassage(ranked, q) ?? 0]?.sentence;
  const entities = corpus.articles[0]!.entities;
  return s && extractAnswer(s, q, corpus.idf, (key) => entities.get(key)?.name);
}

/**
 * An article's extractors, asked like a core: `ask` gives the first extractor's answer from the
 * rules' passage (`answered` false when none), what the propose stage offers the judge as the
 * rules' candidate. Tests of what the extractors propose use it in place of `createCore`.
 */
export function proposer(articles: readonly { id: string; text: string }[]): { ask(question: string): Answer } {
  const text = articles[0]!.text;
  return {
    ask: (question) => {
      const answer = extracted(text, question) ?? '';
      return { question, answered: answer !== '', answer, form: 'short', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low' };
    },
  };
}
