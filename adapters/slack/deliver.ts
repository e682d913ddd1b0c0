/**
 * Posting to a response_url (the answer to `/ask` or a button) so that one failed post does not
 * lose the answer: retried once after a short pause; when that fails too, the user is told with an
 * ephemeral message from the bot (chat.postEphemeral), and the failure is logged either way.
 */
import type { App, RespondArguments, RespondFn } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import { errorForLog } from './bolt-logger.js';
import { escapeMrkdwn } from './escape.js';

/** What the user reads when the answer could not be delivered twice over. */
export const NOT_DELIVERED = 'Sorry, Slack did not accept my answer just now. Please ask again in a moment.';

export interface DeliverTarget {
  respond: RespondFn;
  client: App['client'];
  /** Where the ephemeral notice goes when the response_url fails twice. */
  channel?: string;
  user?: string;
  /** Context for log lines. */
  where: Record<string, unknown>;
}

export interface DeliverOptions {
  logger: Logger;
  secrets: readonly string[];
  /** Pause before the one retry (ms). */
  retryDelayMs?: number;
}

/** Posts `message` to the response_url: once, once more on failure, then an ephemeral notice. Never throws. */
export async function deliver(target: DeliverTarget, message: RespondArguments, options: DeliverOptions): Promise<boolean> {
  const { logger: log, secrets } = options;
  try {
    await target.respond(message);
    return true;
  } catch (first) {
    log.warn({ ...target.where, err: errorForLog(first, secrets) }, 'posting to the response_url failed; retrying once');
  }
  await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 500));
  try {
    await target.respond(message);
    log.info(target.where, 'posted to the response_url on the second try');
    return true;
  } catch (second) {
    log.error({ ...target.where, err: errorForLog(second, secrets) }, 'posting to the response_url failed twice; telling the user');
  }
  if (!target.channel || !target.user) return false;
  try {
    await target.client.chat.postEphemeral({ channel: target.channel, user: target.user, text: escapeMrkdwn(NOT_DELIVERED) });
  } catch (error) {
    log.error({ ...target.where, err: errorForLog(error, secrets) }, 'could not tell the user that the answer was not delivered');
  }
  return false;
}
