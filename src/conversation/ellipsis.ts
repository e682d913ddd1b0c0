/**
 * Elliptical follow-ups, completed from an earlier question: "And Medvedev?" swaps the
 * previous question's name of the same kind ("Who met Lavrov?" → "Who met Dmitri A. Medvedev?");
 * a bare "When?" / "Why?" rebuilds the previous question around the new question word from its
 * parsed shape (clause.ts), the old question word's slot filled with the previous answer or
 * "that" ("Who met Lavrov?" → Clinton → "When did Clinton meet Lavrov?"; "What did Lavrov say
 * about sanctions?" → "Why did Lavrov say that about sanctions?"). No good rewrite → undefined.
 */
import type { NameInfo } from '../types.js';
import type { NamesOf, PriorTurn } from './pronouns.js';
import { nounPhrase, parseClause } from './clause.js';
import { findName, replaceSpan, type Span } from './surface.js';
import { analyse, type Token } from '../nlp/wink.js';
import { wordClasses } from '../nlp/wordnet.js';
import { shortAnswer } from './short.js';

const LEAD = String.raw`^\s*(?:(?:and|but|so|ok(?:ay)?|then|also)\b[\s,]*)*`;
/** "And Medvedev?", "What about in Vienna?", "How about Putin?" → the topic. */
const ABOUT = new RegExp(`${LEAD}(?:(?:what|how)\\s+about\\s+|and\\s+)(.+?)\\s*[?.!]*\\s*$`, 'i');
/** A topic that is really a whole question ("And what did he say?"). */
const NOT_A_TOPIC = /^(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|will|would|can|could|should|has|have|had|he|she|it|they|there|that)\b/i;
/** "When?", "And why?", "Why not?", "Where exactly?", "How many then?" → the question word. */
const BARE = new RegExp(`${LEAD}(when|where|why(?:\\s+not)?|how(?:\\s+(?:many|much|long|often))?|(?:who|what|where|which)\\s+else)(?:\\s+(?:exactly|then|though|so))?\\s*[?.!]*\\s*$`, 'i');
/** An auxiliary and its negative, for "why?" after a "no" ("Did Russia …?" → No → "Why didn't Russia …?"). */
const NEGATIVE: Record<string, string> = Object.fromEntries(
  ('do:don\'t does:doesn\'t did:didn\'t is:isn\'t are:aren\'t was:wasn\'t were:weren\'t has:hasn\'t have:haven\'t had:hadn\'t ' +
    'will:won\'t would:wouldn\'t can:can\'t could:couldn\'t should:shouldn\'t must:mustn\'t')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Verbs whose object is what someone thinks or says: the follow-up points at it with "that". */
const CLAUSE_VERBS = new Set(['think', 'say', 'believe', 'feel', 'want', 'mean', 'claim', 'argue', 'tell', 'suggest', 'expect', 'hope', 'fear', 'know']);

const WEEKDAY_OR_DATE = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const MONTH_OR_YEAR = /^(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b/i;

/** "… about sanctions?" at the end of a question: the slot an "and X?" about a place can take. */
const ABOUT_SLOT = /\s+about\s+[^?]+?\s*[?.!]*\s*$/i;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const short = (s: string, words: number) => s.trim() !== '' && s.trim().split(/\s+/).length <= words;

/** The topic of an "And X?" follow-up, or undefined when the question is not one. */
export function aboutTopic(question: string): string | undefined {
  const topic = ABOUT.exec(question)?.[1]?.trim();
  if (!topic || NOT_A_TOPIC.test(topic) || topic.split(/\s+/).length > 6) return undefined;
  return topic;
}

/** The question word of a bare "When?"-style follow-up, or undefined. */
export function bareQuestionWord(question: string): string | undefined {
  return BARE.exec(question)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
}

/** "And X?": the previous question about X instead. Undefined when it cannot be completed. */
export function completeAbout(topic: string, previous: PriorTurn, namesOf: NamesOf): string | undefined {
  const wanted = namesOf(topic)[0];
  const bareTopic = topic.replace(/^(?:in|at|on|to|from|with|for|of)\s+/i, '');
  const present = namesOf(previous.resolved)
    .map((n) => ({ n, span: findName(previous.resolved, n.name) }))
    .filter((x): x is { n: NameInfo; span: NonNullable<typeof x.span> } => x.span !== undefined)
    .sort((a, b) => a.span.start - b.span.start);
  // A topic the article does not name must look like a name or a noun phrase ("Merkel", "the
  // mayor"): "and thanks" or "and ok" is chat, not a question about "thanks".
  if (!wanted && !/^(?:\p{Lu}|(?:the|a|an|his|her|its|their)\s)/u.test(bareTopic)) return undefined;
  if (!wanted) {
    // A name the article does not know ("And Merkel?"): ask the same about it; the core will say it never mentions it.
    const target = present[0];
    if (target) return replaceSpan(previous.resolved, target.span, bareTopic);
    // "How much did the state pay?" + "and the town?": a noun phrase of the same kind swapped.
    const np = sameKindPhrase(previous.resolved, bareTopic);
    return np ? replaceSpan(previous.resolved, np, bareTopic) : undefined;
  }
  // Of several names of that kind, one with the same gender is the likelier counterpart
  // ("When did Clinton meet Lavrov?" + "And Medvedev?" swaps Lavrov, not Clinton).
  const sameKind = present.filter((x) => x.n.kind === wanted.kind && x.n.name !== wanted.name);
  // The first (the subject, as a rule) whose gender does not rule it out: "What does Cameron think
  // about Megrahi?" + "and Jim Swire?" asks what Swire thinks.
  const target = (wanted.gender ? sameKind.find((x) => x.n.gender === undefined || x.n.gender === wanted.gender) : undefined) ?? sameKind[0];
  if (target) return replaceSpan(previous.resolved, target.span, wanted.name);
  // Nothing of that kind to swap: what the question was about ("What did Lavrov say about
  // sanctions?" + "and China?" → "… about China?"), else a person is asked about directly.
  const about = ABOUT_SLOT.exec(previous.resolved);
  if (about && wanted.kind !== 'person') return `${previous.resolved.slice(0, about.index)} about ${wanted.name}?`;
  return wanted.kind === 'person' ? `Who is ${wanted.name}?` : undefined;
}

/**
 * A bare "When?": the previous question rebuilt around `word`, from its parsed shape. The slot
 * the old question word held is filled: with the previous answer when it is a short phrase
 * ("Who met Lavrov?" → Clinton → "Why did Clinton meet Lavrov?"), else with "that"/"those …"
 * ("What did Lavrov say about sanctions?" → "Why did Lavrov say that about sanctions?").
 * Undefined when no grammatical question can be made: then the follow-up is answered as typed.
 */
export function completeBare(word: string, previous: PriorTurn, namesOf: NamesOf): string | undefined {
  const answer = previous.answer.answered ? shortAnswer(previous.answer).trim().replace(/[.;,]+$/, '') : '';
  // "who else died like this" → Steve Irwin: "When did Steve Irwin die like this?".
  const clause = parseClause(previous.resolved.replace(/^(\s*(?:who|whom|what|which|where))\s+else\b/i, '$1'));
  if (!clause || clause.word === word) return undefined;
  // After a "no", "why?" and "why not?" ask why not: "Did Russia support sanctions?" → No →
  // "Why didn't Russia support sanctions?". "Why not?" after anything else has no reading.
  const negative = /^(?:no|not)\b/i.test(answer);
  // "Why not?" after a yes/no question asks why not, whatever the verdict was.
  if (clause.role === 'yesno' && (negative || word === 'why not') && /^why/.test(word)) {
    const not = NEGATIVE[clause.aux!.toLowerCase()];
    return not ? `Why ${not} ${clause.body}?` : undefined;
  }
  if (word === 'why not') return undefined;
  const W = capitalise(word);
  const phrase = answer !== '' ? nounPhrase(answer, undefined, previous.answer.passage) : undefined;
  // What stands for the old question phrase when the answer cannot: "that", "those countries".
  const pointer = clause.noun ? `${clause.plural ? 'those' : 'that'} ${clause.noun}` : clause.word === 'what' ? 'that' : undefined;
  // "How many countries …?" → six: the answer counts, it does not name ("those countries").
  const filler = (clause.word?.startsWith('how') ? undefined : phrase) ?? pointer;
  const aux = clause.aux?.toLowerCase();

  if (/^how (?:many|much)$/.test(word)) {
    // "how many?" after "Which countries took part …?" counts the same noun; nothing else to count.
    if (!clause.noun || clause.role !== 'subject') return undefined;
    return `${W} ${clause.noun} ${clause.body}?`;
  }
  switch (clause.role) {
    case 'yesno':
      return `${W} ${aux} ${clause.body}?`;
    case 'adverbial':
      return `${W} ${aux} ${clause.body}${fill(clause.word!, answer)}?`;
    case 'object': {
      // What someone thinks or says is a clause, not a thing: "Why does Federer think that of Hawkeye?".
      if (clause.main && CLAUSE_VERBS.has(clause.main)) {
        const gap = clause.gap ?? clause.body.length;
        return `${W} ${aux} ${[clause.body.slice(0, gap).trimEnd(), 'that', clause.body.slice(gap).trimStart()].filter(Boolean).join(' ')}?`;
      }
      if (!filler) return undefined;
      const gap = clause.gap ?? clause.body.length;
      const before = clause.body.slice(0, gap).trimEnd();
      const after = clause.body.slice(gap).trimStart();
      return `${W} ${aux} ${[before, filler, after].filter(Boolean).join(' ')}?`;
    }
    case 'complement': {
      // "Who is Lavrov?" → "Why is Lavrov Russia's foreign minister?"; "Who is Russia's foreign
      // minister?" → "Why is Sergey V. Lavrov Russia's foreign minister?"; "What is Russia's
      // position?" → "Why is that Russia's position?".
      if (phrase && isName(clause.body, namesOf)) return `${W} ${aux} ${clause.body} ${phrase}?`;
      if (phrase && isName(phrase, namesOf)) return `${W} ${aux} ${phrase} ${clause.body}?`;
      return pointer ? `${W} ${aux} ${pointer} ${clause.body}?` : undefined;
    }
    case 'subject': {
      if (!filler) return undefined;
      if (clause.aux) return `${W} ${aux} ${filler} ${clause.body}?`;
      const verb = clause.verb!;
      return `${W} ${verb.support} ${filler} ${[verb.base, verb.rest].filter(Boolean).join(' ')}?`;
    }
  }
}

/** Whether `text` is (nearly all) one of the article's names. */
function isName(text: string, namesOf: NamesOf): boolean {
  const name = namesOf(text)[0];
  const span = name ? findName(text, name.name) : undefined;
  return !!span && text.replace(/'s\b/, '').trim().length - (span.end - span.start) <= 4;
}

/** Where the old answer stood: "… on Tuesday", "… in Vienna". */
function fill(oldWord: string, answer: string): string {
  if (!short(answer, 5)) return '';
  if (oldWord === 'where') return ` in ${answer.replace(/^(?:in|at)\s+/i, '')}`;
  if (oldWord === 'when' && WEEKDAY_OR_DATE.test(answer)) return ` on ${answer.replace(/^on\s+/i, '')}`;
  if (oldWord === 'when' && MONTH_OR_YEAR.test(answer)) return ` in ${answer.replace(/^in\s+/i, '')}`;
  return '';
}

/** The lexicographer class of a phrase's last noun ("the harbour town" → location). */
function headClass(tokens: readonly Token[]): string | undefined {
  const head = [...tokens].reverse().find((t) => t.pos === 'NOUN');
  return head ? wordClasses(head.lemma, 'noun')[0] : undefined;
}

/**
 * Where `text` has a definite noun phrase ("the state") whose head noun is of the same WordNet
 * class as the topic's ("the town": both places), so that swapping one for the other asks the
 * same of it; "the steel" and "the company" differ, and nothing is swapped.
 */
function sameKindPhrase(text: string, topic: string): Span | undefined {
  const wanted = headClass(analyse(topic).flatMap((x) => x.tokens));
  if (!wanted) return undefined;
  const tokens = analyse(text).flatMap((x) => x.tokens);
  for (let k = 0; k < tokens.length; k++) {
    if (!/^(?:the|his|her|its|their)$/.test(tokens[k]!.lower)) continue;
    let end = k + 1;
    while (tokens[end] && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[end]!.pos) && end - k <= 4) end++;
    const phrase = tokens.slice(k + 1, end);
    if (phrase.length === 0 || phrase.at(-1)!.pos !== 'NOUN') continue;
    if (headClass(phrase) === wanted) return { start: tokens[k]!.start, end: tokens[end - 1]!.end };
  }
  return undefined;
}
