import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { describeEntity } from '../../../src/shortcuts/describe.js';

// A made-up court story: people introduced the ways news introduces them, and sentences that
// mention them without describing them.
const ARTICLE = [
  'Harbour pilot jailed for smuggling',
  'Tomas Vidal, 41, was jailed for six years on Friday for smuggling cigarettes through the port.',
  'Vidal, a Portuguese who has worked in the harbour since he was nineteen, denied the charges.',
  'According to Vidal, he never opened the containers.',
  'The judge said there was no evidence Vidal had acted alone.',
  'The chairman of Harbour Pilots and Tug Crews Union, Ines Moreau, said the sentence was harsh.',
  'Police spokesman Darek Nowak said two more arrests were expected.',
  'When Moreau was young she worked on the tugs herself.',
].join('\n\n');

const corpus = buildCorpus([{ id: 'pilot.txt', text: ARTICLE }]);
const who = (name: string): string | undefined => {
  const key = [...corpus.articles[0]!.entities.values()].find((e) => e.name.includes(name))?.key;
  return key ? describeEntity(corpus, key)?.text : undefined;
};

describe('describe: "who is X" from how the story introduces X', () => {
  it('takes an apposition up to its relative clause', () => {
    expect(who('Vidal')).toBe('a Portuguese');
  });
  it('never takes a clause for an apposition ("according to Vidal, he never opened …")', () => {
    expect(who('Vidal')).not.toMatch(/opened|evidence/);
  });
  it('reads a title across "and" in an organisation\'s name', () => {
    expect(who('Moreau')).toBe('The chairman of Harbour Pilots and Tug Crews Union');
  });
  it('takes a role noun right before the name', () => {
    expect(who('Nowak')).toBe('Police spokesman');
  });
});
