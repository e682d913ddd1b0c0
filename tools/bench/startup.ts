/**
 * Start to first answer: spawns a system's command-line asker the way a user would, sends one
 * question on stdin at once, and times from spawn to the first line on stdout. The core runs
 * `node dist/adapters/cli/ask.js --json`; the peers run tools/bench/peer-ask.js, the same protocol.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { now } from './measure.js';
import type { SystemName } from './systems.js';

/** The command line for a system, with the built code in `dist`; no paths means the articles in seeds/. */
export function askCommand(dist: string, system: SystemName, articlePaths: readonly string[]): string[] {
  const articles = articlePaths.flatMap((p) => ['--article', p]);
  return system === 'core'
    ? [join(dist, 'adapters', 'cli', 'ask.js'), '--json', ...articles]
    : [join(dist, 'tools', 'bench', 'peer-ask.js'), '--peer', system, ...articles];
}

/** Milliseconds from spawning the system's asker (built code in `dist`) to its first answer line. */
export function startToFirstAnswer(
  dist: string, system: SystemName, articlePaths: readonly string[], question: string, cwd: string, timeoutMs = 600_000,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(process.execPath, askCommand(dist, system, articlePaths), { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let elapsed: number | undefined;
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (elapsed !== undefined) return;
      out += chunk;
      if (out.includes('\n')) {
        elapsed = now() - start;
        child.stdin.end();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      err += chunk;
    });
    child.stdin.on('error', () => {}); // the child may exit before reading; its exit code says why
    child.stdin.write(`${question}\n`);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (elapsed !== undefined) resolve(elapsed);
      else reject(new Error(`${system} asker gave no answer (exit ${code ?? signal}): ${err.trim().slice(0, 500)}`));
    });
  });
}
