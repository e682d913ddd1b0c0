import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { analyseQuestion } from '../../../src/question/analyse.js';

describe('the question proper, after a side clause', () => {
  const corpus = buildCorpus([{ id: 'h.txt', text: 'Luther\n\nMartin Luther studied law before he built a church.' }]);
  it('"When …, what …?" asks what, not when', () => {
    expect(analyseQuestion('When Luther studied law, what did he build?', corpus).type).toBe('thing');
    expect(analyseQuestion('When did Luther study law?', corpus).type).toBe('time');
  });
});

describe('"the name of" questions', () => {
  const corpus = buildCorpus([{ id: 'm.txt', text: 'Ministers\n\nThe Dutch foreign minister, Anna Berg, met the press.' }]);
  it('take their focus past a possessor, and a title asks for a person', () => {
    const q = analyseQuestion("What is the name of the country's foreign minister?", corpus);
    expect(q.focus).toBe('minister');
    expect(q.type).toBe('person');
  });
});

describe('"What does X do?"', () => {
  const corpus = buildCorpus([{ id: 'j.txt', text: 'Jobs\n\nAnna Berg, a ship designer, lives in Delft.' }]);
  it('asks what the person named does for a living', () => {
    expect(analyseQuestion('What does Anna Berg do?', corpus).type).toBe('definition');
  });
  it('but "What did X do?" asks what they did', () => {
    expect(analyseQuestion('What did Anna Berg do?', corpus).type).not.toBe('definition');
  });
});

describe('a count before the focus noun', () => {
  const corpus = buildCorpus([{ id: 'c.txt', text: 'Borders\n\nSpain and Portugal are neighbors. Two ministers met in Madrid.' }]);
  it('is skipped to find the focus, and not looked up ("which two countries")', () => {
    const q = analyseQuestion('Which two countries are neighbors?', corpus);
    expect(q.focus).toBe('country');
    expect(q.type).toBe('place');
    expect(q.terms.has('two')).toBe(false);
  });
});

describe('"the purpose of" questions', () => {
  const corpus = buildCorpus([{ id: 'p.txt', text: 'Trips\n\nThe mayor flew to Oslo on a trade mission.' }]);
  it('ask why, with the reason noun weighing little', () => {
    const q = analyseQuestion("What was the purpose of the mayor's trip to Oslo?", corpus);
    expect(q.type).toBe('reason');
    expect(q.terms.get('purpose')).toBeLessThan(1);
  });
  it('but "the goal of X" is asked as a thing (it is usually stated as one)', () => {
    expect(analyseQuestion('What was the goal of the trip?', corpus).type).not.toBe('reason');
  });
});

describe('roles asked with a light verb or a people\'s name', () => {
  const corpus = buildCorpus([{ id: 'r.txt', text: 'Roles\n\nThe Dutch prime minister, Karl Lenz, met Anna Berg, a ship designer.' }]);
  it('"What position does X hold?" asks for X\'s role', () => {
    expect(analyseQuestion('What position does Anna Berg hold?', corpus).type).toBe('definition');
  });
  it('"the name of the Dutch prime minister" focuses on the title, past the people\'s name', () => {
    const q = analyseQuestion('What is the name of the Dutch prime minister?', corpus);
    expect(q.focus).toBe('minister');
    expect(q.type).toBe('person');
  });
});

describe('the noun after "what is"', () => {
  const corpus = buildCorpus([{ id: 'w.txt', text: 'Warsaw\n\nIn 1901 Warsaw had 711,988 people, and it is the largest city in Poland.' }]);
  it('says the kind of answer, as a focus noun would', () => {
    expect(analyseQuestion("What was Warsaw's population in 1901?", corpus).type).toBe('number');
    expect(analyseQuestion('What is the largest city in Poland?', corpus).type).toBe('place');
  });
  it('but only a kind noun: "What is the plan …?" stays a thing', () => {
    expect(analyseQuestion('What is the plan for Warsaw?', corpus).type).toBe('thing');
  });
});

describe('"how" + an adjective of measure', () => {
  const corpus = buildCorpus([{ id: 'm.txt', text: 'Towns\n\nThe town lies 340 miles from the coast, and its wall is 3 metres thick.' }]);
  it('wants a figure ("How far …?", "How thick …?")', () => {
    expect(analyseQuestion('How far is the town from the coast?', corpus).type).toBe('number');
    expect(analyseQuestion('How thick is the wall?', corpus).type).toBe('number');
  });
  it('but "How did …?" asks the manner', () => {
    expect(analyseQuestion('How did the town grow?', corpus).type).toBe('manner');
  });
});

describe('a question that opens with an auxiliary', () => {
  const corpus = buildCorpus([{ id: 'y.txt', text: 'Raid\n\nGunmen attacked a convoy in Tarvo on Monday. No one was hurt. The driver, who filmed the raid, has not been named.' }]);
  it('asks yes or no, though a wh-word opens a side clause later', () => {
    expect(analyseQuestion('was anyone hurt when gunmen attacked the convoy', corpus).type).toBe('yesno');
    expect(analyseQuestion('Has the driver who filmed the raid been named?', corpus).type).toBe('yesno');
  });
  it('and after a leading "According to X,"', () => {
    expect(analyseQuestion('According to the police, did gunmen attack the convoy?', corpus).type).toBe('yesno');
  });
  it('but "can you tell me when …" asks when', () => {
    expect(analyseQuestion('can you tell me when the gunmen attacked', corpus).type).toBe('time');
  });
});
