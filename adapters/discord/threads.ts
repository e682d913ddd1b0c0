/**
 * Follow-ups without a mention (Onyx's "implicit invocation"): in a server channel, a reply to
 * one of the bot's messages, or any message in a thread the bot opened from its answer
 * (`DISCORD_THREADS=true`), is a question for the bot. Such a thread continues the conversation
 * of its parent channel, so "What did he say?" there is read against the question that opened it.
 */
import type { Channel, Client, Message } from 'discord.js';
import type { Library } from '../shared/library/library.js';
import type { Logger } from '../shared/logger.js';
import { shorten } from './format.js';

/** The channel whose conversations a message or button in `channel` belongs to (a bot thread: its parent). */
export function conversationChannelId(channel: Channel | null | undefined, channelId: string, botUserId: string | undefined): string {
  if (botUserId && channel?.isThread() && channel.ownerId === botUserId && channel.parentId) return channel.parentId;
  return channelId;
}

/** Whether a server message without a mention is still for the bot: a reply to it, or in its thread. */
export function isImplicitFollowUp(message: Message, botUserId: string): boolean {
  if (!message.inGuild()) return false;
  if (message.channel.isThread() && message.channel.ownerId === botUserId) return true;
  const repliedTo = message.reference?.messageId;
  if (!repliedTo) return false;
  // Discord sends the replied-to message with the reply (discord.js caches it); a reply that pings names its author too.
  const replied = message.channel.messages.cache.get(repliedTo);
  return replied?.author.id === botUserId || message.mentions.repliedUser?.id === botUserId;
}

/** Opens a thread from the bot's answer to a mention; a failure (no permission, say) is logged, the answer stands. */
export async function openThread(answer: Message, question: string, logger: Logger, where: Record<string, unknown>): Promise<void> {
  try {
    await answer.startThread({ name: shorten(question.replace(/\s+/g, ' ').trim() || 'Follow-up questions', 90) });
  } catch (error) {
    logger.warn({ ...where, error: error instanceof Error ? error.message : String(error) }, 'could not open a thread for the answer (Create Public Threads permission?)');
  }
}

/**
 * The article scope of a Discord channel: its own choice (`/article use` there), else, for a
 * thread, its parent channel's (a thread answers from its channel's articles unless set itself).
 */
export function articleScope(library: Pick<Library, 'chosen'>, client: Client | undefined, channelId: string): string {
  const own = `discord:${channelId}`;
  if (library.chosen(own)) return own;
  const channel = client?.channels.cache.get(channelId);
  return channel?.isThread() && channel.parentId ? `discord:${channel.parentId}` : own;
}
