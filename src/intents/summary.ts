import type { AnswerPoint } from '../types.js';
import type { Article, Corpus, Sentence } from '../article/model.js';
import { isContent } from '../nlp/terms.js';
import { utterance } from './utterance.js';

/**
 * "What is this article about?", "summarize", "tldr", "give me the gist": an extractive summary.
 * Sentences are chosen by a general method, lead position plus centrality (how much a sentence
 * shares the words the whole article is about), with redundancy against the sentences already
 * chosen held down; never a fixed sentence number. "What's going on with Iran?" is the same over
 * the sentences that mention the topic.
 */

const ARTICLE = '(?:the |this |that |your )?(?:article|story|text|piece|news|report|doc|document|page|thing)';
const SUMMARY = new RegExp(
  '^(?:' +
    [
      `(?:give me |write |make |do |need |want )?(?:a |the |an )?(?:short |quick |brief )?(?:summary|summarization|summarisation|overview|recap|synopsis|rundown|gist|tl;?dr|tl dr|abstract)(?: of ${ARTICLE}| please)?`,
      `(?:summari[sz]e|sum up|recap|condense|outline)(?: it| ${ARTICLE})?(?: for me| briefly| in short)?`,
      `tl;?dr|tl dr|tldr`,
      `what(?:'s| is|s) (?:it|this|that|${ARTICLE}) (?:all )?about`, `what (?:is|was) (?:it|this|that|${ARTICLE}) (?:all )?about`,
      `what does ${ARTICLE} (?:say|cover|talk about|discuss|describe|report)`, `what (?:is|are) the (?:main |key )?(?:points?|takeaways?|facts?|news)(?: of ${ARTICLE})?`,
      `what(?:'s| is|s) the (?:story|news|deal|gist|point|main point|big picture)`, `what happened`, `what(?:'s| is|s) (?:going on|happening|new)`,
      `(?:tell|give) me (?:about |the gist of |the main points of )?${ARTICLE}`, `explain ${ARTICLE}`, `(?:give me )?the (?:short|quick) version`,
      `in (?:a nutshell|short|brief)`, `main points?`, `key points?`, `(?:the )?gist`,
    ].join('|') +
    ')(?: in (?:a few|two|three|short) (?:words|sentences|lines))?$',
);
/** "what's going on with iran", "what is happening in qum", "summarize the part about sanctions". */
const TOPIC = /^(?:what(?:'s| is|s| are) (?:going on|happening|up|the (?:story|news|deal|situation))|(?:summari[sz]e|give me the gist of|sum up) (?:the part |what it says )?)(?: with| in| about| on| for| regarding) (.+)$/;

/** What a summary request asks for: the whole article, or the part about a topic. */
export type SummaryRequest = { topic?: string };

/** The summary request `text` makes, or undefined when it is another question. */
export function summaryRequest(text: string): SummaryRequest | undefined {
  const u = utterance(text);
  if (SUMMARY.test(u)) return {};
  const topic = TOPIC.exec(u)?.[1]?.replace(/^(?:the|a|an) /, '').trim();
  return topic && !new RegExp(`^${ARTICLE}$`).test(topic) ? { topic } : undefined;
}

/** Content words and names a sentence is about (lemmas, and entities by key). */
function termsOf(s: Sentence): Map<string, number> {
  const out = new Map<string, number>();
  s.tokens.forEach((t, i) => {
    if (!isContent(t) || s.mentions.some((m) => m.start <= i && i < m.end)) return;
    out.set(t.lemma, (out.get(t.lemma) ?? 0) + 1);
  });
  for (const m of s.mentions) out.set(`e:${m.key}`, (out.get(`e:${m.key}`) ?? 0) + 1);
  for (const key of s.corefs.values()) out.set(`e:${key}`, (out.get(`e:${key}`) ?? 0) + 1);
  return out;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Weight of lead position against centrality: news puts the story first, but not only there. */
const POSITION_WEIGHT = 0.5;
/** A sentence this similar to one already chosen says it again. */
const REDUNDANCY_WEIGHT = 0.7;
/** Sentences shorter than this (in words) rarely carry the story ("He said no."). */
const MIN_WORDS = 6;

/**
 * The `count` sentences that carry the story (or the part of it about `about`), in article
 * order. Score: centrality (cosine of the sentence's tf-idf terms with the article's) plus lead
 * position (1 / paragraph number), less redundancy with the sentences already chosen.
 */
export function keySentences(corpus: Corpus, article: Article, count: number, about?: (s: Sentence) => boolean): Sentence[] {
  const all = article.sentenceIds.map((id) => corpus.sentences[id]!);
  const weigh = (tf: Map<string, number>): Map<string, number> => new Map([...tf].map(([k, v]) => [k, v * corpus.idf(k)]));
  const vectors = all.map((s) => weigh(termsOf(s)));
  const whole = new Map<string, number>();
  for (const v of vectors) for (const [k, x] of v) whole.set(k, (whole.get(k) ?? 0) + x);
  const pool = all.map((s, k) => ({ s, k })).filter(({ s }) => (!about || about(s)) && s.tokens.filter((t) => t.pos !== 'PUNCT').length >= MIN_WORDS);
  const base = new Map(pool.map(({ s, k }) => [k, cosine(vectors[k]!, whole) + POSITION_WEIGHT / s.paragraph]));
  const chosen: number[] = [];
  while (chosen.length < count && chosen.length < pool.length) {
    let best = -1;
    let bestScore = -Infinity;
    for (const { k } of pool) {
      if (chosen.includes(k)) continue;
      const redundancy = Math.max(0, ...chosen.map((c) => cosine(vectors[k]!, vectors[c]!)));
      const score = base.get(k)! - REDUNDANCY_WEIGHT * redundancy;
      if (score > bestScore) { best = k; bestScore = score; }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b).map((k) => all[k]!);
}

/** How many sentences a summary of an article with `n` sentences gives. */
function sizeFor(n: number): number {
  return n >= 8 ? 3 : n >= 3 ? 2 : 1;
}

/** A summary: its text (headline, dateline, sentences with paragraph numbers) and its points. */
export interface Summary {
  text: string;
  points: AnswerPoint[];
  articleId: string;
  title: string;
}

/**
 * The summary of each article (the first three), or of the sentences about `topic` (matched by
 * `mentions`); undefined when no sentence is about the topic.
 */
export function summarise(corpus: Corpus, topic?: (s: Sentence) => boolean): Summary | undefined {
  const articles = corpus.articles.slice(0, 3);
  const blocks: string[] = [];
  const points: AnswerPoint[] = [];
  for (const a of articles) {
    const n = a.sentenceIds.length;
    const chosen = keySentences(corpus, a, topic ? Math.min(3, sizeFor(n)) : sizeFor(n), topic);
    if (chosen.length === 0) continue;
    const head = `${a.title}${a.dateline ? ` (${a.dateline})` : ''}`;
    const lines = chosen.map((s) => `• ${s.text} (paragraph ${s.paragraph})`);
    blocks.push([head, ...lines].join('\n'));
    points.push(...chosen.map((s) => ({ text: s.text, paragraph: s.paragraph })));
  }
  if (points.length === 0) return undefined;
  return { text: blocks.join('\n\n'), points, articleId: articles[0]!.id, title: articles[0]!.title };
}
