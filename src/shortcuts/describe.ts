import type { Corpus, Sentence } from '../article/model.js';
import { HONORIFICS } from '../nlp/tables.js';

/** A description of a named entity, and the sentence it comes from. */
export interface Description {
  text: string;
  sentence: Sentence;
}

const NP_BEFORE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const RELATIVE = new Set(['who', 'which', 'whose', 'where', 'when', 'that']);
const MAX_WORDS = 15;
/** Nouns for people by what they do: "spokesman", "director", "archaeologist", "minister". */
const ROLE_NOUN = /(?:man|woman|person|or|er|ist|ian|ant|ent|ary|ive|ee)$/;

function span(s: Sentence, start: number, end: number): string {
  return s.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
}

/**
 * "Who is Fyodor Lukyanov?": the apposition that describes a name — after it ("Fyodor Lukyanov,
 * editor in chief of …,"), else what it "is" ("X is an embroidered cloth"), else before it ("the
 * American defense official, Alexander Vershbow", "the holy city of Qum"), else its title. Relative clauses ("…, who has been skeptical") are not
 * descriptions. The earliest such sentence wins: articles introduce people once.
 */
export function describeEntity(corpus: Corpus, key: string): Description | undefined {
  let copula: Description | undefined;
  let before: Description | undefined;
  let title: Description | undefined;
  for (const id of corpus.postings.get(`e:${key}`) ?? []) {
    const s = corpus.sentences[id]!;
    for (const m of s.mentions) {
      if (m.key !== key) continue;
      const next = s.tokens[m.end + 1];
      if (s.tokens[m.end]?.text === ',' && next && !RELATIVE.has(next.lower) && next.pos !== 'VERB' && next.pos !== 'AUX') {
        let end = m.end + 1;
        while (end < s.tokens.length && ![',', '.', ';', '—'].includes(s.tokens[end]!.text) && end - m.end <= MAX_WORDS) end++;
        // "Uka, a Kosovan who has lived in Germany …,", "Roth, the director of the facility
        // specializing in …,": the apposition is the noun phrase before a relative clause or a verb.
        const cut = s.tokens.findIndex((t, i) => i > m.end + 1 && i < end && (RELATIVE.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX'));
        const stop = cut > 0 ? cut : end;
        // A pronoun opens a clause, not a description: "according to Fitzsimons, he fired a third shot,".
        const words = s.tokens.slice(m.end + 1, stop);
        const headed = words.some((t) => t.pos === 'NOUN') || (words[0]?.pos === 'DET' && words.some((t) => t.pos === 'PROPN' || t.pos === 'ADJ'));
        if ((s.tokens[end]?.text === ',' || cut > 0) && stop - m.end > 1 && headed && next.pos !== 'PRON') {
          return { text: span(s, m.end + 1, stop), sentence: s };
        }
      }
      // "The Bayeux Tapestry is an embroidered cloth …": the name as subject of "is".
      const be = s.tokens[m.end];
      const complement = s.tokens[m.end + 1];
      if (!copula && be && be.lemma === 'be' && be.pos === 'AUX' && complement && ['DET', 'ADJ', 'NUM'].includes(complement.pos)) {
        let end = m.end + 1;
        // The complement ends at the next verb: "when Uka was six had led to …" is no description.
        while (end < s.tokens.length && ![',', '.', ';', '—', '('].includes(s.tokens[end]!.text) && !RELATIVE.has(s.tokens[end]!.lower) && !['VERB', 'AUX'].includes(s.tokens[end]!.pos) && end - m.end <= MAX_WORDS) end++;
        if (end - m.end > 2 && s.tokens.slice(m.end + 1, end).some((t) => t.pos === 'NOUN')) copula = { text: span(s, m.end + 1, end), sentence: s };
      }
      if (!before && s.tokens[m.start - 1]?.text === ',') {
        let i = m.start - 2;
        // "The director of the museum, Alma Novak": the phrase runs back across "of" after a noun.
        // And across "and" inside a name: "the President of United Restaurant and Tavern Owners Association, Paul Hurley".
        const joinsName = (k: number): boolean => s.tokens[k]!.pos === 'CCONJ' && s.tokens[k - 1]?.pos === 'PROPN' && s.tokens[k + 1]?.pos === 'PROPN';
        while (i >= 0 && (NP_BEFORE.has(s.tokens[i]!.pos) || (s.tokens[i]!.lower === 'of' && s.tokens[i - 1]?.pos === 'NOUN') || joinsName(i)) && m.start - i <= MAX_WORDS) i--;
        // Its head is a noun, or an organisation's name after a noun ("the President of … Association").
        const head = s.tokens[m.start - 2]?.pos;
        const described = head === 'NOUN' || (head === 'PROPN' && s.tokens.slice(i + 1, m.start - 1).some((t) => t.lower === 'of'));
        if (i + 1 < m.start - 1 && described) {
          before = { text: borrowModifiers(corpus, s, i + 1, m.start - 1) ?? span(s, i + 1, m.start - 1), sentence: s };
        }
      }
      // "the holy city of Qum", "the journal Russia in Global Affairs": the noun phrase the name completes.
      if (!before) {
        const of = s.tokens[m.start - 1]?.lower === 'of' ? m.start - 1 : m.start;
        let i = of - 1;
        while (i >= 0 && NP_BEFORE.has(s.tokens[i]!.pos) && of - i <= MAX_WORDS) i--;
        const head = s.tokens[of - 1];
        // Not a name that opens its own clause: "no evidence Uka had been trained".
        const subject = ['VERB', 'AUX'].includes(s.tokens[m.end]?.pos ?? '');
        if (head?.pos === 'NOUN' && !subject && s.tokens[i + 1]?.pos === 'DET' && of - (i + 1) >= 2) before = { text: span(s, i + 1, of), sentence: s };
      }
      const titles = s.tokens.slice(m.start, m.nameStart).filter((t) => !HONORIFICS.has(t.lower));
      if (!title && titles.length > 0 && m.nameStart > m.start) title = { text: span(s, m.start, m.nameStart), sentence: s };
      // "Agency spokesman Sutopo said": a role noun right before the name, not taken as a title.
      if (!title && m.nameStart === m.start && s.tokens[m.start - 1]?.pos === 'NOUN' && ROLE_NOUN.test(s.tokens[m.start - 1]!.lower)) {
        let i = m.start - 1;
        while (i > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(s.tokens[i - 1]!.pos) && m.start - i < 4) i--;
        title = { text: span(s, i, m.start), sentence: s };
      }
    }
  }
  return copula ?? before ?? title;
}

/**
 * "The minister, Sergey V. Lavrov": a bare "the <noun>" refers back to that noun's latest fuller
 * mention a few sentences earlier ("Russia's foreign minister"), which describes better.
 */
function borrowModifiers(corpus: Corpus, s: Sentence, start: number, end: number): string | undefined {
  if (end - start !== 2 || s.tokens[start]!.pos !== 'DET') return undefined;
  const head = s.tokens[end - 1]!;
  for (let id = s.id - 1; id >= 0 && id >= s.id - 4; id--) {
    const prev = corpus.sentences[id]!;
    if (prev.article !== s.article) break;
    const at = prev.tokens.findIndex((t) => t.lemma === head.lemma);
    if (at < 0) continue;
    let j = at - 1;
    while (j >= 0 && (NP_BEFORE.has(prev.tokens[j]!.pos) || prev.tokens[j]!.pos === 'PART')) j--;
    return at - j > 1 ? span(prev, j + 1, at + 1) : undefined;
  }
  return undefined;
}
