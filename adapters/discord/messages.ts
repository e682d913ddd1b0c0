import type { Message, MessageCreateOptions } from 'discord.js';
import { APOLOGY, SLOW_DOWN } from '../shared/text.js';
import { BUSY, BusyError } from '../shared/work-queue.js';
import type { BotContext } from './context.js';
import { replyInConversation } from './respond.js';
import { conversationChannelId, isImplicitFollowUp, openThread } from './threads.js';

/**
 * The question in a message, or null when the bot should not answer it: messages by bots
 * (itself included), webhooks and the system; guild messages that do not mention the bot (by its
 * user or its managed role), unless they reply to it or are in a thread it opened (threads.ts),
 * or that are outside `channels`. In a DM every message is a question.
 * The bot's mentions are removed from the question.
 */
export function questionFrom(message: Message, botUserId: string, channels: ReadonlySet<string>): string | null {
  if (message.author.bot || message.author.id === botUserId || message.webhookId || message.system) return null;
  const content = message.content ?? '';
  const botRoleId = message.guild?.roles.botRoleFor(botUserId)?.id;
  const mention = `<@!?${botUserId}>${botRoleId ? `|<@&${botRoleId}>` : ''}`;
  if (message.inGuild()) {
    if (!new RegExp(mention).test(content) && !isImplicitFollowUp(message, botUserId)) return null;
    if (channels.size > 0) {
      const parentId = message.channel.isThread() ? message.channel.parentId : null;
      if (!channels.has(message.channelId) && !(parentId && channels.has(parentId))) return null;
    }
  }
  return content.replace(new RegExp(mention, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The nonce of every reply to message `id`: derived from the id alone, so every instance (and
 * every retry) sends the same one. Discord keeps nonces per author for a few minutes.
 */
export const replyNonce = (id: string): string => `r${id}`.slice(0, 25);

/** Answers a message that asks the bot something, as a reply; ignores every other message. */
export async function handleMessage(message: Message, ctx: BotContext, botUserId: string): Promise<void> {
  const question = questionFrom(message, botUserId, ctx.channels);
  if (question === null) return;
  // The channel is taken now: `message.channel` is looked up in the cache each time, and the DM
  // sweeper (cache.ts) may drop an idle DM channel while the answer is being worked out (or claimed).
  const channel = message.channel;
  if (!channel.isSendable()) return;
  if (!(await ctx.claims.firstTime(`discord:message:${message.id}`))) return; // another instance has it
  const where = {
    via: message.inGuild() ? 'mention' : 'dm',
    messageId: message.id,
    channelId: message.channelId,
    guildId: message.guildId ?? undefined,
    userId: message.author.id,
  };
  // Every reply to this message carries the message's own id as its nonce, enforced: a retry, or
  // a failover copy of the bot (same token) answering the same message without shared claims
  // (Redis down or unset), gets the first reply back from Discord instead of posting a second.
  const send = (options: Pick<MessageCreateOptions, 'content' | 'components'>) =>
    channel.send({ ...options, nonce: replyNonce(message.id), enforceNonce: true, reply: { messageReference: message, failIfNotExists: false } });
  const decision = await ctx.limiter.take(message.author.id);
  if (!decision.allowed) {
    ctx.logger.info({ ...where, retryAfterMs: decision.retryAfterMs }, 'rate limited');
    // Answer only the first refused message in a row: a flood should not get a flood back.
    if (decision.firstRefusal) await send({ content: SLOW_DOWN });
    return;
  }
  // Replies waiting to be sent are bounded: past the bound "busy", past twice that nothing.
  const { admission, done } = ctx.inFlight.admit();
  try {
    if (admission === 'drop') {
      ctx.logger.warn({ ...where, inFlight: ctx.inFlight.size }, 'overloaded: message dropped unanswered');
      return;
    }
    if (admission === 'busy') {
      ctx.logger.warn({ ...where, inFlight: ctx.inFlight.size }, 'overloaded: answered busy');
      await send({ content: BUSY });
      return;
    }
    await answer(message, ctx, question, where, send, botUserId);
  } finally {
    done();
  }
}

async function answer(
  message: Message, ctx: BotContext, question: string, where: Record<string, unknown>,
  send: (options: Pick<MessageCreateOptions, 'content' | 'components'>) => Promise<unknown>, botUserId: string,
): Promise<void> {
  const channel = message.channel;
  try {
    const started = performance.now();
    // In a thread the bot opened, the conversation (and the articles) are its parent channel's.
    const conversationChannel = conversationChannelId(channel, message.channelId, botUserId);
    const reply = await replyInConversation(ctx.session, ctx.articles?.coreFor(conversationChannel) ?? ctx.core, conversationChannel, message.author.id, question);
    const sent = await send({ content: reply.content, ...(reply.components ? { components: reply.components } : {}) });
    // DISCORD_THREADS: an answer to a mention in a server channel gets a thread for its follow-ups.
    if (ctx.threads && message.inGuild() && !channel.isThread() && reply.kind === 'answer') await openThread(sent as Message, question, ctx.logger, where);
    ctx.logger.info({ ...where, kind: reply.kind, ms: Math.round(performance.now() - started) }, 'answered');
  } catch (error) {
    const busy = error instanceof BusyError;
    if (busy) ctx.logger.warn({ ...where, pending: ctx.queue.pending }, 'busy: question refused');
    else ctx.logger.error({ ...where, error: ctx.describeError(error) }, 'could not answer a message');
    await send({ content: busy ? BUSY : APOLOGY }).catch((apologyError: unknown) => {
      ctx.logger.warn({ ...where, error: ctx.describeError(apologyError) }, 'could not send the apology either');
    });
  }
}
