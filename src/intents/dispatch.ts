import type { Answer, AnswerKind, AnswerPoint } from '../types.js';
import type { Corpus, Sentence } from '../article/model.js';
import { foldText, isEnglishStopWord, isEnglishWord } from '../nlp/wink.js';
import { analyseQuestion } from '../question/analyse.js';
import { spellingKey } from '../article/build.js';
import { smallTalk, smallTalkReply } from './greeting.js';
import { helpReply, isHelp } from './help.js';
import { englishOnly, notEnglish } from './language.js';
import { listingRequest, listNames } from './people.js';
import { summarise, summaryRequest } from './summary.js';

/**
 * Intents, tried before retrieval on every question (QaCore.ask, so every adapter has them):
 * help, small talk, a summary, the article's people or places, and a question in another
 * language. Each is a whole-utterance match; anything else is a question for retrieval.
 */

/** A reply that is not an answer quoted from the article. */
function reply(kind: AnswerKind, question: string, text: string, corpus: Corpus, points?: AnswerPoint[]): Answer {
  const a = corpus.articles[0]!;
  return {
    kind, question, answered: true, answer: text, passage: '', paragraph: 0, article: a.title, articleId: a.id,
    confidence: 1, confidenceLabel: 'high', ...(points ? { points } : {}),
  };
}

/** Whether sentence `s` is about the topic's names and words ("iran", "the sanctions"). */
function topicMatcher(corpus: Corpus, topic: string): ((s: Sentence) => boolean) | undefined {
  const q = analyseQuestion(topic, corpus);
  const names = [...q.entities].map((k) => `e:${k}`);
  const words = [...q.terms.keys()].filter((t) => !t.startsWith('e:') && !t.startsWith('s:') && corpus.postings.has(t));
  if (names.length === 0 && words.length === 0) return undefined;
  return (s) => names.every((n) => s.terms.has(n)) && (names.length > 0 || words.some((w) => s.terms.has(w)));
}

/**
 * The reply to `question` when it is one of the intents, else undefined. `examples` gives the
 * example questions (computed lazily: only greetings and help show them).
 */
export function intentReply(corpus: Corpus, question: string, examples: () => readonly string[]): Answer | undefined {
  if (!/[\p{L}\p{N}?]/u.test(question)) return undefined;
  const headline = corpus.articles[0]!.title;
  if (isHelp(question)) return reply('help', question, helpReply(corpus.articles.map((a) => a.title), examples()), corpus);
  const talk = smallTalk(question);
  if (talk) return reply('chat', question, smallTalkReply(talk, headline, examples()[0]), corpus);
  const wanted = summaryRequest(question);
  if (wanted) {
    const about = wanted.topic ? topicMatcher(corpus, wanted.topic) : undefined;
    // A topic the article never mentions is a question for retrieval, which says what it lacks.
    if (!wanted.topic || about) {
      const summary = summarise(corpus, about);
      if (summary) return reply('summary', question, summary.text, corpus, summary.points);
    }
  }
  const listing = listingRequest(question);
  if (listing) {
    const { text, points } = listNames(corpus, listing);
    return reply('people', question, text, corpus, points);
  }
  const lexicon = {
    isEnglish: isEnglishWord,
    isStopWord: isEnglishStopWord,
    inArticle: (word: string) => {
      const w = foldText(word);
      return corpus.postings.has(w) || corpus.forms.has(w) || !!corpus.spellings.get(spellingKey(w, w.length))?.has(w);
    },
  };
  if (notEnglish(question, lexicon)) return reply('chat', question, englishOnly(examples()[0]), corpus);
  return undefined;
}
