import { describe, expect, it } from 'vitest';
import { seedCore, shortOf } from '../seed.js';
import { createCore } from '../../../src/index.js';

describe('yes/no questions', () => {
  const core = seedCore();
  const cases: [string, 'Yes' | 'No' | 'doesn\'t say', string?][] = [
    ['Did Lavrov meet Clinton?', 'Yes', 'Mrs. Clinton met'],
    ['did medvedev retreat from his support', 'No', 'did not retreat'],
    ['Did Medvedev say anything about Iran publicly?', 'No', 'said nothing'],
    ['Did the United States make specific requests of Russia?', 'No', 'did not make any specific requests'],
    ['Was Putin in China?', 'Yes', 'was in China'],
    ['Does Russia oppose the missile defense system?', 'Yes', 'fiercely opposed by Russia'],
    ['Is Lavrov the foreign minister?', 'Yes'],
    ['Is Lavrov the president?', 'No'],
    ['Was Putin in Geneva?', "doesn't say"],
    ['Did Lavrov meet Putin?', "doesn't say"],
  ];
  for (const [q, verdict, passage] of cases) {
    it(`${q} → ${verdict}`, () => {
      const a = core.ask(q);
      if (verdict === "doesn't say") {
        expect(a.answered).toBe(false);
        return;
      }
      expect(a.answer.split(' ')[0]).toBe(verdict);
      if (passage) expect(a.passage).toContain(passage);
    });
  }
  it('a negative object decides over a converse verb: "send" money vs "had received nothing"', () => {
    const c = createCore([{ id: 'town.txt', text: 'Flood Hits Town\n\nThe town of Arlow was flooded in March. Three months later the town had received nothing from the government, the mayor said.' }]);
    const a = c.ask('Did the government send money to the town?');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.passage).toContain('received nothing');
  });
  it('a passage that lacks the verb asked about does not decide, though it shares the other words', () => {
    // "discussed the budget" neither asserts nor denies "approve"; the article does use "approved"
    // (for something else), so the missing verb is not mere paraphrase: the article doesn't say.
    const core = createCore([{ id: 'c.txt', text: 'Council news\n\nThe town council discussed the budget on Monday.\n\nThe mayor approved a new park last year.' }]);
    const a = core.ask('did the council approve the budget');
    expect(a.answered).toBe(false);
    expect(a.reason).toContain('does not say yes or no');
  });
  it('"Is it A or B?" is not a yes/no question', () => {
    expect(shortOf(core.ask('Was Putin in China or in Geneva?'))).not.toMatch(/^(Yes|No)\b/);
  });
});
