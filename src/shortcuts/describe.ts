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
        if (s.tokens[end]?.text === ',' && end - m.end > 1 && s.tokens.slice(m.end + 1, end).some((t) => t.pos === 'NOUN')) {
          return { text: span(s, m.end + 1, end), sentence: s };
        }
      }
      // "The Bayeux Tapestry is an embroidered cloth …": the name as subject of "is".
      const be = s.tokens[m.end];
      const complement = s.tokens[m.end + 1];
      if (!copula && be && be.lemma === 'be' && be.pos === 'AUX' && complement && ['DET', 'ADJ', 'NUM'].includes(complement.pos)) {
        let end = m.end + 1;
        while (end < s.tokens.length && ![',', '.', ';', '—', '('].includes(s.tokens[end]!.text) && !RELATIVE.has(s.tokens[end]!.lower) && end - m.end <= MAX_WORDS) end++;
        if (end - m.end > 2 && s.tokens.slice(m.end + 1, end).some((t) => t.pos === 'NOUN')) copula = { text: span(s, m.end + 1, end), sentence: s };
      }
      if (!before && s.tokens[m.start - 1]?.text === ',') {
        let i = m.start - 2;
        // "The director of the museum, Alma Novak": the phrase runs back across "of" after a noun.
        while (i >= 0 && (NP_BEFORE.has(s.tokens[i]!.pos) || (s.tokens[i]!.lower === 'of' && s.tokens[i - 1]?.pos === 'NOUN')) && m.start - i <= MAX_WORDS) i--;
        if (i + 1 < m.start - 1 && s.tokens[m.start - 2]?.pos === 'NOUN') {
          before = { text: borrowModifiers(corpus, s, i + 1, m.start - 1) ?? span(s, i + 1, m.start - 1), sentence: s };
        }
      }
      // "the holy city of Qum", "the journal Russia in Global Affairs": the noun phrase the name completes.
      if (!before) {
        const of = s.tokens[m.start - 1]?.lower === 'of' ? m.start - 1 : m.start;
        let i = of - 1;
        while (i >= 0 && NP_BEFORE.has(s.tokens[i]!.pos) && of - i <= MAX_WORDS) i--;
        const head = s.tokens[of - 1];
        if (head?.pos === 'NOUN' && s.tokens[i + 1]?.pos === 'DET' && of - (i + 1) >= 2) before = { text: span(s, i + 1, of), sentence: s };
      }
      const titles = s.tokens.slice(m.start, m.nameStart).filter((t) => !HONORIFICS.has(t.lower));
      if (!title && titles.length > 0 && m.nameStart > m.start) title = { text: span(s, m.start, m.nameStart), sentence: s };
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
