import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('the core stays platform-agnostic', () => {
  it('no file in src/ imports discord.js, @slack/bolt, node: modules or an adapter', () => {
    const offenders: string[] = [];
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || spec === 'discord.js' || spec.startsWith('@slack/') || spec.includes('adapters/') || ['fs', 'path', 'http', 'child_process'].includes(spec)) {
          offenders.push(`${f}: ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
  it('no file in src/ reaches for Node globals (process, Buffer, require, __dirname)', () => {
    const offenders = files(SRC).filter((f) => /\b(?:process\.|Buffer\.|require\(|__dirname)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('finds the files it checks (the test can fail)', () => {
    expect(files(SRC).length).toBeGreaterThan(5);
  });
});

describe('the judge is the only place that decides a reply', () => {
  it('no file in src/ but judge/ and present/ writes an abstention (`answered: false`)', () => {
    // The conversation layer wraps the pipeline (core.ask) and may say "no one else" to a "who
    // else" follow-up from the core's own replies; within the pipeline only the judge abstains.
    const offenders = files(SRC)
      .filter((f) => !f.includes('/judge/') && !f.includes('/present/') && !f.includes('/conversation/'))
      .filter((f) => /answered:\s*false/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
  it('finds the abstention it allows (the test can fail)', () => {
    expect(readFileSync(join(SRC, 'present', 'present.ts'), 'utf8')).toMatch(/answered: false/);
  });
});
