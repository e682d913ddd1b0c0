/**
 * The buttons under an answer ("Why this answer?", "More", 👍, 👎) and what they do. A button's
 * custom id names the action, the answer's turn and whose conversation it is in
 * (`qa:why:<turn>@<user>`, `qa:more:<turn>@<user>:<rank>`); the channel is the one it was pressed
 * in, so nothing else needs to be remembered. Ids without `@<user>` (older answers) mean the
 * person pressing.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type ButtonInteraction } from 'discord.js';
import { feedbackThanks, NO_MORE, NOTHING_TO_EXPLAIN } from '../shared/session.js';
import { SLOW_DOWN } from '../shared/text.js';
import type { BotContext } from './context.js';
import { answerInteraction, deferWhenLate } from './defer.js';
import { formatMore, formatWhy } from './why.js';
import { conversationChannelId } from './threads.js';

/** Discord's limit on a custom id. */
const CUSTOM_ID_LIMIT = 100;
const PREFIX = 'qa';

/** `owner`: the user whose conversation holds the turn (the asker). */
export type ButtonAction = ({ kind: 'why' | 'good' | 'bad'; turnId: string } | { kind: 'more'; turnId: string; rank: number }) & { owner?: string };

/**
 * One person's conversation in a Discord channel, thread or DM: in a shared channel each user's
 * follow-ups are resolved against their own questions, never another person's.
 */
export const conversationOf = (channelId: string, userId: string): string => `discord:${channelId}:${userId}`;

export function encodeButton(action: ButtonAction): string {
  const turn = action.owner ? `${action.turnId}@${action.owner}` : action.turnId;
  const id = [PREFIX, action.kind, turn, ...(action.kind === 'more' ? [String(action.rank)] : [])].join(':');
  if (id.length > CUSTOM_ID_LIMIT) throw new RangeError('button id too long');
  return id;
}

/** The action a custom id stands for, or undefined for ids that are not ours (or malformed). */
export function decodeButton(customId: string): ButtonAction | undefined {
  const m = /^qa:(why|more|good|bad):([a-z0-9]{1,40})(?:@(\d{1,20}))?(?::(\d{1,3}))?$/.exec(customId);
  if (!m) return undefined;
  const [, kind, turnId, owner, rank] = m;
  const who = owner ? { owner } : {};
  if (kind === 'more') return rank ? { kind, turnId: turnId!, rank: Number(rank), ...who } : undefined;
  return rank ? undefined : { kind: kind as 'why' | 'good' | 'bad', turnId: turnId!, ...who };
}

function button(label: string, action: ButtonAction): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: encodeButton(action) };
}

/** The row under an answer. */
export function answerButtons(turnId: string, owner?: string): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const of = owner ? { owner } : {};
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('Why this answer?', { kind: 'why', turnId, ...of }),
        button('More', { kind: 'more', turnId, rank: 1, ...of }),
        button('👍', { kind: 'good', turnId, ...of }),
        button('👎', { kind: 'bad', turnId, ...of }),
      ],
    },
  ];
}

/** The row under a "more" passage: the one after it. */
function moreButton(turnId: string, rank: number, owner: string | undefined): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  return [{ type: ComponentType.ActionRow, components: [button('More', { kind: 'more', turnId, rank, ...(owner ? { owner } : {}) })] }];
}

/** Answers a button press, privately (only the person who pressed it sees the reply). */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) return;
  const conversation = conversationOf(conversationChannelId(interaction.channel, interaction.channelId, interaction.client.user?.id), action.owner ?? interaction.user.id);
  const where = { via: 'button', action: action.kind, interactionId: interaction.id, channelId: interaction.channelId, guildId: interaction.guildId ?? undefined, userId: interaction.user.id };
  const reply = (content: string, components: APIActionRowComponent<APIButtonComponentWithCustomId>[] = []) =>
    answerInteraction(interaction, { content, ephemeral: true, ...(components.length ? { components } : {}) });
  // Buttons share the per-user limit with questions: "More" runs a search too.
  const decision = await ctx.limiter.take(interaction.user.id);
  if (!decision.allowed) {
    ctx.logger.info({ ...where, retryAfterMs: decision.retryAfterMs }, 'rate limited');
    await reply(SLOW_DOWN); // an interaction must always be answered
    return;
  }
  const late = deferWhenLate(interaction, ctx, true);
  let content: string;
  let components: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  try {
    if (action.kind === 'why') {
      const why = await ctx.session.why(conversation, action.turnId);
      content = why ? formatWhy(why) : NOTHING_TO_EXPLAIN;
    } else if (action.kind === 'more') {
      const next = await ctx.session.more(conversation, action.turnId, action.rank);
      content = next ? formatMore(next, action.rank) : (await ctx.session.turn(conversation, action.turnId)) ? NO_MORE : NOTHING_TO_EXPLAIN;
      if (next) components = moreButton(action.turnId, action.rank + 1, action.owner);
    } else {
      content = feedbackThanks(await ctx.session.feedback(conversation, interaction.user.id, action.turnId, action.kind), action.kind);
    }
  } finally {
    await late.settle();
  }
  await reply(content, components);
  ctx.logger.info(where, 'button answered');
}
