import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src/index.js';
import type { ArticleSource, QaCore } from '../../src/types.js';

/** The seed article, read once for all core tests. */
export const SEED: ArticleSource = {
  id: 'russia-resists-us-position-on-sanctions-for-iran.txt',
  text: readFileSync(join(import.meta.dirname, '../../seeds/russia-resists-us-position-on-sanctions-for-iran.txt'), 'utf8'),
};

let core: QaCore | undefined;
/** One core over the seed article, shared by the tests (building it loads the language model). */
export function seedCore(): QaCore {
  core ??= createCore([SEED]);
  return core;
}


/**
 * The short answer a reply offers (the conversation layer's reading: the answer line, or a
 * sentence answer's marked words). Tests of what a stage proposes read this; tests of what a
 * reader sees read the answer line.
 */
export { shortAnswer as shortOf } from '../../src/conversation/short.js';
