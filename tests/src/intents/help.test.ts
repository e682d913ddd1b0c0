import { describe, expect, it } from 'vitest';
import { helpReply, isHelp } from '../../../src/intents/help.js';

describe('help', () => {
  it('is asked with or without "/", and in plain words', () => {
    for (const q of ['help', '/help', 'Help!', 'help me please', '?', 'what can you do', 'How does this work?', 'who are you', 'what can I ask']) expect(isHelp(q), q).toBe(true);
  });
  it('is not a question that only contains the word', () => {
    for (const q of ['help with the sanctions', 'who helped Iran?', 'what can Russia do', 'what is this article about']) expect(isHelp(q), q).toBe(false);
  });
  it('says what the bot does and lists the examples', () => {
    const text = helpReply(['A Headline'], ['Who is X?', 'What did Y say?']);
    expect(text).toContain('"A Headline"');
    expect(text).toContain('• Who is X?');
    expect(text).toMatch(/summarize/);
  });
});
