/**
 * Remembers which deliveries were already handled, so Slack's retries (HTTP mode) and
 * redeliveries (Socket Mode) never produce a second answer. Memory is bounded: at most
 * `maxEntries` keys, each forgotten after `ttlMs` (Slack retries within about 5 minutes).
 */
export interface DedupeOptions {
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

export class Dedupe {
  private readonly seen = new Map<string, number>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor({ maxEntries = 10_000, ttlMs = 60 * 60 * 1000, now = Date.now }: DedupeOptions = {}) {
    if (!(maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
    this.maxEntries = maxEntries;
    this.ttlMs = ttlMs;
    this.now = now;
  }

  /**
   * Records every key and says whether this is the first time any of them was seen.
   * Returns false (a duplicate) when at least one key is already known and not expired.
   */
  firstTime(...keys: readonly (string | undefined)[]): boolean {
    const now = this.now();
    this.expire(now);
    const present = keys.filter((k): k is string => typeof k === 'string' && k.length > 0);
    const duplicate = present.some((k) => this.seen.has(k));
    for (const key of present) {
      this.seen.delete(key); // re-insert so the map stays ordered by time of last sighting
      this.seen.set(key, now);
    }
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value as string;
      this.seen.delete(oldest);
    }
    return !duplicate;
  }

  get size(): number {
    return this.seen.size;
  }

  private expire(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs) break; // ordered oldest first
      this.seen.delete(key);
    }
  }
}

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

/**
 * A retry Slack sends because our acknowledgement was late (`http_timeout`) means the first
 * delivery did reach an instance of the app, perhaps another one behind the load balancer,
 * which is answering it: skip it even if this process has not seen the event id.
 */
export function isTimeoutRetry(retryNum: number | undefined, retryReason: string | undefined): boolean {
  return (retryNum ?? 0) > 0 && retryReason === 'http_timeout';
}
