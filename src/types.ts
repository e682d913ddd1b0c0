/**
 * The core/adapter boundary: every type an adapter (Discord, Slack, REPL, CLI) needs to talk
 * to the question-answering core. Adapters import from here and from `src/index.ts` only.
 */

/** One article as handed to the core: the adapter reads the file, the core never does I/O. */
export interface ArticleSource {
  /** A stable id, usually the file name (`russia-resists....txt`). */
  id: string;
  /** The raw text, paragraphs separated by blank lines. Web-page furniture is dropped by the core. */
  text: string;
}

/**
 * What kind of reply an `Answer` is: a short answer quoted from the article, an honest "the
 * article doesn't say", a summary of the article, a list of its people or places, a line of
 * small talk, or the help text. Adapters lay each kind out differently (see the kinds table in the README, "How to ask").
 */
export type AnswerKind = 'answer' | 'not-answered' | 'summary' | 'people' | 'chat' | 'help' | 'error';

/**
 * The shape of an answer line, as the judge chose it: `short` (a name, a date, a figure, a phrase)
 * when the short answer is likely right, `sentence` (the quoted sentence is the answer line, with
 * the likely answer words in `highlight`) when only the passage is.
 */
export type AnswerForm = 'short' | 'sentence';

/** The stage whose candidate became the reply (see src/pipeline.ts). */
export type TraceStage = 'clean' | 'intents' | 'analyse' | 'shortcuts' | 'propose' | 'read';

/** What decided a reply: the stage, what retrieval and the reader ranked, and the judge's call. */
export interface Trace {
  stage: TraceStage;
  /** The top retrieved passages, best first (paragraph 1-based; score comparable within a question). */
  passages: { paragraph: number; score: number; text: string }[];
  /** The reader's best candidates, best first, where the reader ran. */
  candidates: { text: string; score: number }[];
  /**
   * The judge's probabilities and the shape it chose; `veto` names a refusal or veto that decided;
   * `option` whether it gave the reader's best span or the rules' answer, when they differed.
   */
  judge?: { shape: 'short' | 'sentence' | 'abstain'; pPassage: number; pSentence: number; pShort: number; veto?: string; checks: string[]; option?: 'reader' | 'rules' };
}

/** One line of a summary or a people/places list, with the paragraph it comes from. */
export interface AnswerPoint {
  text: string;
  /** 1-based paragraph number of the sentence or first mention; 0 for the headline. */
  paragraph: number;
}

/** How much to trust an answer: derived from the numeric confidence by fixed cut-offs. */
export type ConfidenceLabel = 'high' | 'medium' | 'low';

/**
 * The core's reply to one question. "No answer" is a value (`answered: false` with a `reason`),
 * never an exception.
 */
export interface Answer {
  /**
   * Which kind of reply this is. 'answer' and 'not-answered' follow `answered`; for the others
   * (`summary`, `people`, `chat`, `help`) `answered` is true, `answer` is the whole reply as
   * plain text (lines separated by "\n") and `passage` is empty. `QaCore.ask` always sets it;
   * it is optional only so that answers stored before it existed still read.
   */
  kind?: AnswerKind;
  /** The question as asked (trimmed). */
  question: string;
  /** False when the article does not say (or the question was empty): then `reason` says why. */
  answered: boolean;
  /** The short answer span (a name, a date, a clause); empty when not answered. */
  answer: string;
  /**
   * The cited sentence, verbatim from the article (a very long one cut to its stretch around the
   * answer, with "…" at the cuts); empty when not answered.
   */
  passage: string;
  /** 1-based paragraph number of the passage within the article body; 0 when not answered. */
  paragraph: number;
  /**
   * The title of the section the passage stands under (a Markdown `## Opening hours` →
   * "Opening hours"), shown with the quote as its context. Absent when the article has no
   * sections or the passage stands above the first one. Article text: adapters escape it.
   */
  section?: string;
  /** The headline of the article the passage came from; empty when not answered. */
  article: string;
  /** The id (file name) of that article; empty when not answered. */
  articleId: string;
  /** 0..1, calibrated so that the label cut-offs mean something. 0 when not answered. */
  confidence: number;
  /** `confidence` as a word, for people. */
  confidenceLabel: ConfidenceLabel;
  /**
   * Why the core abstained, as a lower-case fragment for people ('it never mentions "water"').
   * Only when `answered` is false.
   */
  reason?: string;
  /**
   * How a follow-up was read before it was answered ('reading "he" as Sergey V. Lavrov'), set by
   * the conversation layer when it rewrote the question; `question` is then the rewritten one.
   */
  readAs?: string;
  /** For `summary` and `people`: the listed sentences or names, each with its paragraph. */
  points?: AnswerPoint[];
  /** For `answer`: the answer line's shape (see AnswerForm). */
  form?: AnswerForm;
  /** For a `sentence` answer: the likely answer words inside it, for adapters that can show bold. */
  highlight?: string;
  /** What decided this reply (see Trace); `ask --json --trace` prints it, `/why` renders it. */
  trace?: Trace;
  /** For `error`: a code (`QA_INTERNAL`) for logs; the text shown is in `answer`. */
  error?: { code: string; message: string };
}

/** What the bot can say about one loaded article (`/about`). */
export interface About {
  articleId: string;
  /** The headline. */
  title: string;
  /** The dateline place ("MOSCOW"), when the article has one. */
  dateline?: string;
  /** The first paragraph of the body, with the dateline. */
  lead: string;
  /** Example questions generated from the article, each of which the core answers itself. */
  examples: string[];
}

/** One ranked passage, as shown by `/why`. */
export interface RankedPassage {
  passage: string;
  paragraph: number;
  /** The title of the section the passage stands under, as in `Answer.section`. */
  section?: string;
  article: string;
  articleId: string;
  /** The retrieval score (larger is better; only comparable within one question). */
  score: number;
  /** Names from the question that the passage (or its paragraph) matched. */
  entities: string[];
  /** Content words (lemmas) from the question that the passage matched. */
  keywords: string[];
}

/** `/why`: the passages the answer was chosen from, the quoted one first, and what decided. */
export interface Explanation {
  question: string;
  passages: RankedPassage[];
  /** The answer's trace (which stage decided, the judge's probabilities and shape). */
  trace?: Trace;
}

/** Someone or something the articles name, as found in a piece of text by `QaCore.names`. */
export interface NameInfo {
  /** The full name as the article writes it ("Sergey V. Lavrov"). */
  name: string;
  /** person (honorific, title, initials …), place, or other (organisations, events …). */
  kind: 'person' | 'place' | 'other';
  /** From Mr./Mrs. in the article, or its own "she"/"he" after the name, when known: lets "he"/"she" be resolved. */
  gender?: 'm' | 'f';
}

/** The single entry point adapters call. Built once at start-up by `createCore`. */
export interface QaCore {
  /** Answers one question. Never throws on any string input. */
  ask(question: string): Answer;
  /** The top `count` passages for a question with their scores and matches (default 3). */
  explain(question: string, count?: number): Explanation;
  /** Headline, dateline, lead and example questions of each loaded article. */
  about(): About[];
  /** The article names mentioned in `text` (a question or an answer), in order, case-insensitive. */
  names(text: string): NameInfo[];
}
