import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import type { Token } from '../nlp/wink.js';
import { NEGATIONS, PLACE_PREPOSITIONS, REASON_MARKERS } from '../nlp/tables.js';
import { afterFinalVerb, typedCandidates, type Candidate } from './candidates.js';
import { anchorWeights, type Idf } from './anchors.js';
import { boundaries, CLOSE_Q, isSubstantive, isWord, OPEN_Q, textOf, trim, trimPunctuation } from './span.js';
import { SPAN } from './weights.js';
import { REPORTING_VERBS } from '../nlp/tables.js';
import { tokenTerms } from '../nlp/terms.js';

const LIST_OPENERS = new Set(['including', 'such', 'like', 'namely', ':']);

/** How far before a yes/no answer's first matched word a negation still belongs to it ("did not make"). */
const YESNO_NEGATION_REACH = 3;

/** Maximal runs of unmatched tokens. */
function gaps(weights: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < weights.length; ) {
    if (weights[i]! > 0) { i++; continue; }
    let j = i;
    while (j < weights.length && !(weights[j]! > 0)) j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/**
 * Scores a gap: anchored on heavy question words on either side, fitting the question's shape
 * (subject questions want the words before the first match; why-questions a reason after the
 * last), not too long.
 */
function gapScore(s: Sentence, g: { start: number; end: number }, w: readonly number[], q: Question, maxW: number): number {
  const inner = s.tokens.slice(g.start, g.end);
  const words = inner.filter(isSubstantive).length;
  if (words === 0) return -Infinity;
  const left = g.start > 0 ? w[g.start - 1]! / maxW : 0;
  const right = g.end < w.length ? w[g.end]! / maxW : 0;
  let score = left + right;
  // "the next [major] step": a lone modifier inside the question's own phrase is no answer.
  if (left > 0 && right > 0 && inner.length <= 2 && inner.every((t) => t.pos === 'ADJ' || t.pos === 'ADV')) score -= SPAN.innerModifierPenalty;
  const firstMatch = w.findIndex((x) => x > 0);
  const lastMatch = w.length - 1 - [...w].reverse().findIndex((x) => x > 0);
  const before = s.tokens[g.end];
  if ((q.subjectQuestion || q.copular) && g.end === firstMatch) score += SPAN.subjectBonus;
  if (q.copular && g.end === firstMatch && before && s.tokens[g.end - 1]?.lemma === 'be') score += SPAN.subjectBonus;
  if (!q.subjectQuestion && left > 0) score += SPAN.followBonus;
  if (!q.subjectQuestion && g.start > 0 && afterFinalVerb(s, g.start, q)) score += SPAN.subjectBonus;
  const firstWord = inner.find(isWord);
  if (q.type === 'reason') {
    if (firstWord && REASON_MARKERS.has(firstWord.lower)) score += 1;
    if (inner.some((t) => t.lower === 'because')) score += 1.5;
    if (g.start > lastMatch) score += 1;
  }
  if (q.type === 'place' && firstWord && PLACE_PREPOSITIONS.has(firstWord.lower)) score += 1;
  if (q.type === 'quote' && s.quote && g.start <= s.quote[0] && g.end >= s.quote[1]) score += 2;
  score -= Math.max(0, words - SPAN.comfortableWords) * SPAN.lengthPenalty;
  return score;
}

function maxAnchor(w: readonly number[]): number {
  return Math.max(0, ...w);
}


/** Picks the typed candidate closest to the heavy question words; joins a list for plural focus. */
function bestCandidate(s: Sentence, cands: readonly Candidate[], w: readonly number[], plural: boolean, q: Question): Candidate {
  let best = cands[0]!;
  let bestScore = -Infinity;
  // Places and times usually follow the event they locate ("allow inspectors to visit … near Qum").
  const follows = q.type === 'place' || q.type === 'time';
  for (const c of cands) {
    let sc = 0;
    w.forEach((x, i) => {
      if (!(x > 0)) return;
      const after = i >= c.end;
      sc += (x * (follows && after ? SPAN.precedingAnchor : 1)) / (1 + (i < c.start ? c.start - i : after ? i - c.end + 1 : 0));
    });
    if (!q.subjectQuestion && afterFinalVerb(s, c.start, q)) sc += maxAnchor(w);
    if (sc > bestScore) { best = c; bestScore = sc; }
  }
  if (!plural) return best;
  // "Which countries …?": the longest enumeration of candidates wins over the nearest one.
  let bestList = listAround(s, cands, best);
  for (const c of cands) {
    const list = listAround(s, cands, c);
    if (list.members > bestList.members) bestList = list;
  }
  return bestList;
}

/** The enumeration ("A, B, C and D") of candidates that `c` belongs to. */
function listAround(s: Sentence, cands: readonly Candidate[], c: Candidate): Candidate & { members: number } {
  let { start, end } = c;
  let members = 1;
  const joins = (a: number, b: number): boolean => s.tokens.slice(a, b).every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.lower === 'the');
  for (const x of [...cands].sort((a, b) => a.start - b.start)) if (x.start >= end && joins(end, x.start)) { end = x.end; members++; }
  for (const x of [...cands].sort((a, b) => b.start - a.start)) if (x.end <= start && joins(x.end, start)) { start = x.start; members++; }
  return { start, end, members };
}

/** "What journal …?" → the name or phrase right after the focus noun in the sentence. */
function afterFocus(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  // "What river …?" → "the Vistula River": the focus word inside a name is that name.
  const named = s.mentions.find((m) => !q.entities.has(m.key) && s.tokens.slice(m.nameStart, m.end).some((t) => t.lower === q.focus || t.lemma === q.focus));
  if (named) return [named.nameStart, named.end];
  const f = s.tokens.findIndex((t) => t.lemma === q.focus && t.pos === 'NOUN');
  if (f < 0) return undefined;
  let i = f + 1;
  while (i < s.tokens.length && (s.tokens[i]!.text === ',' || LIST_OPENERS.has(s.tokens[i]!.lower) || s.tokens[i]!.lower === 'as')) i++;
  const mention = s.mentions.find((m) => m.start === i);
  if (mention && !q.entities.has(mention.key)) return [mention.nameStart, mention.end];
  if (i > f + 1 || s.tokens[i]?.pos === 'ADP') {
    let end = i + 1;
    while (end < s.tokens.length && !(w[end]! > 0)) end++;
    const cut = boundaries(s, i + 1, end, q)[0] ?? end;
    const [a, b] = trim(s, i - (s.tokens[i]?.pos === 'ADP' ? 1 : 0), cut);
    if (b > a) return [s.tokens[f - 1] && i === f + 1 ? f : a, b];
  }
  return undefined;
}

/**
 * Extracts the short answer from the chosen sentence: a typed candidate (name, date, number)
 * for who/when/where/how-many questions, the quote for "what did X say", the clause for yes/no,
 * and otherwise the gap of unmatched words best anchored on the question's words, trimmed.
 * Undefined when a where-question's passage holds no place at all, or a why-question's no reason.
 */
export function extractAnswer(s: Sentence, q: Question, idf: Idf = () => 1): string | undefined {
  const w = anchorWeights(s, q, idf);
  const maxW = Math.max(...w, 1e-9);
  // "Who said the administration was misguided?": whoever the sentence reports as speaking.
  if (q.type === 'person' && q.asksSpeaker && s.speaker && !q.entities.has(s.speaker)) {
    const m = s.mentions.find((x) => x.key === s.speaker);
    if (m) return textOf(s, m.nameStart, m.end);
  }
  // "Who said the US would look for pressure?" → "a senior official traveling with her said …":
  // a speaker the article does not name is the phrase before the reporting verb.
  if (q.type === 'person' && q.asksSpeaker && !(s.speaker && !q.entities.has(s.speaker))) {
    const span = unnamedReporter(s, w);
    if (span) return textOf(s, span[0], span[1]);
  }
  // "Who are neighbors?" → "Russia and Iran are neighbors": the names before the copula.
  if (q.type === 'person' && q.copular) {
    const span = subjectOfCopula(s, w);
    if (span) return textOf(s, span[0], span[1]);
  }
  // "Who opposed the system?" → "… opposed by Russia"; "Who expressed surprise?" → "Analysts …
  // expressed": the agent of the question's verb, named or not.
  if (q.type === 'person' && q.subjectQuestion) {
    const agent = agentOf(s, q, w);
    if (agent) return textOf(s, agent[0], agent[1]);
  }
  const typed = typedCandidates(s, q);
  if (typed.length > 0) {
    const c = bestCandidate(s, typed, w, !!q.focusPlural, q);
    return textOf(s, c.start, c.end);
  }
  if (q.type === 'yesno') {
    const first = w.findIndex((x) => x > 0);
    const last = w.length - 1 - [...w].reverse().findIndex((x) => x > 0);
    // "had no plan to install …": a negation just before the first matched word decides the answer.
    const negation = s.tokens.slice(Math.max(0, first - YESNO_NEGATION_REACH), Math.max(first, 0)).findIndex((t) => NEGATIONS.has(t.lower));
    const from = negation >= 0 ? Math.max(0, first - YESNO_NEGATION_REACH) + negation : first;
    if (first >= 0) return textOf(s, ...trim(s, from, last + 1));
  }
  const stranded = afterStrandedPreposition(s, q, w);
  if (stranded) return textOf(s, stranded[0], stranded[1]);
  if (q.focus) {
    const span = afterFocus(s, q, w);
    if (span) return textOf(s, span[0], span[1]);
  }
  if (q.type === 'quote' && s.quote && s.speaker && q.entities.has(s.speaker) && (q.speaker === undefined || q.speaker === s.speaker)) {
    const inQuote = w.slice(s.quote[0], s.quote[1]).filter((x) => x > 0).length;
    // "What did X say (about Y)?" gets the quote; "What did X say should be done?" a part of it (below).
    if (inQuote < 2 || q.asksAbout) return textOf(s, ...trimPunctuation(s, s.quote[0], s.quote[1]));
  }
  // "What did two officials say about Medvedev?" → "he did not retreat from his support …": with
  // no quote to give, what the reporting verb after the question's words reports.
  if (q.asksReport) {
    const span = reportedContent(s, q, w);
    if (span) return textOf(s, span[0], span[1]);
  }
  // A where-question with no place name at hand takes a prepositional phrase ("over the West's
  // role in …"), which may hold a name the question used, or nothing.
  if (q.type === 'place') {
    // No known place here: a name of another kind may still be one ("Madison Square Garden").
    const names = s.mentions.filter((m) => m.kind === 'other' && !q.entities.has(m.key)).map((m) => ({ start: m.nameStart, end: m.end }));
    if (names.length > 0) {
      const c = bestCandidate(s, names, w, !!q.focusPlural, q);
      return textOf(s, c.start, c.end);
    }
    const phrase = placePhrase(s, q, w) ?? placePhrase(s, q, w, false);
    if (phrase) return phrase;
  }
  // The best-scoring gap whose span survives trimming: a gap that trims to nothing ("there was
  // a") gives way to the next, so the answer is a phrase rather than the whole sentence.
  const ranked = gaps(w).map((g) => ({ g, score: gapScore(s, g, w, q, maxW) })).filter((x) => x.score > -Infinity).sort((a, b) => b.score - a.score);
  for (const { g } of ranked) {
    const span = spanOfGap(s, g, w, q);
    if (span !== '') return span;
  }
  return s.text;
}

/** The answer a gap gives: its span cut at clause breaks and trimmed, '' when nothing is left, undefined to abstain. */
function spanOfGap(s: Sentence, g: { start: number; end: number }, w: readonly number[], q: Question): string | undefined {
  let { start, end } = g;
  // A break with nothing substantive before it (", where it would …") opens the span instead.
  // A reason that opens on its marker ("given that, just three weeks before, …") runs past the
  // commas right after the marker.
  const opener = s.tokens.slice(start, end).find(isWord);
  const least = q.type === 'reason' && opener && REASON_MARKERS.has(opener.lower) ? SPAN.reasonWords : 1;
  const cuts = boundaries(s, start + 1, end, q).filter((c) => s.tokens.slice(start, c).filter(isSubstantive).length >= least);
  const leftAnchored = start > 0 && w[start - 1]! > 0;
  // A where-question with no place phrase takes only what follows its words ("at the
  // Convention Center"), never what precedes them (a quote, a subject).
  if (q.type === 'place' && !leftAnchored) return undefined;
  // A gap read rightwards from a match ends at the first clause break; one that only leads
  // up to a match starts after the last break.
  // A quotation right after the match is the answer, whole ("looking for “specific forms …”").
  const open = s.tokens.slice(start, Math.min(end, start + 3)).findIndex((t) => OPEN_Q.test(t.text));
  if (leftAnchored && open >= 0 && s.tokens.slice(start, start + open).every((t) => t.pos === 'ADP')) {
    const close = s.tokens.findIndex((t, i) => i > start + open && CLOSE_Q.test(t.text));
    if (close > 0) return textOf(s, ...trimPunctuation(s, start + open + 1, close));
  }
  if (leftAnchored && cuts.length) end = cuts[0]!;
  else if (!leftAnchored && cuts.length) {
    // Leading up to a match, the span starts after the last clause break; a name set off by
    // commas is an apposition, not a break ("The comments by the official, A. B., clearly irritated").
    const kept = withoutAppositions(s, cuts);
    if (kept.length) start = kept[kept.length - 1]! + 1;
  }
  if (q.type === 'reason') {
    // "… campaign because of its links" → the reason itself, from its marker on.
    const marker = s.tokens.findIndex((t, i) => i >= start && i < end && (t.lower === 'because' || t.lower === 'since'));
    if (marker >= 0) start = marker;
  }
  [start, end] = trim(s, start, end);
  if (end - start > SPAN.maxTokens) end = start + SPAN.maxTokens;
  // A reason is a clause or phrase, not a name or a date ("Why did Clinton meet Lavrov?" →
  // "Medvedev later on Tuesday" is no reason): then the passage does not say why.
  if (q.type === 'reason' && !isReasonLike(s, start, end)) return undefined;
  return end > start ? textOf(s, start, end) : '';
}

/** Prepositions a question can end on ("… expose the administration to?", "… see it as?"). */
const STRANDABLE = new Set(['to', 'as', 'for', 'with', 'about', 'of', 'from', 'into', 'on', 'at', 'by', 'against', 'toward', 'towards', 'over', 'through', 'between', 'among', 'like']);

/** How close the preposition must follow a matched word ("administration to", "statement as"). */
const STRANDED_REACH = 2;

/**
 * "What might the refusal expose the administration to?" → "criticism at home": a question that
 * ends on a preposition asks for that preposition's object, so the answer is the phrase after the
 * same preposition where it follows the question's words in the passage, up to a clause break.
 */
function afterStrandedPreposition(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const words = q.tokens.filter(isWord);
  const prep = words[words.length - 1];
  // The word the preposition hangs on in the question ("administration" in "… the administration to?").
  const head = words[words.length - 2];
  if (!prep || !head || !STRANDABLE.has(prep.lower) || words.length < 4) return undefined;
  // Stems too: wink may lemmatise the question's "tilted" and the passage's differently.
  const heads = new Set(tokenTerms(head));
  const isHead = (t: Token): boolean => tokenTerms(t).some((x) => heads.has(x));
  // Best after the question's own head word; failing that, after any question word.
  for (const hangsOn of [isHead, (_t: Token, k: number) => w[k]! > 0]) {
    for (let i = 1; i < s.tokens.length - 1; i++) {
      if (s.tokens[i]!.lower !== prep.lower || w[i + 1]! > 0) continue;
      let near = false;
      for (let k = Math.max(0, i - STRANDED_REACH); k < i; k++) near ||= hangsOn(s.tokens[k]!, k);
      if (!near) continue;
      let end = i + 1;
      // The object ends at the next question word, clause break or "that"-clause ("as a sign that …").
      while (end < s.tokens.length && !(w[end]! > 0) && !(s.tokens[end]!.lower === 'that' && end > i + 2)) end++;
      const [a, b] = trim(s, i + 1, boundaries(s, i + 1, end, q)[0] ?? end);
      if (b > a) return [a, Math.min(b, a + SPAN.maxTokens)];
    }
  }
  return undefined;
}

/** Clause breaks minus the commas around a name in apposition ("the official, Alexander Vershbow, …"). */
function withoutAppositions(s: Sentence, cuts: readonly number[]): number[] {
  const skip = new Set<number>();
  for (const m of s.mentions) {
    if (s.tokens[m.start - 1]?.text === ',' && s.tokens[m.end]?.text === ',') skip.add(m.start - 1).add(m.end);
  }
  return cuts.filter((c) => !skip.has(c));
}

/** The place-preposition phrase nearest after a matched word, up to the next clause break. */
function placePhrase(s: Sentence, q: Question, w: readonly number[], named = true): string | undefined {
  const first = w.findIndex((x) => x > 0);
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  let lastMatch = first;
  for (let i = Math.max(first, 0) + 1; i < s.tokens.length; i++) {
    if (w[i - 1]! > 0) lastMatch = i - 1;
    if (!PLACE_PREPOSITIONS.has(s.tokens[i]!.lower) || w[i]! > 0) continue;
    const end = boundaries(s, i + 1, s.tokens.length, q)[0] ?? s.tokens.length;
    const [a, b] = trim(s, i + 1, end);
    if (b <= a || !s.tokens.slice(a, b).some((t, k) => isSubstantive(t) && !(w[a + k]! > 0))) continue;
    // A place phrase names somewhere: "in his private discussions" does not.
    if (named && !s.tokens.slice(a, b).some((t) => t.pos === 'PROPN')) continue;
    if (i - lastMatch < bestDistance) { best = [i, b]; bestDistance = i - lastMatch; }
  }
  return best && best[1] - best[0] <= SPAN.maxTokens ? textOf(s, best[0], best[1]) : undefined;
}

/** Whether [start, end) could be a reason: a word that is neither part of a name nor a date. */
function isReasonLike(s: Sentence, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = s.tokens[i]!;
    if (!isSubstantive(t) || t.entity === 'DATE' || t.entity === 'TIME') continue;
    if (!s.mentions.some((m) => m.start <= i && i < m.end)) return true;
  }
  return false;
}

/**
 * The common-noun phrase before a reporting verb outside any quote, back to the clause start
 * ("But a day earlier, a senior official traveling with her said"); undefined when it holds a
 * name or question word (typed candidates handle names) or no noun.
 */
function unnamedReporter(s: Sentence, w: readonly number[]): [number, number] | undefined {
  const inQuote = (i: number): boolean => !!s.quote && i >= s.quote[0] && i < s.quote[1];
  const v = s.tokens.findIndex((t, i) => REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB' && !inQuote(i));
  if (v <= 0) return undefined;
  let start = v;
  while (start > 0 && !boundaryToken(s.tokens[start - 1]!) && !(w[start - 1]! > 0)) start--;
  // Trimmed at the front only: "traveling with her" belongs to the phrase.
  const [a] = trim(s, start, v);
  const b = v;
  const np = s.tokens.slice(a, b);
  if (b <= a || !np.some((t) => t.pos === 'NOUN') || s.mentions.some((m) => m.start < b && m.end > a)) return undefined;
  return [a, b];
}

/** Substantive words of an object that stops at the question's next word ("said nothing about …"). */
const SHORT_OBJECT_WORDS = 2;

/** How many tokens before a reporting verb the question's words must stand to be its subject. */
const REPORTER_REACH = 4;

/**
 * The clause a reporting verb reports ("said [that] he did not retreat …"), when its subject
 * matched the question. The question's own verb counts first ("What did Clinton reiterate?").
 */
function reportedContent(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const inQuote = (i: number): boolean => !!s.quote && i >= s.quote[0] && i < s.quote[1];
  const asked = new Set(q.tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma));
  const verbs = s.tokens.map((_, v) => v).filter((v) => s.tokens[v]!.pos === 'VERB' && !inQuote(v) && v > 0 && v + 1 < s.tokens.length);
  const ordered = [...verbs.filter((v) => asked.has(s.tokens[v]!.lemma)), ...verbs.filter((v) => !asked.has(s.tokens[v]!.lemma) && REPORTING_VERBS.has(s.tokens[v]!.lemma))];
  for (const v of ordered) {
    // A pronoun standing for someone asked about may open the report ("said he did not retreat").
    if (w[v + 1]! > 0 && s.tokens[v + 1]!.pos !== 'PRON') continue;
    if (!w.slice(Math.max(0, v - REPORTER_REACH), v).some((x) => x > 0)) continue;
    // A short object before the question's next word is the whole answer ("said nothing about
    // Iran", asked about Iran); otherwise the report runs to the end of the sentence.
    let next = v + 2;
    while (next < s.tokens.length && !(w[next]! > 0 && s.tokens[next]!.pos !== 'PRON')) next++;
    const objectWords = s.tokens.slice(v + 1, next).filter(isSubstantive).length;
    const end = objectWords > 0 && objectWords <= SHORT_OBJECT_WORDS && next < s.tokens.length ? next : s.tokens.length;
    // The report opens past "that" and past words the question already says ("it would allow …").
    let a = v + 1;
    if (s.tokens[a]!.lower === 'that') a++;
    while (a < end && (w[a]! > 0 || !isSubstantive(s.tokens[a]!))) a++;
    const [, b] = trim(s, a, end);
    if (b > a) return [a, Math.min(b, a + SPAN.maxTokens)];
  }
  return undefined;
}

const boundaryToken = (t: Token): boolean => [',', ';', ':', '(', '—', '“', '”', '"'].includes(t.text);

/** The names standing before "is/are" + a matched word, back to the clause start, if any. */
function subjectOfCopula(s: Sentence, w: readonly number[]): [number, number] | undefined {
  const be = s.tokens.findIndex((t, i) => t.lemma === 'be' && w[i + 1]! > 0 && !(w[i - 1]! > 0));
  if (be <= 0) return undefined;
  let start = be;
  while (start > 0 && ![',', ';', ':', '(', '—'].includes(s.tokens[start - 1]!.text) && !(w[start - 1]! > 0)) start--;
  const [a, b] = trim(s, start, be);
  return b > a && s.mentions.some((m) => m.start >= a && m.end <= b) ? [a, b] : undefined;
}

/**
 * The agent of the question's verb in the passage: a name right after "<verb> by" (passive), or
 * the noun phrase right before the verb when it is a common noun ("Analysts here expressed …");
 * undefined when the subject is a name or a pronoun (typed candidates handle those).
 */
function agentOf(s: Sentence, q: Question, w: readonly number[]): [number, number] | undefined {
  const verbLemma = q.tokens.find((t, i) => i > 0 && t.pos === 'VERB')?.lemma;
  const v = s.tokens.findIndex((t, i) => w[i]! > 0 && t.pos === 'VERB' && t.lemma === verbLemma);
  if (v < 0) return undefined;
  if (s.tokens[v + 1]?.lower === 'by') {
    const m = s.mentions.find((x) => x.start === v + 2);
    if (m && !q.entities.has(m.key)) return [m.nameStart, m.end];
  }
  let end = v;
  while (end > 0 && s.tokens[end - 1]!.pos === 'ADV') end--;
  let start = end;
  while (start > 0 && ['NOUN', 'ADJ', 'NUM', 'DET'].includes(s.tokens[start - 1]!.pos) && !(w[start - 1]! > 0)) start--;
  const np = s.tokens.slice(start, end);
  if (!np.some((t) => t.pos === 'NOUN') || s.mentions.some((m) => m.start < end && m.end > start)) return undefined;
  if (start > 0 && !['PUNCT', 'SCONJ', 'CCONJ'].includes(s.tokens[start - 1]!.pos)) return undefined;
  return trim(s, start, end);
}
