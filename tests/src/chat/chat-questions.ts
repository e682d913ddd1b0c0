/**
 * Chat-style questions, typed the way people type in Discord or Slack (short, lower case, no
 * question mark, small talk, yes/no, meta questions, other languages), over the seed article and
 * two short articles of our own (tests/fixtures/articles). Each lists the replies that count as
 * right or acceptable: the reply's kind, and words its answer (or passage) must contain.
 */

export type ArticleName = 'seed' | 'ferry' | 'museum';

/** One acceptable reply: its kind, and (case-insensitive) text the answer or the passage holds. */
export interface Expect {
  kind: 'answer' | 'not-answered' | 'summary' | 'people' | 'chat' | 'help';
  /** Every one of these is in the answer line. */
  answer?: string[];
  /** This is in the quoted passage. */
  passage?: string;
}

export interface ChatQuestion {
  article: ArticleName;
  q: string;
  ok: Expect[];
}

const A = (answer: string[], passage?: string): Expect => ({ kind: 'answer', answer, ...(passage ? { passage } : {}) });
const P = (passage: string): Expect => ({ kind: 'answer', passage });
const NO_ANSWER: Expect = { kind: 'not-answered' };
const CHAT: Expect = { kind: 'chat' };
const HELP: Expect = { kind: 'help' };
const SUMMARY: Expect = { kind: 'summary' };
const PEOPLE = (...names: string[]): Expect => ({ kind: 'people', answer: names });

const seed = (q: string, ...ok: Expect[]): ChatQuestion => ({ article: 'seed', q, ok });
const ferry = (q: string, ...ok: Expect[]): ChatQuestion => ({ article: 'ferry', q, ok });
const museum = (q: string, ...ok: Expect[]): ChatQuestion => ({ article: 'museum', q, ok });

export const CHAT_QUESTIONS: ChatQuestion[] = [
  // Small talk and meta questions.
  seed('hi', CHAT), seed('hello there!', CHAT), seed('hey bot', CHAT), seed('good morning', CHAT), seed('thanks', CHAT),
  seed('thank you so much 🙏', CHAT), seed('ok', CHAT), seed('cool, got it', CHAT), seed('bye', CHAT), seed('how are you', CHAT),
  ferry('hiya', CHAT), museum('ty', CHAT), museum('ok thanks!', CHAT),
  seed('help', HELP), seed('/help', HELP), seed('what can you do', HELP), seed('how does this work?', HELP), seed('?', HELP),
  ferry('who are you', HELP), museum('what can i ask', HELP),
  seed('summarize', SUMMARY), seed('tldr', SUMMARY), seed('tl;dr please', SUMMARY), seed('what is this article about', SUMMARY),
  seed('give me the gist', SUMMARY), seed("what's the story", SUMMARY), seed('whats going on with iran', SUMMARY),
  ferry('summary please', SUMMARY), ferry('what is this about?', SUMMARY), museum('can you summarise the article', SUMMARY),
  museum('what happened', SUMMARY),
  seed('who are the people in this article', PEOPLE('Lavrov', 'Clinton', 'Medvedev')), seed('who is in the article', PEOPLE('Lavrov')),
  seed('which countries are mentioned', PEOPLE('Iran', 'China')), seed('list the people mentioned', PEOPLE('Putin')),
  ferry('who is mentioned in the story', PEOPLE('Ingrid Solberg')), ferry('what places are mentioned', PEOPLE('Ostrel Island')),
  museum('who are the people in this story', PEOPLE('Alma Novak', 'Tomas Reyes')),
  // Not English.
  seed('Что сказал Лавров о санкциях?', CHAT), seed('¿Qué dijo Lavrov sobre las sanciones?', CHAT), seed('Was hat Lawrow über Sanktionen gesagt?', CHAT),
  seed("Qu'a dit Lavrov sur les sanctions ?", CHAT), seed('拉夫罗夫说了什么？', CHAT), ferry('Wer ist die Bürgermeisterin?', CHAT),
  museum('Quanto costeranno le riparazioni?', CHAT),
  // Lower case, no question mark: the seed article.
  seed('who is lavrov', A(['foreign minister'])), seed('who is russias foreign minister', A(['Lavrov'])),
  seed('what did lavrov say about sanctions', P('counterproductive'), P('no sense to discuss sanctions')),
  seed('who did lavrov meet', A(['Clinton'])), seed('where was putin', A(['China'])), seed('where is the nuclear site', A(['Qum'])),
  seed('who is fyodor lukyanov', A(['editor'])), seed('what is lukyanovs job', A(['editor'])),
  seed('when did lavrov speak', A(['Tuesday'])), seed('who is putin', A(['Prime Minister'])),
  seed('which system did russia oppose', P('missile defense')), seed('what site will inspectors visit', P('enrichment site')),
  seed('where did the talks take place', A(['Geneva'])), seed('what did medvedev say three weeks before', P('inevitable')),
  seed('who is alexander vershbow', A(['defense official'])), seed('what is the headline', A(['Russia Resists'])),
  seed('who met medvedev', A(['Clinton'])), seed('when did clinton meet medvedev', A(['Tuesday'])),
  seed('what do republicans argue', P('Republicans')), seed('who has been skeptical of sanctions', A(['Putin'])),
  seed('what was putin doing in china', P('trade mission')), seed('what would russia gain', P(''), NO_ANSWER),
  seed('how many weeks before did medvedev speak', A(['three'])), seed('what did american officials hail', P('hailed')),
  seed('what is qum', A(['holy city'])), seed('what does the obama administration argue', P('crucial')),
  seed('what is the population of russia', NO_ANSWER), seed('who won the world cup', NO_ANSWER), seed('what did lavrov eat for breakfast', NO_ANSWER),
  // Yes/no over the seed article.
  seed('did lavrov meet clinton', A(['Yes'])), seed('Did Lavrov meet Putin?', NO_ANSWER),
  seed('is lavrov the foreign minister', A(['Yes'])), seed('is lavrov the president', A(['No'])),
  seed('did medvedev retreat from his support', A(['No'])), seed('did medvedev say anything about iran publicly', A(['No'])),
  seed('was putin in china', A(['Yes'])), seed('Was Putin in Geneva?', NO_ANSWER),
  seed('did the us make specific requests of russia', A(['No'])), seed('is putin skeptical of sanctions', A(['Yes'])),
  seed('does russia oppose the missile defense system', A(['Yes'])), seed('did iran agree to let inspectors visit the site', A(['Yes']), NO_ANSWER),
  seed('Did Lavrov say new sanctions would be counterproductive?', A(['Yes'])), seed('does russia support sanctions', NO_ANSWER, A(['No'])),
  // The ferry article (Markdown).
  ferry('who is the mayor', A(['Ingrid Solberg'])), ferry('how much is the budget', A(['4.2 million'])),
  ferry('how did the council vote', P('5 to 2')), ferry('when will the first boat sail', A(['May'])),
  ferry('who voted against the plan', A(['Marcus Webb'])), ferry('who will run the ferry', A(['Transit Authority'])),
  ferry('when did the ferry stop running', A(['2019'])), ferry('why did the ferry stop', P('bankrupt')),
  ferry('who builds the new boat', A(['Kessel'])), ferry('how many crossings every night', A(['Four'])),
  ferry('who gets half-price tickets', A(['students'])), ferry('what does petra lang run', A(['bakery'])),
  ferry('what did webb call the budget', A(['wish'])), ferry('why did webb oppose the plan', P('harbor wall')),
  ferry('is the ferry run by a private company', A(['No'])), ferry('did the council approve the plan', A(['Yes'])),
  ferry('is the new boat electric', A(['Yes'])), ferry('how many crew members will be hired', NO_ANSWER),
  ferry('what is the headline', A(['Night Ferry'])), ferry('what island does the ferry go to', A(['Ostrel'])),
  ferry('when did the council vote', A(['Thursday'])), ferry('what will the ferry cost per ticket', NO_ANSWER),
  ferry('what is the plan', P('three parts'), P('restart the night ferry'), P('approved a budget')),
  ferry('who lost employees', A(['Petra Lang'])),
  // The museum article (plain text).
  museum('what happened to the museum', P('roof')), museum('was anyone hurt', A(['No'])),
  museum('who is alma novak', A(['director'])), museum('who called the fire brigade', A(['Tomas Reyes'])),
  museum('how much will the repairs cost', A(['800,000 euros'])), museum('how long will the museum be closed', A(['six weeks'])),
  museum('when did the storm hit', A(['Sunday'])), museum('how strong was the wind', A(['140'])),
  museum('whose paintings were soaked', A(['Henrik Falk'])), museum('where were the paintings moved', A(['basement'])),
  museum('who pays for the repairs', A(['insurance'])), museum('where did the restorers come from', A(['Brandt'])),
  museum('was the museum open at the time', A(['No'])), museum('did the insurance agree to pay most of it', A(['Yes']), NO_ANSWER),
  museum('has the city decided about the roof', A(['No'])), museum('how many galleries were flooded', A(['two'])),
  museum('what did novak say', P('lucky'), P('repairs would cost'), P('moved to the basement')),
  museum('who is the night guard', A(['Tomas Reyes'])), museum('what was the roof made of', A(['glass'])),
  museum('how many visitors came last year', NO_ANSWER), museum('who is the mayor of vessen', NO_ANSWER),
  // Long and odd input.
  seed(`${'I have been reading a lot about this topic lately and I am honestly a bit confused by all the different claims. '.repeat(6)}So who is Lavrov?`, A(['foreign minister'])),
  seed('who is \u001b[31mlavrov\u001b[0m', A(['foreign minister'])),
  seed('<b>who</b> did lavrov meet', A(['Clinton'])),
];
