/**
 * Every scoring constant in one place, so tuning is one file. Values were set on the seed
 * article's dev questions and checked on the external SQuAD sets (see docs/quality.md).
 */
export const WEIGHTS = {
  /** A question term found in the sentence's paragraph but not the sentence itself. */
  context: 0.25,
  /** A term matched only through its Porter stem ("confident" ~ "confidence"). */
  stem: 0.5,
  /** A term matched only through a WordNet synonym ("purchase" ~ "bought"); 0 turns synonyms off. */
  synonym: 0.3,
  /** The sentence holds a candidate of the expected answer type not named in the question. */
  typeBonus: 0.9,
  /** The same for when/how-many questions, whose answers are always a date or a number. */
  strictTypeBonus: 2.5,
  /** The sentence quotes the person the question asks about ("What did X say?"). */
  speakerQuote: 1.5,
  /** Per pair of consecutive question terms standing within `proximityWindow` tokens, in order (× idf). */
  proximity: 0.3,
  proximityWindow: 3,
  /** A term held by more than this share of all sentences (and `commonMinSentences`) only adds to candidates. */
  commonShare: 0.02,
  commonMinSentences: 200,
  /** Sentences always given the bonuses, besides any within the bonuses' reach of the best. */
  shortlist: 40,
  /** How many top sentences the proximity rerank looks at. */
  rerankDepth: 12,
  /** Per-token length penalty, so long sentences do not win by sheer size. */
  lengthPenalty: 0.004,
} as const;

/** Abstention and confidence cut-offs. */
export const THRESHOLDS = {
  /** Below this share of the question's weight matched, the article does not say. */
  minCoverage: 0.34,
  /**
   * The bar when the question holds a noun the article never uses. Such a question is already
   * refused when the passage shares only a name with it (see abstain.ts), so its bar can stay a
   * little lower: the unknown noun is often just the question's own wording ("venue", "kind").
   */
  minCoverageUnknownNoun: 0.3,
  /** A when/how-many question with no date or number in reach is still answered above this (never). */
  untypedCoverage: 1.01,
  /** A question term the article never uses weighs this much more than its idf suggests. */
  unknownTermBoost: 1.0,
  /**
   * The hand-written rules' passage is refused below this hand-made confidence (answer.ts,
   * weakMatch): on the SQuAD sets about one in five of them cites the right passage. The answer's
   * own confidence and label are learned (src/read, `npm run train`).
   */
  minConfidence: 0.25,
} as const;

/** Answer-span extraction. */
export const SPAN = {
  /** Longest short answer, in tokens: past this the passage itself is the better answer. */
  maxTokens: 24,
  /** Substantive words an answer may have before it starts to lose to shorter gaps. */
  comfortableWords: 12,
  lengthPenalty: 0.05,
  /** "What irritated X?": the gap right before the first matched word. */
  subjectBonus: 1.5,
  /** Where/when: a question word matched after a candidate counts this much (before: 1). */
  precedingAnchor: 0.5,
  /** Substantive words a reason opening on its marker keeps before a comma may end it. */
  reasonWords: 4,
  /** A gap of one or two adjectives between two matched words is the question's own phrase. */
  innerModifierPenalty: 2,
  /** Object questions: a gap that follows a matched word (the verb's object). */
  followBonus: 0.5,
  /** How-questions: a gap holding a verb (how someone acted). */
  mannerVerbBonus: 1,
} as const;

/**
 * The priors of candidates that no reader ranked (the judge calibrates each per source, so only
 * their order matters): a structural answer (an apposition, a definition, a role), and a yes/no
 * verdict, surer the fewer of the question's words its passage lacks.
 */
export const PRIORS = {
  structural: 0.8,
  /** A yes/no verdict whose passage holds every asked word; each missing word takes `yesNoPerMissing` off, down to `yesNoFloor`. */
  yesNo: 0.8,
  yesNoPerMissing: 0.2,
  yesNoFloor: 0.3,
  /** "Is X the <role>?" answered "no" because the article gives X another title. */
  yesNoOtherTitle: 0.6,
} as const;
