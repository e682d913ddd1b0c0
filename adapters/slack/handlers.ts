/**
 * The Bolt listeners: `/ask`, mentions and DMs. Each one only translates: Slack text in, the
 * core's Answer out as Block Kit. A failure is logged with context and answered with a short
 * apology; it never propagates, so one bad event cannot stop the app.
 */
import type { App, RespondArguments } from '@slack/bolt';
import type { QaCore } from '../../src/types.js';
import type { Logger } from '../shared/logger.js';
import { feedbackThanks, NO_MORE, NOTHING_TO_EXPLAIN, type Session } from '../shared/session.js';
import { ACTIONS, answerMessage, apologyMessage, helpMessage, moreMessage, plainMessage, whyMessage, type SlackMessage, type TurnRef } from './blocks.js';
import { errorForLog } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { type DeliveryClaims, messageKey } from './dedupe.js';
import { deliver } from './deliver.js';
import type { Limiter } from '../shared/rate-limit.js';
import { SLOW_DOWN } from '../shared/text.js';
import { BUSY, BusyError } from '../shared/work-queue.js';
import { escapeMrkdwn, questionFromSlack } from './escape.js';
import { failureKind, outcomeUnknown } from './web-api.js';
import { readFileShare, registerArticleCommand, type SlackArticles, type SlackFile } from './articles.js';

export interface HandlerDeps {
  core: QaCore;
  config: SlackConfig;
  logger: Logger;
  dedupe: DeliveryClaims;
  /** Per user, on every way in: `/ask`, mentions, DMs and buttons. */
  limiter: Limiter;
  /** Conversations, "why"/"more", feedback and the questions log. */
  session: Session;
  /** Values never to be written to a log line (tokens, signing secret). */
  secrets: readonly string[];
  /** Pause before retrying a failed response_url post (ms; default 500). */
  retryDelayMs?: number;
  /** Told of a failed Web API call; true when it was a refused token (fatal: nothing more to send). */
  onAuthError?: (error: unknown) => boolean;
  /** `/article` and per-channel articles; files shared with the bot are read as articles. */
  articles?: SlackArticles;
}

/** Said (to the asker only) when Slack may or may not have posted the answer. */
export const MAY_NOT_HAVE_ARRIVED = 'Slack did not confirm my answer just now, so it may not have arrived. If you do not see it above, please ask again.';

/** `/ask`, `/ask help`, a bare mention or "help" in a DM: show usage instead of answering. */
export function isHelpRequest(question: string): boolean {
  return question === '' || question === '?' || /^help[.!?]*$/i.test(question);
}

/** `/ask why` and `/ask more` (the exact words) refer to the last answer; "Why?" is a follow-up question. */
export function commandWord(question: string): 'why' | 'more' | undefined {
  const m = /^(why|more)$/i.exec(question.trim());
  return m ? (m[1]!.toLowerCase() as 'why' | 'more') : undefined;
}

/** The button value of an answer, or undefined when it is not one of ours. */
export function parseRef(value: unknown): TurnRef | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const ref = JSON.parse(value) as Partial<TurnRef>;
    if (typeof ref.c !== 'string' || typeof ref.t !== 'string') return undefined;
    if (ref.r !== undefined && !(Number.isInteger(ref.r) && ref.r >= 1 && ref.r <= 100)) return undefined;
    return { c: ref.c, t: ref.t, ...(ref.r !== undefined ? { r: ref.r } : {}) };
  } catch {
    return undefined;
  }
}

/** A message event worth answering: typed by a person, not an edit, join, or another bot's post. */
interface UserMessage {
  channel: string;
  ts: string;
  text: string;
  user?: string;
  thread_ts?: string;
  /** Files shared with the message (a DM's `file_share`, or a mention with a file). */
  files?: SlackFile[];
}

function asUserMessage(event: Record<string, unknown>): UserMessage | undefined {
  // A file shared with a message is a person's message too (subtype file_share).
  if ((event.subtype !== undefined && event.subtype !== 'file_share') || event.bot_id !== undefined) return undefined;
  if (typeof event.channel !== 'string' || typeof event.ts !== 'string') return undefined;
  return {
    channel: event.channel,
    ts: event.ts,
    text: typeof event.text === 'string' ? event.text : '',
    user: typeof event.user === 'string' ? event.user : undefined,
    thread_ts: typeof event.thread_ts === 'string' ? event.thread_ts : undefined,
    ...(Array.isArray(event.files) && event.files.length ? { files: event.files as SlackFile[] } : {}),
  };
}

/** Direct-message channel ids start with D. */
const isDirectMessage = (channel: string) => channel.startsWith('D');

export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { config, dedupe, limiter, secrets, session, articles } = deps;
  /** The core of a conversation's channel (its articles), for help. */
  const coreOf = (conversation: string): QaCore => articles?.coreFor(conversation.split(':')[1] ?? '') ?? deps.core;
  if (articles) registerArticleCommand(app, { articles, logger: deps.logger, secrets });
  const log = deps.logger;
  const delivery = { logger: log, secrets, ...(deps.retryDelayMs !== undefined ? { retryDelayMs: deps.retryDelayMs } : {}) };

  /** The reply to a question in a conversation (or to a request for help): buttons under an answer. */
  async function replyFor(conversation: string, user: string | undefined, question: string, echoQuestion: boolean, command = '/ask'): Promise<{ message: SlackMessage; help: boolean; answered?: boolean }> {
    if (isHelpRequest(question)) return { message: helpMessage(coreOf(conversation).about(), command), help: true };
    const answer = await session.ask(conversation, user, question);
    // Buttons explain a quoted answer; a summary, small talk or help has nothing to explain.
    const turn = answer.answered && (answer.kind ?? 'answer') === 'answer' ? { c: conversation, t: answer.turnId } : undefined;
    return { message: answerMessage(answer, { ...(echoQuestion ? { question: answer.asked } : {}), ...(turn ? { turn } : {}) }), help: false, answered: answer.answered };
  }

  /** "Why" or "More" for a turn (the latest when `turnId` is undefined). */
  async function explainTurn(word: 'why' | 'more', conversation: string, turnId: string | undefined, rank = 1): Promise<SlackMessage> {
    const turn = await session.turn(conversation, turnId);
    if (!turn) return plainMessage(NOTHING_TO_EXPLAIN);
    if (word === 'why') return whyMessage((await session.why(conversation, turn.id))!);
    const next = await session.more(conversation, turn.id, rank);
    return next ? moreMessage(next, { c: conversation, t: turn.id, r: rank }) : plainMessage(NO_MORE);
  }

  app.command('/ask', async ({ command, ack, respond, context, client }) => {
    await ack(); // within Slack's 3 seconds, before any work; the answer follows via response_url
    const where = { kind: 'command', channel: command.channel_id, user: command.user_id };
    const target = { respond, client, channel: command.channel_id, user: command.user_id, where };
    const started = Date.now();
    let reply: RespondArguments;
    let done: Record<string, unknown> & { what: string };
    try {
      const decision = await limiter.take(command.user_id);
      if (!decision.allowed) {
        log.info({ ...where, retryAfterMs: decision.retryAfterMs }, 'rate limited');
        await respond({ response_type: 'ephemeral', text: SLOW_DOWN, blocks: plainMessage(SLOW_DOWN).blocks });
        return;
      }
      const question = questionFromSlack(command.text ?? '', context.botUserId);
      // `/ask` answers are the asker's own conversation in that channel (by default only they see them).
      const conversation = `slack:${command.channel_id}:${command.user_id}`;
      const word = commandWord(question);
      if (word) {
        const message = await explainTurn(word, conversation, undefined);
        reply = { response_type: 'ephemeral', text: message.text, blocks: message.blocks };
        done = { what: `answered /ask ${word}`, command: word };
      } else {
        const { message, help, answered } = await replyFor(conversation, command.user_id, question, true, command.command || '/ask');
        const visible = !help && config.visibility === 'channel';
        reply = { response_type: visible ? 'in_channel' : 'ephemeral', text: message.text, blocks: message.blocks };
        done = { what: 'answered /ask', help, answered };
      }
    } catch (error) {
      const busy = error instanceof BusyError;
      if (busy) log.warn(where, 'busy: question refused');
      else log.error({ ...where, err: errorForLog(error, secrets) }, 'answering /ask failed');
      const sorry = busy ? plainMessage(BUSY) : apologyMessage();
      reply = { response_type: 'ephemeral', text: sorry.text, blocks: sorry.blocks };
      done = { what: busy ? 'answered /ask busy' : 'apologised for /ask' };
    }
    const { what, ...fields } = done;
    if (await deliver(target, reply, delivery)) log.info({ ...where, ...fields, ms: Date.now() - started }, what);
  });

  /** Answers one user message in its conversation: in a thread for channel mentions, plainly in DMs. */
  async function answerMessageEvent(kind: string, eventId: unknown, msg: UserMessage, botUserId: string | undefined, client: App['client']) {
    if (!(await dedupe.firstTime(messageKey(msg.channel, msg.ts)))) {
      log.debug({ kind, channel: msg.channel, eventId }, 'message already answered; skipped');
      return;
    }
    const dm = isDirectMessage(msg.channel);
    const threadTs = dm ? msg.thread_ts : (msg.thread_ts ?? msg.ts);
    const where = { kind, channel: msg.channel, user: msg.user, eventId: typeof eventId === 'string' ? eventId : undefined };
    const started = Date.now();
    const decision = await limiter.take(msg.user ?? msg.channel);
    if (!decision.allowed) {
      log.info({ ...where, retryAfterMs: decision.retryAfterMs }, 'rate limited');
      // Only the first refused message in a row is answered: a flood should not get a flood back.
      if (decision.firstRefusal) {
        await client.chat
          .postMessage({ channel: msg.channel, thread_ts: threadTs, text: SLOW_DOWN, blocks: plainMessage(SLOW_DOWN).blocks })
          .catch((e: unknown) => log.error({ ...where, err: errorForLog(e, secrets) }, 'could not say slow down'));
      }
      return;
    }
    try {
      if (msg.files && articles) {
        // A file shared with the bot is an article to read, not a question.
        const reply = await readFileShare({ articles, client, botToken: config.botToken, channel: msg.channel, user: msg.user, threadTs, file: msg.files[0]! });
        await client.chat.postMessage({ channel: msg.channel, thread_ts: threadTs, text: reply.text, blocks: reply.blocks, unfurl_links: false, unfurl_media: false });
        log.info({ ...where, ms: Date.now() - started }, 'file share read');
        return;
      }
      const question = questionFromSlack(msg.text, botUserId);
      // A channel thread, or a DM (its threads apart), is one conversation.
      const conversation = `slack:${msg.channel}${threadTs ? `:${threadTs}` : ''}`;
      const { message, help, answered } = await replyFor(conversation, msg.user, question, false);
      await client.chat.postMessage({ channel: msg.channel, thread_ts: threadTs, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      log.info({ ...where, help, answered, ms: Date.now() - started }, 'answered message');
    } catch (error) {
      if (deps.onAuthError?.(error)) return;
      if (outcomeUnknown(error)) {
        // It may have been posted: a retry or an apology could show the user two answers. A line
        // only they see says it may not have arrived, so an answer is never lost without a word.
        log.warn({ ...where, method: 'chat.postMessage', failure: failureKind(error, secrets), err: errorForLog(error, secrets) }, 'chat.postMessage outcome unknown (it may have been posted): not retried; the asker is told');
        if (msg.user) {
          await client.chat
            .postEphemeral({ channel: msg.channel, user: msg.user, ...(threadTs ? { thread_ts: threadTs } : {}), text: escapeMrkdwn(MAY_NOT_HAVE_ARRIVED) })
            .catch((e: unknown) => log.error({ ...where, err: errorForLog(e, secrets) }, 'could not tell the asker the answer may not have arrived'));
        }
        return;
      }
      const busy = error instanceof BusyError;
      if (busy) log.warn(where, 'busy: question refused');
      else log.error({ ...where, err: errorForLog(error, secrets) }, 'answering a message failed');
      const sorry = busy ? plainMessage(BUSY) : apologyMessage();
      await client.chat
        .postMessage({ channel: msg.channel, thread_ts: threadTs, text: sorry.text, blocks: sorry.blocks })
        .catch((e: unknown) => log.error({ ...where, err: errorForLog(e, secrets) }, 'could not send the apology'));
    }
  }

  // The buttons under an answer: acknowledged at once, answered privately at the response_url.
  // Every block action is acknowledged, ours or not (an old message's button, say): Bolt never
  // acknowledges one no listener matches, so Slack would show the user an error.
  const ours = new Set<string>(Object.values(ACTIONS));
  app.action({ type: 'block_actions' }, async ({ ack, body, action, respond, client }) => {
    await ack();
    const act = (action ?? {}) as { action_id?: unknown; value?: unknown }; // a malformed payload may have none
    const ref = parseRef(act.value);
    const user = (body as { user?: { id?: string } }).user?.id;
    const channel = (body as { channel?: { id?: string } }).channel?.id;
    const where = { kind: 'button', action: act.action_id, user, channel };
    if (typeof act.action_id !== 'string' || !ours.has(act.action_id)) {
      log.warn(where, 'unknown action; ignored');
      return;
    }
    if (!ref) {
      log.warn(where, 'button with an unknown value; ignored');
      return;
    }
    const decision = await limiter.take(user ?? 'unknown');
    if (!decision.allowed) {
      log.info({ ...where, retryAfterMs: decision.retryAfterMs }, 'rate limited');
      await deliver({ respond, client, channel, user, where }, { response_type: 'ephemeral', replace_original: false, text: SLOW_DOWN, blocks: plainMessage(SLOW_DOWN).blocks }, delivery);
      return;
    }
    let message: SlackMessage;
    try {
      if (act.action_id === ACTIONS.why || act.action_id === ACTIONS.more) {
        message = await explainTurn(act.action_id === ACTIONS.why ? 'why' : 'more', ref.c, ref.t, ref.r ?? 1);
      } else {
        const rating = act.action_id === ACTIONS.good ? 'good' : 'bad';
        message = plainMessage(feedbackThanks(await session.feedback(ref.c, user, ref.t, rating), rating));
      }
    } catch (error) {
      const busy = error instanceof BusyError;
      if (!busy) log.error({ ...where, err: errorForLog(error, secrets) }, 'answering a button failed');
      message = busy ? plainMessage(BUSY) : apologyMessage();
    }
    const sent = await deliver({ respond, client, channel, user, where }, { response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks }, delivery);
    if (sent) log.info(where, 'button answered');
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    const msg = asUserMessage(event as unknown as Record<string, unknown>);
    if (!msg) return;
    if (!isDirectMessage(msg.channel) && config.channels.size > 0 && !config.channels.has(msg.channel)) {
      log.debug({ kind: 'mention', channel: msg.channel }, 'mention outside SLACK_CHANNELS; ignored');
      return;
    }
    await answerMessageEvent('mention', body.event_id, msg, context.botUserId, client);
  });

  app.event('message', async ({ event, body, context, client }) => {
    const raw = event as unknown as Record<string, unknown>;
    if (raw.channel_type !== 'im') return; // only DMs; channel messages are answered when they mention the bot
    const msg = asUserMessage(raw);
    if (!msg || (context.botUserId && msg.user === context.botUserId)) return;
    await answerMessageEvent('dm', body.event_id, msg, context.botUserId, client);
  });
}
