/**
 * Several processes writing one questions log (as two adapters left on the same QA_LOG_FILE do):
 * no line is lost or torn, and no file grows past the size limit while rotating.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { logFiles } from '../../../adapters/shared/qa-log.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILT = join(ROOT, 'dist/adapters/shared/qa-log.js');

/** A writer process: `lines` abstentions from writer `id`, as fast as it can, after a common start time. */
const WRITER = `
import { QaLog } from ${JSON.stringify(BUILT)};
const [file, id, lines, maxBytes, startAt] = process.argv.slice(2);
const log = new QaLog({ file, salt: 's', maxBytes: Number(maxBytes), keep: 1000, onError: (e) => { console.error(String(e)); process.exitCode = 2; } });
while (Date.now() < Number(startAt)) {}
for (let i = 0; i < Number(lines); i++) {
  log.answer('test', { question: 'writer ' + id + ' line ' + i + ' ' + 'x'.repeat(i % 50), answered: false, answer: '', passage: '', paragraph: 0, article: '', articleId: '', confidence: 0, confidenceLabel: 'low', reason: 'r' });
}
`;

beforeAll(() => {
  const src = join(ROOT, 'adapters/shared/qa-log.ts');
  if (!existsSync(BUILT) || statSync(BUILT).mtimeMs < statSync(src).mtimeMs) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  }
}, 60_000);

async function writeConcurrently(writers: number, lines: number, maxBytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'qa-log-procs-'));
  const script = join(dir, 'writer.mjs');
  writeFileSync(script, WRITER);
  const file = join(dir, 'qa.log');
  const startAt = Date.now() + 1500; // every writer loaded before any writes
  const children = Array.from({ length: writers }, (_, id) =>
    spawn(process.execPath, [script, file, String(id), String(lines), String(maxBytes), String(startAt)], { stdio: ['ignore', 'ignore', 'pipe'] }),
  );
  const errors: string[] = [];
  for (const child of children) child.stderr!.on('data', (d) => errors.push(String(d)));
  const codes = await Promise.all(children.map(async (c) => (await once(c, 'exit'))[0] as number));
  const files = logFiles(file, 1000);
  const records = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { question: string }));
  return { codes, errors, files, records };
}

describe('the questions log with several writer processes', () => {
  it.each([2, 4])('%i writers, rotating: every line kept, whole, once; every file within the limit', async (writers) => {
    const lines = 400;
    const maxBytes = 16 * 1024;
    const { codes, errors, files, records } = await writeConcurrently(writers, lines, maxBytes);
    expect(errors).toEqual([]);
    expect(codes).toEqual(Array(writers).fill(0));
    expect(files.length).toBeGreaterThan(3); // it did rotate
    for (const f of files) expect(statSync(f).size).toBeLessThanOrEqual(maxBytes);
    const questions = records.map((r) => r.question.replace(/ x*$/, ''));
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions.length).toBe(writers * lines);
    // Each writer's lines stay in its order across the rotated files (oldest file first).
    for (let id = 0; id < writers; id++) {
      const own = questions.filter((q) => q.startsWith(`writer ${id} `)).map((q) => Number(q.split(' ')[3]));
      expect(own).toEqual([...own].sort((a, b) => a - b));
    }
  });
});
