import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, parseAllowList } from '../../../../adapters/shared/sources/address.js';
import { fetchUrl, type FetchOptions } from '../../../../adapters/shared/sources/fetch-url.js';
import { readUrl } from '../../../../adapters/shared/sources/read.js';
import { ArticleRefusal } from '../../../../adapters/shared/sources/refusal.js';
import { makePdf } from './make-pdf.js';
import { BODY, HEADLINE, indexPage, newsPage, serve } from './pages.js';

const MB = 1024 * 1024;
const allowLocal = parseAllowList('127.0.0.1');
const none = parseAllowList('');
let site: Awaited<ReturnType<typeof serve>>;
/** 200 MB of spaces, gzipped to about 200 KB. */
const bomb = gzipSync(Buffer.alloc(200 * MB, 0x20), { level: 1 });
/** Paragraphs as a typesetter lays them out: lines of about 70 characters, a blank line between. */
const typeset = (paragraphs: readonly string[]): string[] => paragraphs.flatMap((p) => [...(p.match(/.{1,70}(\s|$)/g) ?? []).map((l) => l.trim()), '']);

beforeAll(async () => {
  site = await serve({
    '/page.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(newsPage()),
    '/latin1.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(newsPage([...BODY, 'The café in Carrow sold crêpes to celebrate.'], HEADLINE, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), 'latin1')),
    '/story.pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(makePdf([[HEADLINE, '', ...typeset(BODY.slice(0, 3))], typeset(BODY.slice(3))])),
    '/header-latin1.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from(newsPage([...BODY, 'The café in Carrow sold crêpes to celebrate.'], HEADLINE, ''), 'latin1')),
    '/gzipped.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(newsPage())),
    '/to-private': (_req, res) => res.writeHead(302, { location: 'http://10.20.30.40/page.html' }).end(),
    '/to-loopback-name': (_req, res) => res.writeHead(301, { location: `http://localhost:${site.port}/page.html` }).end(),
    '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/huge': (_req, res) => {
      // 50 MB of text, no Content-Length: the cap must stop it while it streams.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(MB, 'a ');
      let sent = 0;
      const more = (): void => {
        while (sent < 50 && res.write(chunk)) sent += 1;
        if (sent >= 50) res.end();
        else res.once('drain', () => { sent += 1; more(); });
      };
      res.on('close', () => { sent = 50; });
      more();
    },
    '/huge-declared': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * MB) }).end(),
    '/bomb': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb),
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('a'), 1000);
      res.on('close', () => clearInterval(timer));
    },
    '/image.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('89504e470d0a1a0a', 'hex')),
    '/index.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(indexPage()),
  });
});
afterAll(() => site.close());

const opts: FetchOptions = { allow: allowLocal, maxBytes: 5 * MB, timeoutMs: 2000 };

async function refusal(url: string, options: FetchOptions = opts): Promise<string> {
  const error = await readUrl(url, options).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ArticleRefusal);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('reading a link', () => {
  it('reads a news page: the headline, the byline and the body, none of the chrome around it', async () => {
    const read = await readUrl(`${site.base}/page.html`, opts);
    expect(read.doc.title).toBe(HEADLINE);
    expect(read.doc.byline).toBe('By Tessa Marlow');
    expect(read.doc.paragraphs).toEqual(BODY);
    expect(read.url).toBe(`${site.base}/page.html`);
    expect(read.text).not.toMatch(/cookie|Related|Harbour wall|Comments|Subscribe|Weather/i);
  });
  it('reads a page in ISO-8859-1 declared by its meta tag or by the HTTP header, and a gzipped page', async () => {
    const latin = await readUrl(`${site.base}/latin1.html`, opts);
    expect(latin.doc.paragraphs.at(-1)).toBe('The café in Carrow sold crêpes to celebrate.');
    expect((await readUrl(`${site.base}/header-latin1.html`, opts)).doc.paragraphs.at(-1)).toBe('The café in Carrow sold crêpes to celebrate.');
    expect((await readUrl(`${site.base}/gzipped.html`, opts)).doc.paragraphs).toEqual(BODY);
  });
  it('reads a PDF into paragraphs with their pages', async () => {
    const read = await readUrl(`${site.base}/story.pdf`, opts);
    expect(read.doc.paragraphs).toEqual(BODY);
    expect(read.doc.pages).toEqual([1, 1, 1, 2, 2, 2]);
  });
});

describe('refusing a link, in one line, without fetching what it must not', () => {
  it('refuses a page on this machine unless ARTICLE_FETCH_ALLOW_HOSTS opens it', async () => {
    expect(await refusal(`${site.base}/page.html`, { ...opts, allow: none })).toMatch(/127\.0\.0\.1 is not a public address.*ARTICLE_FETCH_ALLOW_HOSTS/);
  });
  it('refuses every spelling of a loopback or unspecified address before connecting', async () => {
    const before = site.hits.length;
    for (const host of ['127.0.0.1', '2130706433', '0x7f000001', '0x7f.0.0.1', '0177.0.0.1', '127.1', '0.0.0.0', '0', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:127.0.0.1]', '[::127.0.0.1]', '[::]']) {
      expect(await refusal(`http://${host}:${site.port}/page.html`, { ...opts, allow: none }), host).toMatch(/is not a public address/);
    }
    // A name that resolves to loopback is refused at connect time, after DNS.
    expect(await refusal(`http://localhost:${site.port}/page.html`, { ...opts, allow: none })).toMatch(/localhost \(.*\) is not a public address/);
    const rebinding = { ...opts, allow: none, lookup: ((_h: string, _o: unknown, cb: (e: null, a: Array<{ address: string; family: number }>) => void) => cb(null, [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }])) as never };
    expect(await refusal(`http://news.example:${site.port}/page.html`, rebinding)).toMatch(/news\.example \(127\.0\.0\.1\) is not a public address/);
    expect(site.hits.length).toBe(before);
  });
  it('refuses a redirect from an allowed host to a private address, or to a name that resolves to loopback', async () => {
    expect(await refusal(`${site.base}/to-private`)).toMatch(/10\.20\.30\.40 is not a public address/);
    expect(await refusal(`${site.base}/to-loopback-name`, { ...opts, allow: parseAllowList('127.0.0.1') ,  lookup: ((_h: string, _o: unknown, cb: (e: null, a: Array<{ address: string; family: number }>) => void) => cb(null, [{ address: '192.168.1.1', family: 4 }])) as never })).toMatch(/localhost \(192\.168\.1\.1\) is not a public address/);
    expect(await refusal(`${site.base}/to-file`)).toMatch(/only http and https links/);
    expect(await refusal(`${site.base}/loop`)).toMatch(/more than 5 redirects/);
  });
  it('refuses file: URLs and credentials in the URL', async () => {
    expect(await refusal('file:///etc/passwd')).toMatch(/only http and https links can be read, not file: links/);
    expect(await refusal(`http://user:pass@127.0.0.1:${site.port}/page.html`)).toMatch(/user name or password/);
    expect(await refusal('not a link')).toMatch(/not a link/);
  });
  it('stops a 50 MB body, a declared 50 MB body and a gzip bomb at the 5 MB cap', async () => {
    expect(await refusal(`${site.base}/huge`)).toMatch(/over the 5 MB limit once read/);
    expect(await refusal(`${site.base}/huge-declared`)).toMatch(/is 50 MB, over the 5 MB limit/);
    const used = process.memoryUsage().rss;
    expect(await refusal(`${site.base}/bomb`)).toMatch(/over the 5 MB limit once read/);
    expect(process.memoryUsage().rss - used).toBeLessThan(100 * MB);
  });
  it('gives up on a server that sends one byte a second, at the deadline', async () => {
    const started = Date.now();
    expect(await refusal(`${site.base}/drip`, { ...opts, timeoutMs: 1500 })).toMatch(/gave up after 1\.5 s/);
    expect(Date.now() - started).toBeLessThan(3000);
  });
  it('refuses a PNG and a page that does not look like an article', async () => {
    expect(await refusal(`${site.base}/image.png`)).toMatch(/is image\/png; only web pages \(HTML\), PDF and plain text/);
    expect(await refusal(`${site.base}/index.html`)).toMatch(/does not look like an article/);
  });
});

describe('isPublicAddress', () => {
  it('allows public unicast only', () => {
    for (const ok of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isPublicAddress(ok), ok).toBe(true);
    for (const bad of ['10.0.0.1', '172.16.5.4', '192.168.0.1', '100.64.0.1', '169.254.169.254', '127.0.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'ff02::1', '::ffff:8.8.8.8', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:a00:1::1', '2001:db8::1', 'example.com']) {
      expect(isPublicAddress(bad), bad).toBe(false);
    }
  });
  it('reads ARTICLE_FETCH_ALLOW_HOSTS hosts, addresses and CIDRs, and names it when a CIDR is malformed', () => {
    const allow = parseAllowList('intranet.example, 10.1.0.0/16, ::1');
    expect(allow.hosts.has('intranet.example')).toBe(true);
    expect(allow.addresses.check('10.1.2.3', 'ipv4')).toBe(true);
    expect(allow.addresses.check('10.2.0.1', 'ipv4')).toBe(false);
    expect(() => parseAllowList('10.0.0.0/40')).toThrowError(/ARTICLE_FETCH_ALLOW_HOSTS/);
  });
});

describe('fetchUrl', () => {
  it('drops an Authorization header on a redirect to another origin', async () => {
    const seen: Array<string | undefined> = [];
    const other = await serve({ '/p': (req, res) => { seen.push(req.headers.authorization); res.writeHead(200, { 'content-type': 'text/plain' }).end('Text.\n\nMore.'); } });
    const first = await serve({ '/r': (req, res) => { seen.push(req.headers.authorization); res.writeHead(302, { location: `http://localhost:${other.port}/p` }).end(); } });
    try {
      await fetchUrl(`${first.base}/r`, { ...opts, allow: parseAllowList('127.0.0.1, localhost'), headers: { authorization: 'Bearer secret' } });
      expect(seen).toEqual(['Bearer secret', undefined]);
    } finally {
      await other.close();
      await first.close();
    }
  });
});
