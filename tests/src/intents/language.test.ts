import { describe, expect, it } from 'vitest';
import { notEnglish } from '../../../src/intents/language.js';
import { isEnglishStopWord, isEnglishWord } from '../../../src/nlp/wink.js';

const articleWords = new Set(['lavrov', 'sanctions', 'iran', 'qum', 'lukyanov', 'medvedev']);
const lexicon = { isEnglish: isEnglishWord, isStopWord: isEnglishStopWord, inArticle: (w: string) => articleWords.has(w) };

describe('language check', () => {
  it('takes another script for another language', () => {
    expect(notEnglish('Что сказал Лавров о санкциях?', lexicon)).toBe('script');
    expect(notEnglish('拉夫罗夫说了什么？', lexicon)).toBe('script');
    expect(notEnglish('מי זה לברוב?', lexicon)).toBe('script');
  });
  it('takes Latin-script questions the English lexicon does not know for another language', () => {
    expect(notEnglish('¿Qué dijo Lavrov sobre las sanciones?', lexicon)).toBe('words');
    expect(notEnglish('Was hat Lawrow über Sanktionen gesagt?', lexicon)).toBe('words');
    expect(notEnglish("Qu'a dit Lavrov sur les sanctions ?", lexicon)).toBe('words');
  });
  it('reads English, lower case, with typos, names and keywords, as English', () => {
    for (const q of ['who is lavrov', 'whats going on with iran', 'what did lavrov say abt sanctions', 'lavrov sanctions iran', 'Who is Fyodor Lukyanov?', 'tldr', 'Is Qum a holy city?', 'Where did the Normans settle in the 10th century?']) {
      expect(notEnglish(q, lexicon), q).toBeUndefined();
    }
  });
});
