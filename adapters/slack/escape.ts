/**
 * Slack text in and out. Slack sends message and command text with `&`, `<`, `>` escaped as
 * HTML entities and uses `<...>` for mentions and links; every piece of user or article text the
 * bot sends back is escaped again, so `<!channel>` or `<@U123>` in a question shows as text and
 * can never notify anyone; plain `@channel`, `@here` and `@everyone` are defused too.
 */

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
function escapeEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Plain `@everyone`, `@here` and `@channel` with a zero-width space after the `@` (as the Discord
 * adapter does): Slack may turn the plain words into a broadcast, so echoed text never holds them.
 */
export function defuseBroadcasts(text: string): string {
  return text.replace(/@(everyone|here|channel)\b/gi, '@\u200b$1');
}

/** User or article text made inert for mrkdwn: broadcasts defused, then `&`, `<`, `>` escaped. */
export function escapeMrkdwn(text: string): string {
  return escapeEntities(defuseBroadcasts(text));
}

/** Undoes Slack's entity escaping (`&amp;` last, so `&amp;lt;` stays the literal text `&lt;`). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The question in a Slack message or `/ask` text, as plain text for the core: the bot's own
 * mention (`<@UBOT>` or `<@UBOT|name>`) removed, entities decoded, whitespace collapsed.
 * Other markup (`<!channel>`, links) is left as typed; it is escaped again when echoed.
 */
export function questionFromSlack(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) {
    const id = botUserId.replace(/[^A-Za-z0-9]/g, '');
    out = out.replace(new RegExp(`<@${id}(\\|[^>]*)?>`, 'g'), ' ');
  }
  return unescapeSlack(out).replace(/\s+/g, ' ').trim();
}

const ELLIPSIS = '…';

/**
 * `text` escaped, shortened if needed so the escaped result is at most `max` characters.
 * A cut never splits an entity (`&amp;`) or a surrogate pair, lands on a word boundary when
 * one is near, and ends with an ellipsis.
 */
export function escapeWithin(text: string, max: number): string {
  const safe = defuseBroadcasts(text);
  const full = escapeEntities(safe);
  if (full.length <= max) return full;
  const budget = max - ELLIPSIS.length;
  if (budget <= 0) return ELLIPSIS.slice(0, Math.max(0, max));
  let out = '';
  for (const ch of safe) {
    const piece = escapeEntities(ch);
    if (out.length + piece.length > budget) break;
    out += piece;
  }
  const space = out.lastIndexOf(' ');
  if (space >= budget * 0.8) out = out.slice(0, space);
  return out.trimEnd() + ELLIPSIS;
}
