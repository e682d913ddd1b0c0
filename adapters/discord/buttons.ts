/**
 * The buttons under an answer ("Why this answer?", "More", 👍, 👎) and what they do. A button's
 * custom id names the action and the answer's turn (`qa:why:<turn>`, `qa:more:<turn>:<rank>`);
 * the conversation is the channel it was pressed in, so nothing else needs to be remembered.
 */
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId, type ButtonInteraction } from 'discord.js';
import { feedbackThanks, NO_MORE, NOTHING_TO_EXPLAIN } from '../shared/session.js';
import type { BotContext } from './context.js';
import { formatMore, formatWhy } from './why.js';

/** Discord's limit on a custom id. */
const CUSTOM_ID_LIMIT = 100;
const PREFIX = 'qa';

export type ButtonAction = { kind: 'why' | 'good' | 'bad'; turnId: string } | { kind: 'more'; turnId: string; rank: number };

/** The conversation a Discord channel, thread or DM holds. */
export const conversationOf = (channelId: string): string => `discord:${channelId}`;

export function encodeButton(action: ButtonAction): string {
  const id = [PREFIX, action.kind, action.turnId, ...(action.kind === 'more' ? [String(action.rank)] : [])].join(':');
  if (id.length > CUSTOM_ID_LIMIT) throw new RangeError('button id too long');
  return id;
}

/** The action a custom id stands for, or undefined for ids that are not ours (or malformed). */
export function decodeButton(customId: string): ButtonAction | undefined {
  const m = /^qa:(why|more|good|bad):([a-z0-9]{1,40})(?::(\d{1,3}))?$/.exec(customId);
  if (!m) return undefined;
  const [, kind, turnId, rank] = m;
  if (kind === 'more') return rank ? { kind, turnId: turnId!, rank: Number(rank) } : undefined;
  return rank ? undefined : { kind: kind as 'why' | 'good' | 'bad', turnId: turnId! };
}

function button(label: string, action: ButtonAction): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: encodeButton(action) };
}

/** The row under an answer. */
export function answerButtons(turnId: string): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('Why this answer?', { kind: 'why', turnId }),
        button('More', { kind: 'more', turnId, rank: 1 }),
        button('👍', { kind: 'good', turnId }),
        button('👎', { kind: 'bad', turnId }),
      ],
    },
  ];
}

/** The row under a "more" passage: the one after it. */
function moreButton(turnId: string, rank: number): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  return [{ type: ComponentType.ActionRow, components: [button('More', { kind: 'more', turnId, rank })] }];
}

/** Answers a button press, privately (only the person who pressed it sees the reply). */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) return;
  const conversation = conversationOf(interaction.channelId);
  const where = { via: 'button', action: action.kind, interactionId: interaction.id, channelId: interaction.channelId, guildId: interaction.guildId ?? undefined, userId: interaction.user.id };
  const reply = (content: string, components: APIActionRowComponent<APIButtonComponentWithCustomId>[] = []) =>
    interaction.reply({ content, flags: MessageFlags.Ephemeral, ...(components.length ? { components } : {}) });
  if (action.kind === 'why') {
    const why = await ctx.session.why(conversation, action.turnId);
    await reply(why ? formatWhy(why) : NOTHING_TO_EXPLAIN);
  } else if (action.kind === 'more') {
    const next = await ctx.session.more(conversation, action.turnId, action.rank);
    await reply(next ? formatMore(next, action.rank) : (await ctx.session.turn(conversation, action.turnId)) ? NO_MORE : NOTHING_TO_EXPLAIN, next ? moreButton(action.turnId, action.rank + 1) : []);
  } else {
    const result = await ctx.session.feedback(conversation, interaction.user.id, action.turnId, action.kind);
    await reply(feedbackThanks(result, action.kind));
  }
  ctx.logger.info(where, 'button answered');
}
