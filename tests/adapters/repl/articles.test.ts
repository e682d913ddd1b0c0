/** `/article add|list|use|remove` in the REPL, kept in a data folder across restarts. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPL_SCOPE, runRepl } from '../../../adapters/repl/repl.js';
import { ArticleDesk } from '../../../adapters/shared/library/desk.js';
import { openLibrary } from '../../../adapters/shared/library/open.js';
import { idFor } from '../../../adapters/shared/library/record.js';
import { createLibrarySession } from '../../../adapters/shared/library/session.js';
import { librarySettings } from '../../../adapters/shared/library/settings.js';
import { RateLimiter } from '../../../adapters/shared/rate-limit.js';
import { newsPage, serve } from '../shared/sources/pages.js';

let site: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  site = await serve({ '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage()) });
});
afterAll(() => site.close());

async function repl(dataDir: string, lines: string[]): Promise<string> {
  const settings = librarySettings({ QA_DATA_DIR: dataDir, ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1' });
  const { library, close } = await openLibrary({ settings });
  const session = createLibrarySession({ library, via: 'repl', scopeOf: () => REPL_SCOPE });
  const desk = new ArticleDesk({ library, settings, limiter: new RateLimiter({ limit: 100, windowMs: 1000 }), permissionHint: '' });
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString()));
  await runRepl(library.coreFor(REPL_SCOPE), { input: Readable.from(lines.map((l) => `${l}\n`)), output, interactive: false, session, articles: { desk, core: () => library.coreFor(REPL_SCOPE) } });
  await close();
  return text;
}

describe('REPL /article', () => {
  it('adds a link, lists it, answers from it with a link to the quote, sets and clears the choice, removes it; a restart keeps them', async () => {
    const data = mkdtempSync(join(tmpdir(), 'qa-data-'));
    const url = `${site.base}/page.html`;
    const id = idFor(url);
    const first = await repl(data, [`/article add ${url}`, '/article list', 'Who rebuilt the old lamp?', `/article use ${id}`, 'Who is Lavrov?']);
    expect(first).toContain(`Loaded “Lighthouse Keepers Return to Carrow Point” (By Tessa Marlow): 6 paragraphs,`);
    expect(first).toContain(`Its id is ${id}.`);
    expect(first).toMatch(/Try: “.+\?” · “.+\?”/);
    expect(first).toContain(`• ${id} — “Lighthouse Keepers Return to Carrow Point” (6 paragraphs,`);
    expect(first).toContain('• russia-resists-us-position-on-sanctions-for-iran.txt — “Russia Resists U.S. Position on Sanctions for Iran” (27 paragraphs');
    expect(first).toContain('> The old lamp was rebuilt by a glassworks in Dunmore');
    expect(first).toContain(`${url}#:~:text=The%20old%20lamp%20was%20rebuilt,grinding%20new%20lenses%20by%20hand.`);
    expect(first).toContain(`This channel now answers from: “Lighthouse Keepers Return to Carrow Point” (${id}).`);
    // Only the lighthouse article now: Lavrov is not in it.
    expect(first).toContain('The article doesn\'t say: it never mentions "Lavrov".');

    const second = await repl(data, ['/article list', 'Who is Lavrov?', '/article use all', 'Who is Lavrov?', `/article remove ${id}`, '/article list']);
    expect(second).toContain(`▶ ${id} — `);
    expect(second).toContain('This channel now answers from every article.');
    expect(second).toContain('foreign minister');
    expect(second).toContain(`Removed “Lighthouse Keepers Return to Carrow Point” (${id}).`);
    expect(second.split('Articles (').at(-1)).not.toContain(id);
  });
  it('refuses in one line what it cannot read, storing nothing', async () => {
    const data = mkdtempSync(join(tmpdir(), 'qa-data-'));
    const png = join(data, 'photo.png');
    writeFileSync(png, Buffer.from('89504e47', 'hex'));
    const out = await repl(data, ['/article add /etc/passwd', `/article add ${png}`, '/article add file:///etc/passwd', '/article add http://169.254.169.254/latest/meta-data', '/article remove nope', '/article list']);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('Not done: /etc/passwd: not an article file I can read; give a web page (.html), a PDF, or text (.txt, .md)');
    expect(lines[1]).toMatch(/^Not done: .*photo\.png: not an article file/);
    expect(lines[2]).toBe('Not done: only http and https links can be read, not file: links');
    expect(lines[3]).toMatch(/^Not done: 169\.254\.169\.254 is not a public address/);
    expect(lines[4]).toMatch(/^Not done: no article nope/);
    expect(lines.slice(5)).toHaveLength(2); // the heading and the one seed
  });
});
