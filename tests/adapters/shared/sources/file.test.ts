import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../../adapters/shared/articles.js';
import { ArticleFileError, articleMaxBytes, readFileCapped } from '../../../../adapters/shared/sources/file.js';
import { readPath } from '../../../../adapters/shared/sources/read.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'article-files-'));

function refusal(run: () => unknown): string {
  const started = Date.now();
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ArticleFileError);
  expect(Date.now() - started).toBeLessThan(2000);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('the article file guard (issue 20, finding 6)', () => {
  it('refuses a 50 MB file at once, naming the file and the limit, without reading it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * MB);
    const used = process.memoryUsage().rss;
    expect(refusal(() => readArticle(big))).toBe(`${big}: is 50 MB, over the 5 MB limit (ARTICLE_MAX_BYTES raises it)`);
    expect(process.memoryUsage().rss - used).toBeLessThan(20 * MB);
  });
  it('refuses /dev/zero, a FIFO and a directory: only regular files are read', () => {
    expect(refusal(() => readFileCapped('/dev/zero'))).toMatch(/^\/dev\/zero: is not a regular file/);
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(() => readArticle(fifo))).toMatch(/pipe\.txt: is not a regular file/);
    mkdirSync(join(dir, 'folder.txt'));
    expect(refusal(() => readArticle(join(dir, 'folder.txt')))).toMatch(/is a directory/);
  });
  it('refuses a file that is not an article by its name (/etc/passwd is never quoted to anyone)', async () => {
    expect(refusal(() => readArticle('/etc/passwd'))).toMatch(/^\/etc\/passwd: is not a \.txt or \.md article file/);
    await expect(readPath('/etc/passwd', 5 * MB)).rejects.toThrowError(/passwd: not an article file I can read/);
  });
  it('reads a file within the limit, and ARTICLE_MAX_BYTES moves the limit (a bad value names the variable)', () => {
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, `Headline\n\n${'word '.repeat(400)}`);
    expect(readArticle(ok).text.startsWith('Headline')).toBe(true);
    expect(refusal(() => readArticle(ok, 1024))).toMatch(/over the 1 KB limit/);
    expect(articleMaxBytes({ ARTICLE_MAX_BYTES: '2048' })).toBe(2048);
    expect(() => articleMaxBytes({ ARTICLE_MAX_BYTES: 'lots' })).toThrowError(/^ARTICLE_MAX_BYTES: must be a whole number/);
  });
});
