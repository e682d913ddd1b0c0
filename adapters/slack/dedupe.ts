/** The in-memory claims (moved to adapters/shared so the Discord bot can use them too). */
export { Dedupe, type DedupeOptions, type DeliveryClaims } from '../shared/dedupe.js';

/** What identifies one delivery of an incoming Slack request (event id, or a command's trigger id). */
export function deliveryKeys(body: Record<string, unknown>): string[] {
  const keys: string[] = [];
  if (typeof body.event_id === 'string') keys.push(`event:${body.event_id}`);
  if (typeof body.trigger_id === 'string') keys.push(`trigger:${body.trigger_id}`);
  return keys;
}

/**
 * One user message, whichever event delivered it: the same message can arrive as two events
 * with different ids (an app_mention and a message.im), and must be answered once.
 */
export function messageKey(channel: string, ts: string): string {
  return `message:${channel}:${ts}`;
}
