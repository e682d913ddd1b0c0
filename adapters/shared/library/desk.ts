/**
 * The `/article` commands, the same in every adapter: add a link, a file or an upload, list,
 * choose a channel's articles, remove. Each returns the reply as plain text (the adapter escapes
 * and lays it out); every refusal is one line. Adds are limited per user and per channel.
 */
import { basename } from 'node:path';
import type { Limiter } from '../rate-limit.js';
import { formatBytes } from '../sources/file.js';
import type { FetchOptions } from '../sources/fetch-url.js';
import { articleText } from '../sources/document.js';
import { formatOf, readBytes, readPath, readUrl, unsupportedFile, type ReadArticle } from '../sources/read.js';
import { ArticleRefusal } from '../sources/refusal.js';
import type { Library } from './library.js';
import { recordOf, type ArticleRecord } from './record.js';
import type { LibrarySettings } from './settings.js';

/** Who asks, and where. */
export interface Actor {
  /** The platform's user id (limits are per user). */
  user: string;
  /** The channel (scope) the command was given in. */
  scope: string;
  /** Whether they may add, remove and choose articles (list and ask are for everyone). */
  canManage: boolean;
}

/** A file shared in chat, decided on from its name, type and size before anything is downloaded. */
export interface Upload {
  name: string;
  contentType?: string;
  size: number;
  /** Where to download it from (Discord's CDN, Slack's `url_private_download`). */
  url: string;
  /** Request headers for the download (Slack: the bot token); never logged, dropped on a redirect elsewhere. */
  headers?: Record<string, string>;
}

export interface DeskOptions {
  library: Library;
  settings: LibrarySettings;
  /** Adds per user and per channel (keys `user:…`, `scope:…`). */
  limiter: Limiter;
  /** What to tell someone without the permission (names the role or the variable). */
  permissionHint: string;
}

/** One short line about an article: id, headline, size, source. */
export function describe(r: ArticleRecord): string {
  return `${r.id} — “${r.title}” (${r.paragraphs} paragraphs, ${r.words} words; ${r.url ? r.source : `file ${r.source}`})`;
}

export class ArticleDesk {
  constructor(private readonly options: DeskOptions) {}

  private fetchOptions(extra: Partial<FetchOptions> = {}): FetchOptions {
    const s = this.options.settings;
    return { allow: s.allow, maxBytes: s.maxBytes, timeoutMs: s.fetchTimeoutMs, ...extra };
  }

  /** What someone without the permission is told. */
  permissionRefusal(): string {
    return `only people who manage the bot can add, remove or choose articles (${this.options.permissionHint}); anyone can /article list and ask`;
  }

  private refuseUnlessManager(actor: Actor): void {
    if (!actor.canManage) throw new ArticleRefusal(this.permissionRefusal());
  }

  private async allowAdd(actor: Actor): Promise<void> {
    for (const key of [`user:${actor.user}`, `scope:${actor.scope}`]) {
      const decision = await this.options.limiter.take(key);
      if (!decision.allowed) {
        const minutes = Math.max(1, Math.ceil(decision.retryAfterMs / 60_000));
        throw new ArticleRefusal(`too many articles added ${key.startsWith('user:') ? 'by you' : 'in this channel'} lately; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
      }
    }
  }

  /** Stores what was read and says what was loaded, with two questions it answers. */
  private async keep(read: ReadArticle): Promise<string> {
    const { record, refreshed } = await this.options.library.add(recordOf(read, 'added'));
    const examples = this.options.library.coreForRecords([record]).about()[0]?.examples.slice(0, 2) ?? [];
    const lines = [`${refreshed ? 'Refreshed' : 'Loaded'} “${record.title}”${record.byline ? ` (${record.byline})` : ''}: ${record.paragraphs} paragraphs, ${record.words} words. Its id is ${record.id}.`];
    if (examples.length) lines.push(`Try: ${examples.map((e) => `“${e}”`).join(' · ')}`);
    return lines.join('\n');
  }

  /** `/article add URL`. */
  async addLink(url: string, actor: Actor): Promise<string> {
    this.refuseUnlessManager(actor);
    await this.allowAdd(actor);
    return this.keep(await readUrl(url, this.fetchOptions()));
  }

  /** `/article add PATH` (the REPL only: its user is the operator). */
  async addPath(path: string, actor: Actor): Promise<string> {
    this.refuseUnlessManager(actor);
    return this.keep(await readPath(path, this.options.settings.maxBytes));
  }

  /** A file shared in chat: refused from its name, type or size before downloading when it cannot be an article. */
  async addUpload(upload: Upload, actor: Actor): Promise<string> {
    this.refuseUnlessManager(actor);
    const format = formatOf(upload.name, upload.contentType);
    if (!format) throw unsupportedFile(basename(upload.name).slice(0, 80));
    const max = this.options.settings.maxBytes;
    if (upload.size > max) throw new ArticleRefusal(`${basename(upload.name).slice(0, 80)}: is ${formatBytes(upload.size)}, over the ${formatBytes(max)} limit`);
    await this.allowAdd(actor);
    const { fetchUrl } = await import('../sources/fetch-url.js');
    const fetched = await fetchUrl(upload.url, this.fetchOptions({ expect: format, ...(upload.headers ? { headers: upload.headers } : {}) }));
    const name = basename(upload.name).slice(0, 120);
    const doc = await readBytes(fetched.body, format, name, fetched.contentType.startsWith('text/') ? fetched.contentType : undefined);
    return this.keep({ source: name, text: format === 'text' ? doc.paragraphs.join('\n\n') : articleText(doc), doc });
  }

  /** `/article list`: every article, the channel's choice marked. */
  list(scope: string | undefined): string {
    const library = this.options.library;
    const chosen = new Set(library.chosen(scope) ?? []);
    const lines = library.list().map((r) => `${chosen.has(r.id) ? '▶ ' : '• '}${describe(r)}`);
    const head = chosen.size ? 'Articles (▶ = answered from in this channel):' : 'Articles (this channel answers from all of them):';
    return [head, ...lines].join('\n');
  }

  /** `/article use ID…` (`all` or no id: every article again). */
  async use(ids: readonly string[], actor: Actor): Promise<string> {
    this.refuseUnlessManager(actor);
    const wanted = ids.filter((id) => id.toLowerCase() !== 'all');
    const records = await this.options.library.use(actor.scope, wanted);
    if (records.length === 0) return 'This channel now answers from every article.';
    return `This channel now answers from: ${records.map((r) => `“${r.title}” (${r.id})`).join(', ')}.`;
  }

  /** `/article remove ID`. */
  async remove(id: string, actor: Actor): Promise<string> {
    this.refuseUnlessManager(actor);
    const record = await this.options.library.remove(id.trim());
    return `Removed “${record.title}” (${record.id}).`;
  }
}
