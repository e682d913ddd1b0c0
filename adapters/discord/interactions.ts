import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { NOTHING_TO_EXPLAIN } from '../shared/session.js';
import { APOLOGY, SLOW_DOWN } from '../shared/text.js';
import { conversationOf, handleButton } from './buttons.js';
import { ABOUT, ARTICLE, ASK, QUESTION, WHY } from './commands.js';
import { handleArticleCommand } from './articles.js';
import type { BotContext } from './context.js';
import { formatAbout } from './format.js';
import { cleanQuestion, isHelpRequest, replyInConversation } from './respond.js';
import { answerInteraction, deferWhenLate } from './defer.js';
import { BUSY, BusyError } from '../shared/work-queue.js';
import { formatWhy } from './why.js';
import { conversationChannelId } from './threads.js';

/**
 * Answers `/ask`, `/about`, `/why` and the buttons under answers. Answers to questions are public;
 * help, `/about`, `/why`, button replies, "slow down" and apologies are ephemeral (only the asker
 * sees them). Slash commands work in every channel and DM; `/ask` joins the channel's conversation.
 */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isButton()) return guarded(interaction, ctx, { via: 'button', customId: interaction.customId }, () => handleButton(interaction, ctx));
  if (!interaction.isChatInputCommand()) return;
  if (![ASK, ABOUT, WHY, ARTICLE].includes(interaction.commandName)) return;
  return guarded(interaction, ctx, { via: 'slash', command: interaction.commandName }, () => handleCommand(interaction, ctx));
}

async function handleCommand(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const where = { via: 'slash', command: interaction.commandName, interactionId: interaction.id, channelId: interaction.channelId, guildId: interaction.guildId ?? undefined, userId: interaction.user.id };
  // Every command counts, /about and /why too: the same per-user limit as mentions, DMs and buttons.
  const decision = await ctx.limiter.take(interaction.user.id);
  if (!decision.allowed) {
    ctx.logger.info({ ...where, retryAfterMs: decision.retryAfterMs }, 'rate limited');
    // A slash command must always be answered, or Discord shows "The application did not respond".
    await interaction.reply({ content: SLOW_DOWN, flags: MessageFlags.Ephemeral });
    return;
  }
  const channelId = conversationChannelId(interaction.channel, interaction.channelId, interaction.client.user?.id);
  const core = ctx.articles?.coreFor(channelId) ?? ctx.core;
  if (interaction.commandName === ARTICLE) {
    await handleArticleCommand(interaction, ctx);
    return;
  }
  if (interaction.commandName === ABOUT) {
    await interaction.reply({ content: formatAbout(core.about()), flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.commandName === WHY) {
    const why = await ctx.session.why(conversationOf(channelId, interaction.user.id));
    await interaction.reply({ content: why ? formatWhy(why) : NOTHING_TO_EXPLAIN, flags: MessageFlags.Ephemeral });
    return;
  }
  const started = performance.now();
  const text = interaction.options.getString(QUESTION) ?? '';
  const late = deferWhenLate(interaction, ctx, isHelpRequest(cleanQuestion(text)));
  let reply;
  try {
    reply = await replyInConversation(ctx.session, core, channelId, interaction.user.id, text);
  } finally {
    await late.settle();
  }
  await answerInteraction(interaction, { content: reply.content, ephemeral: reply.kind === 'help', ...(reply.components ? { components: reply.components } : {}) });
  ctx.logger.info({ ...where, kind: reply.kind, ms: Math.round(performance.now() - started) }, 'answered');
}

/** Discord's code for a second callback to one interaction. */
const ALREADY_ACKNOWLEDGED = 40060;
/** The log line for it. */
export const ALREADY_ANSWERED = 'interaction already answered (by another instance, or a retried callback); nothing more to send';

/** Runs a handler; a failure is logged (no tokens) and the user gets a private apology. */
async function guarded(interaction: ChatInputCommandInteraction | ButtonInteraction, ctx: BotContext, what: Record<string, unknown>, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const where = { ...what, interactionId: interaction.id, channelId: interaction.channelId, guildId: interaction.guildId ?? undefined, userId: interaction.user.id };
    // 40060: the interaction was already answered. Expected, not a fault: another instance on
    // the same token answered it first (failover copies without shared claims), or discord.js
    // retried a callback Discord took but whose answer was lost. No apology on top.
    if ((error as { code?: unknown }).code === ALREADY_ACKNOWLEDGED) {
      ctx.logger.info(where, ALREADY_ANSWERED);
      return;
    }
    // The queue before the core is full: "busy, try again", not an apology for a fault.
    if (error instanceof BusyError) {
      ctx.logger.warn({ ...where, pending: ctx.queue.pending }, 'busy: question refused');
      await answerInteraction(interaction, { content: BUSY, ephemeral: true }).catch(() => {});
      return;
    }
    ctx.logger.error({ ...where, error: ctx.describeError(error) }, 'could not answer a command');
    await apologize(interaction).catch((apologyError: unknown) => {
      ctx.logger.warn({ ...where, error: ctx.describeError(apologyError) }, 'could not send the apology either');
    });
  }
}

async function apologize(interaction: ChatInputCommandInteraction | ButtonInteraction): Promise<void> {
  if (interaction.replied) await interaction.followUp({ content: APOLOGY, flags: MessageFlags.Ephemeral });
  else if (interaction.deferred) await interaction.editReply({ content: APOLOGY, components: [] }); // not "thinking…" for ever
  else await interaction.reply({ content: APOLOGY, flags: MessageFlags.Ephemeral });
}
