/**
 * Limits for the bots' HTTP servers (Slack's events endpoint, `/healthz`), so that idle or slow
 * connections cannot take the bot offline. Node's defaults let a connection that sent half a
 * request sit for 60 s, and accept connections until every file descriptor is used (then the
 * bot cannot open its own outbound sockets: EMFILE). Here:
 * - headers must arrive within a few seconds, the whole request soon after, and an idle
 *   keep-alive connection is closed after a few seconds (checked every second, not every 30 s);
 * - at most `maxConnections` are open, well below the common 1,024 descriptor limit, and at most
 *   `perAddress` from one address. A connection past a cap evicts the oldest connection that has
 *   no request in progress (an idle or half-sent one), so a flood of idle connections cannot
 *   lock out a real request: the newest connections get in, the idle ones go.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';

export interface HttpLimits {
  /** Time for a connection to send its request headers. */
  headersTimeoutMs: number;
  /** Time for a whole request (headers and body). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections at most (the descriptor limit is often 1,024; the bot needs some for itself). */
  maxConnections: number;
  /** Open connections from one address at most. */
  perAddress: number;
}

/** Slack's events endpoint (Slack waits 3 s for an answer; a buffering proxy sends requests whole). */
export const EVENTS_LIMITS: HttpLimits = { headersTimeoutMs: 5000, requestTimeoutMs: 10_000, keepAliveTimeoutMs: 5000, maxConnections: 400, perAddress: 100 };
/** `/healthz`: a prober needs one connection at a time. */
export const HEALTH_LIMITS: HttpLimits = { headersTimeoutMs: 3000, requestTimeoutMs: 5000, keepAliveTimeoutMs: 5000, maxConnections: 64, perAddress: 16 };

/** The options for `http.createServer` that carry the timeouts. */
export function serverOptions(limits: HttpLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two timeouts above only this often (default 30 s).
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
}

/** Applies the timeouts to a server created elsewhere (Bolt's) and enforces the connection caps. */
export function limitConnections(server: Server, limits: HttpLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  const open = new Set<Socket>(); // oldest first
  const byAddress = new Map<string, Set<Socket>>();
  const busy = new Set<Socket>();
  // Taken at connection: a destroyed socket no longer knows its remote address.
  const addressOf = new WeakMap<Socket, string>();

  server.on('request', (req, res) => {
    const socket = req.socket;
    busy.add(socket);
    res.once('close', () => busy.delete(socket));
  });

  /** Forgets a connection at once (its 'close' comes later: a burst must not count it again). */
  const forget = (socket: Socket) => {
    open.delete(socket);
    busy.delete(socket);
    const address = addressOf.get(socket) ?? '?';
    const mine = byAddress.get(address);
    mine?.delete(socket);
    if (mine?.size === 0) byAddress.delete(address);
  };

  /** Closes the oldest connection among `candidates` with no request in progress; the new one if there is none. */
  const evict = (candidates: Iterable<Socket>, fresh: Socket) => {
    let victim = fresh;
    for (const socket of candidates) {
      if (socket !== fresh && !busy.has(socket)) {
        victim = socket;
        break;
      }
    }
    forget(victim);
    victim.destroy();
  };

  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    addressOf.set(socket, address);
    let mine = byAddress.get(address);
    if (!mine) byAddress.set(address, (mine = new Set()));
    open.add(socket);
    mine.add(socket);
    socket.once('close', () => forget(socket));
    if (mine.size > limits.perAddress) evict(mine, socket);
    else if (open.size > limits.maxConnections) evict(open, socket);
  });
}
