/** Codes of the errors the core can throw (only at start-up; `ask` never throws). */
export type QaErrorCode = 'QA_NO_ARTICLES' | 'QA_EMPTY_ARTICLE';

/**
 * A coded error in the style of Bolt's: `code` for programs, a message for people that names
 * the module and the fix, and the underlying `cause` when there is one.
 */
export class QaError extends Error {
  readonly code: QaErrorCode;

  constructor(code: QaErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QaError';
    this.code = code;
  }
}
