import type { Token } from '../nlp/wink.js';
import type { Section } from './markdown.js';
import type { Expansion } from './acronyms.js';

/** A name as it occurs in a sentence, linked to its entity. */
export interface Mention {
  /** Token range of the whole run, titles included: [start, end). */
  start: number;
  end: number;
  /** First token of the name proper. */
  nameStart: number;
  /** The entity's key (lower-case full name). */
  key: string;
  /** What the entity looks like: answers "who" (person, or other names) or "where" (place). */
  kind: 'person' | 'place' | 'other';
}

/** Someone or something named in an article, with every form it goes by. */
export interface Entity {
  key: string;
  /** The longest written form ("Sergey V. Lavrov"). */
  name: string;
  /** Lower-case forms that refer to it ("sergey v. lavrov", "lavrov"). */
  forms: Set<string>;
  /** Titles seen before it ("president", "mr."). */
  titles: Set<string>;
  /** From Mr./Mrs./Ms. before the name, or the article's own he/she just after it (genders.ts). */
  gender?: 'm' | 'f';
  /** Looks like a person (honorific, title, initials, or a surname used alone). */
  person: boolean;
  /** Looks like a place (follows "in", "near", "from" …, or is a known country). */
  place: boolean;
}

/** One sentence of an article, analysed and indexed. */
export interface Sentence {
  /** Index in the corpus's sentence list. */
  id: number;
  /** Index of its article in the corpus. */
  article: number;
  /** 1-based paragraph number within the article body. */
  paragraph: number;
  /** Index of the paragraph across the whole corpus (for paragraph postings). */
  paragraphId: number;
  text: string;
  tokens: Token[];
  mentions: Mention[];
  /** Pronoun token index → entity key it refers to ("he" → "sergey v. lavrov"). */
  corefs: Map<number, string>;
  /** Index terms: lemmas, stems (`s:`), entities (`e:`). */
  terms: Set<string>;
  /** Entity key of whoever is quoted or reported as saying this sentence. */
  speaker?: string;
  /** Token range [start, end) of quoted words in the sentence, if any. */
  quote?: [number, number];
}

/** One loaded article. */
export interface Article {
  index: number;
  id: string;
  title: string;
  dateline?: string;
  paragraphs: string[];
  /** Section titles (Markdown `##`), with the paragraph each stands before; never quoted as answers. */
  sections?: Section[];
  /** The byline ("By Jane Doe"), when the article has one above its body. */
  byline?: string;
  /** Ids of its sentences, in order. */
  sentenceIds: number[];
  entities: Map<string, Entity>;
}

/** Everything the core answers from: the articles and an inverted index over their sentences. */
export interface Corpus {
  articles: Article[];
  sentences: Sentence[];
  /** Term → ids of the sentences that hold it (ascending). */
  postings: Map<string, number[]>;
  /** Term → corpus-wide ids (`Sentence.paragraphId`) of the paragraphs that hold it. */
  paragraphPostings: Map<string, Set<number>>;
  /** Inverse sentence frequency of each term. */
  idf(term: string): number;
  /** Lower-case name form → entity keys (across articles) for matching names in questions. */
  forms: Map<string, Set<string>>;
  /** The longest name form, in words, so question matching knows how far to look. */
  longestForm: number;
  /** Lower-case last word of each multi-word name that is not a place → the entity keys ending in it. */
  surnames: Map<string, string[]>;
  /** Keys of the entities that look like people, in any article. */
  persons: Set<string>;
  /** Words the articles write in lower case somewhere ("century", "government"): common words, not names. */
  commonWords: Set<string>;
  /**
   * Every word the articles use (lower case, letters only, 4+ letters), grouped by first letter
   * and length ("p7": "premier", …): spelling correction looks only where a one-letter slip can land.
   */
  spellings: Map<string, Set<string>>;
  /** Lower-case initials → the capitalised runs they may stand for ("mvp" → "Most Valuable Player"; acronyms.ts). */
  acronyms: Map<string, Expansion[]>;
}
