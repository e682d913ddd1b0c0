/**
 * "Who is going?", "who else is coming", "who went": a who-question of a verb alone, completed
 * from the previous turn.
 */
import { analyse } from '../nlp/wink.js';
import type { PriorTurn } from './pronouns.js';
import { shortAnswer } from './short.js';

const short = (s: string, words: number) => s.trim() !== '' && s.trim().split(/\s+/).length <= words;

/** "who is going", "who else is coming?", "who went": a who-question of a verb alone. */
const SHORT_WHO = /^\s*(?:(?:and|so|ok)\s+)?who(\s+else)?\s+((?:(?:is|are|was|were|will(?:\s+be)?)\s+)?[a-z]+)\s*[?.!]*\s*$/i;
/** Verbs of going somewhere: "who is going" after "where …?" → Vienna asks who is going to Vienna. */
const MOTION = new Set(['go', 'come', 'travel', 'fly', 'head', 'move', 'return', 'visit', 'attend']);

/**
 * "Who is going?" after an answered turn: the verb's missing rest taken from the previous
 * question where it used the same verb ("Is Bush still going to the Games?" → "Who is going to
 * the Games?"), or the place the previous answer gave for a verb of going ("Where will they
 * meet?" → Vienna → "Who is going to Vienna?"). Undefined when neither applies.
 */
export function completeShortWho(question: string, previous: PriorTurn): string | undefined {
  const m = SHORT_WHO.exec(question);
  if (!m || !previous.answer.answered) return undefined;
  const phrase = m[2]!;
  const verb = analyse(phrase).flatMap((x) => x.tokens).at(-1);
  if (!verb || (verb.pos !== 'VERB' && !/ing$/.test(verb.lower))) return undefined;
  const who = `Who${m[1] ? ' else' : ''} ${phrase}`;
  const before = analyse(previous.resolved).flatMap((x) => x.tokens);
  const same = before.findIndex((t) => t.lemma === verb.lemma && t.pos === 'VERB');
  if (same >= 0) {
    const rest = previous.resolved.slice(before[same]!.end).replace(/\s*[?.!]+\s*$/, '').trim();
    if (rest) return `${who} ${rest}?`;
  }
  const answer = shortAnswer(previous.answer).trim().replace(/[.;,]+$/, '');
  if (/^\s*where\b/i.test(previous.resolved) && MOTION.has(verb.lemma) && short(answer, 5)) return `${who} to ${answer.replace(/^(?:to|in|at)\s+/i, '')}?`;
  return undefined;
}

