/**
 * The fixed question list for the seed article (seeds/*.txt): every answer type the core
 * knows, including role questions and a few the article does not answer. Timing figures are
 * only comparable between runs while this list stays the same.
 */
export const SEED_QUESTIONS: readonly string[] = [
  'Who is the Russian foreign minister?',
  'What did Lavrov say about sanctions?',
  'Where is the clandestine enrichment site?',
  'When did Clinton meet Medvedev?',
  'Who did Mrs. Clinton meet after Lavrov?',
  'Where was Putin during the visit?',
  'What would the uranium fuel?',
  'Where will Iran meet officials from France and Russia?',
  'Which countries took part in the Geneva talks?',
  'Who is Fyodor Lukyanov?',
  'What journal does Lukyanov edit?',
  'Who irritated the Kremlin?',
  'What did Alexander Vershbow say about Ukraine?',
  'Why is enlisting Russia critical for a sanctions campaign?',
  'How sure is Lavrov that the talks will succeed?',
  'What did Medvedev say three weeks before?',
  'What system did the Obama administration retool?',
  'Who is the prime minister of Russia?',
  'Where was Mr. Putin cutting deals?',
  'What has China invested in?',
  'What will be shipped out of Iran?',
  'Where will the uranium be enriched?',
  'Is Russia determined to hold Iran to the deal?',
  'What did Clinton stress at the news conference?',
  'Who argued that the president yielded to Kremlin concerns?',
  'How does Russia see Iran?',
  'Which regional issues did Russia and Iran deal with?',
  'What is the boiling point of water?',
  'Who won the World Cup?',
  'How many people live in Moscow?',
];
