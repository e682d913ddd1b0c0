import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { trim } from '../../../src/propose/span.js';
import { createCore } from '../../../src/index.js';

/**
 * A focus noun at the very end of a sentence (nothing but a comma after it) once made the
 * focus-phrase extractor read past the sentence, and the question came back as a crash. Our own
 * text, written so the sentence ends on the noun and its comma, with no full stop.
 */
const TEXT = `Council reviews the harbor plan

Most of the work on the plan was done in the standing committees,`;

describe('spans stay inside their sentence', () => {
  it('trim clamps an end past the last token', () => {
    const s = buildCorpus([{ id: 'c', text: TEXT }]).sentences.at(-1)!;
    const [a, b] = trim(s, s.tokens.length - 2, s.tokens.length + 3);
    expect(b).toBeLessThanOrEqual(s.tokens.length);
    expect(a).toBeLessThanOrEqual(b);
  });
  it('a question on a sentence-final focus noun is answered or refused, never an internal error', () => {
    const core = createCore([{ id: 'c', text: TEXT }]);
    for (const q of ['What work was done in the irrelevant committees?', 'Which committees did the work?', 'what committees']) {
      expect(core.ask(q).kind, q).not.toBe('error');
    }
  });
});
