/**
 * A small fake Discord on 127.0.0.1 for driving the real discord.js Client offline: the REST
 * routes the bot uses and a JSON gateway on the same port (see ../shared/notes/platform-fakes.md).
 * It behaves like Discord where the bot could get it wrong: content over 2,000 characters is
 * rejected (400, code 50035), an empty message too (50006), a second or late (> 3 s) interaction
 * callback fails (40060 / 10062), and a wrong token gets 401. Messages created with a `nonce` and
 * `enforce_nonce: true` are created once per nonce (a repeat returns the first message), as
 * Discord does; `fault()` makes a route commit and then answer 500, or answer late, or never.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_ID, botUser, CHANNEL_ID, checkContent, componentInteraction, GUILD_ID, guildCreate, interactionCreate, messageCreate, sentMessage, threadChannel, type ComponentSpec, type InteractionSpec, type MessageSpec } from './fake-payloads.js';

export type { ComponentSpec, InteractionSpec, MessageSpec, UserSpec } from './fake-payloads.js';
export { threadChannel } from './fake-payloads.js';
export { APP_ID, BOT_ID, BOT_ROLE_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID } from './fake-payloads.js';

const INTERACTION_DEADLINE_MS = 3000;

export interface RecordedRequest {
  method: string;
  /** The decoded path without the query (`/api/v10/webhooks/1/tok/messages/@original`). */
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  body: any;
  /** The status the fake answered with. */
  status: number;
}

type Override = { match: (req: RecordedRequest) => boolean; status: number; body: unknown; once: boolean };

/** What goes wrong after the fake has handled a request (it has committed whatever it creates). */
export interface Fault {
  /** Answer this status (with Discord's 5xx body) instead of the real answer. */
  status?: number;
  /** Answer after this many ms; `Infinity` never answers. */
  delayMs?: number;
}
type FaultEntry = Fault & { match: (req: RecordedRequest) => boolean; once: boolean };

/** A message the fake created (committed), whatever the client was told. */
export interface CreatedMessage {
  id: string;
  channelId: string;
  body: any;
}

export interface FakeDiscordOptions {
  token: string;
  /** The shard count `/gateway/bot` recommends (default 1). */
  shards?: number;
}

/** Ids as Discord makes them: the creation time (ms since 2015) in the high bits, so `createdTimestamp` is now. */
let lastId = 0n;
const snowflake = (): string => {
  const fromTime = (BigInt(Date.now()) - 1_420_070_400_000n) << 22n;
  lastId = fromTime > lastId ? fromTime : lastId + 1n;
  return String(lastId);
};

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** The `d` of every IDENTIFY received. */
  readonly identifies: any[] = [];
  /** Close codes of gateway connections the client closed. */
  readonly closes: number[] = [];
  /** Commands stored by PUT .../commands, by route. */
  readonly commands = new Map<string, unknown>();
  private readonly sockets = new Set<WebSocket>();
  /** The shard id each identified connection asked for. */
  private readonly shardOf = new Map<WebSocket, number>();
  private readonly overrides: Override[] = [];
  private readonly faults: FaultEntry[] = [];
  /** Messages created per nonce (`channel:nonce`), for `enforce_nonce`. */
  private readonly byNonce = new Map<string, object>();
  /** Every message the fake created, in order. */
  readonly created: CreatedMessage[] = [];
  /** Threads the bot started (POST …/messages/:id/threads). */
  readonly threads: Array<{ id: string; name: string; parent_id: string }> = [];
  private readonly waiters = new Set<() => void>();
  private readonly interactions = new Map<string, { token: string; createdAt: number; acknowledged: boolean }>();
  private seq = 0;
  private port = 0;
  /**
   * How the gateway treats new connections: normally; 'silent' accepts and never says HELLO (the
   * client stays "connecting"); 'refuse' closes at once (the client keeps reconnecting).
   */
  gateway: 'normal' | 'silent' | 'refuse' = 'normal';

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    private readonly options: FakeDiscordOptions,
  ) {}

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const fake = new FakeDiscord(server, wss, options);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url ?? '/', 'http://localhost');
        const record: RecordedRequest = {
          method: req.method ?? 'GET',
          path: decodeURIComponent(url.pathname),
          query: url.search,
          headers: req.headers,
          body: raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw,
          status: 0,
        };
        let [status, body] = fake.route(record);
        const fault = fake.takeFault(record);
        if (fault?.status) [status, body] = [fault.status, { message: `${fault.status}: Internal Server Error`, code: 0 }];
        record.status = status;
        fake.requests.push(record);
        const answer = (): void => {
          if (res.destroyed) return;
          res.writeHead(status, status === 204 ? {} : { 'content-type': 'application/json' });
          res.end(status === 204 ? undefined : JSON.stringify(body));
        };
        if (fault?.delayMs === Infinity) {
          // never answered: the client's own timeout or shutdown must deal with it
        } else if (fault?.delayMs) setTimeout(answer, fault.delayMs);
        else answer();
        for (const wake of [...fake.waiters]) wake();
      });
    });
    wss.on('connection', (socket) => fake.onGateway(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers matching requests with `status`/`body` instead of the normal route (once, or until cleared). */
  override(match: (req: RecordedRequest) => boolean, status: number, body: unknown, once = false): () => void {
    const entry: Override = { match, status, body, once };
    this.overrides.push(entry);
    return () => {
      const i = this.overrides.indexOf(entry);
      if (i >= 0) this.overrides.splice(i, 1);
    };
  }

  /**
   * Makes matching requests go wrong after the fake has handled them: a message is created, then
   * the answer is a 500 or comes late (or never). Returns a function that clears it.
   */
  fault(match: (req: RecordedRequest) => boolean, fault: Fault, once = false): () => void {
    const entry: FaultEntry = { ...fault, match, once };
    this.faults.push(entry);
    return () => {
      const i = this.faults.indexOf(entry);
      if (i >= 0) this.faults.splice(i, 1);
    };
  }

  private takeFault(req: RecordedRequest): Fault | undefined {
    const fault = this.faults.find((f) => f.match(req));
    if (fault?.once) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault;
  }

  /** The messages the fake created in reply to `messageId` (what the user sees), so far. */
  createdRepliesTo(messageId: string): CreatedMessage[] {
    return this.created.filter((m) => m.body?.message_reference?.message_id === messageId);
  }

  /** Sends a raw text frame (e.g. not JSON) on every gateway connection. */
  sendRawFrame(text: string): void {
    for (const socket of this.sockets) socket.send(text);
  }

  /** Closes every gateway connection with `code` (4004: authentication failed). */
  closeGateway(code: number, reason = ''): void {
    for (const socket of this.sockets) socket.close(code, reason);
  }

  /** How many gateway connections are open. */
  get gatewayConnections(): number {
    return this.sockets.size;
  }

  /** Resolves with the first recorded request (from index `from`) matching `match`. */
  waitForRequest(match: (req: RecordedRequest) => boolean, from = 0, timeoutMs = 3000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.requests.slice(from).find(match);
        if (!found) return false;
        this.waiters.delete(wake);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const wake = (): void => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(wake);
      check();
    });
  }

  /** The reply the bot posted to message `messageId` (a message with that message_reference). */
  replyTo(messageId: string, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && /^\/api\/v10\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === messageId,
      0,
      timeoutMs,
    );
  }

  /** Every request replying to `messageId`, so far. */
  repliesTo(messageId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId);
  }

  /** The interaction callback for interaction `id`. */
  callbackFor(id: string, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`), 0, timeoutMs);
  }

  /** Sends a gateway dispatch on shard 0, where the guild and the DMs live (as Discord routes them). */
  dispatch(t: string, d: unknown): void {
    for (const socket of this.sockets) if (this.shardOf.get(socket) === 0) socket.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Dispatches a MESSAGE_CREATE as Discord would (mentions parsed from the content); returns its id. */
  sendMessage(spec: MessageSpec): string {
    const id = snowflake();
    this.dispatch('MESSAGE_CREATE', messageCreate(id, spec));
    return id;
  }

  /** Dispatches an INTERACTION_CREATE for a slash command; returns its id and token. */
  sendInteraction(spec: InteractionSpec): { id: string; token: string } {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    this.interactions.set(id, { token, createdAt: Date.now(), acknowledged: false });
    this.dispatch('INTERACTION_CREATE', interactionCreate(id, token, snowflake(), spec));
    return { id, token };
  }

  /** Dispatches an INTERACTION_CREATE for a button press on a bot message; returns its id and token. */
  sendComponent(spec: ComponentSpec): { id: string; token: string } {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    this.interactions.set(id, { token, createdAt: Date.now(), acknowledged: false });
    this.dispatch('INTERACTION_CREATE', componentInteraction(id, token, snowflake(), spec));
    return { id, token };
  }

  private route(req: RecordedRequest): [number, unknown] {
    const override = this.overrides.find((o) => o.match(req));
    if (override) {
      if (override.once) this.overrides.splice(this.overrides.indexOf(override), 1);
      return [override.status, override.body];
    }
    if (req.headers.authorization !== `Bot ${this.options.token}` && !req.path.startsWith('/api/v10/webhooks/') && !req.path.startsWith('/api/v10/interactions/')) {
      return [401, { message: '401: Unauthorized', code: 0 }];
    }
    const { method, path, body } = req;
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      const shards = this.options.shards ?? 1;
      return [200, { url: `ws://127.0.0.1:${this.port}`, shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: shards } }];
    }
    if (method === 'GET' && path === '/api/v10/applications/@me') return [200, { id: APP_ID, name: 'qa-bot', flags: 0, bot: botUser() }];
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      this.commands.set(path, body);
      return [200, (body as object[]).map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: '1' }))];
    }
    let m = /^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (method === 'POST' && m) {
      // Starting a thread from a message: the thread's id is the message's, and every client is told.
      const thread = threadChannel(m[2]!, m[1]!, String(body?.name ?? ''));
      this.threads.push(thread as { id: string; name: string; parent_id: string });
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return [201, thread];
    }
    m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && m) {
      const invalid = checkContent(body);
      if (invalid) return invalid;
      // Discord: with enforce_nonce, a nonce already used by this author recently returns that message.
      const nonceKey = body?.enforce_nonce && body.nonce !== undefined ? `${m[1]}:${body.nonce}` : undefined;
      const earlier = nonceKey ? this.byNonce.get(nonceKey) : undefined;
      if (earlier) return [200, earlier];
      const id = snowflake();
      const message = sentMessage(id, m[1]!, body);
      this.created.push({ id, channelId: m[1]!, body });
      if (nonceKey) this.byNonce.set(nonceKey, message);
      return [200, message];
    }
    m = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && m) {
      const interaction = this.interactions.get(m[1]!);
      if (!interaction || interaction.token !== m[2] || Date.now() - interaction.createdAt > INTERACTION_DEADLINE_MS) {
        return [404, { message: 'Unknown interaction', code: 10062 }];
      }
      if (interaction.acknowledged) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      const invalid = body?.type === 4 ? checkContent(body.data) : undefined;
      if (invalid) return invalid;
      interaction.acknowledged = true;
      return [204, undefined];
    }
    m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if ((method === 'POST' || method === 'PATCH') && m) {
      const invalid = checkContent(body);
      if (invalid) return invalid;
      return [200, sentMessage(snowflake(), CHANNEL_ID, body)];
    }
    return [404, { message: `404: Not Found (${method} ${path})`, code: 0 }];
  }

  private onGateway(socket: WebSocket): void {
    if (this.gateway === 'refuse') return socket.terminate();
    this.sockets.add(socket);
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      this.shardOf.delete(socket);
      this.closes.push(code);
    });
    socket.on('message', (raw) => {
      let frame: any;
      try {
        frame = JSON.parse(raw.toString());
      } catch {
        return socket.close(4002, 'Error while decoding payload.');
      }
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) this.onIdentify(socket, frame.d);
    });
    if (this.gateway !== 'silent') socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private onIdentify(socket: WebSocket, d: any): void {
    this.identifies.push(d);
    const send = (t: string, data: unknown) => socket.send(JSON.stringify({ op: 0, t, s: ++this.seq, d: data }));
    const shard: [number, number] = d.shard ?? [0, 1];
    this.shardOf.set(socket, shard[0]);
    const hasGuild = shard[0] === 0; // the only guild lives on shard 0
    send('READY', {
      v: 10,
      user: botUser(),
      guilds: hasGuild ? [{ id: GUILD_ID, unavailable: true }] : [],
      session_id: `session-${shard[0]}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard,
      application: { id: APP_ID, flags: 0 },
    });
    if (hasGuild) send('GUILD_CREATE', guildCreate());
  }
}
