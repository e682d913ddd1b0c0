/**
 * The settings of articles added at run time (see docs/articles.md and .env.example): where they
 * are kept, which private hosts may be fetched, and the limits. A malformed value is a ConfigError
 * naming its variable, never echoing its value.
 */
import { join } from 'node:path';
import { DEFAULT_SEEDS_DIR } from '../articles.js';
import { ConfigError } from '../env.js';
import { parseAllowList, type AllowList } from '../sources/address.js';
import { articleMaxBytes } from '../sources/file.js';

export interface LibrarySettings {
  /** `QA_DATA_DIR` (default `data/` in the project). */
  dataDir: string;
  /** `ARTICLE_FETCH_ALLOW_HOSTS`. */
  allow: AllowList;
  /** `ARTICLE_MAX_BYTES`: one article's bytes (file, upload or page, after decompression). */
  maxBytes: number;
  /** `ARTICLE_FETCH_TIMEOUT_SECONDS` (default 10), in ms. */
  fetchTimeoutMs: number;
  /** `ARTICLE_MAX_COUNT`: articles added at run time, in all (default 100). */
  maxArticles: number;
  /** `ARTICLE_MAX_TOTAL_BYTES`: their text, in all (default 50 MB). */
  maxTotalBytes: number;
  /** `ARTICLE_MAX_PER_CHANNEL`: articles one channel may be set to (default 5). */
  maxPerChannel: number;
  /** `ARTICLE_ADD_LIMIT` per user and per channel, per `ARTICLE_ADD_WINDOW_MINUTES` (default 5 per 60). */
  addLimit: { limit: number; windowMs: number };
}

export const DEFAULT_DATA_DIR = join(DEFAULT_SEEDS_DIR, '..', 'data');

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`invalid setting: ${name} must be a whole number of at least ${min} (see .env.example)`);
  return n;
}

export function librarySettings(env: NodeJS.ProcessEnv = process.env): LibrarySettings {
  let allow: AllowList;
  let maxBytes: number;
  try {
    allow = parseAllowList(env.ARTICLE_FETCH_ALLOW_HOSTS);
    maxBytes = articleMaxBytes(env);
  } catch (error) {
    throw new ConfigError(`invalid setting: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    dataDir: env.QA_DATA_DIR?.trim() || DEFAULT_DATA_DIR,
    allow,
    maxBytes,
    fetchTimeoutMs: whole(env, 'ARTICLE_FETCH_TIMEOUT_SECONDS', 10, 1) * 1000,
    maxArticles: whole(env, 'ARTICLE_MAX_COUNT', 100, 1),
    maxTotalBytes: whole(env, 'ARTICLE_MAX_TOTAL_BYTES', 50 * 1024 * 1024, 1024),
    maxPerChannel: whole(env, 'ARTICLE_MAX_PER_CHANNEL', 5, 1),
    addLimit: { limit: whole(env, 'ARTICLE_ADD_LIMIT', 5, 1), windowMs: whole(env, 'ARTICLE_ADD_WINDOW_MINUTES', 60, 1) * 60_000 },
  };
}
