import type { ArticleSource } from '../types.js';
import { analyse, foldText } from '../nlp/wink.js';
import { DERIVATION_WEIGHT, hyphenCompounds, tokenTerms } from '../nlp/terms.js';
import { derivations } from '../nlp/wordnet.js';
import { parseArticle } from './parse.js';
import { indexAcronyms, type Expansion } from './acronyms.js';
import { findNameRuns } from './names.js';
import { isDemonymRun, linkEntities, type RunAt } from './entities.js';
import { resolveVoices } from './speakers.js';
import { inferGenders } from './genders.js';
import { reportsAt, roleCorefs } from './roles.js';
import type { Article, Corpus, Mention, Sentence } from './model.js';
import type { Section } from './markdown.js';
import { THRESHOLDS } from '../params.js';

/** Analyses one article's sentences and appends them to `sentences`. */
function buildArticle(source: ArticleSource, index: number, sentences: Sentence[], allCommonWords: Set<string>): Article {
  const parsed = parseArticle(source.text);
  const analysed = parsed.paragraphs.flatMap((p, k) => analyse(p).map((s) => ({ ...s, paragraph: k + 1 })));
  const commonWords = new Set<string>();
  for (const s of analysed) for (const t of s.tokens) if (/^[\p{Ll}]/u.test(t.text)) commonWords.add(t.lower);
  for (const w of commonWords) allCommonWords.add(w);

  const runs: RunAt[] = [];
  analysed.forEach((s, k) => {
    for (const run of findNameRuns(s.tokens, commonWords)) if (!isDemonymRun(run)) runs.push({ sentence: k, run, tokens: s.tokens });
  });
  const { entities, keys } = linkEntities(runs, commonWords);
  const mentions: Mention[][] = analysed.map(() => []);
  runs.forEach((r, k) => {
    const e = entities.get(keys[k]!)!;
    const kind = e.person ? 'person' : e.place ? 'place' : 'other';
    mentions[r.sentence]!.push({ start: r.run.start, end: r.run.end, nameStart: r.run.nameStart, key: keys[k]!, kind });
  });
  const inputs = analysed.map((s, k) => ({ paragraph: s.paragraph, tokens: s.tokens, mentions: mentions[k]! }));
  // Genders from the article's own he/she first, so pronoun links can use them (genders.ts).
  inferGenders(inputs, entities);
  const voices = resolveVoices(inputs, entities);

  // In a datelined story "here" is the dateline city ("analysts here" = in Moscow).
  const datelineKey = parsed.dateline?.toLowerCase();
  if (datelineKey && entities.has(datelineKey)) {
    analysed.forEach((s, k) => s.tokens.forEach((t, i) => {
      if (t.lower === 'here' && t.pos === 'ADV') voices[k]!.corefs.set(i, datelineKey);
    }));
  }
  // "Russia's foreign minister said …" is Lavrov where only he holds that role (see roles.ts).
  const roles = roleCorefs(analysed.map((s, k) => ({ tokens: s.tokens, mentions: mentions[k]! })), entities);
  roles.forEach((found, k) => {
    for (const [i, key] of found) {
      if (voices[k]!.corefs.has(i)) continue;
      voices[k]!.corefs.set(i, key);
      if (!voices[k]!.speaker && reportsAt(analysed[k]!.tokens, i)) voices[k]!.speaker = key;
    }
  });
  const sentenceIds: number[] = [];
  const sectionTerms = titleTerms(parsed.sections ?? []);
  analysed.forEach((s, k) => {
    // A sentence is found by its section's title too ("## Opening hours" → "when does it open").
    const terms = new Set<string>(sectionTerms.findLast((x) => x.paragraph <= s.paragraph)?.terms);
    for (const t of s.tokens) for (const term of tokenTerms(t)) terms.add(term);
    for (const c of hyphenCompounds(s.tokens)) terms.add(c.term);
    // "close" is also found by "closure": its WordNet derivations, as terms of their own.
    if (DERIVATION_WEIGHT > 0) {
      for (const t of s.tokens) {
        const pos = t.pos === 'NOUN' ? 'noun' : t.pos === 'VERB' ? 'verb' : undefined;
        if (pos) for (const d of derivations(t.lemma, pos)) terms.add(`d:${d}`);
      }
    }
    for (const m of mentions[k]!) terms.add(`e:${m.key}`);
    for (const key of voices[k]!.corefs.values()) terms.add(`e:${key}`);
    if (voices[k]!.speaker) terms.add(`e:${voices[k]!.speaker}`);
    const id = sentences.length;
    sentences.push({
      id, article: index, paragraph: s.paragraph, paragraphId: 0, text: s.text, tokens: s.tokens, mentions: mentions[k]!,
      corefs: voices[k]!.corefs, speaker: voices[k]!.speaker, quote: voices[k]!.quote, terms,
    });
    sentenceIds.push(id);
  });
  return {
    index, id: source.id, title: parsed.title, dateline: parsed.dateline, paragraphs: parsed.paragraphs,
    ...(parsed.sections?.length ? { sections: parsed.sections } : {}), ...(parsed.byline ? { byline: parsed.byline } : {}), sentenceIds, entities,
  };
}

/** Each section's index terms (its title's words), with the paragraph it starts at. */
function titleTerms(sections: readonly Section[]): Array<{ paragraph: number; terms: string[] }> {
  return sections.map((x) => {
    const tokens = analyse(x.title).flatMap((s) => s.tokens);
    return { paragraph: x.paragraph, terms: [...tokens.flatMap((t) => tokenTerms(t)), ...hyphenCompounds(tokens).map((c) => c.term)] };
  });
}

/** Where `Corpus.spellings` keeps words of this first letter and length. */
export function spellingKey(word: string, length: number): string {
  return `${word[0]}${length}`;
}

/** Builds the corpus: every article analysed, plus the inverted index the retriever reads. */
export function buildCorpus(sources: readonly ArticleSource[]): Corpus {
  const sentences: Sentence[] = [];
  const commonWords = new Set<string>();
  const articles = sources.map((src, k) => buildArticle(src, k, sentences, commonWords));
  const postings = new Map<string, number[]>();
  const paragraphPostings = new Map<string, Set<number>>();
  let paragraphId = -1;
  let previous = '';
  for (const s of sentences) {
    const key = `${s.article}:${s.paragraph}`;
    if (key !== previous) paragraphId++;
    previous = key;
    s.paragraphId = paragraphId;
    for (const term of s.terms) {
      (postings.get(term) ?? postings.set(term, []).get(term)!).push(s.id);
      (paragraphPostings.get(term) ?? paragraphPostings.set(term, new Set()).get(term)!).add(paragraphId);
    }
  }
  const n = Math.max(sentences.length, 1);
  const maxIdf = Math.log(1 + (n + 0.5) / 0.5) * THRESHOLDS.unknownTermBoost;
  const idf = (term: string): number => {
    const df = postings.get(term)?.length ?? 0;
    return df === 0 ? maxIdf : Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const forms = new Map<string, Set<string>>();
  let longestForm = 1;
  for (const a of articles) {
    for (const e of a.entities.values()) {
      for (const f of e.forms) {
        const folded = foldText(f);
        (forms.get(folded) ?? forms.set(folded, new Set()).get(folded)!).add(e.key);
        longestForm = Math.max(longestForm, folded.split(' ').length);
      }
    }
  }
  const surnames = new Map<string, string[]>();
  for (const a of articles) {
    for (const e of a.entities.values()) {
      const parts = e.key.split(' ');
      if (parts.length < 2 || e.place || / (?:of|in|de|von) /.test(e.key)) continue;
      const owners = surnames.get(parts.at(-1)!) ?? surnames.set(parts.at(-1)!, []).get(parts.at(-1)!)!;
      if (!owners.includes(e.key)) owners.push(e.key);
    }
  }
  const persons = new Set(articles.flatMap((a) => [...a.entities.values()].filter((e) => e.person).map((e) => e.key)));
  const spellings = new Map<string, Set<string>>();
  const acronyms = new Map<string, Expansion[]>();
  for (const s of sentences) {
    indexAcronyms(s.tokens, commonWords, acronyms);
    for (const t of s.tokens) {
      if (t.lower.length < 4 || !/^\p{L}+$/u.test(t.lower)) continue;
      const key = spellingKey(t.lower, t.lower.length);
      (spellings.get(key) ?? spellings.set(key, new Set()).get(key)!).add(t.lower);
    }
  }
  return { articles, sentences, postings, paragraphPostings, idf, forms, longestForm, persons, surnames, spellings, commonWords, acronyms };
}
