import { describe, expect, it } from 'vitest';
import { commandToQuestion, dropWrapper, questionOrder, rephrase } from '../../../src/question/rephrase.js';
import { seedCore, shortOf } from '../seed.js';

describe('rephrasing chat-style questions', () => {
  it('drops polite and indirect openers before a wh-word', () => {
    expect(dropWrapper('Can you please tell me where the talks were?')).toBe('where the talks were?');
    expect(dropWrapper('do you know when they met')).toBe('when they met');
    expect(dropWrapper("I'd like to know why he refused")).toBe('why he refused');
  });
  it('leaves "tell me about X" alone (the analysis reads it as asking for a description)', () => {
    expect(dropWrapper('Tell me about the minister')).toBe('Tell me about the minister');
  });
  it('puts an embedded question back in question order', () => {
    expect(questionOrder('who the new minister is')).toBe('who is the new minister?');
    expect(questionOrder('Who is the new minister?')).toBe('Who is the new minister?');
    // An auxiliary up front means question order already, whatever ends the question.
    expect(questionOrder('What did the mayor say the plan was?')).toBe('What did the mayor say the plan was?');
  });
  it('reads a command to name or list things as a which-question', () => {
    expect(commandToQuestion('name the countries in the group')).toBe('Which countries in the group');
    expect(commandToQuestion('List all the reasons given')).toBe('Which reasons given');
  });
  it('runs every rule in turn', () => {
    expect(rephrase('Could you tell me who Vershbow is?')).toBe('who is Vershbow?');
  });
});

describe('rephrased questions over the seed article', () => {
  const core = seedCore();
  it('answer as their plain forms do', () => {
    // "Who is X?" with a name alone asks for a description: his apposition.
    expect(shortOf(core.ask('tell me who Vershbow is'))).toBe('the American defense official');
    expect(shortOf(core.ask('Name the countries in the Geneva group'))).toBe('United States, Britain, France, Germany, Russia and China');
  });
});
