/**
 * Bytes to text with the right character set: the HTTP header's `charset=` first, then an HTML
 * page's `<meta charset>` / `http-equiv` tag in its first 1,024 bytes (where the HTML standard
 * says it must be), then a byte-order mark, else UTF-8. Labels are resolved by TextDecoder
 * (the WHATWG Encoding standard: `iso-8859-1` reads as windows-1252, as browsers do).
 */
import { ArticleRefusal } from './refusal.js';

/** The `charset` parameter of a Content-Type header, lower-cased, when there is one. */
export function headerCharset(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** The charset an HTML page declares in a meta tag within its first 1,024 bytes. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Decodes `bytes` as the header, the page or the BOM says (UTF-8 by default). An unknown label
 * or bytes that are not valid in the declared UTF encoding are refused rather than read as
 * mojibake; a leading BOM is dropped.
 */
export function decodeText(bytes: Uint8Array, options: { contentType?: string; html?: boolean; what: string }): string {
  const label = bomCharset(bytes) ?? headerCharset(options.contentType) ?? (options.html ? metaCharset(bytes) : undefined) ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch (error) {
    throw new ArticleRefusal(`${options.what}: unknown character set "${label.slice(0, 40)}"`, { cause: error });
  }
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ArticleRefusal(`${options.what}: ${decoder.encoding === 'utf-8' ? 'is not valid UTF-8 text; re-save it as UTF-8' : `is not valid ${decoder.encoding} text`}`, { cause: error });
  }
}
