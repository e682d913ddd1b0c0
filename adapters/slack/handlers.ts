/**
 * The Bolt listeners: `/ask`, mentions and DMs. Each one only translates: Slack text in, the
 * core's Answer out as Block Kit. A failure is logged with context and answered with a short
 * apology; it never propagates, so one bad event cannot stop the app.
 */
import type { App } from '@slack/bolt';
import type { QaCore } from '../../src/types.js';
import type { Logger } from '../shared/logger.js';
import { answerMessage, apologyMessage, helpMessage, type SlackMessage } from './blocks.js';
import { errorForLog } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { type Dedupe, messageKey } from './dedupe.js';
import { questionFromSlack } from './escape.js';

export interface HandlerDeps {
  core: QaCore;
  config: SlackConfig;
  logger: Logger;
  dedupe: Dedupe;
  /** Values never to be written to a log line (tokens, signing secret). */
  secrets: readonly string[];
}

/** `/ask`, `/ask help`, a bare mention or "help" in a DM: show usage instead of answering. */
export function isHelpRequest(question: string): boolean {
  return question === '' || question === '?' || /^help[.!?]*$/i.test(question);
}

/** A message event worth answering: typed by a person, not an edit, join, or another bot's post. */
interface UserMessage {
  channel: string;
  ts: string;
  text: string;
  user?: string;
  thread_ts?: string;
}

function asUserMessage(event: Record<string, unknown>): UserMessage | undefined {
  if (event.subtype !== undefined || event.bot_id !== undefined) return undefined;
  if (typeof event.channel !== 'string' || typeof event.ts !== 'string') return undefined;
  return {
    channel: event.channel,
    ts: event.ts,
    text: typeof event.text === 'string' ? event.text : '',
    user: typeof event.user === 'string' ? event.user : undefined,
    thread_ts: typeof event.thread_ts === 'string' ? event.thread_ts : undefined,
  };
}

/** Direct-message channel ids start with D. */
const isDirectMessage = (channel: string) => channel.startsWith('D');

export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { core, config, dedupe, secrets } = deps;
  const log = deps.logger;

  /** The reply to a question (or to a request for help), computed by the core. */
  function replyFor(question: string, echoQuestion: boolean, command = '/ask'): { message: SlackMessage; help: boolean; answered?: boolean } {
    if (isHelpRequest(question)) return { message: helpMessage(core.about(), command), help: true };
    const answer = core.ask(question);
    return { message: answerMessage(answer, echoQuestion ? { question } : {}), help: false, answered: answer.answered };
  }

  app.command('/ask', async ({ command, ack, respond, context }) => {
    await ack(); // within Slack's 3 seconds, before any work; the answer follows via response_url
    const where = { kind: 'command', channel: command.channel_id, user: command.user_id };
    const started = Date.now();
    try {
      const question = questionFromSlack(command.text ?? '', context.botUserId);
      const { message, help, answered } = replyFor(question, true, command.command || '/ask');
      const visible = !help && config.visibility === 'channel';
      await respond({ response_type: visible ? 'in_channel' : 'ephemeral', text: message.text, blocks: message.blocks });
      log.info({ ...where, help, answered, ms: Date.now() - started }, 'answered /ask');
    } catch (error) {
      log.error({ ...where, err: errorForLog(error, secrets) }, 'answering /ask failed');
      const sorry = apologyMessage();
      await respond({ response_type: 'ephemeral', text: sorry.text, blocks: sorry.blocks }).catch((e: unknown) =>
        log.error({ ...where, err: errorForLog(e, secrets) }, 'could not send the apology'),
      );
    }
  });

  /** Answers one user message in its conversation: in a thread for channel mentions, plainly in DMs. */
  async function answerMessageEvent(kind: string, eventId: unknown, msg: UserMessage, botUserId: string | undefined, client: App['client']) {
    if (!dedupe.firstTime(messageKey(msg.channel, msg.ts))) {
      log.debug({ kind, channel: msg.channel, eventId }, 'message already answered; skipped');
      return;
    }
    const dm = isDirectMessage(msg.channel);
    const threadTs = dm ? msg.thread_ts : (msg.thread_ts ?? msg.ts);
    const where = { kind, channel: msg.channel, user: msg.user, eventId: typeof eventId === 'string' ? eventId : undefined };
    const started = Date.now();
    try {
      const question = questionFromSlack(msg.text, botUserId);
      const { message, help, answered } = replyFor(question, false);
      await client.chat.postMessage({ channel: msg.channel, thread_ts: threadTs, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      log.info({ ...where, help, answered, ms: Date.now() - started }, 'answered message');
    } catch (error) {
      log.error({ ...where, err: errorForLog(error, secrets) }, 'answering a message failed');
      const sorry = apologyMessage();
      await client.chat
        .postMessage({ channel: msg.channel, thread_ts: threadTs, text: sorry.text, blocks: sorry.blocks })
        .catch((e: unknown) => log.error({ ...where, err: errorForLog(e, secrets) }, 'could not send the apology'));
    }
  }

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
