import { describe, expect, it } from 'vitest';
import { createSession } from '../../../adapters/shared/session.js';
import type { Answer, QaCore } from '../../../src/types.js';

/** A core whose answering has a bug: every question comes back as the coded error reply. */
const broken: QaCore = {
  ask: (question): Answer => ({
    kind: 'error', question, answered: false, answer: 'Sorry, something went wrong while answering that.', passage: '', paragraph: 0,
    article: '', articleId: '', confidence: 0, confidenceLabel: 'low', error: { code: 'QA_INTERNAL', message: 'boom' },
  }),
  explain: (question) => ({ question, passages: [] }),
  about: () => [],
  names: () => [],
};

describe('session: a bug in the core reaches the adapter\'s log, not the user', () => {
  it('calls onInternalError with the code and message, and answers with the plain apology', async () => {
    const seen: { code: string; message: string }[] = [];
    const session = createSession({ core: broken, via: 'test', onInternalError: (e) => seen.push(e) });
    const a = await session.ask('c1', 'u1', 'who is lavrov?');
    expect(seen).toEqual([{ code: 'QA_INTERNAL', message: 'boom' }]);
    expect(a.kind).toBe('error');
    expect(a.answer).not.toContain('boom');
  });
});
