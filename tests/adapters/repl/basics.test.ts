/** The REPL as users meet it: piped answers only, commands, /quit. Lines are pushed into a Readable. */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runRepl } from '../../../adapters/repl/repl.js';
import { createSession } from '../../../adapters/shared/session.js';
import { seedCore } from '../../src/seed.js';

async function run(lines: string[], interactive = false): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString()));
  const core = seedCore();
  await runRepl(core, { input: Readable.from(lines.map((l) => `${l}\n`)), output, interactive, session: createSession({ core, via: 'repl', log: null }) });
  return text;
}

describe('REPL basics', () => {
  it('piped: prints answers only (no banner, no prompt) and ends with the input', async () => {
    const out = await run(['When is the next major step in the diplomatic process?']);
    expect(out.startsWith('Monday\n')).toBe(true);
    expect(out).toContain('paragraph 14 of "Russia Resists U.S. Position on Sanctions for Iran"');
    expect(out).not.toContain('> Where');
    expect(out).not.toMatch(/Type \/help/);
  });
  it('says plainly when the article does not say', async () => {
    expect(await run(['What is the boiling point of water?'])).toMatch(/^The article doesn't say: it never mentions "boiling", "water"\.\n$/);
  });
  it('/about shows headline, dateline, lead and three example questions', async () => {
    const out = await run(['/about']);
    expect(out).toContain('Russia Resists U.S. Position on Sanctions for Iran (MOSCOW)');
    expect(out).toContain('MOSCOW — Denting President Obama');
    expect(out.match(/^ {2}- /gm)).toHaveLength(3);
  });
  it('/help lists the commands; an unknown command says so; blank lines are ignored', async () => {
    const out = await run(['/help', '', '/nope']);
    for (const c of ['/help', '/about', '/why', '/quit']) expect(out).toContain(c);
    expect(out).toContain('Unknown command /nope.');
  });
  it('/quit stops before the lines after it', async () => {
    const out = await run(['/quit', 'Where will Iran meet officials from France and Russia?']);
    expect(out).toBe('');
  });
  it('interactive: greets with example questions and prompts', async () => {
    const out = await run(['/quit'], true);
    expect(out).toMatch(/I answer questions about the article "Russia Resists/);
    expect(out).toContain('> ');
  });
});
