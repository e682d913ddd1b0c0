/** The REPL as a piped session: follow-ups, /why, /more, /good and /bad. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatWhy, runRepl } from '../../../adapters/repl/repl.js';
import { QaLog } from '../../../adapters/shared/qa-log.js';
import { createSession } from '../../../adapters/shared/session.js';
import { seedCore } from '../../src/seed.js';

async function session(lines: string[], log?: QaLog): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString()));
  const core = seedCore();
  await runRepl(core, { input: Readable.from(lines.map((l) => `${l}\n`)), output, interactive: false, session: createSession({ core, via: 'repl', log: log ?? null }) });
  return text;
}

describe('REPL conversation commands', () => {
  it('resolves a follow-up and says how it read it', async () => {
    const out = await session(["Who is Russia's foreign minister?", 'What did he say about sanctions?']);
    expect(out).toContain('(reading "he" as Sergey V. Lavrov)\n');
  });

  it('/why explains the standalone question; /more walks down the passages; then there are no more', async () => {
    const out = await session(['Who met Lavrov?', 'Why?', '/why', '/more', '/more']);
    expect(out).toContain(formatWhy(seedCore().explain('Why did Clinton meet Lavrov?', 3)));
    expect(out).toContain('Next best (2):');
    expect(out).toContain('Next best (3):');
  });

  it("numbers /more as /why does: the first /more is /why's second passage", async () => {
    const out = await session(['Who met Lavrov?', '/why', '/more']);
    const why = seedCore().explain('Who met Lavrov?', 3).passages;
    const more = out.slice(out.indexOf('Next best'));
    expect(more.startsWith(`Next best (2): score ${why[1]!.score}`)).toBe(true);
    expect(more).toContain(why[1]!.passage);
  });

  it('reads commands in any case, and words after a command do not make it unknown', async () => {
    const out = await session(['/ABOUT', '/about extra', '/Help', '/whatever']);
    const title = seedCore().about()[0]!.title;
    expect(out.split(title).length - 1).toBe(2);
    expect(out).toContain('Commands:');
    expect(out.match(/Unknown command/g)).toEqual(['Unknown command']);
    expect(out).toContain('Unknown command /whatever');
  });

  it('/good and /bad are recorded in the log; before any question they say to ask first', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qa-repl-')), 'qa.log');
    const out = await session(['/bad', 'Who met Lavrov?', '/good', '/bad'], new QaLog({ file, salt: 's' }));
    // Not the /why wording: there is an answer to rate, not one to explain.
    expect(out.split('\n')[0]).toBe('Ask a question first; then you can tell me whether the answer was right.');
    const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [r.kind, r.rating, r.question])).toEqual([
      ['feedback', 'good', 'Who met Lavrov?'],
      ['feedback', 'bad', 'Who met Lavrov?'],
    ]);
  });
});
