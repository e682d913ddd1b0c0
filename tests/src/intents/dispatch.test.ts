import { describe, expect, it } from 'vitest';
import { seedCore } from '../seed.js';

describe('intents in the core (QaCore.ask)', () => {
  const core = seedCore();
  it('every reply says its kind', () => {
    expect(core.ask('hi').kind).toBe('chat');
    expect(core.ask('help').kind).toBe('help');
    expect(core.ask('summarize').kind).toBe('summary');
    expect(core.ask('who is in the article').kind).toBe('people');
    expect(core.ask('Who is Lavrov?').kind).toBe('answer');
    expect(core.ask('What is the population of Russia?').kind).toBe('not-answered');
    expect(core.ask('').kind).toBe('not-answered');
  });
  it('small talk points to an example question the core answers', () => {
    const a = core.ask('thanks!');
    const example = /For example: "([^"]+)"/.exec(a.answer)?.[1];
    expect(example).toBeTruthy();
    expect(core.ask(example!).answered).toBe(true);
  });
  it('a question in another language gets one line saying the bot reads English', () => {
    const a = core.ask('Что сказал Лавров?');
    expect(a.kind).toBe('chat');
    expect(a.answer).toMatch(/only read questions in English/);
    expect(a.answer).not.toMatch(/never mentions/);
  });
});
