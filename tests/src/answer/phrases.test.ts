import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

describe('where-questions with no place name', () => {
  const core = createCore([{
    id: 'hall.txt',
    text: 'The hall\n\nThe meeting was held in the old town hall near the harbour.\n\n“We will build a new one,” the mayor said at the meeting.',
  }]);
  it('take a place phrase of common nouns', () => {
    expect(core.ask('Where was the meeting held?').answer).toMatch(/^in the old town hall/);
  });
  it('never take the quote or subject before the question\'s words', () => {
    const a = core.ask('Where did the mayor speak about a new one?');
    expect(a.answer).not.toMatch(/We will build/);
  });
});

describe('questions that end on a preposition', () => {
  const core = createCore([{
    id: 'port.txt',
    text: 'The port\n\nA strike at the port could expose the shipping firms to heavy losses this winter, analysts warned.\n\nThe mayor described the new crane as a gift to the city from its twin town.',
  }]);
  it('ask for the object of that preposition after the question\'s word', () => {
    // "to" follows "firms" in both question and passage: its object is the answer.
    expect(core.ask('What might a strike expose the firms to?').answer).toBe('heavy losses this winter');
  });
  it('read "as" the same way', () => {
    expect(core.ask('What did the mayor describe the crane as?').answer).toBe('gift to the city from its twin town');
  });
});

describe('how-questions about a quality', () => {
  const core = createCore([{
    id: 'dam.txt',
    text: 'The dam\n\nThe river is heavily polluted below the old dam. Farmers fiercely opposed the new dam, and the council invested cautiously in repairs.',
  }]);
  it('answer with the degree the passage gives the word', () => {
    // "heavily" stands right before "polluted", the question's quality.
    expect(core.ask('How polluted is the river below the dam?').answer).toBe('heavily polluted');
  });
  it('read an -ly adverb as asking how the verb was done, before or after it', () => {
    expect(core.ask('How strongly did farmers oppose the new dam?').answer).toBe('fiercely opposed');
    expect(core.ask('How boldly did the council invest in repairs?').answer).toBe('invested cautiously');
  });
});

describe('questions that end on "do"', () => {
  const core = createCore([{ id: 'vote.txt', text: 'The vote\n\nCritics say the mayor ignored the harbour board without consulting anyone.' }]);
  it('answer with what the last-named doer did, from the verb on', () => {
    // "did" ends the question and "mayor" stands before it: the verb phrase after "the mayor"
    // (trimmed of its closing pronoun, as every span is).
    expect(core.ask('What do critics say the mayor did?').answer).toBe('ignored the harbour board without consulting');
  });
  it('skip the question\'s own words after the doer ("was determined to …")', () => {
    const c = createCore([{ id: 'dam.txt', text: 'The dam\n\nThe council was determined to finish the dam before winter.' }]);
    expect(c.ask('What was the council determined to do?').answer).toBe('finish the dam before winter');
  });
});

describe('which-questions whose answer stands before the focus noun', () => {
  const core = createCore([{
    id: 'grid.txt',
    text: 'The grid\n\nLast year the Lenz government announced that it would rebuild the power grid.\n\nThe plant burns lightly processed coal to make steam at a higher pressure.',
  }]);
  it('take the name that modifies it ("the Lenz government")', () => {
    expect(core.ask('Which government announced it would rebuild the power grid?').answer).toBe('Lenz government');
  });
  it('take the adjectives and participles that modify it, with their adverbs', () => {
    expect(core.ask('What kind of coal does the plant burn?').answer).toBe('lightly processed coal');
    expect(core.ask('At what pressure does the plant make steam?').answer).toBe('higher pressure');
  });
});

describe('questions that end on a copula', () => {
  it('answer with what follows the same noun and copula in the passage', () => {
    const core = createCore([{ id: 'plan.txt', text: 'The plan\n\nAnna Berg, an engineer, said the plan was reckless if nobody checked the dam.' }]);
    // "… the plan was?": the head "plan" and "was" stand together in the passage; what follows, up to "if".
    expect(core.ask('What did Anna Berg say the plan was?').answer).toBe('reckless');
  });
});

describe('a focus noun that opens a clause', () => {
  const core = createCore([{ id: 'bridge.txt', text: 'The bridge\n\nThe council discussed the decision to close the old bridge, among other things.' }]);
  it('answers with that clause ("the decision to close …")', () => {
    expect(core.ask('What decision did the council discuss?').answer).toBe('close the old bridge');
  });
});

describe('side clauses after the question proper', () => {
  it('do not end it: "… less incentive to do unless …?" still ends on "do"', () => {
    const core = createCore([{ id: 'talks.txt', text: 'Talks\n\nUnless the donors pay, the city has less reason to build the dam.' }]);
    expect(core.ask('What does the city have less reason to do unless the donors pay?').answer).toBe('build the dam');
  });
});

describe('"What would X do if …?"', () => {
  it('answers with the verb phrase the passage\'s own "if" clause hangs on', () => {
    const core = createCore([{ id: 'dam.txt', text: 'The dam\n\nThe council was keen to keep the deal and would sue the builder if the works stopped.' }]);
    // The doer's first verb phrase ("keen to keep the deal") is not what happens under the condition.
    expect(core.ask('What would the council do if the works stopped?').answer).toBe('sue the builder');
    // Someone else's act under the same condition is not the answer.
    expect(core.ask('What would the mayor do if the works stopped?').answer).not.toBe('sue the builder');
  });
});

describe('less common stranded prepositions', () => {
  it('"… throw his support behind?" reads like "… to?"', () => {
    const core = createCore([{ id: 'vote.txt', text: 'The vote\n\nThe mayor appeared to throw his support behind the harbour plan on Friday.' }]);
    expect(core.ask('What did the mayor throw his support behind?').answer).toMatch(/^harbour plan/);
  });
});

describe('"How did X describe Y?" / "What did X call Y?"', () => {
  const core = createCore([{ id: 'dam.txt', text: 'The dam\n\nThe engineer said on Friday that raising the old dam now would be “reckless.”' }]);
  it('answer with what the passage predicates of Y after a copula', () => {
    expect(core.ask('How did the engineer describe raising the old dam?').answer).toBe('reckless');
    expect(core.ask('What did the engineer call raising the dam?').answer).toBe('reckless');
  });
});

describe('"What is X called?"', () => {
  const core = createCore([{ id: 'cells.txt', text: 'Cells\n\nThe body must find a wide range of invaders, which are called pathogens, and remove them.' }]);
  it('answers with the name after the passage\'s own "called"', () => {
    expect(core.ask('What are the invaders the body must find called?').answer).toBe('pathogens');
  });
});
