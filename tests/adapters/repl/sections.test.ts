/** The REPL over a Markdown article: answers and /why name the section they quote from (issue 18, item 5). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runRepl } from '../../../adapters/repl/repl.js';
import { createSession } from '../../../adapters/shared/session.js';
import { createCore } from '../../../src/index.js';

const ID = 'pool-guide.md';
const core = createCore([{ id: ID, text: readFileSync(join(import.meta.dirname, '../../fixtures/articles', ID), 'utf8') }]);

async function run(lines: string[]): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString()));
  await runRepl(core, { input: Readable.from(lines.map((l) => `${l}\n`)), output, interactive: false, session: createSession({ core, via: 'repl', log: null }) });
  return text;
}

describe('REPL answers from a Markdown article with sections', () => {
  it('shows the section title beside the paragraph number', async () => {
    const out = await run(['How much is a season pass?']);
    // The answer line is the short answer ("$90", or "costs $90"); the section is what is checked.
    expect(out).toMatch(/^(costs )?\$90\n {2}> A season pass costs \$90 and is sold at the front desk\.\n {2}— paragraph 4 \(§ Season passes\) of "Riverside Pool Reopens" \(confidence: \w+\)\n$/);
  });

  it('shows none for a passage above the first heading', async () => {
    const out = await run(['When did the pool reopen?']);
    expect(out).toContain('— paragraph 1 of "Riverside Pool Reopens"');
    expect(out).not.toContain('§');
  });

  it('/why names the section of each passage that has one', async () => {
    const out = await run(['When does the pool open on weekdays?', '/why']);
    expect(out).toContain('— paragraph 2 (§ Opening hours) of "Riverside Pool Reopens"');
    expect(out).toMatch(/1\. score [\d.]+ · paragraph 2 \(§ Opening hours\) of "Riverside Pool Reopens"\n {3}> The pool opens at 7 a\.m\./);
  });
});
