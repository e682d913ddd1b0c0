/**
 * A per-key (per-user) sliding-window rate limit, shared by the chat adapters.
 *
 * At most `limit` attempts are allowed in any `windowMs` window. Refused attempts do not count,
 * so someone who keeps asking is let in again as soon as their oldest allowed question ages out.
 * Nothing is queued: the caller answers a refused attempt with a short "slow down" (or, to avoid
 * answering spam with spam, only the first refusal in a row: see `firstRefusal`).
 */

export interface RateLimitOptions {
  /** Attempts allowed per window (a whole number, at least 1). */
  limit: number;
  /** The window length in milliseconds (at least 1). */
  windowMs: number;
  /** The clock, in milliseconds; injectable for tests. */
  now?: () => number;
}

export type RateDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** How long until the next attempt would be allowed. */
      retryAfterMs: number;
      /** True for the first refusal since this key was last allowed. */
      firstRefusal: boolean;
    };

/** What the adapters ask before answering; the Redis limiter (adapters/shared/redis) implements it too. */
export interface Limiter {
  readonly limit: number;
  readonly windowMs: number;
  /** Records an attempt by `key` if it is allowed, and says whether it was. */
  take(key: string): RateDecision | Promise<RateDecision>;
}

interface KeyState {
  /** Times of the allowed attempts still inside the window, oldest first. */
  hits: number[];
  /** Whether the key has been refused since its last allowed attempt. */
  refused: boolean;
}

export class RateLimiter implements Limiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private readonly keys = new Map<string, KeyState>();
  private lastSweep: number;

  constructor(options: RateLimitOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new RangeError('rate limit: limit must be a whole number of at least 1');
    if (!Number.isFinite(options.windowMs) || options.windowMs < 1) throw new RangeError('rate limit: windowMs must be at least 1');
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  /** Records an attempt by `key` if it is allowed, and says whether it was. */
  take(key: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    let state = this.keys.get(key);
    if (!state) {
      state = { hits: [], refused: false };
      this.keys.set(key, state);
    }
    const cutoff = now - this.windowMs;
    while (state.hits.length > 0 && state.hits[0]! <= cutoff) state.hits.shift();
    if (state.hits.length < this.limit) {
      state.hits.push(now);
      state.refused = false;
      return { allowed: true };
    }
    const firstRefusal = !state.refused;
    state.refused = true;
    return { allowed: false, retryAfterMs: state.hits[0]! + this.windowMs - now, firstRefusal };
  }

  /** How many keys are being tracked (for tests and metrics). */
  get size(): number {
    return this.keys.size;
  }

  /** Forgets keys with no attempt inside the window, at most once per window, so memory stays bounded. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    const cutoff = now - this.windowMs;
    for (const [key, state] of this.keys) {
      const last = state.hits[state.hits.length - 1];
      if (last === undefined || last <= cutoff) this.keys.delete(key);
    }
  }
}
