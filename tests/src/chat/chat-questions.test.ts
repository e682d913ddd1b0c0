import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import type { Answer, QaCore } from '../../../src/types.js';
import { seedCore } from '../seed.js';
import { CHAT_QUESTIONS, type ArticleName, type Expect } from './chat-questions.js';

/** At least this share of the chat-style questions must get a right or acceptable reply (issue 12). */
const THRESHOLD = 0.85;

const fixture = (name: string): QaCore =>
  createCore([{ id: name, text: readFileSync(join(import.meta.dirname, '../../fixtures/articles', name), 'utf8') }]);

function meets(a: Answer, e: Expect): boolean {
  if (a.kind !== e.kind) return false;
  const answer = a.answer.toLowerCase();
  if (e.answer && !e.answer.every((w) => answer.includes(w.toLowerCase()))) return false;
  if (e.passage !== undefined && !(a.passage.toLowerCase().includes(e.passage.toLowerCase()) || answer.includes(e.passage.toLowerCase()))) return false;
  return true;
}

describe('chat-style questions (issue 12)', () => {
  const cores: Record<ArticleName, QaCore> = { seed: seedCore(), ferry: fixture('harbor-ferry.md'), museum: fixture('museum-roof.txt') };

  it(`has at least 120 questions, over three articles`, () => {
    expect(CHAT_QUESTIONS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(CHAT_QUESTIONS.map((c) => c.article)).size).toBe(3);
  });

  it(`answers at least ${THRESHOLD * 100}% right or acceptably (misses listed)`, () => {
    const misses: string[] = [];
    for (const c of CHAT_QUESTIONS) {
      const a = cores[c.article].ask(c.q);
      if (!c.ok.some((e) => meets(a, e))) misses.push(`[${c.article}] ${JSON.stringify(c.q.slice(-80))} → ${a.kind}: ${JSON.stringify((a.answer || a.reason || '').slice(0, 100))}`);
    }
    const share = 1 - misses.length / CHAT_QUESTIONS.length;
    console.log(`chat questions: ${CHAT_QUESTIONS.length - misses.length}/${CHAT_QUESTIONS.length} right or acceptable (${(share * 100).toFixed(1)}%)${misses.length ? `; misses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(share).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
