import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';
import { shortOf } from '../seed.js';

const ARTICLE = [
  'Port deal signed',
  'The Dutch trade minister, Anna Berg, said the port agreement would create jobs.',
  'Ms. Berg met Jan Claes, the mayor of Antwerp, on Friday.',
  'Earlier, the Dutch trade minister toured the harbour.',
  'The 1998 port strike had closed both harbours for a month.',
].join('\n\n');

describe('roles in questions', () => {
  const core = createCore([{ id: 'port.txt', text: ARTICLE }]);
  it('a who-question about the role asks for its holder', () => {
    expect(shortOf(core.ask('Who is the Dutch trade minister?'))).toBe('Anna Berg');
  });
  it('a role that is the subject of another verb stands for its holder, and is not the answer', () => {
    // "Whom did … meet?": the wh-word is the object. The role is read as Anna Berg, so the
    // sentence where she (Ms. Berg) meets someone wins over the one that only repeats the role's words.
    const a = core.ask('Whom did the Dutch trade minister meet?');
    expect(a.passage).toContain('met Jan Claes');
    expect(a.answer).toBe('Jan Claes');
  });
  it('a phrase before a name that is no title is not read as a person ("the 1998 port strike")', () => {
    const a = core.ask('What had the 1998 port strike closed?');
    expect(a.passage).toContain('closed both harbours');
    expect(a.answer).toMatch(/harbours/);
  });
});
