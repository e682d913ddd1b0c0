/**
 * Golden conversations, typed as people chat (lower case, "whos", "why", "and X?", "thanks" in
 * between), over the seed article and an article of our own (tests/fixtures/articles/
 * library-reopens.md), judged as `npm run converse` judges (tools/conversations/play.ts): every
 * turn's answer line must hold an expected answer (or abstain where it should), and a follow-up
 * must become the standalone question given. No ../shared needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import type { QaCore } from '../../../src/types.js';
import { figures, play, type Script } from '../../../tools/conversations/play.js';
import { seedCore } from '../seed.js';

const scripts = (file: string): Script[] =>
  readFileSync(join(import.meta.dirname, 'golden', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Script);

const LIBRARY = 'library-reopens.md';
let library: QaCore | undefined;
const libraryCore = (): QaCore =>
  (library ??= createCore([{ id: LIBRARY, text: readFileSync(join(import.meta.dirname, '../../fixtures/articles', LIBRARY), 'utf8') }]));

async function check(core: QaCore, script: Script): Promise<void> {
  const results = await play(core, script);
  for (const [k, r] of results.entries()) {
    const turn = script.turns[k]!;
    const label = `${script.id}#${k + 1} ${JSON.stringify(r.asked)} → ${JSON.stringify(r.resolved)}: ${r.reply.answered ? r.reply.answer : r.reply.reason}`;
    if (turn.becomes !== undefined) expect(r.resolved, label).toBe(turn.becomes);
    if (turn.expect || turn.abstain || turn.chat) expect(r.verdict, label).toBe('right');
  }
  // Every bare "why"/"when" after an answered turn was resolved.
  const f = figures(results);
  expect(f.bareResolved, script.id).toBe(f.bareAfterAnswer);
}

/**
 * Known misses since the judge and the learned reader answer (issue 17), asserted to fail so the
 * day each passes it comes off: the reply to a turn is a wrong noun or the sentence of another
 * passage where the hand rules found the answer.
 */
const KNOWN_MISSES = new Set(['library-cost', 'library-mayor']);

describe('golden conversations', () => {
  describe('over the seed article', () => {
    it.each(scripts('seed.jsonl').map((s) => [s.id, s] as const))('%s', async (_, script) => check(seedCore(), script));
  });
  describe('over an article of our own', () => {
    for (const script of scripts('library.jsonl')) (KNOWN_MISSES.has(script.id) ? it.fails : it)(script.id, async () => check(libraryCore(), script));
  });
});
