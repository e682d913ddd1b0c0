import { describe, expect, it } from 'vitest';
import { seedCore, shortOf } from '../seed.js';

/**
 * Golden questions over the seed article, in our own words (not the eval set's). Each names
 * the passage that must be cited and a string the short answer must hold, with why it wins.
 */
const GOLDEN: { q: string; passage: string; answer: RegExp; why: string; knownMiss?: boolean }[] = [
  {
    q: 'Where did the Iranians agree to let inspectors in?',
    passage: 'clandestine nuclear enrichment site near the holy city of Qum',
    answer: /Qum/,
    why: 'place question: "Iranian" maps to Iran and "inspectors" is matched; Qum is the place named next to the site',
  },
  {
    q: 'On what day will officials from France, Russia and Iran meet?',
    passage: 'The next major step in the diplomatic process will be on Monday',
    answer: /^Monday$/,
    why: 'time question ("what day"): the sentence naming France, Russia and Iran meeting holds the only date',
  },
  {
    q: 'In which city will that meeting with France and Russia take place?',
    passage: 'meet in Vienna',
    answer: /^Vienna$/,
    why: 'place question ("which city"): Vienna is the one place in that sentence not named in the question',
  },
  {
    q: 'What did Clinton say at the news conference?',
    // Known miss since the judge (issue 17): the reader's span is another noun of the right passage.
    knownMiss: true,
    passage: 'In the absence of any significant progress',
    answer: /rally international opinion behind additional sanctions/,
    why: 'quote question: the quote is attributed to "she" = Mrs. Clinton, who was the speaker just before',
  },
  {
    q: 'After it goes back to Iran, what is the uranium going to fuel?',
    passage: 'where it would fuel a research reactor',
    answer: /research reactor/,
    why: 'uranium + Iran + fuel pick the sentence; the question ends on "fuel", so its object is the answer',
  },
  {
    q: 'Who edits the journal Russia in Global Affairs?',
    passage: 'Fyodor Lukyanov, editor in chief',
    answer: /Lukyanov/,
    why: 'person question: the journal name is matched as one entity, Lukyanov is the person beside it',
  },
  {
    q: 'Why is Russia so important to any sanctions campaign?',
    passage: 'because of its geopolitical links to Iran',
    answer: /geopolitical links to Iran/,
    why: 'reason question: "important" is unknown (paraphrase of critical); the because-of clause is the reason',
  },
  {
    q: 'Which countries were part of the talks in Geneva?',
    passage: 'the United States, Britain, France, Germany, Russia and China',
    answer: /United States, Britain, France, Germany, Russia and China/,
    why: 'plural place question: the whole enumeration is returned, not just its nearest member',
  },
  {
    q: "Who serves as Russia's prime minister?",
    passage: 'Prime Minister Vladimir V. Putin',
    answer: /Putin/,
    why: 'role question: the whole title "prime minister" is said, and Putin shares paragraphs with Russia',
  },
  {
    q: 'Who is the foreign minister of Russia?',
    passage: 'The minister, Sergey V. Lavrov',
    answer: /Lavrov/,
    why: 'role question: "The minister, <name>" borrows "Russia\'s foreign" from the first paragraph',
  },
  {
    q: 'Who said the administration was misguided?',
    passage: 'Fyodor Lukyanov, editor in chief',
    answer: /^Fyodor Lukyanov$/,
    why: '"Who said …?" asks for the speaker: the subject of "said" across the apposition, not the journal named in it',
  },
  {
    q: 'What did Lavrov say about threats and sanctions?',
    passage: 'Threats, sanctions and threats of pressure',
    answer: /^Threats, sanctions and threats of pressure in the current situation, we are convinced, would be counterproductive/,
    why: '"say about" asks for the quote: the stand-alone quote continues the speaker of the quote before it',
  },
  {
    q: 'What is the name of the journal Lukyanov edits?',
    passage: 'editor in chief of the journal Russia in Global Affairs',
    answer: /^Russia in Global Affairs$/,
    why: '"the name of the journal": journal is the focus, and the name right after it in the passage is the answer',
  },
  {
    q: 'What does China have investments in?',
    passage: 'invested heavily in Iranian oil and gas reserves',
    answer: /Iranian oil and gas reserves/,
    why: '"investments" and "invested" share a stem, which counts as a match at half weight',
    // Known miss since the judge's sentence model (issue 18): the right sentence, but the reader's
    // short answer is its subject ("Russia’s refusal"), and P(short) passes its ratio to P(sentence).
    knownMiss: true,
  },
  {
    q: "What is Lavrov's job?",
    passage: 'The minister, Sergey V. Lavrov',
    answer: /^Russia’s foreign minister$/,
    why: 'a job question about a named person is a description: the apposition "The minister" borrows "Russia’s foreign" from paragraph 1',
  },
  {
    q: 'Who is Vershbow?',
    passage: 'the American defense official, Alexander Vershbow',
    answer: /^the American defense official$/,
    why: 'a capitalised surname names the one multi-word name ending in it; the apposition before the name describes him',
  },
  {
    q: 'Who edits Russia in Global Affairs?',
    passage: 'Fyodor Lukyanov, editor in chief',
    answer: /^Fyodor Lukyanov$/,
    why: '"edits" (tagged a noun) right after "who" is read as the verb, so its absence from the article is paraphrase, not a missing topic',
  },
  {
    q: 'What is Qum?',
    passage: 'near the holy city of Qum',
    answer: /^the holy city$/,
    why: 'a name and nothing else asks for a description: the noun phrase the name completes ("the holy city of")',
  },
  {
    q: 'Tell me about Lukyanov.',
    passage: 'Fyodor Lukyanov, editor in chief',
    answer: /^editor in chief of the journal Russia in Global Affairs$/,
    why: '"tell me about <name>" is a description too: the apposition after the name',
  },
  {
    q: 'Who are neighbors?',
    passage: 'Russia and Iran are neighbors',
    answer: /^Russia and Iran$/,
    why: '"who + be + noun": the names standing before the copula, places included (countries are actors too)',
  },
  {
    q: 'Who was in Beijing?',
    passage: 'That Mr. Putin was in Beijing',
    answer: /Putin/,
    why: 'not a description question ("in" follows the copula): the person nearest the matched place',
  },
  {
    q: 'Who is Vladimir Putin?',
    passage: 'Prime Minister Vladimir V. Putin',
    answer: /^Prime Minister$/,
    why: 'no apposition describes him; "Mr. Putin was in Beijing" is not a description (no noun phrase after "was"); his title is',
  },
  {
    q: 'Who opposed the missile defense system?',
    passage: 'fiercely opposed by Russia',
    answer: /^Russia$/,
    why: 'subject question on a passive passage: the agent after "opposed by" is the answer, not the sentence subject',
  },
  {
    q: 'Who expressed little surprise?',
    passage: 'Analysts here expressed little surprise',
    answer: /^Analysts$/,
    why: 'the subject of the matched verb is a common noun, not a name: it is still the answer',
    // The learned reader answers "Lavrov" (in "Mr. Lavrov's refusal"): on SQuAD, who-answers are
    // names nearly always, and a name just after the question's words outscores the subject.
    knownMiss: true,
  },
  {
    q: 'What did Lavrov tell Clinton?',
    passage: 'Mr. Lavrov had told her that Russia was determined',
    answer: /^Russia was determined to hold Iran to the deal/,
    why: 'the speaker is the name before "tell" (Lavrov), not the one told (Clinton, who has a quote of her own)',
  },
  {
    q: "Why was Lavrov's resistance striking?",
    passage: 'was striking given that, just three weeks before',
    answer: /sanctions are inevitable/,
    why: '"given that" opens the reason, which runs past the commas right after it to what Medvedev had said',
  },
  {
    q: 'What percent sure was Lavrov?',
    passage: 'We are maybe not 100 percent',
    answer: /^100 percent$/,
    why: '"what percent" wants a figure: the only one in Lavrov\'s quotes (he = Lavrov) is 100 percent',
  },
  {
    q: 'Who is Mrs. Clinton?',
    passage: 'Secretary of State Hillary Rodham Clinton',
    answer: /^Secretary of State$/,
    why: 'the honorific belongs to the name, so this asks for a description: her title where she is first named',
  },
  {
    q: 'What irritated the Kremlin?',
    // Known miss since the judge (issue 17): the reader's span is another noun of the right passage.
    knownMiss: true,
    passage: 'clearly irritated the Kremlin',
    answer: /^comments by the American defense official, Alexander Vershbow$/,
    why: 'subject question: the answer is the noun phrase before the matched verb, its apposition kept whole',
  },
  {
    q: 'What disclosure might Medvedev have been reacting to?',
    passage: 'reacting to the disclosure of the secret nuclear site near Qum',
    answer: /^disclosure of the secret nuclear site near Qum$/,
    why: 'the focus noun "disclosure" is followed by its own phrase, which wins over the object of the final "to"',
  },
  {
    q: "How enriched is Iran's uranium stockpile?",
    // Known miss since the judge (issue 17): the reader's span is another noun of the right passage.
    passage: 'stockpile of lightly enriched uranium',
    answer: /^lightly enriched$/,
    why: '"how" + a quality asks for its degree: the adverb before "enriched" in the passage',
  },
  {
    q: "Who hailed Medvedev's statement?",
    passage: 'American officials had hailed that statement',
    answer: /^American officials$/,
    why: 'subject question: the agent is the common-noun phrase before "had hailed", not a name elsewhere in the sentence',
  },
  {
    q: 'Which city did Clinton visit?',
    // Known miss since the judge (issue 17): the reader's span is another noun of the right passage.
    passage: 'Hillary Rodham Clinton here',
    answer: /^Moscow$/,
    why: '"here" in a story datelined MOSCOW is Moscow, and it stands right after Clinton; Geneva is further away',
  },
  {
    q: "what's the name of Russia's foreign minister",
    passage: 'Sergey V. Lavrov',
    answer: /^Sergey V\. Lavrov$/,
    why: '"the name of" looks past the possessor to the title "minister", which asks for a person: the role match names Lavrov',
  },
  {
    q: 'Who said the US would look for specific forms of pressure?',
    passage: 'a senior official traveling with her said',
    answer: /^senior official traveling with her$/,
    why: '"US" is the United States; nobody named says it, so the answer is the phrase before "said"',
  },
  {
    q: 'Which nations negotiated with Iran in Geneva?',
    passage: 'a group of countries: the United States, Britain, France, Germany, Russia and China',
    answer: /^United States, Britain, France, Germany, Russia and China$/,
    why: 'the best-matching sentence names no other nation; of the close ones, the plural question takes the one listing the most',
  },
  {
    q: 'What might a Russian refusal expose the administration to?',
    passage: 'expose the Obama administration to criticism at home',
    answer: /^criticism at home$/,
    why: 'the question ends on "to": the answer is the object of "to" after "administration" in the passage',
  },
  {
    q: "What did American officials see Medvedev's statement as?",
    // Known miss since the judge (issue 17): the reader's span is another noun of the right passage.
    passage: 'had hailed that statement as a sign',
    answer: /^sign$/,
    why: 'the question ends on "as": the object of "as" after "statement", up to its that-clause',
  },
];

describe('golden questions over the seed article', () => {
  const core = seedCore();
  for (const g of GOLDEN) {
    // A known miss is asserted to fail, so that the day it passes the note comes off.
    (g.knownMiss ? it.fails : it)(`${g.q} (${g.why})`, () => {
      const a = core.ask(g.q);
      expect(a.answered).toBe(true);
      expect(a.passage).toContain(g.passage);
      expect(shortOf(a)).toMatch(g.answer);
      expect(a.article).toBe('Russia Resists U.S. Position on Sanctions for Iran');
      expect(a.paragraph).toBeGreaterThan(0);
    });
  }
});

describe('abstention: the article does not say', () => {
  const core = seedCore();
  const unanswerable = [
    'What is the tallest mountain in Europe?',
    'How much uranium does Iran have in tonnes?',
    'Who is the king of Spain?',
    'Why did Clinton meet Lavrov?',
    'What is the Kremlin?',
    'When did Obama take office?',
    'How many countries took part in the Geneva talks?',
    'Who is the prime minister of Britain?',
    "Who is Germany's foreign minister?",
    'What did Lavrov have for breakfast?',
    'When did Medvedev graduate from university?',
  ];
  // Known misses since the judge (issue 17): a how-many/when question whose passage holds no
  // number or date (the "untyped" check) is answered; as a veto that check lost on validation (−0.008).
  const answeredAnyway = new Set(['When did Obama take office?', 'How many countries took part in the Geneva talks?']);
  for (const q of unanswerable) {
    (answeredAnyway.has(q) ? it.fails : it)(q, () => {
      const a = core.ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toBeTruthy();
      expect(a.passage).toBe('');
    });
  }
});

describe('ranking: why the top passage wins', () => {
  const core = seedCore();
  it('prefers the sentence holding all the question terms over ones sharing only the name', () => {
    // "Putin" occurs in two sentences; only one has "trade mission", which the question shares.
    const e = core.explain('Was Putin on a trade mission?');
    expect(e.passages[0]!.passage).toContain('was in China on a trade mission');
    expect(e.passages[0]!.score).toBeGreaterThan(e.passages[1]!.score);
    expect(e.passages[0]!.entities).toContain('Vladimir V. Putin');
  });
  it('uses paragraph context: a pronoun resolved to the speaker counts as the name', () => {
    // The quote never names Lavrov; "he said" is resolved to him.
    const a = core.ask('What did Lavrov say about the chances to succeed?');
    expect(a.passage).toContain('We are maybe not 100 percent');
  });
});
