import { describe, expect, it } from 'vitest';
import { proposer } from './extracted.js';
import { shortOf } from '../seed.js';

describe('speakers the article does not name', () => {
  const core = proposer([{
    id: 'budget.txt',
    text: 'The budget\n\nThe mayor presented the budget on Friday. Later, a senior aide traveling with him said that the city would cut "several hundred jobs" next year.',
  }]);
  it('are the phrase before the reporting verb', () => {
    // No name reports the cut: the subject of "said" is a common-noun phrase, kept whole.
    expect(shortOf(core.ask('Who said the city would cut jobs?'))).toBe('senior aide traveling with him');
  });
});

describe('"What did X say?" without a quote', () => {
  const core = proposer([{
    id: 'harbour.txt',
    text: 'The harbour\n\nThe mayor met the port board on Monday, and two council members said she did not change her plan for the harbour in the private talks.\n\nThe port board said nothing about the budget afterwards.',
  }]);
  it('answers with what the reporting verb reports, past words the question already says', () => {
    // The subject of "said" is the question's "council members"; "she" (the mayor) opens the report.
    expect(shortOf(core.ask('What did two council members say about the mayor?'))).toMatch(/^not change her plan for the harbour/);
  });
  it('stops a short object at the question\'s next word', () => {
    // "said nothing about the budget", asked about the budget: the object alone answers.
    expect(shortOf(core.ask('What did the port board say about the budget?'))).toBe('nothing');
  });
});

describe('agents named by a common noun', () => {
  const core = proposer([{
    id: 'plan.txt',
    text: 'The plan\n\nFrench engineers had praised the plan as a model. The old bridge was then taken over by the Harbour Trust.',
  }]);
  it('reach back over auxiliaries and take names of peoples as modifiers', () => {
    // "French engineers had praised": the noun phrase before "had praised" is the agent.
    expect(shortOf(core.ask('Who praised the plan?'))).toBe('French engineers');
  });
  it('never take a passive subject for the agent', () => {
    // "The old bridge was then taken over by …": the bridge is taken, not taking.
    expect(shortOf(core.ask('Who took over the old bridge?'))).not.toMatch(/bridge/);
  });
});

describe('names before a copula', () => {
  const core = proposer([{ id: 'map.txt', text: 'The map\n\nSpain and Portugal are neighbors, and both have long coasts.' }]);
  it('are the answer to "Who are neighbors?"', () => {
    expect(shortOf(core.ask('Who are neighbors?'))).toBe('Spain and Portugal');
  });
  it('less the one the question names ("Who is Portugal\'s neighbor?")', () => {
    expect(shortOf(core.ask("Who is Portugal's neighbor?"))).toBe('Spain');
  });
});
