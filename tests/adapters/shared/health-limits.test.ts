/**
 * `/healthz` under an idle-connection flood (issue 20, finding 1), scaled down: with a cap of 8
 * connections, 40 connections that never finish their headers are closed by the server (the
 * oldest idle first, the rest at the headers timeout), and every probe is answered meanwhile.
 * Before: Node kept each one open for 60 s, until every descriptor was used. It listens on
 * 127.0.0.1 unless HEALTH_HOST says otherwise.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from '../../../adapters/shared/health.js';
import { operationSettings } from '../../../adapters/shared/operations.js';
import { ConfigError } from '../../../adapters/shared/env.js';
import { idleFlood } from './idle-connections.js';

const report = () => ({ platform: 'test', connected: true, articles: [], state: { kind: 'memory' as const } });
const SMALL = { headersTimeoutMs: 800, requestTimeoutMs: 1500, keepAliveTimeoutMs: 1000, maxConnections: 8, perAddress: 8 };

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the health server under an idle-connection flood', () => {
  it('closes the idle connections past its cap at once, the rest at the headers timeout, and answers every probe', async () => {
    server = await startHealthServer(0, report, '127.0.0.1', SMALL);
    const flood = await idleFlood(server.port, 40);
    try {
      await expect.poll(() => flood.closed(), { timeout: 1000 }).toBeGreaterThanOrEqual(40 - SMALL.maxConnections);
      for (let probe = 0; probe < 5; probe++) {
        const res = await fetch(`http://127.0.0.1:${server.port}/healthz`, { signal: AbortSignal.timeout(1000) });
        expect(res.status).toBe(200);
        await res.text();
      }
      await expect.poll(() => flood.closed(), { timeout: 3000 }).toBe(40);
    } finally {
      flood.end();
    }
  });
});

describe('where the health server listens', () => {
  it('127.0.0.1 by default; HEALTH_HOST changes it; a malformed one is named', async () => {
    expect(operationSettings({ HEALTH_PORT: '0' }).healthHost).toBe('127.0.0.1');
    expect(operationSettings({ HEALTH_PORT: '0', HEALTH_HOST: '0.0.0.0' }).healthHost).toBe('0.0.0.0');
    expect(() => operationSettings({ HEALTH_HOST: 'http://x y' })).toThrow(ConfigError);
    expect(() => operationSettings({ HEALTH_HOST: 'http://x y' })).toThrow(/HEALTH_HOST/);
    server = await startHealthServer(0, report);
    expect(server.host).toBe('127.0.0.1');
  });
});
