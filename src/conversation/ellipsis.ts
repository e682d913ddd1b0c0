/**
 * Elliptical follow-ups, completed from the previous question: "And Medvedev?" swaps the
 * previous question's name of the same kind ("Who met Lavrov?" → "Who met Dmitri A. Medvedev?");
 * a bare "When?" / "Why?" asks the previous question again with the new question word, with the
 * previous answer filled in where the old question word stood ("Who met Lavrov?" → Clinton →
 * "When did Clinton meet Lavrov?").
 */
import type { NameInfo } from '../types.js';
import type { NamesOf, PriorTurn } from './pronouns.js';
import { findName, replaceSpan } from './surface.js';

const LEAD = String.raw`^\s*(?:(?:and|but|so|ok(?:ay)?|then|also)\b[\s,]*)*`;
/** "And Medvedev?", "What about in Vienna?", "How about Putin?" → the topic. */
const ABOUT = new RegExp(`${LEAD}(?:(?:what|how)\\s+about\\s+|and\\s+)(.+?)\\s*[?.!]*\\s*$`, 'i');
/** A topic that is really a whole question ("And what did he say?"). */
const NOT_A_TOPIC = /^(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|will|would|can|could|should|has|have|had|he|she|it|they|there|that)\b/i;
/** "When?", "And why?", "Where exactly?", "How many then?" → the question word. */
const BARE = new RegExp(`${LEAD}(when|where|why|how(?:\\s+(?:many|much|long|often))?)(?:\\s+(?:exactly|then|though|so))?\\s*[?.!]*\\s*$`, 'i');

const WH = /^\s*(who|whom|what|which|when|where|why|how(?:\s+(?:many|much|long|often|far))?)\b\s*(.*?)\s*[?.!]*\s*$/i;
const AUX = /^(do|does|did|will|would|can|could|should|shall|may|might|must|is|are|was|were|has|have|had)\b\s*(.*)$/i;
const YES_NO = /^\s*(do|does|did|will|would|can|could|should|shall|may|might|must|is|are|was|were|has|have|had)\b\s*(.*?)\s*[?.!]*\s*$/i;
const BE = /^(is|are|was|were)$/i;
/** Past forms whose base form "did …" needs; other verbs get a cleft ("When was it that …"). */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  ('met:meet said:say told:tell made:make went:go took:take gave:give saw:see came:come knew:know thought:think held:hold led:lead ' +
    'left:leave won:win spoke:speak wrote:write became:become brought:bring sent:send felt:feel kept:keep found:find began:begin ' +
    'paid:pay meant:mean threw:throw had:have did:do got:get heard:hear sought:seek chose:choose drew:draw grew:grow rose:rise ' +
    'struck:strike taught:teach understood:understand')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
const WEEKDAY_OR_DATE = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const MONTH_OR_YEAR = /^(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b/i;

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
  if (!wanted) {
    // A name the article does not know ("And Merkel?"): ask the same about it; the core will say it never mentions it.
    const target = present[0];
    return target ? replaceSpan(previous.resolved, target.span, bareTopic) : undefined;
  }
  // Of several names of that kind, one with the same gender is the likelier counterpart
  // ("When did Clinton meet Lavrov?" + "And Medvedev?" swaps Lavrov, not Clinton).
  const sameKind = present.filter((x) => x.n.kind === wanted.kind && x.n.name !== wanted.name);
  const target = (wanted.gender ? sameKind.find((x) => x.n.gender === wanted.gender) : undefined) ?? sameKind[0];
  if (target) return replaceSpan(previous.resolved, target.span, wanted.name);
  // Nothing of that kind to swap: a person is asked about directly.
  return wanted.kind === 'person' ? `Who is ${wanted.name}?` : undefined;
}

/** A bare "When?": the previous question with `word` as its question word. Undefined when it cannot be completed. */
export function completeBare(word: string, previous: PriorTurn): string | undefined {
  const W = capitalise(word);
  const answer = previous.answer.answered ? previous.answer.answer.trim() : '';
  const yesNo = YES_NO.exec(previous.resolved);
  if (yesNo && !WH.test(previous.resolved)) return `${W} ${yesNo[1]!.toLowerCase()} ${yesNo[2]}?`;
  const m = WH.exec(previous.resolved);
  if (!m) return undefined;
  const oldWord = m[1]!.toLowerCase();
  const rest = m[2]!;
  if (oldWord === word) return undefined;
  const aux = AUX.exec(rest);
  const adverbial = /^(when|where|why|how)/.test(oldWord) && !/^how (many|much)/.test(oldWord);
  if (aux) {
    if (adverbial) return `${W} ${rest}${fill(oldWord, answer)}?`;
    // "Who is Russia's foreign minister?" → Lavrov → "Why is Sergey V. Lavrov Russia's foreign minister?"
    if (BE.test(aux[1]!) && short(answer, 8)) return `${W} ${aux[1]!.toLowerCase()} ${answer} ${aux[2]}?`;
    return `${W} ${rest}?`;
  }
  // The old question word was the subject ("Who met Lavrov?"): the answer takes its place.
  if (!short(answer, 8)) return undefined;
  const [verb = '', ...tail] = rest.split(/\s+/);
  const base = IRREGULAR[verb.toLowerCase()];
  if (base) return `${W} did ${answer} ${[base, ...tail].join(' ')}?`;
  const past = /ed$/i.test(verb);
  return `${W} ${past ? 'was' : 'is'} it that ${answer} ${rest}?`;
}

/** Where the old answer stood: "… on Tuesday", "… in Vienna". */
function fill(oldWord: string, answer: string): string {
  if (!short(answer, 5)) return '';
  if (oldWord === 'where') return ` in ${answer.replace(/^(?:in|at)\s+/i, '')}`;
  if (oldWord === 'when' && WEEKDAY_OR_DATE.test(answer)) return ` on ${answer.replace(/^on\s+/i, '')}`;
  if (oldWord === 'when' && MONTH_OR_YEAR.test(answer)) return ` in ${answer.replace(/^in\s+/i, '')}`;
  return '';
}
