/**
 * The peers: plain BM25 sentence retrieval over the same sentences (bench/sentences.ts) and
 * questions as the core, with wink-bm25-text-search and with MiniSearch (lower-cased words, no
 * language model), and the yardstick: wink-nlp with its English model tokenising and lemmatising
 * for wink-bm25-text-search, which pays for loading the same model the core needs. A peer's
 * "answer" is its top sentence; it has no short answer, no names and no abstention.
 */
import type bm25 from 'wink-bm25-text-search';
import type MiniSearch from 'minisearch';
import type { ArticleSource } from '../../src/types.js';
import { splitSentences, words } from './sentences.js';

/** A built system: answers a question with a passage (empty when nothing matched). */
export interface Asker {
  ask(question: string): string;
}

export type Builder = (articles: readonly ArticleSource[]) => Asker;

export const PEER_NAMES = ['wink-nlp-bm25', 'wink-bm25', 'minisearch'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

function allSentences(articles: readonly ArticleSource[]): string[] {
  return articles.flatMap((a) => splitSentences(a.text));
}

/** wink-bm25-text-search with its default BM25 parameters, one document per sentence, terms from `terms`. */
function winkPeer(make: typeof bm25, articles: readonly ArticleSource[], terms: (text: string) => string[] = words): Asker {
  const sentences = allSentences(articles);
  const engine = make();
  engine.defineConfig({ fldWeights: { text: 1 } });
  engine.definePrepTasks([(input) => terms(String(input))]);
  sentences.forEach((text, id) => engine.addDoc({ text }, id));
  // wink refuses to consolidate fewer than three documents.
  for (let pad = sentences.length; pad < 3; pad++) engine.addDoc({ text: '' }, `pad-${pad}`);
  engine.consolidate();
  return {
    ask(question) {
      const top = engine.search(question, 1)[0];
      return top ? (sentences[Number(top[0])] ?? '') : '';
    },
  };
}

/** MiniSearch (BM25+ scoring, OR of terms, no prefix or fuzzy match), one document per sentence. */
function miniSearchPeer(Index: typeof MiniSearch, articles: readonly ArticleSource[]): Asker {
  const sentences = allSentences(articles);
  const index = new Index<{ id: number; text: string }>({ fields: ['text'], tokenize: words, processTerm: (t) => t });
  index.addAll(sentences.map((text, id) => ({ id, text })));
  return {
    ask(question) {
      const top = index.search(question)[0];
      return top ? (sentences[top.id as number] ?? '') : '';
    },
  };
}

/** Imports one peer's library (only that one, so its start-up is its own) and returns its builder. */
export async function loadPeer(name: PeerName): Promise<Builder> {
  if (name === 'wink-nlp-bm25') {
    const [{ default: make }, { winkTerms }] = await Promise.all([import('wink-bm25-text-search'), import('./wink-terms.js')]);
    const terms = winkTerms();
    return (articles) => winkPeer(make, articles, terms);
  }
  if (name === 'wink-bm25') {
    const { default: make } = await import('wink-bm25-text-search');
    return (articles) => winkPeer(make, articles);
  }
  const { default: Index } = await import('minisearch');
  return (articles) => miniSearchPeer(Index, articles);
}
