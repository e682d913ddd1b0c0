/**
 * Where added articles and each channel's choice are kept across restarts: a folder (`data/` by
 * default, `QA_DATA_DIR` moves it), one JSON file per article and one for the choices, each
 * written to a temporary file and renamed, so a crash never leaves half a record.
 * The Redis store (redis-store.ts) implements the same interface for several instances.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord, type ArticleRecord } from './record.js';

export interface ArticleStore {
  /** Every stored article. */
  all(): Promise<ArticleRecord[]>;
  put(record: ArticleRecord): Promise<void>;
  /** False when there was no such article. */
  remove(id: string): Promise<boolean>;
  /** Each scope's (channel's) chosen article ids. */
  choices(): Promise<Record<string, string[]>>;
  /** Sets a scope's choice; an empty list clears it (every article again). */
  choose(scope: string, ids: readonly string[]): Promise<void>;
  /** Called when another instance changed the store (Redis); the folder store has no other writer. */
  onChange(listener: () => void): void;
  /** What /healthz and logs may say about it. */
  readonly kind: 'folder' | 'redis' | 'memory';
  close(): Promise<void>;
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** The folder store at `dir` (made when first written). */
export function createFolderStore(dir: string): ArticleStore {
  const articles = join(dir, 'articles');
  const choicesFile = join(dir, 'channels.json');
  const readChoices = (): Record<string, string[]> => {
    try {
      const parsed = JSON.parse(readFileSync(choicesFile, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {};
    } catch {
      return {};
    }
  };
  return {
    kind: 'folder',
    async all() {
      let names: string[];
      try {
        names = readdirSync(articles).filter((n) => n.endsWith('.json'));
      } catch {
        return [];
      }
      return names.sort().flatMap((n) => {
        try {
          const record = parseRecord(readFileSync(join(articles, n), 'utf8'));
          return record ? [record] : [];
        } catch {
          return [];
        }
      });
    },
    async put(record) {
      mkdirSync(articles, { recursive: true });
      writeAtomic(join(articles, `${record.id}.json`), JSON.stringify(record));
    },
    async remove(id) {
      if (!/^[\w.-]+$/.test(id)) return false;
      try {
        rmSync(join(articles, `${id}.json`));
        return true;
      } catch {
        return false;
      }
    },
    async choices() {
      return readChoices();
    },
    async choose(scope, ids) {
      const all = readChoices();
      if (ids.length === 0) delete all[scope];
      else all[scope] = [...ids];
      mkdirSync(dir, { recursive: true });
      writeAtomic(choicesFile, JSON.stringify(all, null, 1));
    },
    onChange() {},
    async close() {},
  };
}

/** A store that keeps nothing beyond this process (`npm run ask`, tests). */
export function createMemoryArticleStore(): ArticleStore {
  const records = new Map<string, ArticleRecord>();
  const choices: Record<string, string[]> = {};
  return {
    kind: 'memory',
    all: async () => [...records.values()],
    put: async (record) => void records.set(record.id, record),
    remove: async (id) => records.delete(id),
    choices: async () => ({ ...choices }),
    choose: async (scope, ids) => {
      if (ids.length === 0) delete choices[scope];
      else choices[scope] = [...ids];
    },
    onChange() {},
    async close() {},
  };
}
