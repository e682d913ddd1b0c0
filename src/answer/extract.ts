import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { NEGATIONS } from '../nlp/tables.js';
import { typedCandidates } from './candidates.js';
import { anchorWeights, type Idf } from './anchors.js';
import { textOf, trim, trimPunctuation } from './span.js';
import { gapScore, gaps, spanOfGap } from './gaps.js';
import { afterFocus, afterStrandedPreposition, degreeOf, placePhrase } from './phrases.js';
import { afterFinalDo, whatItIsCalled } from './predicates.js';
import { agentOf, reportedContent, subjectOfCopula, unnamedReporter } from './actors.js';
import { bestCandidate } from './choose.js';

/** How far before a yes/no answer's first matched word a negation still belongs to it ("did not make"). */
const YESNO_NEGATION_REACH = 3;

/**
 * Extracts the short answer from the chosen sentence: a typed candidate (name, date, number)
 * for who/when/where/how-many questions, the quote for "what did X say", the clause for yes/no,
 * and otherwise the gap of unmatched words best anchored on the question's words, trimmed.
 * Undefined when a where-question's passage holds no place at all, or a why-question's no reason.
 * `nameOf` gives an entity's name, for people the sentence calls by role or pronoun.
 */
export function extractAnswer(s: Sentence, q: Question, idf: Idf = () => 1, nameOf: (key: string) => string | undefined = () => undefined): string | undefined {
  const w = anchorWeights(s, q, idf);
  const maxW = Math.max(...w, 1e-9);
  // "Who said the administration was misguided?": whoever the sentence reports as speaking,
  // named as written, or by their name when the sentence calls them by role or pronoun.
  if (q.type === 'person' && q.asksSpeaker && s.speaker && !q.entities.has(s.speaker)) {
    const m = s.mentions.find((x) => x.key === s.speaker);
    const named = m ? textOf(s, m.nameStart, m.end) : nameOf(s.speaker);
    if (named) return named;
  }
  // "Who said the US would look for pressure?" → "a senior official traveling with her said …":
  // a speaker the article does not name is the phrase before the reporting verb.
  if (q.type === 'person' && q.asksSpeaker && !(s.speaker && !q.entities.has(s.speaker))) {
    const span = unnamedReporter(s, w);
    if (span) return textOf(s, span[0], span[1]);
  }
  // "Who are neighbors?" → "Russia and Iran are neighbors": the names before the copula.
  if (q.type === 'person' && q.copular) {
    const span = subjectOfCopula(s, q, w);
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
  if (q.type === 'manner') {
    const degree = degreeOf(s, q);
    if (degree) return textOf(s, degree[0], degree[1]);
  }
  const called = whatItIsCalled(s, q, w);
  if (called) return textOf(s, called[0], called[1]);
  // "What disclosure was he reacting to?": the focus noun's own phrase first, then the
  // preposition's object.
  if (q.focus) {
    const span = afterFocus(s, q, w);
    if (span) return textOf(s, span[0], span[1]);
  }
  const done = afterFinalDo(s, q, w);
  if (done) return textOf(s, done[0], done[1]);
  const stranded = afterStrandedPreposition(s, q, w);
  if (stranded) return textOf(s, stranded[0], stranded[1]);
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
