import { describe, expect, it } from 'vitest';
import { proposer } from './extracted.js';
import { shortOf } from '../seed.js';

describe('where-questions with no place name', () => {
  const core = proposer([{
    id: 'hall.txt',
    text: 'The hall\n\nThe meeting was held in the old town hall near the harbour.\n\n“We will build a new one,” the mayor said at the meeting.',
  }]);
  it('take a place phrase of common nouns', () => {
    expect(shortOf(core.ask('Where was the meeting held?'))).toMatch(/^in the old town hall/);
  });
  it('never take the quote or subject before the question\'s words', () => {
    const a = core.ask('Where did the mayor speak about a new one?');
    expect(a.answer).not.toMatch(/We will build/);
  });
});

describe('questions that end on a preposition', () => {
  const core = proposer([{
    id: 'port.txt',
    text: 'The port\n\nA strike at the port could expose the shipping firms to heavy losses this winter, analysts warned.\n\nThe mayor described the new crane as a gift to the city from its twin town.',
  }]);
  it('ask for the object of that preposition after the question\'s word', () => {
    // "to" follows "firms" in both question and passage: its object is the answer.
    expect(shortOf(core.ask('What might a strike expose the firms to?'))).toBe('heavy losses this winter');
  });
  it('read "as" the same way', () => {
    expect(shortOf(core.ask('What did the mayor describe the crane as?'))).toBe('gift to the city from its twin town');
  });
});

describe('how-questions about a quality', () => {
  const core = proposer([{
    id: 'dam.txt',
    text: 'The dam\n\nThe river is heavily polluted below the old dam. Farmers fiercely opposed the new dam, and the council invested cautiously in repairs.',
  }]);
  it('answer with the degree the passage gives the word', () => {
    // "heavily" stands right before "polluted", the question's quality.
    expect(shortOf(core.ask('How polluted is the river below the dam?'))).toBe('heavily polluted');
  });
  it('read an -ly adverb as asking how the verb was done, before or after it', () => {
    expect(shortOf(core.ask('How strongly did farmers oppose the new dam?'))).toBe('fiercely opposed');
    expect(shortOf(core.ask('How boldly did the council invest in repairs?'))).toBe('invested cautiously');
  });
});

describe('which-questions whose answer stands before the focus noun', () => {
  const core = proposer([{
    id: 'grid.txt',
    text: 'The grid\n\nLast year the Lenz government announced that it would rebuild the power grid.\n\nThe plant burns lightly processed coal to make steam at a higher pressure.',
  }]);
  it('take the name that modifies it ("the Lenz government")', () => {
    expect(shortOf(core.ask('Which government announced it would rebuild the power grid?'))).toBe('Lenz government');
  });
  it('take the adjectives and participles that modify it, with their adverbs', () => {
    expect(shortOf(core.ask('What kind of coal does the plant burn?'))).toBe('lightly processed coal');
    expect(shortOf(core.ask('At what pressure does the plant make steam?'))).toBe('higher pressure');
  });
});

describe('questions that end on a copula', () => {
  it('answer with what follows the same noun and copula in the passage', () => {
    const core = proposer([{ id: 'plan.txt', text: 'The plan\n\nAnna Berg, an engineer, said the plan was reckless if nobody checked the dam.' }]);
    // "… the plan was?": the head "plan" and "was" stand together in the passage; what follows, up to "if".
    expect(shortOf(core.ask('What did Anna Berg say the plan was?'))).toBe('reckless');
  });
});

describe('a focus noun that opens a clause', () => {
  const core = proposer([{ id: 'bridge.txt', text: 'The bridge\n\nThe council discussed the decision to close the old bridge, among other things.' }]);
  it('answers with that clause ("the decision to close …")', () => {
    expect(shortOf(core.ask('What decision did the council discuss?'))).toBe('close the old bridge');
  });
});

describe('less common stranded prepositions', () => {
  it('"… throw his support behind?" reads like "… to?"', () => {
    const core = proposer([{ id: 'vote.txt', text: 'The vote\n\nThe mayor appeared to throw his support behind the harbour plan on Friday.' }]);
    expect(shortOf(core.ask('What did the mayor throw his support behind?'))).toMatch(/^harbour plan/);
  });
});
