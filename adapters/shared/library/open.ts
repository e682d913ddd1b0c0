/**
 * Opening the library at start-up, for every entry point: the `--article` inputs (paths or links)
 * or seeds/ (watched), plus the stored articles (a folder, or Redis when the bot shares one).
 */
import { DEFAULT_SEEDS_DIR } from '../articles.js';
import type { Logger } from '../logger.js';
import { Library } from './library.js';
import { readInputs, readSeeds, watchSeeds } from './seeds.js';
import type { LibrarySettings } from './settings.js';
import { createFolderStore, type ArticleStore } from './store.js';

export interface OpenLibraryOptions {
  settings: LibrarySettings;
  /** `--article` paths or links; empty: seeds/. */
  inputs?: readonly string[];
  seedsDir?: string;
  /** Default: the folder store at `settings.dataDir`. */
  store?: ArticleStore;
  /** Watch seeds/ for changes (the bots and the REPL; not `ask`). */
  watch?: boolean;
  logger?: Logger;
}

export interface OpenLibrary {
  library: Library;
  /** Stops watching seeds/ and closes the store. */
  close(): Promise<void>;
}

export async function openLibrary(options: OpenLibraryOptions): Promise<OpenLibrary> {
  const { settings } = options;
  const inputs = options.inputs ?? [];
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const seeds = inputs.length
    ? await readInputs(inputs, { maxBytes: settings.maxBytes, fetch: { allow: settings.allow, maxBytes: settings.maxBytes, timeoutMs: settings.fetchTimeoutMs } })
    : await readSeeds(seedsDir, settings.maxBytes);
  const store = options.store ?? createFolderStore(settings.dataDir);
  const library = await Library.open(store, seeds, settings, options.logger);
  const stopWatching = options.watch && inputs.length === 0
    ? watchSeeds(seedsDir, { maxBytes: settings.maxBytes, ...(options.logger ? { logger: options.logger } : {}), update: (records) => {
        // A folder emptied by mistake must not leave the bot with nothing to answer from.
        if (records.length) library.setSeeds(records);
        else options.logger?.warn({ dir: seedsDir }, 'seeds folder has no article now; keeping the last ones');
      } })
    : () => {};
  return {
    library,
    async close() {
      stopWatching();
      await store.close();
    },
  };
}
