import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleFileError, DEFAULT_SEEDS_DIR, loadArticles } from '../../../adapters/shared/articles.js';

describe('loadArticles', () => {
  it('loads every .txt and .md article of seeds/ by default, in name order', () => {
    const articles = loadArticles();
    expect(DEFAULT_SEEDS_DIR.endsWith('seeds')).toBe(true);
    expect(articles.map((a) => a.id)).toEqual(['russia-resists-us-position-on-sanctions-for-iran.txt']);
  });
  it('reads a folder of .txt and .md files, skipping others and a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'b.md'), '\uFEFFB\n\nSecond.');
    writeFileSync(join(dir, 'a.txt'), 'A\n\nFirst.');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const articles = loadArticles([], dir);
    expect(articles.map((a) => a.id)).toEqual(['a.txt', 'b.md']);
    expect(articles[1]!.text.startsWith('B')).toBe(true);
  });
  it('names the folder when it has no article, and a directory given as a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    expect(() => loadArticles([], dir)).toThrowError(/holds no \.txt or \.md article/);
    mkdirSync(join(dir, 'sub.txt'));
    expect(() => loadArticles([join(dir, 'sub.txt')])).toThrowError(ArticleFileError);
  });
});
