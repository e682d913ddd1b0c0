import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../../tools/bench/random.js';
import { buildCorpus } from '../../../src/article/build.js';
import { analyse } from '../../../src/nlp/wink.js';
import { loadSet, type Item } from '../../../tools/train/data.js';
import {
  antonymSwap, moveYear, negate, negativesOf, SQUAD2_SHARES, swapNameNear, swapNounNear, swapNumber, type NegativeKind,
} from '../../../tools/train/negatives/index.js';

// A made-up article (not SQuAD text): three paragraphs, with people, places, figures and years.
const ARTICLE = `The Harbor Orchestra

The Harbor Orchestra was founded in 1921 by Clara Voss in the port city of Lindmoor. Clara Voss wrote the first programmes herself and led the orchestra for twelve years. Martin Hale then took over as conductor, and under Hale the orchestra toured Vienna and Prague.

In 1958 the orchestra moved to the new Lindmoor Concert Hall, which seats 2,400 people. The largest audience came in 1962, when 3,100 listeners crowded into the hall. Critics praised the musicians for their warm sound, but the violinists complained about the cold stage.

Today the orchestra employs 85 musicians and 20 teachers. Its students learn violin, cello and flute at the Harbor Academy, which Martin Hale said he opened in 1975.`;

const corpus = buildCorpus([{ id: 'a', text: ARTICLE }]);

/** A question on paragraph `paragraph` (0-based, as in the jsonl) with its gold answers. */
function item(question: string, paragraph: number, answers: string[]): Item {
  return { id: 'q1', question, answers, evidence: answers, article: 'a', paragraph };
}

/** What a generator makes over a few seeds: the distinct questions (undefined when it never applies). */
function over<T extends Item | undefined>(make: (rnd: Random) => T, seeds = [1, 2, 3, 4, 5, 6]): Set<string | undefined> {
  return new Set(seeds.map((s) => make(new Random(s))?.question));
}

describe('negatives: the gold paragraph', () => {
  it('jsonl paragraph p is the corpus paragraph p+1', () => {
    expect(corpus.articles[0]!.paragraphs).toHaveLength(3);
    const third = corpus.sentences.filter((s) => s.paragraph === 3).map((s) => s.text).join(' ');
    expect(third).toContain('85 musicians');
  });

  it('loadSet reads the paragraph index and keeps items without one as they were', () => {
    const dir = mkdtempSync(join(tmpdir(), 'negatives-'));
    try {
      mkdirSync(join(dir, 'articles'));
      writeFileSync(join(dir, 'articles', '000.txt'), ARTICLE);
      writeFileSync(join(dir, 'questions.jsonl'), [
        JSON.stringify({ article: '000', question: 'Who founded it?', answers: ['Clara Voss'], paragraph: 0, id: 'x' }),
        JSON.stringify({ article: '000', question: 'Who led it?', answers: ['Martin Hale'], id: 'y' }),
      ].join('\n'));
      const set = loadSet(join(dir, 'questions.jsonl'));
      expect(set.items[0]).toEqual({ id: 'x', question: 'Who founded it?', answers: ['Clara Voss'], evidence: ['Clara Voss'], article: '000', paragraph: 0 });
      expect(set.items[1]).not.toHaveProperty('paragraph');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('negatives: swapNameNear', () => {
  it('swaps a person for another person of the article, and an institution for another institution', () => {
    const made = swapNameNear(item('What did Martin Hale open in 1975?', 2, ['the Harbor Academy']), corpus, new Random(1))!;
    expect(made.question).toBe('What did Clara Voss open in 1975?');
    expect(made).toMatchObject({ id: 'q1#name2', answers: [], evidence: [], paragraph: 2 });
    // "Harbor" is shared with the swapped-out name only, so "Harbor Academy" may come in; "the" stays.
    expect(over((r) => swapNameNear(item('Who founded the Harbor Orchestra in 1921?', 0, ['Clara Voss']), corpus, r)))
      .toEqual(new Set(['Who founded the Harbor Academy in 1921?']));
  });

  it('never swaps in a gold answer or another form of the same name', () => {
    // The only other person of the paragraph is the answer: nothing honest to swap in.
    expect(swapNameNear(item('Who took over from Clara Voss as conductor?', 0, ['Martin Hale']), corpus, new Random(1))).toBeUndefined();
    for (const q of over((r) => swapNameNear(item('What did Clara Voss do for twelve years?', 0, ['led the orchestra']), corpus, r))) {
      expect(q).toMatch(/^What did (Martin )?Hale do for twelve years\?$/);
    }
  });

  it('does not apply to a question without a name of the article', () => {
    expect(swapNameNear(item('How many listeners came in 1962?', 1, ['3,100']), corpus, new Random(1))).toBeUndefined();
  });
});

describe('negatives: swapNumber', () => {
  it('takes another year of the paragraph, or a figure of the same unit', () => {
    expect(swapNumber(item('How many listeners came in 1962?', 1, ['3,100']), corpus, new Random(1))?.question).toBe('How many listeners came in 1958?');
    const made = swapNumber(item('Which hall seats 2,400 people?', 1, ['Lindmoor Concert Hall']), corpus, new Random(1))!;
    expect(made.question).toBe('Which hall seats 3,100 people?');
    expect(made.id).toBe('q1#number');
  });

  it('moves a count the paragraph has no partner for, keeping it a number word', () => {
    for (const q of over((r) => swapNumber(item('What did Clara Voss do for twelve years?', 0, ['led the orchestra']), corpus, r))) {
      expect(q).toMatch(/^What did Clara Voss do for (ten|eleven|thirteen|fourteen|fifteen) years\?$/);
    }
  });

  it('leaves a lone year to moveYear and questions without figures alone', () => {
    expect(swapNumber(item('What did Martin Hale open in 1975?', 2, ['the Harbor Academy']), corpus, new Random(1))).toBeUndefined();
    expect(moveYear(item('What did Martin Hale open in 1975?', 2, ['the Harbor Academy']), new Random(1))?.question).toMatch(/^What did Martin Hale open in 19(6\d|7\d|8\d)\?$/);
    expect(swapNumber(item('Who founded the orchestra?', 0, ['Clara Voss']), corpus, new Random(1))).toBeUndefined();
  });
});

describe('negatives: antonymSwap', () => {
  it('swaps in the antonym, inflected like the original', () => {
    expect(antonymSwap(item('What was the largest audience at the hall?', 1, ['3,100 listeners']), new Random(1))?.question).toBe('What was the smallest audience at the hall?');
    expect(antonymSwap(item('Who praised the musicians?', 1, ['Critics']), new Random(1))?.question).toBe('Who criticized the musicians?');
    expect(antonymSwap(item('What did Martin Hale open in 1975?', 2, ['the Harbor Academy']), new Random(1))).toMatchObject({ question: 'What did Martin Hale close in 1975?', id: 'q1#antonym', answers: [] });
  });

  it('skips questions that hold the antonym already, and words without one', () => {
    expect(antonymSwap(item('Was the stage hot or cold?', 1, ['cold']), new Random(1))).toBeUndefined();
    expect(antonymSwap(item('Who founded the orchestra?', 0, ['Clara Voss']), new Random(1))).toBeUndefined();
  });
});

describe('negatives: negate', () => {
  it('puts "not" where people do', () => {
    expect(negate(item('What does the orchestra employ?', 2, ['85 musicians']), new Random(1))?.question).toBe('What does the orchestra not employ?');
    expect(negate(item('What was built in 1958?', 1, ['Lindmoor Concert Hall']), new Random(1))?.question).toBe('What was not built in 1958?');
    const seeds = Array.from({ length: 20 }, (_, k) => k + 1);
    expect(over((r) => negate(item('Who founded the orchestra?', 0, ['Clara Voss']), r), seeds))
      .toEqual(new Set(['Who did not found the orchestra?', 'Who never founded the orchestra?']));
    expect(over((r) => negate(item('What did Martin Hale open in 1975?', 2, ['the Harbor Academy']), r), seeds))
      .toEqual(new Set(['What did Martin Hale not open in 1975?', 'What did Martin Hale never open in 1975?']));
  });

  it('takes a negation out where there is one', () => {
    expect(negate(item('Who did not like the cold stage?', 1, ['the violinists']), new Random(1))).toMatchObject({ question: 'Who liked the cold stage?', id: 'q1#negation' });
  });

  it('leaves time, place and yes/no questions alone', () => {
    expect(negate(item('When was the orchestra founded?', 0, ['1921']), new Random(1))).toBeUndefined();
    expect(negate(item('Where did the orchestra tour under Hale?', 0, ['Vienna and Prague']), new Random(1))).toBeUndefined();
    expect(negate(item('Was the stage hot or cold?', 1, ['cold']), new Random(1))).toBeUndefined();
  });
});

describe('negatives: swapNounNear', () => {
  it('swaps a noun for one of the paragraph of the same kind and number', () => {
    const made = over((r) => swapNounNear(item('How many listeners came in 1962?', 1, ['3,100']), corpus, r));
    expect(made.size).toBeGreaterThan(0);
    for (const q of made) expect(q).toMatch(/^How many (musicians|violinists|critics) came in 1962\?$/);
  });

  it('drops a swap the paragraph would still answer', () => {
    // "How many teachers does the orchestra employ?" is answered by the paragraph (20): never made.
    const made = over((r) => swapNounNear(item('How many musicians does the orchestra employ?', 2, ['85']), corpus, r), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(made.size).toBeGreaterThan(0);
    for (const q of made) {
      expect(q).toBeDefined();
      expect(q).not.toContain('teachers');
    }
  });

  it('does not apply without a content noun', () => {
    expect(swapNounNear(item('Who founded it?', 0, ['Clara Voss']), corpus, new Random(1))).toBeUndefined();
  });
});

describe('negatives: negativesOf', () => {
  const questions = [
    item('What did Martin Hale open in 1975?', 2, ['the Harbor Academy']),
    item('How many listeners came in 1962?', 1, ['3,100']),
    item('What was the largest audience at the hall?', 1, ['3,100 listeners']),
    item('Who praised the musicians?', 1, ['Critics']),
  ];
  const tokensOf = (q: Item): ReturnType<typeof analyse>[number]['tokens'] => analyse(q.question).flatMap((s) => s.tokens);

  it('is deterministic given the seed', () => {
    const run = (seed: number): string[] => {
      const rnd = new Random(seed);
      return questions.flatMap((q) => negativesOf(q, corpus, rnd, tokensOf(q)).map((n) => `${n.id} ${n.question}`));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7).length + run(8).length).toBeGreaterThan(0);
  });

  it('tries every kind when the rate is high, each changing the question and answering nothing', () => {
    const kinds = new Set<string>();
    for (const q of questions) {
      for (const n of negativesOf(q, corpus, new Random(3), tokensOf(q), 100)) {
        kinds.add(n.id.split('#')[1]!);
        expect(n.question).not.toBe(q.question);
        expect(n.answers).toEqual([]);
        expect(n.evidence).toEqual([]);
      }
    }
    expect([...kinds].sort()).toEqual((Object.keys(SQUAD2_SHARES) as NegativeKind[]).sort());
  });
});

