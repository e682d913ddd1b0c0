/**
 * A minimal PDF writer for test fixtures (text only, Helvetica, one content stream per page), so
 * the PDF reader is tested on documents we wrote ourselves. Lines are placed at absolute positions:
 * a larger step between two lines makes a paragraph break, as in a typeset article.
 */

/** One page: its lines top to bottom; '' leaves a blank line (a paragraph gap). */
export type PdfPage = string[];

/** WinAnsiEncoding's bytes for the typographic characters our articles use (the rest is Latin-1). */
const WIN_ANSI: Record<string, string> = { '—': '\x97', '–': '\x96', '’': '\x92', '‘': '\x91', '“': '\x93', '”': '\x94', '€': '\x80' };
const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[—–’‘“”€]/g, (c) => WIN_ANSI[c]!);

/** The bytes of a PDF with these pages (Latin-1 text) and an optional title in its metadata. */
export function makePdf(pages: readonly PdfPage[], title?: string): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map((line, k) => (line ? `BT /F1 11 Tf 1 0 0 1 72 ${760 - k * 14} Tm (${escape(line)}) Tj ET` : '')).filter(Boolean).join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = title ? add(`<< /Title (${escape(title)}) >>`) : undefined;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
