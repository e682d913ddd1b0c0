import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

/**
 * Yes/no questions whose passage decides them in other words: a light verb ("give a speech" for
 * "delivered a speech"), a place's people ("the Icelanders" for Iceland), "never" for "ever", a
 * plan for a question about the future, "yet to" for not yet, and a sentence that says one thing
 * of one name and the opposite of another. Questions typed the way people chat.
 */

const rugby = createCore([{
  id: 'cup.txt',
  text: [
    'Wales beat Iceland in cup opener',
    'Wales beat Iceland 24-10 in Cardiff on Saturday. Iceland had never played Wales before.',
    'The Icelanders performed a war dance before kick-off, but it did not help them.',
    'The Wales coach said he is not going to use the final as a test for young players.',
  ].join('\n\n'),
}]);

const town = createCore([{
  id: 'town.txt',
  text: [
    'Mayor to open Arlow bridge',
    'The mayor of Arlow has promised to open the new bridge in May. She delivered a long speech at the town hall on Monday. The bishop praised the speech.',
    'The council hopes to sell the old ferry next year. The builders have yet to finish the tunnel under the river.',
    'If the lost town seal is found, it will go back to the museum.',
    'Bob Jones was found not guilty of fraud, while Tom Hale was found guilty of theft.',
    'Skyline Air, which has never had a fatal accident, flies from Arlow to Dunmore.',
  ].join('\n\n'),
}]);

describe('yes/no in other words', () => {
  const cases: [typeof town, string, RegExp, string][] = [
    // A light verb is any verb that takes its object: "give a speech" = "delivered a speech".
    [town, 'did the mayor give a speech', /^Yes\b/, 'delivered a long speech'],
    // "do" asks nothing of its own; the place's people stand for the place.
    [rugby, 'did iceland do a war dance', /^Yes — Icelanders performed a war dance/, 'The Icelanders performed a war dance'],
    // "never" answers "ever"; a crash is an accident.
    [town, 'has skyline air ever had a fatal crash', /^No — has never had a fatal accident/, 'never had a fatal accident'],
    // One sentence, two names: each is read where the sentence speaks of it.
    [town, 'was tom hale found guilty', /^Yes\b/, 'Tom Hale was found guilty'],
    [town, 'was bob jones found guilty', /^No\b/, 'not guilty'],
    // A promise answers a question about the future, whichever way it is asked.
    [town, 'is the mayor gonna open the bridge', /^Yes — .*promised to open the new bridge/, 'promised to open'],
    [town, 'will the mayor open the new bridge?', /^Yes\b/, 'promised to open'],
    // "yet to finish" is not finished.
    [town, 'have the builders finished the tunnel', /^No — (have )?yet to finish the tunnel/, 'yet to finish'],
  ];
  for (const [core, q, answer, passage] of cases) {
    it(`${q} → ${answer.source}`, () => {
      const a = core.ask(q);
      expect(a.answer).toMatch(answer);
      expect(a.passage).toContain(passage);
    });
  }
});

describe('"have to" asks an obligation', () => {
  const rules = createCore([{
    id: 'rules.txt',
    text: 'New rules for Arlow market\n\nShop owners will not be required by law to open on Sundays, the council said. Stall holders must carry a permit. Most traders already keep a price list.\n\nIf you read the old rules... the market was not closed in winter.',
  }]);
  it('"not required" is a no, though the law is who requires', () => {
    expect(rules.ask('do shop owners have to open on sundays').answer).toMatch(/^No — will not be required by law to open/);
  });
  it('"must" is a yes', () => {
    expect(rules.ask('do stall holders have to carry a permit?').answer).toMatch(/^Yes\b/);
  });
  it('an "if" clause ends at its mark: what follows "if you read the rules..." is stated', () => {
    expect(rules.ask('was the market closed in winter').answer).toMatch(/^No — (was )?not closed in winter/);
  });
  it('doing it is not having to: doesn\'t say', () => {
    expect(rules.ask('do traders have to keep a price list').answered).toBe(false);
  });
});

describe('what still does not decide', () => {
  const undecided: [typeof town, string][] = [
    // Another place's people: the sentence is theirs, though Wales heads the story.
    [rugby, 'did wales do a war dance'],
    // A hope is not a plan, even for a question about the future.
    [town, 'will the council sell the old ferry'],
    // A plan says nothing of the past.
    [town, 'did the mayor open the bridge'],
    // Praising a speech is not giving it.
    [town, 'did the bishop give a speech'],
    // A conditional states nothing.
    [town, 'has the town seal been found'],
  ];
  for (const [core, q] of undecided) {
    it(`${q} → doesn't say`, () => {
      const a = core.ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toContain('does not say yes or no');
    });
  }
  it('"not going to use" is the future\'s auxiliary, not a "no" to going', () => {
    expect(rugby.ask('is the wales coach going to the final').answer).not.toMatch(/^No\b/);
  });
});
