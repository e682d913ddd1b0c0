/**
 * `/article add|list|use|remove` in Discord. Adding reads a link or an attached file while the
 * reply is deferred ("thinking…"), then says what was loaded; everything else answers at once.
 * Members with Manage Server (or the `DISCORD_ARTICLE_ROLE` role) may change articles; in a DM
 * anyone may choose their own articles; everyone may list. Replies are ephemeral but the loaded
 * one, which the channel may want to see; none of them can ping (allowed mentions are off).
 */
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { ArticleRefusal } from '../shared/sources/refusal.js';
import type { Actor } from '../shared/library/desk.js';
import { ARTICLE_FILE, ARTICLE_ID, ARTICLE_IDS, ARTICLE_URL } from './commands.js';
import type { BotContext } from './context.js';
import { fitEscaped, MESSAGE_LIMIT } from './format.js';
import { conversationChannelId } from './threads.js';

/** Whether the member may add, remove and choose articles here. */
export function canManageArticles(interaction: ChatInputCommandInteraction, role: string | undefined): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!role) return false;
  const roles = interaction.member.roles;
  const ids: string[] = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  const named = interaction.guild?.roles.cache.find((r) => r.name === role)?.id;
  return ids.includes(role) || (named !== undefined && ids.includes(named));
}

/** Plain text from the desk as Discord content: escaped, within the limit. */
const content = (text: string): string => fitEscaped(text, MESSAGE_LIMIT);

export async function handleArticleCommand(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const articles = ctx.articles;
  if (!articles) {
    await interaction.reply({ content: 'Articles cannot be changed on this bot.', flags: MessageFlags.Ephemeral });
    return;
  }
  const sub = interaction.options.getSubcommand(false);
  // In a thread the bot opened, commands concern its parent channel (as its questions do).
  const scope = `discord:${conversationChannelId(interaction.channel, interaction.channelId, interaction.client.user?.id)}`;
  const manager = canManageArticles(interaction, articles.role);
  const actor: Actor = { user: interaction.user.id, scope, canManage: manager };
  const where = { via: 'slash', command: 'article', sub, interactionId: interaction.id, channelId: interaction.channelId, guildId: interaction.guildId ?? undefined, userId: interaction.user.id };
  if (sub === 'add') {
    const url = interaction.options.getString(ARTICLE_URL)?.trim();
    const file = interaction.options.getAttachment(ARTICLE_FILE);
    if (!url === !file) {
      await interaction.reply({ content: 'Give either `url:` or `file:` (one of them).', flags: MessageFlags.Ephemeral });
      return;
    }
    if (!manager) {
      await interaction.reply({ content: content(refusal(articles.desk)), flags: MessageFlags.Ephemeral });
      return;
    }
    // Reading may take seconds: the user sees "thinking…" meanwhile (Discord allows 15 minutes).
    await interaction.deferReply();
    try {
      const text = url
        ? await articles.desk.addLink(url, actor)
        : await articles.desk.addUpload({ name: file!.name, size: file!.size, url: file!.url, ...(file!.contentType ? { contentType: file!.contentType } : {}) }, actor);
      await interaction.editReply({ content: content(text), allowedMentions: { parse: [] } });
      ctx.logger.info(where, 'article added');
    } catch (error) {
      if (!(error instanceof ArticleRefusal)) throw error;
      ctx.logger.info({ ...where, refused: error.message }, 'article refused');
      await interaction.editReply({ content: content(`Not added: ${error.message}`), allowedMentions: { parse: [] } });
    }
    return;
  }
  try {
    let text: string;
    if (sub === 'list') text = articles.desk.list(scope);
    // In a DM the user chooses for themselves.
    else if (sub === 'use') text = await articles.desk.use((interaction.options.getString(ARTICLE_IDS) ?? '').split(/[\s,]+/).filter(Boolean), { ...actor, canManage: manager || !interaction.inGuild() });
    else if (sub === 'remove') text = await articles.desk.remove(interaction.options.getString(ARTICLE_ID) ?? '', actor);
    else text = 'Usage: /article add, list, use or remove.';
    await interaction.reply({ content: content(text), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  } catch (error) {
    if (!(error instanceof ArticleRefusal)) throw error;
    await interaction.reply({ content: content(`Not done: ${error.message}`), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  }
}

/** The permission refusal, as the desk words it. */
function refusal(desk: NonNullable<BotContext["articles"]>["desk"]): string {
  return `Not added: ${desk.permissionRefusal()}`;
}
