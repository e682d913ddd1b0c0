/**
 * Why an article could not be read or fetched, as one line a stranger may see. Nothing that was
 * refused is stored or answered from; the message never holds a secret (URLs are shown without
 * credentials, query or fragment).
 */
export class ArticleRefusal extends Error {
  readonly code = 'ARTICLE_REFUSED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArticleRefusal';
  }
}

/** A URL as it may be shown in a refusal: scheme, host, port and path only. */
export function shownUrl(url: string | URL): string {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    const path = u.pathname.length > 60 ? `${u.pathname.slice(0, 57)}…` : u.pathname;
    return `${u.protocol}//${u.host}${path}`;
  } catch {
    return 'that link';
  }
}
