/**
 * The reader's feature layout: every feature the learned answer model reads, as named templates
 * (a template is a table of weights indexed by one or two small vocabularies), laid end to end in
 * one weight vector. `npm run train` fits that vector; weights.generated.ts stores it by name, so a
 * template added or reordered here reads the stored weights by name (a new one starts at 0).
 */

/** The question kinds the reader tells apart (answer type, with "what X" split from a bare "what"). */
export const QKINDS = ['person', 'place', 'time', 'number', 'thing', 'thingFocus', 'reason', 'manner', 'quote', 'definition', 'yesno'] as const;
export type QKind = (typeof QKINDS)[number];

/** Coarse parts of speech, plus EDGE for "before the first / after the last token". */
export const POS = ['NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB', 'ADV', 'ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'PUNCT', 'OTHER', 'EDGE'] as const;

/** What a span is, as names and figures go: a whole name or figure, part of one, or neither. */
export const SPAN_CLASSES = [
  'person', 'place', 'otherName', 'date', 'time', 'cardinal', 'money', 'percent', 'quantity', 'ordinal', 'year',
  'inPerson', 'inPlace', 'inOtherName', 'inDate', 'inNumber', 'none',
] as const;
export type SpanClass = (typeof SPAN_CLASSES)[number];

/** The hand-written extractors (answer/extract.ts) whose answer a span is. */
export { EXTRACTORS } from '../propose/extract.js';
import { EXTRACTORS } from '../propose/extract.js';
import { NOUN_CLASSES } from '../nlp/wordnet.js';

/** The WordNet class of the question's focus noun ("what disclosure" → communication), or none. */
export const FOCUS_CLASSES = ['none', 'unknown', ...NOUN_CLASSES] as const;

/** What a span looks like: a name, a figure or date, a common-noun phrase, a clause (it holds a verb), or other. */
export const SHAPES = ['name', 'figure', 'noun', 'clause', 'other'] as const;

/** Span lengths in tokens: 1 … 7, and 8 or more. */
export const LENGTHS = ['1', '2', '3', '4', '5', '6', '7', '8+'] as const;

/**
 * Per-span numbers, each read once on its own and once per question kind. docs/training.md
 * ("Features") says what each means.
 */
export const SPAN_DENSE = [
  'repeatsQuestion', 'holdsAskedName', 'leftNear', 'rightNear', 'leftWindow', 'rightWindow', 'leftAdjacent', 'rightAdjacent',
  'leftAny', 'rightAny', 'ruleExact', 'ruleOverlap', 'typedExact', 'typedOverlap', 'afterFinalVerb', 'subjectSlot',
  'focusInside', 'focusAfter', 'focusBefore', 'inParentheses', 'inQuote', 'holdsComma', 'commaBefore', 'commaAfter',
  'rareWords', 'capitalised', 'betweenMatches', 'clauseStart', 'leftIsLastWord', 'rightIsFirstWord', 'list', 'listForPlural',
  'wholeQuote', 'listCut', 'reportSubject', 'nameNear', 'possessor', 'afterAskedVerb', 'wholeSubject', 'afterLastWord', 'headLikeFocus',
] as const;

/** Per-passage numbers: how well the sentence as a whole matches the question. */
export const PASSAGE = [
  'scoreRel', 'rank1', 'rank2', 'rank3', 'rank4', 'rank5plus', 'coverage', 'ownCoverage', 'paragraphCoverage', 'bigrams',
  'missingRare', 'missingRareParagraph', 'entityShare', 'synonyms', 'sentenceLength', 'typedPresent', 'typedMissing',
  'localCoverage', 'longestRun', 'margin', 'paragraphFirst', 'previousCoverage', 'candidates', 'stemCoverage', 'entityCoverage',
  'focusPresent', 'verbPresent', 'nextCoverage',
] as const;

/** One table of weights, indexed by one or more vocabularies. */
export interface Template {
  name: string;
  dims: readonly (readonly string[])[];
}

export const TEMPLATES: readonly Template[] = [
  { name: 'length×kind', dims: [LENGTHS, QKINDS] },
  { name: 'first×kind', dims: [POS, QKINDS] },
  { name: 'last×kind', dims: [POS, QKINDS] },
  { name: 'before×kind', dims: [POS, QKINDS] },
  { name: 'after×kind', dims: [POS, QKINDS] },
  { name: 'before×first', dims: [POS, POS] },
  { name: 'last×after', dims: [POS, POS] },
  { name: 'class×kind', dims: [SPAN_CLASSES, QKINDS] },
  { name: 'shape×focus', dims: [SHAPES, FOCUS_CLASSES] },
  { name: 'rule', dims: [EXTRACTORS] },
  { name: 'rule×kind', dims: [EXTRACTORS, QKINDS] },
  { name: 'span', dims: [SPAN_DENSE] },
  { name: 'span×kind', dims: [SPAN_DENSE, QKINDS] },
  { name: 'passage', dims: [PASSAGE] },
];

const sizeOf = (t: Template): number => t.dims.reduce((n, d) => n * d.length, 1);

/** Where each template starts in the weight vector. */
export const OFFSET: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = {};
  let at = 0;
  for (const t of TEMPLATES) {
    out[t.name] = at;
    at += sizeOf(t);
  }
  return out;
})();

/** Length of the weight vector. */
export const DIMENSION = TEMPLATES.reduce((n, t) => n + sizeOf(t), 0);

/** The index of a template's cell (`at` gives one position per dimension). */
export function cell(template: string, ...at: number[]): number {
  const t = TEMPLATES.find((x) => x.name === template)!;
  let k = 0;
  t.dims.forEach((d, i) => { k = k * d.length + at[i]!; });
  return OFFSET[template]! + k;
}

/** The readable name of weight `index` ("first×kind[PROPN,person]"). */
export function featureName(index: number): string {
  for (const t of TEMPLATES) {
    const start = OFFSET[t.name]!;
    const size = sizeOf(t);
    if (index < start || index >= start + size) continue;
    let k = index - start;
    const parts: string[] = [];
    for (let i = t.dims.length - 1; i >= 0; i--) {
      const d = t.dims[i]!;
      parts.unshift(d[k % d.length]!);
      k = Math.floor(k / d.length);
    }
    return `${t.name}[${parts.join(',')}]`;
  }
  return `#${index}`;
}

/** One template's weights as stored: the vocabularies it was fitted on, and a weight per cell. */
export interface StoredTemplate {
  dims: readonly (readonly string[])[];
  weights: readonly number[];
}

/** The weight vector `w` stored by template, for weights.generated.ts. */
export function toStored(w: ArrayLike<number>, digits = 3): Record<string, StoredTemplate> {
  const out: Record<string, StoredTemplate> = {};
  for (const t of TEMPLATES) {
    const start = OFFSET[t.name]!;
    out[t.name] = { dims: t.dims, weights: Array.from({ length: sizeOf(t) }, (_, k) => Number(w[start + k]!.toFixed(digits))) };
  }
  return out;
}

/** Reads weights stored by template name into the current layout (unknown cells stay 0). */
export function fromStored(stored: Readonly<Record<string, StoredTemplate>>): Float64Array {
  const w = new Float64Array(DIMENSION);
  for (const t of TEMPLATES) {
    const s = stored[t.name];
    if (!s) continue;
    // Map each stored cell to the current one by its names, so vocabularies may grow.
    const size = s.weights.length;
    for (let k = 0; k < size; k++) {
      let rest = k;
      const names: string[] = [];
      for (let i = s.dims.length - 1; i >= 0; i--) {
        const d = s.dims[i]!;
        names.unshift(d[rest % d.length]!);
        rest = Math.floor(rest / d.length);
      }
      const at = names.map((n, i) => t.dims[i]?.indexOf(n) ?? -1);
      if (at.length !== t.dims.length || at.some((x) => x < 0)) continue;
      w[cell(t.name, ...at)] = s.weights[k]!;
    }
  }
  return w;
}
