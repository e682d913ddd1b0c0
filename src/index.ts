/**
 * The question-answering core: one entry point, `createCore`, for every adapter. No I/O and
 * no platform imports here: adapters read the files and talk to Discord, Slack or a terminal.
 */
import type { About, ArticleSource, QaCore } from './types.js';
import { QaError } from './errors.js';
import { buildCorpus } from './article/build.js';
import { answerQuestion, internalError } from './pipeline.js';
import { explainQuestion } from './present/explain.js';
import { exampleQuestions } from './about.js';
import { namesIn } from './names.js';
import { cleanQuestionText, unreadNote } from './question/clean.js';
import { intentReply } from './intents/dispatch.js';
import type { Answer } from './types.js';

export type * from './types.js';
export { QaError } from './errors.js';
export { createConversations, type Conversations, type ConversationAnswer, type ConversationsOptions } from './conversation/conversation.js';
export { createMemoryStore, type ConversationStore, type ConversationTurn, type MemoryConversationStore, type MemoryStoreOptions } from './conversation/store.js';
export { resolveFollowUp, type FollowUp } from './conversation/followup.js';

/**
 * Builds the core over the given articles (analysis and indexing happen once, here).
 * Throws a `QaError` when there is no article or an article has no text.
 */
export function createCore(articles: readonly ArticleSource[]): QaCore {
  if (articles.length === 0) throw new QaError('QA_NO_ARTICLES', 'core: no articles given; put a .txt or .md file in seeds/ or pass --article PATH');
  for (const a of articles) {
    if (!/[\p{L}\p{N}]/u.test(a.text)) throw new QaError('QA_EMPTY_ARTICLE', `core: article ${a.id} has no text; give it at least one paragraph`);
  }
  const corpus = buildCorpus(articles);
  let about: About[] | undefined;
  // The examples are found by asking them like any question: while that runs there are none yet.
  let findingExamples = false;
  const examples = (): string[] => (findingExamples ? [] : core.about().flatMap((a) => a.examples).slice(0, 3));
  const core: QaCore = {
    ask: (question) => {
      // The contract is "never throws": a bug in one stage must not take a bot down. It comes
      // back as a coded `error` reply (QA_INTERNAL) that adapters log, never as "doesn't say".
      try {
        return withKind(askCleaned(question));
      } catch (error) {
        return withKind(internalError(question, error));
      }
    },
    explain: (question, count = 3) => {
      try {
        return explainQuestion(corpus, cleanQuestionText(typeof question === 'string' ? question : String(question)).text, count);
      } catch {
        return { question: String(question).trim(), passages: [] };
      }
    },
    names: (text) => namesIn(corpus, text),
    about: () => {
      if (about) return about;
      findingExamples = true;
      try {
        about = corpus.articles.map((a) => ({
          articleId: a.id, title: a.title, dateline: a.dateline,
          lead: (a.dateline ? `${a.dateline} — ` : '') + (a.paragraphs[0] ?? ''),
          examples: exampleQuestions(corpus, a.index, (q) => withKind(askCleaned(q))),
        }));
      } finally {
        findingExamples = false;
      }
      return about;
    },
  };
  /** Intents first (help, small talk, summary, people, language), then retrieval; a long question says what was not read. */
  function askCleaned(raw: string): Answer {
    const { text, dropped } = cleanQuestionText(typeof raw === 'string' ? raw : String(raw));
    const answer = intentReply(corpus, text, examples) ?? answerQuestion(corpus, text);
    if (dropped === 0) return answer;
    return { ...answer, readAs: [unreadNote(dropped), answer.readAs].filter(Boolean).join('; ') };
  }
  return core;
}

/** Every reply says its kind; answers from retrieval are 'answer' or 'not-answered'. */
function withKind(answer: Answer): Answer {
  return answer.kind ? answer : { kind: answer.answered ? 'answer' : 'not-answered', ...answer };
}
