import { MessageFlags, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { APOLOGY, SLOW_DOWN } from '../shared/text.js';
import { ABOUT, ASK, QUESTION } from './commands.js';
import type { BotContext } from './context.js';
import { formatAbout } from './format.js';
import { replyTo } from './respond.js';

/**
 * Answers `/ask` and `/about`. Answers to questions are public; help, `/about`, "slow down" and
 * apologies are ephemeral (only the asker sees them). Slash commands work in every channel and DM.
 */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (!interaction.isChatInputCommand()) return;
  if (interaction.commandName !== ASK && interaction.commandName !== ABOUT) return;
  const where = {
    via: 'slash',
    command: interaction.commandName,
    interactionId: interaction.id,
    channelId: interaction.channelId,
    guildId: interaction.guildId ?? undefined,
    userId: interaction.user.id,
  };
  try {
    if (interaction.commandName === ABOUT) {
      await interaction.reply({ content: formatAbout(ctx.core.about()), flags: MessageFlags.Ephemeral });
      return;
    }
    const decision = ctx.limiter.take(interaction.user.id);
    if (!decision.allowed) {
      ctx.logger.info({ ...where, retryAfterMs: decision.retryAfterMs }, 'rate limited');
      // A slash command must always be answered, or Discord shows "The application did not respond".
      await interaction.reply({ content: SLOW_DOWN, flags: MessageFlags.Ephemeral });
      return;
    }
    const started = performance.now();
    const reply = replyTo(ctx.core, interaction.options.getString(QUESTION) ?? '');
    await interaction.reply({ content: reply.content, ...(reply.kind === 'help' ? { flags: MessageFlags.Ephemeral } : {}) });
    ctx.logger.info({ ...where, kind: reply.kind, ms: Math.round(performance.now() - started) }, 'answered');
  } catch (error) {
    ctx.logger.error({ ...where, error: ctx.describeError(error) }, 'could not answer a command');
    await apologize(interaction).catch((apologyError: unknown) => {
      ctx.logger.warn({ ...where, error: ctx.describeError(apologyError) }, 'could not send the apology either');
    });
  }
}

async function apologize(interaction: ChatInputCommandInteraction): Promise<void> {
  if (interaction.replied || interaction.deferred) await interaction.followUp({ content: APOLOGY, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ content: APOLOGY, flags: MessageFlags.Ephemeral });
}
