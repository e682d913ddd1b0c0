import { describe, expect, it } from 'vitest';
import { proposer } from './extracted.js';
import { shortOf } from '../seed.js';

describe('questions that end on "do"', () => {
  const core = proposer([{ id: 'vote.txt', text: 'The vote\n\nCritics say the mayor ignored the harbour board without consulting anyone.' }]);
  it('answer with what the last-named doer did, from the verb on', () => {
    // "did" ends the question and "mayor" stands before it: the verb phrase after "the mayor"
    // (trimmed of its closing pronoun, as every span is).
    expect(shortOf(core.ask('What do critics say the mayor did?'))).toBe('ignored the harbour board without consulting');
  });
  it('skip the question\'s own words after the doer ("was determined to …")', () => {
    const c = proposer([{ id: 'dam.txt', text: 'The dam\n\nThe council was determined to finish the dam before winter.' }]);
    expect(shortOf(c.ask('What was the council determined to do?'))).toBe('finish the dam before winter');
  });
});

describe('side clauses after the question proper', () => {
  it('do not end it: "… less incentive to do unless …?" still ends on "do"', () => {
    const core = proposer([{ id: 'talks.txt', text: 'Talks\n\nUnless the donors pay, the city has less reason to build the dam.' }]);
    expect(shortOf(core.ask('What does the city have less reason to do unless the donors pay?'))).toBe('build the dam');
  });
});

describe('"What would X do if …?"', () => {
  it('answers with the verb phrase the passage\'s own "if" clause hangs on', () => {
    const core = proposer([{ id: 'dam.txt', text: 'The dam\n\nThe council was keen to keep the deal and would sue the builder if the works stopped.' }]);
    // The doer's first verb phrase ("keen to keep the deal") is not what happens under the condition.
    expect(shortOf(core.ask('What would the council do if the works stopped?'))).toBe('sue the builder');
    // Someone else's act under the same condition is not the answer.
    expect(shortOf(core.ask('What would the mayor do if the works stopped?'))).not.toBe('sue the builder');
  });
});

describe('"How did X describe Y?" / "What did X call Y?"', () => {
  const core = proposer([{ id: 'dam.txt', text: 'The dam\n\nThe engineer said on Friday that raising the old dam now would be “reckless.”' }]);
  it('answer with what the passage predicates of Y after a copula', () => {
    expect(shortOf(core.ask('How did the engineer describe raising the old dam?'))).toBe('reckless');
    expect(shortOf(core.ask('What did the engineer call raising the dam?'))).toBe('reckless');
  });
});

describe('"What is X called?"', () => {
  const core = proposer([{ id: 'cells.txt', text: 'Cells\n\nThe body must find a wide range of invaders, which are called pathogens, and remove them.' }]);
  it('answers with the name after the passage\'s own "called"', () => {
    expect(shortOf(core.ask('What are the invaders the body must find called?'))).toBe('pathogens');
  });
});
