// 1. Entity swap (21% of SQuAD 2.0's unanswerable questions).

import type { Corpus, Sentence } from '../../../src/article/model.js';
import type { Random } from '../../bench/random.js';
import { foldText } from '../../../src/nlp/wink.js';
import type { Item } from '../data.js';
import { NAME_LINKS, nameRuns, type NameAt } from './name-runs.js';
import { inArticle, nameType, occurrences, PLACE_PREPOSITIONS } from './name-types.js';
import { containsWords, firstHonest, goldSentences, negative, splice, touchesAnswer, wordsIn, type QuestionToken, type Word } from './shared.js';

/** Months and days are capitalised but are no names to swap ("Spectre" → "February"). */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter']);

/** Whether a written name looks like a name: not one common word, not a lone initial, not a title word. */
function nameLike(text: string, corpus: Corpus): boolean {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length === 0 || text.replace(/[^\p{L}]/gu, '').length < 3) return false;
  if (parts.length === 1 && corpus.commonWords.has(foldText(text.toLowerCase()))) return false;
  if (parts.some((p) => CALENDAR.has(p.toLowerCase()))) return false;
  return /^[\p{Lu}\p{N}]/u.test(parts[0]!);
}

/** The significant words of a name (no linking words), lower case and folded. */
function nameWords(text: string): Set<string> {
  return new Set(foldText(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !NAME_LINKS.has(w)));
}

/** Whether two written names are one entity under two forms: one's words all among the other's ("Chopin", "Frédéric Chopin"). */
function sameThing(a: string, b: string, corpus: Corpus): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if ([...wa].every((w) => wb.has(w)) || [...wb].every((w) => wa.has(w))) return true;
  // "Fryderyk" and "Chopin": the article writes them side by side in one name.
  const pairs = adjacentNames(corpus);
  const first = (x: string): string => foldText(x.toLowerCase()).split(/\s+/)[0]!;
  const last = (x: string): string => foldText(x.toLowerCase()).split(/\s+/).at(-1)!;
  if (pairs.has(`${last(a)} ${first(b)}`) || pairs.has(`${last(b)} ${first(a)}`)) return true;
  // The linker's forms catch aliases that share no word ("Jay Z" / "Shawn Carter"): one key holds both.
  const ka = corpus.forms.get(foldText(a.toLowerCase()));
  const kb = corpus.forms.get(foldText(b.toLowerCase()));
  return !!ka && !!kb && [...ka].some((k) => kb.has(k)) && ka.size === 1 && kb.size === 1;
}

const adjacency = new WeakMap<Corpus, Set<string>>();

/** Pairs of words that stand side by side inside one of the article's names ("fryderyk chopin"), folded, lower case. */
function adjacentNames(corpus: Corpus): Set<string> {
  let pairs = adjacency.get(corpus);
  if (!pairs) {
    pairs = new Set();
    for (const s of corpus.sentences) {
      if (s.article !== 0) continue;
      for (const run of nameRuns(s.tokens, s.text)) {
        const words = foldText(run.text.toLowerCase()).split(/\s+/);
        for (let k = 1; k < words.length; k++) pairs.add(`${words[k - 1]} ${words[k]}`);
      }
    }
    adjacency.set(corpus, pairs);
  }
  return pairs;
}

/**
 * Replaces one name the question writes by another name of the same type that the gold paragraph
 * writes (the rest of the article when the paragraph has none): a person for a person, a place for
 * a place, an award for an award ("Grammy Award" → "MTV Video Music Award"), typed by the name's
 * head word or the article's use of it (see nameType). The new name is not in the question, is not
 * another form of the old one ("Chopin" / "Frédéric Chopin"), and is not (part of) a gold answer,
 * which would leave the question answered by its own answer. "the" comes and goes with the name as
 * the article writes it ("the Ming dynasty", "Warsaw"). Undefined when the question names nothing the
 * article writes or no such partner exists.
 */
export function swapNameNear(item: Item, corpus: Corpus, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const names = nameRuns(ws, item.question).filter((n) => nameLike(n.text, corpus) && inArticle(corpus, n.text));
  if (names.length === 0) return undefined;
  // A one-word run that opens a sentence ("Critics praised …") is a name only if the article also writes it mid-sentence.
  const pool = (sentences: readonly Sentence[]): string[] => [...new Set(sentences.flatMap((s) => nameRuns(s.tokens, s.text).map((n) => n.text)))]
    .filter((text) => nameLike(text, corpus) && !/^(The|A|An)\s/.test(text) && (text.includes(' ') || occurrences(corpus, text).some(([, a]) => a > 0)));
  const gold = goldSentences(item, corpus);
  const near = pool(gold);
  const options = names.flatMap((from) => {
    let type = nameType(corpus, from.text).type;
    // The question's own words type a name the article leaves open: "locations in Morocco" is a place.
    const prev = ws.findLast((w) => w.end <= from.start && w.start >= 0);
    if (type === 'name' && prev && PLACE_PREPOSITIONS.has(prev.lower)) type = 'place';
    // The rest of the question must not hold the new name or a word of it ("Warsaw Lyceum" where "Warsaw" is
    // asked about); a word shared with the swapped-out name is fine ("Harbor Orchestra" → "Harbor Academy").
    const rest = item.question.slice(0, from.start) + ' ' + item.question.slice(from.end);
    const fit = (texts: readonly string[]): string[] => texts.filter((text) =>
      nameType(corpus, text).type === type && !sameThing(from.text, text, corpus) && !containsWords(rest, text)
      && ![...nameWords(text)].some((w) => w.length >= 4 && containsWords(rest, w)) && !touchesAnswer(item, text));
    let choices = fit(near);
    if (choices.length === 0) choices = fit(articleNames(corpus, pool));
    return choices.length > 0 ? [{ from, choices }] : [];
  });
  if (options.length === 0) return undefined;
  const { from, choices } = rnd.pick(options);
  const question = firstHonest(rnd, choices, (to) => ({ question: withName(item.question, ws, corpus, from, to), inserted: to }), gold);
  return question === undefined ? undefined : negative(item, 'name2', question);
}

/** The question with the name `from` replaced by `to`, "the" coming and going as the article writes `to`. */
function withName(question: string, ws: readonly Word[], corpus: Corpus, from: NameAt, to: string): string {
  // "the" as the article writes it with the new name: "the Ming dynasty", but "Warsaw" bare.
  let start = from.start;
  let text = to;
  const before = question.slice(0, from.start);
  const the = /(^|\s)(the|The)\s+$/.exec(before);
  const wantsThe = nameType(corpus, to).the;
  // A modifier between a determiner and the name ("the fourth Dalai Lama") keeps the determiner where it is.
  const modified = from.start > 0 && ws.some((w, k) => w.end <= from.start && ws[k + 1]?.start === from.start && ['ADJ', 'NUM'].includes(w.pos));
  // "the Mexico City part": the article belongs to the noun after the name; leave it.
  const next = ws.find((w) => w.start >= from.end);
  const attributive = !!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
  if (attributive) { /* keep the question's determiner */ }
  else if (the && !wantsThe) start = the.index + the[1]!.length;
  else if (!the && wantsThe && !modified && !/(['’]s|\b(a|an|his|her|its|their|this|that|whose|which|what))\s+$/i.test(before)) text = `the ${to}`;
  return splice(question, start, from.end, text);
}

const namePools = new WeakMap<Corpus, string[]>();
function articleNames(corpus: Corpus, pool: (sentences: readonly Sentence[]) => string[]): string[] {
  let names = namePools.get(corpus);
  if (!names) namePools.set(corpus, (names = pool(corpus.sentences.filter((s) => s.article === 0))));
  return names;
}
