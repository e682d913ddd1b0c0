import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ArticleSource } from '../../src/types.js';
import { readArticle } from '../../adapters/shared/articles.js';

/** One question of a training or validation set (SQuAD layout, see ../shared/train/README.md). */
export interface Item {
  id: string;
  question: string;
  /** Gold answers; empty for a question the article cannot answer. */
  answers: string[];
  /** Strings one of which a right passage must hold (the gold answers when the set gives none). */
  evidence: string[];
  article: string;
  /** 0-based index of the gold paragraph in the article body, when the set gives one (`paragraph` in the jsonl). */
  paragraph?: number;
}

/** A question set: its articles by name and its questions grouped per article, in file order. */
export interface QuestionSet {
  name: string;
  articles: Map<string, ArticleSource>;
  items: Item[];
}

/** Reads `questions.jsonl` and the articles it names (relative paths, or names under articles/). */
export function loadSet(file: string): QuestionSet {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`train: no question set at ${path}; is ../shared checked out next to the worktree?`);
  const base = dirname(path);
  const articles = new Map<string, ArticleSource>();
  const items: Item[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as { id: string; question: string; answers?: string[]; evidence?: string[]; article: string; paragraph?: number };
    if (!articles.has(raw.article)) {
      const direct = resolve(base, raw.article);
      const named = join(base, 'articles', `${raw.article}.txt`);
      articles.set(raw.article, readArticle(existsSync(direct) || !existsSync(named) ? direct : named));
    }
    const answers = raw.answers ?? [];
    const item: Item = { id: raw.id, question: raw.question, answers, evidence: raw.evidence?.length ? raw.evidence : answers, article: raw.article };
    // Only a whole non-negative index is a paragraph; sets without one keep items as they were.
    if (Number.isInteger(raw.paragraph) && raw.paragraph! >= 0) item.paragraph = raw.paragraph;
    items.push(item);
  }
  return { name: base.split('/').slice(-1)[0]!, articles, items };
}
