/** Shared wording: the section note every adapter puts after an answer's paragraph number. */
import { describe, expect, it } from 'vitest';
import { sectionNote } from '../../../adapters/shared/text.js';

describe('sectionNote', () => {
  it('is " (§ title)", the title passed through the platform\'s escaping, on one line', () => {
    expect(sectionNote('Opening hours', (t) => t)).toBe(' (§ Opening hours)');
    expect(sectionNote('  Prices &\n tickets ', (t) => t.replace(/&/g, '&amp;'))).toBe(' (§ Prices &amp; tickets)');
  });

  it('is empty without a section, or with a blank one', () => {
    expect(sectionNote(undefined, (t) => t)).toBe('');
    expect(sectionNote(' \n', (t) => t)).toBe('');
  });
});
