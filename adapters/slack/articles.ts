/**
 * Articles in Slack: the `/article add|list|use|remove` command, and a file shared with the bot
 * (in a DM, or with a mention) read as an article. While a link or file is read the user sees
 * "Reading …"; then what was loaded, or one line saying why not. Users listed in
 * `SLACK_ARTICLE_EDITORS` and workspace admins may change articles; anyone may list and ask.
 */
import type { App } from '@slack/bolt';
import type { QaCore } from '../../src/types.js';
import type { ArticleDesk, Upload } from '../shared/library/desk.js';
import type { Logger } from '../shared/logger.js';
import { ArticleRefusal } from '../shared/sources/refusal.js';
import { plainMessage, type SlackMessage } from './blocks.js';
import { errorForLog } from './bolt-logger.js';

export interface SlackArticles {
  desk: ArticleDesk;
  /** The core of a channel's articles (help in that channel). */
  coreFor(channel: string): QaCore;
  /** `SLACK_ARTICLE_EDITORS`: user ids allowed to change articles besides workspace admins. */
  editors: ReadonlySet<string>;
}

/** A Slack file object, as message and app_mention events carry it. */
export interface SlackFile {
  name?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
}

/** Whether a user may add, remove and choose articles: listed, or a workspace admin or owner (users.info). */
export async function canManageArticles(client: App['client'], user: string | undefined, editors: ReadonlySet<string>): Promise<boolean> {
  if (!user) return false;
  if (editors.has(user)) return true;
  try {
    const info = await client.users.info({ user });
    return !!(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
  } catch {
    return false; // without users:read, only SLACK_ARTICLE_EDITORS counts
  }
}

/** A link as Slack writes it in command text (`<https://…>` or `<https://…|label>`), bare. */
export function bareLink(text: string): string {
  const m = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(text.trim());
  return (m ? m[1]! : text.trim()).replace(/&amp;/g, '&');
}

/** What reading a file share says, as one message. */
export async function readSharedFile(articles: SlackArticles, file: SlackFile, botToken: string, actor: { user: string; scope: string; canManage: boolean }): Promise<string> {
  try {
    if (!file.url_private_download) throw new ArticleRefusal(`${file.name ?? 'that file'}: Slack gave no way to download it (the app needs files:read)`);
    const upload: Upload = {
      name: file.name ?? 'file', size: file.size ?? 0, url: file.url_private_download,
      headers: { authorization: `Bearer ${botToken}` },
      ...(file.mimetype ? { contentType: file.mimetype } : {}),
    };
    return await articles.desk.addUpload(upload, actor);
  } catch (error) {
    if (error instanceof ArticleRefusal) return `Not added: ${error.message}`;
    throw error;
  }
}

/**
 * A file shared with the bot (in a DM, or with a mention): "Reading …" to the sharer, then the
 * message to post where it was shared: what was loaded, or one line saying why not.
 */
export async function readFileShare(share: { articles: SlackArticles; client: App['client']; botToken: string; channel: string; user: string | undefined; threadTs: string | undefined; file: SlackFile }): Promise<SlackMessage> {
  const { articles, client, user, channel, threadTs, file } = share;
  const actor = { user: user ?? '', scope: `slack:${channel}`, canManage: await canManageArticles(client, user, articles.editors) };
  if (user) {
    await client.chat.postEphemeral({ channel, user, text: plainMessage(`Reading ${file.name ?? 'the file'} …`).text, ...(threadTs ? { thread_ts: threadTs } : {}) }).catch(() => undefined);
  }
  return plainMessage(await readSharedFile(articles, file, share.botToken, actor));
}

export function registerArticleCommand(app: App, deps: { articles: SlackArticles; logger: Logger; secrets: readonly string[] }): void {
  const { articles, logger: log, secrets } = deps;
  app.command('/article', async ({ command, ack, respond, client }) => {
    await ack();
    const [sub = '', ...args] = (command.text ?? '').trim().split(/\s+/).filter(Boolean);
    const scope = `slack:${command.channel_id}`;
    const where = { kind: 'command', command: 'article', sub, channel: command.channel_id, user: command.user_id };
    const say = (text: string, visible = false) => {
      const message = plainMessage(text);
      return respond({ response_type: visible ? 'in_channel' : 'ephemeral', text: message.text, blocks: message.blocks });
    };
    try {
      if (sub === 'list') return void (await say(articles.desk.list(scope)));
      if (!['add', 'use', 'remove'].includes(sub) || (sub !== 'use' && args.length !== 1)) {
        return void (await say('Usage: /article add URL · /article list · /article use ID… (or all) · /article remove ID. To add a file, share it with me in a DM or with a mention.'));
      }
      // In a DM the user chooses their own articles; adding and removing stay with the managers.
      const ownDm = sub === 'use' && command.channel_id.startsWith('D');
      const actor = { user: command.user_id, scope, canManage: ownDm || (await canManageArticles(client, command.user_id, articles.editors)) };
      if (sub === 'add') {
        const link = bareLink(args[0]!);
        if (!actor.canManage) return void (await say(`Not added: ${articles.desk.permissionRefusal()}`));
        await say(`Reading ${link.slice(0, 200)} …`);
        const text = await articles.desk.addLink(link, actor);
        log.info(where, 'article added');
        return void (await say(text, true));
      }
      const text = sub === 'use' ? await articles.desk.use(args, actor) : await articles.desk.remove(args[0]!, actor);
      await say(text);
    } catch (error) {
      if (error instanceof ArticleRefusal) {
        log.info({ ...where, refused: error.message }, 'article command refused');
        await say(`Not done: ${error.message}`).catch(() => undefined);
        return;
      }
      log.error({ ...where, err: errorForLog(error, secrets) }, '/article failed');
      await say('Sorry, something went wrong with that; please try again.').catch(() => undefined);
    }
  });
}
