/**
 * Turns a follow-up into a standalone question before retrieval, using the conversation's
 * earlier turns: elliptical questions ("And Medvedev?", "When?") are completed from the previous
 * question, pronouns and "that deal" are replaced by what they point at. A question with neither
 * is left exactly as typed: changing the subject never inherits the old one.
 */
import { aboutTopic, bareQuestionWord, completeAbout, completeBare } from './ellipsis.js';
import { resolveReferences, type NamesOf, type PriorTurn } from './pronouns.js';
import { clip } from './surface.js';

export type { NamesOf, PriorTurn } from './pronouns.js';

/** A question ready for the core, and how it was read when it was a follow-up. */
export interface FollowUp {
  /** The standalone question. */
  question: string;
  /** For people, when the question was rewritten: 'reading "he" as Sergey V. Lavrov'. */
  readAs?: string;
}

/**
 * Resolves `question` against `history` (oldest first; the last entry is the previous turn).
 * `namesOf` is `QaCore.names`, which knows the article's people and places and their genders.
 * Pure: the same inputs give the same output.
 */
export function resolveFollowUp(question: string, history: readonly PriorTurn[], namesOf: NamesOf): FollowUp {
  const asked = question.trim();
  const previous = history[history.length - 1];
  if (!previous || !asked) return { question: asked };

  const topic = aboutTopic(asked);
  const word = topic === undefined ? bareQuestionWord(asked) : undefined;
  let completed: string | undefined;
  if (topic !== undefined) {
    // "And Medvedev?" swaps a name in the last question asked in full: a "why?" in between
    // was a side question, and its rewrite does not carry over.
    const base = [...history].reverse().find((t) => t.question === undefined || bareQuestionWord(t.question) === undefined);
    completed = base ? completeAbout(topic, base, namesOf) : undefined;
  } else if (word !== undefined && previous.answer.answered) {
    // "When?" asks about what the previous answer said: after a question the bot could not
    // answer there is nothing to ask about.
    completed = completeBare(word, previous, namesOf);
  }
  if (completed) return { question: completed, readAs: `reading "${clip(asked, 60)}" as "${clip(completed, 160)}"` };
  if (topic !== undefined || word !== undefined) return { question: asked };

  const { question: rewritten, notes } = resolveReferences(asked, history, namesOf);
  return notes.length > 0 ? { question: rewritten, readAs: `reading ${notes.join(', ')}` } : { question: asked };
}
