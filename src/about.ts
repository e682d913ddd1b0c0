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

/** The weightiest noun of a sentence outside its speaker's name: the topic of a quote. */
function topicNoun(s: Sentence, corpus: Corpus): string | undefined {
  const nouns = s.tokens.filter((t, i) => t.pos === 'NOUN' && isContent(t) && !s.mentions.some((m) => m.start <= i && i < m.end));
  nouns.sort((a, b) => corpus.idf(a.lemma) - corpus.idf(b.lemma));
  return nouns.find((t) => corpus.postings.has(t.lemma))?.lower;
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
    const topic = topicNoun(s, corpus);
    if (!speaker || !s.quote || !topic) continue;
    examples.push({
      question: `What did ${surname(speaker.name)} say about ${topic}?`, weight: (counts.get(speaker.key) ?? 0) + 0.5,
      check: (ans) => ans.answered && ans.passage === s.text,
    });
  }
  examples.sort((x, y) => y.weight - x.weight);
  const chosen: string[] = [];
  const usedPeople = new Set<string>();
  for (const ex of examples) {
    if (chosen.length === 3) break;
    const person = ex.question.replace(/^(Who is|What did) /, '').split(' ')[0]!;
    if (usedPeople.has(person) && examples.length > 6) continue;
    if (!ex.check(ask(ex.question))) continue;
    chosen.push(ex.question);
    usedPeople.add(person);
  }
  return chosen;
}
