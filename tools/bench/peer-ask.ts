/**
 * A peer's equivalent of `npm run ask -- --json`, for the start-up figure: reads the articles
 * (seeds/ or --article PATH...), builds the peer's index, then answers one question per stdin
 * line with one JSON object per stdout line ({"question","passage"}).
 * Usage: node dist/tools/bench/peer-ask.js --peer wink-nlp-bm25|wink-bm25|minisearch [--article PATH]...
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../adapters/shared/articles.js';
import { loadPeer, PEER_NAMES, type PeerName } from './peers.js';

const { values } = parseArgs({ options: { peer: { type: 'string' }, article: { type: 'string', multiple: true }, json: { type: 'boolean' } } });
const name = values.peer as PeerName;
if (!PEER_NAMES.includes(name)) {
  process.stderr.write(`peer-ask: --peer must be one of ${PEER_NAMES.join(', ')}\n`);
  process.exit(2);
}
const build = await loadPeer(name);
const asker = build(loadArticles(values.article ?? []));
for await (const question of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(`${JSON.stringify({ question, passage: asker.ask(question) })}\n`);
}
