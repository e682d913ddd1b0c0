/**
 * Turns a follow-up into a standalone question before retrieval, using the conversation's
 * earlier turns: elliptical questions ("And Medvedev?", "When?", "who else") are completed from
 * the previous question, pronouns and "that deal" are replaced by what they point at. A question
 * with neither is left exactly as typed: changing the subject never inherits the old one. Small
 * talk and other intents in between ("thanks", "hi") are skipped: they do not break the chain.
 */
import { aboutTopic, bareQuestionWord, completeAbout, completeBare } from './ellipsis.js';
import { looseBare } from './loose.js';
import { completeShortWho } from './who-going.js';
import { elseQuestion } from './else.js';
import { resolveReferences, type NamesOf, type PriorTurn } from './pronouns.js';
import { readsAsQuestion } from './grammar.js';
import { clip } from './surface.js';
import { readCasual } from '../question/casual.js';

export type { NamesOf, PriorTurn } from './pronouns.js';

/** A question ready for the core, and how it was read when it was a follow-up. */
export interface FollowUp {
  /** The standalone question. */
  question: string;
  /** For people, when the question was rewritten: 'reading "he" as Sergey V. Lavrov'. */
  readAs?: string;
  /**
   * A bare follow-up ("why?") to a turn the bot could not answer: there is nothing to ask about,
   * so the reply asks to rephrase; this is the earlier turn.
   */
  unanswered?: PriorTurn;
  /** "Who else …?": the names the earlier answer gave, which the new answer must not repeat. */
  besides?: PriorTurn;
}

/** Whether a turn was about the article (an answer or an abstention), not small talk or help. */
export function isContentTurn(turn: PriorTurn): boolean {
  const kind = turn.answer.kind;
  return kind === undefined || kind === 'answer' || kind === 'not-answered';
}

/** The note for a rewrite: the rewrite itself when it reads as a question, else what it follows up. */
function note(asked: string, completed: string, previous: PriorTurn): string {
  if (readsAsQuestion(completed)) return `reading "${clip(asked, 60)}" as "${clip(completed, 160)}"`;
  return `following up on: "${clip(previous.question ?? previous.resolved, 160)}"`;
}

/**
 * Resolves `question` against `history` (oldest first; the last entry is the previous turn).
 * `namesOf` is `QaCore.names`, which knows the article's people and places and their genders.
 * Pure: the same inputs give the same output.
 */
export function resolveFollowUp(question: string, history: readonly PriorTurn[], namesOf: NamesOf): FollowUp {
  const asked = question.trim();
  // Earlier questions as the core read them ("lukyanovs job" → "lukyanov's job"), so their names are found.
  const known = (w: string) => namesOf(w).length > 0;
  const content = history.filter(isContentTurn).map((t) => ({ ...t, resolved: readCasual(t.resolved, known, false).text }));
  const previous = content[content.length - 1];
  if (!previous || !asked) return { question: asked };

  // "y?", "and wat about him": follow-ups are told by what was meant (slang only: a name the
  // lexicon lacks, "and olsen", is no slip).
  const plain = readCasual(asked, known, false).text;
  const topic = aboutTopic(plain);
  const word = topic === undefined ? bareQuestionWord(plain) : undefined;
  if (topic !== undefined) {
    // "And Medvedev?" swaps a name in the last question asked in full: a "why?" in between
    // was a side question, and its rewrite does not carry over.
    const base = [...content].reverse().find((t) => t.question === undefined || bareQuestionWord(t.question) === undefined);
    const completed = base ? completeAbout(topic, base, namesOf) : undefined;
    if (completed) return { question: completed, readAs: note(asked, completed, base!) };
    return { question: asked };
  }
  if (word !== undefined) {
    // "When?" asks about what the previous answer said: after a question the bot could not
    // answer there is nothing to ask about, and the reply says so.
    if (!previous.answer.answered) return { question: asked, unanswered: previous };
    if (/^\w+ else$/.test(word)) {
      const again = elseQuestion(word, previous);
      return { question: again, readAs: note(asked, again, previous), besides: previous };
    }
    const completed = completeBare(word, previous, namesOf);
    if (completed) return { question: completed, readAs: note(asked, completed, previous) };
    // No grammatical rewrite: the core gets the loose one, the reply says what it follows up.
    const loose = looseBare(word, previous);
    if (loose) return { question: loose, readAs: `following up on: "${clip(previous.question ?? previous.resolved, 160)}"` };
    return { question: asked };
  }
  const who = completeShortWho(plain, previous);
  if (who) return { question: who, readAs: note(asked, who, previous), ...(/\belse\b/i.test(who) ? { besides: previous } : {}) };
  const { question: rewritten, notes } = resolveReferences(asked, content, namesOf);
  // The rewrite is shown only when it reads as a question a person would write (chat spelling
  // read: "where r …" is one); otherwise the reply says which earlier question it follows up.
  const readAs = readsAsQuestion(readCasual(rewritten, known, false).text) ? `reading ${notes.join(', ')}` : `following up on: "${clip(previous.question ?? previous.resolved, 160)}"`;
  const resolved = notes.length > 0 ? { question: rewritten, readAs } : { question: asked };
  // "who else criticised it": the names the last answer gave are not an answer again.
  return /^\s*(?:who|what|where|which)\s+else\b/i.test(asked) && previous.answer.answered ? { ...resolved, besides: previous } : resolved;
}
