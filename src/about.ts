import type { Answer } from './types.js';
import type { Corpus, Sentence } from './article/model.js';
import { isContent } from './nlp/terms.js';

interface Example {
  question: string;
  /** The example is kept only if the core's own answer passes this check. */
  check: (a: Answer) => boolean;
  /** Higher first: people mentioned often make better examples. */
  weight: number;
}

function surname(name: string): string {
  return name.split(' ').at(-1) ?? name;
}

/**
 * The topic of a quote, as a phrase a person would type: its most common noun with the words
 * that modify it ("the negotiating process", "sanctions"; "the" only before a singular noun).
 */
function topicPhrase(s: Sentence, corpus: Corpus): string | undefined {
  const nouns = s.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t, i }) => t.pos === 'NOUN' && isContent(t) && corpus.postings.has(t.lemma) && !s.mentions.some((m) => m.start <= i && i < m.end));
  nouns.sort((a, b) => corpus.idf(a.t.lemma) - corpus.idf(b.t.lemma));
  const head = nouns[0];
  if (!head) return undefined;
  let start = head.i;
  const modifies = (t: Sentence['tokens'][number]): boolean => t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && t.lower.endsWith('ing'));
  while (start > 0 && modifies(s.tokens[start - 1]!)) start--;
  const words = s.tokens.slice(start, head.i + 1).map((t) => t.lower).join(' ');
  return head.t.lower === head.t.lemma ? `the ${words}` : words;
}

/**
 * Three example questions for one article, made from its people and quotes ("Who is X?",
 * "What did X say about Y?"). Each is kept only if the core answers it from the sentence it
 * was made from, so the examples shown to users always work.
 */
export function exampleQuestions(corpus: Corpus, article: number, ask: (q: string) => Answer): string[] {
  const a = corpus.articles[article]!;
  const counts = new Map<string, number>();
  for (const id of a.sentenceIds) for (const m of corpus.sentences[id]!.mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const examples: Example[] = [];
  for (const e of a.entities.values()) {
    if (!e.person || !e.name.includes(' ')) continue;
    examples.push({
      question: `Who is ${e.name}?`, weight: counts.get(e.key) ?? 0,
      check: (ans) => ans.answered && ans.articleId === a.id && ans.answer.length > 0 && !ans.answer.includes(e.name),
    });
  }
  for (const id of a.sentenceIds) {
    const s = corpus.sentences[id]!;
    const speaker = s.speaker ? a.entities.get(s.speaker) : undefined;
    const topic = topicPhrase(s, corpus);
    if (!speaker || !s.quote || !topic) continue;
    examples.push({
      question: `What did ${surname(speaker.name)} say about ${topic}?`, weight: (counts.get(speaker.key) ?? 0) + 0.5,
      check: (ans) => ans.answered && ans.passage === s.text,
    });
  }
  // Any article with two sentences gets examples: what its speakers said, and the gist (the
  // summary intent), after the questions about its people and quotes.
  for (const id of a.sentenceIds) {
    const s = corpus.sentences[id]!;
    const speaker = s.speaker ? a.entities.get(s.speaker) : undefined;
    if (!speaker || s.quote) continue;
    examples.push({ question: `What did ${surname(speaker.name)} say?`, weight: -1, check: (ans) => ans.answered && ans.kind !== 'summary' && ans.articleId === a.id });
  }
  if (a.sentenceIds.length >= 2) examples.push({ question: 'What is the article about?', weight: -2, check: (ans) => ans.kind === 'summary' });
  examples.sort((x, y) => y.weight - x.weight);
  const chosen: string[] = [];
  const usedPeople = new Set<string>();
  for (const ex of examples) {
    if (chosen.length === 3) break;
    const person = ex.question.replace(/^(Who is|What did) /, '').split(' ')[0]!;
    if ((usedPeople.has(person) && examples.length > 6) || chosen.includes(ex.question)) continue;
    if (!ex.check(ask(ex.question))) continue;
    chosen.push(ex.question);
    usedPeople.add(person);
  }
  return chosen;
}
