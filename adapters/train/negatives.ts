import type { Corpus, Entity, Sentence } from '../../src/article/model.js';
import type { Random } from '../../bench/random.js';
import { analyse, foldText, type Token } from '../../src/nlp/wink.js';
import { antonyms, areSynonyms, wordClasses, wordPos } from '../../src/nlp/wordnet.js';
import { NUMBER_WORDS, OPPOSITES } from '../../src/nlp/tables.js';
import type { Item } from './data.js';
import { normalize } from './judge.js';

/**
 * Unanswerable questions made the way SQuAD 2.0's writers made them, from answerable ones
 * (Rajpurkar et al. 2018, table 3): a negation put in or taken out, an antonym swapped in, another
 * entity of the paragraph swapped in, another number, another noun of the paragraph (the neutral
 * and mutual-exclusion changes); and the older kinds: the question asked against an article that
 * does not hold its answer, a name swapped for any name of the article, a year moved, a word swapped.
 * Every made-up question stays on its paragraph's topic, as the human ones do, so the abstention
 * model cannot tell them apart from answerable ones by topic alone.
 */

/** The old generators' fallback check: whether the article's text holds any gold answer. */
function holdsAnswer(text: string, item: Item): boolean {
  const t = normalize(text);
  return item.answers.some((a) => t.includes(normalize(a)));
}

/** The question with one article name replaced by another of the same kind, if it names one. */
export function swapName(item: Item, corpus: Corpus, rnd: Random): Item | undefined {
  const entities = [...corpus.articles[0]!.entities.values()].filter((e) => e.name.length >= 4);
  const lower = item.question.toLowerCase();
  const named = entities.filter((e) => lower.includes(e.name.toLowerCase()) && !/^\p{Ll}/u.test(e.name));
  if (named.length === 0) return undefined;
  const from = rnd.pick(named);
  const others = entities.filter((e) => kindOf(e) === kindOf(from) && e.key !== from.key && !lower.includes(e.name.toLowerCase()) && !e.forms.has(from.key));
  if (others.length === 0) return undefined;
  const to = rnd.pick(others);
  const at = lower.indexOf(from.name.toLowerCase());
  return negative(item, 'name', item.question.slice(0, at) + to.name + item.question.slice(at + from.name.length));
}

/** The question with a year it names moved by a few years, if it names one. */
export function moveYear(item: Item, rnd: Random): Item | undefined {
  const m = /\b(1[5-9]\d\d|20[0-2]\d)\b/.exec(item.question);
  if (!m) return undefined;
  const year = Number(m[1]) + rnd.pick([-7, -4, -3, 3, 5, 9]);
  return negative(item, 'year', item.question.slice(0, m.index) + String(year) + item.question.slice(m.index + m[1]!.length));
}

/** Whether a negative asked of another article is honest: that article lacks every gold answer. */
export function foreignOk(item: Item, text: string): boolean {
  return !holdsAnswer(text, item);
}

const words = new WeakMap<Corpus, Map<string, string[]>>();
function wordsOf(corpus: Corpus): Map<string, string[]> {
  return words.get(corpus) ?? words.set(corpus, new Map()).get(corpus)!;
}

/**
 * The question with one content word (a noun, adjective or verb the article uses) replaced by
 * another word of the same part of speech from the same article: a neutral change that leaves a
 * question the article most likely does not answer ("What is the largest *lake* …" → "… *bridge* …").
 */
export function swapWord(item: Item, corpus: Corpus, rnd: Random, tokens: readonly { text: string; pos: string; lemma: string }[]): Item | undefined {
  const byPos = wordsOf(corpus);
  if (byPos.size === 0) for (const s of corpus.sentences) {
    for (const t of s.tokens) {
      if (!['NOUN', 'ADJ', 'VERB'].includes(t.pos) || t.text.length < 4 || !/^\p{Ll}+$/u.test(t.text)) continue;
      (byPos.get(t.pos) ?? byPos.set(t.pos, []).get(t.pos)!).push(t.text);
    }
  }
  const lemmas = new Set(tokens.map((t) => t.lemma));
  const open = tokens.filter((t) => byPos.has(t.pos) && t.text.length >= 4 && /^\p{Ll}+$/u.test(t.text) && corpus.postings.has(t.lemma));
  if (open.length === 0) return undefined;
  const from = rnd.pick(open);
  const choices = byPos.get(from.pos)!.filter((w) => !lemmas.has(w) && w !== from.text);
  if (choices.length === 0) return undefined;
  const to = rnd.pick(choices);
  const at = item.question.search(new RegExp(`\\b${from.text}\\b`));
  if (at < 0) return undefined;
  return negative(item, 'word', item.question.slice(0, at) + to + item.question.slice(at + from.text.length));
}

// ---------------------------------------------------------------------------------------------
// Shared pieces: the question's words with their places, the gold paragraph, splicing, inflection.

/** A question token as callers may hand it over (wink's `Token` fits). */
export type QuestionToken = Pick<Token, 'text' | 'pos' | 'lemma'> & { entity?: string };

/** A question word with its character range in the question (start -1 when it could not be placed). */
interface Word {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  entity?: string;
  start: number;
  end: number;
}

/**
 * The question's words, placed in the question. wink's offsets are sentence-relative and callers
 * may pass tokens without any, so each token is found again, left to right; a token wink wrote
 * differently from the text (it normalises a few characters) gets start -1 and is never edited.
 */
function wordsIn(question: string, tokens?: readonly QuestionToken[]): Word[] {
  const toks = tokens ?? analyse(question).flatMap((s) => s.tokens);
  const out: Word[] = [];
  let cursor = 0;
  for (const t of toks) {
    const at = question.indexOf(t.text, cursor);
    const placed = at >= 0 && question.slice(cursor, at).trim() === '';
    if (placed) cursor = at + t.text.length;
    out.push({ text: t.text, lower: foldText(t.text.toLowerCase()), lemma: t.lemma, pos: t.pos, entity: t.entity, start: placed ? at : -1, end: placed ? at + t.text.length : -1 });
  }
  return out;
}

/** A negative made from `item`, or undefined when the edit left the question as it was. */
function negative(item: Item, kind: string, question: string): Item | undefined {
  if (question === item.question || normalize(question) === normalize(item.question)) return undefined;
  return { ...item, id: `${item.id}#${kind}`, question, answers: [], evidence: [] };
}

/** Whether a word opens with a vowel sound, for "a"/"an" ("an hour", "a university", "an 8"). */
function vowelSound(word: string): boolean {
  if (/^(hour|honest|honou?r|heir)/i.test(word)) return true;
  if (/^(uni|use|usu|ura|uro|eu|ewe|one|once)/i.test(word)) return false;
  return /^[aeiou]/i.test(word) || /^(8|11|18)(\D|$)/.test(word);
}

/**
 * The question with [start, end) replaced by `text`: a preceding "a"/"an" made to agree with the
 * new word ("an album" → "a song"), and the first letter kept upper case when the edit is at the start.
 */
function splice(question: string, start: number, end: number, text: string): string {
  let before = question.slice(0, start);
  let insert = text;
  if (before.trim() === '' && /^\p{Lu}/u.test(question.slice(start))) insert = insert.charAt(0).toUpperCase() + insert.slice(1);
  const article = /(^|\s)(a|an|A|An)(\s+)$/.exec(before);
  if (article && /^\p{L}|^\d/u.test(insert)) {
    const want = vowelSound(insert) ? 'an' : 'a';
    const was = article[2]!;
    const agreed = /^A/.test(was) ? want.charAt(0).toUpperCase() + want.slice(1) : want;
    before = before.slice(0, article.index + article[1]!.length) + agreed + article[3];
  }
  return before + insert + question.slice(end);
}

// Gold-paragraph sentences per corpus: the same article serves hundreds of questions.
const paragraphs = new WeakMap<Corpus, Map<number, Sentence[]>>();

/**
 * The sentences of the item's gold paragraph (jsonl `paragraph` p is `Sentence.paragraph` p+1:
 * both count the article body's paragraphs in order, checked on squad-v1.1-train-11), or none.
 */
function goldSentences(item: Item, corpus: Corpus): Sentence[] {
  if (item.paragraph === undefined) return [];
  let byParagraph = paragraphs.get(corpus);
  if (!byParagraph) {
    byParagraph = new Map();
    for (const s of corpus.sentences) {
      if (s.article !== 0) continue;
      (byParagraph.get(s.paragraph) ?? byParagraph.set(s.paragraph, []).get(s.paragraph)!).push(s);
    }
    paragraphs.set(corpus, byParagraph);
  }
  return byParagraph.get(item.paragraph + 1) ?? [];
}

/** Whether normalised `inner` occurs as whole words in normalised `outer`. */
function containsWords(outer: string, inner: string): boolean {
  const o = ` ${normalize(outer)} `;
  const i = normalize(inner);
  return i.length > 0 && o.includes(` ${i} `);
}

/** Whether `text` overlaps a gold answer (holds it, or is held by it): swapping it in would leave an answer. */
function touchesAnswer(item: Item, text: string): boolean {
  return item.answers.some((a) => containsWords(a, text) || containsWords(text, a));
}

/** Verbs and words that carry no content a passage must share with a question. */
const LIGHT = new Set(['be', 'have', 'do', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'many', 'much', 'not', 'never', "n't", 'can', 'will', 'would', 'could', 'should', 'may', 'might', 'must']);

/** The content lemmas of tokens (nouns, names, verbs, adjectives, figures), lower case and folded. */
function contentOf(tokens: readonly { lemma: string; lower: string; pos: string }[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (!['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(t.pos) || LIGHT.has(t.lemma) || LIGHT.has(t.lower)) continue;
    out.add(foldText(t.lemma.toLowerCase()));
  }
  return out;
}

/**
 * Whether the new question is most likely still answered by its paragraph: a sentence that holds
 * the swapped-in words also holds three quarters of the question's content words ("Which film did
 * Beyoncé star with Steve Martin in?" → "… with Jennifer Hudson in?" where a sentence says whom she
 * starred with in "Dreamgirls"). SQuAD 2.0's writers made sure theirs were not; such swaps are dropped.
 */
function stillAnswerable(question: string, inserted: string, sentences: readonly Sentence[]): boolean {
  const holders = sentences.filter((s) => containsWords(s.text, inserted));
  if (holders.length === 0) return false;
  const wanted = contentOf(analyse(question).flatMap((x) => x.tokens));
  if (wanted.size < 2) return false;
  return holders.some((s) => {
    const has = new Set(s.tokens.flatMap((t) => [foldText(t.lemma.toLowerCase()), t.lower]));
    return [...wanted].filter((w) => has.has(w)).length >= 0.75 * wanted.size;
  });
}

/** The first of a few choices, in random order, whose question `make` builds and the paragraph does not answer. */
function firstHonest<T>(rnd: Random, choices: readonly T[], make: (choice: T) => { question: string; inserted: string } | undefined, sentences: readonly Sentence[]): string | undefined {
  for (const choice of rnd.sample(choices, 4)) {
    const made = make(choice);
    if (made && !stillAnswerable(made.question, made.inserted, sentences)) return made.question;
  }
  return undefined;
}

type Kind = 'p' | 'l' | 'o';
function kindOf(e: Entity): Kind {
  return e.person ? 'p' : e.place ? 'l' : 'o';
}

// Irregular verbs: base, past, past participle. Antonyms and "did not X" need the forms both ways.
const IRREGULAR: readonly (readonly [string, string, string])[] = [
  ['arise', 'arose', 'arisen'], ['be', 'was', 'been'], ['bear', 'bore', 'born'], ['beat', 'beat', 'beaten'], ['become', 'became', 'become'],
  ['begin', 'began', 'begun'], ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'],
  ['bring', 'brought', 'brought'], ['build', 'built', 'built'], ['burn', 'burnt', 'burnt'], ['buy', 'bought', 'bought'], ['catch', 'caught', 'caught'],
  ['choose', 'chose', 'chosen'], ['come', 'came', 'come'], ['cost', 'cost', 'cost'], ['cut', 'cut', 'cut'], ['deal', 'dealt', 'dealt'],
  ['dig', 'dug', 'dug'], ['do', 'did', 'done'], ['draw', 'drew', 'drawn'], ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'],
  ['eat', 'ate', 'eaten'], ['fall', 'fell', 'fallen'], ['feed', 'fed', 'fed'], ['feel', 'felt', 'felt'], ['fight', 'fought', 'fought'],
  ['find', 'found', 'found'], ['flee', 'fled', 'fled'], ['fly', 'flew', 'flown'], ['forbid', 'forbade', 'forbidden'], ['forget', 'forgot', 'forgotten'],
  ['forgive', 'forgave', 'forgiven'], ['freeze', 'froze', 'frozen'], ['get', 'got', 'gotten'], ['give', 'gave', 'given'], ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'], ['have', 'had', 'had'], ['hear', 'heard', 'heard'], ['hide', 'hid', 'hidden'],
  ['hit', 'hit', 'hit'], ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'], ['keep', 'kept', 'kept'], ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'], ['lead', 'led', 'led'], ['leave', 'left', 'left'], ['lend', 'lent', 'lent'], ['let', 'let', 'let'],
  ['lie', 'lay', 'lain'], ['lose', 'lost', 'lost'], ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'],
  ['pay', 'paid', 'paid'], ['put', 'put', 'put'], ['quit', 'quit', 'quit'], ['read', 'read', 'read'], ['ride', 'rode', 'ridden'],
  ['ring', 'rang', 'rung'], ['rise', 'rose', 'risen'], ['run', 'ran', 'run'], ['say', 'said', 'said'], ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'], ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'], ['set', 'set', 'set'], ['shake', 'shook', 'shaken'],
  ['shine', 'shone', 'shone'], ['shoot', 'shot', 'shot'], ['show', 'showed', 'shown'], ['shrink', 'shrank', 'shrunk'], ['shut', 'shut', 'shut'],
  ['sing', 'sang', 'sung'], ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'], ['sleep', 'slept', 'slept'], ['speak', 'spoke', 'spoken'],
  ['spend', 'spent', 'spent'], ['split', 'split', 'split'], ['spread', 'spread', 'spread'], ['stand', 'stood', 'stood'], ['steal', 'stole', 'stolen'],
  ['stick', 'stuck', 'stuck'], ['strike', 'struck', 'struck'], ['swear', 'swore', 'sworn'], ['swim', 'swam', 'swum'], ['take', 'took', 'taken'],
  ['teach', 'taught', 'taught'], ['tear', 'tore', 'torn'], ['tell', 'told', 'told'], ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'],
  ['understand', 'understood', 'understood'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'], ['win', 'won', 'won'], ['withdraw', 'withdrew', 'withdrawn'],
  ['write', 'wrote', 'written'],
];
const PAST = new Map(IRREGULAR.map(([b, p]) => [b, p]));
const PARTICIPLE = new Map(IRREGULAR.map(([b, , pp]) => [b, pp]));

/** One syllable ending consonant-vowel-consonant ("win", "big"): the consonant doubles before a suffix. */
function doubles(w: string): boolean {
  // Also the common two-syllable verbs stressed on the end ("acquit" → "acquitted", "prefer" → "preferred").
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w) || /(mit|quit|pel|cur|fer|gret|trol)$/.test(w) && !/(offer|differ|suffer)$/.test(w);
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return doubles(base) ? `${base}${base.at(-1)}ed` : `${base}ed`;
}

/** Past tense ("lose" → "lost", "reject" → "rejected"). */
function pastOf(base: string): string {
  return PAST.get(base) ?? regularPast(base);
}

/** Past participle ("take" → "taken"). */
function participleOf(base: string): string {
  return PARTICIPLE.get(base) ?? regularPast(base);
}

/** Third person singular ("go" → "goes", "deny" → "denies"). */
function thirdOf(base: string): string {
  if (base === 'have') return 'has';
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Present participle ("lose" → "losing", "win" → "winning", "die" → "dying"). */
function ingOf(base: string): string {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return doubles(base) ? `${base}${base.at(-1)}ing` : `${base}ing`;
}

/** Plural of a noun ("city" → "cities"). */
function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const GRADED: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['good', ['better', 'best']], ['bad', ['worse', 'worst']], ['many', ['more', 'most']], ['much', ['more', 'most']],
  ['little', ['less', 'least']], ['far', ['farther', 'farthest']], ['few', ['fewer', 'fewest']],
]);

/** Comparative (degree 0) or superlative (1) of an adjective: "-er"/"-est" when short, "more"/"most" when long. */
function gradeOf(adj: string, degree: 0 | 1): string {
  const irregular = GRADED.get(adj);
  if (irregular) return irregular[degree];
  const suffix = degree === 0 ? 'er' : 'est';
  const syllables = adj.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 1;
  // Two syllables take the suffix only when they end in -y, -ow, -le or -er ("earlier", "narrower", "simpler"); longer words take more/most.
  if (syllables > 2 || (syllables === 2 && !/(y|ow|le|er)$/.test(adj)) || /^(un|in|im|il|ir|dis|non)/.test(adj) && syllables > 1) return `${degree === 0 ? 'more' : 'most'} ${adj}`;
  if (adj.endsWith('e')) return `${adj}${suffix.slice(1)}`;
  if (/[^aeiou]er$/.test(adj)) return `${adj}${suffix}`;
  if (/[^aeiou]y$/.test(adj)) return `${adj.slice(0, -1)}i${suffix}`;
  return doubles(adj) ? `${adj}${adj.at(-1)}${suffix}` : `${adj}${suffix}`;
}

/** Whether the words just before index i hold a form of "be" or "have" (then a past form there is a participle). */
function afterBeOrHave(ws: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (ws[k]!.pos === 'AUX' && (ws[k]!.lemma === 'be' || ws[k]!.lemma === 'have')) return true;
    if (ws[k]!.pos === 'PUNCT') break;
  }
  return false;
}

/**
 * `base` put in the form `w` has (its text against its lemma): the same suffix on another word.
 * Undefined when the form cannot be told cheaply.
 */
function inflectLike(w: Word, ws: readonly Word[], i: number, base: string): string | undefined {
  const { lower, lemma } = w;
  if (lower === lemma) return base;
  if (w.pos === 'ADJ' || w.pos === 'ADV') {
    const graded = GRADED.get(lemma);
    const degree = graded ? graded.indexOf(lower) : lower.endsWith('est') ? 1 : lower.endsWith('er') ? 0 : -1;
    return degree < 0 ? undefined : gradeOf(base, degree as 0 | 1);
  }
  if (w.pos === 'NOUN') return lower === pluralOf(lemma) || lower.endsWith('s') ? pluralOf(base) : undefined;
  if (w.pos !== 'VERB') return undefined;
  if (lower === thirdOf(lemma)) return thirdOf(base);
  if (lower === ingOf(lemma) || lower.endsWith('ing')) return ingOf(base);
  if (lower === pastOf(lemma) || lower === participleOf(lemma) || lower.endsWith('ed')) {
    return afterBeOrHave(ws, i) ? participleOf(base) : pastOf(base);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 1. Entity swap (21% of SQuAD 2.0's unanswerable questions).

/** Words that may stand lower case inside a name ("University of Notre Dame", "Leonardo da Vinci"). */
const NAME_LINKS = new Set(['of', 'the', 'de', 'du', 'da', 'di', 'del', 'della', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'bin', 'y', '&', 'for']);

/**
 * What a name is by its head word ("Warsaw *University*", "*Duchy* of Warsaw"): the article's
 * entity linker is tuned to news and on encyclopaedia text calls palaces people and people "other",
 * so swaps are typed here from the name itself first and from the article's contexts second.
 */
const HEADS: ReadonlyMap<string, string> = new Map(Object.entries({
  org: 'railroad railway airline airlines university college school institute academy conservatoire conservatory lyceum society association company corporation inc records pictures studios studio bureau council committee commission ministry department agency office party army navy league club team band orchestra group foundation organization organisation union federation network channel court parliament congress senate assembly congregation order government administration bank board corps police service church',
  building: 'palace hall museum library cathedral basilica chapel temple monastery stadium arena theatre theater airport station bridge dam tower castle house hospital center centre building grotto',
  place: 'province county city river mountain mountains lake sea ocean island islands bay valley street square park village town region district prefecture plateau basin desert forest kingdom empire republic country peninsula coast strait avenue road duchy state',
  award: 'award awards prize medal cup trophy championship',
  event: 'festival competition war revolution games olympics tour ceremony conference expo summit election rebellion uprising battle earthquake massacre',
  law: 'act treaty convention agreement accord code constitution declaration resolution bill law',
  work: 'symphony concerto sonata album song film opera ballet novel book series magazine newspaper journal times post review edition',
  dynasty: 'dynasty',
  period: 'age era period century',
  ruler: 'emperor king queen prince princess pope lama karmapa duke tsar sultan khan',
}).flatMap(([kind, heads]) => heads.split(' ').map((h) => [h, kind] as [string, string])));

/** Words after a name that say a person did something ("Chopin *wrote*", "Sand *said*"). */
const PERSON_VERBS = new Set(['say', 'write', 'tell', 'compose', 'marry', 'die', 'sing', 'perform', 'record', 'claim', 'argue', 'state', 'describe',
  'believe', 'meet', 'visit', 'teach', 'study', 'star', 'recall', 'remember', 'love', 'decide', 'refuse', 'hope', 'want', 'ask', 'explain', 'note',
  'suggest', 'recommend', 'agree', 'befriend', 'dedicate', 'feel', 'think', 'live', 'travel', 'play', 'direct', 'portray', 'comment', 'praise']);
const PERSON_NOUNS = new Set(['father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'family', 'friend', 'death', 'birth',
  'life', 'lover', 'teacher', 'student', 'pupil', 'parents', 'childhood', 'marriage', 'funeral', 'health', 'illness', 'mistress', 'girlfriend', 'boyfriend']);
const TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'king', 'queen', 'saint', 'st.', 'father', 'fr.', 'rev.', 'reverend', 'pope', 'sir', 'lord', 'lady', 'professor', 'general', 'director', 'singer', 'composer', 'actor', 'actress']);
/** Months and days are capitalised but are no names to swap ("Spectre" → "February"). */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'throughout', 'across', 'outside', 'inside', 'around', 'within']);

const nameTypes = new WeakMap<Corpus, Map<string, { type: string; the: boolean }>>();

/** The head word of a name: the last word, or the word before "of" ("Duchy of Warsaw" → "duchy"). */
function headOf(text: string): string {
  const parts = text.split(/\s+/);
  const of = parts.findIndex((p, k) => k > 0 && p.toLowerCase() === 'of');
  return (of > 0 ? parts[of - 1]! : parts.at(-1)!).toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** Where the article writes `text`: [sentence, first token index, index after, whether it stands alone as a whole name]. */
function occurrences(corpus: Corpus, text: string): [Sentence, number, number, boolean][] {
  const out: [Sentence, number, number, boolean][] = [];
  const target = foldText(text);
  for (const s of corpus.sentences) {
    if (s.article !== 0) continue;
    const folded = foldText(s.text);
    if (folded.length !== s.text.length) continue;
    for (let at = folded.indexOf(target); at >= 0; at = folded.indexOf(target, at + 1)) {
      const end = at + target.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      const a = s.tokens.findIndex((t) => t.start === at);
      const b = s.tokens.findIndex((t) => t.end === end);
      if (a < 0 || b < a) continue;
      const before = s.tokens[a - 1];
      const after = s.tokens[b + 1];
      const whole = !(before && a > 1 && capital(before.text)) && !(after && capital(after.text));
      out.push([s, a, b + 1, whole]);
    }
  }
  return out;
}

/**
 * The type of a name: its head word's kind ("org", "building", "place", "award", "event", "law",
 * "work", "dynasty", "ruler"), else "person" or "place" by how the article uses it (after "in",
 * "near" … for a place; before "wrote", "said" …, after a title, or before "'s father" … for a
 * person), else "name"; and whether the article writes it after "the".
 */
function nameType(corpus: Corpus, text: string): { type: string; the: boolean } {
  let map = nameTypes.get(corpus);
  if (!map) nameTypes.set(corpus, (map = new Map()));
  const known = map.get(text);
  if (known) return known;
  const found = occurrences(corpus, text);
  let the = 0;
  let place = 0;
  let person = 0;
  for (const [s, a, b] of found) {
    const prev = s.tokens[a - 1];
    const next = s.tokens[b];
    if (prev?.lower === 'the') the++;
    if (prev && PLACE_PREPOSITIONS.has(prev.lower) && next?.lower !== "'s") place++;
    if (prev && TITLES.has(prev.lower)) person++;
    if (next && next.pos === 'VERB' && PERSON_VERBS.has(next.lemma)) person++;
    if (next && (next.lower === "'s" || next.lower === '’s') && PERSON_NOUNS.has(s.tokens[b + 1]?.lower ?? '')) person++;
    if (next?.lower === 'was' && s.tokens[b + 1]?.lower === 'born') person++;
  }
  const head = HEADS.get(headOf(text));
  const words = text.split(/\s+/);
  // "Polish", "Tibetan": a capitalised word the article writes before a common noun is a modifier, swapped only for another.
  const modifier = found.filter(([s, a, b]) => (s.tokens[b] && /^\p{Ll}/u.test(s.tokens[b]!.text) && ['NOUN', 'ADJ'].includes(s.tokens[b]!.pos)) || (b === a + 1 && s.tokens[a]!.pos === 'ADJ')).length;
  let type = head && words.length > 1 ? head : place > person ? 'place' : person > 0 || TITLES.has(words[0]!.toLowerCase()) ? 'person' : 'name';
  if (words.length === 1 && !head && modifier * 2 > found.length) type = 'modifier';
  // Acronyms ("IGN", "SAT") go with acronyms: "under SAT" for "under Malloy" reads as nonsense.
  if (/^[\p{Lu}\d&.-]{2,}$/u.test(text)) type = `${type}:acronym`;
  const result = { type, the: found.length > 0 && the * 2 > found.length };
  map.set(text, result);
  return result;
}

/** Whether a word starts with a capital (or is a figure with letters, "C-X75"). */
const capital = (w: string): boolean => /^[\p{Lu}]/u.test(w) || /^\d+\p{L}/u.test(w);

interface NameAt {
  start: number;
  end: number;
  text: string;
}

/**
 * Runs of capitalised words (joined by "of", "the", "de" … when a capital follows), placed by
 * character: the names a question or sentence writes, however the linker grouped them. A run at
 * the start counts only when wink calls its first word a proper noun ("Beyoncé's", not "What").
 */
function nameRuns(tokens: readonly { text: string; lower: string; pos: string; start: number; end: number }[], text: string): NameAt[] {
  const out: NameAt[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.start < 0 || !capital(t.text) || t.pos === 'PRON' || (i === 0 && t.pos !== 'PROPN')) { i++; continue; }
    let j = i + 1;
    for (;;) {
      const u = tokens[j];
      if (u && u.start >= 0 && capital(u.text) && u.pos !== 'PUNCT' && u.pos !== 'PRON') { j++; continue; }
      // "University of Notre Dame", "Destiny's Child": a link word or "'s" joins two capitalised words.
      const linked = u && (NAME_LINKS.has(u.lower) || ((u.lower === "'s" || u.lower === '’s') && u.start === tokens[j - 1]!.end));
      if (linked && tokens[j + 1] && capital(tokens[j + 1]!.text) && tokens[j + 1]!.start >= 0 && tokens[j + 1]!.pos !== 'PRON') { j += 2; continue; }
      break;
    }
    // Half of a hyphenated word ("Ü-Tsang", "Sino-Tibetan") is no name on its own.
    const hyphened = (tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start) || (tokens[j]?.text === '-' && tokens[j]!.start === tokens[j - 1]!.end);
    if (!hyphened) out.push({ start: t.start, end: tokens[j - 1]!.end, text: text.slice(t.start, tokens[j - 1]!.end) });
    i = j;
  }
  return out;
}

/**
 * Whether the article writes the name as a whole name somewhere (not only inside a longer one, as
 * "University" in "Duke University"): a question's typo or a fragment is no name to swap.
 */
function inArticle(corpus: Corpus, name: string): boolean {
  return occurrences(corpus, name).some((o) => o[3]);
}

/** Whether a written name looks like a name: not one common word, not a lone initial, not a title word. */
function nameLike(text: string, corpus: Corpus): boolean {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length === 0 || text.replace(/[^\p{L}]/gu, '').length < 3) return false;
  if (parts.length === 1 && corpus.commonWords.has(foldText(text.toLowerCase()))) return false;
  if (parts.some((p) => CALENDAR.has(p.toLowerCase()))) return false;
  return /^[\p{Lu}\p{N}]/u.test(parts[0]!);
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

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

// ---------------------------------------------------------------------------------------------
// 2. Another number (SQuAD 2.0's "impossible condition", 4%).

interface NumberAt {
  start: number;
  end: number;
  text: string;
  value: number;
  year: boolean;
  word: boolean;
  /** The word after it ("students", "%", "million"), to prefer a figure of the same unit. */
  unit: string;
}

const WORD_OF_NUMBER = new Map([...NUMBER_WORDS].map(([w, v]) => [Number(v), w]));

/** The figures among tokens: digits ("1,500", "3.5") or number words, not ordinals, days of a date or parts of names. */
function numbersOf(tokens: readonly { text: string; lower: string; lemma: string; pos: string; entity?: string; start: number; end: number }[]): NumberAt[] {
  const out: NumberAt[] = [];
  tokens.forEach((t, i) => {
    if (t.start < 0) return;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const digits = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t.text);
    const word = !digits && NUMBER_WORDS.has(t.lower) && t.lower !== 'one' && t.lower !== 'zero';
    if (!digits && !word) return;
    if (t.entity === 'ORDINAL' || t.entity === 'TIME') return;
    // "alpha 1-antitrypsin", "1-0": a figure glued to a hyphen is part of a term or a score.
    if ((next?.text === '-' && next.start === t.end) || (prev?.text === '-' && prev.end === t.start)) return;
    // A figure inside a name ("Windows 7", "Super Bowl 50") or a code is no quantity to change.
    if (prev && prev.start >= 0 && i > 1 && /^\p{Lu}/u.test(prev.text) && prev.pos === 'PROPN') return;
    const value = digits ? Number(t.text.replace(/,/g, '')) : Number(NUMBER_WORDS.get(t.lower));
    // "1500 students" is a count; "2010 perfume", "in 1842" are years.
    const counted = !!next && next.pos === 'NOUN' && next.lower !== next.lemma;
    const year = /^\d{4}$/.test(t.text) && value >= 1000 && value <= 2099 && (t.entity === 'DATE' || !counted);
    // Days of a date ("June 4") read as numbers but changing them makes no new question.
    if (!year && t.entity === 'DATE') return;
    out.push({ start: t.start, end: t.end, text: t.text, value, year, word, unit: next?.lower ?? '' });
  });
  return out;
}

/** `value` written the way `like` was: a number word for a word up to twenty, commas when it had them or is large. */
function writeLike(like: NumberAt, value: number, raw?: NumberAt): string {
  if (like.word && WORD_OF_NUMBER.has(value)) {
    const w = WORD_OF_NUMBER.get(value)!;
    return /^\p{Lu}/u.test(like.text) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  }
  if (raw && !raw.word) return raw.text;
  const decimals = /\.(\d+)$/.exec(like.text)?.[1]?.length ?? 0;
  if (decimals > 0) return value.toFixed(decimals);
  return like.text.includes(',') || value >= 10000 ? value.toLocaleString('en-US') : String(value);
}

/** A plausible value near `v` at the precision it was written with (40 → 60, 1,500 → 3,000, 3 → 5). */
function nearValue(n: NumberAt, rnd: Random): number {
  const v = n.value;
  const decimals = /\.(\d+)$/.exec(n.text)?.[1]?.length ?? 0;
  if (decimals === 0 && v <= 12) return rnd.pick([v - 2, v - 1, v + 1, v + 2, v + 3].filter((x) => x >= 2 && x !== v));
  const step = decimals > 0 ? 10 ** -decimals : 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
  for (const f of rnd.sample([0.5, 1.5, 2, 3, 0.75, 1.25], 6)) {
    const x = Number((Math.round((v * f) / step) * step).toFixed(decimals));
    if (x !== v && x > 0) return x;
  }
  return v + 1;
}

/**
 * Replaces a figure of the question by another the gold paragraph gives (one of the same unit
 * first: "40 percent" → "25 percent"), or, for a count or amount, by a nearby value when the
 * paragraph has none. Years count too, but only swapped for another year of the paragraph:
 * moving a year by a few is what {@link moveYear} does, and the caller adds that one separately.
 * Undefined when the question has no figure that can change.
 */
export function swapNumber(item: Item, corpus: Corpus, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const names = nameRuns(ws, item.question);
  const inQuestion = numbersOf(ws).filter((n) => !names.some((m) => n.start < m.end && m.start < n.end));
  if (inQuestion.length === 0) return undefined;
  const given = new Set(inQuestion.map((n) => n.value));
  const gold = goldSentences(item, corpus);
  const paragraph = gold.flatMap((s) => numbersOf(s.tokens)).filter((n) => !given.has(n.value) && !touchesAnswer(item, n.text));
  const years = inQuestion.filter((n) => n.year);
  const options = inQuestion.flatMap((n) => {
    // "from 1937 to 1966": the new year keeps its side of the question's other years, or the range turns inside out.
    const same = paragraph.filter((p) => p.year === n.year && years.every((y) => y === n || Math.sign(p.value - y.value) === Math.sign(n.value - y.value)));
    if (n.year) return same.length > 0 ? [{ n, best: same, near: false }] : [];
    // A small count written as a word ("two cities") takes another small count, never "52 cities";
    // "88.9 FM" takes a figure with as many decimals; anything else one of the same unit, or of like size.
    const decimals = (x: NumberAt): number => /\.(\d+)$/.exec(x.text)?.[1]?.length ?? 0;
    const fits = same.filter((p) => decimals(p) === decimals(n) && (!n.word || p.value <= 20) && p.value !== 1);
    const unit = fits.filter((p) => p.unit === n.unit && p.unit !== '');
    const scale = fits.filter((p) => p.value >= n.value / 4 && p.value <= n.value * 4);
    const best = unit.length > 0 ? unit : scale;
    return [{ n, best, near: true }];
  });
  if (options.length === 0) return undefined;
  const { n, best, near } = rnd.pick(options);
  // A figure of the paragraph may make the question one the paragraph answers ("in 1841 he wrote …"): checked.
  const fromParagraph = firstHonest(rnd, best, (raw) => {
    const text = writeLike(n, raw.value, raw);
    return { question: splice(item.question, n.start, n.end, text), inserted: raw.text };
  }, gold);
  if (fromParagraph !== undefined) return negative(item, 'number', fromParagraph);
  if (!near) return undefined;
  let value = nearValue(n, rnd);
  if (touchesAnswer(item, String(value)) || paragraph.some((p) => p.value === value)) value = nearValue({ ...n, value: value + 1 }, rnd);
  return negative(item, 'number', splice(item.question, n.start, n.end, writeLike(n, value)));
}

// ---------------------------------------------------------------------------------------------
// 3. Antonym (20%).

/**
 * Words whose antonyms make no question a person would write: light verbs ("make" → "unmake",
 * "give" → "take"), "how many" / "how much" ("how few"), and words whose WordNet antonym is of a
 * rare sense ("well" → "ill").
 */
const NO_ANTONYM = new Set(['be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'say', 'tell', 'let', 'much', 'well', 'other', 'only',
  'own', 'such', 'second', 'least', 'less', 'fewer', 'receive', 'leave', 'know', 'enjoy', 'stay', 'set', 'single', 'due', 'married', 'pregnant',
  'believe', 'great', 'greater', 'greatest', 'hold', 'keep', 'find', 'like', 'see', 'show', 'right', 'left', 'leading', 'suffer', 'focus', 'musical',
  'gross', 'run', 'communicate', 'individual', 'act', 'record', 'responsible', 'original', 'work']);
/** Noun pairs of the opposites table that swap cleanly ("victory" → "defeat"); the rest sit in fixed phrases ("bring to a close", "what end"). */
const NOUN_OPPOSITES = new Set(['victory', 'defeat', 'war', 'peace', 'day', 'night', 'summer', 'winter', 'birth', 'death', 'success', 'failure', 'north', 'south', 'east', 'west', 'import', 'export', 'maximum', 'minimum']);
/** WordNet antonyms of rare senses ("old" → "worn", "early" → "middle", "lose" → "profit"). */
const ODD_ANTONYMS = new Set(['worn', 'middle', 'second', 'profit', 'unmake', 'individual', 'ill', 'evil', 'disallow', 'keep', 'find', 'other', 'take', 'ignore', 'suffer', 'change', 'rise', 'arrive', 'let']);
/** Particles that make a phrasal verb ("ended up", "set off"): the antonym of the verb alone breaks it. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'away', 'over', 'back', 'on', 'into']);
/** Prepositions whose opposite makes a new question ("before the war" → "after the war"). */
const OPPOSED_PREPOSITIONS = new Set(['before', 'after', 'above', 'below', 'inside', 'outside']);

/** A WordNet antonym that is only the word with a negative prefix: rare coinages ("nonpregnant", "derestrict", "disbelieve"). */
function coined(antonym: string, lemma: string, pos: string): boolean {
  const prefixes = pos === 'ADJ' ? ['non', 'de'] : ['non', 'de', 'dis', 'un', 'in', 'im'];
  return prefixes.some((p) => antonym === p + lemma || lemma === p + antonym);
}

/** The opposites of a question word: the project's table first (it knows the inflected pairs), then WordNet. */
function oppositesOf(w: Word): { word: string; inflected: boolean }[] {
  const out: { word: string; inflected: boolean }[] = [];
  // The table mixes parts of speech ("gain" / "loss"): its opposite must be a word of the same kind.
  const sameKind = (o: string): boolean => w.pos === 'VERB' ? wordClasses(o, 'verb').length > 0 : w.pos === 'NOUN' ? NOUN_OPPOSITES.has(o) && NOUN_OPPOSITES.has(w.lemma) : true;
  for (const o of OPPOSITES.get(w.lower) ?? []) if (sameKind(o)) out.push({ word: o, inflected: true });
  if (w.lower !== w.lemma) for (const o of OPPOSITES.get(w.lemma) ?? []) if (sameKind(o)) out.push({ word: o, inflected: false });
  // WordNet only for the open classes the brief names; nouns and prepositions only through the table.
  const pos = ['ADJ', 'ADV', 'VERB'].includes(w.pos) ? wordPos(w.pos) : undefined;
  if (pos) for (const o of antonyms(w.lemma, pos)) if (!coined(o, w.lemma, w.pos)) out.push({ word: o, inflected: w.lower === w.lemma });
  return out.filter((o) => /^[a-z]+$/.test(o.word) && !ODD_ANTONYMS.has(o.word));
}

/**
 * Replaces an adjective, adverb or verb of the question (or a noun or preposition the opposites
 * table pairs: "before" → "after", "north" → "south") by its antonym, inflected like the original
 * ("largest" → "smallest", "won" → "lost", "increases" → "decreases"). Skips words inside names,
 * hyphenated compounds ("best-selling") and questions that already hold the antonym. Undefined
 * when no word of the question has a usable antonym.
 */
export function antonymSwap(item: Item, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const present = new Set(ws.flatMap((w) => [w.lower, w.lemma]));
  const options: { w: Word; to: string }[] = [];
  ws.forEach((w, i) => {
    if (w.start < 0 || !/^[a-z]+$/.test(w.text) && !(i === 0 && /^[A-Z][a-z]+$/.test(w.text))) return;
    if (NO_ANTONYM.has(w.lemma) || NO_ANTONYM.has(w.lower)) return;
    if (!['ADJ', 'ADV', 'VERB', 'NOUN', 'ADP'].includes(w.pos)) return;
    // A "verb" right after a determiner or a possessive is a noun wink mistagged ("Chopin's works").
    if (w.pos === 'VERB' && ['DET', 'PART'].includes(ws[i - 1]?.pos ?? '')) return;
    // "started calling", "began to rise": the opposite verb ("ended calling") takes no such complement.
    if (w.pos === 'VERB' && (ws[i + 1]?.lower === 'to' || (ws[i + 1]?.pos === 'VERB' && ws[i + 1]!.lower.endsWith('ing')))) return;
    // "How old", "How deep": a measure question with the antonym asks the same measure oddly.
    if (ws[i - 1]?.lower === 'how') return;
    // "Most iPods", "Many of what": a quantifier, not a degree.
    if (['most', 'many', 'more'].includes(w.lower) && (ws[i + 1]?.pos === 'NOUN' || ws[i + 1]?.lower === 'of')) return;
    // "best-selling", "well-known": an antonym of half a compound reads wrong; so does half a phrasal verb ("ended up", "far away").
    if (ws[i + 1]?.text === '-' || ws[i - 1]?.text === '-' || PARTICLES.has(ws[i + 1]?.lower ?? '')) return;
    // "before the war" → "after the war", but not "modeled after Bach" or "goes after the membrane".
    if (w.pos === 'ADP' && (!OPPOSED_PREPOSITIONS.has(w.lower) || ['VERB', 'AUX'].includes(ws[i - 1]?.pos ?? ''))) return;
    for (const o of oppositesOf(w)) {
      if (present.has(o.word)) return;
      const to = o.inflected ? o.word : inflectLike(w, ws, i, o.word);
      if (!to || present.has(to) || to === w.lower) continue;
      options.push({ w, to });
      return;
    }
  });
  if (options.length === 0) return undefined;
  const { w, to } = rnd.pick(options);
  return negative(item, 'antonym', splice(item.question, w.start, w.end, to));
}

// ---------------------------------------------------------------------------------------------
// 4. Negation (9%): inserted where people put it, or taken out.

/** Nouns that frame what is asked ("the name of", "what type of"): "What is not the name of X" is no question. */
const FRAME_NOUNS = new Set([
  'name', 'names', 'term', 'word', 'title', 'type', 'kind', 'sort', 'form', 'number', 'percentage', 'percent', 'amount', 'size', 'population',
  'year', 'years', 'date', 'time', 'day', 'month', 'century', 'decade', 'age', 'period', 'part', 'way', 'example', 'thing', 'something',
  'reason', 'purpose', 'method', 'cost', 'price', 'value', 'rate', 'total', 'length', 'height', 'area', 'distance', 'nickname', 'meaning',
  'one', 'ones', 'someone', 'people', 'person', 'place', 'location', 'role', 'status', 'class', 'category', 'group', 'member', 'members',
  'lot', 'majority', 'half', 'rest', 'side', 'end', 'top', 'front', 'beginning', 'start', 'level',
  // Nouns of fixed phrases: "as a result", "in fact", "in order to", "in addition", "take place", "the lead single".
  'color', 'colour', 'result', 'fact', 'order', 'case', 'addition', 'lead', 'course', 'regard', 'respect', 'behalf', 'spite', 'favor', 'favour', 'terms', 'general',
]);
/** Past forms of irregular verbs ("found", "left", "led"): wink sometimes tags them nouns. */
const IRREGULAR_FORMS = new Set(IRREGULAR.flatMap(([b, p, pp]) => (p === b ? [pp] : [p, pp])).filter((f) => !['set', 'cut', 'hit', 'put', 'cost'].includes(f)));
const WH_SUBJECTS = new Set(['what', 'which', 'who', 'whom', 'whose']);
/** Questions about a time or place ("When did X not …") read as nonsense with a negation. */
const NO_NEGATION_CUES = new Set(['when', 'where', 'why', 'year', 'years', 'date', 'century', 'decade', 'month', 'day', 'time', 'long', 'often', 'old']);
const MODALS: ReadonlyMap<string, string> = new Map([['can', 'cannot'], ['could', 'could not'], ['will', 'will not'], ['would', 'would not'], ['should', 'should not'], ['must', 'must not'], ['may', 'may not'], ['might', 'might not']]);
const CONTRACTED: ReadonlyMap<string, string> = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall']]);
/** Words that may stand in the wh-phrase before the verb ("Which of the three albums", "What percentage of the buildings"). */
const PHRASE_POS = new Set(['DET', 'NOUN', 'ADJ', 'ADP', 'PROPN', 'NUM', 'PART', 'PRON', 'CCONJ', 'ADV']);

/**
 * The do-form that carries a negation for a finite verb ("founded" → "did", "helps" → "does"), or
 * undefined for a form that is not finite ("known" in "what well known secretary declared").
 */
function doFormOf(w: Word): string | undefined {
  if (!/^[a-z]+$/.test(w.lemma) || w.lower.endsWith('ing')) return undefined;
  // "beat", "put", "set": a past that looks like the base; after a wh-phrase or a name it is the past.
  if (w.lower === w.lemma) return PAST.get(w.lemma) === w.lemma ? 'did' : 'do';
  if (w.lower === thirdOf(w.lemma)) return 'does';
  return w.lower === pastOf(w.lemma) ? 'did' : undefined;
}

/** Takes a negation out: "did not join" → "joined" when the wh-word is the subject, else just drops it. */
function removeNegation(q: string, ws: readonly Word[], k: number): string | undefined {
  const w = ws[k]!;
  const prev = ws[k - 1];
  const next = ws[k + 1];
  if (w.start < 0) return undefined;
  let start = w.start;
  let end = w.end;
  let text = '';
  if (w.lower === "n't" || (prev && prev.end === w.start && w.lower === 'not')) {
    // "didn't" / "cannot": the auxiliary keeps its full form.
    if (!prev || prev.start < 0) return undefined;
    start = prev.start;
    text = CONTRACTED.get(prev.lower) ?? prev.text;
  } else {
    // Drop the word and the space before it.
    while (start > 0 && q[start - 1] === ' ') start--;
  }
  // "Who did not join the EU?" → "Who joined the EU?": the do-form only stays where a subject follows it.
  if (prev && prev.lemma === 'do' && prev.pos === 'AUX' && next && next.pos === 'VERB' && next.lower === next.lemma && next.start >= 0) {
    const before = ws.slice(0, k - 1);
    if (before.length > 0 && WH_SUBJECTS.has(before[0]!.lower) && before.every((b) => PHRASE_POS.has(b.pos) || WH_SUBJECTS.has(b.lower))) {
      const form = prev.lower === 'did' ? pastOf(next.lemma) : prev.lower === 'does' ? thirdOf(next.lemma) : next.lemma;
      return q.slice(0, prev.start) + form + q.slice(next.end);
    }
  }
  return q.slice(0, start) + text + q.slice(end);
}

/** The index of the first word after `from` that is a verb (or, failing that, a base form right after a name or pronoun). */
function mainVerbAfter(ws: readonly Word[], from: number): number {
  for (let j = from + 1; j < ws.length; j++) if (ws[j]!.pos === 'VERB' || (ws[j]!.pos === 'AUX' && j > from + 1)) return j;
  // wink tags "release" in "What did Beyoncé release" a noun: after a name or pronoun, a bare lower-case word is the verb.
  for (let j = from + 2; j < ws.length; j++) {
    const w = ws[j]!;
    if ((w.pos === 'NOUN' || w.pos === 'ADJ') && /^[a-z]+$/.test(w.text) && w.lower === w.lemma && ['PROPN', 'PRON'].includes(ws[j - 1]!.pos)) return j;
  }
  return -1;
}

function insertAt(q: string, at: number, word: string): string {
  return `${q.slice(0, at)}${word} ${q.slice(at)}`;
}

/** Where "not" goes before word j: before an adverb that stands in front of it ("is not commonly used"). */
function beforeAdverbs(ws: readonly Word[], j: number, floor: number): number {
  let k = j;
  while (k - 1 > floor && ws[k - 1]!.pos === 'ADV' && ws[k - 1]!.start >= 0 && !['how', 'when', 'where', 'why'].includes(ws[k - 1]!.lower)) k--;
  return ws[k]!.start;
}

/** Whether a verb form is a past participle ("built", "named", "taken"), not a past tense that differs ("gave"). */
function participle(w: Word): boolean {
  return w.lower === participleOf(w.lemma) || (w.lower.endsWith('ed') && !PAST.has(w.lemma)) || /en$/.test(w.lower) && w.lower !== w.lemma;
}

/** Where and how to negate a question that has no negation yet; undefined when no natural spot exists. */
function insertNegation(q: string, ws: readonly Word[], rnd: Random): string | undefined {
  const first = ws[0];
  // Yes/no questions ("Is X not …?") read as another question type; "There are how many …" has no verb to negate.
  if (!first || first.pos === 'AUX' || first.lower === 'there') return undefined;
  if (ws.some((w) => NO_NEGATION_CUES.has(w.lower))) return undefined;
  const how = ws.findIndex((w) => w.lower === 'how');
  if (how >= 0 && !['many', 'much'].includes(ws[how + 1]?.lower ?? '')) return undefined;
  if (!ws.some((w) => WH_SUBJECTS.has(w.lower)) && how < 0) return undefined;
  const i = ws.findIndex((w, k) => k > 0 && (w.pos === 'AUX' || w.pos === 'VERB'));
  if (i < 0 || ws[i]!.start < 0) return undefined;
  const v = ws[i]!;
  // The words before the verb are the wh-phrase (or a plain subject): then it is the subject of the verb.
  const subjectFirst = ws.slice(0, i).every((w) => PHRASE_POS.has(w.pos) || WH_SUBJECTS.has(w.lower) || w.lower === 'how');
  if (v.pos === 'VERB') {
    // A later auxiliary means this verb sits in a relative clause ("Spanish songs Beyonce released were for what?").
    const laterAux = ws.slice(i + 1).some((w) => w.pos === 'AUX' && ['be', 'have'].includes(w.lemma));
    if (!subjectFirst || ws[i + 1]?.text === '-' || laterAux || first.lower === 'there') return undefined;
    const aux = doFormOf(v);
    if (!aux) return undefined;
    const at = beforeAdverbs(ws, i, 0);
    // "Who never founded …" is as natural as "Who did not found …" for a past verb.
    if (aux === 'did' && rnd.chance(0.25)) return insertAt(q, at, 'never');
    return q.slice(0, at) + `${aux} not ` + q.slice(at, v.start) + v.lemma + q.slice(v.end);
  }
  // Between an auxiliary and its verb only a plain subject may stand ("has *she* won"), never a
  // prepositional phrase ("was successful in establishing": that verb is no main verb).
  const plainSubject = (j: number): boolean => j > i + 1 && ws.slice(i + 1, j).every((w) => ['DET', 'PROPN', 'PRON', 'NOUN', 'NUM', 'PART', 'ADJ', 'CCONJ', 'ADV'].includes(w.pos) && w.text !== '-');
  const whBefore = (k: number): boolean => ws.slice(0, k).some((w) => WH_SUBJECTS.has(w.lower) || w.lower === 'how');
  if (v.lemma === 'do') {
    const j = mainVerbAfter(ws, i);
    if (j < 0 || ws[j]!.start < 0 || !plainSubject(j) || ws[j + 1]?.text === '-' || !whBefore(i)) return undefined;
    return insertAt(q, beforeAdverbs(ws, j, i + 1), v.lower === 'did' && rnd.chance(0.2) ? 'never' : 'not');
  }
  const next = ws[i + 1];
  if (!next || next.start < 0) return undefined;
  const modal = MODALS.get(v.lower);
  const afterAux = (): string => (modal ? q.slice(0, v.start) + (/^\p{Lu}/u.test(v.text) ? modal[0]!.toUpperCase() + modal.slice(1) : modal) + q.slice(v.end) : insertAt(q, next.start, 'not'));
  if (subjectFirst) {
    // "What was not built …", "Who has not been elected …", "What is not in front of …"
    if (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADP' || next.pos === 'ADV') return afterAux();
    // "What was the college named after?" → "What was the college not named after?"; only when the
    // participle closes the question (with at most a preposition), else it is a reduced relative
    // ("What is the language spoken in Montana?") and "not" there says something else.
    const j = ws.findIndex((w, k) => k > i + 1 && w.pos === 'VERB');
    const closes = j > 0 && ws.slice(j + 1).every((w) => ['ADP', 'PART', 'PUNCT'].includes(w.pos)) && ws.slice(j + 1).filter((w) => w.pos !== 'PUNCT').length <= 1;
    if (j > 0 && closes && ws[j]!.start >= 0 && plainSubject(j) && participle(ws[j]!) && !ws.slice(i + 1, j).some((w) => FRAME_NOUNS.has(w.lower))) {
      return insertAt(q, beforeAdverbs(ws, j, i + 1), 'not');
    }
    // Plain copula, only after "who"/"which": "Who was the first president of X?" → "Who was not the
    // first president of X?". After "what" the wh-word is the complement ("What color was not the
    // metal", "What was not Apple's revenue"), and a framing noun or a figure makes no question.
    const complement = ws.slice(i + 1, i + 5);
    const opener = ['who', 'which'].includes(first.lower) || (first.lower === 'which' && ws[1]?.pos === 'NOUN');
    if (j < 0 && opener && (next.pos === 'DET' || next.pos === 'ADJ') && complement.some((w) => w.pos === 'NOUN')
      && !complement.some((w) => FRAME_NOUNS.has(w.lower) || w.pos === 'NUM' || w.lower === "'s")) return afterAux();
    return undefined;
  }
  // Subject after the auxiliary: "How many Grammys has she won?" → "… has she not won?"; only in a
  // real inversion, the wh-phrase before the auxiliary ("Beyonce has a line known as what?" has none).
  const j = mainVerbAfter(ws, i);
  if (j < 0 || ws[j]!.start < 0 || !plainSubject(j) || ws[j + 1]?.text === '-' || !whBefore(i)) return undefined;
  return insertAt(q, beforeAdverbs(ws, j, i + 1), 'not');
}

/**
 * Puts a negation where people write one: after a wh-subject's auxiliary ("What was not built …",
 * "Who has not been elected …"), before the main verb after a do-form or a subject ("What did
 * Beyoncé not release …", "How many Grammys has she not won?"), or as "did not" / "never" for a
 * finite verb ("Who did not found …", "Who never founded …"). A question that already holds a
 * negation loses it instead ("Who did not join …" → "Who joined …"). Questions about a time, a
 * place or a reason ("When did X not …") and yes/no questions are left alone: undefined.
 */
export function negate(item: Item, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const k = ws.findIndex((w) => w.lower === 'not' || w.lower === "n't" || w.lower === 'never');
  const question = k >= 0 ? removeNegation(item.question, ws, k) : insertNegation(item.question, ws, rnd);
  return question === undefined ? undefined : negative(item, 'negation', question.replace(/\s{2,}/g, ' '));
}

// ---------------------------------------------------------------------------------------------
// 5. Another noun of the paragraph (neutral changes, 24%, and mutual exclusion, 15%).

interface NounUse {
  text: string;
  lemma: string;
  plural: boolean;
  sense: string;
}

const nounCache = new WeakMap<Corpus, Map<number, NounUse[]>>();

/** Tags that stand before a noun used as a noun ("the *band*", "her *tour*", "two *cities*", "of *music*"). */
const NOUN_LEFT = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PRON', 'PART']);

/**
 * Whether token i is a plain common noun: tagged so, in a noun's place (wink tags verbs after a
 * name as nouns: "Beyoncé *work* with", "Josef Kolmaš *states*"), no gerund, and not half of a
 * compound ("task *force*", "*music* video"), where another noun seldom fits.
 */
function plainNoun(tokens: readonly { text: string; lower: string; pos: string }[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !/^[a-z]{3,}$/.test(t.text) || t.lower.endsWith('ing') || IRREGULAR_FORMS.has(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // After "to" it is a verb more often than not ("to beat"); a particle before a noun is only the possessive "'s".
  if (!prev || !NOUN_LEFT.has(prev.pos) || prev.text === '-' || next?.text === '-' || prev.lower === 'to') return false;
  if (prev.pos === 'PART' && prev.lower !== "'s" && prev.lower !== '’s') return false;
  // "in exchange of", "on behalf of", "in charge of": a bare noun between two prepositions is a fixed phrase.
  if (prev.pos === 'ADP' && next?.lower === 'of') return false;
  return next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && !(next?.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN');
}

/** The common nouns of an article's sentences, one per (lemma, number), with their WordNet class. */
function nounsOf(sentences: readonly Sentence[]): NounUse[] {
  const seen = new Map<string, NounUse>();
  for (const s of sentences) {
    for (const [i, t] of s.tokens.entries()) {
      if (!plainNoun(s.tokens, i) || FRAME_NOUNS.has(t.lemma)) continue;
      const plural = t.lower !== t.lemma;
      const key = `${t.lemma}:${plural}`;
      if (seen.has(key)) continue;
      const sense = wordClasses(t.lemma, 'noun')[0];
      if (sense) seen.set(key, { text: t.lower, lemma: t.lemma, plural, sense });
    }
  }
  return [...seen.values()];
}

function articleNouns(corpus: Corpus): NounUse[] {
  let map = nounCache.get(corpus);
  if (!map) nounCache.set(corpus, (map = new Map()));
  let all = map.get(-1);
  if (!all) map.set(-1, (all = nounsOf(corpus.sentences.filter((s) => s.article === 0))));
  return all;
}

/**
 * Replaces one content noun of the question by another noun of the gold paragraph (the article
 * when the paragraph has none that fits) of the same WordNet class and number: "How many
 * *students* attend …" → "How many *teachers* attend …". Same class keeps the question plausible
 * and on topic; it is also how SQuAD 2.0's mutual-exclusion questions are made (a sibling that
 * excludes the original). The new noun is not in the question, not a synonym or form of the old
 * one and not in a gold answer. Framing nouns ("type", "name", "year") are never touched.
 * Undefined when no noun of the question has such a partner.
 */
export function swapNounNear(item: Item, corpus: Corpus, rnd: Random, tokens?: readonly QuestionToken[]): Item | undefined {
  const ws = wordsIn(item.question, tokens);
  const names = nameRuns(ws, item.question);
  const lemmas = new Set(ws.flatMap((w) => [w.lemma, w.lower]));
  const gold = goldSentences(item, corpus);
  const near = nounsOf(gold);
  const options = ws.flatMap((w, i) => {
    if (w.start < 0 || !plainNoun(ws, i) || FRAME_NOUNS.has(w.lemma) || FRAME_NOUNS.has(w.lower)) return [];
    if (names.some((n) => w.start < n.end && n.start < w.end) || touchesAnswer(item, w.text)) return [];
    const sense = wordClasses(w.lemma, 'noun')[0];
    if (!sense) return [];
    const plural = w.lower !== w.lemma;
    const fit = (pool: readonly NounUse[]): NounUse[] => pool.filter((n) =>
      n.plural === plural && n.sense === sense && !lemmas.has(n.lemma) && !lemmas.has(n.text)
      && n.lemma.slice(0, 4) !== w.lemma.slice(0, 4) && !areSynonyms(n.lemma, w.lemma, 'noun') && !touchesAnswer(item, n.text));
    const close = fit(near);
    const choices = close.length > 0 ? close : fit(articleNouns(corpus));
    return choices.length > 0 ? [{ w, choices }] : [];
  });
  if (options.length === 0) return undefined;
  const { w, choices } = rnd.pick(options);
  const question = firstHonest(rnd, choices, (n) => ({ question: splice(item.question, w.start, w.end, n.text), inserted: n.text }), gold);
  return question === undefined ? undefined : negative(item, 'noun', question);
}

// ---------------------------------------------------------------------------------------------
// The mix.

/** The kinds `negativesOf` makes, by the id suffix each gives. */
export type NegativeKind = 'name2' | 'number' | 'antonym' | 'negation' | 'noun';

/**
 * SQuAD 2.0's shares of unanswerable questions (table 3) for the kinds made here: entity swap 21%,
 * antonym 20%, negation 9%, impossible condition 4%, and 39% for the neutral and mutual-exclusion
 * changes together (both come out of the noun swap). The other 7% ("other") have no generator.
 */
export const SQUAD2_SHARES: Readonly<Record<NegativeKind, number>> = Object.freeze({ name2: 0.21, antonym: 0.2, negation: 0.09, number: 0.04, noun: 0.39 });

/**
 * How often each generator applies to a SQuAD v1.1 training question (measured on
 * squad-v1.1-train-11 with /tmp/neg-sample.mjs): trying each with probability
 * rate × share / applies makes the counts come out near the shares.
 */
export const APPLIES: Readonly<Record<NegativeKind, number>> = Object.freeze({ name2: 0.63, antonym: 0.355, negation: 0.48, number: 0.086, noun: 0.545 });

/** Made-up negatives per training question, on average, by default. */
export const NEGATIVE_RATE = 0.75;

/**
 * A mix of unanswerable questions made from one answerable one, in SQuAD 2.0's proportions over a
 * training set: each generator is tried with a probability that corrects for how often it applies.
 * `tokens` is the question's analysis (wink tokens), passed in so the question is analysed once.
 * The foreign-article and moved-year negatives are not in the mix; the caller adds those.
 * Deterministic given the Random.
 */
export function negativesOf(item: Item, corpus: Corpus, rnd: Random, tokens: readonly QuestionToken[], rate = NEGATIVE_RATE): Item[] {
  const make: Record<NegativeKind, () => Item | undefined> = {
    name2: () => swapNameNear(item, corpus, rnd),
    number: () => swapNumber(item, corpus, rnd, tokens),
    antonym: () => antonymSwap(item, rnd, tokens),
    negation: () => negate(item, rnd, tokens),
    noun: () => swapNounNear(item, corpus, rnd, tokens),
  };
  const out: Item[] = [];
  for (const kind of Object.keys(SQUAD2_SHARES) as NegativeKind[]) {
    if (!rnd.chance(Math.min(1, (rate * SQUAD2_SHARES[kind]) / APPLIES[kind]))) continue;
    const made = make[kind]();
    if (made) out.push(made);
  }
  return out;
}
