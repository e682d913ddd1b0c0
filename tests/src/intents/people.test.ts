import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listingRequest } from '../../../src/intents/people.js';
import { createCore } from '../../../src/index.js';
import { seedCore } from '../seed.js';

describe('people and places', () => {
  it('are asked for in chat wordings', () => {
    expect(listingRequest('who is in this article')).toBe('people');
    expect(listingRequest('who are the people mentioned?')).toBe('people');
    expect(listingRequest('list the people in the story')).toBe('people');
    expect(listingRequest('which countries are mentioned')).toBe('countries');
    expect(listingRequest('what places are mentioned in the article')).toBe('places');
    for (const q of ['Who is Lavrov?', 'Which countries took part in the Geneva talks?', 'who met Clinton']) expect(listingRequest(q), q).toBeUndefined();
  });
  it('lists the article\'s people with the role the article gives them, in order of first mention', () => {
    const a = seedCore().ask('who are the people in this article');
    expect(a.kind).toBe('people');
    expect(a.answer).toContain('Sergey V. Lavrov — Russia’s foreign minister (paragraph 2)');
    expect(a.answer).toContain('Fyodor Lukyanov — editor in chief of the journal Russia in Global Affairs');
    const names = a.points!.map((p) => p.text.split(',')[0]);
    expect(names.indexOf('Sergey V. Lavrov')).toBeLessThan(names.indexOf('Fyodor Lukyanov'));
    expect(a.answer).not.toMatch(/Qum|Geneva|Moscow/);
  });
  it('lists countries apart from people', () => {
    const a = seedCore().ask('which countries are mentioned');
    expect(a.answer).toMatch(/Iran/);
    expect(a.answer).toMatch(/China/);
    expect(a.answer).not.toMatch(/Lavrov|Qum/);
  });
});

describe('people without a title', () => {
  it('are told by the article calling them "who", and described by that clause', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/articles/harbor-ferry.md'), 'utf8');
    const a = createCore([{ id: 'harbor-ferry.md', text }]).ask('who are the people in the story');
    expect(a.answer).toContain('Ingrid Solberg — The mayor (paragraph 2)');
    expect(a.answer).toContain('Petra Lang, who runs a bakery on Ostrel Island (paragraph 6)');
    expect(a.answer).not.toMatch(/^• (?:Halloran Bay|Ostrel Island)/m);
  });
});
