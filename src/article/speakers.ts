import type { Entity, Mention } from './model.js';
import type { Token } from '../nlp/wink.js';
import { REPORTING_VERBS } from '../nlp/tables.js';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/** What the resolver needs to know of one sentence. */
export interface SentenceInput {
  paragraph: number;
  tokens: readonly Token[];
  mentions: readonly Mention[];
}

/** Pronoun links, speaker and quote of one sentence. */
export interface SentenceVoices {
  corefs: Map<number, string>;
  speaker?: string;
  quote?: [number, number];
}

/** Token range of the quoted words: paired quote marks, or an open quote running to the end. */
export function findQuote(tokens: readonly Token[]): [number, number] | undefined {
  const open = tokens.findIndex((t) => OPEN_QUOTES.has(t.text));
  if (open < 0) {
    const close = tokens.findIndex((t) => t.text === '”');
    return close > 1 ? [0, close] : undefined;
  }
  let close = tokens.length;
  for (let i = open + 1; i < tokens.length; i++) if (CLOSE_QUOTES.has(tokens[i]!.text) && tokens[i]!.pos === 'PUNCT') { close = i; break; }
  return close - open > 1 ? [open + 1, close] : undefined;
}

/**
 * Resolves "he"/"she"/"his"/"her" to people and finds who is speaking in each sentence, in
 * document order. A pronoun that reports speech at the end of a sentence ("…,” he said")
 * refers to the last speaker of that gender (speakers keep the floor in news writing); any
 * other pronoun to the most recent person of that gender.
 */
export function resolveVoices(sentences: readonly SentenceInput[], entities: ReadonlyMap<string, Entity>): SentenceVoices[] {
  const recent: { key: string; paragraph: number }[] = [];
  const lastSpeaker: Record<'m' | 'f' | 'any', { key: string; paragraph: number } | undefined> = { m: undefined, f: undefined, any: undefined };
  const out: SentenceVoices[] = [];
  let previous: SentenceVoices | undefined;
  let previousInput: SentenceInput | undefined;
  let previousParagraph = -1;

  const fits = (key: string, g: 'm' | 'f'): boolean => {
    const e = entities.get(key);
    return !!e && e.person && (e.gender === g || e.gender === undefined);
  };
  const byRecency = (g: 'm' | 'f', paragraph: number, before: readonly string[]): string | undefined => {
    for (let i = before.length - 1; i >= 0; i--) if (fits(before[i]!, g) && entities.get(before[i]!)?.gender === g) return before[i];
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (paragraph - r.paragraph > 2) break;
      if (fits(r.key, g) && entities.get(r.key)?.gender === g) return r.key;
    }
    for (let i = recent.length - 1; i >= 0; i--) if (paragraph - recent[i]!.paragraph <= 2 && fits(recent[i]!.key, g)) return recent[i]!.key;
    return undefined;
  };

  for (const s of sentences) {
    const voices: SentenceVoices = { corefs: new Map(), quote: findQuote(s.tokens) };
    const seen: string[] = [];
    let m = 0;
    for (let i = 0; i < s.tokens.length; i++) {
      while (m < s.mentions.length && s.mentions[m]!.end <= i) seen.push(s.mentions[m++]!.key);
      const t = s.tokens[i]!;
      const g = MALE.has(t.lower) ? 'm' : FEMALE.has(t.lower) ? 'f' : undefined;
      if (!g || t.pos !== 'PRON' && t.pos !== 'DET') continue;
      const reports = REPORTING_VERBS.has(s.tokens[i + 1]?.lemma ?? '') && (i > 0 && /^[,”"]$/.test(s.tokens[i - 1]!.text));
      const speaker = lastSpeaker[g];
      const key = reports && speaker && s.paragraph - speaker.paragraph <= 3 ? speaker.key : byRecency(g, s.paragraph, seen);
      if (key) voices.corefs.set(i, key);
    }
    const group = groupSubject(s, previousInput, entities);
    if (group) voices.corefs.set(0, group);
    voices.speaker = findSpeaker(s, voices.corefs, (key) => entities.get(key)?.person ?? false);
    // A quote standing alone continues the previous sentence's speaker in the same paragraph; one
    // with its own reporting verb ("a senior official … said that …") has another, unnamed speaker.
    if (!voices.speaker && voices.quote && previous?.speaker && previousParagraph === s.paragraph && !reportsOutside(s.tokens, voices.quote)) {
      voices.speaker = previous.speaker;
    }
    if (voices.speaker) {
      const g = entities.get(voices.speaker)?.gender;
      const entry = { key: voices.speaker, paragraph: s.paragraph };
      if (g) lastSpeaker[g] = entry;
      lastSpeaker.any = entry;
    }
    for (const mm of s.mentions) recent.push({ key: mm.key, paragraph: s.paragraph });
    for (const key of voices.corefs.values()) recent.push({ key, paragraph: s.paragraph });
    out.push(voices);
    previousInput = s;
    previous = voices;
    previousParagraph = s.paragraph;
  }
  return out;
}

/**
 * A sentence opening on "They" right after one whose subject is an organisation or a group (a
 * name that is neither a person nor a place, at the head of that sentence): "The Harbour Traders
 * Association opposed the closure. They asked …". The subject of the sentence before is what a
 * reader takes "they" for; a person or a place is not a "they".
 */
function groupSubject(s: SentenceInput, previous: SentenceInput | undefined, entities: ReadonlyMap<string, Entity>): string | undefined {
  const first = s.tokens[0];
  if (!previous || previous.paragraph !== s.paragraph || first?.lower !== 'they' || first.pos !== 'PRON') return undefined;
  const head = previous.mentions[0];
  if (!head || head.nameStart > 1) return undefined;
  const e = entities.get(head.key);
  return e && !e.person && !e.place ? head.key : undefined;
}

/** Whether a reporting verb stands outside the quote [start, end). */
function reportsOutside(tokens: readonly Token[], [start, end]: [number, number]): boolean {
  return tokens.some((t, i) => (i < start || i >= end) && REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB');
}

/**
 * The subject of a speech verb: a name or resolved pronoun just before it, across one
 * apposition in either order ("Fyodor Lukyanov, editor in chief …, said"; "The minister,
 * Sergey V. Lavrov, said"), or a name just after it ("said Mr. X"). A common-noun subject
 * ("officials said") means no named speaker.
 */
function findSpeaker(s: SentenceInput, corefs: ReadonlyMap<number, string>, isPerson: (key: string) => boolean): string | undefined {
  for (let v = 0; v < s.tokens.length; v++) {
    const verb = s.tokens[v]!;
    if (!REPORTING_VERBS.has(verb.lemma) || verb.pos === 'NOUN') continue;
    let depth = 0;
    for (let i = v - 1; i >= 0 && v - i < 30; i--) {
      const t = s.tokens[i]!;
      if (t.text === ',') {
        if (++depth > 2) break;
        continue;
      }
      if (t.text === '.' || t.text === ';' || t.text === ':') break;
      const coref = corefs.get(i);
      if (coref && depth !== 1 && (t.lower === 'he' || t.lower === 'she')) return coref;
      const mention = s.mentions.find((mm) => mm.start <= i && i < mm.end);
      if (mention) {
        if (depth === 0 || isPerson(mention.key)) return mention.key;
        i = mention.start;
        continue;
      }
      if (depth !== 1 && (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'PRON')) break;
    }
    const after = s.mentions.find((mm) => mm.start === v + 1);
    if (after) return after.key;
  }
  return undefined;
}
