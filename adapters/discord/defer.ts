/**
 * Answering an interaction in time. Discord drops an interaction not acknowledged within 3 s of
 * its creation ("The application did not respond"). Under load the bot may pick one up late, or
 * queue its question behind others: when the answer has not come DEFER_AFTER_MS after the
 * interaction was created, it is deferred ("thinking…", one quick callback) and the answer edited
 * in when ready (15 minutes allowed).
 */
import { MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from './context.js';

/** Past this age (with the expected wait), an interaction is deferred before it is answered. */
export const DEFER_AFTER_MS = 1500;

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Defers `interaction` DEFER_AFTER_MS after its creation (at once if that has passed) unless it
 * has been answered by then. A timer, not a guess: questions wait in a queue that gives the event
 * loop a turn between two answers, so the timer fires on time even while the core is busy.
 * Call `settle()` before answering: it stops the timer and waits for a deferral under way.
 */
export function deferWhenLate(interaction: Answerable, ctx: Pick<BotContext, 'logger' | 'describeError'>, ephemeral: boolean, now = Date.now()): { settle(): Promise<void> } {
  let deferring: Promise<void> | undefined;
  const age = now - interaction.createdTimestamp;
  const timer = setTimeout(() => {
    if (interaction.deferred || interaction.replied) return;
    ctx.logger.info({ interactionId: interaction.id, ageMs: Date.now() - interaction.createdTimestamp }, 'interaction deferred (the answer would be late)');
    deferring = interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}).then(
      () => undefined,
      // Already answered elsewhere (another instance: 40060) or gone: the answer's own call will say.
      (error: unknown) => void ctx.logger.info({ interactionId: interaction.id, error: ctx.describeError(error) }, 'could not defer the interaction'),
    );
  }, Math.max(0, DEFER_AFTER_MS - age));
  return {
    async settle() {
      clearTimeout(timer);
      await deferring;
    },
  };
}

export interface InteractionAnswer {
  content: string;
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Only the person who asked sees it (ignored once deferred: the deferral decided). */
  ephemeral?: boolean;
}

/** Replies, or fills in the deferred reply. */
export async function answerInteraction(interaction: Answerable, answer: InteractionAnswer): Promise<void> {
  if (interaction.deferred) {
    await interaction.editReply({ content: answer.content, components: answer.components ?? [] });
    return;
  }
  await interaction.reply({ content: answer.content, ...(answer.ephemeral ? { flags: MessageFlags.Ephemeral } : {}), ...(answer.components ? { components: answer.components } : {}) });
}
