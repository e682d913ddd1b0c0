/**
 * Scripted two- and three-turn exchanges over the seed article, through the real core: each turn
 * states the standalone question the follow-up must become (or that it must stay as typed), and
 * how it was read. These test the rewriting, not the core's answer quality.
 */
import { describe, expect, it } from 'vitest';
import { createConversations } from '../../../src/conversation/conversation.js';
import { createMemoryStore } from '../../../src/conversation/store.js';
import { seedCore, shortOf } from '../seed.js';

interface Step {
  ask: string;
  /** The standalone question the core must be given. */
  /** The standalone question; a pattern where the previous answer may fairly be either of two. */
  becomes: string | RegExp;
  /** Words the "reading … as …" note must hold; absent means no note (not a follow-up). */
  readAs?: string;
}

/** An exchange the core gets wrong today (see its test below). */
const KNOWN_MISS: Step[] = [
  { ask: 'When did Clinton meet Medvedev?', becomes: 'When did Clinton meet Medvedev?' },
  { ask: 'Where exactly?', becomes: 'Where did Clinton meet Medvedev on Tuesday?', readAs: 'reading "Where exactly?"' },
  { ask: 'What did they talk about?', becomes: 'What did Hillary Rodham Clinton and Dmitri A. Medvedev talk about?', readAs: '"they" as Hillary Rodham Clinton and Dmitri A. Medvedev' },
];

const SCRIPTS: Record<string, Step[]> = {
  'he → the minister the previous answer named': [
    { ask: "Who is Russia's foreign minister?", becomes: "Who is Russia's foreign minister?" },
    { ask: 'What did he say about sanctions?', becomes: 'What did Sergey V. Lavrov say about sanctions?', readAs: 'reading "he" as Sergey V. Lavrov' },
    { ask: 'Who did he meet?', becomes: 'Who did Sergey V. Lavrov meet?', readAs: '"he" as Sergey V. Lavrov' },
  ],
  'she and him split by gender': [
    { ask: 'Who met Lavrov?', becomes: 'Who met Lavrov?' },
    { ask: 'When did she meet him?', becomes: 'When did Hillary Rodham Clinton meet Sergey V. Lavrov?', readAs: '"she" as Hillary Rodham Clinton, "him" as Sergey V. Lavrov' },
  ],
  '"And Medvedev?" swaps the person of the same gender': [
    { ask: 'When did Clinton meet Lavrov?', becomes: 'When did Clinton meet Lavrov?' },
    { ask: 'And Medvedev?', becomes: 'When did Clinton meet Dmitri A. Medvedev?', readAs: 'reading "And Medvedev?" as "When did Clinton meet Dmitri A. Medvedev?"' },
  ],
  '"What about" swaps a place, keeping the possessive': [
    { ask: "Who is Russia's foreign minister?", becomes: "Who is Russia's foreign minister?" },
    { ask: 'What about Germany?', becomes: "Who is Germany's foreign minister?", readAs: 'as "Who is Germany\'s foreign minister?"' },
  ],
  'he and there together': [
    { ask: 'Where was Putin?', becomes: 'Where was Putin?' },
    // "Where was Putin?" is fairly answered "China" or "Beijing" (both passages say so).
    { ask: 'What was he doing there?', becomes: /^What was Vladimir V\. Putin doing in (?:China|Beijing)\?$/, readAs: '"he" as Vladimir V. Putin, "there" as' },
  ],
  'bare "When?" then "Why?" keep the event and fill in the answers': [
    { ask: 'Where will Iran meet officials from France and Russia?', becomes: 'Where will Iran meet officials from France and Russia?' },
    { ask: 'When?', becomes: 'When will Iran meet officials from France and Russia in Vienna?', readAs: 'reading "When?" as' },
    { ask: 'And why?', becomes: 'Why will Iran meet officials from France and Russia in Vienna on Monday?', readAs: 'reading "And why?" as' },
  ],
  'bare "Why?" after a subject question puts the answer in the subject': [
    { ask: 'Who met Lavrov?', becomes: 'Who met Lavrov?' },
    { ask: 'Why?', becomes: 'Why did Clinton meet Lavrov?', readAs: '"Why did Clinton meet Lavrov?"' },
  ],
  'a new subject with no reference is not inherited': [
    { ask: 'Who met Lavrov?', becomes: 'Who met Lavrov?' },
    { ask: 'What is the boiling point of water?', becomes: 'What is the boiling point of water?' },
    { ask: 'Where is Qum?', becomes: 'Where is Qum?' },
  ],
  'a new name of its own is not inherited either': [
    { ask: "Who is Russia's foreign minister?", becomes: "Who is Russia's foreign minister?" },
    { ask: 'Who is Fyodor Lukyanov?', becomes: 'Who is Fyodor Lukyanov?' },
  ],
  'a pronoun bound inside the question itself is left alone': [
    { ask: 'Who is Fyodor Lukyanov?', becomes: 'Who is Fyodor Lukyanov?' },
    { ask: 'Did Medvedev say he supports sanctions?', becomes: 'Did Medvedev say he supports sanctions?' },
  ],
  'bare "that" is what the previous answer said': [
    { ask: 'What did Medvedev say about sanctions?', becomes: 'What did Medvedev say about sanctions?' },
    { ask: 'Who said that?', becomes: `Who said ${shortOf(seedCore().ask('What did Medvedev say about sanctions?'))}?`, readAs: 'reading "that" as "' },
  ],
  '"that city" is the place last talked about': [
    { ask: 'Where is the nuclear enrichment site?', becomes: 'Where is the nuclear enrichment site?' },
    { ask: 'Why is that city holy?', becomes: `Why is ${placeIn('Where is the nuclear enrichment site?')} holy?`, readAs: '"that city" as' },
  ],
  '"those talks" picks up the talks in Geneva': [
    { ask: 'What did Lavrov say about the talks in Geneva?', becomes: 'What did Lavrov say about the talks in Geneva?' },
    { ask: 'Which countries took part in those talks?', becomes: 'Which countries took part in the talks in Geneva?', readAs: '"those talks" as the talks in Geneva' },
  ],
  'a name the article never mentions is asked about all the same': [
    { ask: 'Who met Lavrov?', becomes: 'Who met Lavrov?' },
    { ask: 'And Merkel?', becomes: 'Who met Merkel?', readAs: 'reading "And Merkel?" as "Who met Merkel?"' },
  ],
  'existential "there" and expletive "it" are not references': [
    { ask: 'Where was Putin?', becomes: 'Where was Putin?' },
    { ask: 'Is there a plan for sanctions?', becomes: 'Is there a plan for sanctions?' },
    { ask: 'Is it true that Russia opposes sanctions?', becomes: 'Is it true that Russia opposes sanctions?' },
  ],
  '"his" reaches back two turns when the last one names nobody fitting': [
    { ask: 'Who is Fyodor Lukyanov?', becomes: 'Who is Fyodor Lukyanov?' },
    { ask: 'What is the boiling point of water?', becomes: 'What is the boiling point of water?' },
    { ask: 'What is his journal called?', becomes: "What is Fyodor Lukyanov's journal called?", readAs: '"his" as Fyodor Lukyanov' },
  ],
  '"it" for a country named in the previous question': [
    { ask: 'Why does Russia resist sanctions?', becomes: 'Why does Russia resist sanctions?' },
    { ask: 'What does it want instead?', becomes: 'What does Russia want instead?', readAs: '"it" as Russia' },
  ],
  '"him" after a "Who is" question about someone the article does not title': [
    { ask: 'Who is Alexander Vershbow?', becomes: 'Who is Alexander Vershbow?' },
    { ask: 'What did his comments do?', becomes: "What did Alexander Vershbow's comments do?", readAs: '"his" as Alexander Vershbow' },
  ],
};

/** The place the core answers a where-question with (the test follows the core, not a fixed answer). */
function placeIn(question: string): string {
  // The place the answer gives: its short answer, or the words marked in a sentence answer.
  const a = seedCore().ask(question);
  const place = seedCore().names(shortOf(a)).find((n) => n.kind === 'place');
  if (!place) throw new Error(`precondition: the core answers ${question} with a place (got ${a.answer})`);
  return place.name;
}

/** Runs one scripted exchange, checking each turn's rewriting, note and answer. */
async function runScript(steps: readonly Step[]): Promise<void> {
  let clock = 0;
  const store = createMemoryStore({ now: () => clock });
  const conversations = createConversations(seedCore(), { store, now: () => clock });
  for (const step of steps) {
    clock += 5_000;
    const answer = await conversations.ask('script', step.ask);
    if (typeof step.becomes === 'string') expect(answer.question, `asked ${JSON.stringify(step.ask)}`).toBe(step.becomes);
    else expect(answer.question, `asked ${JSON.stringify(step.ask)}`).toMatch(step.becomes);
    expect(answer.asked).toBe(step.ask);
    if (step.readAs === undefined) expect(answer.readAs, `no note for ${JSON.stringify(step.ask)}`).toBeUndefined();
    else expect(answer.readAs).toContain(step.readAs);
    // The answer is the core's own answer to the standalone question.
    const direct = seedCore().ask(answer.question);
    expect({ ...answer, readAs: undefined, turnId: undefined, asked: undefined }).toEqual({ ...direct, readAs: undefined, turnId: undefined, asked: undefined });
  }
}

describe('follow-up exchanges over the seed article', () => {
  it('has at least 15 scripts of two or three turns', () => {
    const scripts = Object.values(SCRIPTS);
    expect(scripts.length).toBeGreaterThanOrEqual(15);
    for (const s of scripts) expect(s.length === 2 || s.length === 3).toBe(true);
  });

  // A known miss until the judge's sentence model (issue 18): "Where did Clinton meet Medvedev on
  // Tuesday?" was answered "Lavrov", so "they" took in Lavrov too.
  it('"Where?" after a when-question, then "they" for the two people', () => runScript(KNOWN_MISS));

  it.each(Object.entries(SCRIPTS))('%s', (_, steps) => runScript(steps));
});
