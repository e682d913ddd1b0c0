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

describe('open stretches that trim to nothing', () => {
  it('give way to the next best stretch, not the whole sentence', () => {
    const core = createCore([{ id: 'village.txt', text: 'The village\n\nBesides the large farming majority, there was a small fishing community in the village.' }]);
    // The stretch before the matched words ("there was a") trims to nothing: the word inside
    // the question's phrase is the answer.
    const a = core.ask('What was there a small community of in the village?');
    expect(a.answer).toBe('fishing');
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

describe('subjects set off by a name in apposition', () => {
  it('keep the whole subject, not the adverb after the last comma', () => {
    const core = createCore([{ id: 'club.txt', text: 'The club\n\nThe remarks by the club treasurer, Maria Olsen, sharply angered the members.' }]);
    // The stretch before "angered" ends ", sharply": the commas around the name are an
    // apposition, so the subject runs from "The remarks".
    expect(core.ask('What angered the members?').answer).toBe('remarks by the club treasurer, Maria Olsen');
  });
});

describe('speakers the article does not name', () => {
  const core = createCore([{
    id: 'budget.txt',
    text: 'The budget\n\nThe mayor presented the budget on Friday. Later, a senior aide traveling with him said that the city would cut "several hundred jobs" next year.',
  }]);
  it('are the phrase before the reporting verb', () => {
    // No name reports the cut: the subject of "said" is a common-noun phrase, kept whole.
    expect(core.ask('Who said the city would cut jobs?').answer).toBe('senior aide traveling with him');
  });
});

describe('yes/no answers', () => {
  it('keep a negation standing just before the matched words', () => {
    const core = createCore([{ id: 'bridge.txt', text: 'The bridge\n\nThe council said that it had no plan to close the old bridge this year.' }]);
    expect(core.ask('Does the council plan to close the old bridge?').answer).toMatch(/^no plan to close the old bridge/);
  });
});

describe('"What did X say?" without a quote', () => {
  const core = createCore([{
    id: 'harbour.txt',
    text: 'The harbour\n\nThe mayor met the port board on Monday, and two council members said she did not change her plan for the harbour in the private talks.\n\nThe port board said nothing about the budget afterwards.',
  }]);
  it('answers with what the reporting verb reports, past words the question already says', () => {
    // The subject of "said" is the question's "council members"; "she" (the mayor) opens the report.
    expect(core.ask('What did two council members say about the mayor?').answer).toMatch(/^not change her plan for the harbour/);
  });
  it('stops a short object at the question\'s next word', () => {
    // "said nothing about the budget", asked about the budget: the object alone answers.
    expect(core.ask('What did the port board say about the budget?').answer).toBe('nothing');
  });
});
