/**
 * Slack's side of `/healthz`: the route Bolt serves beside `/slack/events` in HTTP mode, and
 * whether the app is connected (listening in HTTP mode; the WebSocket is up in Socket Mode).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HEALTH_PATH, serveHealth, type HealthReport } from '../shared/health.js';

/** The route for Bolt's `customRoutes` (HTTP mode). */
export function healthRoute(report: () => HealthReport) {
  return { path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: (req: IncomingMessage, res: ServerResponse) => serveHealth(req, res, report) };
}

interface Emitter {
  on(event: string, listener: () => void): unknown;
}

/**
 * Follows the Socket Mode client's connection: true between `connected` and the next
 * `disconnected`/`reconnecting`.
 */
export function socketConnection(client: Emitter): () => boolean {
  let connected = false;
  client.on('connected', () => (connected = true));
  client.on('reconnecting', () => (connected = false));
  client.on('disconnected', () => (connected = false));
  return () => connected;
}
