/**
 * The systems under test, behind one shape: load the code (timed apart, it is start-up cost),
 * then build over articles, then ask. Each system's code is imported lazily, so a child
 * process only pays for the system it measures (only the core and the wink-nlp peer load wink-nlp's model).
 */
import { loadPeer, type Builder } from './peers.js';

export const SYSTEM_NAMES = ['core', 'wink-nlp-bm25', 'wink-bm25', 'minisearch'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

/** How the tables name each system. */
export const SYSTEM_LABELS: Record<SystemName, string> = { core: 'core', 'wink-nlp-bm25': 'wink-nlp+BM25', 'wink-bm25': 'wink-bm25', minisearch: 'MiniSearch' };

export function isSystemName(name: string): name is SystemName {
  return (SYSTEM_NAMES as readonly string[]).includes(name);
}

/** Imports a system's code and returns its builder. */
export async function loadSystem(name: SystemName): Promise<Builder> {
  if (name === 'core') {
    const { createCore } = await import('../../src/index.js');
    return (articles) => {
      const core = createCore(articles);
      return { ask: (q) => core.ask(q).passage };
    };
  }
  return loadPeer(name);
}
