/**
 * The articles the bot answers from, in memory: the seeds (files in seeds/ or given at start) and
 * the articles added at run time (kept in the store, shared by instances through Redis), each
 * channel's choice among them, and one core per set of articles, built when first asked for and
 * cached (building a core analyses its articles; asking is then cheap).
 */
import type { QaCore } from '../../../src/types.js';
import type { Logger } from '../logger.js';
import { formatBytes } from '../sources/file.js';
import { ArticleRefusal } from '../sources/refusal.js';
import type { ArticleRecord } from './record.js';
import type { ArticleStore } from './store.js';

export interface LibraryLimits {
  maxArticles: number;
  maxTotalBytes: number;
  maxPerChannel: number;
}

/** Cores kept for sets of articles (channels set to different articles); the least recently used goes first. */
const CORE_CACHE = 16;

type CreateCore = typeof import('../../../src/index.js').createCore;

export class Library {
  private seeds = new Map<string, ArticleRecord>();
  private added = new Map<string, ArticleRecord>();
  private choices: Record<string, string[]> = {};
  private readonly cores = new Map<string, QaCore>();
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;

  /**
   * `createCore` is loaded by `open`, after the articles were read: a file or link that is refused
   * is said at once, without waiting for the language model to load.
   */
  constructor(readonly store: ArticleStore, private readonly limits: LibraryLimits, private readonly createCore: CreateCore) {}

  /** Opens a library over `seeds` and what the store holds; changes by other instances are picked up as announced. */
  static async open(store: ArticleStore, seeds: readonly ArticleRecord[], limits: LibraryLimits, logger?: Logger): Promise<Library> {
    const { createCore } = await import('../../../src/index.js');
    const library = new Library(store, limits, createCore);
    library.setSeeds(seeds);
    await library.reload().catch((error: unknown) => logger?.warn({ error: error instanceof Error ? error.message : String(error) }, 'stored articles not loaded; answering from the seeds'));
    store.onChange(() => void library.reload().catch(() => undefined));
    return library;
  }

  /** Replaces the seeds (the seeds/ watcher calls this). */
  setSeeds(records: readonly ArticleRecord[]): void {
    this.seeds = new Map(records.map((r) => [r.id, r]));
  }

  /** Reads the store again (after another instance changed it); calls made meanwhile run once more after. */
  reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        const [records, choices] = await Promise.all([this.store.all(), this.store.choices()]);
        this.added = new Map(records.map((r) => [r.id, r]));
        this.choices = choices;
      } while (this.reloadAgain);
    })().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  /** Every article: seeds first, then the added ones in the order they were read. */
  list(): ArticleRecord[] {
    const added = [...this.added.values()].sort((a, b) => a.readAt.localeCompare(b.readAt));
    return [...this.seeds.values(), ...added.filter((r) => !this.seeds.has(r.id))];
  }

  get(id: string): ArticleRecord | undefined {
    return this.seeds.get(id) ?? this.added.get(id);
  }

  /** A scope's (channel's) chosen ids that still exist, or undefined when it has no choice. */
  chosen(scope: string | undefined): string[] | undefined {
    const ids = scope ? this.choices[scope]?.filter((id) => this.get(id)) : undefined;
    return ids?.length ? ids : undefined;
  }

  /** The articles a scope answers from: its choice, else every article. */
  articlesFor(scope: string | undefined): ArticleRecord[] {
    const chosen = this.chosen(scope);
    return chosen ? chosen.map((id) => this.get(id)!) : this.list();
  }

  /** The core over a scope's articles (cached by their ids and hashes). Throws QaError when there is no article. */
  coreFor(scope?: string): QaCore {
    return this.coreForRecords(this.articlesFor(scope));
  }

  /** The (cached) core over exactly these records. */
  coreForRecords(records: readonly ArticleRecord[]): QaCore {
    const key = records.map((r) => `${r.id}@${r.hash}`).join('|');
    const cached = this.cores.get(key);
    if (cached) {
      this.cores.delete(key);
      this.cores.set(key, cached);
      return cached;
    }
    const core = this.createCore(records.map((r) => ({ id: r.id, text: r.text })));
    this.cores.set(key, core);
    if (this.cores.size > CORE_CACHE) this.cores.delete(this.cores.keys().next().value!);
    return core;
  }

  /**
   * Stores an article just read (replacing the one from the same source, which keeps its id).
   * Refuses past the count or total-size limits. Resolves with whether it replaced one.
   */
  async add(record: ArticleRecord): Promise<{ record: ArticleRecord; refreshed: boolean }> {
    if (this.seeds.has(record.id)) throw new ArticleRefusal(`${record.id} is a seed article already (its file in seeds/ is read when it changes)`);
    const refreshed = this.added.has(record.id);
    const others = [...this.added.values()].filter((r) => r.id !== record.id);
    if (others.length + 1 > this.limits.maxArticles) throw new ArticleRefusal(`the library is full (${this.limits.maxArticles} articles, ARTICLE_MAX_COUNT); remove one first`);
    const total = others.reduce((n, r) => n + Buffer.byteLength(r.text), 0) + Buffer.byteLength(record.text);
    if (total > this.limits.maxTotalBytes) throw new ArticleRefusal(`the library is full (${formatBytes(this.limits.maxTotalBytes)} of text, ARTICLE_MAX_TOTAL_BYTES); remove an article first`);
    // The core must accept it before it is kept: nothing that cannot be answered from is stored.
    this.coreForRecords([record]);
    await this.store.put(record);
    this.added.set(record.id, record);
    return { record, refreshed };
  }

  /** Removes an added article (and it from every channel's choice). */
  async remove(id: string): Promise<ArticleRecord> {
    if (this.seeds.has(id)) throw new ArticleRefusal(`${id} is a seed article: remove its file from seeds/ instead`);
    const record = this.added.get(id);
    if (!record) throw new ArticleRefusal(`no article ${id.slice(0, 40)}; /article list shows their ids`);
    if (this.list().length === 1) throw new ArticleRefusal('that is the only article; add another before removing it');
    await this.store.remove(id);
    this.added.delete(id);
    for (const [scope, ids] of Object.entries(this.choices)) {
      if (ids.includes(id)) await this.use(scope, ids.filter((x) => x !== id));
    }
    return record;
  }

  /** Sets a scope's articles; an empty list means every article again. Unknown ids are refused. */
  async use(scope: string, ids: readonly string[]): Promise<ArticleRecord[]> {
    const unique = [...new Set(ids)];
    const unknown = unique.filter((id) => !this.get(id));
    if (unknown.length) throw new ArticleRefusal(`no article ${unknown.map((u) => u.slice(0, 40)).join(', ')}; /article list shows their ids`);
    if (unique.length > this.limits.maxPerChannel) throw new ArticleRefusal(`at most ${this.limits.maxPerChannel} articles per channel (ARTICLE_MAX_PER_CHANNEL)`);
    await this.store.choose(scope, unique);
    if (unique.length) this.choices[scope] = unique;
    else delete this.choices[scope];
    return unique.map((id) => this.get(id)!);
  }
}
