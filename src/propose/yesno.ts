import type { Corpus, Sentence } from '../article/model.js';
import type { Token } from '../nlp/wink.js';
import type { Question } from '../question/analyse.js';
import { TITLE_WORDS } from '../nlp/tables.js';
import { retrieve, type Scored } from '../retrieve/retrieve.js';
import { coverageProblem } from '../judge/abstain.js';
import { describeEntity } from '../shortcuts/describe.js';
import { PRIORS } from '../params.js';
import { askedWords, nameGroups, nameHeld, peopleOf, type Asked, type NameGroup } from './asked.js';
import { matchWord, related, verbOfObject } from './match.js';
import { byAnother, contradicts, rankOf, readPassage, type Found } from './verdict.js';
import { textOf } from './span.js';

/**
 * Yes/no questions ("Did the government send money?", "is lavrov the foreign minister"): the
 * passage that states what is asked decides, by whether it asserts or denies it (verdict.ts: a
 * negation, a refusal verb, an opposite, a claim called untrue, another rank). A passage that
 * leaves the act open ("could", "tried to", "whether") does not decide; when no passage states
 * it, the article does not say, and the reply names the nearest passage.
 */

/** A verdict, with its passage and the words that decide it ("failed to secure a majority"), or why the article does not say. */
export type YesNo =
  | { verdict: 'yes' | 'no'; sentence: Sentence; confidence: number; quote?: string }
  | { verdict: 'unknown'; reason: string };

/** Most question words the passage may lack and still decide (a paraphrase, a general word). */
const MAX_MISSING_SHARE = 0.34;
/** Passages within this share of the best score are weighed too: the best-scored may not decide. */
const CLOSE = 0.5;
/** Negations that make the question's proposition negative ("not" and "n't" lean on its auxiliary instead). */
const QUESTION_NEGATIONS: ReadonlySet<string> = new Set(['without', 'never', 'no', 'nothing', 'none', 'nobody', 'neither']);
/** A sequel's score, as a share of the passage it follows. */
const SEQUEL = 0.9;
/** Passages retrieved to weigh. */
const WEIGHED = 8;
/** A name found only by context or setting counts as this much of a missing word. */
const WEAK_NAME = 0.5;
/** A word found as a synonym or derivation, not as itself, counts as this much of a missing word in ranking. */
const LOOSE = 0.25;
/** A word found only in the sentence before counts as this much of a missing word. */
const WEAK_WORD = 0.5;

/** "Is Lavrov the foreign minister?": what the article calls the person decides. */
function roleVerdict(corpus: Corpus, q: Question, words: readonly Token[]): YesNo | undefined {
  if (q.tokens[0]?.lemma !== 'be' || q.entities.size !== 1) return undefined;
  const titles = words.filter((t) => TITLE_WORDS.has(t.lower));
  if (titles.length === 0) return undefined;
  const d = describeEntity(corpus, [...q.entities][0]!);
  if (!d) return undefined;
  const described = new Set(d.text.toLowerCase().split(/[^\p{L}]+/u));
  const all = words.every((t) => described.has(t.lower) || described.has(t.lemma));
  const otherTitle = [...described].some((w) => TITLE_WORDS.has(w) && !titles.some((t) => t.lower === w));
  if (all) return { verdict: 'yes', sentence: d.sentence, confidence: PRIORS.yesNo };
  if (otherTitle) return { verdict: 'no', sentence: d.sentence, confidence: PRIORS.yesNoOtherTitle };
  return undefined;
}

/** "The article doesn't say", naming the sentence that comes nearest. */
function undecided(s: Sentence): YesNo {
  const shown = s.text.length > 160 ? `${s.text.slice(0, 157).replace(/\s+\S*$/, '')} …` : s.text;
  return { verdict: 'unknown', reason: `it does not say yes or no; the nearest it comes is paragraph ${s.paragraph}: "${shown}"` };
}

/** The quote a verdict shows: the deciding words, without edge punctuation. */
function quoteOf(s: Sentence, [from, to]: [number, number]): string {
  while (to > from && /^[,;:.—–"“”')(]$/.test(s.tokens[to - 1]!.text)) to--;
  while (from < to && /^[,;:.—–"“”'(]$/.test(s.tokens[from]!.text)) from++;
  return textOf(s, from, to);
}

/**
 * The retrieved passages, each followed by the next sentence of its paragraph, which often
 * carries on from it in other words ("A fire broke out at the depot. No injuries were reported."),
 * ranked just below it.
 */
function withSequels(corpus: Corpus, ranked: readonly Scored[]): Scored[] {
  const seen = new Set(ranked.map((r) => r.sentence.id));
  const out: Scored[] = [];
  for (const r of ranked) {
    out.push(r);
    const next = corpus.sentences[r.sentence.id + 1];
    if (!next || seen.has(next.id) || next.article !== r.sentence.article || next.paragraph !== r.sentence.paragraph) continue;
    seen.add(next.id);
    out.push({ sentence: next, score: r.score * SEQUEL, coverage: 0, matched: [] });
  }
  return out;
}

/**
 * "use sonar to raise the wreck" against "used sonar to locate the wreck": where the question
 * has a verb after "to", the passage has another verb after the same words. Another act, though
 * the question's verb is one the article never uses.
 */
function swappedAct(q: Question, s: Sentence, found: readonly Found[], m: Found): boolean {
  const i = q.tokens.indexOf(m.word);
  if (m.word.pos !== 'VERB' || i < 2 || q.tokens[i - 1]!.lower !== 'to') return false;
  const anchor = found.find((f) => f.word === q.tokens[i - 2]);
  if (!anchor || anchor.at < 0) return false;
  const next = s.tokens[anchor.at + 2];
  return s.tokens[anchor.at + 1]?.lower === 'to' && next?.pos === 'VERB' && !related(m.word.lemma, next.lemma);
}

/** One passage weighed: what it lacks, how it reads. */
interface Weighed {
  s: Sentence;
  /** Question words it lacks (a word of the sentence before counts half). */
  missing: number;
  /** Question words it could have held: those it holds, and those the article uses. */
  weighed: number;
  /** What ranks passages: what it lacks, its names found only by context, a missing act, loose matches. */
  cost: number;
  score: number;
  flips: number;
  decisive: [number, number];
  weakNames: number;
}

/** What the question brings to every passage. */
interface Asking {
  q: Question;
  asked: readonly Asked[];
  groups: readonly NameGroup[];
}

/**
 * Weighs one passage, or says why it cannot decide: 'absent' (a name or the act asked about is
 * not there), 'open' (it leaves the act open: "could have", "efforts to", "whether").
 */
function weigh(corpus: Corpus, { q, asked, groups }: Asking, r: Scored): Weighed | 'absent' | 'open' {
  const s = r.sentence;
  // Every name the question asks about must be in the passage (by name, pronoun or role), or
  // be what it speaks of without naming anyone else: "Did Lavrov meet Putin?" is not answered
  // by a sentence where Clinton meets Medvedev, in a paragraph that names Putin apart.
  const held = groups.filter((g) => !g.context).map((g) => nameHeld(corpus, s, g, q.entities));
  if (held.some((h) => h === undefined)) return 'absent';
  // Where the passage names the question's subject (its first name): a word the passage has
  // twice is read there. (Its names, or else its pronouns: a pronoun's reading is less sure.)
  const subject = new Set(groups[0]?.keys ?? []);
  const byName = s.mentions.filter((m) => subject.has(m.key)).map((m) => m.nameStart);
  const near = byName.length > 0 ? byName : [...s.corefs].filter(([, k]) => subject.has(k)).map(([i]) => i);
  const found = asked.map((a) => matchWord(a, s, near));
  // "give a speech" asked, "deliver a speech" written: a light verb is found as the verb that takes its object.
  found.forEach((m, i) => {
    if (m.at >= 0 || !asked[i]!.light) return;
    const object = found.find((f, k) => k > i && f.at >= 0 && !asked[k]!.context && ['NOUN', 'PROPN'].includes(f.word.pos));
    const verb = object ? verbOfObject(s, object.at) : -1;
    if (verb >= 0) [m.at, m.loose] = [verb, true];
  });
  // "first ever Super Bowl win" against "third Super Bowl victory": the ranked phrase is found
  // whole, though its head is another word.
  const rank = rankOf(q, s, found);
  if (rank) for (const m of found) if (m.at < 0 && rank.asked.has(m.word.lemma)) m.at = rank.span[0];
  const lacking = found.filter((m, i) => m.at < 0 && !asked[i]!.context);
  // The act asked about, which the article uses elsewhere but this passage lacks (nor its
  // opposite, synonym or derivation): the passage does not assert or deny it, whatever else it
  // shares with the question. (A verb the article never uses is likely paraphrase.)
  if (lacking.some((m) => m.predicate && !q.paraphrase.has(m.word.lemma))) return 'absent';
  if (lacking.some((m) => swappedAct(q, s, found, m))) return 'absent';
  // (An obligation's agent, "required by law", is who imposes it, not who is asked about.)
  if (found.some((m, i) => !asked[i]!.context && !asked[i]!.obligation && m.at >= 0 && s.tokens[m.at]!.pos === 'VERB' && byAnother(q, s, m.at, m.word))) return 'absent';
  // A word the article never uses is paraphrase ("ask" for "make requests"): when neither it nor
  // its opposite is there, the other words decide. A word the sentence before has is context
  // ("A fire broke out … No injuries were reported"): half missing.
  const before = corpus.sentences[s.id - 1];
  // Only a thing is carried over so (the fire, the attack), never the act asked about.
  const inContext = (m: Found): boolean => {
    if (!before || before.paragraph !== s.paragraph || before.article !== s.article || m.predicate || !['NOUN', 'PROPN', 'NUM'].includes(m.word.pos)) return false;
    const k = matchWord({ token: m.word, context: false, predicate: false }, before).at;
    return k >= 0 && before.tokens[k]!.pos !== 'VERB';
  };
  const missing = lacking.filter((m) => !q.paraphrase.has(m.word.lemma)).reduce((n, m) => n + (inContext(m) ? WEAK_WORD : 1), 0);
  const weighed = found.filter((m, i) => !asked[i]!.context && (m.at >= 0 || !q.paraphrase.has(m.word.lemma))).length;
  // "Was Putin in China?" asks no word but the names: where the passage names them stands for the words.
  const there = found.some((m) => m.at >= 0);
  // A place named by its people ("The New Zealanders") stands there too, and the quote shows it.
  const people = [...q.entities].map((k) => peopleOf(corpus, s, k)).filter((i) => i >= 0);
  const nameAt = [...(there ? [] : s.mentions.filter((m) => q.entities.has(m.key)).map((m) => m.nameStart)), ...people];
  const names = nameAt.map((at) => ({ word: s.tokens[at]!, at, opposite: false, predicate: false }));
  if (!there && names.length === 0) return 'absent';
  const reading = readPassage(q, s, [...found, ...names]);
  if (reading.hedge) return 'open';
  const weakNames = held.filter((h) => h !== 'sentence').length;
  // A passage without the act asked about, though that is paraphrase, ranks below one that has it.
  const actMissing = lacking.some((m) => m.predicate) ? 1 : 0;
  const cost = missing + actMissing + WEAK_NAME * weakNames + LOOSE * found.filter((m) => m.loose).length;
  return { s, missing, weighed, cost, score: r.score, flips: reading.flips, decisive: reading.decisive, weakNames };
}

/**
 * Decides a yes/no question, or returns undefined when it is not one this module decides
 * ("Is it A or B?" asks for one of two things: the ordinary answer path takes it).
 */
export function decideYesNo(corpus: Corpus, q: Question): YesNo | undefined {
  if (q.type !== 'yesno' || q.tokens.some((t) => t.lower === 'or')) return undefined;
  const asked = askedWords(q, corpus);
  const role = roleVerdict(corpus, q, asked.filter((a) => !a.context).map((a) => a.token));
  if (role) return role;
  const ranked = retrieve(q, corpus, WEIGHED);
  const notEnough = coverageProblem(q, corpus, ranked[0]);
  if (notEnough) return { verdict: 'unknown', reason: notEnough };
  const top = ranked[0]!;
  const asking: Asking = { q, asked, groups: nameGroups(q, corpus) };
  let best: Weighed | undefined;
  let nearest: Sentence | undefined;
  for (const r of withSequels(corpus, ranked.filter((x) => x.score >= top.score * CLOSE))) {
    const w = weigh(corpus, asking, r);
    if (typeof w === 'string') {
      nearest ??= r.sentence;
      continue;
    }
    if (!best || w.cost < best.cost || (w.cost === best.cost && w.score > best.score)) best = w;
  }
  if (!best && nearest) return undecided(nearest);
  if (!best) return { verdict: 'unknown', reason: 'no passage connects the names the question asks about' };
  if (best.weighed > 0 && best.missing / best.weighed > MAX_MISSING_SHARE) return undecided(best.s);
  // The question's own negation, past its opening ("Can malaria spread without gametocytes?",
  // "Was no one hurt?"), asks a negative proposition: the passage's flips count against it.
  // ("Didn't Russia back …?" asks the positive one, as people answer it; "no-fly" is a word.)
  const asksNegative = q.tokens.filter((t, i) => i > 0 && QUESTION_NEGATIONS.has(t.lower) && q.tokens[i + 1]?.text !== '-').length;
  const verdict = (best.flips + asksNegative) % 2 === 1 ? 'no' : 'yes';
  const [from, to] = best.decisive;
  // A "yes" over words that deny ("won the most votes but failed to secure a majority"): the
  // reading missed what the quote shows, so the passage is not taken to decide.
  if (best.flips === 0 && contradicts(q, verdict, best.s.tokens.slice(from, to))) return undecided(best.s);
  const confidence = Math.max(PRIORS.yesNoFloor, PRIORS.yesNo - PRIORS.yesNoPerMissing * (best.missing + WEAK_NAME * best.weakNames));
  return { verdict, sentence: best.s, confidence, quote: quoteOf(best.s, best.decisive) };
}
