/**
 * What an editor reads: the questions log summarised. Unanswered questions (abstentions,
 * low-confidence answers and 👎) are grouped by their key terms, so "What is the boiling point of
 * water?" and "water boiling point?" count as one question asked twice.
 */
import { z } from 'zod';
import { cleanQuestion } from '../../src/question/clean.js';

/**
 * Lines longer than this are skipped as malformed, unparsed: the adapters' longest lines (a 40,000
 * character Slack message, escaped) stay well under it, so such a line was not written by them.
 */
export const MAX_LINE_CHARS = 1024 * 1024;

/** Words that carry no topic: question words, auxiliaries, pronouns, articles, prepositions. */
const STOP = new Set(
  ('a an the and or but if of to in on at by for from with about into over after before between during as than then so ' +
    'what who whom whose which when where why how is are was were be been being do does did done has have had will would ' +
    'can could should shall may might must i you he she it we they me him her us them my your his its our their this that ' +
    'these those there here not no yes any some much many more most very just also said say says tell told please article ' +
    'me know think').split(' '),
);

/** A crude stem, so that plurals and -ing/-ed forms meet ("sanctions" = "sanction"). */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower case, accents folded ("Hervé" = "herve"): people type names without them. */
const fold = (text: string): string => text.toLowerCase().normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** One word's key term ('' for a word that carries no topic): lower-cased, folded, stemmed. */
export function termOf(word: string): string {
  const w = fold(word).replace(/['’]s$/u, '');
  return STOP.has(w) || w.length <= 1 ? '' : stem(w);
}

/** Every key term of a text, in order, repeats kept. */
export function termsOf(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map(termOf).filter(Boolean);
}

/** Every content word of a text with its key term, in order: ["sanctions", "sanction"]. */
export function wordsOf(text: string): Array<[string, string]> {
  return (fold(text).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w): [string, string] => [w.replace(/['’]s$/u, ''), termOf(w)]).filter(([, t]) => t !== '');
}

/** The key terms of a question, sorted: its content words, lower-cased and stemmed. */
export function keyTerms(question: string): string[] {
  return [...new Set(termsOf(question))].sort();
}

export interface QuestionGroup {
  terms: string[];
  /** How many log lines fell into the group. */
  count: number;
  /** The distinct wordings, most frequent first. */
  questions: Array<{ text: string; count: number }>;
  /** How many of them were abstentions, low-confidence answers, 👎. */
  unanswered: number;
  lowConfidence: number;
  bad: number;
  /** The reasons the core gave for abstaining, most frequent first. */
  reasons: string[];
  lastAt: string;
}

export interface Summary {
  lines: number;
  unanswered: number;
  lowConfidence: number;
  good: number;
  bad: number;
  /** Malformed lines skipped (not JSON, no string `kind` and `question`, or over MAX_LINE_CHARS). */
  skipped: number;
  groups: QuestionGroup[];
  /**
   * The single key terms most often in questions that need attention; with `known`, only the
   * terms the articles lack (a term the article has is a retrieval problem, not a missing fact).
   */
  topTerms: Array<{ term: string; count: number }>;
  /** Whether `topTerms` was checked against the articles. */
  termsChecked: boolean;
}

export interface SummariseOptions {
  /** Whether the articles have this key term (see vocabulary.ts); without it no term is filtered out. */
  known?: (term: string) => boolean;
}

/**
 * What the report reads of a log line (adapters/shared/qa-log.ts writes them). `kind` and
 * `question` must be strings or the line is skipped; any other field of the wrong type (a line
 * written by hand or by an older or newer version) is ignored, never fatal.
 */
const optional = <T extends z.ZodType>(type: T) => type.optional().catch(undefined);
const Line = z.object({
  kind: z.string(),
  question: z.string(),
  resolved: optional(z.string()),
  reason: optional(z.string()),
  rating: optional(z.enum(['good', 'bad'])),
  at: z.string().catch(''),
});
type Line = z.infer<typeof Line>;

const needsAttention = (r: Line) => r.kind === 'unanswered' || r.kind === 'low-confidence' || (r.kind === 'feedback' && r.rating === 'bad');

function parseLine(line: string): Line | undefined {
  try {
    const parsed = Line.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const countDesc = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

/** Summarises log lines (JSON text, one record each). */
export function summarise(lines: Iterable<string>, options: SummariseOptions = {}): Summary {
  const out: Summary = { lines: 0, unanswered: 0, lowConfidence: 0, good: 0, bad: 0, skipped: 0, groups: [], topTerms: [], termsChecked: !!options.known };
  const groups = new Map<string, QuestionGroup & { wordings: Map<string, number>; why: Map<string, number> }>();
  const terms = new Map<string, number>();
  // The words typed for each term: the report lists what people typed ("making"), not the stem
  // ("mak"), and checks the article by those words, whose lemmas meet the article's.
  const typed = new Map<string, Map<string, number>>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const record = line.length > MAX_LINE_CHARS ? undefined : parseLine(line);
    if (!record) {
      out.skipped++;
      continue;
    }
    out.lines++;
    if (record.kind === 'unanswered') out.unanswered++;
    if (record.kind === 'low-confidence') out.lowConfidence++;
    if (record.kind === 'feedback' && record.rating === 'good') out.good++;
    if (record.kind === 'feedback' && record.rating === 'bad') out.bad++;
    if (!needsAttention(record)) continue;
    // Group by what was really asked: a follow-up's standalone form holds its subject. Only what
    // the core reads of it counts (its last 500 characters, cleaned): a long paste is not a long
    // list of terms, and each term is short enough to look up in linear time.
    const asked = cleanQuestion(record.resolved ?? record.question);
    const key = keyTerms(asked);
    const id = key.join(' ') || asked.trim().toLowerCase();
    let g = groups.get(id);
    if (!g) {
      g = { terms: key, count: 0, questions: [], unanswered: 0, lowConfidence: 0, bad: 0, reasons: [], lastAt: '', wordings: new Map(), why: new Map() };
      groups.set(id, g);
    }
    g.count++;
    if (record.kind === 'unanswered') g.unanswered++;
    else if (record.kind === 'low-confidence') g.lowConfidence++;
    else g.bad++;
    // The wording shown is the one typed; a follow-up's standalone form only groups it.
    const wording = cleanQuestion(record.question).trim() || asked.trim();
    g.wordings.set(wording, (g.wordings.get(wording) ?? 0) + 1);
    if (record.reason) g.why.set(record.reason, (g.why.get(record.reason) ?? 0) + 1);
    if (record.at > g.lastAt) g.lastAt = record.at;
    for (const t of key) terms.set(t, (terms.get(t) ?? 0) + 1);
    for (const [word, term] of wordsOf(asked)) {
      const forms = typed.get(term) ?? typed.set(term, new Map()).get(term)!;
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
  }
  out.groups = [...groups.values()]
    .map(({ wordings, why, ...g }) => ({
      ...g,
      questions: [...wordings].map(([text, count]) => ({ text, count })).sort(countDesc),
      reasons: [...why].sort((a, b) => b[1] - a[1]).map(([r]) => r),
    }))
    .sort((a, b) => b.count - a.count || (a.lastAt < b.lastAt ? 1 : -1));
  const formsOf = (term: string): string[] => [...(typed.get(term) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const known = options.known;
  const lacking = known ? [...terms].filter(([term]) => !known(term) && !formsOf(term).some((w) => known(w))) : [...terms];
  out.topTerms = lacking.map(([term, count]) => ({ term: formsOf(term)[0] ?? term, count })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  return out;
}

/** The summary as text for a terminal. */
export function formatSummary(s: Summary, top = 20): string {
  if (s.lines === 0 && s.skipped > 0) {
    return `No valid line in the questions log: none of its ${s.skipped} lines is a questions-log entry (JSON with a "kind" and a "question"). Is it the right file?`;
  }
  if (s.lines === 0) return 'The questions log is empty: it fills as people ask the bots.';
  const lines = [
    `Questions log: ${s.lines} entries — ${s.unanswered} unanswered, ${s.lowConfidence} low-confidence, ${s.bad} 👎, ${s.good} 👍${s.skipped ? ` (${s.skipped} malformed lines skipped)` : ''}.`,
  ];
  if (s.groups.length === 0) return [...lines, 'Nothing the article failed to answer. 🎉'].join('\n');
  lines.push('', `Most frequent questions the article did not answer well (top ${Math.min(top, s.groups.length)} of ${s.groups.length}):`);
  s.groups.slice(0, top).forEach((g, i) => {
    const kinds = [g.unanswered && `${g.unanswered} unanswered`, g.lowConfidence && `${g.lowConfidence} low-confidence`, g.bad && `${g.bad} 👎`].filter(Boolean).join(', ');
    lines.push(`${String(i + 1).padStart(3)}. ${g.count}×  [${g.terms.join(', ') || '—'}]  (${kinds})`);
    for (const q of g.questions.slice(0, 3)) lines.push(`       “${q.text}”${q.count > 1 ? ` ×${q.count}` : ''}`);
    if (g.questions.length > 3) lines.push(`       … and ${g.questions.length - 3} other wordings`);
    if (g.reasons[0]) lines.push(`       why not: ${g.reasons[0]}`);
  });
  const terms = s.topTerms.slice(0, 15).map((t) => `${t.term} (${t.count})`).join(', ');
  if (!s.termsChecked) lines.push('', `Key terms most often in these questions (not checked against an article): ${terms}`);
  else lines.push('', terms ? `Key terms the article lacks, most often asked: ${terms}` : 'Every key term of these questions is in the article: the answers are there, but were not found or not trusted.');
  return lines.join('\n');
}
