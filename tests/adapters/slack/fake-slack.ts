/**
 * A small fake Slack on 127.0.0.1 for driving the real Bolt App offline: the Web API
 * (`/api/<method>`), response_url endpoints (`/response/<id>`) and a Socket Mode WebSocket
 * (`/socket`). It records every call and, like Slack, rejects Block Kit beyond Slack's limits.
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';

/** Why Slack would reject these blocks (section text 1-3000 characters), or undefined when valid. */
export function blocksProblem(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks) || blocks.length > 50) return 'blocks must be an array of at most 50';
  for (const block of blocks as Array<Record<string, any>>) {
    if (block.type === 'section') {
      const text = block.text?.text;
      if (typeof text !== 'string' || text.length < 1 || text.length > 3000) return `section text length ${text?.length}`;
    } else if (block.type === 'context') {
      if (!Array.isArray(block.elements) || block.elements.length < 1 || block.elements.length > 10) return 'context elements';
      for (const e of block.elements) if (typeof e.text !== 'string' || e.text.length > 3000) return 'context text';
    } else if (block.type === 'actions') {
      // Slack's limits: 1-25 elements; button text up to 75 characters, action_id up to 255, value up to 2000.
      if (!Array.isArray(block.elements) || block.elements.length < 1 || block.elements.length > 25) return 'actions elements';
      for (const e of block.elements) {
        if (e.type !== 'button' || e.text?.type !== 'plain_text' || !e.text.text || e.text.text.length > 75) return 'button text';
        if (typeof e.action_id !== 'string' || e.action_id.length > 255 || (e.value !== undefined && String(e.value).length > 2000)) return 'button ids';
      }
    } else {
      return `unexpected block type ${block.type}`;
    }
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = k === 'blocks' || k === 'attachments' ? JSON.parse(v) : v;
  }
  return out;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: SocketAck[] = [];
  /** POSTs received per response_url id, failed ones included. */
  readonly responseAttempts = new Map<string, number>();
  /** Private files served at `<url>/files/<name>` to the bot token only (url_private_download). */
  readonly files = new Map<string, { type: string; body: string | Buffer }>();
  readonly sockets: WebSocket[] = [];
  /** While true, a new Socket Mode connection never gets its hello (a handshake that hangs). */
  silentSockets = false;
  /** While true, apps.connections.open answers 503 (Slack having an outage). */
  connectionsDown = false;
  /** How late a `chat.postMessage` to a channel named *SLOW* is answered (it is posted at once). */
  slowMs = 5000;
  /** Calls to channels named *RATELIMITED* answered 429 so far (only the first per channel is). */
  private readonly rateLimited = new Set<string>();
  /** Tokens the API accepts (Authorization: Bearer ...). */
  botToken = 'xoxb-fake-bot-token';
  appToken = 'xapp-fake-app-token';
  private ts = 1_700_000_000;
  private readonly wss = new WebSocketServer({ noServer: true });
  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const fake = new FakeSlack(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req, res) => void fake.handle(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (req.url === '/socket') fake.wss.handleUpgrade(req, socket, head, (ws) => fake.onSocket(ws));
      else socket.destroy();
    });
    return fake;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first truthy value of `probe`, polling; rejects after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 3000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Sends a Socket Mode envelope on the latest connection and resolves with its ack. */
  async sendEnvelope(envelope: Record<string, unknown> & { envelope_id: string }, timeoutMs = 3000): Promise<SocketAck> {
    const ws = await this.waitFor(() => this.sockets.at(-1), timeoutMs, 'a socket connection');
    ws.send(JSON.stringify(envelope));
    return this.waitFor(() => this.acks.find((a) => a.envelope_id === envelope.envelope_id), timeoutMs, `ack of ${envelope.envelope_id}`);
  }

  /** Drops every Socket Mode connection (as when Slack recycles a pod or the network blips). */
  dropSockets(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.push(ws);
    if (this.silentSockets) return;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as SocketAck;
      if (typeof message.envelope_id === 'string') this.acks.push(message);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack' }, connection_info: { app_id: 'A0FAKE' } }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/response/')) {
      const body = parseBody(raw, req.headers['content-type']);
      const problem = blocksProblem(body.blocks);
      if (problem) return send(400, { ok: false, error: 'invalid_blocks', problem });
      // Faults by id: FAILONCE fails the first post to it, FAILALL every post (and records none).
      const id = url.pathname.slice('/response/'.length);
      this.responseAttempts.set(id, (this.responseAttempts.get(id) ?? 0) + 1);
      if (id.includes('FAILALL') || (id.includes('FAILONCE') && this.responseAttempts.get(id) === 1)) return send(500, { ok: false, error: 'internal_error' });
      this.responses.push({ id: url.pathname.slice('/response/'.length), body });
      return send(200, { ok: true });
    }
    if (url.pathname.startsWith('/files/')) {
      // url_private_download: only with the bot token, as Slack serves private files.
      const file = this.files.get(url.pathname.slice('/files/'.length));
      if (req.headers.authorization !== `Bearer ${this.botToken}`) return send(403, { ok: false, error: 'not_authed' });
      if (!file) return send(404, { ok: false, error: 'file_not_found' });
      res.writeHead(200, { 'content-type': file.type });
      res.end(file.body);
      return;
    }
    if (!url.pathname.startsWith('/api/')) return send(404, { ok: false, error: 'not_found' });
    const method = url.pathname.slice('/api/'.length);
    const body = parseBody(raw, req.headers['content-type']);
    this.calls.push({ method, body, headers: req.headers });
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    switch (method) {
      case 'auth.test':
        if (bearer !== this.botToken) return send(200, { ok: false, error: 'invalid_auth' });
        return send(200, { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0FAKE', user: 'qa-bot', team: 'Fake' });
      case 'apps.connections.open':
        if (this.connectionsDown) return send(503, { ok: false, error: 'service_unavailable' });
        if (bearer !== this.appToken) return send(200, { ok: false, error: 'invalid_auth' });
        return send(200, { ok: true, url: `${this.url.replace('http', 'ws')}/socket` });
      case 'chat.postMessage': {
        if (bearer !== this.botToken) return send(200, { ok: false, error: 'invalid_auth' });
        const problem = blocksProblem(body.blocks);
        if (problem) return send(200, { ok: false, error: 'invalid_blocks', problem });
        if (typeof body.channel !== 'string' || typeof body.text !== 'string') return send(200, { ok: false, error: 'invalid_arguments' });
        if (body.channel.includes('FAIL')) return send(200, { ok: false, error: 'channel_not_found' }); // for error-path tests
        // Faults by channel name. A 429 posts nothing (Slack says: try again later); every other
        // call below has posted the message, whatever the client hears: a 500 after the commit,
        // an answer after `slowMs`, or none at all (STALL: held until the fake closes).
        if (body.channel.includes('RATELIMITED') && !this.rateLimited.has(body.channel)) {
          this.rateLimited.add(body.channel);
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
          res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
          return;
        }
        const ts = `${++this.ts}.000100`;
        const ok = { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts, bot_id: BOT_ID } };
        if (body.channel.includes('COMMIT500')) return send(500, { ok: false, error: 'internal_error' });
        if (body.channel.includes('STALL')) return;
        if (body.channel.includes('SLOW')) {
          setTimeout(() => send(200, ok), this.slowMs).unref();
          return;
        }
        return send(200, ok);
      }
      case 'users.info': {
        if (bearer !== this.botToken) return send(200, { ok: false, error: 'invalid_auth' });
        const id = String(body.user ?? '');
        return send(200, { ok: true, user: { id, is_admin: id.startsWith('UADMIN'), is_owner: false } });
      }
      case 'chat.postEphemeral':
        if (bearer !== this.botToken) return send(200, { ok: false, error: 'invalid_auth' });
        if (typeof body.channel !== 'string' || typeof body.user !== 'string' || typeof body.text !== 'string') return send(200, { ok: false, error: 'invalid_arguments' });
        return send(200, { ok: true, message_ts: `${++this.ts}.000200` });
      default:
        return send(200, { ok: false, error: 'unknown_method' });
    }
  }
}
