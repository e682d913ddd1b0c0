/** Casual typing read as meant: slang, contractions and possessives without apostrophes, slips. */
import { describe, expect, it } from 'vitest';
import { lexiconSlip, readCasual } from '../../../src/question/casual.js';
import { seedCore, shortOf } from '../seed.js';

// The lexicon loads with the first core.
seedCore();

describe('readCasual', () => {
  it('reads chat slang and contractions typed without an apostrophe, and says how', () => {
    expect(readCasual('whos vershbow')).toEqual({ text: 'who is vershbow', read: [['whos', 'who is']] });
    expect(readCasual('why r ppl gonna protest')).toEqual({ text: 'why are people going to protest', read: [['r', 'are'], ['ppl', 'people'], ['gonna', 'going to']] });
    expect(readCasual('Whats the plan, dont u know').text).toBe("What is the plan, don't you know");
    expect(readCasual('how many journos got killed this yr').text).toBe('how many journalists got killed this year');
  });

  it('reads "y" as "why" only where the question starts', () => {
    expect(readCasual('y did he quit').text).toBe('why did he quit');
    expect(readCasual('what is vitamin y').text).toBe('what is vitamin y');
  });

  it('reads a possessive without its apostrophe when the article knows the word without the s', () => {
    const known = (w: string) => w === 'lukyanov';
    expect(readCasual('what is lukyanovs job', known)).toEqual({ text: "what is lukyanov's job", read: [['lukyanovs', "lukyanov's"]] });
    expect(readCasual('what is lukyanovs job').read).toEqual([]);
  });

  it('reads a slip in a common word as the one word a dropped, swapped or changed letter gives', () => {
    expect(lexiconSlip('wher')).toBe('where');
    expect(lexiconSlip('happend')).toBe('happened');
    expect(readCasual('what did he siad').text).toBe('what did he said');
  });

  it('leaves real words, their plural and past forms, the article\'s words and unknown names alone', () => {
    for (const q of ['what does obama want to tell muslims', 'how many rhinos are left', 'who tweeted first', 'what is covid']) expect(readCasual(q).read, q).toEqual([]);
    expect(readCasual('who is vershbow', (w) => w === 'vershbow').read).toEqual([]);
  });
});

describe('the core reads casual typing and says how it read it', () => {
  it('"whos", "lukyanovs", "wher": answered as meant, with a note', () => {
    const core = seedCore();
    const who = core.ask('whos lukyanov');
    expect(who.readAs).toContain('reading "whos" as "who is"');
    expect(who.answer).toBe(core.ask('who is lukyanov').answer);
    const job = core.ask('what is lukyanovs job');
    expect(job.readAs).toContain('"lukyanovs" as "lukyanov\'s"');
    expect(`${job.answer} ${job.passage}`).toMatch(/editor in chief/);
    expect(shortOf(core.ask('wher will iran meet officials from france and russia'))).toBe('Vienna');
  });
});
