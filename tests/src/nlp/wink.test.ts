import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nlp/wink.js';

const sentences = (text: string): string[] => analyse(text).map((s) => s.text);

describe('sentence breaks', () => {
  it('keeps ordinary breaks', () => {
    expect(sentences('The ferry left at noon. It came back at six.')).toEqual(['The ferry left at noon.', 'It came back at six.']);
  });
  it('mends a break after an abbreviation followed by a figure', () => {
    expect(sentences('The town amounted to ca. 2 million people then. It grew.')).toEqual([
      'The town amounted to ca. 2 million people then.',
      'It grew.',
    ]);
  });
  it('mends a break inside a web address (the rest opens in lower case)', () => {
    expect(sentences('Streams ran on CBSSports.com, and on the app.')).toHaveLength(1);
  });
  it('keeps a break before a sentence that opens with a year', () => {
    expect(sentences('The show ended in May. 2002 saw a new one.')).toHaveLength(2);
  });
});
