/**
 * The Slack transport (issue 20, finding 4): a request on a reused kept-alive connection that the
 * server closes before any byte of the answer (it closed an idle connection: the request was not
 * read) is sent once more, on a new connection; the same close on a fresh connection, or after
 * the answer began, is not (the request may have been read). Idle connections are closed by the
 * app within KEEP_ALIVE_MS, before a server with a longer idle timeout would close them.
 * Before: each such close lost the answer ("outcome unknown").
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_MS, slackFetch } from '../../../adapters/slack/transport.js';

/** A raw HTTP server: answers each connection's first request; what it does with the second is `second`. */
function rawServer(second: 'fin' | 'reset' | 'answer', first: 'answer' | 'fin' = 'answer') {
  let requests = 0;
  const connections: Socket[] = [];
  const server: Server = createServer((socket) => {
    connections.push(socket);
    let seen = 0;
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      // A request's head and body may come as two chunks: count request lines only.
      if (!/^POST /m.test(String(chunk))) return;
      requests++;
      const what = ++seen === 1 ? first : second;
      if (what === 'answer') socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: keep-alive\r\n\r\n{"ok":true}');
      else if (what === 'fin') socket.end();
      else socket.resetAndDestroy();
    });
  });
  return {
    server,
    requests: () => requests,
    connections: () => connections.length,
    closedByClient: () => connections.filter((s) => s.readableEnded || s.destroyed).length,
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/api/chat.postMessage`))),
  };
}

let open: Server | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

const post = (f: typeof fetch, url: string) => f(url, { method: 'POST', body: 'channel=C1&text=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });

describe('slackFetch', () => {
  it.each(['fin', 'reset'] as const)('a reused connection closed (%s) before any answer byte: sent once more on a new connection', async (how) => {
    const s = rawServer(how);
    open = s.server;
    const url = await s.listen();
    const f = slackFetch(2000);
    expect(await (await post(f, url)).text()).toBe('{"ok":true}');
    await new Promise((r) => setTimeout(r, 50)); // the connection back in the pool, idle
    const res = await post(f, url);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect([s.requests(), s.connections()]).toEqual([3, 2]);
  });

  it('a fresh connection closed before the answer is not sent again (the server may have read it)', async () => {
    const s = rawServer('answer', 'fin');
    open = s.server;
    const url = await s.listen();
    await expect(post(slackFetch(2000), url)).rejects.toThrow();
    expect(s.requests()).toBe(1);
  });

  it(`closes idle connections itself after ${KEEP_ALIVE_MS} ms`, async () => {
    const s = rawServer('answer');
    open = s.server;
    const url = await s.listen();
    await (await post(slackFetch(2000), url)).text();
    await expect.poll(() => s.closedByClient(), { timeout: KEEP_ALIVE_MS + 2000, interval: 100 }).toBe(1);
  });
});
