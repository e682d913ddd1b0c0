/** `npm run ask -- --article URL`: a page, a PDF and an ISO-8859-1 page served on 127.0.0.1. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../shared/sources/make-pdf.js';
import { BODY, HEADLINE, newsPage, serve } from '../shared/sources/pages.js';

const ROOT = join(import.meta.dirname, '../../..');
const ASK = join(ROOT, 'dist/adapters/cli/ask.js');
let site: Awaited<ReturnType<typeof serve>>;

/** Runs ask without blocking this process's event loop (the test server answers meanwhile). */
function ask(args: string[], env: Record<string, string> = {}, input?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ASK, ...args], { cwd: ROOT, env: { ...process.env, QA_LOG_FILE: 'off', ARTICLE_FETCH_ALLOW_HOSTS: '', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? '');
  });
}

const latin = newsPage([...BODY, 'The café in Carrow sold crêpes to celebrate the news.'], HEADLINE, '<meta charset="iso-8859-1">');
const typeset = (ps: readonly string[]): string[] => ps.flatMap((p) => [...(p.match(/.{1,70}(\s|$)/g) ?? []).map((l) => l.trim()), '']);

beforeAll(async () => {
  site = await serve({
    '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(newsPage()),
    '/latin.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(latin, 'latin1')),
    '/story.pdf': (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(makePdf([[HEADLINE, '', ...typeset(BODY.slice(0, 3))], typeset(BODY.slice(3))])),
  });
});
afterAll(() => site.close());

const allow = { ARTICLE_FETCH_ALLOW_HOSTS: '127.0.0.1' };

describe('ask --article URL', () => {
  it('answers from a news page with the right sentence, no chrome, and a link to the quoted sentence', async () => {
    const r = await ask(['--article', `${site.base}/page.html`, 'Who rebuilt the old lamp?'], allow);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('> The old lamp was rebuilt by a glassworks in Dunmore');
    expect(r.out).toContain(`${site.base}/page.html#:~:text=The%20old%20lamp%20was%20rebuilt,grinding%20new%20lenses%20by%20hand.`);
    const json = await ask(['--json', '--article', `${site.base}/page.html`], allow, 'Who rebuilt the old lamp?\nWhat does the cookie policy say?\n');
    const [first, second] = json.out.trim().split('\n').map((l) => JSON.parse(l) as { passage: string; link?: string; answered: boolean });
    expect(first!.link).toBe(`${site.base}/page.html#:~:text=The%20old%20lamp%20was%20rebuilt,grinding%20new%20lenses%20by%20hand.`);
    expect(second!.passage).not.toMatch(/cookie/i);
    expect(second!.link).toBeUndefined();
  });
  it('answers from a PDF (linking to its page) and from a page in ISO-8859-1', async () => {
    const pdf = await ask(['--json', '--article', `${site.base}/story.pdf`], allow, 'When can visitors climb the tower?\n');
    const answer = JSON.parse(pdf.out) as { answer: string; passage: string; link: string };
    expect(answer.passage).toContain('Visitors will be allowed to climb the tower on Sundays');
    expect(answer.link).toBe(`${site.base}/story.pdf#page=2`);
    const l = await ask(['--article', `${site.base}/latin.html`, 'What did the café sell?'], allow);
    expect(l.out).toContain('crêpes');
  });
  it('refuses a page on this machine in one line naming ARTICLE_FETCH_ALLOW_HOSTS, exit 1', async () => {
    const r = await ask(['--article', `${site.base}/page.html`, 'Who rebuilt the old lamp?']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^ask: 127\.0\.0\.1 is not a public address.*ARTICLE_FETCH_ALLOW_HOSTS/);
  });
  it('refuses a 50 MB file, /dev/zero and a FIFO in one line each within 2 s, exit 1', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, truncateSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join((await import('node:os')).tmpdir(), 'ask-files-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const fifo = join(dir, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    for (const [file, message] of [[big, /is 50 MB, over the 5 MB limit/], ['/dev/zero', /not an article file I can read/], [fifo, /is not a regular file/]] as const) {
      const started = Date.now();
      const r = await ask(['--article', file, 'What happened?']);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(r.code, file).toBe(1);
      expect(r.err.trim().split('\n'), file).toHaveLength(1);
      expect(r.err, file).toMatch(message);
    }
  });
});
