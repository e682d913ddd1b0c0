/**
 * The corpora the bench runs on: the seed article(s) with a fixed question list, or N synthetic
 * news articles (about 1,000 words each) generated from a fixed seed, with questions drawn from
 * their own sentences. Article k is the same in every corpus size, so sizes nest.
 */
import type { ArticleSource } from '../../src/types.js';
import { loadArticles } from '../../adapters/shared/articles.js';
import { Random } from './random.js';
import { SEED_QUESTIONS } from './questions.js';
import {
  ADJECTIVES, article, CITIES, COUNTRIES, DAYS, FEMALE_NAMES, GROUPS, MALE_NAMES, MONTHS, NOUNS, NUMBER_WORDS, ORG_ADJECTIVES,
  ORG_KINDS, ORG_NOUNS, past, PEOPLE_NOUNS, PREPOSITIONS, SURNAMES, TITLES, VERBS,
} from './words.js';

/** Articles plus the fixed list of questions asked of them. */
export interface BenchCorpus {
  /** "seed article" or "N articles". */
  label: string;
  articles: ArticleSource[];
  questions: string[];
}

/** The seed that fixes every synthetic corpus. Change it and every figure changes meaning. */
export const CORPUS_SEED = 20_240_611;
/** Questions asked of each synthetic corpus. */
export const QUESTIONS_PER_CORPUS = 30;
/** Questions no synthetic article answers (the abstention path is timed too). */
const UNANSWERABLE = ['What is the boiling point of water?', 'Who won the chess tournament in Madrid?'];
const TARGET_WORDS = 1000;
const COUNT_VERBS = ['hired', 'evacuated', 'arrested', 'trained', 'honored', 'interviewed', 'relocated', 'dismissed'];

interface Person {
  first: string;
  middle?: string;
  last: string;
  honorific: 'Mr.' | 'Mrs.';
  title: string;
  org: string;
}

interface Fact {
  text: string;
  questions: string[];
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const full = (p: Person): string => [p.first, p.middle, p.last].filter(Boolean).join(' ');
const third = (verb: string): string => (/(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`);

/** One synthetic article's cast, places and topics, drawn from its own generator. */
class ArticleWriter {
  readonly country: string;
  readonly city: string;
  readonly cities: string[];
  readonly orgs: string[];
  readonly people: Person[];
  readonly topics: string[];

  constructor(private readonly r: Random) {
    this.country = r.pick(COUNTRIES);
    [this.city, ...this.cities] = r.sample(CITIES, 4) as [string, ...string[]];
    this.orgs = Array.from({ length: 2 }, () => `${r.pick(ORG_ADJECTIVES)} ${r.pick(ORG_NOUNS)} ${r.pick(ORG_KINDS)}`);
    const titles = r.sample(TITLES, 5);
    this.people = r.sample(SURNAMES, 5).map((last, k) => {
      const male = r.chance(0.5);
      return {
        first: r.pick(male ? MALE_NAMES : FEMALE_NAMES), middle: r.chance(0.4) ? `${String.fromCharCode(65 + r.int(0, 25))}.` : undefined,
        last, honorific: male ? 'Mr.' : 'Mrs.', title: titles[k]!, org: r.pick(this.orgs),
      };
    });
    this.topics = r.sample(NOUNS, 8);
  }

  private noun(): string { return this.r.pick(this.topics); }
  private adj(): string { return this.r.pick(ADJECTIVES); }
  private place(): string { return this.r.pick(this.cities); }
  /** "an ambitious", "a costly". */
  private aAdj(): string { const a = this.adj(); return `${article(a)} ${a}`; }
  private person(): Person { return this.r.pick(this.people); }

  headline(): string {
    return `${this.country} ${capital(third(this.r.pick(VERBS)))} ${capital(this.adj())} ${capital(this.topics[0]!)} Plan`;
  }

  lead(): Fact {
    const p = this.people[0]!;
    const verb = this.r.pick(VERBS);
    return {
      text: `${this.city.toUpperCase()} — ${this.country}'s ${p.title}, ${full(p)}, said on ${this.r.pick(DAYS)} that the ${p.org} would ${verb} the ${this.adj()} ${this.topics[0]} ${this.r.pick(PREPOSITIONS)} ${this.place()}, a decision that ${this.r.pick(GROUPS).toLowerCase()} had expected for months.`,
      questions: [`What would the ${p.org} ${verb}?`, `Who is ${full(p)}?`],
    };
  }

  /** A sentence that holds an answer, with the questions it answers. */
  fact(): Fact {
    const r = this.r;
    const [p, q] = r.sample(this.people, 2) as [Person, Person];
    const noun = this.noun();
    const verb = r.pick(VERBS);
    const city = this.place();
    switch (r.int(0, 5)) {
      case 0:
        return {
          text: `${full(p)}, the ${p.title} of the ${p.org}, met ${full(q)} in ${city} on ${r.pick(DAYS)} to discuss the ${this.adj()} ${noun}.`,
          questions: [`Who met ${q.last} in ${city}?`, `Where did ${p.last} meet ${q.last}?`, `When did ${p.last} meet ${q.last}?`],
        };
      case 1:
        return {
          text: `“The ${noun} will ${verb} ${this.aAdj()} ${this.noun()} ${r.pick(PREPOSITIONS)} ${city},” said ${p.honorific} ${p.last}, who ${past(r.pick(VERBS))} the ${this.noun()} last ${r.pick(MONTHS)}.`,
          questions: [`What did ${p.last} say about the ${noun}?`],
        };
      case 2:
        return {
          text: `The ${this.adj()} ${noun} will cost about ${r.int(2, 900)} million dollars, the ${r.pick(this.orgs)} said in a statement on ${r.pick(DAYS)}.`,
          questions: [`How much will the ${noun} cost?`],
        };
      case 3: {
        const org = r.pick(this.orgs);
        return {
          text: `In ${r.pick(MONTHS)} ${r.int(1990, 2023)}, the ${org} ${past(verb)} ${this.aAdj()} ${noun} ${r.pick(PREPOSITIONS)} ${city}.`,
          questions: [`When did the ${org} ${verb} the ${noun}?`],
        };
      }
      case 4:
        return {
          text: `The ${p.title} of the ${p.org}, ${full(p)}, ${past(verb)} the ${noun} in ${city} after weeks of ${this.adj()} talks.`,
          questions: [`Who is the ${p.title} of the ${p.org}?`, `What did ${p.last} ${verb}?`],
        };
      default: {
        const who = `${r.pick(PEOPLE_NOUNS)}s`;
        const did = r.pick(COUNT_VERBS);
        return {
          text: `${capital(r.pick(NUMBER_WORDS))} ${who} were ${did} in ${city} during the ${noun}, according to the ${r.pick(this.orgs)}.`,
          questions: [`How many ${who} were ${did} in ${city}?`],
        };
      }
    }
  }

  /** Background prose with names, places and topic words but no planted answer. */
  filler(): string {
    const r = this.r;
    const p = this.person();
    const he = p.honorific === 'Mr.' ? 'He' : 'She';
    switch (r.int(0, 4)) {
      case 0:
        return `${r.pick(GROUPS)} in ${this.place()} ${r.pick(['said', 'warned', 'argued', 'expected'])} that the ${this.adj()} ${this.noun()} would ${r.pick(VERBS)} the ${this.noun()} ${r.pick(PREPOSITIONS)} ${this.place()}, but ${r.pick(GROUPS).toLowerCase()} said the ${this.noun()} remained ${this.adj()}.`;
      case 1:
        return `The ${this.noun()} has been ${past(r.pick(VERBS))} several times since ${r.int(1980, 2020)}, and the ${this.adj()} ${this.noun()} is still ${this.adj()}.`;
      case 2:
        return `${p.honorific} ${p.last} ${past(r.pick(VERBS))} the ${this.noun()} and ${past(r.pick(VERBS))} the ${this.adj()} ${this.noun()} of the ${r.pick(this.orgs)}.`;
      case 3:
        return `${he} said the ${this.noun()} ${r.pick(PREPOSITIONS)} ${this.place()} was ${this.adj()}, and that ${this.country} could not ${r.pick(VERBS)} ${this.aAdj()} ${this.noun()} alone.`;
      default:
        return `Many ${r.pick(PEOPLE_NOUNS)}s in ${this.place()} ${past(r.pick(VERBS))} the ${this.noun()}, while the ${r.pick(this.orgs)} ${past(r.pick(VERBS))} the ${this.noun()} ${r.pick(PREPOSITIONS)} ${this.place()}.`;
    }
  }
}

/** Synthetic article number `index` (same text in every corpus), with its candidate questions. */
export function syntheticArticle(index: number, seed = CORPUS_SEED): { source: ArticleSource; questions: string[] } {
  const r = new Random((seed + Math.imul(index + 1, 0x9e3779b9)) >>> 0);
  const w = new ArticleWriter(r);
  const lead = w.lead();
  const paragraphs = [lead.text];
  const questions = [...lead.questions];
  let words = lead.text.split(/\s+/).length;
  while (words < TARGET_WORDS) {
    const sentences: string[] = [];
    for (let k = r.int(2, 4); k > 0; k--) {
      if (r.chance(0.4)) {
        const f = w.fact();
        sentences.push(f.text);
        questions.push(...f.questions);
      } else sentences.push(w.filler());
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  const id = `synthetic-${String(index + 1).padStart(4, '0')}.txt`;
  return { source: { id, text: `${w.headline()}\n\n${paragraphs.join('\n\n')}\n` }, questions };
}

/** `size` synthetic articles and QUESTIONS_PER_CORPUS questions spread over them. */
export function syntheticCorpus(size: number, seed = CORPUS_SEED): BenchCorpus {
  const made = Array.from({ length: size }, (_, k) => syntheticArticle(k, seed));
  const r = new Random(seed ^ 0x5bd1e995);
  const answerable = QUESTIONS_PER_CORPUS - UNANSWERABLE.length;
  const pools = made.map((m) => r.sample(m.questions, m.questions.length));
  const questions: string[] = [];
  for (let k = 0; k < answerable; k++) {
    const pool = pools[Math.floor((k * size) / answerable)]!;
    questions.push(pool.shift() ?? r.pick(made[0]!.questions));
  }
  questions.push(...UNANSWERABLE);
  return { label: `${size} article${size === 1 ? '' : 's'}`, articles: made.map((m) => m.source), questions };
}

/** The articles in seeds/ with the fixed seed-question list. */
export function seedCorpus(): BenchCorpus {
  return { label: 'seed article', articles: loadArticles(), questions: [...SEED_QUESTIONS] };
}

/** A corpus by name: "seed" or an article count. */
export function loadCorpus(spec: 'seed' | number): BenchCorpus {
  return spec === 'seed' ? seedCorpus() : syntheticCorpus(spec);
}
