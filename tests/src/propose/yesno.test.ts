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

describe('yes/no verdicts from the passage that states the proposition', () => {
  // A short article written for these tests: each sentence states (or leaves open) one thing.
  const harbour = createCore([{
    id: 'harbour.txt',
    text: [
      'Harbour strike ends after talks',
      'Portmere, Friday',
      'Dock workers in Portmere returned to work on Friday after a week-long strike. The union refused to accept the first offer from the port authority. Russia did not back the sanctions on the shipping line, its envoy said.',
      'The port authority could raise fees next year, its chairman said. Norway would consider joining the harbour pact if the fees fall. Reports saying the chairman had been arrested are, however, untrue.',
      'A fire broke out at the Harlow depot on Sunday. No injuries were reported. The Green Party won the most seats in the harbour council but failed to secure a majority. The win gave the Portmere Rovers their third league title. Orcas are the only animals known to eat adult blue sharks. The new ferry can only sail with a licensed pilot on board.',
    ].join('\n\n'),
  }]);
  const cases: [string, RegExp, string][] = [
    // A negation at the predicate.
    ['did russia back the sanctions', /^No — did not back the sanctions/, 'did not back'],
    // A refusal verb before it.
    ['did the union accept the offer', /^No — refused to accept/, 'refused to accept'],
    // Asked about the refusal itself, the refusal is a yes.
    ['did the union refuse the first offer', /^Yes\b/, 'refused to accept'],
    // "failed to" denies, though the clause also says "won".
    ['did the green party win a majority on the council?', /^No — failed to secure a majority/, 'failed to secure'],
    // "No injuries were reported", the sentence after the fire: nobody was hurt.
    ['was anyone hurt in the fire?', /^No\b/, 'No injuries were reported'],
    // A claim the article calls untrue.
    ['was the chairman arrested, as reports claimed?', /^No\b/, 'untrue'],
    // Another rank is another fact.
    ['was this the rovers first league title', /^No — third league title/, 'third league title'],
    // "the only animals known to eat" them: orcas do.
    ['do orcas ever eat blue sharks', /^Yes\b/, 'only animals known to eat'],
    // The question's own negation asks a negative proposition: "no one hurt" is a yes, "without a pilot" a no.
    ['was no one hurt in the fire?', /^Yes\b/, 'No injuries were reported'],
    ['can the ferry sail without a pilot?', /^No\b/, 'only sail with a licensed pilot'],
    // Asked with the passage's own modal, the modal is what is asked.
    ['could the port authority raise fees next year?', /^Yes\b/, 'could raise fees'],
  ];
  for (const [q, answer, passage] of cases) {
    it(`${q} → ${answer.source}`, () => {
      const a = harbour.ask(q);
      expect(a.answer).toMatch(answer);
      expect(a.passage).toContain(passage);
    });
  }
  it('a modal or an intention is not the act: "could raise", "would consider joining" → doesn\'t say', () => {
    for (const q of ['will the port authority raise fees', 'Will Norway join the harbour pact?']) {
      const a = harbour.ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toContain('does not say yes or no');
    }
  });
  it('never gives a verdict its own quote contradicts', () => {
    for (const q of ['did the green party win a majority', 'did russia back the sanctions', 'did the union accept the first offer']) {
      const a = harbour.ask(q);
      if (a.answer.startsWith('Yes')) expect(a.answer).not.toMatch(/\b(not|failed|refused|never|no)\b/);
    }
  });
  it('what the article does not state is "doesn\'t say", with the nearest passage', () => {
    const a = harbour.ask('did the fire start in the kitchen');
    expect(a.answered).toBe(false);
    expect(a.reason).toMatch(/does not say yes or no; the nearest it comes is paragraph 3: "A fire broke out/);
  });
  it('a plain statement is a yes, quoted over the words asked', () => {
    expect(harbour.ask('did the dock workers return to work').answer).toMatch(/^Yes — Dock workers in Portmere returned to work$/);
  });
});

describe('yes/no questions with side clauses and names by context', () => {
  const raid = createCore([{
    id: 'raid.txt',
    text: 'Gunmen fire on cargo ship\n\nGunmen in two boats fired on the cargo ship Sea Lark off Tarvo on Monday. They abandoned the attack after an hour without causing injuries to the crew.\n\nThe captain, who filmed the raid, has not been named.',
  }]);
  it('"was anyone on the Sea Lark hurt": the sentence after, which names nobody else, decides', () => {
    const a = raid.ask('was anyone on the Sea Lark hurt in the attack');
    expect(a.answer).toMatch(/^No\b/);
    expect(a.passage).toContain('without causing injuries');
  });
  it('a "when" clause only sets the scene: "was anyone hurt when gunmen fired on the ship?"', () => {
    const a = raid.ask('was anyone hurt when gunmen fired on the ship?');
    expect(a.answer).toMatch(/^No\b/);
  });
  it('a relative clause describes: "has the captain who filmed the raid been named?"', () => {
    const a = raid.ask('Has the captain who filmed the raid been named?');
    expect(a.answer).toMatch(/^No — has not been named/);
  });
});

describe('the act asked about, in other words or another act', () => {
  const wreck = createCore([{ id: 'wreck.txt', text: 'Wreck found off Tarvo\n\nDivers from the Halden museum used sonar to locate the wreck of the steamer Osprey last week. The museum hopes to find the ship\'s bell next year.' }]);
  it('"find" (a verb the article uses elsewhere) is "locate": a yes', () => {
    expect(wreck.ask('did the divers use sonar to find the wreck?').answer).toMatch(/^Yes — Divers from the Halden museum used sonar to locate the wreck/);
  });
  it('"raise" is another act after the same words: doesn\'t say', () => {
    const a = wreck.ask('did the divers use sonar to raise the wreck?');
    expect(a.answered).toBe(false);
  });
});

describe('an act that is hypothetical or another\'s does not decide', () => {
  const treaty = createCore([{ id: 'treaty.txt', text: 'Treaty vote delayed\n\nA Danish refusal to sign the fishing treaty could delay the vote until June. The harbour plan, backed by the city council, was published on Monday. The mayor spoke about the plan on the radio.' }]);
  it('"a refusal to sign … could delay": the refusal is only supposed, so doesn\'t say', () => {
    const a = treaty.ask('did denmark sign the fishing treaty');
    expect(a.answered).toBe(false);
    expect(a.reason).toContain('does not say yes or no');
  });
  it('"backed by the city council" answers for the council, not for the mayor', () => {
    expect(treaty.ask('did the city council back the harbour plan?').answer).toMatch(/^Yes\b/);
    expect(treaty.ask('did the mayor back the harbour plan').answered).toBe(false);
  });
});
