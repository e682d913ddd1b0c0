import type { Corpus, Sentence } from '../article/model.js';
import { withRoleHolder, asksForRoleHolder, matchRole } from './roles.js';
import { describeEntity } from './describe.js';
import { defineTerm } from './define.js';
import type { Question } from '../question/analyse.js';
import type { Refusal, Source } from '../judge/judge.js';
import { PRIORS } from '../params.js';

/**
 * Shortcuts: answers read off the article's structure rather than ranked — the headline, a
 * name's apposition or title ("Who is X?"), the article's own "<thing> is a …", the holder of a
 * role ("Who is the foreign minister?"). Each is a candidate for the judge, which decides whether
 * it is given; a question they cannot answer goes on to retrieval, with a role it names read as
 * its holder ("Whom did the foreign minister meet?").
 */

/** A shortcut's outcome: an answer candidate, a reason there is none, or the question to read on. */
export type Shortcut =
  | { kind: 'candidate'; source: Source; text: string; sentence?: Sentence; prior: number }
  | { kind: 'refused'; refusal: Refusal; reason: string }
  | { kind: 'read'; q: Question };


/** Tries each shortcut in turn. */
export function shortcut(corpus: Corpus, asked: Question): Shortcut {
  if (asked.type === 'headline') return { kind: 'candidate', source: 'headline', text: corpus.articles[0]!.title, prior: PRIORS.structural };
  if (asked.terms.size === 0) return { kind: 'refused', refusal: 'no-terms', reason: 'the question has no words to look up in the article' };
  if (asked.type === 'definition') {
    for (const key of asked.entities) {
      const d = describeEntity(corpus, key);
      if (d) return { kind: 'candidate', source: 'describe', text: d.text, sentence: d.sentence, prior: PRIORS.structural };
    }
    // Named, but never described: say so rather than quote a random mention.
    if (asked.entities.size > 0) return { kind: 'refused', refusal: 'undescribed', reason: 'it names them but does not say who or what they are' };
  }
  const defined = defineTerm(corpus, asked);
  if (defined) return { kind: 'candidate', source: 'define', text: defined.text, sentence: defined.sentence, prior: PRIORS.structural };
  const role = matchRole(corpus, asked);
  if (asksForRoleHolder(asked)) {
    if (role === 'unrelated') return { kind: 'refused', refusal: 'unrelated-role', reason: 'it names that role only for people it never connects with that place' };
    if (role) {
      const name = corpus.articles[role.sentence.article]!.entities.get(role.key)?.name ?? role.key;
      return { kind: 'candidate', source: 'role', text: name, sentence: role.sentence, prior: PRIORS.structural };
    }
  }
  return { kind: 'read', q: role && role !== 'unrelated' ? withRoleHolder(asked, role, corpus) : asked };
}
