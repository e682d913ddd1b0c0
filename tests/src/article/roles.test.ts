import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/article/build.js';
import { createCore } from '../../../src/index.js';
import { shortOf } from '../seed.js';

const ARTICLE = [
  'Port deal',
  "BERLIN — Germany's trade minister said Monday that the port deal was “a good start.”",
  'The minister, Anna Berg, spoke after meeting Prime Minister Karl Lenz, who had opposed the deal.',
  'The prime minister left for Rome later that day.',
].join('\n\n');

describe('role phrases read as the person holding the role', () => {
  const corpus = buildCorpus([{ id: 'port.txt', text: ARTICLE }]);
  const lead = corpus.sentences.find((s) => s.text.includes('trade minister said'))!;
  it('links a title phrase to the one person whose role it fits, and makes them the speaker', () => {
    // "The minister, Anna Berg" gives her the role "minister"; "Prime Minister Karl Lenz" has a
    // word ("prime") the lead's "trade minister" lacks, so only Berg fits.
    expect(lead.terms.has('e:anna berg')).toBe(true);
    expect(lead.terms.has('e:karl lenz')).toBe(false);
    expect(lead.speaker).toBe('anna berg');
  });
  it('reads "the prime minister" as Lenz (Berg\'s role lacks "prime")', () => {
    const later = corpus.sentences.find((s) => s.text.includes('left for Rome'))!;
    expect(later.terms.has('e:karl lenz')).toBe(true);
    expect(later.terms.has('e:anna berg')).toBe(false);
  });
  // Known miss since the judge (issue 17): "Who said …" now gets the role phrase ("Germany's
  // trade minister") rather than the name it stands for.
  it.fails('lets questions that name the person find what the role phrase said', () => {
    const core = createCore([{ id: 'port.txt', text: ARTICLE }]);
    expect(core.ask('What did Anna Berg call the port deal?').passage).toContain('a good start');
    expect(shortOf(core.ask('Who said the port deal was a good start?'))).toBe('Anna Berg');
  });
});
