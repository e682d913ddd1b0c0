/**
 * What a running bot needs besides its platform: the shared state (memory, or Redis with
 * `REDIS_URL`) and `/healthz` on `HEALTH_PORT`. The entry points call `operationSettings` before
 * anything slow (a bad setting fails at once), then `startOperations`, and `close` on shutdown.
 */
import { healthHost, healthPort, startHealthServer, type HealthReport, type HealthServer } from './health.js';
import type { Logger } from './logger.js';
import type { SessionSettings } from './session.js';
import { createSharedState, stateSettings, type SharedState, type StateSettings } from './state.js';

export interface OperationSettings {
  state: StateSettings;
  /** `HEALTH_PORT`, when set. */
  healthPort?: number;
  /** `HEALTH_HOST` (default 127.0.0.1). */
  healthHost: string;
}

/** Reads `REDIS_URL`, `REDIS_KEY_PREFIX`, `HEALTH_PORT` and `HEALTH_HOST`; a malformed one is a ConfigError naming it. */
export function operationSettings(env: NodeJS.ProcessEnv = process.env): OperationSettings {
  const port = healthPort(env);
  return { state: stateSettings(env), healthHost: healthHost(env), ...(port !== undefined ? { healthPort: port } : {}) };
}

export interface Operations {
  state: SharedState;
  /** The health report for a connection state. */
  report(connected: boolean): HealthReport;
  /** Starts `/healthz` on `HEALTH_PORT` (nothing when unset); resolves with the port. */
  serveHealth(connected: () => boolean): Promise<number | undefined>;
  /** Stops the health server and closes Redis. Safe to call twice. */
  close(): Promise<void>;
}

export interface OperationsOptions {
  settings: OperationSettings;
  platform: string;
  /** The loaded articles' ids (a function when they change at run time). */
  articles: readonly string[] | (() => readonly string[]);
  bounds: SessionSettings['conversations'];
  logger: Logger;
}

export async function startOperations(options: OperationsOptions): Promise<Operations> {
  const state = await createSharedState({ settings: options.settings.state, bounds: options.bounds, logger: options.logger });
  const report = (connected: boolean): HealthReport => ({ platform: options.platform, connected, articles: typeof options.articles === 'function' ? options.articles() : options.articles, state: state.status() });
  let server: HealthServer | undefined;
  let closed = false;
  return {
    state,
    report,
    async serveHealth(connected) {
      const port = options.settings.healthPort;
      if (port === undefined || closed) return undefined;
      const host = options.settings.healthHost;
      server = await startHealthServer(port, () => report(connected()), host);
      options.logger.info({ port: server.port, host }, `health check on http://${host.includes(':') ? `[${host}]` : host}:${server.port}/healthz`);
      return server.port;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([server?.close(), state.close()]);
    },
  };
}
