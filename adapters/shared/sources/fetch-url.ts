/**
 * Fetching a link a stranger pasted, safely (the bot's security boundary against SSRF): http and
 * https only, no credentials in the URL, every connection checked at connect time (the address DNS
 * gave, an IP literal in any spelling the URL parser normalises, and the socket's remote address),
 * redirects followed by hand (at most 5, each re-checked), one deadline for the whole fetch, the
 * body capped after decompression (a gzip bomb stops at the cap) and content types by allow-list.
 */
import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, buildConnector, request } from 'undici';
import { mayConnect, bareAddress, type AllowList } from './address.js';
import { formatBytes } from './file.js';
import { ArticleRefusal, shownUrl } from './refusal.js';

/** Content types the readers accept, and which reader. */
export const FETCH_TYPES: Record<string, 'html' | 'pdf' | 'text'> = {
  'text/html': 'html', 'application/xhtml+xml': 'html', 'application/pdf': 'pdf',
  'text/plain': 'text', 'text/markdown': 'text', 'text/x-markdown': 'text',
};

export interface FetchOptions {
  allow: AllowList;
  /** Cap on the body after decompression. */
  maxBytes: number;
  /** One deadline for DNS, connects, redirects and the body together (default 10 s). */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Extra request headers (Slack's `Authorization` for a private file); dropped on a redirect to another origin. */
  headers?: Record<string, string>;
  /** For an uploaded file whose reader was chosen from its name: any content type is read with it. */
  expect?: 'html' | 'pdf' | 'text';
  /** DNS lookup to use (tests resolve names to chosen addresses); default node:dns. */
  lookup?: typeof dnsLookup;
}

/** A fetched document: the final URL (after redirects), its content type and its (decompressed) bytes. */
export interface Fetched {
  url: string;
  contentType: string;
  format: 'html' | 'pdf' | 'text';
  body: Buffer;
}

const ALLOW_HINT = 'ARTICLE_FETCH_ALLOW_HOSTS opens a private host or range';

/** Refuses what is not a plain http(s) link; returns it parsed (the parser normalises 2130706433, 0x7f.1, [::ffff:…]). */
export function checkUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = typeof raw === 'string' ? new URL(raw.trim()) : raw;
  } catch (error) {
    throw new ArticleRefusal('that is not a link I can read (give an http:// or https:// URL)', { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArticleRefusal(`only http and https links can be read, not ${url.protocol.slice(0, 20)} links`);
  if (url.username || url.password) throw new ArticleRefusal('links with a user name or password in them are refused');
  if (url.href.length > 2048) throw new ArticleRefusal('that link is too long (over 2,048 characters)');
  return url;
}

function refusedAddress(host: string, address: string): ArticleRefusal {
  const shown = bareAddress(host) === bareAddress(address) ? address : `${host} (${address})`;
  return new ArticleRefusal(`${shown} is not a public address; links to private, loopback or local networks are refused (${ALLOW_HINT})`);
}

/** A DNS lookup that fails when any address of the name may not be connected to (no rebinding to a second answer). */
function guardedLookup(allow: AllowList, lookup: typeof dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as Array<{ address: string; family: number }>;
      const bad = list.find((a) => !mayConnect(a.address, hostname, allow));
      if (bad || list.length === 0) return callback(bad ? refusedAddress(hostname, bad.address) : new Error(`${hostname}: no address`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** The connector every request goes through: the address is checked before and after connecting. */
function guardedConnector(allow: AllowList, lookup: typeof dnsLookup, timeoutMs: number): buildConnector.connector {
  const base = buildConnector({ timeout: timeoutMs, lookup: guardedLookup(allow, lookup) });
  return (options, callback) => {
    const host = bareAddress(options.hostname);
    // Node skips the lookup for an IP literal: check it here.
    if (isIP(host) && !mayConnect(host, host, allow)) return callback(refusedAddress(host, host), null);
    base(options, (error, socket) => {
      if (error) return callback(error, null);
      const remote = socket!.remoteAddress ?? '';
      if (!mayConnect(remote, host, allow)) {
        socket!.destroy();
        return callback(refusedAddress(host, remote), null);
      }
      return callback(null, socket!);
    });
  };
}

function decoderFor(encoding: string | undefined): NodeJS.ReadWriteStream | undefined | 'unknown' {
  const e = (encoding ?? '').trim().toLowerCase();
  if (!e || e === 'identity') return undefined;
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  return 'unknown';
}

/** The refusal for an error thrown while fetching: ours as is, a deadline as one line, anything else named briefly. */
function asRefusal(error: unknown, url: URL, timeoutMs: number): ArticleRefusal {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (e instanceof ArticleRefusal) return e;
  }
  const name = (error as { name?: string; code?: string } | null)?.name ?? '';
  const code = (error as { code?: string } | null)?.code ?? '';
  if (name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code)) {
    return new ArticleRefusal(`${shownUrl(url)}: gave up after ${timeoutMs / 1000} s (the server is too slow)`, { cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new ArticleRefusal(`${url.hostname}: no such host`, { cause: error });
  return new ArticleRefusal(`${shownUrl(url)}: could not be fetched (${code || name || 'network error'})`, { cause: error });
}

/** Stops reading a body we refused (undici reports the stop as an error event: it is expected). */
function discard(body: { on(event: 'error', listener: () => void): unknown; destroy(): unknown }): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Fetches an article's bytes from `raw` (see the module comment for what is refused). */
export async function fetchUrl(raw: string, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  let url = checkUrl(raw);
  const origin = url.origin;
  const signal = AbortSignal.timeout(timeoutMs);
  const agent = new Agent({ connect: guardedConnector(options.allow, options.lookup ?? dnsLookup, timeoutMs), headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connections: 1, pipelining: 0 });
  try {
    for (let hop = 0; ; hop += 1) {
      const headers: Record<string, string> = {
        accept: 'text/html,application/xhtml+xml,application/pdf,text/plain,text/markdown;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': 'article-qa-bot (+reads articles users share)',
        ...(url.origin === origin ? options.headers : {}),
      };
      const res = await request(url, { dispatcher: agent, method: 'GET', headers, signal });
      if ([301, 302, 303, 307, 308].includes(res.statusCode)) {
        await res.body.dump().catch(() => undefined);
        const location = res.headers.location;
        if (typeof location !== 'string') throw new ArticleRefusal(`${shownUrl(url)}: a redirect without a destination`);
        if (hop >= maxRedirects) throw new ArticleRefusal(`${shownUrl(raw)}: more than ${maxRedirects} redirects`);
        url = checkUrl(new URL(location, url));
        continue;
      }
      if (res.statusCode !== 200) {
        await res.body.dump().catch(() => undefined);
        throw new ArticleRefusal(`${shownUrl(url)}: the server answered ${res.statusCode}, not the page`);
      }
      const contentType = String(res.headers['content-type'] ?? '').trim();
      const mime = contentType.split(';')[0]!.trim().toLowerCase();
      const format = options.expect ?? FETCH_TYPES[mime];
      if (!format) {
        discard(res.body);
        throw new ArticleRefusal(`${shownUrl(url)}: is ${mime || 'of no stated type'}; only web pages (HTML), PDF and plain text can be read`);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        discard(res.body);
        throw new ArticleRefusal(`${shownUrl(url)}: is ${formatBytes(declared)}, over the ${formatBytes(options.maxBytes)} limit`);
      }
      const decoder = decoderFor(res.headers['content-encoding'] as string | undefined);
      if (decoder === 'unknown') {
        discard(res.body);
        throw new ArticleRefusal(`${shownUrl(url)}: sent in an encoding I cannot read`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      // Kept apart: tearing the pipeline down can surface as undici's abort error instead of ours.
      let over: ArticleRefusal | undefined;
      const sink = async (source: AsyncIterable<Buffer>): Promise<void> => {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > options.maxBytes) throw (over = new ArticleRefusal(`${shownUrl(url)}: over the ${formatBytes(options.maxBytes)} limit once read`));
          chunks.push(chunk);
        }
      };
      res.body.on('error', () => undefined);
      try {
        if (decoder) await pipeline(res.body, decoder as NodeJS.ReadWriteStream & AsyncIterable<Buffer>, sink, { signal });
        else await pipeline(res.body, sink, { signal });
      } catch (error) {
        throw over ?? error;
      }
      return { url: url.href, contentType, format, body: Buffer.concat(chunks) };
    }
  } catch (error) {
    throw asRefusal(error, url, timeoutMs);
  } finally {
    agent.destroy().catch(() => undefined);
  }
}
