/**
 * Claims on deliveries: whoever claims a delivery first answers it, so Slack's retries (HTTP
 * mode), redeliveries (Socket Mode) and an event seen by two bot instances are answered once.
 */

/** What the adapters ask before answering; the Redis claims (adapters/shared/redis) implement it too. */
export interface DeliveryClaims {
  /**
   * Claims every key and says whether this is the first time any of them was claimed: false (a
   * duplicate) when at least one key was already claimed and has not expired.
   */
  firstTime(...keys: readonly (string | undefined)[]): boolean | Promise<boolean>;
  /**
   * `firstTime`, also saying whether the claim was shared with the other instances (`shared:
   * false` while Redis is unreachable: only this process's memory was asked). Claims that are
   * never shared (memory only, one instance) do not implement it.
   */
  claim?(...keys: readonly (string | undefined)[]): Promise<{ first: boolean; shared: boolean }>;
}

/**
 * The in-memory claims of one process. Memory is bounded: at most `maxEntries` keys, each
 * forgotten after `ttlMs` (Slack retries within about 5 minutes).
 */
export interface DedupeOptions {
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

export class Dedupe implements DeliveryClaims {
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
