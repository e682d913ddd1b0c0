import { describe, expect, it } from 'vitest';
import { smallTalk, smallTalkReply } from '../../../src/intents/greeting.js';

describe('small talk', () => {
  it('reads greetings, thanks, acknowledgements and goodbyes as whole messages', () => {
    expect(smallTalk('hi')).toBe('greeting');
    expect(smallTalk('Hello there!')).toBe('greeting');
    expect(smallTalk('good morning 👋')).toBe('greeting');
    expect(smallTalk('thanks')).toBe('thanks');
    expect(smallTalk('ok thank you so much')).toBe('thanks');
    expect(smallTalk('ok')).toBe('acknowledgement');
    expect(smallTalk('cool, got it')).toBe('acknowledgement');
    expect(smallTalk('bye!')).toBe('goodbye');
    expect(smallTalk('how are you?')).toBe('wellbeing');
  });
  it('leaves questions alone, even when they open with small talk', () => {
    for (const q of ['hi, who is Lavrov?', 'ok so what did Clinton say', 'thanks but where is Qum', 'who said thanks', 'good', 'help', '']) {
      expect(smallTalk(q), q).toBe(q === 'good' ? 'acknowledgement' : undefined);
    }
  });
  it('replies with one line that points to an example question', () => {
    const line = smallTalkReply('greeting', 'The Headline', 'Who is X?');
    expect(line).not.toContain('\n');
    expect(line).toContain('"Who is X?"');
    expect(line).toContain('The Headline');
  });
});
