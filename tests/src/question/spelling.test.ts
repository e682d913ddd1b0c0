import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nlp/wink.js';
import { buildCorpus } from '../../../src/article/build.js';
import { oneSlipApart, spellingCorrections } from '../../../src/question/spelling.js';
import { SEED, seedCore } from '../seed.js';

describe('oneSlipApart', () => {
  it('accepts one added, dropped, changed or swapped letter', () => {
    expect(oneSlipApart('suceed', 'succeed')).toBe(true); // dropped
    expect(oneSlipApart('growrth', 'growth')).toBe(true); // added
    expect(oneSlipApart('primier', 'premier')).toBe(true); // changed
    expect(oneSlipApart('braodcast', 'broadcast')).toBe(true); // swapped neighbours
    expect(oneSlipApart('same', 'same')).toBe(true);
  });
  it('refuses two slips', () => {
    expect(oneSlipApart('eastern', 'western')).toBe(false);
    expect(oneSlipApart('bradcst', 'broadcast')).toBe(false);
    expect(oneSlipApart('abc', 'cba')).toBe(false);
  });
});

describe('spelling corrections against the seed article', () => {
  const corpus = buildCorpus([SEED]);
  const corrected = (q: string): string[] => {
    const tokens = analyse(q).flatMap((s) => s.tokens);
    return [...spellingCorrections(tokens, corpus)].map(([i, w]) => `${tokens[i]!.text}→${w}`);
  };
  it('reads a misspelt article word as that word', () => {
    expect(corrected('What did Lavrov say about the chances to suceed?')).toEqual(['suceed→succeed']);
    expect(corrected('Who edits Russia in Global Afairs?')).toEqual(['Afairs→affairs']);
  });
  it('leaves real words, short words and words the article uses alone', () => {
    expect(corrected('Who is the king of Spain?')).toEqual([]);
    expect(corrected('Did Rusia agree?')).toEqual(['Rusia→russia']);
    expect(corrected('Did Rusa agree?')).toEqual([]); // four letters: one slip reaches too many words
    expect(corrected('What did Lavrov say about sanctions?')).toEqual([]);
  });
  it('answers a misspelt question as the well-spelt one', () => {
    const core = seedCore();
    const typo = core.ask('Who edits the jornal Russia in Global Afairs?');
    const clean = core.ask('Who edits the journal Russia in Global Affairs?');
    expect(typo.answered).toBe(true);
    expect(typo.answer).toBe(clean.answer);
    expect(typo.passage).toBe(clean.passage);
    expect(typo.question).toBe('Who edits the jornal Russia in Global Afairs?'); // the question as asked
    expect(typo.readAs).toBe('reading "jornal" as "journal", "Afairs" as "Affairs"'); // and how it was read
    expect(clean.readAs).toBeUndefined();
  });
});
