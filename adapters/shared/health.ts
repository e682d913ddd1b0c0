/**
 * `GET /healthz` for load balancers and supervisors: always 200 while the process runs, with a
 * small JSON body saying whether the bot is connected to its platform, which articles it answers
 * from, and where its shared state is. Nothing secret: no token, no Redis password.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { ConfigError } from './env.js';
import { HEALTH_LIMITS, limitConnections, serverOptions, type HttpLimits } from './http-limits.js';
import type { StateStatus } from './state.js';

export interface HealthReport {
  /** discord, slack */
  platform: string;
  /** Connected to Discord's gateway / Slack's socket, or listening for Slack's requests. */
  connected: boolean;
  /** The ids (file names) of the articles loaded. */
  articles: readonly string[];
  state: StateStatus;
}

export const HEALTH_PATH = '/healthz';

/** Answers one request to the health route (GET or HEAD). */
export function serveHealth(req: IncomingMessage, res: ServerResponse, report: () => HealthReport): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'use GET' }));
    return;
  }
  const r = report();
  const body = JSON.stringify({
    status: r.connected ? 'ok' : 'disconnected',
    platform: r.platform,
    connected: r.connected,
    articles: r.articles,
    state: r.state.kind === 'memory' ? { kind: 'memory' } : { kind: 'redis', target: r.state.target, connected: r.state.connected },
  });
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** `HEALTH_PORT`: undefined when unset; a ConfigError when it is not a port number. */
export function healthPort(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.HEALTH_PORT?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError('invalid setting: HEALTH_PORT must be a port number (0-65535) (see .env.example)');
  return n;
}

/**
 * `HEALTH_HOST`: the address `/healthz` listens on; 127.0.0.1 when unset (a prober on the same
 * machine, or a sidecar), `0.0.0.0` or `::` to be reached from elsewhere (a load balancer).
 */
export function healthHost(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.HEALTH_HOST?.trim();
  if (!raw) return '127.0.0.1';
  if (isIP(raw) || /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(raw)) return raw;
  throw new ConfigError('invalid setting: HEALTH_HOST must be an IP address or a host name such as 127.0.0.1 or 0.0.0.0 (see .env.example)');
}

export interface HealthServer {
  port: number;
  /** The address it listens on. */
  host: string;
  close(): Promise<void>;
}

/**
 * Serves `/healthz` on its own port (the Discord bot, Slack Socket Mode); 404 for every other
 * path. Listens on `host` (default 127.0.0.1), within `limits` (idle connections cannot pile up).
 */
export async function startHealthServer(port: number, report: () => HealthReport, host = '127.0.0.1', limits: HttpLimits = HEALTH_LIMITS): Promise<HealthServer> {
  const server = createServer(serverOptions(limits), (req, res) => {
    if (new URL(req.url ?? '/', 'http://health').pathname === HEALTH_PATH) return serveHealth(req, res, report);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: `not found; try ${HEALTH_PATH}` }));
  });
  limitConnections(server, limits);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(new ConfigError(`HEALTH_PORT ${port} cannot be used (${error.code ?? error.message}); choose a free port or leave it unset (see .env.example)`));
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    host: (server.address() as AddressInfo).address,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive connections from a prober must not hold the process open at shutdown.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
