import type { QaCore } from '../../src/types.js';
import type { Logger } from '../shared/logger.js';
import type { DeliveryClaims } from '../shared/dedupe.js';
import type { Limiter } from '../shared/rate-limit.js';
import type { Session } from '../shared/session.js';
import type { ArticleDesk } from '../shared/library/desk.js';
import type { InFlight } from '../shared/in-flight.js';
import type { WorkQueue } from '../shared/work-queue.js';

/** What the message and interaction handlers need, built once by `createDiscordBot`. */
export interface BotContext {
  core: QaCore;
  /** Conversations (one per user in each channel, thread or DM), "why", "more", feedback and the questions log. */
  session: Session;
  /** Per user, on every way in: mentions, DMs, `/ask` and buttons. */
  limiter: Limiter;
  /** Claims on interactions and messages, so that one instance answers each (shared with Redis). */
  claims: DeliveryClaims;
  logger: Logger;
  /** Channels where mentions are answered; empty means everywhere. */
  channels: ReadonlySet<string>;
  /** `/article`, and the core of a channel's articles (help and /about), when articles can change at run time. */
  articles?: {
    desk: ArticleDesk;
    coreFor(channelId: string): QaCore;
    /** `DISCORD_ARTICLE_ROLE`: a role id or name allowed to manage articles, besides Manage Server. */
    role?: string;
  };
  /** Open a thread for a mention's answer (`DISCORD_THREADS=true`). */
  threads?: boolean;
  /** The queue questions wait in before the core (the session's): how long an answer will take. */
  queue: WorkQueue;
  /** Replies handled but not yet delivered: bounded, past it "busy" then nothing. */
  inFlight: InFlight;
  /** Scrubs secrets (the token, interaction tokens) from an error before it is logged. */
  describeError(error: unknown): Record<string, unknown>;
}
