/**
 * A real, throw-away `redis-server` for the tests: on a free 127.0.0.1 port, in a temporary
 * folder, with persistence off (`--save '' --appendonly no`). `kill()` and `restart()` simulate an
 * outage on the same port; `stop()` ends it and removes the folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

/**
 * Whether the Redis tests can run: redis-server is on PATH. When it is not, they are skipped
 * with one line naming the package, unless QA_REQUIRE_SYSTEM_TESTS=1 (CI): then they run and fail.
 */
export const HAVE_REDIS = ((): boolean => {
  const found = !spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).error;
  if (!found && process.env.QA_REQUIRE_SYSTEM_TESTS !== '1') {
    process.stderr.write(`skipping the Redis tests: ${REDIS_SERVER} is not installed (apt-get install redis-server)\n`);
    return false;
  }
  return true;
})();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port and answers PING with PONG. */
async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(500);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(/^(\+PONG|-NOAUTH)/.test(String(data))); // -NOAUTH: up, with a password
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** Kills the server (SIGKILL): clients see the connection drop. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: persistence is off). */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open but nothing answers. `resume()` undoes it. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

export async function startRedis(options: { password?: string } = {}): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'qa-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  const launch = async () => {
    const proc = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning', ...(options.password ? ['--requirepass', options.password] : [])], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const failed = new Promise<never>((_, reject) => {
      proc.once('error', (error) => reject(new Error(`cannot run ${REDIS_SERVER} (install the redis-server package): ${error.message}`)));
      proc.once('exit', (code) => reject(new Error(`redis-server exited (code ${code}): ${stderr.trim()}`)));
    });
    failed.catch(() => {}); // also rejects when the test kills it later
    child = proc;
    await Promise.race([waitForPong(port, 10_000), failed]);
  };

  const kill = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    proc.kill('SIGCONT'); // a frozen server dies of SIGKILL too, but say so plainly
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  };

  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    restart: launch,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` until it returns true; rejects after `timeoutMs`. */
export async function eventually(probe: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
