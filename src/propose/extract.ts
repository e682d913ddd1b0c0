import type { Sentence } from '../article/model.js';
import type { Question } from '../question/analyse.js';
import { NEGATIONS } from '../nlp/tables.js';
import { typedCandidates } from './candidates.js';
import { anchorWeights, type Idf } from '../retrieve/anchors.js';
import { textOf, trim, trimPunctuation } from './span.js';
import { gapScore, gaps, spanOfGap } from './gaps.js';
import { afterFocus, afterStrandedPreposition, degreeOf, placePhrase } from './phrases.js';
import { afterFinalDo, whatItIsCalled } from './predicates.js';
import { agentOf, reportedContent, subjectOfCopula, unnamedReporter } from './actors.js';
import { bestCandidate } from './choose.js';
import { bestReason } from './reasons.js';

/** How far before a yes/no answer's first matched word a negation still belongs to it ("did not make"). */
const YESNO_NEGATION_REACH = 3;

/** The hand-written extractors, by name, in the order they take precedence. */
export const EXTRACTORS = [
  'speaker', 'reporter', 'copulaSubject', 'agent', 'typed', 'yesno', 'degree', 'called', 'focus', 'doneAct', 'stranded',
  'quote', 'reported', 'placeName', 'placePhrase', 'gap', 'sentence',
] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

/** One extractor's answer: its name and its text (as written, or an entity's name for a pronoun). */
export interface Extracted {
  rule: ExtractorName;
  text: string;
}

/**
 * Every hand-written extractor's answer from the sentence, in order of precedence: a typed
 * candidate (name, date, number) for who/when/where/how-many questions, the quote for "what did X
 * say", the clause for yes/no, the phrase after a focus noun or a final verb, and the gap of
 * unmatched words best anchored on the question's words, trimmed. The learned reader takes them as
 * candidates and their names as features; `extractAnswer` takes the first.
 * `nameOf` gives an entity's name, for people the sentence calls by role or pronoun.
 */
export function extractAll(s: Sentence, q: Question, idf: Idf = () => 1, nameOf: (key: string) => string | undefined = () => undefined, all = true): Extracted[] {
  const out: Extracted[] = [];
  const add = (rule: ExtractorName, span: readonly [number, number] | undefined): boolean => {
    if (span && span[1] > span[0]) out.push({ rule, text: textOf(s, span[0], span[1]) });
    return !all && out.length > 0;
  };
  const addText = (rule: ExtractorName, text: string | undefined): boolean => {
    if (text) out.push({ rule, text });
    return !all && out.length > 0;
  };
  const w = anchorWeights(s, q, idf);
  const maxW = Math.max(...w, 1e-9);
  // "Who said the administration was misguided?": whoever the sentence reports as speaking,
  // named as written, or by their name when the sentence calls them by role or pronoun.
  if (q.type === 'person' && q.asksSpeaker && s.speaker && !q.entities.has(s.speaker)) {
    const m = s.mentions.find((x) => x.key === s.speaker);
    if (addText('speaker', m ? textOf(s, m.nameStart, m.end) : nameOf(s.speaker))) return out;
  }
  // "Who said the US would look for pressure?" → "a senior official traveling with her said …":
  // a speaker the article does not name is the phrase before the reporting verb.
  if (q.type === 'person' && q.asksSpeaker && !(s.speaker && !q.entities.has(s.speaker)) && add('reporter', unnamedReporter(s, w))) return out;
  // "Who are neighbors?" → "Russia and Iran are neighbors": the names before the copula.
  if (q.type === 'person' && q.copular && add('copulaSubject', subjectOfCopula(s, q, w))) return out;
  // "Who opposed the system?" → "… opposed by Russia"; "Who expressed surprise?" → "Analysts …
  // expressed": the agent of the question's verb, named or not.
  if (q.type === 'person' && q.subjectQuestion && add('agent', agentOf(s, q, w))) return out;
  const typed = typedCandidates(s, q);
  if (typed.length > 0) {
    const c = q.type === 'reason' || q.type === 'manner' ? bestReason(typed, w)! : bestCandidate(s, typed, w, !!q.focusPlural, q);
    if (add('typed', [c.start, c.end])) return out;
  }
  if (q.type === 'yesno') {
    const first = w.findIndex((x) => x > 0);
    const last = w.length - 1 - [...w].reverse().findIndex((x) => x > 0);
    // "had no plan to install …": a negation just before the first matched word decides the answer.
    const negation = s.tokens.slice(Math.max(0, first - YESNO_NEGATION_REACH), Math.max(first, 0)).findIndex((t) => NEGATIONS.has(t.lower));
    const from = negation >= 0 ? Math.max(0, first - YESNO_NEGATION_REACH) + negation : first;
    if (first >= 0 && add('yesno', trim(s, from, last + 1))) return out;
  }
  if (q.type === 'manner' && add('degree', degreeOf(s, q))) return out;
  if (add('called', whatItIsCalled(s, q, w))) return out;
  // "What disclosure was he reacting to?": the focus noun's own phrase first, then the
  // preposition's object.
  if (q.focus && add('focus', afterFocus(s, q, w))) return out;
  if (add('doneAct', afterFinalDo(s, q, w))) return out;
  if (add('stranded', afterStrandedPreposition(s, q, w))) return out;
  if (q.type === 'quote' && s.quote && s.speaker && q.entities.has(s.speaker) && (q.speaker === undefined || q.speaker === s.speaker)) {
    const inQuote = w.slice(s.quote[0], s.quote[1]).filter((x) => x > 0).length;
    // "What did X say (about Y)?" gets the quote; "What did X say should be done?" a part of it (below).
    if ((inQuote < 2 || q.asksAbout) && add('quote', trimPunctuation(s, s.quote[0], s.quote[1]))) return out;
  }
  // "What did two officials say about Medvedev?" → "he did not retreat from his support …": with
  // no quote to give, what the reporting verb after the question's words reports.
  if (q.asksReport && add('reported', reportedContent(s, q, w))) return out;
  // A where-question with no place name at hand takes a prepositional phrase ("over the West's
  // role in …"), which may hold a name the question used, or nothing.
  if (q.type === 'place') {
    // No known place here: a name of another kind may still be one ("Madison Square Garden").
    const names = s.mentions.filter((m) => m.kind === 'other' && !q.entities.has(m.key)).map((m) => ({ start: m.nameStart, end: m.end }));
    if (names.length > 0) {
      const c = bestCandidate(s, names, w, !!q.focusPlural, q);
      if (add('placeName', [c.start, c.end])) return out;
    }
    if (addText('placePhrase', placePhrase(s, q, w) ?? placePhrase(s, q, w, false))) return out;
  }
  // The best-scoring gap whose span survives trimming: a gap that trims to nothing ("there was
  // a") gives way to the next, so the answer is a phrase rather than the whole sentence.
  const ranked = gaps(w).map((g) => ({ g, score: gapScore(s, g, w, q, maxW) })).filter((x) => x.score > -Infinity).sort((a, b) => b.score - a.score);
  for (const { g } of ranked) {
    const span = spanOfGap(s, g, w, q);
    if (span === '') continue;
    // Undefined: a where-question's passage with no place phrase, a why-question's with no reason.
    if (span === undefined) return out;
    addText('gap', span);
    return out;
  }
  if (out.length === 0) out.push({ rule: 'sentence', text: s.text });
  return out;
}

/**
 * The first hand-written extractor's answer from the sentence (see extractAll); undefined when a
 * where-question's passage holds no place at all, or a why-question's no reason.
 */
export function extractAnswer(s: Sentence, q: Question, idf: Idf = () => 1, nameOf: (key: string) => string | undefined = () => undefined): string | undefined {
  return extractAll(s, q, idf, nameOf, false)[0]?.text;
}
