import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../adapters/shared/sources/pdf.js';
import { ArticleRefusal } from '../../../../adapters/shared/sources/refusal.js';
import { makePdf } from './make-pdf.js';

describe('readPdf', () => {
  it('rebuilds paragraphs from line gaps, joins hyphenated words, drops running heads and page numbers', async () => {
    const pdf = makePdf([
      ['THE HARBOUR GAZETTE', 'New Pier Opens in Port Ellis', '', 'PORT ELLIS - The new pier opened on Monday after two years of', 'work, the harbour master said.', '', 'It cost 4 million pounds, paid by the county and a fish-', 'ing cooperative.', '', '', '', 'Page 1'],
      ['THE HARBOUR GAZETTE', 'Boats from three villages will use it from May.', '', '', 'Page 2'],
    ]);
    const doc = await readPdf(pdf, 'pier.pdf');
    expect(doc.title).toBe('New Pier Opens in Port Ellis');
    expect(doc.paragraphs).toEqual([
      'PORT ELLIS - The new pier opened on Monday after two years of work, the harbour master said.',
      'It cost 4 million pounds, paid by the county and a fishing cooperative.',
      'Boats from three villages will use it from May.',
    ]);
    expect(doc.pages).toEqual([1, 1, 2]);
  });
  it('takes the title from the metadata when there is one', async () => {
    const doc = await readPdf(makePdf([['The council met on Friday and voted for the plan.']], 'Council Backs Plan'), 'c.pdf');
    expect(doc.title).toBe('Council Backs Plan');
    expect(doc.paragraphs).toEqual(['The council met on Friday and voted for the plan.']);
  });
  it('refuses bytes that are not a PDF, and a PDF without text, in one line', async () => {
    await expect(readPdf(Buffer.from('%PDF-1.4 nothing here'), 'bad.pdf')).rejects.toThrowError(ArticleRefusal);
    await expect(readPdf(makePdf([[]]), 'empty.pdf')).rejects.toThrowError(/empty\.pdf: the PDF has no text/);
  });
});
